//! Reads the annotated item: a free fn, a method in an impl, or a trait method (with or
//! without a default body), and rejects the function forms a state machine cannot be.

use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{Attribute, Block, FnArg, Signature, Token, Visibility};

use crate::errors::Errors;

/// The function being compiled, with the user's tokens.
pub struct CoroutineFn {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub defaultness: Option<Token![default]>,
    pub sig: Signature,
    /// `None` for a trait method declaration without a body.
    pub body: Option<Block>,
    /// An inner attribute of the body (`#![..]`), reported with the other misuses.
    pub inner_attr: Option<syn::Error>,
}

impl Parse for CoroutineFn {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        let defaultness: Option<Token![default]> = input.parse()?;
        let sig: Signature = input.parse()?;
        let mut inner_attr = None;
        let body = if input.peek(Token![;]) {
            input.parse::<Token![;]>()?;
            None
        } else {
            let content;
            let brace = syn::braced!(content in input);
            let inner = content.call(Attribute::parse_inner)?;
            let stmts = content.call(crate::statements::parse_body)?;
            if let Some(attr) = inner.first() {
                inner_attr = Some(syn::Error::new_spanned(
                    attr,
                    "inner attributes in a `#[coroutine]` body are not supported; put them on the function",
                ));
            }
            Some(Block {
                brace_token: brace,
                stmts,
            })
        };
        Ok(CoroutineFn {
            attrs,
            vis,
            defaultness,
            sig,
            body,
            inner_attr,
        })
    }
}

/// Reports function forms that cannot become a state machine.
pub fn check_signature(sig: &Signature, errors: &mut Errors) {
    if let Some(c) = &sig.constness {
        errors.push(syn::Error::new(
            c.span,
            "a `#[coroutine]` function cannot be `const`; remove `const`",
        ));
    }
    if let Some(a) = &sig.asyncness {
        errors.push(syn::Error::new(
            a.span,
            "a `#[coroutine]` function cannot be `async`; remove `async` (the coroutine itself is the asynchronous value)",
        ));
    }
    if let Some(abi) = &sig.abi {
        errors.push(syn::Error::new(
            abi.span(),
            "a `#[coroutine]` function cannot have an `extern` ABI; wrap it in a plain Rust function",
        ));
    }
    if let Some(v) = &sig.variadic {
        errors.push(syn::Error::new(
            v.span(),
            "a `#[coroutine]` function cannot be variadic; take a slice or a `Vec` instead",
        ));
    }
    if let Some(u) = &sig.unsafety {
        errors.push(syn::Error::new(
            u.span,
            "a `#[coroutine]` function cannot be `unsafe`; put the `unsafe` block inside its body",
        ));
    }
    for input in &sig.inputs {
        if let FnArg::Receiver(r) = input {
            if r.colon_token.is_some() {
                errors.push(syn::Error::new_spanned(r, typed_receiver_message(r)));
            }
        }
    }
}

/// What to write instead of `self: T`.
fn typed_receiver_message(r: &syn::Receiver) -> String {
    let is_self = |ty: &syn::Type| matches!(ty, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"));
    let written = crate::errors::tidy(r);
    let instead = match &*r.ty {
        ty if is_self(ty) => Some(format!(
            "{}self",
            if r.mutability.is_some() { "mut " } else { "" }
        )),
        syn::Type::Reference(reference) if is_self(&reference.elem) => {
            let lifetime = reference
                .lifetime
                .as_ref()
                .map(|l| format!("{l} "))
                .unwrap_or_default();
            let mutability = if reference.mutability.is_some() {
                "mut "
            } else {
                ""
            };
            Some(format!("&{lifetime}{mutability}self"))
        }
        _ => None,
    };
    match instead {
        Some(instead) => format!("write the receiver as `{instead}` instead of `{written}`"),
        None => format!(
            "a `#[coroutine]` method takes `self`, `&self` or `&mut self`; a typed receiver like `{written}` is not supported (take `self` and let the caller box or pin the coroutine)"
        ),
    }
}
