// The resume closure's block variable is invisible to the body.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    yield_!(1);
    let _ = __coro_blk;
}

fn main() {
    let _ = numbers();
}
