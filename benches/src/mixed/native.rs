//! The `mixed` workload as Rust's native coroutine (feature `native`; in a file of its own,
//! as `yield` is refused while parsing, even in code configured out).

use core::ops::Coroutine;

pub fn mixed(seed: u64, n: u64) -> impl Coroutine<u64, Yield = u64, Return = u64> + Unpin {
    #[coroutine]
    move |_first: u64| {
        let mut total = seed;
        let mut hist = [0u64; 4];
        for _ in 0..n {
            let v = yield total;
            hist[(v % 4) as usize] += 1;
            total = total.wrapping_add(v.wrapping_mul(3));
            if v == 7 {
                break;
            }
        }
        match total % 3 {
            0 => {
                total = total.wrapping_add(yield hist[0]);
            }
            1 => {
                let w = yield hist[1];
                total ^= w;
            }
            _ => {}
        }
        let last = yield total;
        total
            .wrapping_add(last)
            .wrapping_add(hist[2])
            .wrapping_add(hist[3])
    }
}

/// The checksum of one run from `seed`.
#[must_use]
pub fn run(seed: u64) -> u64 {
    crate::run_native_to_end(mixed(seed, super::N))
}
