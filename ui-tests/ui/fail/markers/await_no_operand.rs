// `await_!()` without the awaitable.
use coro_core::await_;

#[coro_core::coroutine]
fn waits() {
    await_!();
}

fn main() {
    let _ = waits();
}
