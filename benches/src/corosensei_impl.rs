//! corosensei: stackful coroutines (`Coroutine::new(|yielder, input| ...)`), each on its own
//! mmap'd stack (`DefaultStack`, 1 MiB); dropping a suspended one unwinds its stack.

use core::hint::black_box;
use core::mem::size_of_val;

use corosensei::{Coroutine, CoroutineResult, Yielder};

use crate::{DEPTHS, Guard, Implementation, Kib, Sizes, create_drop_with};

pub const IMPLEMENTATION: Implementation = Implementation {
    name: "corosensei",
    count,
    echo: Some(echo),
    delegate: Some(delegate),
    delegate_returns: true,
    create_drop,
    sizes,
    note: "stackful: each coroutine maps its own stack; drop while suspended unwinds it",
};

type Gen = Coroutine<(), u64, u64>;

fn counter(n: u64) -> Gen {
    Coroutine::new(move |y: &Yielder<(), u64>, ()| {
        for i in 0..n {
            y.suspend(i);
        }
        n
    })
}

fn drain(mut g: Gen) -> u64 {
    let mut sum = 0u64;
    loop {
        match g.resume(()) {
            CoroutineResult::Yield(v) => sum = sum.wrapping_add(black_box(v)),
            CoroutineResult::Return(r) => return sum.wrapping_add(r),
        }
    }
}

fn count(n: u64) -> u64 {
    drain(counter(n)).wrapping_sub(n)
}

fn echo(n: u64) -> u64 {
    let mut c = Coroutine::new(|y: &Yielder<u64, u64>, first: u64| {
        let mut total = first;
        loop {
            total += y.suspend(total);
        }
    });
    let CoroutineResult::Yield(first) = c.resume(0) else {
        unreachable!()
    };
    let mut sum = black_box(first);
    for i in 1..=n {
        match c.resume(i) {
            CoroutineResult::Yield(total) => sum = sum.wrapping_add(black_box(total)),
            CoroutineResult::Return(()) => unreachable!(),
        }
    }
    sum
}

/// A level resumes the level below on its own stack and forwards each value.
fn level(mut inner: Gen) -> Gen {
    Coroutine::new(move |y: &Yielder<(), u64>, ()| {
        loop {
            match inner.resume(()) {
                CoroutineResult::Yield(v) => y.suspend(v),
                CoroutineResult::Return(r) => return r + 1,
            }
        }
    })
}

fn delegate(depth: usize, n: u64) -> u64 {
    // The coroutine type is erased, so the nesting can be built at run time.
    assert!(DEPTHS.contains(&depth), "delegate depth {depth}");
    let mut g = counter(n);
    for _ in 0..depth {
        g = level(g);
    }
    drain(g)
}

fn create_drop(cycles: u64) -> u64 {
    create_drop_with(cycles, |seed| {
        let mut c = Coroutine::new(move |y: &Yielder<(), u64>, ()| {
            let _g = Guard(seed);
            let mut i = seed;
            loop {
                y.suspend(i);
                i += 1;
            }
        });
        let mut next = || match c.resume(()) {
            CoroutineResult::Yield(v) => v,
            CoroutineResult::Return(()) => unreachable!(),
        };
        next() + next() + next()
    })
}

fn suspended_size(mut c: Coroutine<(), u64, ()>) -> usize {
    assert_eq!(c.resume(()).as_yield(), Some(1));
    let size = size_of_val(&c);
    assert_eq!(c.resume(()).as_yield(), Some(3));
    assert_eq!(c.resume(()).as_yield(), Some(5));
    assert!(c.resume(()).as_return().is_some());
    size
}

fn sizes() -> Sizes {
    let one_body = Coroutine::new(|yielder: &Yielder<(), u64>, ()| {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x = black_box([1u8; 1024]);
        yielder.suspend(a);
        let y = black_box([2u8; 1024]);
        yielder.suspend(b + u64::from(x[3]));
        yielder.suspend(a + b + u64::from(y[5]));
    });
    let moved = Coroutine::new(|yielder: &Yielder<(), u64>, ()| {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x = Kib(black_box([1u8; 1024]));
        yielder.suspend(a);
        let x3 = Kib::consume(x);
        let y = black_box([2u8; 1024]);
        yielder.suspend(b + x3);
        yielder.suspend(a + b + u64::from(y[5]));
    });
    let own_blocks = Coroutine::new(|yielder: &Yielder<(), u64>, ()| {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x3 = {
            let x = black_box([1u8; 1024]);
            yielder.suspend(a);
            u64::from(x[3])
        };
        let y5 = {
            let y = black_box([2u8; 1024]);
            yielder.suspend(b + x3);
            u64::from(y[5])
        };
        yielder.suspend(a + b + y5);
    });
    Sizes {
        one_body: suspended_size(one_body),
        own_blocks: suspended_size(own_blocks),
        moved: suspended_size(moved),
        note: "handle only: the locals live on the coroutine's own 1 MiB stack",
    }
}
