// A `future` coroutine yields `Pending`; a declared yield type contradicts it.
use coro_core::await_;

#[coro_core::coroutine(future, yield = u32)]
fn waits() -> u32 {
    await_!(core::future::ready(1))
}

fn main() {
    let _ = waits();
}
