// The `catch` pattern is matched against the declared error type.
use coro_core::{try_, yield_};

#[derive(Debug)]
struct E(u32);

#[coro_core::coroutine(generator, yield = u32, error = E)]
fn numbers() {
    try_! {
        { yield_!(1); }
        catch (Some(code)) { yield_!(code); }
    }
}

fn main() {
    let _ = numbers();
}
