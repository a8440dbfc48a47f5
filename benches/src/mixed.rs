//! The `mixed` workload: one coroutine of the 200-coroutine crate (`scripts/compile_time.py`):
//! a `for` loop, a `match`, and a 32-byte array and a range iterator live across its yields,
//! four suspension points in all. Each run creates it, drives it to its end with
//! [`respond`]'s answers (`n` = 6: about nine resumes) and drops it. The count, echo and
//! create_drop workloads resume one state again and again; this one moves through several.
//!
//! Three forms: the hand-written enum state machine of `compile_time.py`'s floor crate (each
//! resume takes the state out, runs to the next yield, stores the next state), coro, and
//! Rust's native coroutine. The checksum is the sum of the yielded values plus the return
//! value.

use core::hint::black_box;
use core::ops::Range;

use coro_core::yield_;

pub use crate::respond;

/// Loop passes of each run.
pub const N: u64 = 6;

/// The floor: a hand-written enum state machine.
pub mod floor {
    use super::{Range, black_box, respond};

    /// Where the body is, and what it keeps.
    #[derive(Debug)]
    pub enum State {
        Start {
            seed: u64,
            n: u64,
        },
        Loop {
            total: u64,
            hist: [u64; 4],
            it: Range<u64>,
        },
        Y1 {
            total: u64,
            hist: [u64; 4],
        },
        Y2 {
            total: u64,
            hist: [u64; 4],
        },
        Y3 {
            total: u64,
            hist: [u64; 4],
        },
        Done,
    }

    /// What a resume gives back.
    #[derive(Debug)]
    pub enum Resumed {
        Yielded(u64),
        Complete(u64),
    }

    impl State {
        #[must_use]
        pub fn new(seed: u64, n: u64) -> Self {
            State::Start { seed, n }
        }

        pub fn resume(&mut self, v: u64) -> Resumed {
            let (mut total, mut hist, mut it);
            match core::mem::replace(self, State::Done) {
                State::Start { seed, n } => {
                    total = seed;
                    hist = [0u64; 4];
                    it = 0..n;
                }
                State::Loop {
                    total: t,
                    hist: h,
                    it: rest,
                } => {
                    (total, hist, it) = (t, h, rest);
                    hist[(v % 4) as usize] += 1;
                    total = total.wrapping_add(v.wrapping_mul(3));
                    if v == 7 {
                        return self.after_loop(total, hist);
                    }
                }
                State::Y1 { total, hist } => return self.last(total.wrapping_add(v), hist),
                State::Y2 { total, hist } => return self.last(total ^ v, hist),
                State::Y3 { total, hist } => {
                    return Resumed::Complete(
                        total
                            .wrapping_add(v)
                            .wrapping_add(hist[2])
                            .wrapping_add(hist[3]),
                    );
                }
                State::Done => panic!("resumed after completion"),
            }
            match it.next() {
                Some(_) => {
                    *self = State::Loop { total, hist, it };
                    Resumed::Yielded(total)
                }
                None => self.after_loop(total, hist),
            }
        }

        fn after_loop(&mut self, total: u64, hist: [u64; 4]) -> Resumed {
            match total % 3 {
                0 => {
                    *self = State::Y1 { total, hist };
                    Resumed::Yielded(hist[0])
                }
                1 => {
                    *self = State::Y2 { total, hist };
                    Resumed::Yielded(hist[1])
                }
                _ => self.last(total, hist),
            }
        }

        fn last(&mut self, total: u64, hist: [u64; 4]) -> Resumed {
            *self = State::Y3 { total, hist };
            Resumed::Yielded(total)
        }
    }

    /// The checksum of one run from `seed`.
    #[must_use]
    pub fn run(seed: u64) -> u64 {
        run_counting(seed).0
    }

    /// The checksum of one run from `seed`, and its resumes (the first one included).
    #[must_use]
    pub fn run_counting(seed: u64) -> (u64, u64) {
        let mut c = State::new(seed, super::N);
        let mut sum = 0u64;
        let mut resumes = 0;
        let mut send = 0;
        loop {
            resumes += 1;
            match c.resume(send) {
                Resumed::Yielded(y) => {
                    sum = sum.wrapping_add(black_box(y));
                    send = respond(y);
                }
                Resumed::Complete(ret) => return (sum.wrapping_add(ret), resumes),
            }
        }
    }
}

/// coro's coroutine.
pub mod coro {
    use super::yield_;

    #[coro_core::coroutine(yield = u64, send = u64)]
    pub fn mixed(seed: u64, n: u64) -> u64 {
        let mut total = seed;
        let mut hist = [0u64; 4];
        for _ in 0..n {
            let v = yield_!(total);
            hist[(v % 4) as usize] += 1;
            total = total.wrapping_add(v.wrapping_mul(3));
            if v == 7 {
                break;
            }
        }
        match total % 3 {
            0 => {
                total = total.wrapping_add(yield_!(hist[0]));
            }
            1 => {
                let w = yield_!(hist[1]);
                total ^= w;
            }
            _ => {}
        }
        let last = yield_!(total);
        total
            .wrapping_add(last)
            .wrapping_add(hist[2])
            .wrapping_add(hist[3])
    }

    /// The checksum of one run from `seed`.
    #[must_use]
    pub fn run(seed: u64) -> u64 {
        crate::run_to_end(mixed(seed, super::N))
    }
}

/// Rust's native coroutine (feature `native`).
#[cfg(feature = "native")]
pub mod native;

/// The implementations of the workload compiled in, the floor first: name and run.
#[must_use]
pub fn implementations() -> Vec<(&'static str, fn(u64) -> u64)> {
    #[cfg_attr(not(feature = "native"), allow(unused_mut))]
    let mut all: Vec<(&'static str, fn(u64) -> u64)> =
        vec![("floor", floor::run), ("coro", coro::run)];
    #[cfg(feature = "native")]
    all.push(("native", native::run));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The floor's values, worked out by hand from seed 0: the loop yields 0, then the
    /// totals after each sent value, six passes; `total % 3` picks the match arm.
    #[test]
    fn floor_follows_the_body() {
        let mut c = floor::State::new(0, N);
        let mut send = 0;
        let mut yielded = Vec::new();
        let ret = loop {
            match c.resume(send) {
                floor::Resumed::Yielded(y) => {
                    yielded.push(y);
                    send = respond(y);
                }
                floor::Resumed::Complete(r) => break r,
            }
        };
        // By the body, step by step.
        let (mut total, mut hist, mut expect) = (0u64, [0u64; 4], Vec::new());
        for _ in 0..N {
            expect.push(total);
            let sent = respond(total);
            hist[(sent % 4) as usize] += 1;
            total = total.wrapping_add(sent.wrapping_mul(3));
            if sent == 7 {
                break;
            }
        }
        match total % 3 {
            0 => {
                expect.push(hist[0]);
                total = total.wrapping_add(respond(hist[0]));
            }
            1 => {
                expect.push(hist[1]);
                total ^= respond(hist[1]);
            }
            _ => {}
        }
        expect.push(total);
        let last = respond(total);
        assert_eq!(yielded, expect);
        assert_eq!(
            ret,
            total
                .wrapping_add(last)
                .wrapping_add(hist[2])
                .wrapping_add(hist[3])
        );
    }

    /// coro and (with the feature) native agree with the floor from several seeds, which
    /// take different arms of the `match`.
    #[test]
    fn same_checksum_as_the_floor() {
        let mut arms = std::collections::BTreeSet::new();
        for seed in 0..12 {
            let expected = floor::run(seed);
            for (name, run) in implementations() {
                assert_eq!(run(seed), expected, "{name} from {seed}");
            }
            arms.insert(floor::run_counting(seed).1);
        }
        // Runs with and without the match arm's yield.
        assert!(arms.len() >= 2, "{arms:?}");
    }
}
