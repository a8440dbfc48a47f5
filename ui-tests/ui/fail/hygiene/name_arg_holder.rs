// The holder of an argument inside the machine is invisible to the body.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers(n: u32) {
    yield_!(n);
    yield_!(__coro_arg0);
}

fn main() {
    let _ = numbers(1);
}
