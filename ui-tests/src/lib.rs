//! Compile-fail and compile-pass tests for the `#[coroutine]` attribute live in `tests/` and `ui/`.
