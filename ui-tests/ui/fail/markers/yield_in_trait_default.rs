// A marker in a closure inside a trait method's default body: reported like in a free function.
use coro_core::yield_;

trait Numbers {
    #[coro_core::coroutine(generator, yield = u32)]
    fn numbers(&self) {
        let f = || yield_!(1);
        f();
    }
}

fn main() {}
