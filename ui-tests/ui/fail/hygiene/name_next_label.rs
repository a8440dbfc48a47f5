// The generated loop label is invisible to the body. (The loop's local, kept across its yield,
// is typed only by the loop's start: the body takes the block enum and its dispatch loop.)
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    loop {
        let n = 1;
        yield_!(n);
        yield_!(n);
        break '__coro_next;
    }
}

fn main() {
    let _ = numbers();
}
