use coro_core::yield_;

#[coro_core::coroutine(generator = true, yield = u32)]
fn numbers() {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
