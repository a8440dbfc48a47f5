//! The lowering keeps only what is in scope (or still used) at each suspension: the figures of
//! issue 2, asserted with `size_of_val` on suspended coroutines.

use coro_core::{Coroutine, Step, yield_};
use std::mem::size_of_val;

/// Two `u64` live across every yield, and a 1 KiB array in each of two blocks.
#[coro_core::coroutine(generator, yield = u64)]
fn arrays_in_own_blocks() {
    let a = 1u64;
    let b = 2u64;
    {
        let x = [1u8; 1024];
        yield_!(a + u64::from(x[3]));
    }
    {
        let y = [2u8; 1024];
        yield_!(b + u64::from(y[5]));
    }
    yield_!(a + b);
}

/// The same with both arrays declared in the function body: both are in scope at the second
/// yield, as in Rust's native coroutines.
#[coro_core::coroutine(generator, yield = u64)]
fn arrays_in_one_body() {
    let a = 1u64;
    let b = 2u64;
    let x = [1u8; 1024];
    yield_!(a + u64::from(x[3]));
    let y = [2u8; 1024];
    yield_!(b + u64::from(y[5]));
    yield_!(a + b);
}

/// The first array is moved away (`drop`) and never named again: it costs nothing after.
#[coro_core::coroutine(generator, yield = u64)]
fn first_array_moved_away() {
    let a = 1u64;
    let b = 2u64;
    let x = vec_free_array();
    yield_!(a + u64::from(x.0[3]));
    drop(x);
    let y = vec_free_array();
    yield_!(b + u64::from(y.0[5]));
    yield_!(a + b);
}

/// A 1 KiB array that is not `Copy`, so that `drop` really moves it.
struct Kib([u8; 1024]);

impl Drop for Kib {
    fn drop(&mut self) {
        // Something to do, so that `drop(x)` is a real drop.
        std::hint::black_box(&self.0);
    }
}

fn vec_free_array() -> Kib {
    Kib([7u8; 1024])
}

/// Drives to each suspension and returns the size there (the size of a value does not change,
/// but this also checks the values are right).
fn sizes_at_each_yield<C: Coroutine<Yield = u64, Send = (), Return = ()>>(
    mut c: C,
    expected: [u64; 3],
) -> usize {
    let size = size_of_val(&c);
    assert_eq!(c.start().ok(), Some(Step::Yielded(expected[0])));
    assert_eq!(c.send(()).ok(), Some(Step::Yielded(expected[1])));
    assert_eq!(c.send(()).ok(), Some(Step::Yielded(expected[2])));
    assert_eq!(c.send(()).ok(), Some(Step::Complete(())));
    size
}

#[test]
fn each_array_in_its_own_block_costs_one_kib() {
    let size = sizes_at_each_yield(arrays_in_own_blocks(), [2, 4, 3]);
    assert!(size <= 1126, "{size} bytes: more than 1.1 KiB");
}

#[test]
fn both_arrays_in_one_body_cost_no_more_than_native_coroutines() {
    let size = sizes_at_each_yield(arrays_in_one_body(), [2, 4, 3]);
    // Rust's native coroutine keeps both arrays and both u64: 2048 + 16 + its tag.
    assert!(
        size <= 2048 + 16 + 8,
        "{size} bytes: larger than the native coroutine"
    );
    assert!(
        size >= 2048,
        "{size} bytes: both arrays must be kept at the second yield"
    );
}

#[test]
fn an_array_moved_away_costs_nothing_after() {
    let size = sizes_at_each_yield(first_array_moved_away(), [8, 9, 3]);
    assert!(size <= 1126, "{size} bytes: the moved array is still kept");
}
