// A marker inside an `unsafe` block.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers(p: *const u32) {
    unsafe {
        yield_!(*p);
    }
}

fn main() {
    let _ = numbers(&1);
}
