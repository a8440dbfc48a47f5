// Generated code must name the runtime and the standard library through absolute paths only:
// dummy `core`, `std` and `coro_core` modules, and items named like prelude items (`Option`,
// `Some`, `Result`, `Ok`, `Err`, `Box`, `Iterator`, `From`, `Clone`, `drop`, macros named
// `unreachable` and `compile_error`), do not change what the expansion means.
#![deny(warnings)]
#![allow(dead_code, non_camel_case_types, unused_macros)]

use ::coro_core::{Coroutine, Step, yield_};

mod core {}
mod std {}
mod coro_core {}
mod __private {}

struct Option;
struct Result;
struct Box;
struct Iterator;
struct From;
struct Clone;
struct Infallible;
struct Machine;
enum Step2 {}
fn drop() {}
fn replace() {}
macro_rules! unreachable {
    () => {
        "not the real unreachable"
    };
}
macro_rules! compile_error {
    ($($t:tt)*) => {};
}

#[::coro_core::coroutine(generator, yield = u32, send = u32, clone)]
fn counter(limit: u32) -> u32 {
    let mut total = 0;
    for i in 0..limit {
        match i % 2 {
            0 => total += yield_!(i),
            _ => total += 1,
        }
    }
    total
}

#[::coro_core::coroutine(generator, yield = u32)]
fn iterate() {
    for i in 0..3 {
        yield_!(i);
    }
}

fn main() {
    let _ = unreachable!();
    let mut c = counter(4);
    assert_eq!(c.start(), Ok(Step::Yielded(0)));
    assert_eq!(c.send(10), Ok(Step::Yielded(2)));
    assert_eq!(c.send(100), Ok(Step::Complete(112)));
    let v: ::std::vec::Vec<u32> = ::core::iter::Iterator::collect(iterate());
    assert_eq!(v, [0, 1, 2]);
}
