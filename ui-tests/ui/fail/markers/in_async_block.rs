// A marker inside an `async` block: the block is a future, not part of the coroutine.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let fut = async {
        yield_!(1);
    };
    drop(fut);
}

fn main() {
    let _ = numbers();
}
