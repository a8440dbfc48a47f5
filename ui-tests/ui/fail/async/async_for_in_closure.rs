// A closure runs in its own frame: `async_for!` inside one cannot suspend the coroutine.
use coro_core::async_for;

#[coro_core::coroutine(future)]
fn closure_loop() {
    let f = || {
        async_for!(x in futures_like() {
            let _ = x;
        });
    };
    f();
}

fn futures_like() -> u32 {
    0
}

fn main() {
    let _ = closure_loop();
}
