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
    /// `clone`: the returned coroutine is `Clone` (the opaque return type hides it otherwise).
    pub clone: bool,
}

impl Args {
    /// True when the sent type is written `()` (or left out): sending `()` then starts the
    /// coroutine (S2) and a generator is an `Iterator`.
    pub fn unit_send(&self) -> bool {
        matches!(&self.send_ty, Type::Tuple(t) if t.elems.is_empty())
    }
}

enum Arg {
    Flag(Ident),
    Type(Ident, Box<Type>),
    Crate(Token![crate], LitStr),
}

impl Parse for Arg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(Token![crate]) {
            let kw: Token![crate] = input.parse()?;
            input.parse::<Token![=]>()?;
            return Ok(Arg::Crate(kw, input.parse()?));
        }
        // `yield` is a keyword: accept it as the name of an argument.
        let name = if input.peek(Token![yield]) {
            let kw: Token![yield] = input.parse()?;
            Ident::new("yield", kw.span)
        } else {
            input.call(Ident::parse_any_ident)?
        };
        if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            Ok(Arg::Type(name, Box::new(input.parse()?)))
        } else {
            Ok(Arg::Flag(name))
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

/// Parses `generator, yield = T, send = T, error = T, crate = "path", clone`, reporting every
/// bad or duplicate argument.
pub fn parse_args(tokens: TokenStream, errors: &mut Errors) -> Args {
    let mut args = Args {
        kind: Kind::Coroutine,
        yield_ty: syn::parse_quote!(()),
        send_ty: syn::parse_quote!(()),
        error_ty: None,
        krate: syn::parse_quote!(::coro_core),
        clone: false,
    };
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
    let mut seen: Vec<String> = Vec::new();
    let mut check_duplicate = |name: &str, span: Span, errors: &mut Errors| {
        if seen.iter().any(|s| s == name) {
            let what = if name == "kind" {
                "kind (`generator` / `coroutine`)"
            } else {
                name
            };
            errors.push(syn::Error::new(
                span,
                format!("duplicate {what} argument; give it once"),
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
                    "generator" | "coroutine" => {
                        if check_duplicate("kind", name.span(), errors) {
                            args.kind = if text == "generator" {
                                Kind::Generator
                            } else {
                                Kind::Coroutine
                            };
                        }
                    }
                    "clone" => {
                        if check_duplicate("clone", name.span(), errors) {
                            args.clone = true;
                        }
                    }
                    "yield" | "send" | "error" => errors.push(syn::Error::new(
                        name.span(),
                        format!("`{text}` needs a type: `{text} = T`"),
                    )),
                    _ => errors.push(unknown_argument(&name)),
                }
            }
            Arg::Type(name, ty) => {
                let ty = *ty;
                let text = name.to_string();
                let slot = match text.as_str() {
                    "yield" => &mut args.yield_ty,
                    "send" => &mut args.send_ty,
                    "error" => {
                        if check_duplicate("error", name.span(), errors) {
                            args.error_ty = Some(ty);
                        }
                        continue;
                    }
                    "generator" | "coroutine" | "clone" => {
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
                if check_duplicate(&text, name.span(), errors) {
                    *slot = ty;
                }
            }
            Arg::Crate(kw, path) => {
                if check_duplicate("crate", kw.span, errors) {
                    match path.parse::<Path>() {
                        Ok(p) => args.krate = p,
                        Err(_) => errors.push(syn::Error::new(
                            path.span(),
                            "`crate` must name a path, like `crate = \"::my_coro\"`",
                        )),
                    }
                }
            }
        }
    }
    args
}

fn unknown_argument(name: &Ident) -> syn::Error {
    syn::Error::new(
        name.span(),
        format!(
            "unknown argument `{name}`; expected `generator`, `coroutine`, `yield = T`, `send = T`, `error = T`, `clone` or `crate = \"path\"`"
        ),
    )
}
