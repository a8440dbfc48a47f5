// `crate = "..."` naming a crate that is not a dependency.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32, crate = "::no_such_crate")]
fn numbers() {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
