//! genawaiter, its `rc` flavour (`Gen::new(|co| async move { ... co.yield_(v).await ... })`):
//! the returnable one; the future lives in a `Box`, the resume slot in an `Rc`.

use core::future::Future;
use core::hint::black_box;
use core::mem::{size_of, size_of_val};

use genawaiter::GeneratorState;
use genawaiter::rc::Gen;

use crate::{Guard, Implementation, Kib, Sizes, by_depth, create_drop_with};

pub const IMPLEMENTATION: Implementation = Implementation {
    name: "genawaiter",
    count,
    echo: Some(echo),
    delegate: Some(delegate),
    delegate_returns: true,
    create_drop,
    sizes,
    note: "rc::Gen: the future is boxed, the airlock is an Rc (two allocations per coroutine)",
};

fn count(n: u64) -> u64 {
    let mut g = Gen::new(|co| async move {
        for i in 0..n {
            co.yield_(i).await;
        }
    });
    let mut sum = 0u64;
    while let GeneratorState::Yielded(v) = g.resume() {
        sum = sum.wrapping_add(black_box(v));
    }
    sum
}

fn echo(n: u64) -> u64 {
    let mut g = Gen::new(|co| async move {
        let mut total = 0u64;
        loop {
            total += co.yield_(total).await;
        }
    });
    // genawaiter drops the first resume argument, like Python's `send(None)`.
    let GeneratorState::Yielded(first) = g.resume_with(0) else {
        unreachable!()
    };
    let mut sum = black_box(first);
    for i in 1..=n {
        match g.resume_with(i) {
            GeneratorState::Yielded(total) => sum = sum.wrapping_add(black_box(total)),
            GeneratorState::Complete(()) => unreachable!(),
        }
    }
    sum
}

fn leaf(n: u64) -> Gen<u64, (), impl Future<Output = u64>> {
    Gen::new(move |co| async move {
        for i in 0..n {
            co.yield_(i).await;
        }
        n
    })
}

/// genawaiter has no `yield from`: a level forwards each value of the level below.
fn level<F: Future<Output = u64>>(
    mut inner: Gen<u64, (), F>,
) -> Gen<u64, (), impl Future<Output = u64>> {
    Gen::new(move |co| async move {
        loop {
            match inner.resume() {
                GeneratorState::Yielded(v) => co.yield_(v).await,
                GeneratorState::Complete(r) => return r + 1,
            }
        }
    })
}

fn drain<F: Future<Output = u64>>(mut g: Gen<u64, (), F>) -> u64 {
    let mut sum = 0u64;
    loop {
        match g.resume() {
            GeneratorState::Yielded(v) => sum = sum.wrapping_add(black_box(v)),
            GeneratorState::Complete(r) => return sum.wrapping_add(r),
        }
    }
}

fn delegate(depth: usize, n: u64) -> u64 {
    by_depth(
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

fn create_drop(cycles: u64) -> u64 {
    create_drop_with(cycles, |seed| {
        let mut g = Gen::new(|co| async move {
            let _g = Guard(seed);
            let mut i = seed;
            loop {
                co.yield_(i).await;
                i += 1;
            }
        });
        let mut next = || match g.resume() {
            GeneratorState::Yielded(v) => v,
            GeneratorState::Complete(()) => unreachable!(),
        };
        next() + next() + next()
    })
}

/// The inline handle and the boxed future, which holds the locals.
fn suspended_size<F: Future<Output = ()>>(mut g: Gen<u64, (), F>) -> usize {
    assert_eq!(g.resume(), GeneratorState::Yielded(1));
    let size = size_of_val(&g) + size_of::<F>();
    assert_eq!(g.resume(), GeneratorState::Yielded(3));
    assert_eq!(g.resume(), GeneratorState::Yielded(5));
    assert_eq!(g.resume(), GeneratorState::Complete(()));
    size
}

fn sizes() -> Sizes {
    let one_body = Gen::new(|co| async move {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x = black_box([1u8; 1024]);
        co.yield_(a).await;
        let y = black_box([2u8; 1024]);
        co.yield_(b + u64::from(x[3])).await;
        co.yield_(a + b + u64::from(y[5])).await;
    });
    let moved = Gen::new(|co| async move {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x = Kib(black_box([1u8; 1024]));
        co.yield_(a).await;
        let x3 = Kib::consume(x);
        let y = black_box([2u8; 1024]);
        co.yield_(b + x3).await;
        co.yield_(a + b + u64::from(y[5])).await;
    });
    let own_blocks = Gen::new(|co| async move {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x3 = {
            let x = black_box([1u8; 1024]);
            co.yield_(a).await;
            u64::from(x[3])
        };
        let y5 = {
            let y = black_box([2u8; 1024]);
            co.yield_(b + x3).await;
            u64::from(y[5])
        };
        co.yield_(a + b + y5).await;
    });
    Sizes {
        one_body: suspended_size(one_body),
        own_blocks: suspended_size(own_blocks),
        moved: suspended_size(moved),
        note: "handle + boxed future (+ an Rc airlock not counted)",
    }
}
