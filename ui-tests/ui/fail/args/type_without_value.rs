use coro_core::yield_;

#[coro_core::coroutine(generator, yield, send)]
fn numbers() {
    yield_!(());
}

fn main() {
    let _ = numbers();
}
