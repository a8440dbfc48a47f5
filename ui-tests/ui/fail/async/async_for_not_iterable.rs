// Something that is neither an async iterator nor a `Stream` cannot be iterated: the error
// points at it and names what works.
use coro_core::async_for;

#[coro_core::coroutine(future)]
fn not_iterable(n: u32) -> u32 {
    let mut total = 0;
    async_for!(x in n {
        total += x;
    });
    total
}

fn main() {
    let _ = not_iterable(3);
}
