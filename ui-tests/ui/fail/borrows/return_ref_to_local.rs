// A reference into the coroutine's own state returned out.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32)]
fn refs<'a>(_anchor: &'a u32) -> &'a u32 {
    let x = 5;
    yield_!(1);
    &x
}

fn main() {
    let _ = refs(&1);
}
