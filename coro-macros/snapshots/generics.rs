// Expansion snapshot `generics`: generics: a lifetime, a type parameter with a where-clause, an `impl Trait` argument.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(generator, yield = &'a T)]
// pub fn every_other<'a, T>(items: &'a [T], mut seen: impl FnMut(usize)) -> usize
// where
//     T: std::fmt::Debug,
// {
//     let mut n = 0;
//     for (i, item) in items.iter().enumerate() {
//         if i % 2 == 0 {
//             seen(i);
//             yield_!(item);
//             n += 1;
//         }
//     }
//     n
// }

pub fn every_other<'a, T>(
    items: &'a [T],
    seen: impl FnMut(usize),
) -> impl ::coro_core::Coroutine<
    Yield = &'a T,
    Send = (),
    Return = usize,
    Error = ::coro_core::__private::Infallible,
> + ::coro_core::__private::Iterator<Item = &'a T>
where
    T: std::fmt::Debug,
{
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState9e2c1f25<
        __CoroA0,
        __CoroA1,
        __CoroL0,
        __CoroL1,
        __CoroL2,
        __CoroL3,
    > {
        Created { __coro_a1: __CoroA1, __coro_a0: __CoroA0 },
        S0 {
            __coro_f3: __CoroL3,
            __coro_f2: __CoroL2,
            __coro_f1: __CoroL1,
            __coro_f0: __CoroL0,
        },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState9e2c1f25[__CoroA0, __CoroA1, __CoroL0, __CoroL1, __CoroL2, __CoroL3]
        [] "::every_other"[__CoroState9e2c1f25::S0 { .. }]
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlock9e2c1f25<
        __CoroL0,
        __CoroL1,
        __CoroL2,
        __CoroL3,
        __CoroL5,
        __CoroIn,
    > {
        B1 {
            __coro_f0: __CoroL0,
            __coro_f1: __CoroL1,
            __coro_f2: __CoroL2,
            __coro_f3: __CoroL3,
        },
        R0 {
            __coro_f0: __CoroL0,
            __coro_f1: __CoroL1,
            __coro_f2: __CoroL2,
            __coro_f3: __CoroL3,
            __coro_in: __CoroIn,
        },
        B3 {
            __coro_f0: __CoroL0,
            __coro_f1: __CoroL1,
            __coro_f2: __CoroL2,
            __coro_f3: __CoroL3,
            __coro_f5: ::coro_core::__private::Option<__CoroL5>,
        },
        B4 {
            __coro_f0: __CoroL0,
            __coro_f1: ::coro_core::__private::Option<__CoroL1>,
            __coro_f2: __CoroL2,
        },
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        &'a T,
        (),
        usize,
        ::coro_core::__private::Infallible,
        ::coro_core::__private::GenIter,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroState9e2c1f25::Created {
            __coro_a0: items,
            __coro_a1: seen,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let mut __coro_blk = match ::coro_core::__private::replace(
                    __coro_st,
                    __CoroState9e2c1f25::Running,
                ) {
                    __CoroState9e2c1f25::Created {
                        __coro_a0,
                        __coro_a1,
                    } => '__coro_next: {
                        let __coro_arg0 = __coro_a0;
                        let __coro_arg1 = __coro_a1;
                        {
                            let items = __coro_arg0;
                            #[allow(unused_mut)]
                            let mut seen = __coro_arg1;
                            #[allow(unused_mut)]
                            let mut n = 0;
                            let mut __coro_t3 = ::core::iter::IntoIterator::into_iter(
                                items.iter().enumerate(),
                            );
                            break '__coro_next __CoroBlock9e2c1f25::B1 {
                                __coro_f0: items,
                                __coro_f1: seen,
                                __coro_f2: n,
                                __coro_f3: __coro_t3,
                            };
                        }
                    }
                    __CoroState9e2c1f25::S0 {
                        __coro_f0,
                        __coro_f1,
                        __coro_f2,
                        __coro_f3,
                    } => {
                        __CoroBlock9e2c1f25::R0 {
                            __coro_f0,
                            __coro_f1,
                            __coro_f2,
                            __coro_f3,
                            __coro_in,
                        }
                    }
                    _ => ::coro_core::__private::unreachable!(),
                };
                loop {
                    __coro_blk = '__coro_next: {
                        match __coro_blk {
                            __CoroBlock9e2c1f25::B1 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: items,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f1: mut seen,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f2: mut n,
                                __coro_f3: mut __coro_t3,
                            } => {
                                match ::core::iter::Iterator::next(&mut __coro_t3) {
                                    ::core::option::Option::Some((i, item)) => {
                                        if i % 2 == 0 {
                                            seen(i);
                                            let __coro_yielded: &'a T = item;
                                            *__coro_st = __CoroState9e2c1f25::S0 {
                                                __coro_f0: items,
                                                __coro_f1: seen,
                                                __coro_f2: n,
                                                __coro_f3: __coro_t3,
                                            };
                                            return ::coro_core::__private::yielded(__coro_yielded);
                                        } else {
                                            {
                                                ();
                                                break '__coro_next __CoroBlock9e2c1f25::B3 {
                                                    __coro_f0: items,
                                                    __coro_f1: seen,
                                                    __coro_f2: n,
                                                    __coro_f3: __coro_t3,
                                                    __coro_f5: ::coro_core::__private::Option::Some(item),
                                                };
                                            }
                                        }
                                    }
                                    ::core::option::Option::None => {
                                        {
                                            break '__coro_next __CoroBlock9e2c1f25::B4 {
                                                __coro_f0: items,
                                                __coro_f1: ::coro_core::__private::Option::Some(seen),
                                                __coro_f2: n,
                                            };
                                        };
                                    }
                                }
                            }
                            __CoroBlock9e2c1f25::R0 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: items,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f1: mut seen,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f2: mut n,
                                __coro_f3: mut __coro_t3,
                                __coro_in,
                            } => {
                                let __coro_t6 = ::coro_core::__private::receive_or_raise!(
                                    receive_unit(__coro_in)
                                );
                                n += 1;
                                break '__coro_next __CoroBlock9e2c1f25::B3 {
                                    __coro_f0: items,
                                    __coro_f1: seen,
                                    __coro_f2: n,
                                    __coro_f3: __coro_t3,
                                    __coro_f5: ::coro_core::__private::Option::None,
                                };
                            }
                            __CoroBlock9e2c1f25::B3 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: items,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f1: mut seen,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f2: mut n,
                                __coro_f3: mut __coro_t3,
                                __coro_f5: __coro_h5,
                            } => {
                                let __coro_o5 = __coro_h5;
                                {
                                    ();
                                    break '__coro_next __CoroBlock9e2c1f25::B1 {
                                        __coro_f0: items,
                                        __coro_f1: seen,
                                        __coro_f2: n,
                                        __coro_f3: __coro_t3,
                                    };
                                }
                            }
                            __CoroBlock9e2c1f25::B4 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: items,
                                __coro_f1: __coro_h1,
                                __coro_f2: __coro_h2,
                            } => {
                                let __coro_o1 = __coro_h1;
                                #[allow(unused_mut, unused_variables)]
                                let mut n = __coro_h2;
                                return ::coro_core::__private::Result::Ok(
                                    ::coro_core::__private::Step::Complete(n),
                                );
                            }
                        }
                    };
                }
            }
        },
        signature: ::coro_core::__private::signature(::coro_core::__private::DebugReport),
    };
    __coro_machine
}
