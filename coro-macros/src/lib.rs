//! The `#[coroutine]` attribute: compiles a Rust function that uses `yield_!` markers into an
//! explicit state machine speaking Python's coroutine protocol. See `coro-core`.
//!
//! Stages, one module each: `args` → `parse` → `analyze` → `rewrite` → `normalize` → `lower`
//! → `emit`, run by `expand` (`parse` reads the body's statements through `statements`,
//! which builds the commonest ones itself and leaves the rest to syn). Only this file touches
//! `proc_macro`.

mod analyze;
mod args;
mod chunks;
mod desugar;
mod emit;
mod errors;
mod escapes;
mod expand;
mod hashing;
mod lower;
mod normalize;
mod numbered;
mod owned;
mod parse;
mod rewrite;
mod statements;
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

    /// `COROBENCH=path [COROBENCH_RUNS=n] [COROBENCH_OUT=out] cargo test -p coro-macros
    /// bench_expansion -- --nocapture` expands the first fn in `path` `n` times (default 5) and
    /// prints the fastest and median times (and writes the expansion's tokens to `out`).
    #[test]
    fn bench_expansion() {
        let Ok(path) = std::env::var("COROBENCH") else {
            return;
        };
        let runs: usize = std::env::var("COROBENCH_RUNS").map_or(5, |r| r.parse().unwrap());
        let text = std::fs::read_to_string(path).unwrap();
        let file: syn::File = syn::parse_str(&text).unwrap();
        let Some(mut f) = file.items.into_iter().find_map(|item| match item {
            syn::Item::Fn(f) => Some(f),
            _ => None,
        }) else {
            panic!("no fn");
        };
        let attr = f.attrs.remove(
            f.attrs
                .iter()
                .position(|a| a.path().segments.last().unwrap().ident == "coroutine")
                .unwrap(),
        );
        let args = match &attr.meta {
            syn::Meta::List(l) => l.tokens.clone(),
            _ => Default::default(),
        };
        let tokens = quote::quote!(#f);
        let mut times = Vec::new();
        let mut out = None;
        for _ in 0..runs {
            let input = tokens.clone();
            let start = std::time::Instant::now();
            let expanded = crate::expand::expand(args.clone(), input);
            times.push(start.elapsed());
            out = Some(expanded);
        }
        times.sort();
        eprintln!(
            "expanded `{}` {runs} times: min {:?}, median {:?}",
            f.sig.ident,
            times[0],
            times[runs / 2]
        );
        if let Ok(path) = std::env::var("COROBENCH_OUT") {
            std::fs::write(path, out.unwrap().to_string()).unwrap();
        }
    }
}
