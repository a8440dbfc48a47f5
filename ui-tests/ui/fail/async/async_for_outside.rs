// `async_for!` outside a `#[coroutine]` function explains itself.
use coro_core::async_for;

fn main() {
    async_for!(x in std::iter::empty::<u32>() {
        let _ = x;
    });
}
