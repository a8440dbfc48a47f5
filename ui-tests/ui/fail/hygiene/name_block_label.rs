// The labels of the labeled-block layout are invisible to the body: `'__coro_b2` is the end of
// the `if`, where the body's jump would go.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers(flag: bool) {
    if flag {
        let n = 2;
        yield_!(n);
        break '__coro_b2;
    }
}

fn main() {
    let _ = numbers(true);
}
