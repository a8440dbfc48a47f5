// Values computed from borrows of locals, and borrows of arguments, may be yielded and returned.
#![deny(warnings)]

use coro_core::yield_;

fn total(v: &[u32]) -> u32 {
    v.iter().sum()
}

#[coro_core::coroutine(generator, yield = u32)]
fn sums() -> u32 {
    let v = vec![1, 2, 3];
    yield_!(total(&v));
    yield_!(v.iter().sum());
    let first = *v.first().unwrap_or(&0);
    yield_!(first);
    v.len() as u32
}

#[coro_core::coroutine(generator, yield = &'a str)]
fn words<'a>(text: &'a str) -> &'a str {
    let t = text;
    yield_!(t);
    yield_!(text.trim());
    &text[1..]
}

fn main() {
    assert_eq!(sums().collect::<Vec<_>>(), [6, 6, 1]);
    assert_eq!(words(" ab").collect::<Vec<_>>(), [" ab", "ab"]);
}
