// `clone` keeps the parameters until the coroutine starts: each must be `Clone`. The one error
// is at the parameter.
use coro_core::yield_;

struct Token;

#[coro_core::coroutine(generator, yield = u32, clone)]
fn numbers(token: Token) {
    yield_!(1);
    drop(token);
}

fn main() {
    let a = numbers(Token);
    let _b = a.clone();
}
