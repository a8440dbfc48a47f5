// An iterator over a local kept across a suspension.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    while let Some(x) = it.next() {
        yield_!(*x);
    }
}

fn main() {
    let _ = numbers();
}
