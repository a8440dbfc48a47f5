// A marker inside a nested item (an impl block in the body).
use coro_core::yield_;

struct Counter;

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    impl Counter {
        fn next(&self) -> u32 {
            yield_!(1)
        }
    }
    yield_!(Counter.next());
}

fn main() {
    let _ = numbers();
}
