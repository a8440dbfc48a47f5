// Expansion snapshot `throw_close`: throw and close handled by the body: `yield_catch!`, `Resumed`, `Exit?`.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(yield = u32, send = u32, error = Oops)]
// fn tolerant() -> u32 {
//     let mut errors = 0;
//     loop {
//         match yield_catch!(errors) {
//             Resumed::Sent(0) => return errors,
//             Resumed::Sent(_) => {}
//             Resumed::Thrown(Oops) => errors += 1,
//             Resumed::Exit => {
//                 cleanup();
//                 Exit?;
//             }
//         }
//     }
// }

fn tolerant() -> impl ::coro_core::Coroutine<
    Yield = u32,
    Send = u32,
    Return = u32,
    Error = Oops,
> {
    yield_catch!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState26fc1cb1<__CoroL0> {
        Created {},
        S0 { __coro_f0: __CoroL0 },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState26fc1cb1[__CoroL0] [] "::tolerant"[__CoroState26fc1cb1::S0 { .. }]
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
        state: __CoroState26fc1cb1::Created {},
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                #[allow(unused_mut)]
                let mut errors;
                '__coro_b1: {
                    match ::coro_core::__private::replace(
                        __coro_st,
                        __CoroState26fc1cb1::Running,
                    ) {
                        __CoroState26fc1cb1::Created {} => {
                            errors = 0;
                            break '__coro_b1;
                        }
                        __CoroState26fc1cb1::S0 { __coro_f0 } => {
                            {
                                #![allow(unused_assignments)]
                                errors = __coro_f0;
                            }
                            {
                                {
                                    let __coro_t1 = ::coro_core::__private::resumed(__coro_in);
                                    match __coro_t1 {
                                        Resumed::Sent(0) => {
                                            return ::coro_core::__private::Result::Ok(
                                                ::coro_core::__private::Step::Complete(errors),
                                            );
                                        }
                                        Resumed::Sent(_) => {}
                                        Resumed::Thrown(Oops) => errors += 1,
                                        Resumed::Exit => {
                                            cleanup();
                                            match ::coro_core::__private::propagate::<Oops, _>(Exit) {
                                                ::coro_core::__private::Result::Ok(__coro_value) => {
                                                    __coro_value
                                                }
                                                ::coro_core::__private::Result::Err(__coro_unwind) => {
                                                    return ::coro_core::__private::Result::Err(__coro_unwind);
                                                }
                                            };
                                        }
                                    };
                                    break '__coro_b1;
                                }
                            }
                        }
                        _ => ::coro_core::__private::unreachable!(),
                    }
                }
                {
                    {
                        let __coro_yielded: u32 = errors;
                        *__coro_st = __CoroState26fc1cb1::S0 {
                            __coro_f0: errors,
                        };
                        return ::coro_core::__private::yielded(__coro_yielded);
                    }
                }
            }
        },
        signature: ::coro_core::__private::signature(
            ::coro_core::__private::ReportOf::<Oops>::new().report(),
        ),
    };
    __coro_machine
}
