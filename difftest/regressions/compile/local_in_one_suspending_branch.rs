//! E0282 "type annotations needed" at the attribute: `s1` is used by the suspension of one
//! branch, and the other branch suspends too. (Found as seed 1, program 6; `if` without `else`,
//! or the same code without the second suspension, compiles.) The Python twin has nothing to
//! compare: Rust rejects the program.

use coro_core::yield_;
use difftest::E;

#[coro_core::coroutine(generator, yield = i64, send = i64, error = E)]
pub fn f0(a: i64) -> i64 {
    let s1 = a + 1;
    if a == 0 {
        yield_!(s1);
    } else {
        yield_!(2);
    }
    1
}
