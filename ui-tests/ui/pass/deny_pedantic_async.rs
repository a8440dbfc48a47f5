// The async markers (`async_for!`, `async_with!`) and kinds (`future`, `async_generator`)
// compile without a warning under `#![deny(warnings, clippy::pedantic)]`;
// `tests/pedantic_async.rs` runs clippy over the same file.
#![deny(warnings, clippy::pedantic)]

use coro_core::{
    AsyncContextManager, AsyncGenerator, Caught, Coroutine, Pending, Step, async_for, async_with,
    await_, try_, yield_,
};

/// The error type of these coroutines.
#[derive(Debug, PartialEq, Eq)]
pub struct Oops(pub u32);

/// Items `0..n`, each after awaiting a ready Rust future.
#[coro_core::coroutine(async_generator, yield = u32, error = Oops)]
fn items(n: u32) {
    for i in 0..n {
        let v = await_!(core::future::ready(i));
        yield_!(v);
    }
}

/// A manager that counts how often it was entered and left.
pub struct Counted {
    entered: u32,
}

#[coro_core::coroutine(future, error = Oops)]
fn enter(n: u32) -> u32 {
    n + 1
}

#[coro_core::coroutine(future, error = Oops)]
fn leave(suppress: bool) -> bool {
    suppress
}

impl AsyncContextManager for Counted {
    type Value = u32;
    type Yield = Pending;
    type Send = ();
    type Error = Oops;

    fn aenter(
        &mut self,
    ) -> impl Coroutine<Yield = Pending, Send = (), Return = u32, Error = Oops> + use<> {
        self.entered += 1;
        enter(self.entered)
    }

    fn aexit(
        &mut self,
        error: Option<&Caught<Oops>>,
    ) -> impl Coroutine<Yield = Pending, Send = (), Return = bool, Error = Oops> + use<> {
        leave(matches!(error, Some(Caught::Error(Oops(1)))))
    }
}

/// Sums the items inside a managed block; an `Oops(1)` raised inside is suppressed.
#[coro_core::coroutine(future, error = Oops)]
fn total(n: u32) -> u32 {
    let mut sum = 0;
    async_with!(let base = (Counted { entered: 0 }) {
        async_for!('outer: x in items(n) {
            if x == 1 {
                continue 'outer;
            }
            sum += x + base;
        });
        try_! {
            { Err(Oops(1))? }
            finally { sum += 100; }
        }
    });
    sum
}

pub fn main() {
    let mut f = total(3);
    assert_eq!(f.start(), Ok(Step::Complete(6 + 100)));
    let mut g = items(2);
    assert_eq!(g.asend(()).start(), Ok(Step::Complete(Some(0))));
    assert_eq!(g.aclose().start(), Ok(Step::Complete(())));
}
