//! Runnable example programs for coro live in `examples/`; run one with
//! `cargo run --example averager` from the workspace root.
//!
//! This library only compiles the README's code blocks as doctests, so they cannot go stale.

#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
