// Expansion snapshot `try_region`: an exception region that suspends, with `catch`, `catch_all` and `finally`.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(yield = u32, send = u32, error = Oops)]
// fn guarded(log: &mut Vec<&'static str>) -> u32 {
//     let value = try_! {
//         {
//             let x = yield_!(1);
//             parse(x)?
//         }
//         catch (Oops) { 0 }
//         catch_all (c) { log.push("caught"); c? }
//         finally { log.push("finally"); }
//     };
//     value
// }

fn guarded(
    log: &mut Vec<&'static str>,
) -> impl ::coro_core::Coroutine<Yield = u32, Send = u32, Return = u32, Error = Oops> {
    try_!(@ __coro_used);
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroStatec7f8e1bf<__CoroA0, __CoroL0> {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f0: __CoroL0 },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroStatec7f8e1bf[__CoroA0, __CoroL0] [] "::guarded"[__CoroStatec7f8e1bf::S0 {
        .. }]
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlockc7f8e1bf<
        __CoroL0,
        __CoroL3,
        __CoroL4,
        __CoroL6,
        __CoroL7,
        __CoroIn,
    > {
        R0 { __coro_f0: __CoroL0, __coro_in: __CoroIn },
        B3 { __coro_f0: __CoroL0, __coro_f3: __CoroL3 },
        B2 { __coro_f0: __CoroL0, __coro_f4: __CoroL4 },
        B4 { __coro_f0: __CoroL0, __coro_f6: __CoroL6 },
        B5 { __coro_f0: __CoroL0, __coro_f7: __CoroL7 },
    }
    ::coro_core::__private::assert_error_type::<Oops>();
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        u32,
        u32,
        u32,
        Oops,
        ::coro_core::__private::CoroSend,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroStatec7f8e1bf::Created {
            __coro_a0: log,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let mut __coro_blk = match ::coro_core::__private::replace(
                    __coro_st,
                    __CoroStatec7f8e1bf::Running,
                ) {
                    __CoroStatec7f8e1bf::Created { __coro_a0 } => '__coro_next: {
                        let __coro_arg0 = __coro_a0;
                        {
                            let log = __coro_arg0;
                            {
                                let __coro_yielded: u32 = 1;
                                *__coro_st = __CoroStatec7f8e1bf::S0 {
                                    __coro_f0: log,
                                };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                        }
                    }
                    __CoroStatec7f8e1bf::S0 { __coro_f0 } => {
                        __CoroBlockc7f8e1bf::R0 {
                            __coro_f0,
                            __coro_in,
                        }
                    }
                    _ => ::coro_core::__private::unreachable!(),
                };
                loop {
                    __coro_blk = '__coro_next: {
                        match __coro_blk {
                            __CoroBlockc7f8e1bf::R0 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: log,
                                __coro_in,
                            } => {
                                let __coro_t1 = match ::coro_core::__private::receive(
                                    __coro_in,
                                ) {
                                    ::coro_core::__private::Result::Ok(__coro_sent) => {
                                        __coro_sent
                                    }
                                    ::coro_core::__private::Result::Err(__coro_unwind) => {
                                        match __coro_unwind {
                                            ::coro_core::__private::Unwind::Raised(__coro_error) => {
                                                break '__coro_next __CoroBlockc7f8e1bf::B3 {
                                                    __coro_f3: __coro_error,
                                                    __coro_f0: log,
                                                };
                                            }
                                            __coro_other => {
                                                break '__coro_next __CoroBlockc7f8e1bf::B2 {
                                                    __coro_f4: ::coro_core::__private::caught(__coro_other),
                                                    __coro_f0: log,
                                                };
                                            }
                                        }
                                    }
                                };
                                let x = __coro_t1;
                                break '__coro_next __CoroBlockc7f8e1bf::B4 {
                                    __coro_f6: ::coro_core::__private::Pending::Normal(
                                        match ::coro_core::__private::propagate::<
                                            Oops,
                                            _,
                                        >(parse(x)) {
                                            ::coro_core::__private::Result::Ok(__coro_value) => {
                                                __coro_value
                                            }
                                            ::coro_core::__private::Result::Err(__coro_unwind) => {
                                                match __coro_unwind {
                                                    ::coro_core::__private::Unwind::Raised(__coro_error) => {
                                                        break '__coro_next __CoroBlockc7f8e1bf::B3 {
                                                            __coro_f3: __coro_error,
                                                            __coro_f0: log,
                                                        };
                                                    }
                                                    __coro_other => {
                                                        break '__coro_next __CoroBlockc7f8e1bf::B2 {
                                                            __coro_f4: ::coro_core::__private::caught(__coro_other),
                                                            __coro_f0: log,
                                                        };
                                                    }
                                                }
                                            }
                                        },
                                    ),
                                    __coro_f0: log,
                                };
                            }
                            __CoroBlockc7f8e1bf::B3 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: log,
                                __coro_f3: __coro_h3,
                            } => {
                                let __coro_caught3 = __coro_h3;
                                let Oops = __coro_caught3;
                                break '__coro_next __CoroBlockc7f8e1bf::B4 {
                                    __coro_f6: ::coro_core::__private::Pending::Normal(0),
                                    __coro_f0: log,
                                };
                            }
                            __CoroBlockc7f8e1bf::B2 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: log,
                                __coro_f4: __coro_h4,
                            } => {
                                let __coro_caught_all4 = __coro_h4;
                                let c = __coro_caught_all4;
                                log.push("caught");
                                break '__coro_next __CoroBlockc7f8e1bf::B4 {
                                    __coro_f6: ::coro_core::__private::Pending::Normal(
                                        match ::coro_core::__private::propagate::<Oops, _>(c) {
                                            ::coro_core::__private::Result::Ok(__coro_value) => {
                                                __coro_value
                                            }
                                            ::coro_core::__private::Result::Err(__coro_unwind) => {
                                                break '__coro_next __CoroBlockc7f8e1bf::B4 {
                                                    __coro_f6: ::coro_core::__private::Pending::Raise(
                                                        __coro_unwind,
                                                    ),
                                                    __coro_f0: log,
                                                };
                                            }
                                        },
                                    ),
                                    __coro_f0: log,
                                };
                            }
                            __CoroBlockc7f8e1bf::B4 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: log,
                                __coro_f6: __coro_h6,
                            } => {
                                let __coro_pending6 = ::coro_core::__private::pin_pending::<
                                    _,
                                    u32,
                                    Oops,
                                >(__coro_h6);
                                log.push("finally");
                                match __coro_pending6 {
                                    ::coro_core::__private::Pending::Normal(__coro_value) => {
                                        break '__coro_next __CoroBlockc7f8e1bf::B5 {
                                            __coro_f7: __coro_value,
                                            __coro_f0: log,
                                        };
                                    }
                                    ::coro_core::__private::Pending::Raise(__coro_unwind) => {
                                        return ::coro_core::__private::Result::Err(__coro_unwind);
                                    }
                                    ::coro_core::__private::Pending::Return(__coro_value) => {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Complete(__coro_value),
                                        );
                                    }
                                    ::coro_core::__private::Pending::Jump(__coro_jump) => {
                                        match __coro_jump {
                                            _ => ::coro_core::__private::unreachable!(),
                                        }
                                    }
                                }
                            }
                            __CoroBlockc7f8e1bf::B5 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: log,
                                __coro_f7: mut __coro_t7,
                            } => {
                                let value = __coro_t7;
                                return ::coro_core::__private::Result::Ok(
                                    ::coro_core::__private::Step::Complete(value),
                                );
                            }
                        }
                    };
                }
            }
        },
        signature: ::coro_core::__private::signature(
            ::coro_core::__private::ReportOf::<Oops>::new().report(),
        ),
    };
    __coro_machine
}
