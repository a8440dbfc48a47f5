// A non-`Copy` sent value bound with `let`, then an `if` that can return: the marker's
// temporary is moved into the binding and must not be kept as well (it once was, and rustc
// reported `use of moved value` at the attribute).
#![deny(warnings)]

use coro_core::{Coroutine, Step, yield_};

#[coro_core::coroutine(yield = u32, send = String)]
fn length() -> u32 {
    let text = yield_!(0);
    if text.is_empty() {
        return 0;
    }
    text.len() as u32
}

fn main() {
    let mut c = length();
    assert_eq!(c.start(), Ok(Step::Yielded(0)));
    assert_eq!(c.send(String::from("abc")), Ok(Step::Complete(3)));
}
