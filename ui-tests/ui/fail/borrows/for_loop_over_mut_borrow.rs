// `for` loops over `&mut local` and `local.iter()` that suspend inside: one error each, at the
// borrow, naming the fix.
use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn doubled() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x *= 2;
        yield_!(*x);
    }
}

#[coro_core::coroutine(generator, yield = u32)]
fn listed() {
    let v = vec![1, 2, 3];
    for x in v.iter() {
        yield_!(*x);
    }
}

fn main() {
    let _ = doubled();
    let _ = listed();
}
