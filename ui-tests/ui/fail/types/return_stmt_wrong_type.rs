// `return` with the wrong type in the middle of the body.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, send = bool)]
fn numbers() -> u32 {
    if yield_!(1) {
        return "early";
    }
    2
}

fn main() {
    let _ = numbers();
}
