// A misuse inside the body is one error: the function keeps its coroutine signature, so the
// callers below (which use every protocol method and iterate it) type-check without errors.
use coro_core::{Coroutine, Step, yield_};

#[coro_core::coroutine(generator, yield = u32)]
fn numbers(values: Vec<u32>) {
    values.iter().for_each(|v| {
        yield_!(*v);
    });
}

#[coro_core::coroutine(yield = u32, send = u32)]
fn total() -> u32 {
    let x = yield_!(0);
    println!("{}", yield_!(x));
    x
}

fn main() {
    let sum: u32 = numbers(vec![1, 2]).sum();
    let mut t = total();
    let first: Step<u32, u32> = t.start().unwrap();
    let _ = (sum, first, t.send(1), t.close());
}
