// The resume closure's block variable is invisible to the body. (The end of the `if` goes back
// to the loop's start with no suspension between: the body takes the block enum, which has
// that variable.)
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers(k: u32) {
    for i in 0..k {
        if i % 2 == 0 {
            yield_!(i);
        }
        let _ = __coro_blk;
    }
}

fn main() {
    let _ = numbers(4);
}
