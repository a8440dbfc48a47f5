// The machine local is invisible to the body.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    yield_!(1);
    drop(__coro_machine);
}

fn main() {
    let _ = numbers();
}
