// The generated loop label is invisible to the body.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    loop {
        yield_!(1);
        break '__coro_next;
    }
}

fn main() {
    let _ = numbers();
}
