//! Unit tests that drive the expansion entry point directly (on `proc_macro2` tokens).

mod fuzz;
mod snapshots;
