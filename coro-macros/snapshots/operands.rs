// Expansion snapshot `operands`: operands to the left of a suspension are evaluated first (A4); `&&` that suspends.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(yield = u32, send = u32)]
// fn operands(a: u32) -> u32 {
//     let sum = f(a) + yield_!(a) * g(a);
//     let ok = sum > 3 && yield_!(sum) > 0;
//     if ok { sum } else { 0 }
// }

fn operands(
    a: u32,
) -> impl ::coro_core::Coroutine<
    Yield = u32,
    Send = u32,
    Return = u32,
    Error = ::coro_core::__private::Infallible,
> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroStatee5fa7cd6<__CoroA0, __CoroL0, __CoroL1, __CoroL3> {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f1: __CoroL1, __coro_f0: __CoroL0 },
        S1 { __coro_f3: __CoroL3 },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroStatee5fa7cd6[__CoroA0, __CoroL0, __CoroL1, __CoroL3] [] "::operands"[_]
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        u32,
        u32,
        u32,
        ::coro_core::__private::Infallible,
        ::coro_core::__private::CoroSend,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroStatee5fa7cd6::Created {
            __coro_a0: a,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let a;
                let mut __coro_t1;
                let mut __coro_t2;
                let sum;
                let mut __coro_t5;
                let ok;
                '__coro_b3: {
                    match ::coro_core::__private::replace(
                        __coro_st,
                        __CoroStatee5fa7cd6::Running,
                    ) {
                        __CoroStatee5fa7cd6::Created { __coro_a0 } => {
                            let __coro_arg0 = __coro_a0;
                            {
                                a = __coro_arg0;
                                __coro_t1 = f(a);
                                let __coro_yielded: u32 = a;
                                *__coro_st = __CoroStatee5fa7cd6::S0 {
                                    __coro_f0: a,
                                    __coro_f1: __coro_t1,
                                };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                        }
                        __CoroStatee5fa7cd6::S0 { __coro_f0, __coro_f1 } => {
                            {
                                #![allow(unused_assignments)]
                                a = __coro_f0;
                                __coro_t1 = __coro_f1;
                            }
                            {
                                __coro_t2 = ::coro_core::__private::receive_or_raise!(
                                    receive(__coro_in)
                                );
                                sum = __coro_t1 + __coro_t2 * g(a);
                                if (sum > 3) {
                                    let __coro_yielded: u32 = sum;
                                    *__coro_st = __CoroStatee5fa7cd6::S1 {
                                        __coro_f3: sum,
                                    };
                                    return ::coro_core::__private::yielded(__coro_yielded);
                                } else {
                                    {
                                        __coro_t5 = false;
                                        break '__coro_b3;
                                    }
                                }
                            }
                        }
                        __CoroStatee5fa7cd6::S1 { __coro_f3 } => {
                            {
                                #![allow(unused_assignments)]
                                sum = __coro_f3;
                            }
                            {
                                {
                                    let __coro_t4 = ::coro_core::__private::receive_or_raise!(
                                        receive(__coro_in)
                                    );
                                    {
                                        __coro_t5 = __coro_t4 > 0;
                                        break '__coro_b3;
                                    }
                                }
                            }
                        }
                        _ => ::coro_core::__private::unreachable!(),
                    }
                }
                {
                    ok = __coro_t5;
                    return ::coro_core::__private::Result::Ok(
                        ::coro_core::__private::Step::Complete(if ok { sum } else { 0 }),
                    );
                }
            }
        },
        signature: ::coro_core::__private::signature(::coro_core::__private::DebugReport),
    };
    __coro_machine
}
