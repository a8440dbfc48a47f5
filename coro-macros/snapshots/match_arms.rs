// Expansion snapshot `match_arms`: a `match` whose scrutinee and arms suspend, with bindings kept across yields.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(yield = String, send = Option<u32>)]
// fn classify(label: String) -> u32 {
//     match yield_!(label.clone()) {
//         Some(n) if n > 10 => {
//             let big = n * 2;
//             yield_!(format!("{label}: big"));
//             big
//         }
//         Some(n) => n,
//         None => yield_!(String::from("none")).unwrap_or(0),
//     }
// }

fn classify(
    label: String,
) -> impl ::coro_core::Coroutine<
    Yield = String,
    Send = Option<u32>,
    Return = u32,
    Error = ::coro_core::__private::Infallible,
> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState6d03c10f<__CoroA0, __CoroL0, __CoroL3> {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f0: __CoroL0 },
        S1 { __coro_f3: __CoroL3, __coro_f0: __CoroL0 },
        S2 { __coro_f0: __CoroL0 },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState6d03c10f[__CoroA0, __CoroL0, __CoroL3] [] "::classify"[_]
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        String,
        Option<u32>,
        u32,
        ::coro_core::__private::Infallible,
        ::coro_core::__private::CoroSend,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroState6d03c10f::Created {
            __coro_a0: label,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let label;
                let mut __coro_t1;
                let mut __coro_t7;
                let mut __coro_h3;
                '__coro_b3: {
                    match ::coro_core::__private::replace(
                        __coro_st,
                        __CoroState6d03c10f::Running,
                    ) {
                        __CoroState6d03c10f::Created { __coro_a0 } => {
                            let __coro_arg0 = __coro_a0;
                            {
                                label = __coro_arg0;
                                let __coro_yielded: String = label.clone();
                                *__coro_st = __CoroState6d03c10f::S0 {
                                    __coro_f0: label,
                                };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                        }
                        __CoroState6d03c10f::S0 { __coro_f0 } => {
                            {
                                #![allow(unused_assignments)]
                                label = __coro_f0;
                            }
                            {
                                __coro_t1 = ::coro_core::__private::receive_or_raise!(
                                    receive(__coro_in)
                                );
                                match __coro_t1 {
                                    Some(n) if n > 10 => {
                                        let big = n * 2;
                                        let __coro_yielded: String = format!("{label}: big");
                                        *__coro_st = __CoroState6d03c10f::S1 {
                                            __coro_f0: label,
                                            __coro_f3: big,
                                        };
                                        return ::coro_core::__private::yielded(__coro_yielded);
                                    }
                                    Some(n) => {
                                        __coro_t7 = n;
                                        break '__coro_b3;
                                    }
                                    None => {
                                        let __coro_yielded: String = String::from("none");
                                        *__coro_st = __CoroState6d03c10f::S2 {
                                            __coro_f0: label,
                                        };
                                        return ::coro_core::__private::yielded(__coro_yielded);
                                    }
                                }
                            }
                        }
                        __CoroState6d03c10f::S1 { __coro_f0, __coro_f3 } => {
                            {
                                #![allow(unused_assignments)]
                                label = __coro_f0;
                            }
                            __coro_h3 = __coro_f3;
                            {
                                {
                                    #[allow(unused_mut, unused_variables)]
                                    let big = __coro_h3;
                                    let __coro_t4 = ::coro_core::__private::receive_or_raise!(
                                        receive(__coro_in)
                                    );
                                    {
                                        __coro_t7 = big;
                                        break '__coro_b3;
                                    }
                                }
                            }
                        }
                        __CoroState6d03c10f::S2 { __coro_f0 } => {
                            {
                                #![allow(unused_assignments)]
                                label = __coro_f0;
                            }
                            {
                                {
                                    let __coro_t6 = ::coro_core::__private::receive_or_raise!(
                                        receive(__coro_in)
                                    );
                                    {
                                        __coro_t7 = __coro_t6.unwrap_or(0);
                                        break '__coro_b3;
                                    }
                                }
                            }
                        }
                        _ => ::coro_core::__private::unreachable!(),
                    }
                }
                {
                    return ::coro_core::__private::Result::Ok(
                        ::coro_core::__private::Step::Complete(__coro_t7),
                    );
                }
            }
        },
        signature: ::coro_core::__private::signature(::coro_core::__private::DebugReport),
    };
    __coro_machine
}
