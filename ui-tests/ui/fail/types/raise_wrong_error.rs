// Raising an error value of the wrong type with `Err(..)?`.
use coro_core::yield_;

#[derive(Debug)]
struct MyError;

#[coro_core::coroutine(yield = u32, send = u32, error = MyError)]
fn checked() {
    let v = yield_!(0);
    if v > 10 {
        Err("too big")?;
    }
}

fn main() {
    let _ = checked();
}
