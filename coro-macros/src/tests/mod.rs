//! Unit tests that drive the expansion entry point directly (on `proc_macro2` tokens):
//! robustness under generated and mutated input (`fuzz`), the bugs it found (`regressions`),
//! and expansion snapshots (`snapshots`).

mod fuzz;
mod layouts;
mod regressions;
mod snapshots;
