//! The `#[coroutine]` attribute: compiles a Rust function that uses `yield_!` markers into an
//! explicit state machine speaking Python's coroutine protocol. See `coro-core`.
//!
//! Stages, one module each: `args` → `parse` → `analyze` → `rewrite` → `normalize` → `lower`
//! → `emit`, run by `expand`. Only this file touches `proc_macro`.

mod analyze;
mod args;
mod emit;
mod errors;
mod expand;
mod lower;
mod normalize;
mod parse;
mod rewrite;

use proc_macro::TokenStream;

/// Compiles a function into a coroutine; see the `coro-core` crate documentation.
#[proc_macro_attribute]
pub fn coroutine(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::expand(args.into(), item.into()).into()
}
