// A marker in the `else` block of `let ... else`.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers(x: Option<u32>) {
    let Some(v) = x else {
        yield_!(0);
        return;
    };
    yield_!(v);
}

fn main() {
    let _ = numbers(None);
}
