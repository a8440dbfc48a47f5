// A generic error type needs a `Debug` bound: the one error is at the type in the attribute.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, error = E)]
fn numbers<E: Clone>() {
    yield_!(1);
}

fn main() {
    let _ = numbers::<String>();
}
