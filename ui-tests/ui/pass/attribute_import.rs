// The attribute imported under another name (a bare `#[coroutine]` import is ambiguous with
// rustc's built-in attribute, see the README), and markers called by their full path without
// an import.
#![deny(warnings)]

use coro_core::coroutine as coro;

#[coro(generator, yield = u32)]
fn numbers() {
    coro_core::yield_!(1);
    let _ = coro_core::yield_catch!(2);
    coro_core::yield_from!(more());
}

#[coro(generator, yield = u32)]
fn more() {
    ::coro_core::yield_!(3);
}

fn main() {
    assert_eq!(numbers().collect::<Vec<_>>(), [1, 2, 3]);
}
