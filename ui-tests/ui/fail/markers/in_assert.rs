// A marker inside `assert!`'s condition.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, send = bool)]
fn checked() {
    assert!(yield_!(1), "the caller must send true");
}

fn main() {
    let _ = checked();
}
