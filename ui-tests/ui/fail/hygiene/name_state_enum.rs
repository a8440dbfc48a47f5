// The generated state enum is not the user's to name. Items (unlike locals) are not hygienic
// under `Span::mixed_site()`, so the generated enums carry a hash of the signature in their names.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let _ = __CoroState::Finished;
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
