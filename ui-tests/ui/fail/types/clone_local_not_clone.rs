// `clone` asks for a `Clone` coroutine: every local kept across a suspension must be `Clone`.
use coro_core::yield_;

struct Token;

#[coro_core::coroutine(generator, yield = u32, clone)]
fn numbers() {
    let token = Token;
    yield_!(1);
    drop(token);
}

fn main() {
    let a = numbers();
    let _b = a.clone();
}
