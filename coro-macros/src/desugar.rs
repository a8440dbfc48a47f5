//! Rewrites `async_for!` and `async_with!` into the constructs the later stages know: a loop
//! that drives the iterator in place, and an exception region around the managed block.
//! Runs first, so that validation, the rewrite of `return` / `?` and the lowering see only
//! ordinary code and the core markers.

use proc_macro2::Span;
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Lifetime, Macro, Pat, Stmt, Token};

use crate::analyze::{Region, is_region, last_name, macro_name};
use crate::errors::Errors;

/// What the desugaring needs to spell.
pub struct Desugar<'a> {
    pub krate: &'a syn::Path,
    /// The attribute's arguments, for the function that pins an awaiter to the body's types
    /// (`expand::awaiter_conversion`), spelled only for an `async_for!` (unoptimised, some
    /// 50,000 instructions).
    pub args: &'a crate::args::Args,
    pub async_generator: bool,
    pub errors: &'a mut Errors,
    /// Numbers the hidden names of each construct.
    pub count: usize,
}

/// `async_for!('label: PAT in EXPR { .. })`.
struct AsyncFor {
    label: Option<Lifetime>,
    pat: Pat,
    iterable: Expr,
    body: Block,
}

impl Parse for AsyncFor {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let label = if input.peek(Lifetime) {
            let label: Lifetime = input.parse()?;
            input.parse::<Token![:]>()?;
            Some(label)
        } else {
            None
        };
        let pat = Pat::parse_multi_with_leading_vert(input)?;
        input.parse::<Token![in]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `in`: write `async_for!(pattern in iterable { body })`",
            )
        })?;
        let iterable = strip_parens(Expr::parse_without_eager_brace(input)?);
        let body: Block = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the loop body in braces: `async_for!(pattern in iterable { body })` (put a struct literal in parentheses)",
            )
        })?;
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the body of `async_for!`"));
        }
        Ok(AsyncFor {
            label,
            pat,
            iterable,
            body,
        })
    }
}

/// `async_with!(let PAT = EXPR { .. })` or `async_with!(EXPR { .. })`.
struct AsyncWith {
    pat: Option<Pat>,
    manager: Expr,
    body: Block,
}

impl Parse for AsyncWith {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let pat = if input.peek(Token![let]) {
            input.parse::<Token![let]>()?;
            let pat = Pat::parse_single(input)?;
            input.parse::<Token![=]>().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "expected `=`: write `async_with!(let value = manager { body })`",
                )
            })?;
            Some(pat)
        } else {
            None
        };
        let manager = strip_parens(Expr::parse_without_eager_brace(input)?);
        let body: Block = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the block in braces: `async_with!(let value = manager { body })` (put a struct literal manager in parentheses)",
            )
        })?;
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the block of `async_with!`"));
        }
        Ok(AsyncWith { pat, manager, body })
    }
}

/// `(x)` as `x`: parentheses that only separate a struct literal from the block would be
/// `unused_parens` in the code this writes.
fn strip_parens(expr: Expr) -> Expr {
    match expr {
        Expr::Paren(paren) if paren.attrs.is_empty() => strip_parens(*paren.expr),
        other => other,
    }
}

/// Which of the two markers this macro is.
pub fn async_marker(mac: &Macro) -> Option<&'static str> {
    // Compared in place, as `analyze::marker_kind` does.
    let name = last_name(mac)?;
    if name == "async_for" {
        Some("async_for")
    } else if name == "async_with" {
        Some("async_with")
    } else {
        None
    }
}

/// The name of `in_place_marker`.
pub const IN_PLACE_MARKER: &str = "__coro_await_in_place";

/// The internal pseudo-macro that drives an awaiter held in a local, in place.
pub fn in_place_marker() -> syn::Ident {
    syn::Ident::new(IN_PLACE_MARKER, Span::mixed_site())
}

impl Desugar<'_> {
    fn hidden(&self, name: &str) -> syn::Ident {
        format_ident!("__coro_{}{}", name, self.count, span = Span::mixed_site())
    }

    /// Input: `async_for!('l: PAT in EXPR { BODY })`
    /// Output: `{ let mut it = convert(source(EXPR)); 'l: loop {
    ///             match __coro_await_in_place!(it) { Some(x) => { let PAT = x; BODY } None => break 'l } } }`
    fn async_for(&mut self, mac: &Macro) -> syn::Result<Expr> {
        let AsyncFor {
            label,
            pat,
            iterable,
            mut body,
        } = mac.parse_body()?;
        self.visit_block_mut(&mut body);
        self.count += 1;
        let (iter, item) = (self.hidden("async_iter"), self.hidden("item"));
        let krate = self.krate;
        let p = quote!(#krate::__private);
        let convert = crate::expand::awaiter_conversion(self.args);
        let span = iterable.span();
        let source = quote_spanned! {span=>
            {
                // Only one of the two is used, whichever method resolution picks.
                #[allow(unused_imports)]
                use #p::{AsyncForViaIterator as _, AsyncForViaStream as _};
                (&#p::Operand::new(#iterable)).__coro_async_for()
            }
        };
        let drive = in_place_marker();
        let stmts = &body.stmts;
        let label_def = label.as_ref().map(|l| quote!(#l:));
        Ok(syn::parse_quote_spanned! {mac.span()=>
            {
                let mut #iter = #convert(#source);
                #label_def loop {
                    match #drive!(#iter) {
                        #p::Option::Some(#item) => {
                            let #pat = #item;
                            #(#stmts)*
                        }
                        #p::Option::None => break #label,
                    }
                }
            }
        })
    }

    /// Input: `async_with!(let PAT = EXPR { BODY })`
    /// Output: `{ let mut cm = EXPR; let PAT = await_!(aenter(&mut cm)); let mut hit = false;
    ///            try_! { { BODY } catch_all (c) { hit = true; if !await_!(aexit(&mut cm, Some(&c))) { c?; } }
    ///                    finally { if !hit { await_!(aexit(&mut cm, None)); } } } }`
    fn async_with(&mut self, mac: &Macro) -> syn::Result<Expr> {
        let AsyncWith {
            pat,
            manager,
            mut body,
        } = mac.parse_body()?;
        self.visit_block_mut(&mut body);
        self.count += 1;
        let (cm, hit, caught) = (
            self.hidden("manager"),
            self.hidden("exited"),
            self.hidden("caught"),
        );
        let krate = self.krate;
        let p = quote!(#krate::__private);
        let span = manager.span();
        // At the manager, so that "not an async context manager" points there.
        let trait_path = crate::rewrite::respan(quote!(#krate::AsyncContextManager), span);
        let pat = pat.map_or_else(|| quote!(_), |p| p.into_token_stream());
        let mut cm = cm;
        cm.set_span(cm.span().located_at(span));
        let enter = quote_spanned!(span=> #trait_path::aenter(&mut #cm));
        let exit_with =
            quote_spanned!(span=> #trait_path::aexit(&mut #cm, #p::Option::Some(&#caught)));
        let exit_without = quote_spanned!(span=> #trait_path::aexit(&mut #cm, #p::Option::None));
        Ok(syn::parse_quote_spanned! {mac.span()=>
            {
                let mut #cm = #manager;
                let #pat = #krate::await_!(#enter);
                let mut #hit = false;
                #krate::try_! {
                    #body
                    catch_all (#caught) {
                        #hit = true;
                        if !#krate::await_!(#exit_with) {
                            #caught?;
                        }
                    }
                    finally {
                        if !#hit {
                            #krate::await_!(#exit_without);
                        }
                    }
                }
            }
        })
    }

    /// The desugared form of `mac`, if it is one of the two markers.
    fn expand_marker(&mut self, mac: &Macro) -> Option<Expr> {
        let marker = async_marker(mac)?;
        // What it writes holds markers with their tokens.
        crate::analyze::left_tokens();
        let result = match marker {
            "async_for" => self.async_for(mac),
            _ => self.async_with(mac),
        };
        Some(result.unwrap_or_else(|e| {
            self.errors.push(e);
            syn::parse_quote!(())
        }))
    }

    /// Desugars inside another marker's tokens (a region's blocks).
    fn visit_marker_tokens(&mut self, mac: &mut Macro) {
        if is_region(mac) {
            if let Ok(mut region) = mac.parse_body::<Region>() {
                for block in region.blocks_mut() {
                    self.visit_block_mut(block);
                }
                mac.tokens = region.to_tokens();
            }
        } else if self.async_generator && macro_name(mac) == "yield_from" {
            self.errors.push(syn::Error::new_spanned(
                mac,
                "`yield_from!` cannot be used in an async generator (Python: `yield from` inside an async function); re-yield the items with `async_for!(x in inner { yield_!(x); })`",
            ));
        }
    }
}

impl VisitMut for Desugar<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Macro(mac) = expr {
            if let Some(desugared) = self.expand_marker(&mac.mac) {
                *expr = desugared;
                return;
            }
            self.visit_marker_tokens(&mut mac.mac);
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }

    fn visit_stmt_mut(&mut self, stmt: &mut Stmt) {
        if let Stmt::Macro(mac) = stmt {
            if let Some(desugared) = self.expand_marker(&mac.mac) {
                let semi = mac.semi_token;
                *stmt = Stmt::Expr(desugared, semi);
                return;
            }
            self.visit_marker_tokens(&mut mac.mac);
            return;
        }
        visit_mut::visit_stmt_mut(self, stmt);
    }

    // What runs in another frame keeps its markers; validation reports them.
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
    fn visit_expr_const_mut(&mut self, _: &mut syn::ExprConst) {}
}
