// Expansion snapshot `chunked_locals`: more than sixteen locals kept: the locals' types as a list of chunks, the whole list's shape written where the state's type starts (the block enum: the loop goes back to its start from the end of an `if`, with no suspension between, which a labeled block's `break` cannot).
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(yield = u64, send = u64)]
// fn wide(seed: u64) -> u64 {
//     let a0 = seed + 0;
//     let a1 = seed + 1;
//     let a2 = seed + 2;
//     let a3 = seed + 3;
//     let a4 = seed + 4;
//     let a5 = seed + 5;
//     let a6 = seed + 6;
//     let a7 = seed + 7;
//     let a8 = seed + 8;
//     let a9 = seed + 9;
//     for i in 0..2u64 {
//         yield_!(a0 + i);
//         if i == 1 {
//             yield_!(a0);
//         }
//     }
//     let b0 = a0 * 2;
//     let b1 = a1 * 2;
//     let b2 = a2 * 2;
//     let b3 = a3 * 2;
//     let b4 = a4 * 2;
//     let b5 = a5 * 2;
//     let b6 = a6 * 2;
//     let b7 = a7 * 2;
//     while yield_!(b0) != 0 {}
//     a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7
// }

fn wide(
    seed: u64,
) -> impl ::coro_core::Coroutine<
    Yield = u64,
    Send = u64,
    Return = u64,
    Error = ::coro_core::__private::Infallible,
> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types)]
    trait __CoroState93148c65Types {
        type L1;
        type L2;
        type L3;
        type L4;
        type L5;
        type L6;
        type L7;
        type L8;
        type L9;
        type L10;
        type L11;
        type L12;
        type L15;
        type L16;
        type L17;
        type L18;
        type L19;
        type L20;
        type L21;
        type L22;
    }
    #[allow(non_camel_case_types)]
    type __CoroState93148c65TypesTail1<__CoroT> = <__CoroT as ::coro_core::__private::Level>::Tail;
    #[allow(non_camel_case_types, clippy::type_complexity)]
    impl<__CoroT: ::coro_core::__private::Level> __CoroState93148c65Types for __CoroT {
        type L1 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E0;
        type L2 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E1;
        type L3 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E2;
        type L4 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E3;
        type L5 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E4;
        type L6 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E5;
        type L7 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E6;
        type L8 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E7;
        type L9 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E8;
        type L10 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E9;
        type L11 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E10;
        type L12 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E11;
        type L15 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E12;
        type L16 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E13;
        type L17 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E14;
        type L18 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E15;
        type L19 = <<__CoroState93148c65TypesTail1<
            __CoroT,
        > as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E0;
        type L20 = <<__CoroState93148c65TypesTail1<
            __CoroT,
        > as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E1;
        type L21 = <<__CoroState93148c65TypesTail1<
            __CoroT,
        > as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E2;
        type L22 = <<__CoroState93148c65TypesTail1<
            __CoroT,
        > as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E3;
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState93148c65<__CoroA0, __CoroT>
    where
        __CoroT: __CoroState93148c65Types,
    {
        Created { __coro_a0: __CoroA0 },
        S0 {
            __coro_f12: __CoroT::L12,
            __coro_f11: __CoroT::L11,
            __coro_f10: __CoroT::L10,
            __coro_f9: __CoroT::L9,
            __coro_f8: __CoroT::L8,
            __coro_f7: __CoroT::L7,
            __coro_f6: __CoroT::L6,
            __coro_f5: __CoroT::L5,
            __coro_f4: __CoroT::L4,
            __coro_f3: __CoroT::L3,
            __coro_f2: __CoroT::L2,
            __coro_f1: __CoroT::L1,
        },
        S1 {
            __coro_f22: __CoroT::L22,
            __coro_f21: __CoroT::L21,
            __coro_f20: __CoroT::L20,
            __coro_f19: __CoroT::L19,
            __coro_f18: __CoroT::L18,
            __coro_f17: __CoroT::L17,
            __coro_f16: __CoroT::L16,
            __coro_f15: __CoroT::L15,
            __coro_f10: __CoroT::L10,
            __coro_f9: __CoroT::L9,
            __coro_f8: __CoroT::L8,
            __coro_f7: __CoroT::L7,
            __coro_f6: __CoroT::L6,
            __coro_f5: __CoroT::L5,
            __coro_f4: __CoroT::L4,
            __coro_f3: __CoroT::L3,
            __coro_f2: __CoroT::L2,
            __coro_f1: __CoroT::L1,
        },
        S2 {
            __coro_f11: __CoroT::L11,
            __coro_f10: __CoroT::L10,
            __coro_f9: __CoroT::L9,
            __coro_f8: __CoroT::L8,
            __coro_f7: __CoroT::L7,
            __coro_f6: __CoroT::L6,
            __coro_f5: __CoroT::L5,
            __coro_f4: __CoroT::L4,
            __coro_f3: __CoroT::L3,
            __coro_f2: __CoroT::L2,
            __coro_f1: __CoroT::L1,
        },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroState93148c65[__CoroA0, __CoroT] [where __CoroT : __CoroState93148c65Types]
        "::wide"[_]
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlock93148c65<__CoroT, __CoroIn>
    where
        __CoroT: __CoroState93148c65Types,
    {
        Convert,
        B1 {
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
            __coro_f5: __CoroT::L5,
            __coro_f6: __CoroT::L6,
            __coro_f7: __CoroT::L7,
            __coro_f8: __CoroT::L8,
            __coro_f9: __CoroT::L9,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
        },
        R0 {
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
            __coro_f5: __CoroT::L5,
            __coro_f6: __CoroT::L6,
            __coro_f7: __CoroT::L7,
            __coro_f8: __CoroT::L8,
            __coro_f9: __CoroT::L9,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f12: __CoroT::L12,
            __coro_in: __CoroIn,
        },
        R2 {
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
            __coro_f5: __CoroT::L5,
            __coro_f6: __CoroT::L6,
            __coro_f7: __CoroT::L7,
            __coro_f8: __CoroT::L8,
            __coro_f9: __CoroT::L9,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_in: __CoroIn,
        },
        B8 {
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
            __coro_f5: __CoroT::L5,
            __coro_f6: __CoroT::L6,
            __coro_f7: __CoroT::L7,
            __coro_f8: __CoroT::L8,
            __coro_f9: __CoroT::L9,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
        },
        B3 {
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
            __coro_f5: __CoroT::L5,
            __coro_f6: __CoroT::L6,
            __coro_f7: __CoroT::L7,
            __coro_f8: __CoroT::L8,
            __coro_f9: __CoroT::L9,
            __coro_f10: __CoroT::L10,
        },
        B4 {
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
            __coro_f5: __CoroT::L5,
            __coro_f6: __CoroT::L6,
            __coro_f7: __CoroT::L7,
            __coro_f8: __CoroT::L8,
            __coro_f9: __CoroT::L9,
            __coro_f10: __CoroT::L10,
            __coro_f15: __CoroT::L15,
            __coro_f16: __CoroT::L16,
            __coro_f17: __CoroT::L17,
            __coro_f18: __CoroT::L18,
            __coro_f19: __CoroT::L19,
            __coro_f20: __CoroT::L20,
            __coro_f21: __CoroT::L21,
            __coro_f22: __CoroT::L22,
        },
        R1 {
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
            __coro_f5: __CoroT::L5,
            __coro_f6: __CoroT::L6,
            __coro_f7: __CoroT::L7,
            __coro_f8: __CoroT::L8,
            __coro_f9: __CoroT::L9,
            __coro_f10: __CoroT::L10,
            __coro_f15: __CoroT::L15,
            __coro_f16: __CoroT::L16,
            __coro_f17: __CoroT::L17,
            __coro_f18: __CoroT::L18,
            __coro_f19: __CoroT::L19,
            __coro_f20: __CoroT::L20,
            __coro_f21: __CoroT::L21,
            __coro_f22: __CoroT::L22,
            __coro_in: __CoroIn,
        },
        B6 {
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: __CoroT::L3,
            __coro_f4: __CoroT::L4,
            __coro_f5: __CoroT::L5,
            __coro_f6: __CoroT::L6,
            __coro_f7: __CoroT::L7,
            __coro_f8: __CoroT::L8,
            __coro_f9: __CoroT::L9,
            __coro_f10: __CoroT::L10,
            __coro_f15: __CoroT::L15,
            __coro_f16: __CoroT::L16,
            __coro_f17: __CoroT::L17,
            __coro_f18: __CoroT::L18,
            __coro_f19: __CoroT::L19,
            __coro_f20: __CoroT::L20,
            __coro_f21: __CoroT::L21,
            __coro_f22: __CoroT::L22,
        },
    }
    #[allow(non_snake_case)]
    #[inline(always)]
    fn __coro_typed___CoroBlock93148c65<__CoroA0, __CoroT, __CoroIn>(
        _: &__CoroIn,
        _: &__CoroState93148c65<__CoroA0, __CoroT>,
    ) -> ::coro_core::__private::PhantomData<__CoroBlock93148c65<__CoroT, __CoroIn>>
    where
        __CoroT: __CoroState93148c65Types,
    {
        ::coro_core::__private::PhantomData
    }
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
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
        state: __CoroState93148c65::<
            _,
            (
                (_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _),
                ((_, _, _, _, (), (), (), (), (), (), (), (), (), (), (), ()), ()),
            ),
        >::Created {
            __coro_a0: seed,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let __coro_first = ::coro_core::__private::typed_as(
                    __coro_typed___CoroBlock93148c65(&__coro_in, &*__coro_st),
                    if let __CoroState93148c65::Created { .. } = __coro_st {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroState93148c65::Running,
                        ) {
                            __CoroState93148c65::Created { __coro_a0 } => '__coro_next: {
                                let __coro_arg0 = __coro_a0;
                                {
                                    let seed = __coro_arg0;
                                    let a0 = seed + 0;
                                    let a1 = seed + 1;
                                    let a2 = seed + 2;
                                    let a3 = seed + 3;
                                    let a4 = seed + 4;
                                    let a5 = seed + 5;
                                    let a6 = seed + 6;
                                    let a7 = seed + 7;
                                    let a8 = seed + 8;
                                    let a9 = seed + 9;
                                    let mut __coro_t11 = ::core::iter::IntoIterator::into_iter(
                                        0..2u64,
                                    );
                                    break '__coro_next __CoroBlock93148c65::B1 {
                                        __coro_f1: a0,
                                        __coro_f2: a1,
                                        __coro_f3: a2,
                                        __coro_f4: a3,
                                        __coro_f5: a4,
                                        __coro_f6: a5,
                                        __coro_f7: a6,
                                        __coro_f8: a7,
                                        __coro_f9: a8,
                                        __coro_f10: a9,
                                        __coro_f11: __coro_t11,
                                    };
                                }
                            }
                            _ => ::coro_core::__private::unreachable!(),
                        }
                    } else {
                        __CoroBlock93148c65::Convert
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
                                    __CoroBlock93148c65::B1 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: a0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f2: a1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f3: a2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f4: a3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f5: a4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f6: a5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f7: a6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f8: a7,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f9: a8,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f10: a9,
                                        __coro_f11: mut __coro_t11,
                                    } => {
                                        match ::core::iter::Iterator::next(&mut __coro_t11) {
                                            ::core::option::Option::Some(i) => {
                                                let __coro_yielded: u64 = a0 + i;
                                                *__coro_st = __CoroState93148c65::S0 {
                                                    __coro_f1: a0,
                                                    __coro_f2: a1,
                                                    __coro_f3: a2,
                                                    __coro_f4: a3,
                                                    __coro_f5: a4,
                                                    __coro_f6: a5,
                                                    __coro_f7: a6,
                                                    __coro_f8: a7,
                                                    __coro_f9: a8,
                                                    __coro_f10: a9,
                                                    __coro_f11: __coro_t11,
                                                    __coro_f12: i,
                                                };
                                                return ::coro_core::__private::yielded(__coro_yielded);
                                            }
                                            ::core::option::Option::None => {
                                                {
                                                    break '__coro_next __CoroBlock93148c65::B3 {
                                                        __coro_f1: a0,
                                                        __coro_f2: a1,
                                                        __coro_f3: a2,
                                                        __coro_f4: a3,
                                                        __coro_f5: a4,
                                                        __coro_f6: a5,
                                                        __coro_f7: a6,
                                                        __coro_f8: a7,
                                                        __coro_f9: a8,
                                                        __coro_f10: a9,
                                                    };
                                                };
                                            }
                                        }
                                    }
                                    __CoroBlock93148c65::R0 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: a0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f2: a1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f3: a2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f4: a3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f5: a4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f6: a5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f7: a6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f8: a7,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f9: a8,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f10: a9,
                                        __coro_f11: mut __coro_t11,
                                        __coro_f12: __coro_h12,
                                        __coro_in,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let i = __coro_h12;
                                        let __coro_t13 = ::coro_core::__private::receive_or_raise!(
                                            receive(__coro_in)
                                        );
                                        if i == 1 {
                                            let __coro_yielded: u64 = a0;
                                            *__coro_st = __CoroState93148c65::S2 {
                                                __coro_f1: a0,
                                                __coro_f2: a1,
                                                __coro_f3: a2,
                                                __coro_f4: a3,
                                                __coro_f5: a4,
                                                __coro_f6: a5,
                                                __coro_f7: a6,
                                                __coro_f8: a7,
                                                __coro_f9: a8,
                                                __coro_f10: a9,
                                                __coro_f11: __coro_t11,
                                            };
                                            return ::coro_core::__private::yielded(__coro_yielded);
                                        } else {
                                            {
                                                ();
                                                break '__coro_next __CoroBlock93148c65::B8 {
                                                    __coro_f1: a0,
                                                    __coro_f2: a1,
                                                    __coro_f3: a2,
                                                    __coro_f4: a3,
                                                    __coro_f5: a4,
                                                    __coro_f6: a5,
                                                    __coro_f7: a6,
                                                    __coro_f8: a7,
                                                    __coro_f9: a8,
                                                    __coro_f10: a9,
                                                    __coro_f11: __coro_t11,
                                                };
                                            }
                                        }
                                    }
                                    __CoroBlock93148c65::B8 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: a0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f2: a1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f3: a2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f4: a3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f5: a4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f6: a5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f7: a6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f8: a7,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f9: a8,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f10: a9,
                                        __coro_f11: mut __coro_t11,
                                    } => {
                                        ();
                                        break '__coro_next __CoroBlock93148c65::B1 {
                                            __coro_f1: a0,
                                            __coro_f2: a1,
                                            __coro_f3: a2,
                                            __coro_f4: a3,
                                            __coro_f5: a4,
                                            __coro_f6: a5,
                                            __coro_f7: a6,
                                            __coro_f8: a7,
                                            __coro_f9: a8,
                                            __coro_f10: a9,
                                            __coro_f11: __coro_t11,
                                        };
                                    }
                                    __CoroBlock93148c65::B3 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: a0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f2: a1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f3: a2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f4: a3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f5: a4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f6: a5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f7: a6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f8: a7,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f9: a8,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f10: a9,
                                    } => {
                                        let b0 = a0 * 2;
                                        let b1 = a1 * 2;
                                        let b2 = a2 * 2;
                                        let b3 = a3 * 2;
                                        let b4 = a4 * 2;
                                        let b5 = a5 * 2;
                                        let b6 = a6 * 2;
                                        let b7 = a7 * 2;
                                        break '__coro_next __CoroBlock93148c65::B4 {
                                            __coro_f1: a0,
                                            __coro_f2: a1,
                                            __coro_f3: a2,
                                            __coro_f4: a3,
                                            __coro_f5: a4,
                                            __coro_f6: a5,
                                            __coro_f7: a6,
                                            __coro_f8: a7,
                                            __coro_f9: a8,
                                            __coro_f10: a9,
                                            __coro_f15: b0,
                                            __coro_f16: b1,
                                            __coro_f17: b2,
                                            __coro_f18: b3,
                                            __coro_f19: b4,
                                            __coro_f20: b5,
                                            __coro_f21: b6,
                                            __coro_f22: b7,
                                        };
                                    }
                                    __CoroBlock93148c65::B4 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: a0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f2: a1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f3: a2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f4: a3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f5: a4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f6: a5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f7: a6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f8: a7,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f9: a8,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f10: a9,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f15: b0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f16: b1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f17: b2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f18: b3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f19: b4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f20: b5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f21: b6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f22: b7,
                                    } => {
                                        let __coro_yielded: u64 = b0;
                                        *__coro_st = __CoroState93148c65::S1 {
                                            __coro_f1: a0,
                                            __coro_f2: a1,
                                            __coro_f3: a2,
                                            __coro_f4: a3,
                                            __coro_f5: a4,
                                            __coro_f6: a5,
                                            __coro_f7: a6,
                                            __coro_f8: a7,
                                            __coro_f9: a8,
                                            __coro_f10: a9,
                                            __coro_f15: b0,
                                            __coro_f16: b1,
                                            __coro_f17: b2,
                                            __coro_f18: b3,
                                            __coro_f19: b4,
                                            __coro_f20: b5,
                                            __coro_f21: b6,
                                            __coro_f22: b7,
                                        };
                                        return ::coro_core::__private::yielded(__coro_yielded);
                                    }
                                    __CoroBlock93148c65::R1 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: a0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f2: a1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f3: a2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f4: a3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f5: a4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f6: a5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f7: a6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f8: a7,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f9: a8,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f10: a9,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f15: b0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f16: b1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f17: b2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f18: b3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f19: b4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f20: b5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f21: b6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f22: b7,
                                        __coro_in,
                                    } => {
                                        let __coro_t23 = ::coro_core::__private::receive_or_raise!(
                                            receive(__coro_in)
                                        );
                                        if !(__coro_t23 != 0) {
                                            {
                                                break '__coro_next __CoroBlock93148c65::B6 {
                                                    __coro_f1: a0,
                                                    __coro_f2: a1,
                                                    __coro_f3: a2,
                                                    __coro_f4: a3,
                                                    __coro_f5: a4,
                                                    __coro_f6: a5,
                                                    __coro_f7: a6,
                                                    __coro_f8: a7,
                                                    __coro_f9: a8,
                                                    __coro_f10: a9,
                                                    __coro_f15: b0,
                                                    __coro_f16: b1,
                                                    __coro_f17: b2,
                                                    __coro_f18: b3,
                                                    __coro_f19: b4,
                                                    __coro_f20: b5,
                                                    __coro_f21: b6,
                                                    __coro_f22: b7,
                                                };
                                            };
                                        }
                                        break '__coro_next __CoroBlock93148c65::B4 {
                                            __coro_f1: a0,
                                            __coro_f2: a1,
                                            __coro_f3: a2,
                                            __coro_f4: a3,
                                            __coro_f5: a4,
                                            __coro_f6: a5,
                                            __coro_f7: a6,
                                            __coro_f8: a7,
                                            __coro_f9: a8,
                                            __coro_f10: a9,
                                            __coro_f15: b0,
                                            __coro_f16: b1,
                                            __coro_f17: b2,
                                            __coro_f18: b3,
                                            __coro_f19: b4,
                                            __coro_f20: b5,
                                            __coro_f21: b6,
                                            __coro_f22: b7,
                                        };
                                    }
                                    __CoroBlock93148c65::B6 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: a0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f2: a1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f3: a2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f4: a3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f5: a4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f6: a5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f7: a6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f8: a7,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f9: a8,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f10: a9,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f15: b0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f16: b1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f17: b2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f18: b3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f19: b4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f20: b5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f21: b6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f22: b7,
                                    } => {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Complete(
                                                a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + b0 + b1
                                                    + b2 + b3 + b4 + b5 + b6 + b7,
                                            ),
                                        );
                                    }
                                    __CoroBlock93148c65::R2 { .. } => {
                                        ::coro_core::__private::unreachable!()
                                    }
                                    __CoroBlock93148c65::Convert => {
                                        ::coro_core::__private::unreachable!()
                                    }
                                }
                            };
                        }
                    },
                );
                let __coro_blk = match __coro_first {
                    __CoroBlock93148c65::Convert => {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroState93148c65::Running,
                        ) {
                            __CoroState93148c65::S0 {
                                __coro_f1,
                                __coro_f2,
                                __coro_f3,
                                __coro_f4,
                                __coro_f5,
                                __coro_f6,
                                __coro_f7,
                                __coro_f8,
                                __coro_f9,
                                __coro_f10,
                                __coro_f11,
                                __coro_f12,
                            } => {
                                __CoroBlock93148c65::R0 {
                                    __coro_f1,
                                    __coro_f2,
                                    __coro_f3,
                                    __coro_f4,
                                    __coro_f5,
                                    __coro_f6,
                                    __coro_f7,
                                    __coro_f8,
                                    __coro_f9,
                                    __coro_f10,
                                    __coro_f11,
                                    __coro_f12,
                                    __coro_in,
                                }
                            }
                            __CoroState93148c65::S1 {
                                __coro_f1,
                                __coro_f2,
                                __coro_f3,
                                __coro_f4,
                                __coro_f5,
                                __coro_f6,
                                __coro_f7,
                                __coro_f8,
                                __coro_f9,
                                __coro_f10,
                                __coro_f15,
                                __coro_f16,
                                __coro_f17,
                                __coro_f18,
                                __coro_f19,
                                __coro_f20,
                                __coro_f21,
                                __coro_f22,
                            } => {
                                __CoroBlock93148c65::R1 {
                                    __coro_f1,
                                    __coro_f2,
                                    __coro_f3,
                                    __coro_f4,
                                    __coro_f5,
                                    __coro_f6,
                                    __coro_f7,
                                    __coro_f8,
                                    __coro_f9,
                                    __coro_f10,
                                    __coro_f15,
                                    __coro_f16,
                                    __coro_f17,
                                    __coro_f18,
                                    __coro_f19,
                                    __coro_f20,
                                    __coro_f21,
                                    __coro_f22,
                                    __coro_in,
                                }
                            }
                            __CoroState93148c65::S2 {
                                __coro_f1,
                                __coro_f2,
                                __coro_f3,
                                __coro_f4,
                                __coro_f5,
                                __coro_f6,
                                __coro_f7,
                                __coro_f8,
                                __coro_f9,
                                __coro_f10,
                                __coro_f11,
                            } => '__coro_next: {
                                match (__CoroBlock93148c65::R2 {
                                    __coro_f1,
                                    __coro_f2,
                                    __coro_f3,
                                    __coro_f4,
                                    __coro_f5,
                                    __coro_f6,
                                    __coro_f7,
                                    __coro_f8,
                                    __coro_f9,
                                    __coro_f10,
                                    __coro_f11,
                                    __coro_in,
                                }) {
                                    __CoroBlock93148c65::R2 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f1: a0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f2: a1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f3: a2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f4: a3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f5: a4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f6: a5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f7: a6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f8: a7,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f9: a8,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f10: a9,
                                        __coro_f11: mut __coro_t11,
                                        __coro_in,
                                    } => {
                                        let __coro_t14 = ::coro_core::__private::receive_or_raise!(
                                            receive(__coro_in)
                                        );
                                        break '__coro_next __CoroBlock93148c65::B8 {
                                            __coro_f1: a0,
                                            __coro_f2: a1,
                                            __coro_f3: a2,
                                            __coro_f4: a3,
                                            __coro_f5: a4,
                                            __coro_f6: a5,
                                            __coro_f7: a6,
                                            __coro_f8: a7,
                                            __coro_f9: a8,
                                            __coro_f10: a9,
                                            __coro_f11: __coro_t11,
                                        };
                                    }
                                    __coro_other => __coro_other,
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
