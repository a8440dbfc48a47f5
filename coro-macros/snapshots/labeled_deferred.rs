// Expansion snapshot `labeled_deferred`: the labeled blocks: a local a branch may move away (so the hoisted run stops before it), an array updated at a computed index (moved into the state element by element), and resumed points whose code follows the join that types their locals (their arms only hand over and `break`).
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(yield = u64, send = u64)]
// fn tally(give: bool) -> u64 {
//     let name = String::from("tally");
//     if give {
//         drop(name);
//     }
//     let mut hist = [0u64; 4];
//     let v = yield_!(hist[0]);
//     hist[(v % 4) as usize] += 1;
//     let w = yield_!(hist[1]);
//     hist[0] + w
// }

fn tally(
    give: bool,
) -> impl ::coro_core::Coroutine<
    Yield = u64,
    Send = u64,
    Return = u64,
    Error = ::coro_core::__private::Infallible,
> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState7368d2ad<__CoroA0, __CoroL1, __CoroL2> {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f2: __CoroL2, __coro_f1: ::coro_core::__private::Option<__CoroL1> },
        S1 { __coro_f2: __CoroL2, __coro_f1: ::coro_core::__private::Option<__CoroL1> },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState7368d2ad[__CoroA0, __CoroL1, __CoroL2] [] "::tally"[_]
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        u64,
        u64,
        u64,
        ::coro_core::__private::Infallible,
        ::coro_core::__private::CoroSend,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroState7368d2ad::Created {
            __coro_a0: give,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let give;
                let mut __coro_hf1;
                let mut __coro_h2;
                '__coro_b3: {
                    '__coro_b2: {
                        '__coro_b1: {
                            match ::coro_core::__private::replace(
                                __coro_st,
                                __CoroState7368d2ad::Running,
                            ) {
                                __CoroState7368d2ad::Created { __coro_a0 } => {
                                    let __coro_arg0 = __coro_a0;
                                    {
                                        give = __coro_arg0;
                                        let name = String::from("tally");
                                        let __coro_n1 = ::coro_core::__private::none_of(&name);
                                        if give {
                                            drop(name);
                                            {
                                                __coro_hf1 = __coro_n1;
                                                break '__coro_b1;
                                            }
                                        } else {
                                            {
                                                ();
                                                __coro_hf1 = ::coro_core::__private::Option::Some(name);
                                                break '__coro_b1;
                                            }
                                        }
                                    }
                                }
                                __CoroState7368d2ad::S0 { __coro_f1, __coro_f2 } => {
                                    __coro_hf1 = __coro_f1;
                                    __coro_h2 = __coro_f2;
                                    break '__coro_b2;
                                }
                                __CoroState7368d2ad::S1 { __coro_f1, __coro_f2 } => {
                                    __coro_hf1 = __coro_f1;
                                    __coro_h2 = __coro_f2;
                                    break '__coro_b3;
                                }
                                _ => ::coro_core::__private::unreachable!(),
                            }
                        }
                        {
                            let __coro_o1 = __coro_hf1;
                            #[allow(unused_mut)]
                            let mut hist = [0u64; 4];
                            let __coro_yielded: u64 = hist[0];
                            *__coro_st = __CoroState7368d2ad::S0 {
                                __coro_f1: __coro_o1,
                                __coro_f2: ::coro_core::__private::elements4(hist),
                            };
                            return ::coro_core::__private::yielded(__coro_yielded);
                        }
                    }
                    {
                        let __coro_o1 = __coro_hf1;
                        #[allow(unused_mut, unused_variables)]
                        let mut hist = __coro_h2;
                        let __coro_t3 = ::coro_core::__private::receive_or_raise!(
                            receive(__coro_in)
                        );
                        let v = __coro_t3;
                        hist[(v % 4) as usize] += 1;
                        let __coro_yielded: u64 = hist[1];
                        *__coro_st = __CoroState7368d2ad::S1 {
                            __coro_f1: __coro_o1,
                            __coro_f2: ::coro_core::__private::elements4(hist),
                        };
                        return ::coro_core::__private::yielded(__coro_yielded);
                    }
                }
                {
                    let __coro_o1 = __coro_hf1;
                    #[allow(unused_mut, unused_variables)]
                    let mut hist = __coro_h2;
                    let __coro_t5 = ::coro_core::__private::receive_or_raise!(
                        receive(__coro_in)
                    );
                    let w = __coro_t5;
                    return ::coro_core::__private::Result::Ok(
                        ::coro_core::__private::Step::Complete(hist[0] + w),
                    );
                }
            }
        },
        signature: ::coro_core::__private::signature(::coro_core::__private::DebugReport),
    };
    __coro_machine
}
