// A `for` loop binding that shadows a local kept across a later suspension, in a loop that
// suspends.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let x = 10;
    for x in 0..2 {
        yield_!(x);
    }
    yield_!(x);
}

fn main() {
    let _ = numbers();
}
