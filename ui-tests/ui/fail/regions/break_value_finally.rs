// `break` with a value out of a `try_!` that has a `finally`.
use coro_core::{try_, yield_};

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() -> u32 {
    let r = loop {
        try_! {
            { yield_!(1); break 5; }
            finally { }
        }
    };
    r
}

fn main() {
    let _ = numbers();
}
