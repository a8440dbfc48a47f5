use coro_core::{try_, yield_};

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let f = || {
        try_! {
            { }
            finally { }
        }
    };
    f();
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
