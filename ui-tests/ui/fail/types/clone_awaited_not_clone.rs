// `clone` keeps an awaited coroutine across its suspensions: it must be `Clone` too (a
// `#[coroutine(clone)]` itself). The one error is at the operand.
use coro_core::{await_, yield_};

#[coro_core::coroutine(generator, yield = u32)]
fn inner() {
    yield_!(1);
}

#[coro_core::coroutine(generator, yield = u32, clone)]
fn outer() {
    await_!(inner());
}

fn main() {
    let a = outer();
    let _b = a.clone();
}
