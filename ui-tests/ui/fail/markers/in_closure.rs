// A marker inside a closure: the closure runs in its own frame, which cannot suspend.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers(values: Vec<u32>) {
    values.iter().for_each(|v| {
        yield_!(*v);
    });
}

fn main() {
    let _ = numbers(vec![1, 2]);
}
