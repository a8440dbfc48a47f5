// The declared error type must implement `Debug` (a dropped coroutine reports it).
use coro_core::yield_;

struct Opaque;

#[coro_core::coroutine(yield = u32, error = Opaque)]
fn numbers() {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
