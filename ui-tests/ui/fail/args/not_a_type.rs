use coro_core::yield_;

#[coro_core::coroutine(generator, yield = 1 + 2)]
fn numbers() {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
