// `?` on an `Option` inside a coroutine.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32)]
fn first(values: Vec<u32>) {
    let v = values.first().copied()?;
    yield_!(v);
}

fn main() {
    let _ = first(vec![]);
}
