use coro_core::yield_;

#[coro_core::coroutine(yield = u32)]
fn numbers() -> u32 {
    yield_!(1);
    String::from("done")
}

fn main() {
    let _ = numbers();
}
