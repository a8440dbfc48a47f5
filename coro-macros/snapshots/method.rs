// Expansion snapshot `method`: methods: `&mut self` and `self` receivers.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(yield = i64, send = i64)]
// fn ledger(&mut self) -> i64 {
//     loop {
//         let amount = yield_!(self.balance);
//         if amount == 0 {
//             return self.balance;
//         }
//         self.balance += amount;
//     }
// }

impl Account {
    fn ledger(
        &mut self,
    ) -> impl ::coro_core::Coroutine<
        Yield = i64,
        Send = i64,
        Return = i64,
        Error = ::coro_core::__private::Infallible,
    > {
        yield_!(@ __coro_used);
        #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
        enum __CoroState9281f2a5<__CoroA0, __CoroL0> {
            Created { __coro_a0: __CoroA0 },
            S0 { __coro_f0: __CoroL0 },
            Finished,
            Running,
            PoisonReported,
        }
        ::coro_core::__private::state_enum_impl! {
            __CoroState9281f2a5[__CoroA0, __CoroL0] [] "::ledger"[__CoroState9281f2a5::S0
            { .. }]
        }
        #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
        enum __CoroBlock9281f2a5<__CoroL0, __CoroL2, __CoroIn> {
            B1 { __coro_f0: __CoroL0 },
            R0 { __coro_f0: __CoroL0, __coro_in: __CoroIn },
            B3 { __coro_f0: __CoroL0, __coro_f2: __CoroL2 },
        }
        #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
        let __coro_machine = ::coro_core::__private::Machine::<
            _,
            _,
            i64,
            i64,
            i64,
            ::coro_core::__private::Infallible,
            ::coro_core::__private::CoroSend,
            ::coro_core::__private::NoDelegate,
            _,
        > {
            state: __CoroState9281f2a5::Created {
                __coro_a0: self,
            },
            busy: ::core::default::Default::default(),
            body: {
                #[cfg_attr(not(debug_assertions), inline(always))]
                |__coro_st, __coro_in| {
                    let mut __coro_blk = match ::coro_core::__private::replace(
                        __coro_st,
                        __CoroState9281f2a5::Running,
                    ) {
                        __CoroState9281f2a5::Created { __coro_a0 } => '__coro_next: {
                            let __coro_arg0 = __coro_a0;
                            {
                                let __coro_self = __coro_arg0;
                                break '__coro_next __CoroBlock9281f2a5::B1 {
                                    __coro_f0: __coro_self,
                                };
                            }
                        }
                        __CoroState9281f2a5::S0 { __coro_f0 } => {
                            __CoroBlock9281f2a5::R0 {
                                __coro_f0,
                                __coro_in,
                            }
                        }
                        _ => ::coro_core::__private::unreachable!(),
                    };
                    loop {
                        __coro_blk = '__coro_next: {
                            match __coro_blk {
                                __CoroBlock9281f2a5::B1 {
                                    #[allow(unused_mut, unused_variables)]
                                    __coro_f0: __coro_self,
                                } => {
                                    let __coro_yielded: i64 = __coro_self.balance;
                                    *__coro_st = __CoroState9281f2a5::S0 {
                                        __coro_f0: __coro_self,
                                    };
                                    return ::coro_core::__private::yielded(__coro_yielded);
                                }
                                __CoroBlock9281f2a5::R0 {
                                    #[allow(unused_mut, unused_variables)]
                                    __coro_f0: __coro_self,
                                    __coro_in,
                                } => {
                                    let __coro_t1 = ::coro_core::__private::receive_or_raise!(
                                        receive(__coro_in)
                                    );
                                    let amount = __coro_t1;
                                    if amount == 0 {
                                        return ::coro_core::__private::Result::Ok(
                                            ::coro_core::__private::Step::Complete(__coro_self.balance),
                                        );
                                    } else {
                                        {
                                            ();
                                            break '__coro_next __CoroBlock9281f2a5::B3 {
                                                __coro_f0: __coro_self,
                                                __coro_f2: amount,
                                            };
                                        }
                                    }
                                }
                                __CoroBlock9281f2a5::B3 {
                                    #[allow(unused_mut, unused_variables)]
                                    __coro_f0: __coro_self,
                                    __coro_f2: __coro_h2,
                                } => {
                                    #[allow(unused_mut, unused_variables)]
                                    let amount = __coro_h2;
                                    __coro_self.balance += amount;
                                    break '__coro_next __CoroBlock9281f2a5::B1 {
                                        __coro_f0: __coro_self,
                                    };
                                }
                            }
                        };
                    }
                }
            },
            signature: ::coro_core::__private::signature(
                ::coro_core::__private::DebugReport,
            ),
        };
        __coro_machine
    }
}
