// The runtime crate under another name, named through `crate = "..."`, with the attribute
// and the markers imported and called by path from the renamed crate.
//
// Cargo refuses a second dependency on `coro-core` under another name in ui-tests' manifest
// ("depends on crate `coro-core` multiple times with different names"), so the rename is made
// here: a root `extern crate .. as ..` puts `coro_renamed` in the extern prelude, where
// `::coro_renamed` resolves exactly as a dependency renamed in Cargo.toml would. That the
// expansion then never names `coro_core` is checked by `coro-macros`' unit tests.
#![deny(warnings)]

extern crate coro_core as coro_renamed;

use coro_renamed::{Coroutine, Step, yield_};

#[coro_renamed::coroutine(generator, yield = u32, crate = "::coro_renamed")]
fn numbers(n: u32) {
    for i in 0..n {
        yield_!(i);
    }
}

#[coro_renamed::coroutine(yield = u32, send = u32, error = String, crate = "coro_renamed")]
fn adder() -> u32 {
    let mut total = 0;
    loop {
        let x = coro_renamed::yield_!(total);
        if x == 0 {
            return total;
        }
        if x > 100 {
            Err(format!("{x} is too big"))?;
        }
        total += x;
    }
}

#[coro_renamed::coroutine(generator, yield = u32, crate = "::coro_renamed")]
fn delegating() {
    coro_renamed::yield_from!(numbers(2));
    coro_renamed::try_! {
        { yield_!(9); }
        finally { }
    }
}

fn main() {
    assert_eq!(numbers(3).collect::<Vec<_>>(), [0, 1, 2]);
    let mut a = adder();
    assert_eq!(a.start(), Ok(Step::Yielded(0)));
    assert_eq!(a.send(5), Ok(Step::Yielded(5)));
    assert_eq!(a.send(0), Ok(Step::Complete(5)));
    assert_eq!(delegating().collect::<Vec<_>>(), [0, 1, 9]);
}
