// A match binding that shadows a local kept across a later suspension, in an arm that suspends.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers(o: Option<u32>) {
    let x = 1;
    match o {
        Some(x) => {
            yield_!(x);
        }
        None => {}
    }
    yield_!(x);
}

fn main() {
    let _ = numbers(Some(2));
}
