// An async generator whose awaits yield another type than `Pending` (`await_yield = u8`)
// cannot await a Rust future: the one error is at the operand.
use coro_core::{await_, yield_};

#[coro_core::coroutine(async_generator, yield = u32, await_yield = u8)]
fn ticks() {
    let n = await_!(core::future::ready(1u32));
    yield_!(n);
}

fn main() {
    let _ = ticks();
}
