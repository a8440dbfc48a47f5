// Expansion snapshot `generator`: a generator with send = () and no error: an Iterator; a `for` loop.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(generator, yield = u64)]
// fn count(n: u64) {
//     for i in 0..n {
//         yield_!(i);
//     }
// }

fn count(
    n: u64,
) -> impl ::coro_core::Coroutine<
    Yield = u64,
    Send = (),
    Return = (),
    Error = ::coro_core::__private::Infallible,
> + ::coro_core::__private::Iterator<Item = u64> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState95ccc07d<__CoroA0, __CoroL1> {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f1: __CoroL1 },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState95ccc07d[__CoroA0, __CoroL1] [] "::count"[__CoroState95ccc07d::S0 { ..
        }]
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        u64,
        (),
        (),
        ::coro_core::__private::Infallible,
        ::coro_core::__private::GenIter,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroState95ccc07d::Created {
            __coro_a0: n,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let n;
                let mut __coro_t1;
                '__coro_b3: {
                    '__coro_b1: {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroState95ccc07d::Running,
                        ) {
                            __CoroState95ccc07d::Created { __coro_a0 } => {
                                let __coro_arg0 = __coro_a0;
                                {
                                    n = __coro_arg0;
                                    __coro_t1 = ::core::iter::IntoIterator::into_iter(0..n);
                                    break '__coro_b1;
                                }
                            }
                            __CoroState95ccc07d::S0 { __coro_f1 } => {
                                {
                                    #![allow(unused_assignments)]
                                    __coro_t1 = __coro_f1;
                                }
                                {
                                    {
                                        {
                                            let __coro_t3 = ::coro_core::__private::receive_or_raise!(
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
                                ::core::option::Option::Some(i) => {
                                    let __coro_yielded: u64 = i;
                                    *__coro_st = __CoroState95ccc07d::S0 {
                                        __coro_f1: __coro_t1,
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
        signature: ::coro_core::__private::signature(::coro_core::__private::DebugReport),
    };
    __coro_machine
}
