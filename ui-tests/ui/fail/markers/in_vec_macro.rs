// A marker nested inside `vec![..]`, deep in its arguments.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, send = u32)]
fn collect() -> Vec<u32> {
    vec![1, (yield_!(2) + 1)]
}

fn main() {
    let _ = collect();
}
