//! Rewrites what changes meaning once the body runs inside the generated resume function:
//! `return`, `?` and `self`. Closures, async blocks and nested items keep their own meaning.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Ident, Path};

/// Input: `return v`, `e?`, `self`.
/// Output: `return Ok(Step::Complete(v))`, `match propagate(e) { Ok(v) => v, Err(u) => return Err(u) }`,
/// `__coro_self` (a hidden local holding the receiver).
pub struct BodyRewriter<'a> {
    pub krate: &'a Path,
    pub error_ty: TokenStream,
}

/// The name of `self_ident`.
pub const SELF_NAME: &str = "__coro_self";

/// The hidden local that holds the receiver inside the state machine.
pub fn self_ident() -> Ident {
    Ident::new(SELF_NAME, Span::mixed_site())
}

impl BodyRewriter<'_> {
    /// What `return v` becomes: the emitter decides where it goes (through `finally` blocks).
    pub fn complete(&self, value: TokenStream, span: Span) -> TokenStream {
        let name = return_marker();
        quote_spanned!(span=> #name!(#value))
    }
}

/// The names of the two pseudo-macros below.
pub const RETURN_MARKER: &str = "__coro_return";
pub const RAISE_MARKER: &str = "__coro_raise";

/// Internal pseudo-macro for `return v`: the emitter routes it through `finally` blocks.
pub fn return_marker() -> Ident {
    Ident::new(RETURN_MARKER, Span::mixed_site())
}

/// Internal pseudo-macro for raising an `Unwind`: the emitter routes it to handlers.
pub fn raise_marker() -> Ident {
    Ident::new(RAISE_MARKER, Span::mixed_site())
}

impl VisitMut for BodyRewriter<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Return(ret) => {
                if let Some(value) = &mut ret.expr {
                    self.visit_expr_mut(value);
                }
                let value = match &ret.expr {
                    Some(v) => quote!(#v),
                    None => quote!(()),
                };
                let span = ret.return_token.span;
                *expr = syn::parse2(self.complete(value, span)).expect("return rewrite parses");
            }
            Expr::Try(try_expr) => {
                self.visit_expr_mut(&mut try_expr.expr);
                let inner = &try_expr.expr;
                let krate = self.krate;
                let error_ty = &self.error_ty;
                let span = try_expr.question_token.span;
                let value = Ident::new("__coro_value", Span::mixed_site());
                let unwind = Ident::new("__coro_unwind", Span::mixed_site());
                // The span of `?` carries the "cannot raise" diagnostic to the user's token.
                let krate = respan(krate.to_token_stream(), span);
                let call = quote_spanned! {span=>
                    #krate::__private::propagate::<#error_ty, _>(#inner)
                };
                let raise = raise_marker();
                *expr = syn::parse_quote_spanned! {span=>
                    match #call {
                        #krate::__private::Result::Ok(#value) => #value,
                        #krate::__private::Result::Err(#unwind) => #raise!(#unwind),
                    }
                };
            }
            Expr::Path(path) if path.qself.is_none() && path.path.is_ident("self") => {
                let span = path.span();
                let mut ident = self_ident();
                ident.set_span(ident.span().located_at(span));
                *expr = syn::parse_quote!(#ident);
            }
            // Their `return`, `?` and `self` are their own.
            Expr::Closure(closure) => {
                // A closure can still capture the receiver.
                rewrite_self_only(&mut closure.body);
            }
            Expr::Async(block) => {
                let mut only_self = SelfRewriter;
                only_self.visit_block_mut(&mut block.block);
            }
            _ => visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        // Markers hold an expression: rewrite inside it. Other macros get `self` renamed in
        // their tokens so that `println!("{}", self.x)` still sees the receiver.
        // The commonest first.
        if crate::analyze::marker_kind(mac).is_some() {
            crate::analyze::rewrite_marker_operand(mac, |operand| self.visit_expr_mut(operand));
        } else if crate::analyze::is_region(mac) {
            if let Ok(mut region) = mac.parse_body::<crate::analyze::Region>() {
                for block in region.blocks_mut() {
                    self.visit_block_mut(block);
                }
                mac.tokens = region.to_tokens();
            }
        } else {
            mac.tokens = rename_self_tokens(mac.tokens.clone());
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

fn rewrite_self_only(expr: &mut Expr) {
    SelfRewriter.visit_expr_mut(expr);
}

/// Renames `self` only (inside closures and async blocks, which capture it).
struct SelfRewriter;

impl VisitMut for SelfRewriter {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Path(path) = expr {
            if path.qself.is_none() && path.path.is_ident("self") {
                let span = path.span();
                let mut ident = self_ident();
                ident.set_span(ident.span().located_at(span));
                *expr = syn::parse_quote!(#ident);
                return;
            }
        }
        visit_mut::visit_expr_mut(self, expr);
    }
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        mac.tokens = rename_self_tokens(mac.tokens.clone());
    }
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// `self` in raw macro tokens (not `self::path` / `Self`).
fn rename_self_tokens(tokens: TokenStream) -> TokenStream {
    use proc_macro2::TokenTree;
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "self" => {
                let is_path =
                    matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':');
                if is_path {
                    out.push(tree.clone());
                } else {
                    let mut renamed = self_ident();
                    renamed.set_span(renamed.span().located_at(ident.span()));
                    out.push(TokenTree::Ident(renamed));
                }
            }
            TokenTree::Group(group) => {
                let mut new =
                    proc_macro2::Group::new(group.delimiter(), rename_self_tokens(group.stream()));
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            _ => out.push(tree.clone()),
        }
    }
    out.into_iter().collect()
}

/// The same tokens, pointing at `span` (so type errors in them land on the user's token).
pub fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    relocate(tokens, span, &|token| token.located_at(span))
}

/// The same tokens, spread over the user's `expr` (the first at its first token, the last at its
/// last) and all resolved as `resolved` is: an expression that mixes generated tokens with the
/// user's (a type from the attribute) then has one span in one context, so an error blamed on
/// it underlines `expr`, not the attribute (rustc walks a span out of its macro expansion until
/// it is in the context of the expression around it).
pub fn respan_over(tokens: TokenStream, resolved: Span, expr: &impl ToTokens) -> TokenStream {
    let mut user = expr.to_token_stream().into_iter().map(|t| t.span());
    let first = user.next().unwrap_or(resolved);
    let last = user.last().unwrap_or(first);
    let mut trees: Vec<proc_macro2::TokenTree> =
        relocate(tokens, first, &|_| resolved.located_at(first))
            .into_iter()
            .collect();
    if let Some(tree) = trees.last_mut() {
        tree.set_span(resolved.located_at(last));
    }
    trees.into_iter().collect()
}

fn relocate(tokens: TokenStream, span: Span, token_span: &dyn Fn(Span) -> Span) -> TokenStream {
    use proc_macro2::TokenTree;
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut new = proc_macro2::Group::new(
                    group.delimiter(),
                    relocate(group.stream(), span, token_span),
                );
                new.set_span(span);
                tree = TokenTree::Group(new);
            } else {
                tree.set_span(token_span(tree.span()));
            }
            tree
        })
        .collect()
}
