//! Behaviour tests for coro live in `tests/`; this crate only holds shared helpers.
