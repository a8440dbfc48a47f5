pub fn co_0(
    seed: u64,
    n: u64,
) -> impl ::coro_core::Coroutine<
    Yield = u64,
    Send = u64,
    Return = u64,
    Error = ::coro_core::__private::Infallible,
> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState0f7b9d6b<__CoroA0, __CoroA1, __CoroL2, __CoroL3, __CoroL4> {
        Created { __coro_a1: __CoroA1, __coro_a0: __CoroA0 },
        S0 { __coro_f4: __CoroL4, __coro_f3: __CoroL3, __coro_f2: __CoroL2 },
        S1 { __coro_f3: __CoroL3, __coro_f2: __CoroL2 },
        S2 { __coro_f3: __CoroL3, __coro_f2: __CoroL2 },
        S3 { __coro_f3: __CoroL3, __coro_f2: __CoroL2 },
        Finished,
        Running,
        PoisonReported,
    }
    impl<__CoroA0, __CoroA1, __CoroL2, __CoroL3, __CoroL4> crate::shared::StateConsts
    for __CoroState0f7b9d6b<__CoroA0, __CoroA1, __CoroL2, __CoroL3, __CoroL4> {
        const NAME: &'static str = ::core::concat!(::core::module_path!(), "::co_0");
        const FINISHED: Self = __CoroState0f7b9d6b::Finished;
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = crate::shared::SharedMachine::<
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
        status: ::coro_core::__private::Status::Created,
        state: __CoroState0f7b9d6b::Created {
            __coro_a0: seed,
            __coro_a1: n,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let seed;
                let n;
                #[allow(unused_mut)]
                let mut total;
                #[allow(unused_mut)]
                let mut hist;
                let mut __coro_t4;
                let mut __coro_t10;
                let last;
                '__coro_b6: {
                    '__coro_b3: {
                        '__coro_b1: {
                            match ::coro_core::__private::replace(
                                __coro_st,
                                __CoroState0f7b9d6b::Running,
                            ) {
                                __CoroState0f7b9d6b::Created { __coro_a0, __coro_a1 } => {
                                    let __coro_arg0 = __coro_a0;
                                    let __coro_arg1 = __coro_a1;
                                    {
                                        seed = __coro_arg0;
                                        n = __coro_arg1;
                                        total = seed + 0;
                                        hist = [0u64; 4];
                                        __coro_t4 = ::core::iter::IntoIterator::into_iter(0..n);
                                        break '__coro_b1;
                                    }
                                }
                                __CoroState0f7b9d6b::S0 {
                                    __coro_f2,
                                    __coro_f3,
                                    __coro_f4,
                                } => {
                                    {
                                        #![allow(unused_assignments)]
                                        total = __coro_f2;
                                        hist = __coro_f3;
                                        __coro_t4 = __coro_f4;
                                    }
                                    {
                                        {
                                            {
                                                let __coro_t5 = ::coro_core::__private::receive_or_raise!(
                                                    receive(__coro_in)
                                                );
                                                let v = __coro_t5;
                                                hist[(v % 4) as usize] += 1;
                                                total = total.wrapping_add(v * 1);
                                                {
                                                    if v == 0 {
                                                        {
                                                            break '__coro_b3;
                                                        };
                                                    }
                                                    break '__coro_b1;
                                                }
                                            }
                                        }
                                    }
                                }
                                __CoroState0f7b9d6b::S1 { __coro_f2, __coro_f3 } => {
                                    {
                                        #![allow(unused_assignments)]
                                        total = __coro_f2;
                                        hist = __coro_f3;
                                    }
                                    {
                                        {
                                            let __coro_t7 = ::coro_core::__private::receive_or_raise!(
                                                receive(__coro_in)
                                            );
                                            total += __coro_t7;
                                            break '__coro_b6;
                                        }
                                    }
                                }
                                __CoroState0f7b9d6b::S2 { __coro_f2, __coro_f3 } => {
                                    {
                                        #![allow(unused_assignments)]
                                        total = __coro_f2;
                                        hist = __coro_f3;
                                    }
                                    {
                                        {
                                            let __coro_t8 = ::coro_core::__private::receive_or_raise!(
                                                receive(__coro_in)
                                            );
                                            let w = __coro_t8;
                                            total ^= w;
                                            break '__coro_b6;
                                        }
                                    }
                                }
                                __CoroState0f7b9d6b::S3 { __coro_f2, __coro_f3 } => {
                                    {
                                        #![allow(unused_assignments)]
                                        total = __coro_f2;
                                        hist = __coro_f3;
                                    }
                                    {
                                        __coro_t10 = ::coro_core::__private::receive_or_raise!(
                                            receive(__coro_in)
                                        );
                                        last = __coro_t10;
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Complete(
                                                total + last + hist[2] + hist[3],
                                            ),
                                        );
                                    }
                                }
                                _ => ::coro_core::__private::unreachable!(),
                            }
                        }
                        {
                            {
                                match ::core::iter::Iterator::next(&mut __coro_t4) {
                                    ::core::option::Option::Some(_) => {
                                        let __coro_yielded: u64 = total;
                                        *__coro_st = __CoroState0f7b9d6b::S0 {
                                            __coro_f2: total,
                                            __coro_f3: ::coro_core::__private::elements4(hist),
                                            __coro_f4: __coro_t4,
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
                        match total % 3 {
                            0 => {
                                let __coro_yielded: u64 = hist[0];
                                *__coro_st = __CoroState0f7b9d6b::S1 {
                                    __coro_f2: total,
                                    __coro_f3: ::coro_core::__private::elements4(hist),
                                };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                            1 => {
                                let __coro_yielded: u64 = hist[1];
                                *__coro_st = __CoroState0f7b9d6b::S2 {
                                    __coro_f2: total,
                                    __coro_f3: ::coro_core::__private::elements4(hist),
                                };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                            _ => break '__coro_b6,
                        }
                    }
                }
                {
                    let __coro_yielded: u64 = total;
                    *__coro_st = __CoroState0f7b9d6b::S3 {
                        __coro_f2: total,
                        __coro_f3: ::coro_core::__private::elements4(hist),
                    };
                    return ::coro_core::__private::yielded(__coro_yielded);
                }
            }
        },
        signature: ::coro_core::__private::signature(::coro_core::__private::DebugReport),
    };
    __coro_machine
}
