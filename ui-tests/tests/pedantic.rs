//! `ui/pass/deny_pedantic.rs` as a module of an integration test with the crate-level
//! `#![deny(warnings, clippy::pedantic)]`, so clippy checks the user code around the macro
//! (trybuild runs rustc only).
#![deny(warnings, clippy::pedantic)]

#[path = "../ui/pass/deny_pedantic.rs"]
mod deny_pedantic;

#[test]
fn every_marker_under_deny_pedantic() {
    deny_pedantic::main();
}
