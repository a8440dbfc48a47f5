// A Rust future is not a coroutine: it cannot be awaited with `await_!`.
use coro_core::await_;

async fn fetch() -> u32 {
    1
}

#[coro_core::coroutine]
fn waits() -> u32 {
    await_!(fetch())
}

fn main() {
    let _ = waits();
}
