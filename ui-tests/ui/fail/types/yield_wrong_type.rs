use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    yield_!("one");
}

fn main() {
    let _ = numbers();
}
