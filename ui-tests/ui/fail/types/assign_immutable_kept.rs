// A top-level local hoisted by the labeled-block layout keeps its mutability: assigning an
// immutable one again is the error of the plain function, at the user's assignment.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let x = 1;
    yield_!(x);
    x = 2;
    yield_!(x);
}

fn main() {
    let _ = numbers();
}
