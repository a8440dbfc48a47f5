// A body of `scripts/compare_layouts.py` (seed 102) that once failed to build in the labeled
// blocks (E0282): a block handed `None` for a drop flag of a local it never had, and the type
// check of the layout counted that as typing the local. It keeps more than five locals, so
// their types are folded into one tuple.
#![allow(unused_variables, unused_mut, unused_assignments, unreachable_code, clippy::all)]

use coro_core::{Coroutine, Step, yield_};

struct G(u64);

impl Drop for G {
    fn drop(&mut self) {
        let _ = self.0;
    }
}

#[coro_core::coroutine(yield = u64, send = u64)]
fn f2(seed: u64) -> u64 {
    if seed.wrapping_sub(seed).wrapping_add(4) % 5 == 2 { return 18; }
    let b1 = yield_!(seed.wrapping_sub(seed).wrapping_add(6));
    match seed.wrapping_sub(seed).wrapping_add(6) % 3 {
        0 => {
            let _g2 = G(2);
            if 0 % 5 == 2 { return seed.wrapping_sub(seed).wrapping_add(9); }
            let mut a3: u64 = seed.wrapping_add(b1).wrapping_add(7);
            a3 ^= seed.wrapping_mul(seed).wrapping_add(6);
        }
        1 => {
            let b4 = yield_!(b1.wrapping_mul(b1).wrapping_add(1));
            let b5 = yield_!(seed.wrapping_add(seed).wrapping_add(8));
        }
        _ => {
            let mut a6: u64 = seed.wrapping_sub(b1).wrapping_add(3);
            let b7 = yield_!(seed.wrapping_sub(a6).wrapping_add(9));
            a6 = a6.wrapping_add(yield_!(seed.wrapping_add(b7).wrapping_add(2)));
            if b1.wrapping_add(a6).wrapping_add(8) % 5 == 2 { return a6.wrapping_sub(b7).wrapping_add(4); }
            if b1.wrapping_add(b1).wrapping_add(8) % 5 == 2 { return 6; }
        }
    }
    if 0 % 3 == 0 {
        for j8 in 0..1u64 {
            let _g9 = G(9);
            let b10 = yield_!(j8.wrapping_add(j8).wrapping_add(0));
        }
    } else {
        let mut a11: u64 = seed.wrapping_add(seed).wrapping_add(6);
        {
            let b12 = yield_!(seed.wrapping_add(a11).wrapping_add(3));
            let mut a13: u64 = a11.wrapping_add(a11).wrapping_add(3);
            match a11.wrapping_mul(a11).wrapping_add(4) % 3 {
                0 => {
                    a11 = a13.wrapping_add(yield_!(b12.wrapping_sub(seed).wrapping_add(6)));
                    let _g14 = G(14);
                    a11 = a11.wrapping_add(yield_!(b12.wrapping_mul(seed).wrapping_add(6)));
                }
                1 => {
                    if a13.wrapping_sub(a11).wrapping_add(7) % 5 == 2 { return b12.wrapping_mul(b1).wrapping_add(3); }
                    if a13.wrapping_mul(seed).wrapping_add(8) % 5 == 2 { return a11.wrapping_add(a11).wrapping_add(4); }
                    a11 = a13.wrapping_add(yield_!(a11.wrapping_mul(a11).wrapping_add(3)));
                    a13 ^= b12.wrapping_sub(b12).wrapping_add(6);
                    let mut a15: u64 = seed.wrapping_sub(a13).wrapping_add(6);
                    let b16 = yield_!(19);
                }
                _ => {
                    let b17 = yield_!(12);
                    a11 = a13.wrapping_add(yield_!(b17.wrapping_mul(seed).wrapping_add(6)));
                    a13 = a11.wrapping_add(yield_!(b12.wrapping_mul(a13).wrapping_add(5)));
                    if b12.wrapping_add(b17).wrapping_add(0) % 5 == 2 { return 6; }
                    a13 = a13.wrapping_add(yield_!(b1.wrapping_sub(b17).wrapping_add(9)));
                }
            }
        }
        let _g18 = G(18);
        a11 ^= 5;
    }
    let mut a19: u64 = seed.wrapping_mul(b1).wrapping_add(0);
    let mut a20: u64 = seed.wrapping_mul(a19).wrapping_add(9);
    seed ^ b1 ^ a19 ^ a20
}

fn main() {
    for seed in 0..6u64 {
        let mut c = f2(seed);
        let mut step = c.start();
        let mut resumes = 0;
        while let Ok(Step::Yielded(v)) = step {
            resumes += 1;
            assert!(resumes < 100, "seed {seed}: too many yields");
            step = c.send(v.wrapping_mul(7).wrapping_add(seed));
        }
        assert!(matches!(step, Ok(Step::Complete(_))), "seed {seed}: {step:?}");
    }
}
