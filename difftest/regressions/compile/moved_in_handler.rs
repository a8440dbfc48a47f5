// Long mode, seed 3, p00003 as generated (E0282): `v10` is moved only by a suspension in a
// branch of the `catch_all` handler; after the region it is a drop flag that no edge types,
// because the `finally` (which suspends) does not carry it.
#![allow(unused_mut, unused_variables, unused_assignments, unused_labels, unreachable_code, unused_parens)]
use coro_core::{Exit, Resumed, try_, yield_, yield_catch};
use difftest::{E, G, caught, lg, m, tr};

#[coro_core::coroutine(generator, yield = i64, send = i64, error = E)]
pub fn f0(a: i64) -> i64 {
        yield_!(m(a));
        lg(1, (yield_!(m(tr(2, a))) - (m(tr(3, 2)) * tr(4, a))));
        let mut v5 = m((match yield_catch!(m(tr(6, a))) { Resumed::Sent(s7) => s7, Resumed::Thrown(E(c8)) => c8 + 0, Resumed::Exit => 3 }));
        v5 = m((yield_!(m(a)) + yield_!(m(tr(9, 0)))));
        let mut v10 = m((match yield_catch!(m((m(tr(11, 7)) * tr(12, 3)))) { Resumed::Sent(s13) => s13, Resumed::Thrown(E(c14)) => c14 + 100, Resumed::Exit => 4 }));
        try_! {
            {
                if m((m(tr(17, 1)) * tr(18, v5))) % 3 == 2 {
                    let g19 = G::new("g19");
                } else {
                    let g20 = G::new("g20");
                }
            }
            catch_all (x21) {
                caught(15, &x21);
                if a < 12 {
                    let mut w25 = 0;
                    'l23: while w25 < 1 {
                        w25 += 1;
                        let g26 = G::new("g26");
                    }
                } else {
                    v5 = m(yield_!(m(v10)));
                }
            }
            finally {
                'l28: for i30 in 0..(m(1) % 3) {
                    lg(31, 3);
                    match yield_catch!(m((v5 - 4))) {
                        Resumed::Sent(s32) => {
                            if 1 < 3 { break 'l28; }
                        }
                        Resumed::Thrown(E(t33)) => {
                            if m(i30) % 3 == 2 {
                                let mut v34 = m((match yield_catch!(m((tr(35, i30) + 7))) { Resumed::Sent(s36) => s36, Resumed::Thrown(E(c37)) => c37 + 0, Resumed::Exit => 2 }));
                            } else {
                                if m(8) % 2 == 1 { break 'l28; }
                            }
                        }
                        Resumed::Exit => {
                            lg(38, 0);
                            Exit?;
                        }
                    }
                }
            }
        }
        m((5 + (7 + tr(39, 2))))
    }
