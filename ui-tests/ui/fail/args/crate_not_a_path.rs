use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32, crate = "not a path!")]
fn numbers() {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
