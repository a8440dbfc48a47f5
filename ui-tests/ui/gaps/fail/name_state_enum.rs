// The generated state enum is not the user's to name, but items (unlike locals) are not
// hygienic under `Span::mixed_site()`: the body can name `__CoroState` and this compiles.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let _ = __CoroState::Finished;
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
