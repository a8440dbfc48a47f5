use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
unsafe extern "C" fn numbers(n: u32, ...) {
    yield_!(n);
}

fn main() {}
