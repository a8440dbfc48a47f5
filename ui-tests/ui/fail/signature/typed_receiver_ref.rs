use coro_core::yield_;

struct Counter(u32);

impl Counter {
    #[coro_core::coroutine(generator, yield = u32)]
    fn count(self: &Self) {
        yield_!(self.0);
    }
}

fn main() {
    let _ = Counter(1).count();
}
