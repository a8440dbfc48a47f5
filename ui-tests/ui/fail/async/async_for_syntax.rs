// `async_for!` reads like `for`: a pattern, `in`, the iterable, the body.
use coro_core::async_for;

#[coro_core::coroutine(future)]
fn missing_in(items: Vec<u32>) {
    async_for!(x of items {
        let _ = x;
    });
}

fn main() {
    let _ = missing_in(Vec::new());
}
