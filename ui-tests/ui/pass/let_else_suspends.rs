// A marker in the `else` block of `let ... else` (the block must still diverge).
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
    assert_eq!(numbers(None).collect::<Vec<_>>(), [0]);
    assert_eq!(numbers(Some(7)).collect::<Vec<_>>(), [7]);
}
