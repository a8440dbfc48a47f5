// Every bad argument is reported in one compile.
use coro_core::yield_;

#[coro_core::coroutine(generator, generator, yield = u32, yield = u8, colour = red, send)]
fn numbers() {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
