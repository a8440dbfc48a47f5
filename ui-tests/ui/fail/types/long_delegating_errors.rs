// A long delegating body (its enums folded, each awaiter's type bounded `Coroutine` because a
// delegation's step and returned value are named from it) with two bad operands: each gets its
// own one error, at its operand, and nothing else is reported.
use coro_core::{await_, yield_, yield_from};

#[coro_core::coroutine(generator, yield = String)]
fn words() {
    yield_!(String::from("a"));
}

#[coro_core::coroutine(generator, yield = u32)]
fn inner() -> u32 {
    yield_!(1);
    2
}

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() -> u32 {
    let a = yield_from!(inner());
    let b = yield_from!(inner());
    let c = yield_from!(inner());
    yield_from!(words());
    let d = yield_from!(inner());
    let e = await_!(5u32);
    let f = yield_from!(inner());
    a + b + c + d + e + f
}

fn main() {
    let _ = numbers();
}
