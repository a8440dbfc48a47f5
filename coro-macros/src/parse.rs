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
}

impl Parse for CoroutineFn {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        let defaultness: Option<Token![default]> = input.parse()?;
        let sig: Signature = input.parse()?;
        let body = if input.peek(Token![;]) {
            input.parse::<Token![;]>()?;
            None
        } else {
            let content;
            let brace = syn::braced!(content in input);
            let inner = content.call(Attribute::parse_inner)?;
            let stmts = content.call(Block::parse_within)?;
            if let Some(attr) = inner.first() {
                return Err(syn::Error::new(
                    attr.span(),
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
            "a `#[coroutine]` function cannot be variadic",
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
                errors.push(syn::Error::new(
                    r.span(),
                    "typed receivers (`self: Box<Self>`, ...) are not supported; use `self`, `&self` or `&mut self`",
                ));
            }
        }
    }
}
