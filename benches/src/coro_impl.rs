//! coro: `#[coro_core::coroutine]` functions, driven through `Iterator` (generators) and the
//! `Coroutine` protocol (`start` / `send`).

use core::hint::black_box;
use core::mem::size_of_val;

use core::convert::Infallible;

use coro_core::{Coroutine, Step, yield_, yield_from};

use crate::{Guard, Implementation, Kib, Sizes, create_drop_with};

pub const IMPLEMENTATION: Implementation = Implementation {
    name: "coro",
    count,
    echo: Some(echo),
    delegate: Some(delegate),
    delegate_returns: true,
    create_drop,
    sizes,
    note: "",
};

#[coro_core::coroutine(generator, yield = u64)]
fn counter(n: u64) {
    for i in 0..n {
        yield_!(i);
    }
}

fn count(n: u64) -> u64 {
    let mut sum = 0u64;
    for v in counter(n) {
        sum = sum.wrapping_add(black_box(v));
    }
    sum
}

#[coro_core::coroutine(yield = u64, send = u64)]
fn echoer() {
    let mut total = 0;
    loop {
        total += yield_!(total);
    }
}

fn echo(n: u64) -> u64 {
    let mut c = echoer();
    let Ok(Step::Yielded(first)) = c.start() else {
        unreachable!()
    };
    let mut sum = black_box(first);
    for i in 1..=n {
        match c.send(i) {
            Ok(Step::Yielded(total)) => sum = sum.wrapping_add(black_box(total)),
            _ => unreachable!(),
        }
    }
    sum
}

/// The leaf of the `delegate` workload: `0..n`, returning `n`.
#[coro_core::coroutine(generator, yield = u64)]
pub fn leaf(n: u64) -> u64 {
    for i in 0..n {
        yield_!(i);
    }
    n
}

// ---------------------------------------------------------------------------------------------
// delegate: each level delegates to the one below with `yield_from!` and returns its value + 1.

#[coro_core::coroutine(generator, yield = u64)]
fn level<C>(inner: C) -> u64
where
    C: Coroutine<Yield = u64, Send = (), Return = u64, Error = Infallible>,
{
    yield_from!(inner) + 1
}

fn drain(mut g: impl Coroutine<Yield = u64, Send = (), Return = u64>) -> u64 {
    let mut sum = 0u64;
    loop {
        match g.send(()) {
            Ok(Step::Yielded(v)) => sum = sum.wrapping_add(black_box(v)),
            Ok(Step::Complete(r)) => return sum.wrapping_add(r),
            Err(_) => return sum,
        }
    }
}

fn delegate(depth: usize, n: u64) -> u64 {
    crate::by_depth(
        depth,
        || drain(level(leaf(n))),
        || drain(level(level(level(leaf(n))))),
        || {
            drain(level(level(level(level(level(level(level(level(
                level(level(leaf(n))),
            )))))))))
        },
    )
}

#[coro_core::coroutine(generator, yield = u64)]
fn guarded(seed: u64) {
    let _g = Guard(seed);
    let mut i = seed;
    loop {
        yield_!(i);
        i += 1;
    }
}

fn create_drop(cycles: u64) -> u64 {
    create_drop_with(cycles, |seed| {
        let mut g = guarded(seed);
        let a = g.next().unwrap_or_default();
        let b = g.next().unwrap_or_default();
        let c = g.next().unwrap_or_default();
        a + b + c
    })
}

/// Two `u64` live across the yields; `x` live across the first yield only, `y` across the
/// second only; both arrays declared in the function body (`x` is still in scope, dead, at the
/// second yield).
#[coro_core::coroutine(generator, yield = u64)]
fn arrays_in_one_body() {
    let a = black_box(1u64);
    let b = black_box(2u64);
    let x = black_box([1u8; 1024]);
    yield_!(a);
    let y = black_box([2u8; 1024]);
    yield_!(b + u64::from(x[3]));
    yield_!(a + b + u64::from(y[5]));
}

/// One body, the first array moved away before the second yield.
#[coro_core::coroutine(generator, yield = u64)]
fn first_array_moved_away() {
    let a = black_box(1u64);
    let b = black_box(2u64);
    let x = Kib(black_box([1u8; 1024]));
    yield_!(a);
    let x3 = Kib::consume(x);
    let y = black_box([2u8; 1024]);
    yield_!(b + x3);
    yield_!(a + b + u64::from(y[5]));
}

/// The same with each array in its own block.
#[coro_core::coroutine(generator, yield = u64)]
fn arrays_in_own_blocks() {
    let a = black_box(1u64);
    let b = black_box(2u64);
    let x3 = {
        let x = black_box([1u8; 1024]);
        yield_!(a);
        u64::from(x[3])
    };
    let y5 = {
        let y = black_box([2u8; 1024]);
        yield_!(b + x3);
        u64::from(y[5])
    };
    yield_!(a + b + y5);
}

fn suspended_size(mut g: impl Iterator<Item = u64>) -> usize {
    assert_eq!(g.next(), Some(1));
    let size = size_of_val(&g);
    assert_eq!((g.next(), g.next(), g.next()), (Some(3), Some(5), None));
    size
}

fn sizes() -> Sizes {
    Sizes {
        one_body: suspended_size(arrays_in_one_body()),
        own_blocks: suspended_size(arrays_in_own_blocks()),
        moved: suspended_size(first_array_moved_away()),
        note: "inline",
    }
}
