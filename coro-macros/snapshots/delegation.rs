// Expansion snapshot `delegation`: delegation with `yield_from!` and `await_!`; the delegates' return values used.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(generator, yield = u32, send = u32, error = Oops)]
// fn chain(first: u32) -> u32 {
//     let a = yield_from!(inner(first));
//     let b = await_!(inner(a)) + 1;
//     a + b
// }

fn chain(
    first: u32,
) -> impl ::coro_core::Coroutine<Yield = u32, Send = u32, Return = u32, Error = Oops> {
    yield_from!(@ __coro_used);
    await_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState3ae7fca3<__CoroA0, __CoroL1, __CoroL9, __CoroL10> {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f1: __CoroL1 },
        S1 { __coro_f10: __CoroL10, __coro_f9: __CoroL9 },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState3ae7fca3[__CoroA0, __CoroL1, __CoroL9, __CoroL10] [] "::chain"[_]
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlock3ae7fca3<__CoroL1, __CoroL9, __CoroL10>
    where
        __CoroL1: ::coro_core::Coroutine,
        __CoroL10: ::coro_core::Coroutine,
    {
        B1 { __coro_f1: __CoroL1, __coro_f2: ::coro_core::__private::StepOf<__CoroL1> },
        B3 { __coro_f8: ::coro_core::__private::ReturnOf<__CoroL1> },
        B4 {
            __coro_f9: __CoroL9,
            __coro_f10: __CoroL10,
            __coro_f11: ::coro_core::__private::StepOf<__CoroL10>,
        },
        B6 {
            __coro_f9: __CoroL9,
            __coro_f17: ::coro_core::__private::ReturnOf<__CoroL10>,
        },
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
        ::coro_core::__private::GenSend,
        ::coro_core::__private::Delegates,
        _,
    > {
        state: __CoroState3ae7fca3::Created {
            __coro_a0: first,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let mut __coro_blk = match __coro_st {
                    __CoroState3ae7fca3::S0 { __coro_f1: __coro_awaiter, .. } => {
                        match ::coro_core::__private::drive(__coro_awaiter, __coro_in) {
                            ::coro_core::__private::Delegated::Yielded(
                                __coro_yielded,
                            ) => {
                                return ::coro_core::__private::Result::Ok(
                                    ::coro_core::__private::Step::Yielded(__coro_yielded),
                                );
                            }
                            __coro_next_step => {
                                match ::coro_core::__private::replace(
                                    __coro_st,
                                    __CoroState3ae7fca3::Running,
                                ) {
                                    __CoroState3ae7fca3::S0 { __coro_f1 } => {
                                        __CoroBlock3ae7fca3::B1 {
                                            __coro_f1,
                                            __coro_f2: __coro_next_step,
                                        }
                                    }
                                    _ => ::coro_core::__private::unreachable!(),
                                }
                            }
                        }
                    }
                    __CoroState3ae7fca3::S1 { __coro_f10: __coro_awaiter, .. } => {
                        match ::coro_core::__private::drive(__coro_awaiter, __coro_in) {
                            ::coro_core::__private::Delegated::Yielded(
                                __coro_yielded,
                            ) => {
                                return ::coro_core::__private::Result::Ok(
                                    ::coro_core::__private::Step::Yielded(__coro_yielded),
                                );
                            }
                            __coro_next_step => {
                                match ::coro_core::__private::replace(
                                    __coro_st,
                                    __CoroState3ae7fca3::Running,
                                ) {
                                    __CoroState3ae7fca3::S1 { __coro_f9, __coro_f10 } => {
                                        __CoroBlock3ae7fca3::B4 {
                                            __coro_f9,
                                            __coro_f10,
                                            __coro_f11: __coro_next_step,
                                        }
                                    }
                                    _ => ::coro_core::__private::unreachable!(),
                                }
                            }
                        }
                    }
                    _ => {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroState3ae7fca3::Running,
                        ) {
                            __CoroState3ae7fca3::Created { __coro_a0 } => '__coro_next: {
                                let __coro_arg0 = __coro_a0;
                                {
                                    let first = __coro_arg0;
                                    let mut __coro_t1 = <::coro_core::__private::Delegator<
                                        u32,
                                        u32,
                                        Oops,
                                    >>::into_awaiter({
                                        #[allow(unused_imports)]
                                        use ::coro_core::__private::{
                                            AwaitViaAwaitable as _, AwaitViaFuture as _,
                                        };
                                        (&::coro_core::__private::Operand::new(inner(first)))
                                            .__coro_awaiter::<
                                                u32,
                                                u32,
                                            >(::coro_core::__private::Channel::new())
                                    });
                                    break '__coro_next __CoroBlock3ae7fca3::B1 {
                                        __coro_f2: ::coro_core::__private::drive(
                                            &mut __coro_t1,
                                            ::coro_core::__private::Input::Start,
                                        ),
                                        __coro_f1: __coro_t1,
                                    };
                                }
                            }
                            _ => ::coro_core::__private::unreachable!(),
                        }
                    }
                };
                loop {
                    __coro_blk = '__coro_next: {
                        match __coro_blk {
                            __CoroBlock3ae7fca3::B1 {
                                __coro_f1: mut __coro_t1,
                                __coro_f2: __coro_h2,
                            } => {
                                let mut __coro_t2 = __coro_h2;
                                match __coro_t2 {
                                    ::coro_core::__private::Delegated::Yielded(__coro_y2) => {
                                        let __coro_yielded = __coro_y2;
                                        ::coro_core::__private::suspend(
                                            __coro_st,
                                            __CoroState3ae7fca3::S0 {
                                                __coro_f1: __coro_t1,
                                            },
                                        );
                                        return ::coro_core::__private::yielded(__coro_yielded);
                                    }
                                    ::coro_core::__private::Delegated::Returned(__coro_r2) => {
                                        {
                                            break '__coro_next __CoroBlock3ae7fca3::B3 {
                                                __coro_f8: __coro_r2,
                                            };
                                        };
                                    }
                                    ::coro_core::__private::Delegated::Raised(__coro_u2) => {
                                        return ::coro_core::__private::Result::Err(__coro_u2);
                                    }
                                }
                            }
                            __CoroBlock3ae7fca3::B3 { __coro_f8: mut __coro_t8 } => {
                                let a = __coro_t8;
                                let mut __coro_t10 = <::coro_core::__private::Delegator<
                                    u32,
                                    u32,
                                    Oops,
                                >>::into_awaiter({
                                    #[allow(unused_imports)]
                                    use ::coro_core::__private::{
                                        AwaitViaAwaitable as _, AwaitViaFuture as _,
                                    };
                                    (&::coro_core::__private::Operand::new(inner(a)))
                                        .__coro_awaiter::<
                                            u32,
                                            u32,
                                        >(::coro_core::__private::Channel::new())
                                });
                                break '__coro_next __CoroBlock3ae7fca3::B4 {
                                    __coro_f11: ::coro_core::__private::drive(
                                        &mut __coro_t10,
                                        ::coro_core::__private::Input::Start,
                                    ),
                                    __coro_f9: a,
                                    __coro_f10: __coro_t10,
                                };
                            }
                            __CoroBlock3ae7fca3::B4 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f9: a,
                                __coro_f10: mut __coro_t10,
                                __coro_f11: __coro_h11,
                            } => {
                                let mut __coro_t11 = __coro_h11;
                                match __coro_t11 {
                                    ::coro_core::__private::Delegated::Yielded(__coro_y11) => {
                                        let __coro_yielded = __coro_y11;
                                        ::coro_core::__private::suspend(
                                            __coro_st,
                                            __CoroState3ae7fca3::S1 {
                                                __coro_f9: a,
                                                __coro_f10: __coro_t10,
                                            },
                                        );
                                        return ::coro_core::__private::yielded(__coro_yielded);
                                    }
                                    ::coro_core::__private::Delegated::Returned(__coro_r11) => {
                                        {
                                            break '__coro_next __CoroBlock3ae7fca3::B6 {
                                                __coro_f17: __coro_r11,
                                                __coro_f9: a,
                                            };
                                        };
                                    }
                                    ::coro_core::__private::Delegated::Raised(__coro_u11) => {
                                        return ::coro_core::__private::Result::Err(__coro_u11);
                                    }
                                }
                            }
                            __CoroBlock3ae7fca3::B6 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f9: a,
                                __coro_f17: mut __coro_t17,
                            } => {
                                let b = __coro_t17 + 1;
                                return ::coro_core::__private::Result::Ok(
                                    ::coro_core::__private::Step::Complete(a + b),
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
