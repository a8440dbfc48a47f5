// The unstable `yield` keyword instead of the `yield_!` marker.
#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let _ = yield 1;
}

fn main() {
    let _ = numbers();
}
