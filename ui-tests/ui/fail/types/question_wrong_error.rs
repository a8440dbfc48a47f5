// `?` on an error that does not convert into the coroutine's error type.
use coro_core::yield_;

#[derive(Debug)]
struct MyError;

#[coro_core::coroutine(yield = u32, error = MyError)]
fn parse(text: &str) -> u32 {
    let n: u32 = text.parse()?;
    yield_!(n);
    n
}

fn main() {
    let _ = parse("1");
}
