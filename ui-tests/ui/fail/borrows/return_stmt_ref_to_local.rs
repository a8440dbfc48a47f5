// A `return` of a borrow into a local, and a yielded borrow made by a method: one error each,
// at the user's expression.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32)]
fn first<'a>(_anchor: &'a u32) -> &'a u32 {
    let v = vec![1, 2, 3];
    yield_!(1);
    return &v[0];
}

#[coro_core::coroutine(generator, yield = &'a str)]
fn names<'a>(_anchor: &'a str) {
    let s = String::from("a");
    yield_!(s.as_str());
}

fn main() {
    let _ = first(&1);
    let _ = names("b");
}
