// Expansion snapshot `question_mark`: `?` raising the coroutine's error through `From`, and a generator of Results.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(generator, yield = u32, error = ParseError)]
// fn numbers(text: &str) {
//     for word in text.split(' ') {
//         let n: u32 = word.parse()?;
//         yield_!(n);
//     }
// }

fn numbers(
    text: &str,
) -> impl ::coro_core::Coroutine<
    Yield = u32,
    Send = (),
    Return = (),
    Error = ParseError,
> + ::coro_core::__private::Iterator<
    Item = ::coro_core::__private::Result<u32, ::coro_core::Error<ParseError>>,
> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState3da2e8b9<__CoroA0, __CoroL0, __CoroL1, __CoroL2> {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f2: __CoroL2, __coro_f1: __CoroL1, __coro_f0: __CoroL0 },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState3da2e8b9[__CoroA0, __CoroL0, __CoroL1, __CoroL2] []
        "::numbers"[__CoroState3da2e8b9::S0 { .. }]
    }
    ::coro_core::__private::assert_error_type::<ParseError>();
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        u32,
        (),
        (),
        ParseError,
        ::coro_core::__private::GenTryIter,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroState3da2e8b9::Created {
            __coro_a0: text,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let text;
                let mut __coro_t1;
                let mut __coro_h2;
                '__coro_b3: {
                    '__coro_b1: {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroState3da2e8b9::Running,
                        ) {
                            __CoroState3da2e8b9::Created { __coro_a0 } => {
                                let __coro_arg0 = __coro_a0;
                                {
                                    text = __coro_arg0;
                                    __coro_t1 = ::core::iter::IntoIterator::into_iter(
                                        text.split(' '),
                                    );
                                    break '__coro_b1;
                                }
                            }
                            __CoroState3da2e8b9::S0 {
                                __coro_f0,
                                __coro_f1,
                                __coro_f2,
                            } => {
                                {
                                    #![allow(unused_assignments)]
                                    text = __coro_f0;
                                    __coro_t1 = __coro_f1;
                                }
                                __coro_h2 = __coro_f2;
                                {
                                    {
                                        {
                                            #[allow(unused_mut, unused_variables)]
                                            let word = __coro_h2;
                                            let __coro_t4 = ::coro_core::__private::receive_or_raise!(
                                                receive_unit(__coro_in)
                                            );
                                            break '__coro_b1;
                                        }
                                    }
                                }
                            }
                            _ => ::coro_core::__private::unreachable!(),
                        }
                    }
                    {
                        {
                            match ::core::iter::Iterator::next(&mut __coro_t1) {
                                ::core::option::Option::Some(word) => {
                                    let n: u32 = match ::coro_core::__private::propagate::<
                                        ParseError,
                                        _,
                                    >(word.parse()) {
                                        ::coro_core::__private::Result::Ok(__coro_value) => {
                                            __coro_value
                                        }
                                        ::coro_core::__private::Result::Err(__coro_unwind) => {
                                            return ::coro_core::__private::Result::Err(__coro_unwind);
                                        }
                                    };
                                    let __coro_yielded: u32 = n;
                                    *__coro_st = __CoroState3da2e8b9::S0 {
                                        __coro_f0: text,
                                        __coro_f1: __coro_t1,
                                        __coro_f2: word,
                                    };
                                    return ::coro_core::__private::yielded(__coro_yielded);
                                }
                                ::core::option::Option::None => {
                                    {
                                        break '__coro_b3;
                                    };
                                }
                            }
                        }
                    }
                }
                {
                    return ::coro_core::__private::Result::Ok(
                        ::coro_core::__private::Step::Complete(()),
                    );
                }
            }
        },
        signature: ::coro_core::__private::signature(
            ::coro_core::__private::ReportOf::<ParseError>::new().report(),
        ),
    };
    __coro_machine
}
