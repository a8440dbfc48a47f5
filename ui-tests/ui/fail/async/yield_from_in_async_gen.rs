// Python forbids `yield from` in an async generator; so does coro, with the fix.
use coro_core::{yield_, yield_from};

#[coro_core::coroutine(generator, yield = u32)]
fn inner() {
    yield_!(1);
}

#[coro_core::coroutine(async_generator, yield = u32)]
fn outer() {
    yield_from!(inner());
}

fn main() {
    let _ = outer();
}
