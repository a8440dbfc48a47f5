// `?` on a `Result` while the coroutine declares no error type.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32)]
fn parse(text: &str) {
    let n: u32 = text.parse()?;
    yield_!(n);
}

fn main() {
    let _ = parse("1");
}
