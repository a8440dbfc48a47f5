// The generated enums stay inside the function.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    yield_!(1);
}

fn main() {
    let _ = numbers();
    let _ = __CoroState::Finished;
}
