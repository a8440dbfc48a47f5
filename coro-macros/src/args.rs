//! Parses the attribute's arguments: the kind, the yield / send / error types and the crate path.

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{Ident, LitStr, Path, Token, Type};

use crate::errors::Errors;

/// Generator kind (Python `def` with `yield`) or coroutine kind (Python `async def`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Generator,
    Coroutine,
    /// Python `async def` with `yield` (I3).
    AsyncGenerator,
}

/// The attribute's arguments, with defaults filled in.
pub struct Args {
    pub kind: Kind,
    pub yield_ty: Type,
    pub send_ty: Type,
    /// `None` when the user declared no error type (it is then `Infallible`).
    pub error_ty: Option<Type>,
    /// Absolute path to the runtime crate, `::coro_core` unless `crate = "..."` says otherwise.
    pub krate: Path,
    /// `crate = "..."` was given (and parsed): its path may not resolve.
    pub explicit_crate: bool,
    /// `clone`: the returned coroutine is `Clone` (the opaque return type hides it otherwise).
    pub clone: bool,
    /// `future`: a coroutine whose awaits yield `Pending`, returned as a `Future` too.
    pub future: bool,
    /// An async generator's await channel: what its awaits yield to the driver
    /// (`await_yield = T`, default `Pending`) and what the driver sends back (`await_send = T`,
    /// default `()`). `None` when not given.
    pub await_yield_ty: Option<Type>,
    pub await_send_ty: Option<Type>,
}

impl Args {
    /// True when the sent type is written `()` (or left out): sending `()` then starts the
    /// coroutine (S2) and a generator is an `Iterator`.
    pub fn unit_send(&self) -> bool {
        matches!(&self.send_ty, Type::Tuple(t) if t.elems.is_empty())
    }

    /// An async generator's await channel, defaults filled in.
    pub fn await_channel(&self) -> (Type, Type) {
        let krate = &self.krate;
        (
            self.await_yield_ty
                .clone()
                .unwrap_or_else(|| syn::parse_quote!(#krate::Pending)),
            self.await_send_ty.clone().unwrap_or_else(unit_type),
        )
    }

    /// An async generator whose awaits are on Rust futures and whose sent type is `()`: a
    /// `Stream`.
    pub fn is_stream(&self) -> bool {
        self.kind == Kind::AsyncGenerator
            && self.unit_send()
            && self.await_yield_ty.is_none()
            && self.await_send_ty.is_none()
    }
}

enum Arg {
    Flag(Ident),
    /// `name = value`: the value is a type, or the tokens that are not one.
    Type(Ident, Result<Box<Type>, TokenStream>),
    Crate(Token![crate], LitStr),
    /// An argument that is not `name` or `name = value`; parsing went on at the next comma.
    Invalid(syn::Error),
}

/// The tokens up to the next `,` at this level (or the end).
fn rest_of_arg(input: ParseStream) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<proc_macro2::TokenTree>()?]);
    }
    Ok(tokens)
}

impl Parse for Arg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(Token![crate]) {
            let kw: Token![crate] = input.parse()?;
            if input.parse::<Token![=]>().is_err() || !input.peek(LitStr) {
                let rest = rest_of_arg(input)?;
                return Ok(Arg::Invalid(syn::Error::new(
                    if rest.is_empty() {
                        kw.span
                    } else {
                        rest.span()
                    },
                    "write `crate = \"path\"` with the path in quotes, like `crate = \"::my_coro\"`",
                )));
            }
            return Ok(Arg::Crate(kw, input.parse()?));
        }
        // `yield` is a keyword: accept it as the name of an argument.
        let name = if input.peek(Token![yield]) {
            let kw: Token![yield] = input.parse()?;
            Ident::new("yield", kw.span)
        } else if input.peek(<Ident as syn::ext::IdentExt>::peek_any) {
            input.call(Ident::parse_any_ident)?
        } else {
            let rest = rest_of_arg(input)?;
            return Ok(Arg::Invalid(syn::Error::new_spanned(
                rest,
                "expected an argument: `generator`, `coroutine`, `yield = T`, `send = T`, `error = T`, `clone` or `crate = \"path\"`",
            )));
        };
        if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            let fork = input.fork();
            if let Ok(ty) = fork.parse::<Type>() {
                if fork.is_empty() || fork.peek(Token![,]) {
                    use syn::parse::discouraged::Speculative;
                    input.advance_to(&fork);
                    return Ok(Arg::Type(name, Ok(Box::new(ty))));
                }
            }
            Ok(Arg::Type(name, Err(rest_of_arg(input)?)))
        } else if input.is_empty() || input.peek(Token![,]) {
            Ok(Arg::Flag(name))
        } else {
            let separator = input.cursor().token_tree().map(|(t, _)| t.span());
            let rest = rest_of_arg(input)?;
            let text = crate::errors::tidy(&rest);
            let value = text.trim_start_matches(':').trim();
            let hint = if value.is_empty() {
                format!("`{name} = ...`")
            } else {
                format!("`{name} = {value}`")
            };
            Ok(Arg::Invalid(syn::Error::new(
                separator.unwrap_or_else(|| name.span()),
                format!(
                    "expected `=` or `,` after `{name}`; arguments are written `name = value`: {hint}"
                ),
            )))
        }
    }
}

trait ParseAnyIdent {
    fn parse_any_ident(input: ParseStream) -> syn::Result<Ident>;
}

impl ParseAnyIdent for Ident {
    fn parse_any_ident(input: ParseStream) -> syn::Result<Ident> {
        use syn::ext::IdentExt;
        Ident::parse_any(input)
    }
}

/// `()`, built rather than parsed: every expansion needs it, and unoptimised (as cargo builds
/// proc macros) a `parse_quote!` of it costs as much as a page of tokens.
pub fn unit_type() -> Type {
    Type::Tuple(syn::TypeTuple {
        paren_token: Default::default(),
        elems: syn::punctuated::Punctuated::new(),
    })
}

/// `::coro_core`, built rather than parsed (see [`unit_type`]).
fn default_crate() -> Path {
    Path {
        leading_colon: Some(Default::default()),
        segments: [syn::PathSegment::from(Ident::new(
            "coro_core",
            Span::call_site(),
        ))]
        .into_iter()
        .collect(),
    }
}

/// Parses `generator, yield = T, send = T, error = T, crate = "path", clone`, reporting every
/// bad or duplicate argument.
pub fn parse_args(tokens: TokenStream, errors: &mut Errors) -> Args {
    let mut args = Args {
        kind: Kind::Coroutine,
        yield_ty: unit_type(),
        send_ty: unit_type(),
        error_ty: None,
        krate: default_crate(),
        explicit_crate: false,
        clone: false,
        future: false,
        await_yield_ty: None,
        await_send_ty: None,
    };
    let mut yield_given: Option<Span> = None;
    let parsed = match syn::parse::Parser::parse2(
        syn::punctuated::Punctuated::<Arg, Token![,]>::parse_terminated,
        tokens,
    ) {
        Ok(parsed) => parsed,
        Err(e) => {
            errors.push(syn::Error::new(
                e.span(),
                format!(
                    "{e}; expected arguments like `#[coroutine(generator, yield = u32, send = i64, error = MyError)]`"
                ),
            ));
            return args;
        }
    };
    // The kind flag given first, for the message when a second one conflicts with it.
    let mut first_kind: Option<String> = None;
    let mut seen: Vec<String> = Vec::new();
    // `name` is what may be given once, `shown` the word the user wrote.
    let mut check_duplicate = |name: &str, shown: &str, span: Span, errors: &mut Errors| {
        if seen.iter().any(|s| s == name) {
            errors.push(syn::Error::new(
                span,
                format!("`{shown}` is given twice; give it once"),
            ));
            false
        } else {
            seen.push(name.to_owned());
            true
        }
    };
    for arg in parsed {
        match arg {
            Arg::Flag(name) => {
                let text = name.to_string();
                match text.as_str() {
                    "generator" | "coroutine" | "future" | "async_generator" => {
                        if let Some(first) = first_kind.as_ref().filter(|f| **f != text) {
                            errors.push(syn::Error::new(
                                name.span(),
                                format!(
                                    "`{text}` conflicts with `{first}`: a function has one kind (`generator`, `coroutine`, `future` or `async_generator`); keep one of them"
                                ),
                            ));
                            continue;
                        }
                        first_kind.get_or_insert_with(|| text.clone());
                        if check_duplicate("kind", &text, name.span(), errors) {
                            args.kind = match text.as_str() {
                                "generator" => Kind::Generator,
                                "async_generator" => Kind::AsyncGenerator,
                                _ => Kind::Coroutine,
                            };
                            args.future = text == "future";
                        }
                    }
                    "clone" => {
                        if check_duplicate("clone", "clone", name.span(), errors) {
                            args.clone = true;
                        }
                    }
                    "yield" | "send" | "error" | "await_yield" | "await_send" => {
                        errors.push(syn::Error::new(
                            name.span(),
                            format!("`{text}` needs a type: `{text} = T`"),
                        ))
                    }
                    _ => errors.push(unknown_argument(&name)),
                }
            }
            Arg::Invalid(e) => errors.push(e),
            Arg::Type(name, ty) => {
                let text = name.to_string();
                let ty = match ty {
                    Ok(ty) => *ty,
                    Err(value) => {
                        let shown = crate::errors::tidy(&value);
                        let message = match text.as_str() {
                            "generator" | "coroutine" | "future" | "async_generator" | "clone" => {
                                format!("`{text}` takes no value; write just `{text}`")
                            }
                            "yield" | "send" | "error" | "await_yield" | "await_send" => format!(
                                "`{text} = ...` takes a type, like `{text} = u32`; `{shown}` is not a type"
                            ),
                            _ => {
                                errors.push(unknown_argument(&name));
                                continue;
                            }
                        };
                        errors.push(syn::Error::new_spanned(value, message));
                        continue;
                    }
                };
                let slot = match text.as_str() {
                    "yield" => {
                        yield_given = Some(name.span());
                        &mut args.yield_ty
                    }
                    "await_yield" | "await_send" => {
                        if check_duplicate(&text, &text, name.span(), errors) {
                            let slot = if text == "await_yield" {
                                &mut args.await_yield_ty
                            } else {
                                &mut args.await_send_ty
                            };
                            *slot = Some(ty);
                        }
                        continue;
                    }
                    "send" => &mut args.send_ty,
                    "error" => {
                        if check_duplicate("error", "error", name.span(), errors) {
                            args.error_ty = Some(ty);
                        }
                        continue;
                    }
                    "generator" | "coroutine" | "future" | "async_generator" | "clone" => {
                        errors.push(syn::Error::new(
                            ty.span(),
                            format!("`{text}` takes no value; write just `{text}`"),
                        ));
                        continue;
                    }
                    _ => {
                        errors.push(unknown_argument(&name));
                        continue;
                    }
                };
                if check_duplicate(&text, &text, name.span(), errors) {
                    *slot = ty;
                }
            }
            Arg::Crate(kw, path) => {
                if check_duplicate("crate", "crate", kw.span, errors) {
                    match path.parse::<Path>() {
                        Ok(p) => {
                            args.krate = p;
                            args.explicit_crate = true;
                        }
                        Err(_) => errors.push(syn::Error::new(
                            path.span(),
                            "`crate` must name a path, like `crate = \"::my_coro\"`",
                        )),
                    }
                }
            }
        }
    }
    if args.future {
        if let Some(span) = yield_given {
            errors.push(syn::Error::new(
                span,
                "a `future` coroutine yields `coro_core::Pending` while it waits; remove `yield = ..` (or use `coroutine, yield = ..` for a coroutine that is not a future)",
            ));
        }
        if !args.unit_send() {
            errors.push(syn::Error::new(
                args.send_ty.span(),
                "a `future` coroutine is resumed with `()`; remove `send = ..`",
            ));
        }
        let krate = &args.krate;
        args.yield_ty = syn::parse_quote!(#krate::Pending);
    }
    if args.kind != Kind::AsyncGenerator {
        for ty in [&args.await_yield_ty, &args.await_send_ty]
            .into_iter()
            .flatten()
        {
            errors.push(syn::Error::new(
                ty.span(),
                "`await_yield` / `await_send` set an async generator's await channel; add `async_generator`",
            ));
        }
    }
    args
}

fn unknown_argument(name: &Ident) -> syn::Error {
    syn::Error::new(
        name.span(),
        format!(
            "unknown argument `{name}`; expected `generator`, `coroutine`, `future`, `async_generator`, `yield = T`, `send = T`, `error = T`, `await_yield = T`, `await_send = T`, `clone` or `crate = \"path\"`"
        ),
    )
}
