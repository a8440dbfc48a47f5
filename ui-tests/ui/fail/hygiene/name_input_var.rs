// The resume closure's input parameter is invisible to the body.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, send = u32)]
fn numbers() {
    let _ = yield_!(1);
    let _ = __coro_in;
}

fn main() {
    let _ = numbers();
}
