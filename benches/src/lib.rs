//! The workloads of issue 6, written once per implementation: the hand-written floor, coro, its
//! stable-Rust peers and (feature `native`, nightly features under `RUSTC_BOOTSTRAP=1`) Rust's
//! native coroutines.
//!
//! Every workload returns a checksum; [`expected`] says what it must be, and the criterion bench
//! (`benches/runtime.rs`) asserts it before timing anything. Each consumed value also goes
//! through [`core::hint::black_box`], so the optimiser can neither drop the work nor fold a
//! whole loop into a closed form: what is left is the cost of resuming.

#![cfg_attr(
    feature = "native",
    feature(coroutines, coroutine_trait, stmt_expr_attributes)
)]

use core::cell::Cell;

pub mod async_stream_impl;
pub mod coro_impl;
pub mod corosensei_impl;
pub mod floor;
pub mod genawaiter_impl;
pub mod long_body;
pub mod mixed;
#[cfg(feature = "native")]
pub mod native_impl;
pub mod nextgen_impl;

/// The delegation depths of the `delegate` workload.
pub const DEPTHS: [usize; 3] = [1, 3, 10];

/// `size_of_val` of a suspended coroutine of the `size` workload, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// Two `u64` live across every yield and two 1 KiB arrays, all declared in the body.
    pub one_body: usize,
    /// The same with each array in its own block.
    pub own_blocks: usize,
    /// One body again, the first array (not `Copy`) moved away (into a function) before the
    /// second yield and never named again.
    pub moved: usize,
    /// What `size_of_val` does not show (heap or stack storage), if anything.
    pub note: &'static str,
}

/// One implementation of the workloads: each function runs a whole workload and returns its
/// checksum. `None`: the implementation cannot express the workload (see the note).
#[derive(Debug, Clone, Copy)]
pub struct Implementation {
    pub name: &'static str,
    /// Sum of `0..n`, yielded by a generator.
    pub count: fn(u64) -> u64,
    /// `n` sends to a coroutine yielding the running total; sum of the totals.
    pub echo: Option<fn(u64) -> u64>,
    /// A generator of `0..n` (returning `n`) under `depth` delegating levels (each returning
    /// the inner return value plus one); sum of the values plus the outer return value.
    pub delegate: Option<fn(usize, u64) -> u64>,
    /// Whether `delegate` can carry return values (async-stream cannot: no return value).
    pub delegate_returns: bool,
    /// `cycles` times: create a coroutine holding a drop guard, resume it 3 times, drop it
    /// while suspended; sum of the yielded values plus what the guards counted when dropped.
    pub create_drop: fn(u64) -> u64,
    /// The `size` workload.
    pub sizes: fn() -> Sizes,
    /// What to know when reading the figures.
    pub note: &'static str,
}

/// Every implementation compiled in, the floor first.
#[must_use]
pub fn implementations() -> Vec<Implementation> {
    #[cfg_attr(not(feature = "native"), allow(unused_mut))]
    let mut all = vec![
        floor::IMPLEMENTATION,
        coro_impl::IMPLEMENTATION,
        genawaiter_impl::IMPLEMENTATION,
        nextgen_impl::IMPLEMENTATION,
        async_stream_impl::IMPLEMENTATION,
        corosensei_impl::IMPLEMENTATION,
    ];
    #[cfg(feature = "native")]
    all.push(native_impl::IMPLEMENTATION);
    all
}

/// The checksums every implementation must produce.
pub mod expected {
    /// `count(n)`: `0 + 1 + ... + (n - 1)`.
    #[must_use]
    pub fn count(n: u64) -> u64 {
        n * n.saturating_sub(1) / 2
    }

    /// `echo(n)`: the totals `1, 1+2, ..., 1+...+n` summed (the first yield, 0, adds nothing).
    #[must_use]
    pub fn echo(n: u64) -> u64 {
        n * (n + 1) * (n + 2) / 6
    }

    /// `delegate(depth, n)`: the values plus the outer return value `n + depth`, or only the
    /// values when the implementation has no return values.
    #[must_use]
    pub fn delegate(depth: usize, n: u64, returns: bool) -> u64 {
        count(n) + if returns { n + depth as u64 } else { 0 }
    }

    /// `create_drop(cycles)`: cycle `c` yields `c, c+1, c+2` and its guard counts `c` when
    /// dropped.
    #[must_use]
    pub fn create_drop(cycles: u64) -> u64 {
        4 * count(cycles) + 3 * cycles
    }
}

/// A 1 KiB array that is not `Copy`, so that `drop(x)` really moves it (the `moved` size).
#[derive(Debug)]
pub struct Kib(pub [u8; 1024]);

impl Kib {
    /// Moves the array away (the local holding it is never named again) and returns one byte.
    #[must_use]
    pub fn consume(self) -> u64 {
        u64::from(self.0[3])
    }
}

thread_local! {
    static DROPPED: Cell<u64> = const { Cell::new(0) };
}

/// The drop-guarded local of `create_drop`: dropping it adds its value to a thread-local sum.
#[derive(Debug)]
pub struct Guard(pub u64);

impl Drop for Guard {
    #[inline]
    fn drop(&mut self) {
        DROPPED.with(|d| d.set(d.get().wrapping_add(self.0)));
    }
}

/// What the guards dropped on this thread so far have counted.
#[must_use]
pub fn dropped() -> u64 {
    DROPPED.with(Cell::get)
}

/// Runs `cycles` create/resume/drop cycles (`cycle(c)` returns the sum of what cycle `c`
/// yielded) and adds what the guards counted.
#[inline]
pub fn create_drop_with(cycles: u64, mut cycle: impl FnMut(u64) -> u64) -> u64 {
    let before = dropped();
    let mut sum = 0u64;
    for c in 0..cycles {
        sum = sum.wrapping_add(cycle(core::hint::black_box(c)));
    }
    sum.wrapping_add(dropped().wrapping_sub(before))
}

/// What the consumer of the `mixed` and `long_body` workloads sends back for a yielded value.
#[inline]
#[must_use]
pub fn respond(yielded: u64) -> u64 {
    (yielded >> 3) ^ 0x5a5a
}

/// Drives a coro coroutine to its end, answering each yield with [`respond`]: the sum of the
/// yielded values plus the return value.
#[inline]
pub fn run_to_end(
    mut c: impl coro_core::Coroutine<
        Yield = u64,
        Send = u64,
        Return = u64,
        Error = core::convert::Infallible,
    >,
) -> u64 {
    use coro_core::Step;
    let mut step = c.start();
    let mut sum = 0u64;
    loop {
        match step {
            Ok(Step::Yielded(y)) => {
                sum = sum.wrapping_add(core::hint::black_box(y));
                step = c.send(respond(y));
            }
            Ok(Step::Complete(ret)) => return sum.wrapping_add(ret),
            Err(e) => unreachable!("the workload raises nothing: {e:?}"),
        }
    }
}

/// [`run_to_end`] for a native coroutine (its first resume's argument is the closure's
/// unused parameter).
#[cfg(feature = "native")]
#[inline]
pub fn run_native_to_end(
    mut c: impl core::ops::Coroutine<u64, Yield = u64, Return = u64> + Unpin,
) -> u64 {
    use core::ops::CoroutineState;
    use core::pin::Pin;
    let mut state = Pin::new(&mut c).resume(0);
    let mut sum = 0u64;
    loop {
        match state {
            CoroutineState::Yielded(y) => {
                sum = sum.wrapping_add(core::hint::black_box(y));
                state = Pin::new(&mut c).resume(respond(y));
            }
            CoroutineState::Complete(ret) => return sum.wrapping_add(ret),
        }
    }
}

/// Applies a workload to each depth of [`DEPTHS`]; panics on another depth.
#[inline]
pub fn by_depth(
    depth: usize,
    d1: impl FnOnce() -> u64,
    d3: impl FnOnce() -> u64,
    d10: impl FnOnce() -> u64,
) -> u64 {
    match depth {
        1 => d1(),
        3 => d3(),
        10 => d10(),
        _ => panic!("delegate depth {depth} is not one of {DEPTHS:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every implementation computes the right checksums (small sizes: this runs in debug).
    #[test]
    fn checksums() {
        for imp in implementations() {
            for n in [0, 1, 2, 1000] {
                assert_eq!(
                    (imp.count)(n),
                    expected::count(n),
                    "{} count({n})",
                    imp.name
                );
                if let Some(echo) = imp.echo {
                    assert_eq!(echo(n), expected::echo(n), "{} echo({n})", imp.name);
                }
                if let Some(delegate) = imp.delegate {
                    for depth in DEPTHS {
                        assert_eq!(
                            delegate(depth, n),
                            expected::delegate(depth, n, imp.delegate_returns),
                            "{} delegate({depth}, {n})",
                            imp.name
                        );
                    }
                }
            }
            for cycles in [0, 1, 100] {
                assert_eq!(
                    (imp.create_drop)(cycles),
                    expected::create_drop(cycles),
                    "{} create_drop({cycles})",
                    imp.name
                );
            }
            let sizes = (imp.sizes)();
            assert!(
                sizes.own_blocks > 0 && sizes.one_body > 0 && sizes.moved > 0,
                "{}",
                imp.name
            );
        }
    }
}
