// Expansion snapshot `send`: a coroutine that receives sent values (the README's averager).
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(yield = f64, send = f64)]
// fn averager() -> f64 {
//     let (mut total, mut count, mut average) = (0.0, 0.0, 0.0);
//     loop {
//         let x = yield_!(average);
//         if x < 0.0 {
//             return average;
//         }
//         total += x;
//         count += 1.0;
//         average = total / count;
//     }
// }

fn averager() -> impl ::coro_core::Coroutine<
    Yield = f64,
    Send = f64,
    Return = f64,
    Error = ::coro_core::__private::Infallible,
> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState7af85937<__CoroL0, __CoroL1, __CoroL2> {
        Created {},
        S0 { __coro_f2: __CoroL2, __coro_f1: __CoroL1, __coro_f0: __CoroL0 },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState7af85937[__CoroL0, __CoroL1, __CoroL2] []
        "::averager"[__CoroState7af85937::S0 { .. }]
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlock7af85937<__CoroL0, __CoroL1, __CoroL2, __CoroL4, __CoroIn> {
        B1 { __coro_f0: __CoroL0, __coro_f1: __CoroL1, __coro_f2: __CoroL2 },
        R0 {
            __coro_f0: __CoroL0,
            __coro_f1: __CoroL1,
            __coro_f2: __CoroL2,
            __coro_in: __CoroIn,
        },
        B3 {
            __coro_f0: __CoroL0,
            __coro_f1: __CoroL1,
            __coro_f2: __CoroL2,
            __coro_f4: __CoroL4,
        },
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        f64,
        f64,
        f64,
        ::coro_core::__private::Infallible,
        ::coro_core::__private::CoroSend,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroState7af85937::Created {},
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let mut __coro_blk = match ::coro_core::__private::replace(
                    __coro_st,
                    __CoroState7af85937::Running,
                ) {
                    __CoroState7af85937::Created {} => '__coro_next: {
                        {
                            #[allow(unused_mut)]
                            let (mut total, mut count, mut average) = (0.0, 0.0, 0.0);
                            break '__coro_next __CoroBlock7af85937::B1 {
                                __coro_f0: total,
                                __coro_f1: count,
                                __coro_f2: average,
                            };
                        }
                    }
                    __CoroState7af85937::S0 { __coro_f0, __coro_f1, __coro_f2 } => {
                        __CoroBlock7af85937::R0 {
                            __coro_f0,
                            __coro_f1,
                            __coro_f2,
                            __coro_in,
                        }
                    }
                    _ => ::coro_core::__private::unreachable!(),
                };
                loop {
                    __coro_blk = '__coro_next: {
                        match __coro_blk {
                            __CoroBlock7af85937::B1 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: mut total,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f1: mut count,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f2: mut average,
                            } => {
                                let __coro_yielded: f64 = average;
                                *__coro_st = __CoroState7af85937::S0 {
                                    __coro_f0: total,
                                    __coro_f1: count,
                                    __coro_f2: average,
                                };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                            __CoroBlock7af85937::R0 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: mut total,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f1: mut count,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f2: mut average,
                                __coro_in,
                            } => {
                                let __coro_t3 = ::coro_core::__private::receive_or_raise!(
                                    receive(__coro_in)
                                );
                                let x = __coro_t3;
                                if x < 0.0 {
                                    return ::coro_core::__private::Result::Ok(
                                        ::coro_core::__private::Step::Complete(average),
                                    );
                                } else {
                                    {
                                        ();
                                        break '__coro_next __CoroBlock7af85937::B3 {
                                            __coro_f0: total,
                                            __coro_f1: count,
                                            __coro_f2: average,
                                            __coro_f4: x,
                                        };
                                    }
                                }
                            }
                            __CoroBlock7af85937::B3 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: mut total,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f1: mut count,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f2: mut average,
                                __coro_f4: __coro_h4,
                            } => {
                                #[allow(unused_mut, unused_variables)]
                                let x = __coro_h4;
                                total += x;
                                count += 1.0;
                                average = total / count;
                                break '__coro_next __CoroBlock7af85937::B1 {
                                    __coro_f0: total,
                                    __coro_f1: count,
                                    __coro_f2: average,
                                };
                            }
                        }
                    };
                }
            }
        },
        signature: ::coro_core::__private::signature(::coro_core::__private::DebugReport),
    };
    __coro_machine
}
