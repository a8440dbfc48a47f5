// Delegating to a generator whose yield type differs from the delegator's.
use coro_core::{yield_, yield_from};

#[coro_core::coroutine(generator, yield = String)]
fn words() {
    yield_!(String::from("a"));
}

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    yield_from!(words());
}

fn main() {
    let _ = numbers();
}
