use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    #![allow(unused)]
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
