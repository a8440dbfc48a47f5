use coro_core::yield_;

#[coro_core::coroutine(error = String, yield = u32, error = std::io::Error)]
fn numbers() {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
