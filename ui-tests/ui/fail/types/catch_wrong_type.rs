// `yield_catch!` evaluates to `Resumed<S, E>`, not to the sent value.
use coro_core::yield_catch;

#[coro_core::coroutine(yield = u32, send = u32)]
fn numbers() -> u32 {
    let v: u32 = yield_catch!(1);
    v
}

fn main() {
    let _ = numbers();
}
