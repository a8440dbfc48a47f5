//! Compile-time tests of the `#[coroutine]` attribute, run with trybuild.
//!
//! `ui/pass/*.rs` must compile (and run); `ui/fail/**/*.rs` must fail to compile with the
//! checked-in `.stderr`. Re-bless with `TRYBUILD=overwrite cargo test -p coro-ui-tests` and
//! review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/**/*.rs");
}
