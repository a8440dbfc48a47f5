// The `for` loops the borrow check of the attribute must accept: over a borrowed argument,
// over an owned local, over indices, and over a borrow of a local that ends before the
// suspension.
#![deny(warnings)]

use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn over_argument(v: &[u32]) {
    for x in v {
        yield_!(*x);
    }
    for x in v.iter() {
        yield_!(*x);
    }
}

#[coro_core::coroutine(generator, yield = u32)]
fn over_owned() {
    let v = vec![1, 2];
    for x in v.clone() {
        yield_!(x);
    }
    for i in 0..v.len() {
        yield_!(v[i]);
    }
    let mut total = 0;
    for x in &v {
        total += x;
    }
    yield_!(total);
    for x in v {
        yield_!(x);
    }
}

fn main() {
    assert_eq!(over_argument(&[1, 2]).collect::<Vec<_>>(), [1, 2, 1, 2]);
    assert_eq!(over_owned().collect::<Vec<_>>(), [1, 2, 1, 2, 3, 1, 2]);
}
