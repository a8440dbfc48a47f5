//! `ui/pass/deny_pedantic_async.rs` as a module of an integration test with the crate-level
//! `#![deny(warnings, clippy::pedantic)]`, so clippy checks the async markers' expansions.
#![deny(warnings, clippy::pedantic)]

#[path = "../ui/pass/deny_pedantic_async.rs"]
mod deny_pedantic_async;

#[test]
fn async_markers_under_deny_pedantic() {
    deny_pedantic_async::main();
}
