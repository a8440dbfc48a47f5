// The `catch_all` binding is a `Caught<E>`, not the error itself.
use coro_core::{try_, yield_};

#[derive(Debug)]
struct E(u32);

#[coro_core::coroutine(generator, yield = u32, error = E)]
fn numbers() {
    try_! {
        { yield_!(1); }
        catch_all (c) { yield_!(c.0); }
    }
}

fn main() {
    let _ = numbers();
}
