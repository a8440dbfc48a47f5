// A generator with a non-unit sent type is not an `Iterator`.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32, send = u32)]
fn numbers() {
    let _ = yield_!(1);
}

fn main() {
    for n in numbers() {
        let _ = n;
    }
}
