// Expansion snapshot `loop_break`: nested loops with labels, `break` with a value and `continue` around yields.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(generator, yield = u32, send = bool)]
// fn search(rows: u32, cols: u32) -> Option<(u32, u32)> {
//     let found = 'rows: loop {
//         for r in 0..rows {
//             let mut c = 0;
//             while c < cols {
//                 c += 1;
//                 if !yield_!(r * cols + c) {
//                     continue;
//                 }
//                 break 'rows Some((r, c));
//             }
//         }
//         break None;
//     };
//     found
// }

fn search(
    rows: u32,
    cols: u32,
) -> impl ::coro_core::Coroutine<
    Yield = u32,
    Send = bool,
    Return = Option<(u32, u32)>,
    Error = ::coro_core::__private::Infallible,
> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types)]
    trait __CoroState079b26cfTypes {
        type L0;
        type L1;
        type L2;
        type L3;
        type L4;
        type L6;
    }
    #[allow(non_camel_case_types, clippy::type_complexity)]
    impl<__CoroT: ::coro_core::__private::Level> __CoroState079b26cfTypes for __CoroT {
        type L0 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E0;
        type L1 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E1;
        type L2 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E2;
        type L3 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E3;
        type L4 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E4;
        type L6 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E5;
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState079b26cf<__CoroA0, __CoroA1, __CoroT>
    where
        __CoroT: __CoroState079b26cfTypes,
    {
        Created { __coro_a1: __CoroA1, __coro_a0: __CoroA0 },
        S0 {
            __coro_f4: __CoroT::L4,
            __coro_f3: __CoroT::L3,
            __coro_f2: __CoroT::L2,
            __coro_f1: __CoroT::L1,
            __coro_f0: __CoroT::L0,
        },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState079b26cf[__CoroA0, __CoroA1, __CoroT] [where __CoroT :
        __CoroState079b26cfTypes] "::search"[__CoroState079b26cf::S0 { .. }]
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlock079b26cf<__CoroT, __CoroIn>
    where
        __CoroT: __CoroState079b26cfTypes,
    {
        Convert,
        B1 { __coro_f0: __CoroT::L0, __coro_f1: __CoroT::L1 },
        B2 { __coro_f0: __CoroT::L0, __coro_f1: __CoroT::L1, __coro_f2: __CoroT::L2 },
        B3 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
        },
        R0 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
            __coro_in: __CoroIn,
        },
        B6 { __coro_f0: __CoroT::L0, __coro_f1: __CoroT::L1, __coro_f2: __CoroT::L2 },
        B4 { __coro_f0: __CoroT::L0, __coro_f1: __CoroT::L1 },
        B5 {
            __coro_f1: ::coro_core::__private::Option<__CoroT::L1>,
            __coro_f6: __CoroT::L6,
        },
    }
    #[allow(non_snake_case)]
    #[inline(always)]
    fn __coro_typed___CoroBlock079b26cf<__CoroA0, __CoroA1, __CoroT, __CoroIn>(
        _: &__CoroIn,
        _: &__CoroState079b26cf<__CoroA0, __CoroA1, __CoroT>,
    ) -> ::coro_core::__private::PhantomData<__CoroBlock079b26cf<__CoroT, __CoroIn>>
    where
        __CoroT: __CoroState079b26cfTypes,
    {
        ::coro_core::__private::PhantomData
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        u32,
        bool,
        Option<(u32, u32)>,
        ::coro_core::__private::Infallible,
        ::coro_core::__private::GenSend,
        ::coro_core::__private::NoDelegate,
        _,
    > {
        state: __CoroState079b26cf::<
            _,
            _,
            ((_, _, _, _, _, _, (), (), (), (), (), (), (), (), (), ()), ()),
        >::Created {
            __coro_a0: rows,
            __coro_a1: cols,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let __coro_first = ::coro_core::__private::typed_as(
                    __coro_typed___CoroBlock079b26cf(&__coro_in, &*__coro_st),
                    if let __CoroState079b26cf::Created { .. } = __coro_st {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroState079b26cf::Running,
                        ) {
                            __CoroState079b26cf::Created {
                                __coro_a0,
                                __coro_a1,
                            } => '__coro_next: {
                                let __coro_arg0 = __coro_a0;
                                let __coro_arg1 = __coro_a1;
                                {
                                    let rows = __coro_arg0;
                                    let cols = __coro_arg1;
                                    break '__coro_next __CoroBlock079b26cf::B1 {
                                        __coro_f0: rows,
                                        __coro_f1: cols,
                                    };
                                }
                            }
                            _ => ::coro_core::__private::unreachable!(),
                        }
                    } else {
                        __CoroBlock079b26cf::Convert
                    },
                );
                let __coro_dispatch = ::coro_core::__private::dispatch_of(
                    &__coro_first,
                    &*__coro_st,
                    #[cfg_attr(not(debug_assertions), inline(always))]
                    |mut __coro_blk, __coro_st| {
                        loop {
                            __coro_blk = '__coro_next: {
                                match __coro_blk {
                                    __CoroBlock079b26cf::B1 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: rows,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: cols,
                                    } => {
                                        let mut __coro_t2 = ::core::iter::IntoIterator::into_iter(
                                            0..rows,
                                        );
                                        break '__coro_next __CoroBlock079b26cf::B2 {
                                            __coro_f0: rows,
                                            __coro_f1: cols,
                                            __coro_f2: __coro_t2,
                                        };
                                    }
                                    __CoroBlock079b26cf::B2 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: rows,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: cols,
                                        __coro_f2: __coro_h2,
                                    } => {
                                        let mut __coro_t2 = __coro_h2;
                                        {
                                            match ::core::iter::Iterator::next(&mut __coro_t2) {
                                                ::core::option::Option::Some(r) => {
                                                    #[allow(unused_mut)]
                                                    let mut c = 0;
                                                    break '__coro_next __CoroBlock079b26cf::B3 {
                                                        __coro_f0: rows,
                                                        __coro_f1: cols,
                                                        __coro_f2: __coro_t2,
                                                        __coro_f3: r,
                                                        __coro_f4: c,
                                                    };
                                                }
                                                ::core::option::Option::None => {
                                                    {
                                                        break '__coro_next __CoroBlock079b26cf::B4 {
                                                            __coro_f0: rows,
                                                            __coro_f1: cols,
                                                        };
                                                    };
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlock079b26cf::B3 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: rows,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: cols,
                                        __coro_f2: __coro_h2,
                                        __coro_f3: __coro_h3,
                                        __coro_f4: __coro_h4,
                                    } => {
                                        let mut __coro_t2 = __coro_h2;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let r = __coro_h3;
                                                #[allow(unused_mut, unused_variables)]
                                                let mut c = __coro_h4;
                                                {
                                                    if !(c < cols) {
                                                        {
                                                            break '__coro_next __CoroBlock079b26cf::B6 {
                                                                __coro_f0: rows,
                                                                __coro_f1: cols,
                                                                __coro_f2: __coro_t2,
                                                            };
                                                        };
                                                    }
                                                    c += 1;
                                                    let __coro_yielded: u32 = r * cols + c;
                                                    *__coro_st = __CoroState079b26cf::S0 {
                                                        __coro_f0: rows,
                                                        __coro_f1: cols,
                                                        __coro_f2: __coro_t2,
                                                        __coro_f3: r,
                                                        __coro_f4: c,
                                                    };
                                                    return ::coro_core::__private::yielded(__coro_yielded);
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlock079b26cf::R0 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: rows,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: cols,
                                        __coro_f2: __coro_h2,
                                        __coro_f3: __coro_h3,
                                        __coro_f4: __coro_h4,
                                        __coro_in,
                                    } => {
                                        let mut __coro_t2 = __coro_h2;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let r = __coro_h3;
                                                #[allow(unused_mut, unused_variables)]
                                                let mut c = __coro_h4;
                                                {
                                                    let __coro_t5 = ::coro_core::__private::receive_or_raise!(
                                                        receive(__coro_in)
                                                    );
                                                    if !__coro_t5 {
                                                        {
                                                            break '__coro_next __CoroBlock079b26cf::B3 {
                                                                __coro_f0: rows,
                                                                __coro_f1: cols,
                                                                __coro_f2: __coro_t2,
                                                                __coro_f3: r,
                                                                __coro_f4: c,
                                                            };
                                                        };
                                                    }
                                                    {
                                                        break '__coro_next __CoroBlock079b26cf::B5 {
                                                            __coro_f6: Some((r, c)),
                                                            __coro_f1: ::coro_core::__private::Option::Some(cols),
                                                        };
                                                    };
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlock079b26cf::B6 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: rows,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: cols,
                                        __coro_f2: __coro_h2,
                                    } => {
                                        let mut __coro_t2 = __coro_h2;
                                        {
                                            {
                                                {
                                                    ();
                                                    break '__coro_next __CoroBlock079b26cf::B2 {
                                                        __coro_f0: rows,
                                                        __coro_f1: cols,
                                                        __coro_f2: __coro_t2,
                                                    };
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlock079b26cf::B4 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: rows,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: cols,
                                    } => {
                                        {
                                            break '__coro_next __CoroBlock079b26cf::B5 {
                                                __coro_f6: None,
                                                __coro_f1: ::coro_core::__private::Option::Some(cols),
                                            };
                                        };
                                    }
                                    __CoroBlock079b26cf::B5 {
                                        __coro_f1: __coro_h1,
                                        __coro_f6: __coro_h6,
                                    } => {
                                        let __coro_o1 = __coro_h1;
                                        let mut __coro_t6 = __coro_h6;
                                        let found = __coro_t6;
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Complete(found),
                                        );
                                    }
                                    __CoroBlock079b26cf::Convert => {
                                        ::coro_core::__private::unreachable!()
                                    }
                                }
                            };
                        }
                    },
                );
                let __coro_blk = match __coro_first {
                    __CoroBlock079b26cf::Convert => {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroState079b26cf::Running,
                        ) {
                            __CoroState079b26cf::S0 {
                                __coro_f0,
                                __coro_f1,
                                __coro_f2,
                                __coro_f3,
                                __coro_f4,
                            } => {
                                __CoroBlock079b26cf::R0 {
                                    __coro_f0,
                                    __coro_f1,
                                    __coro_f2,
                                    __coro_f3,
                                    __coro_f4,
                                    __coro_in,
                                }
                            }
                            _ => ::coro_core::__private::unreachable!(),
                        }
                    }
                    __coro_first => __coro_first,
                };
                __coro_dispatch(__coro_blk, __coro_st)
            }
        },
        signature: ::coro_core::__private::signature(::coro_core::__private::DebugReport),
    };
    __coro_machine
}
