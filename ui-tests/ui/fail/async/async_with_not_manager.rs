// `async_with!` needs an async context manager: the error points at the value.
use coro_core::async_with;

#[coro_core::coroutine(future)]
fn not_a_manager(n: u32) -> u32 {
    async_with!(let v = n {
        let _ = v;
    });
    n
}

fn main() {
    let _ = not_a_manager(3);
}
