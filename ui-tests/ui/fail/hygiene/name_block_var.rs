// The resume closure's block variable is invisible to the body. (The loop's local, kept across
// its yield, is typed only by the loop's start: the body takes the block enum, which has that
// variable.)
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    loop {
        let n = 1;
        yield_!(n);
        yield_!(n);
        let _ = __coro_blk;
    }
}

fn main() {
    let _ = numbers();
}
