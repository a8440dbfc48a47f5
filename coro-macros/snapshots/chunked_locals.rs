// Expansion snapshot `chunked_locals`: more than sixteen locals kept: the locals' types as a list of chunks, the whole list's shape written where the state's type starts (the block enum: `k` is typed only by the loop's start, which the labeled blocks would write after the code that resumes with it).
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
//         let k = i + 1;
//         yield_!(a0 + i);
//         yield_!(a0 + k);
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
    trait __CoroState7dccef3cTypes {
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
        type L13;
        type L16;
        type L17;
        type L18;
        type L19;
        type L20;
        type L21;
        type L22;
        type L23;
    }
    #[allow(non_camel_case_types)]
    type __CoroState7dccef3cTypesTail1<__CoroT> = <__CoroT as ::coro_core::__private::Level>::Tail;
    #[allow(non_camel_case_types, clippy::type_complexity)]
    impl<__CoroT: ::coro_core::__private::Level> __CoroState7dccef3cTypes for __CoroT {
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
        type L13 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E11;
        type L16 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E12;
        type L17 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E13;
        type L18 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E14;
        type L19 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E15;
        type L20 = <<__CoroState7dccef3cTypesTail1<
            __CoroT,
        > as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E0;
        type L21 = <<__CoroState7dccef3cTypesTail1<
            __CoroT,
        > as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E1;
        type L22 = <<__CoroState7dccef3cTypesTail1<
            __CoroT,
        > as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E2;
        type L23 = <<__CoroState7dccef3cTypesTail1<
            __CoroT,
        > as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E3;
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState7dccef3c<__CoroA0, __CoroT>
    where
        __CoroT: __CoroState7dccef3cTypes,
    {
        Created { __coro_a0: __CoroA0 },
        S0 {
            __coro_f13: __CoroT::L13,
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
            __coro_f23: __CoroT::L23,
            __coro_f22: __CoroT::L22,
            __coro_f21: __CoroT::L21,
            __coro_f20: __CoroT::L20,
            __coro_f19: __CoroT::L19,
            __coro_f18: __CoroT::L18,
            __coro_f17: __CoroT::L17,
            __coro_f16: __CoroT::L16,
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
    impl<__CoroA0, __CoroT> ::coro_core::__private::StateEnum
    for __CoroState7dccef3c<__CoroA0, __CoroT>
    where
        __CoroT: __CoroState7dccef3cTypes,
    {
        const NAME: &'static str = ::core::concat!(::core::module_path!(), "::wide");
        #[inline]
        fn status(&self) -> ::coro_core::__private::Status {
            match self {
                __CoroState7dccef3c::Created { .. } => {
                    ::coro_core::__private::Status::Created
                }
                __CoroState7dccef3c::Finished => ::coro_core::__private::Status::Finished,
                __CoroState7dccef3c::Running => ::coro_core::__private::Status::Running,
                __CoroState7dccef3c::PoisonReported => {
                    ::coro_core::__private::Status::PoisonReported
                }
                _ => ::coro_core::__private::Status::Suspended,
            }
        }
        const FINISHED: Self = __CoroState7dccef3c::Finished;
        const POISON_REPORTED: Self = __CoroState7dccef3c::PoisonReported;
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlock7dccef3c<__CoroT, __CoroIn>
    where
        __CoroT: __CoroState7dccef3cTypes,
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
            __coro_f13: __CoroT::L13,
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
            __coro_f16: __CoroT::L16,
            __coro_f17: __CoroT::L17,
            __coro_f18: __CoroT::L18,
            __coro_f19: __CoroT::L19,
            __coro_f20: __CoroT::L20,
            __coro_f21: __CoroT::L21,
            __coro_f22: __CoroT::L22,
            __coro_f23: __CoroT::L23,
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
            __coro_f16: __CoroT::L16,
            __coro_f17: __CoroT::L17,
            __coro_f18: __CoroT::L18,
            __coro_f19: __CoroT::L19,
            __coro_f20: __CoroT::L20,
            __coro_f21: __CoroT::L21,
            __coro_f22: __CoroT::L22,
            __coro_f23: __CoroT::L23,
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
            __coro_f16: __CoroT::L16,
            __coro_f17: __CoroT::L17,
            __coro_f18: __CoroT::L18,
            __coro_f19: __CoroT::L19,
            __coro_f20: __CoroT::L20,
            __coro_f21: __CoroT::L21,
            __coro_f22: __CoroT::L22,
            __coro_f23: __CoroT::L23,
        },
    }
    #[allow(non_snake_case)]
    #[inline(always)]
    fn __coro_typed___CoroBlock7dccef3c<__CoroA0, __CoroT, __CoroIn>(
        _: &__CoroIn,
        _: &__CoroState7dccef3c<__CoroA0, __CoroT>,
    ) -> ::coro_core::__private::PhantomData<__CoroBlock7dccef3c<__CoroT, __CoroIn>>
    where
        __CoroT: __CoroState7dccef3cTypes,
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
        state: __CoroState7dccef3c::<
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
                    __coro_typed___CoroBlock7dccef3c(&__coro_in, &*__coro_st),
                    if let __CoroState7dccef3c::Created { .. } = __coro_st {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroState7dccef3c::Running,
                        ) {
                            __CoroState7dccef3c::Created { __coro_a0 } => '__coro_next: {
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
                                    #[allow(unused_mut)]
                                    let mut __coro_t11 = ::core::iter::IntoIterator::into_iter(
                                        0..2u64,
                                    );
                                    break '__coro_next __CoroBlock7dccef3c::B1 {
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
                        __CoroBlock7dccef3c::Convert
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
                                    __CoroBlock7dccef3c::B1 {
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
                                        __coro_f11: mut __coro_t11,
                                    } => {
                                        match ::core::iter::Iterator::next(&mut __coro_t11) {
                                            ::core::option::Option::Some(i) => {
                                                let k = i + 1;
                                                let __coro_yielded: u64 = a0 + i;
                                                *__coro_st = __CoroState7dccef3c::S0 {
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
                                                    __coro_f13: k,
                                                };
                                                return ::coro_core::__private::yielded(__coro_yielded);
                                            }
                                            ::core::option::Option::None => {
                                                {
                                                    break '__coro_next __CoroBlock7dccef3c::B3 {
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
                                    __CoroBlock7dccef3c::R0 {
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
                                        __coro_f11: mut __coro_t11,
                                        __coro_f13: __coro_h13,
                                        __coro_in,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let k = __coro_h13;
                                        let __coro_t14 = ::coro_core::__private::receive_or_raise!(
                                            receive(__coro_in)
                                        );
                                        let __coro_yielded: u64 = a0 + k;
                                        *__coro_st = __CoroState7dccef3c::S2 {
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
                                    }
                                    __CoroBlock7dccef3c::B3 {
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
                                        break '__coro_next __CoroBlock7dccef3c::B4 {
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
                                            __coro_f16: b0,
                                            __coro_f17: b1,
                                            __coro_f18: b2,
                                            __coro_f19: b3,
                                            __coro_f20: b4,
                                            __coro_f21: b5,
                                            __coro_f22: b6,
                                            __coro_f23: b7,
                                        };
                                    }
                                    __CoroBlock7dccef3c::B4 {
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
                                        __coro_f16: b0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f17: b1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f18: b2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f19: b3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f20: b4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f21: b5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f22: b6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f23: b7,
                                    } => {
                                        let __coro_yielded: u64 = b0;
                                        *__coro_st = __CoroState7dccef3c::S1 {
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
                                            __coro_f16: b0,
                                            __coro_f17: b1,
                                            __coro_f18: b2,
                                            __coro_f19: b3,
                                            __coro_f20: b4,
                                            __coro_f21: b5,
                                            __coro_f22: b6,
                                            __coro_f23: b7,
                                        };
                                        return ::coro_core::__private::yielded(__coro_yielded);
                                    }
                                    __CoroBlock7dccef3c::R1 {
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
                                        __coro_f16: b0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f17: b1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f18: b2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f19: b3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f20: b4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f21: b5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f22: b6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f23: b7,
                                        __coro_in,
                                    } => {
                                        let __coro_t24 = ::coro_core::__private::receive_or_raise!(
                                            receive(__coro_in)
                                        );
                                        if !(__coro_t24 != 0) {
                                            {
                                                break '__coro_next __CoroBlock7dccef3c::B6 {
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
                                                    __coro_f16: b0,
                                                    __coro_f17: b1,
                                                    __coro_f18: b2,
                                                    __coro_f19: b3,
                                                    __coro_f20: b4,
                                                    __coro_f21: b5,
                                                    __coro_f22: b6,
                                                    __coro_f23: b7,
                                                };
                                            };
                                        }
                                        break '__coro_next __CoroBlock7dccef3c::B4 {
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
                                            __coro_f16: b0,
                                            __coro_f17: b1,
                                            __coro_f18: b2,
                                            __coro_f19: b3,
                                            __coro_f20: b4,
                                            __coro_f21: b5,
                                            __coro_f22: b6,
                                            __coro_f23: b7,
                                        };
                                    }
                                    __CoroBlock7dccef3c::B6 {
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
                                        __coro_f16: b0,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f17: b1,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f18: b2,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f19: b3,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f20: b4,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f21: b5,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f22: b6,
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f23: b7,
                                    } => {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Complete(
                                                a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + b0 + b1
                                                    + b2 + b3 + b4 + b5 + b6 + b7,
                                            ),
                                        );
                                    }
                                    __CoroBlock7dccef3c::R2 { .. } => {
                                        ::coro_core::__private::unreachable!()
                                    }
                                    __CoroBlock7dccef3c::Convert => {
                                        ::coro_core::__private::unreachable!()
                                    }
                                }
                            };
                        }
                    },
                );
                let __coro_blk = match __coro_first {
                    __CoroBlock7dccef3c::Convert => {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroState7dccef3c::Running,
                        ) {
                            __CoroState7dccef3c::S0 {
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
                                __coro_f13,
                            } => {
                                __CoroBlock7dccef3c::R0 {
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
                                    __coro_f13,
                                    __coro_in,
                                }
                            }
                            __CoroState7dccef3c::S1 {
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
                                __coro_f16,
                                __coro_f17,
                                __coro_f18,
                                __coro_f19,
                                __coro_f20,
                                __coro_f21,
                                __coro_f22,
                                __coro_f23,
                            } => {
                                __CoroBlock7dccef3c::R1 {
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
                                    __coro_f16,
                                    __coro_f17,
                                    __coro_f18,
                                    __coro_f19,
                                    __coro_f20,
                                    __coro_f21,
                                    __coro_f22,
                                    __coro_f23,
                                    __coro_in,
                                }
                            }
                            __CoroState7dccef3c::S2 {
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
                                match (__CoroBlock7dccef3c::R2 {
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
                                    __CoroBlock7dccef3c::R2 {
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
                                        __coro_f11: mut __coro_t11,
                                        __coro_in,
                                    } => {
                                        let __coro_t15 = ::coro_core::__private::receive_or_raise!(
                                            receive(__coro_in)
                                        );
                                        break '__coro_next __CoroBlock7dccef3c::B1 {
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
        signature: ::coro_core::__private::signature(
            ::coro_core::__private::ReportOf::<::coro_core::__private::Infallible>::new()
                .report(),
        ),
    };
    __coro_machine
}
