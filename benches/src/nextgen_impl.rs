//! next-gen: `#[generator(yield(..), resume(..))] fn`, instantiated with `mk_gen!` pinned on
//! the stack (no allocation).

use core::hint::black_box;
use core::mem::size_of_val;
use core::pin::Pin;

use next_gen::prelude::*;

use crate::{Guard, Implementation, Kib, Sizes, by_depth, create_drop_with};

pub const IMPLEMENTATION: Implementation = Implementation {
    name: "next-gen",
    count,
    echo: Some(echo),
    delegate: Some(delegate),
    delegate_returns: true,
    create_drop,
    sizes,
    note: "stack-pinned with mk_gen!",
};

#[generator(yield(u64))]
fn counter(n: u64) -> u64 {
    for i in 0..n {
        yield_!(i);
    }
    n
}

fn drain<G: Generator<(), Yield = u64, Return = u64> + ?Sized>(mut g: Pin<&mut G>) -> u64 {
    let mut sum = 0u64;
    loop {
        match g.as_mut().resume(()) {
            GeneratorState::Yielded(v) => sum = sum.wrapping_add(black_box(v)),
            GeneratorState::Returned(r) => return sum.wrapping_add(r),
        }
    }
}

fn count(n: u64) -> u64 {
    mk_gen!(let g = counter(n));
    // `drain` adds the return value, `n`.
    drain(g).wrapping_sub(n)
}

#[generator(yield(u64), resume(u64))]
fn echoer() {
    let mut total = 0u64;
    loop {
        total += yield_!(total);
    }
}

fn echo(n: u64) -> u64 {
    mk_gen!(let mut g = echoer());
    // The first resume argument is dropped, like Python's `send(None)`.
    let GeneratorState::Yielded(first) = g.as_mut().resume(0) else {
        unreachable!()
    };
    let mut sum = black_box(first);
    for i in 1..=n {
        match g.as_mut().resume(i) {
            GeneratorState::Yielded(total) => sum = sum.wrapping_add(black_box(total)),
            GeneratorState::Returned(()) => unreachable!(),
        }
    }
    sum
}

/// next-gen has no `yield from`: a level forwards each value of the level below.
#[generator(yield(u64))]
fn level<'g, G: Generator<(), Yield = u64, Return = u64> + ?Sized + 'g>(
    inner: Pin<&'g mut G>,
) -> u64 {
    let mut inner = inner;
    loop {
        let step = inner.as_mut().resume(());
        match step {
            GeneratorState::Yielded(v) => yield_!(v),
            GeneratorState::Returned(r) => return r + 1,
        }
    }
}

macro_rules! nested {
    ($n:expr; $first:ident $(, $rest:ident)*) => {{
        mk_gen!(let $first = counter($n));
        $( mk_gen!(let $rest = level($first)); let $first = $rest; )*
        drain($first)
    }};
}

fn delegate(depth: usize, n: u64) -> u64 {
    by_depth(
        depth,
        || nested!(n; g, l1),
        || nested!(n; g, l1, l2, l3),
        || nested!(n; g, l1, l2, l3, l4, l5, l6, l7, l8, l9, l10),
    )
}

#[generator(yield(u64))]
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
        mk_gen!(let mut g = guarded(seed));
        let mut next = || match g.as_mut().resume(()) {
            GeneratorState::Yielded(v) => v,
            GeneratorState::Returned(()) => unreachable!(),
        };
        next() + next() + next()
    })
}

#[generator(yield(u64))]
fn arrays_in_one_body() {
    let a = black_box(1u64);
    let b = black_box(2u64);
    let x = black_box([1u8; 1024]);
    yield_!(a);
    let y = black_box([2u8; 1024]);
    yield_!(b + u64::from(x[3]));
    yield_!(a + b + u64::from(y[5]));
}

#[generator(yield(u64))]
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

#[generator(yield(u64))]
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

fn suspended_size<G: Generator<(), Yield = u64, Return = ()> + ?Sized>(
    mut g: Pin<&mut G>,
) -> usize {
    assert_eq!(g.as_mut().resume(()), GeneratorState::Yielded(1));
    let size = size_of_val(&*g);
    assert_eq!(g.as_mut().resume(()), GeneratorState::Yielded(3));
    assert_eq!(g.as_mut().resume(()), GeneratorState::Yielded(5));
    assert_eq!(g.as_mut().resume(()), GeneratorState::Returned(()));
    size
}

fn sizes() -> Sizes {
    mk_gen!(let one_body = arrays_in_one_body());
    mk_gen!(let own_blocks = arrays_in_own_blocks());
    mk_gen!(let moved = first_array_moved_away());
    Sizes {
        one_body: suspended_size(one_body),
        own_blocks: suspended_size(own_blocks),
        moved: suspended_size(moved),
        note: "inline (stack-pinned)",
    }
}
