use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
unsafe fn numbers(p: *const u32) {
    yield_!(unsafe { *p });
}

fn main() {
    let _ = unsafe { numbers(&1) };
}
