// The holders of the labeled-block layout are invisible to the body: `__coro_h1` holds `n`
// between the `match` on the state and the code after the first yield.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers(flag: bool) {
    if flag {
        let n = 2;
        yield_!(n);
        yield_!(n + __coro_h1);
    }
}

fn main() {
    let _ = numbers(true);
}
