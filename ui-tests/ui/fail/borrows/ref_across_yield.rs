// A reference to a local kept across a suspension.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let x = 5;
    let r = &x;
    yield_!(1);
    yield_!(*r);
}

fn main() {
    let _ = numbers();
}
