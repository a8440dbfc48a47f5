// Delegating to a coroutine whose error type differs from the delegator's.
use coro_core::{await_, yield_};

#[derive(Debug)]
struct A;
#[derive(Debug)]
struct B;

#[coro_core::coroutine(yield = u32, error = A)]
fn inner() {
    yield_!(1);
}

#[coro_core::coroutine(yield = u32, error = B)]
fn outer() {
    await_!(inner());
}

fn main() {
    let _ = outer();
}
