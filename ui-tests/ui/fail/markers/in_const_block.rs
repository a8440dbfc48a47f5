// A marker inside a `const` block, evaluated at compile time.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let x = const { yield_!(1) };
    yield_!(x);
}

fn main() {
    let _ = numbers();
}
