// A marker in a match guard: the guard cannot suspend between the pattern and the arm.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, send = bool)]
fn choose(x: Option<u32>) -> u32 {
    match x {
        Some(v) if yield_!(v) => v,
        _ => 0,
    }
}

fn main() {
    let _ = choose(Some(1));
}
