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
    enum __CoroState<__CoroA0, __CoroL1> {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f1: __CoroL1 },
        Finished,
        Running,
        PoisonReported,
    }
    impl<__CoroA0, __CoroL1> ::coro_core::__private::StateEnum
    for __CoroState<__CoroA0, __CoroL1> {
        #[inline]
        fn status(&self) -> ::coro_core::__private::Status {
            match self {
                __CoroState::Created { .. } => ::coro_core::__private::Status::Created,
                __CoroState::S0 { .. } => ::coro_core::__private::Status::Suspended,
                __CoroState::Finished => ::coro_core::__private::Status::Finished,
                __CoroState::Running => ::coro_core::__private::Status::Running,
                __CoroState::PoisonReported => {
                    ::coro_core::__private::Status::PoisonReported
                }
            }
        }
        #[inline]
        fn finished() -> Self {
            __CoroState::Finished
        }
        #[inline]
        fn poison_reported() -> Self {
            __CoroState::PoisonReported
        }
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlock<__CoroA0, __CoroL1, __CoroIn> {
        Entry { __coro_a0: __CoroA0 },
        B1 { __coro_f1: __CoroL1 },
        R0 { __coro_f1: __CoroL1, __coro_in: __CoroIn },
        B3 {},
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
    >::new(
        __CoroState::Created {
            __coro_a0: n,
        },
        |__coro_st, __coro_input| {
            let mut __coro_blk = {
                match ::coro_core::__private::replace(__coro_st, __CoroState::Running) {
                    __CoroState::Created { __coro_a0 } => {
                        __CoroBlock::Entry { __coro_a0 }
                    }
                    __CoroState::S0 { __coro_f1 } => {
                        __CoroBlock::R0 {
                            __coro_f1,
                            __coro_in: __coro_input,
                        }
                    }
                    _ => ::coro_core::__private::unreachable!(),
                }
            };
            loop {
                __coro_blk = '__coro_next: {
                    match __coro_blk {
                        __CoroBlock::Entry { __coro_a0: __coro_arg0 } => {
                            let n = __coro_arg0;
                            #[allow(unused_mut)]
                            let mut __coro_t1 = ::core::iter::IntoIterator::into_iter(
                                0..n,
                            );
                            {
                                break '__coro_next __CoroBlock::B1 {
                                    __coro_f1: __coro_t1,
                                };
                            }
                        }
                        __CoroBlock::B1 { __coro_f1: __coro_h1 } => {
                            #[allow(unused_mut, unused_variables)]
                            let mut __coro_t1 = __coro_h1;
                            {
                                match ::core::iter::Iterator::next(&mut __coro_t1) {
                                    ::core::option::Option::Some(i) => {
                                        let __coro_yielded: u64 = i;
                                        *__coro_st = __CoroState::S0 {
                                            __coro_f1: __coro_t1,
                                        };
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Yielded(__coro_yielded),
                                        );
                                    }
                                    ::core::option::Option::None => {
                                        {
                                            break '__coro_next __CoroBlock::B3 {};
                                        };
                                    }
                                }
                            }
                        }
                        __CoroBlock::R0 {
                            __coro_f1: __coro_h1,
                            __coro_in: __coro_input,
                        } => {
                            #[allow(unused_mut, unused_variables)]
                            let mut __coro_t1 = __coro_h1;
                            {
                                {
                                    let __coro_t3 = match ::coro_core::__private::receive_unit(
                                        __coro_input,
                                    ) {
                                        ::coro_core::__private::Result::Ok(__coro_sent) => {
                                            __coro_sent
                                        }
                                        ::coro_core::__private::Result::Err(__coro_unwind) => {
                                            return ::coro_core::__private::Result::Err(__coro_unwind);
                                        }
                                    };
                                    {
                                        break '__coro_next __CoroBlock::B1 {
                                            __coro_f1: __coro_t1,
                                        };
                                    }
                                }
                            }
                        }
                        __CoroBlock::B3 {} => {
                            return ::coro_core::__private::Result::Ok(
                                ::coro_core::__private::Step::Complete(()),
                            );
                        }
                    }
                };
            }
        },
    );
    __coro_machine
}
