//! Rust's native coroutines: `#[coroutine]` closures and `core::ops::Coroutine`, nightly-only
//! language features (crate feature `native`, built with `RUSTC_BOOTSTRAP=1`). Non-`static`
//! coroutines are `Unpin`, so they are resumed with `Pin::new(&mut c)`, nothing allocated.

use core::hint::black_box;
use core::mem::size_of_val;
use core::ops::{Coroutine, CoroutineState};
use core::pin::Pin;

use crate::{Guard, Implementation, Kib, Sizes, by_depth, create_drop_with};

pub const IMPLEMENTATION: Implementation = Implementation {
    name: "native",
    count,
    echo: Some(echo),
    delegate: Some(delegate),
    delegate_returns: true,
    create_drop,
    sizes,
    note: "nightly language feature (RUSTC_BOOTSTRAP=1)",
};

fn counter(n: u64) -> impl Coroutine<Yield = u64, Return = u64> + Unpin {
    #[coroutine]
    move || {
        for i in 0..n {
            yield i;
        }
        n
    }
}

fn drain(mut g: impl Coroutine<Yield = u64, Return = u64> + Unpin) -> u64 {
    let mut sum = 0u64;
    loop {
        match Pin::new(&mut g).resume(()) {
            CoroutineState::Yielded(v) => sum = sum.wrapping_add(black_box(v)),
            CoroutineState::Complete(r) => return sum.wrapping_add(r),
        }
    }
}

fn count(n: u64) -> u64 {
    drain(counter(n)).wrapping_sub(n)
}

fn echo(n: u64) -> u64 {
    // The first resume argument is the closure's argument; `yield` evaluates to the others.
    let mut c = #[coroutine]
    |first: u64| {
        let mut total = first;
        loop {
            total += yield total;
        }
    };
    let CoroutineState::Yielded(first) = Pin::new(&mut c).resume(0) else {
        unreachable!()
    };
    let mut sum = black_box(first);
    for i in 1..=n {
        match Pin::new(&mut c).resume(i) {
            CoroutineState::Yielded(total) => sum = sum.wrapping_add(black_box(total)),
            CoroutineState::Complete(()) => unreachable!(),
        }
    }
    sum
}

/// Native coroutines have no `yield from` either: a level forwards each value.
fn level(
    mut inner: impl Coroutine<Yield = u64, Return = u64> + Unpin,
) -> impl Coroutine<Yield = u64, Return = u64> + Unpin {
    #[coroutine]
    move || {
        loop {
            let step = Pin::new(&mut inner).resume(());
            match step {
                CoroutineState::Yielded(v) => yield v,
                CoroutineState::Complete(r) => return r + 1,
            }
        }
    }
}

fn delegate(depth: usize, n: u64) -> u64 {
    by_depth(
        depth,
        || drain(level(counter(n))),
        || drain(level(level(level(counter(n))))),
        || {
            drain(level(level(level(level(level(level(level(level(
                level(level(counter(n))),
            )))))))))
        },
    )
}

fn create_drop(cycles: u64) -> u64 {
    create_drop_with(cycles, |seed| {
        let mut c = #[coroutine]
        move || {
            let _g = Guard(seed);
            let mut i = seed;
            loop {
                yield i;
                i += 1;
            }
        };
        let mut next = || match Pin::new(&mut c).resume(()) {
            CoroutineState::Yielded(v) => v,
            CoroutineState::Complete(()) => unreachable!(),
        };
        next() + next() + next()
    })
}

fn next<C: Coroutine<Yield = u64, Return = ()> + Unpin>(c: &mut C) -> Option<u64> {
    match Pin::new(c).resume(()) {
        CoroutineState::Yielded(v) => Some(v),
        CoroutineState::Complete(()) => None,
    }
}

fn suspended_size(mut c: impl Coroutine<Yield = u64, Return = ()> + Unpin) -> usize {
    assert_eq!(next(&mut c), Some(1));
    let size = size_of_val(&c);
    assert_eq!(
        (next(&mut c), next(&mut c), next(&mut c)),
        (Some(3), Some(5), None)
    );
    size
}

fn sizes() -> Sizes {
    let one_body = #[coroutine]
    || {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x = black_box([1u8; 1024]);
        yield a;
        let y = black_box([2u8; 1024]);
        yield b + u64::from(x[3]);
        yield a + b + u64::from(y[5]);
    };
    let moved = #[coroutine]
    || {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x = Kib(black_box([1u8; 1024]));
        yield a;
        let x3 = Kib::consume(x);
        let y = black_box([2u8; 1024]);
        yield b + x3;
        yield a + b + u64::from(y[5]);
    };
    let own_blocks = #[coroutine]
    || {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x3 = {
            let x = black_box([1u8; 1024]);
            yield a;
            u64::from(x[3])
        };
        let y5 = {
            let y = black_box([2u8; 1024]);
            yield b + x3;
            u64::from(y[5])
        };
        yield a + b + y5;
    };
    Sizes {
        one_body: suspended_size(one_body),
        own_blocks: suspended_size(own_blocks),
        moved: suspended_size(moved),
        note: "inline",
    }
}
