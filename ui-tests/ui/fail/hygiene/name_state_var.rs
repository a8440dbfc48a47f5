// The resume closure's state parameter is invisible to the body.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    yield_!(1);
    let _ = __coro_st;
}

fn main() {
    let _ = numbers();
}
