//! The `#[coroutine]` attribute: compiles a Rust function that uses `yield_!` markers into an
//! explicit state machine speaking Python's coroutine protocol. See `coro-core`.
//!
//! Stages, one module each: `args` → `parse` → `analyze` → `rewrite` → `normalize` → `lower`
//! → `emit`, run by `expand`. Only this file touches `proc_macro`.

mod analyze;
mod args;
mod desugar;
mod emit;
mod errors;
mod escapes;
mod expand;
mod lower;
mod normalize;
mod parse;
mod rewrite;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Compiles a function into a coroutine; see the `coro-core` crate documentation.
#[proc_macro_attribute]
pub fn coroutine(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::expand(args.into(), item.into()).into()
}

#[cfg(test)]
mod expand_debug {
    /// `COROEXPAND=path cargo test -p coro-macros print_expansion -- --nocapture` prints the
    /// expansion of the fn in `path` (and, on stderr, the time the expansion took).
    #[test]
    fn print_expansion() {
        let Ok(path) = std::env::var("COROEXPAND") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let file: syn::File = syn::parse_str(&text).unwrap();
        for item in file.items {
            if let syn::Item::Fn(f) = item {
                let attr = f
                    .attrs
                    .iter()
                    .find(|a| a.path().segments.last().unwrap().ident == "coroutine")
                    .unwrap();
                let args = match &attr.meta {
                    syn::Meta::List(l) => l.tokens.clone(),
                    _ => Default::default(),
                };
                let mut f2 = f.clone();
                f2.attrs
                    .retain(|a| a.path().segments.last().unwrap().ident != "coroutine");
                let tokens = quote::quote!(#f2);
                let start = std::time::Instant::now();
                let out = crate::expand::expand(args, tokens);
                // How long the expansion alone took (no assertion: the machine may be busy).
                eprintln!("expanded `{}` in {:?}", f.sig.ident, start.elapsed());
                match syn::parse2::<syn::File>(out.clone()) {
                    Ok(file) => println!("{}", prettyplease::unparse(&file)),
                    Err(_) => println!("{out}"),
                }
            }
        }
    }
}
