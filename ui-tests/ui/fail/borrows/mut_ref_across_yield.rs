// A mutable borrow of a local kept across a suspension.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, send = u32)]
fn numbers() {
    let mut total = 0;
    let t = &mut total;
    let x = yield_!(1);
    *t += x;
    yield_!(total);
}

fn main() {
    let _ = numbers();
}
