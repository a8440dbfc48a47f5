// Every qualifier a coroutine cannot have, reported together.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
const async unsafe extern "C" fn numbers() {
    yield_!(1);
}

fn main() {}
