// A marker inside a nested function: that function is not the coroutine.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    fn helper() -> u32 {
        yield_!(1);
        1
    }
    yield_!(helper());
}

fn main() {
    let _ = numbers();
}
