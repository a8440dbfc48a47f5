// Expansion snapshot `async_generator`: an async generator: awaits a future, `async_for!` over a stream, `async_with!`; items and awaits share one machine (`AsyncYield` / `AsyncSent`).
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(async_generator, yield = u32, error = Oops)]
// fn pages(source: Source) {
//     async_with!(let session = source.session() {
//         async_for!(row in session.rows() {
//             let checked = await_!(check(row));
//             yield_!(checked);
//         });
//     });
// }

fn pages(
    source: Source,
) -> impl ::coro_core::AsyncGenerator<
    Item = u32,
    Send = (),
    Error = Oops,
    AwaitYield = ::coro_core::Pending,
    AwaitSend = (),
> + ::coro_core::AsyncIterator<
    Item = u32,
    Yield = ::coro_core::Pending,
    Send = (),
    Error = Oops,
> + ::coro_core::__private::Stream<
    Item = ::coro_core::__private::Result<u32, ::coro_core::Error<Oops>>,
> {
    async_with!(@ __coro_used);
    async_for!(@ __coro_used);
    await_!(@ __coro_used);
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types)]
    trait __CoroStatee535bf8bTypes {
        type L0;
        type L1;
        type L2: ::coro_core::Coroutine;
        type L10;
        type L11;
        type L12: ::coro_core::Coroutine;
        type L22: ::coro_core::Coroutine;
        type L32;
        type L33;
        type L34: ::coro_core::Coroutine;
        type L42;
        type L43: ::coro_core::Coroutine;
    }
    #[allow(non_camel_case_types, clippy::type_complexity)]
    impl<__CoroT: ::coro_core::__private::Level> __CoroStatee535bf8bTypes for __CoroT
    where
        <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E0: ::coro_core::Coroutine,
        <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E1: ::coro_core::Coroutine,
        <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E2: ::coro_core::Coroutine,
        <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E3: ::coro_core::Coroutine,
        <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E4: ::coro_core::Coroutine,
    {
        type L0 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E5;
        type L1 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E6;
        type L2 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E0;
        type L10 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E7;
        type L11 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E8;
        type L12 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E1;
        type L22 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E2;
        type L32 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E9;
        type L33 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E10;
        type L34 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E3;
        type L42 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E11;
        type L43 = <<__CoroT as ::coro_core::__private::Level>::Head as ::coro_core::__private::Chunk>::E4;
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroStatee535bf8b<__CoroA0, __CoroT>
    where
        __CoroT: __CoroStatee535bf8bTypes,
    {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f2: __CoroT::L2, __coro_f1: __CoroT::L1, __coro_f0: __CoroT::L0 },
        S1 {
            __coro_f12: __CoroT::L12,
            __coro_f11: __CoroT::L11,
            __coro_f10: __CoroT::L10,
            __coro_f1: __CoroT::L1,
            __coro_f0: __CoroT::L0,
        },
        S2 {
            __coro_f34: __CoroT::L34,
            __coro_f33: __CoroT::L33,
            __coro_f11: __CoroT::L11,
            __coro_f10: __CoroT::L10,
            __coro_f1: __CoroT::L1,
            __coro_f0: __CoroT::L0,
        },
        S3 {
            __coro_f43: __CoroT::L43,
            __coro_f42: __CoroT::L42,
            __coro_f10: __CoroT::L10,
            __coro_f1: __CoroT::L1,
            __coro_f0: __CoroT::L0,
        },
        S4 {
            __coro_f22: __CoroT::L22,
            __coro_f12: __CoroT::L12,
            __coro_f11: __CoroT::L11,
            __coro_f10: __CoroT::L10,
            __coro_f1: __CoroT::L1,
            __coro_f0: __CoroT::L0,
        },
        S5 {
            __coro_f12: __CoroT::L12,
            __coro_f11: __CoroT::L11,
            __coro_f10: __CoroT::L10,
            __coro_f1: __CoroT::L1,
            __coro_f0: __CoroT::L0,
        },
        Finished,
        Running,
        PoisonReported,
    }
    ::coro_core::__private::state_enum_impl! {
        __CoroStatee535bf8b[__CoroA0, __CoroT] [where __CoroT : __CoroStatee535bf8bTypes]
        "::pages"[_]
    }
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroBlocke535bf8b<__CoroT, __CoroIn>
    where
        __CoroT: __CoroStatee535bf8bTypes,
    {
        Convert,
        B1 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f2: __CoroT::L2,
            __coro_f3: ::coro_core::__private::StepOf<__CoroT::L2>,
        },
        B3 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f9: ::coro_core::__private::ReturnOf<__CoroT::L2>,
        },
        B4 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f12: __CoroT::L12,
        },
        B5 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f12: __CoroT::L12,
            __coro_f13: ::coro_core::__private::StepOf<__CoroT::L12>,
        },
        B7 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f12: __CoroT::L12,
            __coro_f19: ::coro_core::__private::ReturnOf<__CoroT::L12>,
        },
        B19 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f12: __CoroT::L12,
            __coro_f22: __CoroT::L22,
            __coro_f23: ::coro_core::__private::StepOf<__CoroT::L22>,
        },
        B24 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f12: __CoroT::L12,
            __coro_f29: ::coro_core::__private::ReturnOf<__CoroT::L22>,
        },
        R5 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f12: __CoroT::L12,
            __coro_in: __CoroIn,
        },
        B21 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f12: __CoroT::L12,
        },
        B20 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f12: __CoroT::L12,
        },
        B22 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
        },
        B8 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f32: __CoroT::L32,
        },
        B9 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f33: __CoroT::L33,
            __coro_f34: __CoroT::L34,
            __coro_f35: ::coro_core::__private::StepOf<__CoroT::L34>,
        },
        B11 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f33: __CoroT::L33,
            __coro_f41: ::coro_core::__private::ReturnOf<__CoroT::L34>,
        },
        B12 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f11: __CoroT::L11,
            __coro_f42: __CoroT::L42,
        },
        B13 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f42: __CoroT::L42,
            __coro_f43: __CoroT::L43,
            __coro_f44: ::coro_core::__private::StepOf<__CoroT::L43>,
        },
        B14 {
            __coro_f0: __CoroT::L0,
            __coro_f1: __CoroT::L1,
            __coro_f10: __CoroT::L10,
            __coro_f42: __CoroT::L42,
        },
        B15 { __coro_f0: __CoroT::L0, __coro_f1: __CoroT::L1, __coro_f10: __CoroT::L10 },
        B16 { __coro_f0: __CoroT::L0 },
    }
    #[allow(non_snake_case)]
    #[inline(always)]
    fn __coro_typed___CoroBlocke535bf8b<__CoroA0, __CoroT, __CoroIn>(
        _: &__CoroIn,
        _: &__CoroStatee535bf8b<__CoroA0, __CoroT>,
    ) -> ::coro_core::__private::PhantomData<__CoroBlocke535bf8b<__CoroT, __CoroIn>>
    where
        __CoroT: __CoroStatee535bf8bTypes,
    {
        ::coro_core::__private::PhantomData
    }
    ::coro_core::__private::assert_error_type::<Oops>();
    #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
    let __coro_machine = ::coro_core::__private::Machine::<
        _,
        _,
        ::coro_core::__private::AsyncYield<u32, ::coro_core::Pending>,
        ::coro_core::__private::AsyncSent<(), ()>,
        (),
        Oops,
        ::coro_core::__private::AsyncGenBody,
        ::coro_core::__private::Delegates,
        _,
    > {
        state: __CoroStatee535bf8b::<
            _,
            ((_, _, _, _, _, _, _, _, _, _, _, _, (), (), (), ()), ()),
        >::Created {
            __coro_a0: source,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let __coro_first = ::coro_core::__private::typed_as(
                    __coro_typed___CoroBlocke535bf8b(&__coro_in, &*__coro_st),
                    if let __CoroStatee535bf8b::Created { .. } = __coro_st {
                        match ::coro_core::__private::replace(
                            __coro_st,
                            __CoroStatee535bf8b::Running,
                        ) {
                            __CoroStatee535bf8b::Created { __coro_a0 } => '__coro_next: {
                                let __coro_arg0 = __coro_a0;
                                {
                                    let source = __coro_arg0;
                                    {
                                        #[allow(unused_mut)]
                                        let mut __coro_manager2 = source.session();
                                        let mut __coro_t2 = <::coro_core::__private::AsyncGenDelegator<
                                            u32,
                                            (),
                                            ::coro_core::Pending,
                                            (),
                                            Oops,
                                        >>::into_awaiter({
                                            #[allow(unused_imports)]
                                            use ::coro_core::__private::{
                                                AwaitViaAwaitable as _, AwaitViaFuture as _,
                                            };
                                            (&::coro_core::__private::Operand::new(
                                                ::coro_core::AsyncContextManager::aenter(
                                                    &mut __coro_manager2,
                                                ),
                                            ))
                                                .__coro_awaiter::<
                                                    ::coro_core::Pending,
                                                    (),
                                                >(::coro_core::__private::Channel::new())
                                        });
                                        break '__coro_next __CoroBlocke535bf8b::B1 {
                                            __coro_f3: ::coro_core::__private::drive(
                                                &mut __coro_t2,
                                                ::coro_core::__private::Input::Start,
                                            ),
                                            __coro_f0: source,
                                            __coro_f1: __coro_manager2,
                                            __coro_f2: __coro_t2,
                                        };
                                    }
                                }
                            }
                            _ => ::coro_core::__private::unreachable!(),
                        }
                    } else {
                        __CoroBlocke535bf8b::Convert
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
                                    __CoroBlocke535bf8b::B1 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f2: __coro_h2,
                                        __coro_f3: __coro_h3,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        let mut __coro_t2 = __coro_h2;
                                        {
                                            let mut __coro_t3 = __coro_h3;
                                            match __coro_t3 {
                                                ::coro_core::__private::Delegated::Yielded(__coro_y3) => {
                                                    let __coro_yielded = __coro_y3;
                                                    ::coro_core::__private::suspend(
                                                        __coro_st,
                                                        __CoroStatee535bf8b::S0 {
                                                            __coro_f0: source,
                                                            __coro_f1: __coro_manager2,
                                                            __coro_f2: __coro_t2,
                                                        },
                                                    );
                                                    return ::coro_core::__private::yielded(__coro_yielded);
                                                }
                                                ::coro_core::__private::Delegated::Returned(__coro_r3) => {
                                                    {
                                                        break '__coro_next __CoroBlocke535bf8b::B3 {
                                                            __coro_f9: __coro_r3,
                                                            __coro_f0: source,
                                                            __coro_f1: __coro_manager2,
                                                        };
                                                    };
                                                }
                                                ::coro_core::__private::Delegated::Raised(__coro_u3) => {
                                                    return ::coro_core::__private::Result::Err(__coro_u3);
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B3 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f9: __coro_h9,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        let mut __coro_t9 = __coro_h9;
                                        let session = __coro_t9;
                                        #[allow(unused_mut)]
                                        let mut __coro_exited2 = false;
                                        {
                                            {
                                                #[allow(unused_mut)]
                                                let mut __coro_async_iter1 = <::coro_core::__private::AsyncGenDelegator<
                                                    u32,
                                                    (),
                                                    ::coro_core::Pending,
                                                    (),
                                                    Oops,
                                                >>::into_awaiter({
                                                    #[allow(unused_imports)]
                                                    use ::coro_core::__private::{
                                                        AsyncForViaIterator as _, AsyncForViaStream as _,
                                                    };
                                                    (&::coro_core::__private::Operand::new(session.rows()))
                                                        .__coro_async_for()
                                                });
                                                break '__coro_next __CoroBlocke535bf8b::B4 {
                                                    __coro_f0: source,
                                                    __coro_f1: __coro_manager2,
                                                    __coro_f10: session,
                                                    __coro_f11: __coro_exited2,
                                                    __coro_f12: __coro_async_iter1,
                                                };
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B4 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f12: __coro_h12,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let mut __coro_async_iter1 = __coro_h12;
                                                {
                                                    break '__coro_next __CoroBlocke535bf8b::B5 {
                                                        __coro_f13: ::coro_core::__private::drive(
                                                            &mut __coro_async_iter1,
                                                            ::coro_core::__private::Input::Start,
                                                        ),
                                                        __coro_f0: source,
                                                        __coro_f1: __coro_manager2,
                                                        __coro_f10: session,
                                                        __coro_f11: __coro_exited2,
                                                        __coro_f12: __coro_async_iter1,
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B5 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f12: __coro_h12,
                                        __coro_f13: __coro_h13,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let mut __coro_async_iter1 = __coro_h12;
                                                {
                                                    {
                                                        let mut __coro_t13 = __coro_h13;
                                                        match __coro_t13 {
                                                            ::coro_core::__private::Delegated::Yielded(__coro_y13) => {
                                                                let __coro_yielded = __coro_y13;
                                                                ::coro_core::__private::suspend(
                                                                    __coro_st,
                                                                    __CoroStatee535bf8b::S1 {
                                                                        __coro_f0: source,
                                                                        __coro_f1: __coro_manager2,
                                                                        __coro_f10: session,
                                                                        __coro_f11: __coro_exited2,
                                                                        __coro_f12: __coro_async_iter1,
                                                                    },
                                                                );
                                                                return ::coro_core::__private::yielded(__coro_yielded);
                                                            }
                                                            ::coro_core::__private::Delegated::Returned(__coro_r13) => {
                                                                {
                                                                    break '__coro_next __CoroBlocke535bf8b::B7 {
                                                                        __coro_f19: __coro_r13,
                                                                        __coro_f0: source,
                                                                        __coro_f1: __coro_manager2,
                                                                        __coro_f10: session,
                                                                        __coro_f11: __coro_exited2,
                                                                        __coro_f12: __coro_async_iter1,
                                                                    };
                                                                };
                                                            }
                                                            ::coro_core::__private::Delegated::Raised(__coro_u13) => {
                                                                {
                                                                    let __coro_other = __coro_u13;
                                                                    break '__coro_next __CoroBlocke535bf8b::B8 {
                                                                        __coro_f32: ::coro_core::__private::caught(__coro_other),
                                                                        __coro_f0: source,
                                                                        __coro_f1: __coro_manager2,
                                                                        __coro_f10: session,
                                                                        __coro_f11: __coro_exited2,
                                                                    };
                                                                };
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B7 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f12: __coro_h12,
                                        __coro_f19: __coro_h19,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let mut __coro_async_iter1 = __coro_h12;
                                                {
                                                    let mut __coro_t19 = __coro_h19;
                                                    match __coro_t19 {
                                                        ::coro_core::__private::Option::Some(__coro_item1) => {
                                                            let row = __coro_item1;
                                                            let mut __coro_t22 = <::coro_core::__private::AsyncGenDelegator<
                                                                u32,
                                                                (),
                                                                ::coro_core::Pending,
                                                                (),
                                                                Oops,
                                                            >>::into_awaiter({
                                                                #[allow(unused_imports)]
                                                                use ::coro_core::__private::{
                                                                    AwaitViaAwaitable as _, AwaitViaFuture as _,
                                                                };
                                                                (&::coro_core::__private::Operand::new(check(row)))
                                                                    .__coro_awaiter::<
                                                                        ::coro_core::Pending,
                                                                        (),
                                                                    >(::coro_core::__private::Channel::new())
                                                            });
                                                            break '__coro_next __CoroBlocke535bf8b::B19 {
                                                                __coro_f23: ::coro_core::__private::drive(
                                                                    &mut __coro_t22,
                                                                    ::coro_core::__private::Input::Start,
                                                                ),
                                                                __coro_f0: source,
                                                                __coro_f1: __coro_manager2,
                                                                __coro_f10: session,
                                                                __coro_f11: __coro_exited2,
                                                                __coro_f12: __coro_async_iter1,
                                                                __coro_f22: __coro_t22,
                                                            };
                                                        }
                                                        ::coro_core::__private::Option::None => {
                                                            {
                                                                break '__coro_next __CoroBlocke535bf8b::B20 {
                                                                    __coro_f0: source,
                                                                    __coro_f1: __coro_manager2,
                                                                    __coro_f10: session,
                                                                    __coro_f11: __coro_exited2,
                                                                    __coro_f12: __coro_async_iter1,
                                                                };
                                                            };
                                                            break '__coro_next __CoroBlocke535bf8b::B21 {
                                                                __coro_f0: source,
                                                                __coro_f1: __coro_manager2,
                                                                __coro_f10: session,
                                                                __coro_f11: __coro_exited2,
                                                                __coro_f12: __coro_async_iter1,
                                                            };
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B19 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f12: __coro_h12,
                                        __coro_f22: __coro_h22,
                                        __coro_f23: __coro_h23,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let mut __coro_async_iter1 = __coro_h12;
                                                {
                                                    {
                                                        let mut __coro_t22 = __coro_h22;
                                                        {
                                                            let mut __coro_t23 = __coro_h23;
                                                            match __coro_t23 {
                                                                ::coro_core::__private::Delegated::Yielded(__coro_y23) => {
                                                                    let __coro_yielded = __coro_y23;
                                                                    ::coro_core::__private::suspend(
                                                                        __coro_st,
                                                                        __CoroStatee535bf8b::S4 {
                                                                            __coro_f0: source,
                                                                            __coro_f1: __coro_manager2,
                                                                            __coro_f10: session,
                                                                            __coro_f11: __coro_exited2,
                                                                            __coro_f12: __coro_async_iter1,
                                                                            __coro_f22: __coro_t22,
                                                                        },
                                                                    );
                                                                    return ::coro_core::__private::yielded(__coro_yielded);
                                                                }
                                                                ::coro_core::__private::Delegated::Returned(__coro_r23) => {
                                                                    {
                                                                        break '__coro_next __CoroBlocke535bf8b::B24 {
                                                                            __coro_f29: __coro_r23,
                                                                            __coro_f0: source,
                                                                            __coro_f1: __coro_manager2,
                                                                            __coro_f10: session,
                                                                            __coro_f11: __coro_exited2,
                                                                            __coro_f12: __coro_async_iter1,
                                                                        };
                                                                    };
                                                                }
                                                                ::coro_core::__private::Delegated::Raised(__coro_u23) => {
                                                                    {
                                                                        let __coro_other = __coro_u23;
                                                                        break '__coro_next __CoroBlocke535bf8b::B8 {
                                                                            __coro_f32: ::coro_core::__private::caught(__coro_other),
                                                                            __coro_f0: source,
                                                                            __coro_f1: __coro_manager2,
                                                                            __coro_f10: session,
                                                                            __coro_f11: __coro_exited2,
                                                                        };
                                                                    };
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B24 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f12: __coro_h12,
                                        __coro_f29: __coro_h29,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let mut __coro_async_iter1 = __coro_h12;
                                                {
                                                    {
                                                        let mut __coro_t29 = __coro_h29;
                                                        let checked = __coro_t29;
                                                        let __coro_yielded: ::coro_core::__private::AsyncYield<
                                                            u32,
                                                            ::coro_core::Pending,
                                                        > = ::coro_core::__private::AsyncYield::Item(checked);
                                                        ::coro_core::__private::suspend(
                                                            __coro_st,
                                                            __CoroStatee535bf8b::S5 {
                                                                __coro_f0: source,
                                                                __coro_f1: __coro_manager2,
                                                                __coro_f10: session,
                                                                __coro_f11: __coro_exited2,
                                                                __coro_f12: __coro_async_iter1,
                                                            },
                                                        );
                                                        return ::coro_core::__private::yielded(__coro_yielded);
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::R5 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f12: __coro_h12,
                                        __coro_in,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let mut __coro_async_iter1 = __coro_h12;
                                                {
                                                    {
                                                        let __coro_t31 = match ::coro_core::__private::receive(
                                                            __coro_in,
                                                        ) {
                                                            ::coro_core::__private::Result::Ok(__coro_sent) => {
                                                                __coro_sent
                                                            }
                                                            ::coro_core::__private::Result::Err(__coro_unwind) => {
                                                                let __coro_other = __coro_unwind;
                                                                break '__coro_next __CoroBlocke535bf8b::B8 {
                                                                    __coro_f32: ::coro_core::__private::caught(__coro_other),
                                                                    __coro_f0: source,
                                                                    __coro_f1: __coro_manager2,
                                                                    __coro_f10: session,
                                                                    __coro_f11: __coro_exited2,
                                                                };
                                                            }
                                                        };
                                                        break '__coro_next __CoroBlocke535bf8b::B21 {
                                                            __coro_f0: source,
                                                            __coro_f1: __coro_manager2,
                                                            __coro_f10: session,
                                                            __coro_f11: __coro_exited2,
                                                            __coro_f12: __coro_async_iter1,
                                                        };
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B21 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f12: __coro_h12,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let mut __coro_async_iter1 = __coro_h12;
                                                {
                                                    ();
                                                    break '__coro_next __CoroBlocke535bf8b::B4 {
                                                        __coro_f0: source,
                                                        __coro_f1: __coro_manager2,
                                                        __coro_f10: session,
                                                        __coro_f11: __coro_exited2,
                                                        __coro_f12: __coro_async_iter1,
                                                    };
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B20 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f12: __coro_h12,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            {
                                                #[allow(unused_mut, unused_variables)]
                                                let mut __coro_async_iter1 = __coro_h12;
                                                {
                                                    ();
                                                    break '__coro_next __CoroBlocke535bf8b::B22 {
                                                        __coro_f0: source,
                                                        __coro_f1: __coro_manager2,
                                                        __coro_f10: session,
                                                        __coro_f11: __coro_exited2,
                                                    };
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B22 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            break '__coro_next __CoroBlocke535bf8b::B12 {
                                                __coro_f42: ::coro_core::__private::Pending::Normal(()),
                                                __coro_f0: source,
                                                __coro_f1: __coro_manager2,
                                                __coro_f10: session,
                                                __coro_f11: __coro_exited2,
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B8 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f32: __coro_h32,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            let __coro_caught_all32 = __coro_h32;
                                            let __coro_caught2 = __coro_caught_all32;
                                            __coro_exited2 = true;
                                            let mut __coro_t34 = <::coro_core::__private::AsyncGenDelegator<
                                                u32,
                                                (),
                                                ::coro_core::Pending,
                                                (),
                                                Oops,
                                            >>::into_awaiter({
                                                #[allow(unused_imports)]
                                                use ::coro_core::__private::{
                                                    AwaitViaAwaitable as _, AwaitViaFuture as _,
                                                };
                                                (&::coro_core::__private::Operand::new(
                                                    ::coro_core::AsyncContextManager::aexit(
                                                        &mut __coro_manager2,
                                                        ::coro_core::__private::Option::Some(&__coro_caught2),
                                                    ),
                                                ))
                                                    .__coro_awaiter::<
                                                        ::coro_core::Pending,
                                                        (),
                                                    >(::coro_core::__private::Channel::new())
                                            });
                                            break '__coro_next __CoroBlocke535bf8b::B9 {
                                                __coro_f35: ::coro_core::__private::drive(
                                                    &mut __coro_t34,
                                                    ::coro_core::__private::Input::Start,
                                                ),
                                                __coro_f0: source,
                                                __coro_f1: __coro_manager2,
                                                __coro_f10: session,
                                                __coro_f11: __coro_exited2,
                                                __coro_f33: __coro_caught2,
                                                __coro_f34: __coro_t34,
                                            };
                                        }
                                    }
                                    __CoroBlocke535bf8b::B9 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f33: __coro_h33,
                                        __coro_f34: __coro_h34,
                                        __coro_f35: __coro_h35,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            #[allow(unused_mut, unused_variables)]
                                            let __coro_caught2 = __coro_h33;
                                            let mut __coro_t34 = __coro_h34;
                                            {
                                                let mut __coro_t35 = __coro_h35;
                                                match __coro_t35 {
                                                    ::coro_core::__private::Delegated::Yielded(__coro_y35) => {
                                                        let __coro_yielded = __coro_y35;
                                                        ::coro_core::__private::suspend(
                                                            __coro_st,
                                                            __CoroStatee535bf8b::S2 {
                                                                __coro_f0: source,
                                                                __coro_f1: __coro_manager2,
                                                                __coro_f10: session,
                                                                __coro_f11: __coro_exited2,
                                                                __coro_f33: __coro_caught2,
                                                                __coro_f34: __coro_t34,
                                                            },
                                                        );
                                                        return ::coro_core::__private::yielded(__coro_yielded);
                                                    }
                                                    ::coro_core::__private::Delegated::Returned(__coro_r35) => {
                                                        {
                                                            break '__coro_next __CoroBlocke535bf8b::B11 {
                                                                __coro_f41: __coro_r35,
                                                                __coro_f0: source,
                                                                __coro_f1: __coro_manager2,
                                                                __coro_f10: session,
                                                                __coro_f11: __coro_exited2,
                                                                __coro_f33: __coro_caught2,
                                                            };
                                                        };
                                                    }
                                                    ::coro_core::__private::Delegated::Raised(__coro_u35) => {
                                                        break '__coro_next __CoroBlocke535bf8b::B12 {
                                                            __coro_f42: ::coro_core::__private::Pending::Raise(
                                                                __coro_u35,
                                                            ),
                                                            __coro_f0: source,
                                                            __coro_f1: __coro_manager2,
                                                            __coro_f10: session,
                                                            __coro_f11: __coro_exited2,
                                                        };
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B11 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f33: __coro_h33,
                                        __coro_f41: __coro_h41,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            #[allow(unused_mut, unused_variables)]
                                            let __coro_caught2 = __coro_h33;
                                            let mut __coro_t41 = __coro_h41;
                                            break '__coro_next __CoroBlocke535bf8b::B12 {
                                                __coro_f42: ::coro_core::__private::Pending::Normal({
                                                    if !__coro_t41 {
                                                        match ::coro_core::__private::propagate::<
                                                            Oops,
                                                            _,
                                                        >(__coro_caught2) {
                                                            ::coro_core::__private::Result::Ok(__coro_value) => {
                                                                __coro_value
                                                            }
                                                            ::coro_core::__private::Result::Err(__coro_unwind) => {
                                                                break '__coro_next __CoroBlocke535bf8b::B12 {
                                                                    __coro_f42: ::coro_core::__private::Pending::Raise(
                                                                        __coro_unwind,
                                                                    ),
                                                                    __coro_f0: source,
                                                                    __coro_f1: __coro_manager2,
                                                                    __coro_f10: session,
                                                                    __coro_f11: __coro_exited2,
                                                                };
                                                            }
                                                        };
                                                    }
                                                }),
                                                __coro_f0: source,
                                                __coro_f1: __coro_manager2,
                                                __coro_f10: session,
                                                __coro_f11: __coro_exited2,
                                            };
                                        }
                                    }
                                    __CoroBlocke535bf8b::B12 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f11: __coro_h11,
                                        __coro_f42: __coro_h42,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_exited2 = __coro_h11;
                                        {
                                            let __coro_pending42 = ::coro_core::__private::pin_pending::<
                                                (),
                                                (),
                                                Oops,
                                            >(__coro_h42);
                                            if !__coro_exited2 {
                                                let mut __coro_t43 = <::coro_core::__private::AsyncGenDelegator<
                                                    u32,
                                                    (),
                                                    ::coro_core::Pending,
                                                    (),
                                                    Oops,
                                                >>::into_awaiter({
                                                    #[allow(unused_imports)]
                                                    use ::coro_core::__private::{
                                                        AwaitViaAwaitable as _, AwaitViaFuture as _,
                                                    };
                                                    (&::coro_core::__private::Operand::new(
                                                        ::coro_core::AsyncContextManager::aexit(
                                                            &mut __coro_manager2,
                                                            ::coro_core::__private::Option::None,
                                                        ),
                                                    ))
                                                        .__coro_awaiter::<
                                                            ::coro_core::Pending,
                                                            (),
                                                        >(::coro_core::__private::Channel::new())
                                                });
                                                break '__coro_next __CoroBlocke535bf8b::B13 {
                                                    __coro_f44: ::coro_core::__private::drive(
                                                        &mut __coro_t43,
                                                        ::coro_core::__private::Input::Start,
                                                    ),
                                                    __coro_f0: source,
                                                    __coro_f1: __coro_manager2,
                                                    __coro_f10: session,
                                                    __coro_f42: __coro_pending42,
                                                    __coro_f43: __coro_t43,
                                                };
                                            } else {
                                                {
                                                    ();
                                                    break '__coro_next __CoroBlocke535bf8b::B14 {
                                                        __coro_f0: source,
                                                        __coro_f1: __coro_manager2,
                                                        __coro_f10: session,
                                                        __coro_f42: __coro_pending42,
                                                    };
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B13 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f42: __coro_h42,
                                        __coro_f43: __coro_h43,
                                        __coro_f44: __coro_h44,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        {
                                            let __coro_pending42 = ::coro_core::__private::pin_pending::<
                                                (),
                                                (),
                                                Oops,
                                            >(__coro_h42);
                                            {
                                                let mut __coro_t43 = __coro_h43;
                                                {
                                                    let mut __coro_t44 = __coro_h44;
                                                    match __coro_t44 {
                                                        ::coro_core::__private::Delegated::Yielded(__coro_y44) => {
                                                            let __coro_yielded = __coro_y44;
                                                            ::coro_core::__private::suspend(
                                                                __coro_st,
                                                                __CoroStatee535bf8b::S3 {
                                                                    __coro_f0: source,
                                                                    __coro_f1: __coro_manager2,
                                                                    __coro_f10: session,
                                                                    __coro_f42: __coro_pending42,
                                                                    __coro_f43: __coro_t43,
                                                                },
                                                            );
                                                            return ::coro_core::__private::yielded(__coro_yielded);
                                                        }
                                                        ::coro_core::__private::Delegated::Returned(__coro_r44) => {
                                                            {
                                                                {
                                                                    __coro_r44;
                                                                    break '__coro_next __CoroBlocke535bf8b::B14 {
                                                                        __coro_f0: source,
                                                                        __coro_f1: __coro_manager2,
                                                                        __coro_f10: session,
                                                                        __coro_f42: __coro_pending42,
                                                                    };
                                                                };
                                                            };
                                                        }
                                                        ::coro_core::__private::Delegated::Raised(__coro_u44) => {
                                                            return ::coro_core::__private::Result::Err(__coro_u44);
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B14 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                        __coro_f42: __coro_h42,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        {
                                            let __coro_pending42 = ::coro_core::__private::pin_pending::<
                                                (),
                                                (),
                                                Oops,
                                            >(__coro_h42);
                                            ();
                                            match __coro_pending42 {
                                                ::coro_core::__private::Pending::Normal(__coro_value) => {
                                                    __coro_value;
                                                    break '__coro_next __CoroBlocke535bf8b::B15 {
                                                        __coro_f0: source,
                                                        __coro_f1: __coro_manager2,
                                                        __coro_f10: session,
                                                    };
                                                }
                                                ::coro_core::__private::Pending::Raise(__coro_unwind) => {
                                                    return ::coro_core::__private::Result::Err(__coro_unwind);
                                                }
                                                ::coro_core::__private::Pending::Return(__coro_value) => {
                                                    return ::coro_core::__private::Result::Ok(
                                                        ::coro_core::__private::Step::Complete(__coro_value),
                                                    );
                                                }
                                                ::coro_core::__private::Pending::Jump(__coro_jump) => {
                                                    match __coro_jump {
                                                        _ => ::coro_core::__private::unreachable!(),
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    __CoroBlocke535bf8b::B15 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                        __coro_f1: __coro_h1,
                                        __coro_f10: __coro_h10,
                                    } => {
                                        #[allow(unused_mut, unused_variables)]
                                        let mut __coro_manager2 = __coro_h1;
                                        #[allow(unused_mut, unused_variables)]
                                        let session = __coro_h10;
                                        {
                                            ();
                                            break '__coro_next __CoroBlocke535bf8b::B16 {
                                                __coro_f0: source,
                                            };
                                        }
                                    }
                                    __CoroBlocke535bf8b::B16 {
                                        #[allow(unused_mut, unused_variables)]
                                        __coro_f0: source,
                                    } => {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Complete(()),
                                        );
                                    }
                                    __CoroBlocke535bf8b::Convert => {
                                        ::coro_core::__private::unreachable!()
                                    }
                                }
                            };
                        }
                    },
                );
                let __coro_blk = match __coro_first {
                    __CoroBlocke535bf8b::Convert => {
                        match __coro_st {
                            __CoroStatee535bf8b::S0 { __coro_f2: __coro_awaiter, .. } => {
                                match ::coro_core::__private::drive(
                                    __coro_awaiter,
                                    __coro_in,
                                ) {
                                    ::coro_core::__private::Delegated::Yielded(
                                        __coro_yielded,
                                    ) => {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Yielded(__coro_yielded),
                                        );
                                    }
                                    __coro_next_step => {
                                        match ::coro_core::__private::replace(
                                            __coro_st,
                                            __CoroStatee535bf8b::Running,
                                        ) {
                                            __CoroStatee535bf8b::S0 {
                                                __coro_f0,
                                                __coro_f1,
                                                __coro_f2,
                                            } => {
                                                __CoroBlocke535bf8b::B1 {
                                                    __coro_f0,
                                                    __coro_f1,
                                                    __coro_f2,
                                                    __coro_f3: __coro_next_step,
                                                }
                                            }
                                            _ => ::coro_core::__private::unreachable!(),
                                        }
                                    }
                                }
                            }
                            __CoroStatee535bf8b::S1 {
                                __coro_f12: __coro_awaiter,
                                ..
                            } => {
                                match ::coro_core::__private::drive(
                                    __coro_awaiter,
                                    __coro_in,
                                ) {
                                    ::coro_core::__private::Delegated::Yielded(
                                        __coro_yielded,
                                    ) => {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Yielded(__coro_yielded),
                                        );
                                    }
                                    __coro_next_step => {
                                        match ::coro_core::__private::replace(
                                            __coro_st,
                                            __CoroStatee535bf8b::Running,
                                        ) {
                                            __CoroStatee535bf8b::S1 {
                                                __coro_f0,
                                                __coro_f1,
                                                __coro_f10,
                                                __coro_f11,
                                                __coro_f12,
                                            } => {
                                                __CoroBlocke535bf8b::B5 {
                                                    __coro_f0,
                                                    __coro_f1,
                                                    __coro_f10,
                                                    __coro_f11,
                                                    __coro_f12,
                                                    __coro_f13: __coro_next_step,
                                                }
                                            }
                                            _ => ::coro_core::__private::unreachable!(),
                                        }
                                    }
                                }
                            }
                            __CoroStatee535bf8b::S2 {
                                __coro_f34: __coro_awaiter,
                                ..
                            } => {
                                match ::coro_core::__private::drive(
                                    __coro_awaiter,
                                    __coro_in,
                                ) {
                                    ::coro_core::__private::Delegated::Yielded(
                                        __coro_yielded,
                                    ) => {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Yielded(__coro_yielded),
                                        );
                                    }
                                    __coro_next_step => {
                                        match ::coro_core::__private::replace(
                                            __coro_st,
                                            __CoroStatee535bf8b::Running,
                                        ) {
                                            __CoroStatee535bf8b::S2 {
                                                __coro_f0,
                                                __coro_f1,
                                                __coro_f10,
                                                __coro_f11,
                                                __coro_f33,
                                                __coro_f34,
                                            } => {
                                                __CoroBlocke535bf8b::B9 {
                                                    __coro_f0,
                                                    __coro_f1,
                                                    __coro_f10,
                                                    __coro_f11,
                                                    __coro_f33,
                                                    __coro_f34,
                                                    __coro_f35: __coro_next_step,
                                                }
                                            }
                                            _ => ::coro_core::__private::unreachable!(),
                                        }
                                    }
                                }
                            }
                            __CoroStatee535bf8b::S3 {
                                __coro_f43: __coro_awaiter,
                                ..
                            } => {
                                match ::coro_core::__private::drive(
                                    __coro_awaiter,
                                    __coro_in,
                                ) {
                                    ::coro_core::__private::Delegated::Yielded(
                                        __coro_yielded,
                                    ) => {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Yielded(__coro_yielded),
                                        );
                                    }
                                    __coro_next_step => {
                                        match ::coro_core::__private::replace(
                                            __coro_st,
                                            __CoroStatee535bf8b::Running,
                                        ) {
                                            __CoroStatee535bf8b::S3 {
                                                __coro_f0,
                                                __coro_f1,
                                                __coro_f10,
                                                __coro_f42,
                                                __coro_f43,
                                            } => {
                                                __CoroBlocke535bf8b::B13 {
                                                    __coro_f0,
                                                    __coro_f1,
                                                    __coro_f10,
                                                    __coro_f42,
                                                    __coro_f43,
                                                    __coro_f44: __coro_next_step,
                                                }
                                            }
                                            _ => ::coro_core::__private::unreachable!(),
                                        }
                                    }
                                }
                            }
                            __CoroStatee535bf8b::S4 {
                                __coro_f22: __coro_awaiter,
                                ..
                            } => {
                                match ::coro_core::__private::drive(
                                    __coro_awaiter,
                                    __coro_in,
                                ) {
                                    ::coro_core::__private::Delegated::Yielded(
                                        __coro_yielded,
                                    ) => {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Yielded(__coro_yielded),
                                        );
                                    }
                                    __coro_next_step => {
                                        match ::coro_core::__private::replace(
                                            __coro_st,
                                            __CoroStatee535bf8b::Running,
                                        ) {
                                            __CoroStatee535bf8b::S4 {
                                                __coro_f0,
                                                __coro_f1,
                                                __coro_f10,
                                                __coro_f11,
                                                __coro_f12,
                                                __coro_f22,
                                            } => {
                                                __CoroBlocke535bf8b::B19 {
                                                    __coro_f0,
                                                    __coro_f1,
                                                    __coro_f10,
                                                    __coro_f11,
                                                    __coro_f12,
                                                    __coro_f22,
                                                    __coro_f23: __coro_next_step,
                                                }
                                            }
                                            _ => ::coro_core::__private::unreachable!(),
                                        }
                                    }
                                }
                            }
                            _ => {
                                match ::coro_core::__private::replace(
                                    __coro_st,
                                    __CoroStatee535bf8b::Running,
                                ) {
                                    __CoroStatee535bf8b::S5 {
                                        __coro_f0,
                                        __coro_f1,
                                        __coro_f10,
                                        __coro_f11,
                                        __coro_f12,
                                    } => {
                                        __CoroBlocke535bf8b::R5 {
                                            __coro_f0,
                                            __coro_f1,
                                            __coro_f10,
                                            __coro_f11,
                                            __coro_f12,
                                            __coro_in,
                                        }
                                    }
                                    _ => ::coro_core::__private::unreachable!(),
                                }
                            }
                        }
                    }
                    __coro_first => __coro_first,
                };
                __coro_dispatch(__coro_blk, __coro_st)
            }
        },
        signature: ::coro_core::__private::signature(
            ::coro_core::__private::ReportOf::<Oops>::new().report(),
        ),
    };
    ::coro_core::__private::AsyncGen::<
        _,
        ::coro_core::__private::AsyncTryItems,
    >::new(__coro_machine)
}
