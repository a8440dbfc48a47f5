// The attribute on a closure (through a `let`): it applies to functions only.
fn main() {
    #[coro_core::coroutine(generator, yield = u32)]
    let f = || 1;
    let _ = f;
}
