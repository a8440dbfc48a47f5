// A Rust future yields `Pending` while it waits: awaiting one needs a coroutine whose yield
// type is `Pending` (`#[coroutine(future)]`).
use coro_core::await_;

#[coro_core::coroutine(yield = u32)]
fn waits() -> u32 {
    await_!(core::future::ready(1))
}

fn main() {
    let _ = waits();
}
