use coro_core::yield_;

#[coro_core::coroutine(generator, yeild = u32)]
fn numbers() {
    yield_!(());
}

fn main() {
    let _ = numbers();
}
