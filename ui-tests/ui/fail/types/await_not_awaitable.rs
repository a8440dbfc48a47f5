use coro_core::await_;

#[coro_core::coroutine]
fn waits() -> u32 {
    let v = await_!(5u32);
    v
}

fn main() {
    let _ = waits();
}
