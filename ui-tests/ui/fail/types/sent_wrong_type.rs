// The sent value (`yield_!`'s value) used as a type it is not.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, send = String)]
fn numbers() {
    let n: u32 = yield_!(1);
    yield_!(n);
}

fn main() {
    let _ = numbers();
}
