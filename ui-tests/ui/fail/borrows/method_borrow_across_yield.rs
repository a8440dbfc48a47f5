// A borrow through a method (`as_str`) of a local kept across a suspension.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = usize)]
fn lengths() {
    let owned = String::from("hello");
    let s = owned.as_str();
    yield_!(1);
    yield_!(s.len());
}

fn main() {
    let _ = lengths();
}
