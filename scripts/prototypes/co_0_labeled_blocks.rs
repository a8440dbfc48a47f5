// A prototype, not code the macro writes: `co_0` of `scripts/compile_time.py` as the macro
// expanded it at `46be6e8` (`scripts/preexpanded.py --write-template`), with the body rewritten
// by hand into labeled blocks in place of the block enum and its dispatch loop. Each kept local
// is declared once at the top and assigned by the arm that resumes it; every jump is a forward
// `break` to a label; a loop's back edge is its suspension. Measure it with
// `python3 scripts/preexpanded.py scripts/prototypes/co_0_labeled_blocks.rs [--metadata]`;
// see BENCHMARKS.md, "Ninth session of 2026-11-24", for the figures and for what the macro
// would need before it could write this shape.
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
    enum __CoroStatec09485f4<__CoroA0, __CoroA1, __CoroL2, __CoroL3, __CoroL4> {
        Created { __coro_a1: __CoroA1, __coro_a0: __CoroA0 },
        S0 { __coro_f4: __CoroL4, __coro_f3: __CoroL3, __coro_f2: __CoroL2 },
        S1 { __coro_f3: __CoroL3, __coro_f2: __CoroL2 },
        S2 { __coro_f3: __CoroL3, __coro_f2: __CoroL2 },
        S3 { __coro_f3: __CoroL3, __coro_f2: __CoroL2 },
        Finished,
        Running,
        PoisonReported,
    }
    impl<
        __CoroA0,
        __CoroA1,
        __CoroL2,
        __CoroL3,
        __CoroL4,
    > ::coro_core::__private::StateEnum
    for __CoroStatec09485f4<__CoroA0, __CoroA1, __CoroL2, __CoroL3, __CoroL4> {
        const NAME: &'static str = ::core::concat!(::core::module_path!(), "::co_0");
        #[inline]
        fn status(&self) -> ::coro_core::__private::Status {
            match self {
                __CoroStatec09485f4::Created { .. } => {
                    ::coro_core::__private::Status::Created
                }
                __CoroStatec09485f4::Finished => ::coro_core::__private::Status::Finished,
                __CoroStatec09485f4::Running => ::coro_core::__private::Status::Running,
                __CoroStatec09485f4::PoisonReported => {
                    ::coro_core::__private::Status::PoisonReported
                }
                _ => ::coro_core::__private::Status::Suspended,
            }
        }
        const FINISHED: Self = __CoroStatec09485f4::Finished;
        const POISON_REPORTED: Self = __CoroStatec09485f4::PoisonReported;
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
        state: __CoroStatec09485f4::Created {
            __coro_a0: seed,
            __coro_a1: n,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let mut total;
                let mut hist;
                let mut __coro_t4;
                '__coro_r3: {
                    '__coro_j6: {
                        '__coro_b3: {
                            '__coro_b1: {
                                match ::coro_core::__private::replace(__coro_st, __CoroStatec09485f4::Running) {
                                    __CoroStatec09485f4::Created { __coro_a0, __coro_a1 } => {
                                        let seed = __coro_a0;
                                        let n = __coro_a1;
                                        total = seed + 0;
                                        hist = [0u64; 4];
                                        __coro_t4 = ::core::iter::IntoIterator::into_iter(0..n);
                                        break '__coro_b1;
                                    }
                                    __CoroStatec09485f4::S0 { __coro_f2, __coro_f3, __coro_f4 } => {
                                        total = __coro_f2;
                                        hist = __coro_f3;
                                        __coro_t4 = __coro_f4;
                                        let v = ::coro_core::__private::receive_or_raise!(receive(__coro_in));
                                        hist[(v % 4) as usize] += 1;
                                        total = total.wrapping_add(v * 1);
                                        if v == 0 {
                                            break '__coro_b3;
                                        }
                                        break '__coro_b1;
                                    }
                                    __CoroStatec09485f4::S1 { __coro_f2, __coro_f3 } => {
                                        total = __coro_f2;
                                        hist = __coro_f3;
                                        total += ::coro_core::__private::receive_or_raise!(receive(__coro_in));
                                        break '__coro_j6;
                                    }
                                    __CoroStatec09485f4::S2 { __coro_f2, __coro_f3 } => {
                                        total = __coro_f2;
                                        hist = __coro_f3;
                                        let w = ::coro_core::__private::receive_or_raise!(receive(__coro_in));
                                        total ^= w;
                                        break '__coro_j6;
                                    }
                                    __CoroStatec09485f4::S3 { __coro_f2, __coro_f3 } => {
                                        total = __coro_f2;
                                        hist = __coro_f3;
                                        break '__coro_r3;
                                    }
                                    _ => ::coro_core::__private::unreachable!(),
                                }
                            }
                            match ::core::iter::Iterator::next(&mut __coro_t4) {
                                ::core::option::Option::Some(_) => {
                                    let __coro_yielded: u64 = total;
                                    *__coro_st = __CoroStatec09485f4::S0 {
                                        __coro_f2: total,
                                        __coro_f3: hist,
                                        __coro_f4: __coro_t4,
                                    };
                                    return ::coro_core::__private::yielded(__coro_yielded);
                                }
                                ::core::option::Option::None => {}
                            }
                        }
                        match total % 3 {
                            0 => {
                                let __coro_yielded: u64 = hist[0];
                                *__coro_st = __CoroStatec09485f4::S1 { __coro_f2: total, __coro_f3: hist };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                            1 => {
                                let __coro_yielded: u64 = hist[1];
                                *__coro_st = __CoroStatec09485f4::S2 { __coro_f2: total, __coro_f3: hist };
                                return ::coro_core::__private::yielded(__coro_yielded);
                            }
                            _ => {}
                        }
                    }
                    let __coro_yielded: u64 = total;
                    *__coro_st = __CoroStatec09485f4::S3 { __coro_f2: total, __coro_f3: hist };
                    return ::coro_core::__private::yielded(__coro_yielded);
                }
                let last = ::coro_core::__private::receive_or_raise!(receive(__coro_in));
                return ::coro_core::__private::Result::Ok(::coro_core::__private::Step::Complete(total + last + hist[2] + hist[3]));
            }
        },
        signature: ::coro_core::__private::signature(
            ::coro_core::__private::ReportOf::<::coro_core::__private::Infallible>::new()
                .report(),
        ),
    };
    __coro_machine
}
