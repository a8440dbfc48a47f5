// Using the sent value as a number without declaring `send = T` (it is then `()`).
use coro_core::yield_;

#[coro_core::coroutine(yield = u32)]
fn numbers() -> u32 {
    let n = yield_!(1);
    n + 1
}

fn main() {
    let _ = numbers();
}
