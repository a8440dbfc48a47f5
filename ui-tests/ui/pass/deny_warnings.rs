// User code around `#[coroutine]` must compile warning-free under `#![deny(warnings)]`: a free
// fn, a generic fn (lifetime, where-clause, `impl Trait` argument) and methods on `&self` and
// `&mut self`, all driven from `main`.
#![deny(warnings)]

use coro_core::{Coroutine, Step, yield_};

/// A free generator: with `send = ()` and no error it is an `Iterator`.
#[coro_core::coroutine(generator, yield = u32)]
fn count_to(n: u32) {
    for i in 0..n {
        yield_!(i);
    }
}

/// A generic coroutine: yields borrowed words, is sent how far to skip, returns how many it
/// yielded.
#[coro_core::coroutine(yield = &'a str, send = usize)]
fn skip_through<'a, T>(words: &'a [T], mut log: impl FnMut(usize)) -> usize
where
    T: AsRef<str>,
{
    let mut index = 0;
    let mut yielded = 0;
    while index < words.len() {
        let skip = yield_!(words[index].as_ref());
        log(skip);
        yielded += 1;
        index += skip.max(1);
    }
    yielded
}

/// A body in the block enum (a pass of the `while` may start the next without suspending): its
/// blocks bind the `for` loop's hidden iterator `mut`, unused in some of them, with no `allow`.
#[coro_core::coroutine(generator, yield = u32)]
fn odd_rounds(rounds: u32) {
    let mut round = 0;
    while round < rounds {
        round += 1;
        if round % 2 == 0 {
            continue;
        }
        for j in 0..2 {
            yield_!(round * 10 + j);
        }
    }
}

struct Tally {
    label: String,
    total: u64,
}

impl Tally {
    /// A method on `&self`: the generator borrows `self` while it lives.
    #[coro_core::coroutine(generator, yield = String)]
    fn labels(&self, n: u64) {
        for i in 0..n {
            yield_!(format!("{}-{i}", self.label));
        }
    }

    /// A method on `&mut self`: adds each sent value; 0 ends it with the total.
    #[coro_core::coroutine(yield = u64, send = u64)]
    fn add(&mut self) -> u64 {
        loop {
            let x = yield_!(self.total);
            if x == 0 {
                return self.total;
            }
            self.total += x;
        }
    }
}

fn main() {
    assert_eq!(count_to(3).collect::<Vec<_>>(), [0, 1, 2]);
    assert_eq!(odd_rounds(4).collect::<Vec<_>>(), [10, 11, 30, 31]);

    let words = ["a", "b", "c", "d", "e"];
    let mut skips = Vec::new();
    let mut c = skip_through(&words, |skip| skips.push(skip));
    assert_eq!(c.start().unwrap(), Step::Yielded("a"));
    assert_eq!(c.send(2).unwrap(), Step::Yielded("c"));
    assert_eq!(c.send(1).unwrap(), Step::Yielded("d"));
    assert_eq!(c.send(5).unwrap(), Step::Complete(3));
    drop(c);
    assert_eq!(skips, [2, 1, 5]);

    let mut tally = Tally {
        label: String::from("t"),
        total: 0,
    };
    assert_eq!(tally.labels(2).collect::<Vec<_>>(), ["t-0", "t-1"]);
    let mut add = tally.add();
    assert_eq!(add.start().unwrap(), Step::Yielded(0));
    assert_eq!(add.send(4).unwrap(), Step::Yielded(4));
    assert_eq!(add.send(0).unwrap(), Step::Complete(4));
    drop(add);
    assert_eq!(tally.total, 4);
}
