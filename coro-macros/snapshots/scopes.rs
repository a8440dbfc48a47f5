// Expansion snapshot `scopes`: locals in nested blocks across yields, moved values and shadowing.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(generator, yield = String, clone)]
// fn scopes(name: String) {
//     let greeting = format!("hello {name}");
//     {
//         let inner = greeting.clone();
//         yield_!(inner);
//     }
//     let moved = greeting;
//     yield_!(moved);
//     let name = name.len().to_string();
//     yield_!(name);
// }

fn scopes(
    name: String,
) -> impl ::coro_core::Coroutine<
    Yield = String,
    Send = (),
    Return = (),
    Error = ::coro_core::__private::Infallible,
> + ::coro_core::__private::Iterator<Item = String> + ::coro_core::__private::Clone {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState7724250d<
        __CoroA0,
        __CoroL0,
        __CoroL1,
        __CoroKA0,
        __CoroK0,
        __CoroK1,
    > {
        Created { __coro_a0: ::coro_core::__private::Kept<__CoroA0, __CoroKA0> },
        S0 {
            __coro_f1: ::coro_core::__private::Kept<__CoroL1, __CoroK1>,
            __coro_f0: ::coro_core::__private::Kept<__CoroL0, __CoroK0>,
        },
        S1 { __coro_f0: ::coro_core::__private::Kept<__CoroL0, __CoroK0> },
        S2 {},
        Finished,
        Running,
        PoisonReported,
    }
    impl<
        __CoroA0,
        __CoroL0,
        __CoroL1,
        __CoroKA0,
        __CoroK0,
        __CoroK1,
    > ::coro_core::__private::Clone
    for __CoroState7724250d<__CoroA0, __CoroL0, __CoroL1, __CoroKA0, __CoroK0, __CoroK1>
    where
        ::coro_core::__private::Kept<__CoroA0, __CoroKA0>: ::coro_core::__private::Clone,
        ::coro_core::__private::Kept<__CoroL0, __CoroK0>: ::coro_core::__private::Clone,
        ::coro_core::__private::Kept<__CoroL1, __CoroK1>: ::coro_core::__private::Clone,
    {
        fn clone(&self) -> Self {
            match self {
                __CoroState7724250d::Created { __coro_a0 } => {
                    __CoroState7724250d::Created {
                        __coro_a0: ::coro_core::__private::Clone::clone(__coro_a0),
                    }
                }
                __CoroState7724250d::S0 { __coro_f0, __coro_f1 } => {
                    __CoroState7724250d::S0 {
                        __coro_f0: ::coro_core::__private::Clone::clone(__coro_f0),
                        __coro_f1: ::coro_core::__private::Clone::clone(__coro_f1),
                    }
                }
                __CoroState7724250d::S1 { __coro_f0 } => {
                    __CoroState7724250d::S1 {
                        __coro_f0: ::coro_core::__private::Clone::clone(__coro_f0),
                    }
                }
                __CoroState7724250d::S2 {} => __CoroState7724250d::S2 {},
                __CoroState7724250d::Finished => __CoroState7724250d::Finished,
                __CoroState7724250d::Running => __CoroState7724250d::Running,
                __CoroState7724250d::PoisonReported => {
                    __CoroState7724250d::PoisonReported
                }
            }
        }
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState7724250d[__CoroA0, __CoroL0, __CoroL1, __CoroKA0, __CoroK0, __CoroK1]
        [] "::scopes"[_]
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlock7724250d<__CoroL0, __CoroL1, __CoroIn> {
        R0 { __coro_f0: __CoroL0, __coro_f1: __CoroL1, __coro_in: __CoroIn },
        B2 { __coro_f0: __CoroL0, __coro_f1: __CoroL1 },
        R1 { __coro_f0: __CoroL0, __coro_in: __CoroIn },
        R2 { __coro_in: __CoroIn },
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        String,
        (),
        (),
        ::coro_core::__private::Infallible,
        ::coro_core::__private::GenIter,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroState7724250d::Created {
            __coro_a0: {
                let __coro_kept = name;
                ::coro_core::__private::assert_param_clone(&__coro_kept);
                ::coro_core::__private::Kept::new(
                    ::coro_core::__private::CloneProbe::of(&__coro_kept).cloner(),
                    __coro_kept,
                )
            },
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let mut __coro_blk = match ::coro_core::__private::replace(
                    __coro_st,
                    __CoroState7724250d::Running,
                ) {
                    __CoroState7724250d::Created { __coro_a0 } => '__coro_next: {
                        let __coro_arg0 = ::coro_core::__private::Kept::into_inner(
                            __coro_a0,
                        );
                        {
                            let name = __coro_arg0;
                            let greeting = format!("hello {name}");
                            {
                                let inner = greeting.clone();
                                let __coro_yielded: String = inner;
                                *__coro_st = __CoroState7724250d::S0 {
                                    __coro_f0: {
                                        let __coro_kept = name;
                                        ::coro_core::__private::assert_local_clone(&__coro_kept);
                                        ::coro_core::__private::Kept::new(
                                            ::coro_core::__private::CloneProbe::of(&__coro_kept)
                                                .cloner(),
                                            __coro_kept,
                                        )
                                    },
                                    __coro_f1: {
                                        let __coro_kept = greeting;
                                        ::coro_core::__private::assert_local_clone(&__coro_kept);
                                        ::coro_core::__private::Kept::new(
                                            ::coro_core::__private::CloneProbe::of(&__coro_kept)
                                                .cloner(),
                                            __coro_kept,
                                        )
                                    },
                                };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                        }
                    }
                    __CoroState7724250d::S0 { __coro_f0, __coro_f1 } => '__coro_next: {
                        match (__CoroBlock7724250d::R0 {
                            __coro_f0: ::coro_core::__private::Kept::into_inner(
                                __coro_f0,
                            ),
                            __coro_f1: ::coro_core::__private::Kept::into_inner(
                                __coro_f1,
                            ),
                            __coro_in,
                        }) {
                            __CoroBlock7724250d::R0 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: name,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f1: greeting,
                                __coro_in,
                            } => {
                                let __coro_t3 = ::coro_core::__private::receive_or_raise!(
                                    receive_unit(__coro_in)
                                );
                                break '__coro_next __CoroBlock7724250d::B2 {
                                    __coro_f0: name,
                                    __coro_f1: greeting,
                                };
                            }
                            __coro_other => __coro_other,
                        }
                    }
                    __CoroState7724250d::S1 { __coro_f0 } => {
                        __CoroBlock7724250d::R1 {
                            __coro_f0: ::coro_core::__private::Kept::into_inner(
                                __coro_f0,
                            ),
                            __coro_in,
                        }
                    }
                    __CoroState7724250d::S2 {} => {
                        __CoroBlock7724250d::R2 {
                            __coro_in,
                        }
                    }
                    _ => ::coro_core::__private::unreachable!(),
                };
                loop {
                    __coro_blk = '__coro_next: {
                        match __coro_blk {
                            __CoroBlock7724250d::B2 {
                                #[allow(unused_mut, unused_variables)]
                                __coro_f0: name,
                                #[allow(unused_mut, unused_variables)]
                                __coro_f1: greeting,
                            } => {
                                let moved = greeting;
                                let __coro_yielded: String = moved;
                                *__coro_st = __CoroState7724250d::S1 {
                                    __coro_f0: {
                                        let __coro_kept = name;
                                        ::coro_core::__private::Kept::new(
                                            ::coro_core::__private::CloneProbe::of(&__coro_kept)
                                                .cloner(),
                                            __coro_kept,
                                        )
                                    },
                                };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                            __CoroBlock7724250d::R1 {
                                __coro_f0: __coro_h0,
                                __coro_in,
                            } => {
                                let __coro_s0;
                                #[allow(unused_mut, unused_variables)]
                                let name = __coro_h0;
                                let __coro_t5 = ::coro_core::__private::receive_or_raise!(
                                    receive_unit(__coro_in)
                                );
                                let __coro_init = name.len().to_string();
                                __coro_s0 = name;
                                let name = __coro_init;
                                let __coro_yielded: String = name;
                                *__coro_st = __CoroState7724250d::S2 {};
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                            __CoroBlock7724250d::R2 { __coro_in } => {
                                let __coro_t7 = ::coro_core::__private::receive_or_raise!(
                                    receive_unit(__coro_in)
                                );
                                return ::coro_core::__private::Result::Ok(
                                    ::coro_core::__private::Step::Complete(()),
                                );
                            }
                            __CoroBlock7724250d::R0 { .. } => {
                                ::coro_core::__private::unreachable!()
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
