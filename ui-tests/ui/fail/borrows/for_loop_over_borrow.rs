// A `for` loop over a borrow of a local: the loop's iterator is kept across the suspension.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let v = vec![1, 2, 3];
    for x in &v {
        yield_!(*x);
    }
}

fn main() {
    let _ = numbers();
}
