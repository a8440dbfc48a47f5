// An async generator returns nothing (Python: `return value` in one is a SyntaxError).
use coro_core::yield_;

#[coro_core::coroutine(async_generator, yield = u32)]
fn counts() -> u32 {
    yield_!(1);
    2
}

fn main() {
    let _ = counts();
}
