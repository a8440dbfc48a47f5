// The attribute on a struct. The struct should survive the error, so code using it does not
// fail too.
#[coro_core::coroutine(generator, yield = u32)]
struct Numbers {
    n: u32,
}

fn main() {
    let numbers = Numbers { n: 1 };
    let _ = numbers.n;
}
