//! Runnable example programs for coro live in `examples/`.
