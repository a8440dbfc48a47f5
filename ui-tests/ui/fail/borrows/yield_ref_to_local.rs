// A reference into the coroutine's own state yielded out.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = &'a u32)]
fn refs<'a>(_anchor: &'a u32) {
    let x = 5;
    yield_!(&x);
}

fn main() {
    let _ = refs(&1);
}
