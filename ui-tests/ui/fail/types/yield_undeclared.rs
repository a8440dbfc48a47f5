// Yielding a value without declaring `yield = T` (the yield type is then `()`).
use coro_core::yield_;

#[coro_core::coroutine(generator)]
fn numbers() {
    yield_!(1u32);
}

fn main() {
    let _ = numbers();
}
