//! The floor: the state machines a careful programmer writes by hand, one enum variant per
//! suspension point holding exactly what is live there. No protocol checks, no `Result`.

use core::hint::black_box;
use core::mem::size_of_val;

use coro_core::Step;

use crate::{Guard, Implementation, Sizes, by_depth, create_drop_with};

pub const IMPLEMENTATION: Implementation = Implementation {
    name: "floor",
    count,
    echo: Some(echo),
    delegate: Some(delegate),
    delegate_returns: true,
    create_drop,
    sizes,
    note: "hand-written enum state machines",
};

/// `for i in 0..n { yield i }`, returning `n`.
#[derive(Debug)]
pub enum Count {
    Created { n: u64 },
    Suspended { i: u64, n: u64 },
    Finished,
}

impl Count {
    #[inline]
    pub fn resume(&mut self) -> Step<u64, u64> {
        let (i, n) = match *self {
            Count::Created { n } => (0, n),
            Count::Suspended { i, n } => (i + 1, n),
            Count::Finished => panic!("resumed after completion"),
        };
        if i < n {
            *self = Count::Suspended { i, n };
            Step::Yielded(i)
        } else {
            *self = Count::Finished;
            Step::Complete(n)
        }
    }
}

impl Iterator for Count {
    type Item = u64;
    #[inline]
    fn next(&mut self) -> Option<u64> {
        match self {
            Count::Finished => None,
            _ => self.resume().yielded(),
        }
    }
}

fn count(n: u64) -> u64 {
    let mut sum = 0u64;
    for v in (Count::Created { n }) {
        sum = sum.wrapping_add(black_box(v));
    }
    sum
}

/// `let mut total = 0; loop { total += yield total }`.
#[derive(Debug)]
pub enum Echo {
    Created,
    Suspended { total: u64 },
}

impl Echo {
    #[inline]
    pub fn start(&mut self) -> u64 {
        *self = Echo::Suspended { total: 0 };
        0
    }

    #[inline]
    pub fn send(&mut self, value: u64) -> u64 {
        match self {
            Echo::Suspended { total } => {
                *total += value;
                *total
            }
            Echo::Created => panic!("sent to a new coroutine"),
        }
    }
}

fn echo(n: u64) -> u64 {
    let mut e = Echo::Created;
    let mut sum = black_box(e.start());
    for i in 1..=n {
        sum = sum.wrapping_add(black_box(e.send(i)));
    }
    sum
}

/// `return (yield from inner) + 1`.
#[derive(Debug)]
pub enum Delegate<I> {
    Delegating { inner: I },
    Finished,
}

/// What a delegating level needs from the level below.
pub trait Resume {
    fn resume(&mut self) -> Step<u64, u64>;
}

impl Resume for Count {
    #[inline]
    fn resume(&mut self) -> Step<u64, u64> {
        Count::resume(self)
    }
}

impl<I: Resume> Resume for Delegate<I> {
    #[inline]
    fn resume(&mut self) -> Step<u64, u64> {
        match self {
            Delegate::Delegating { inner } => match inner.resume() {
                Step::Yielded(v) => Step::Yielded(v),
                Step::Complete(r) => {
                    *self = Delegate::Finished;
                    Step::Complete(r + 1)
                }
            },
            Delegate::Finished => panic!("resumed after completion"),
        }
    }
}

fn level<I: Resume>(inner: I) -> Delegate<I> {
    Delegate::Delegating { inner }
}

fn drain(mut g: impl Resume) -> u64 {
    let mut sum = 0u64;
    loop {
        match g.resume() {
            Step::Yielded(v) => sum = sum.wrapping_add(black_box(v)),
            Step::Complete(r) => return sum.wrapping_add(r),
        }
    }
}

fn delegate(depth: usize, n: u64) -> u64 {
    let leaf = || Count::Created { n };
    by_depth(
        depth,
        || drain(level(leaf())),
        || drain(level(level(level(leaf())))),
        || {
            drain(level(level(level(level(level(level(level(level(
                level(level(leaf())),
            )))))))))
        },
    )
}

/// `let _g = Guard(seed); let mut i = seed; loop { yield i; i += 1 }`.
#[derive(Debug)]
pub enum Guarded {
    Created { seed: u64 },
    Suspended { guard: Guard, i: u64 },
    Finished,
}

impl Guarded {
    #[inline]
    pub fn resume(&mut self) -> u64 {
        match self {
            Guarded::Created { seed } => {
                let i = *seed;
                *self = Guarded::Suspended { guard: Guard(i), i };
                i
            }
            Guarded::Suspended { i, .. } => {
                *i += 1;
                *i
            }
            Guarded::Finished => panic!("resumed after completion"),
        }
    }
}

fn create_drop(cycles: u64) -> u64 {
    create_drop_with(cycles, |seed| {
        let mut g = Guarded::Created { seed };
        g.resume() + g.resume() + g.resume()
    })
}

/// The `size` workload by hand: each variant holds what is live at its yield (`x` across the
/// first, `y` across the second). Written by hand, "one body" and "own blocks" are the same
/// machine.
#[derive(Debug)]
pub enum Arrays {
    Created,
    First { a: u64, b: u64, x: [u8; 1024] },
    Second { a: u64, b: u64, y: [u8; 1024] },
    Third,
    Finished,
}

impl Arrays {
    pub fn resume(&mut self) -> Option<u64> {
        let (next, out) = match core::mem::replace(self, Arrays::Finished) {
            Arrays::Created => {
                let (a, b, x) = (black_box(1u64), black_box(2u64), black_box([1u8; 1024]));
                (Arrays::First { a, b, x }, Some(a))
            }
            Arrays::First { a, b, x } => {
                let y = black_box([2u8; 1024]);
                (Arrays::Second { a, b, y }, Some(b + u64::from(x[3])))
            }
            Arrays::Second { a, b, y } => (Arrays::Third, Some(a + b + u64::from(y[5]))),
            Arrays::Third | Arrays::Finished => (Arrays::Finished, None),
        };
        *self = next;
        out
    }
}

fn sizes() -> Sizes {
    let mut m = Arrays::Created;
    assert_eq!(m.resume(), Some(1));
    let size = size_of_val(&m);
    assert_eq!(
        (m.resume(), m.resume(), m.resume()),
        (Some(3), Some(5), None)
    );
    Sizes {
        one_body: size,
        own_blocks: size,
        moved: size,
        note: "inline",
    }
}
