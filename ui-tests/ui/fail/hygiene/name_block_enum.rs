// The generated block enum is not the user's to name.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    yield_!(1);
    let _: Option<__CoroBlock<(), (), ()>> = None;
}

fn main() {
    let _ = numbers();
}
