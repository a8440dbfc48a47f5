// The caller throws a value of another type than the declared error type.
use coro_core::{Coroutine, yield_};

#[derive(Debug)]
struct MyError;

#[coro_core::coroutine(yield = u32, error = MyError)]
fn numbers() {
    yield_!(1);
}

fn main() {
    let mut c = numbers();
    let _ = c.start();
    let _ = c.throw("oops");
}
