// The protected body of `try_!` is a block in braces.
use coro_core::{try_, yield_};

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    try_! {
        yield_!(1);
        finally { }
    }
}

fn main() {
    let _ = numbers();
}
