// A prototype, not code the macro writes: the four-point function below (one point of each
// shape that `scripts/compile_time.py` cycles through in `coro_points*`) as the macro expanded
// it at `46be6e8`, with the body rewritten by hand into labeled blocks, as in
// `co_0_labeled_blocks.rs`. The source was:
//
//     #[coro_core::coroutine(yield = u64, send = u64)]
//     pub fn points(seed: u64) -> u64 {
//         let mut acc = seed;
//         acc += yield_!(acc);
//         let v1 = yield_!(acc ^ 1);
//         acc = acc.wrapping_mul(3).wrapping_add(v1);
//         if acc & 1 == 0 {
//             acc += yield_!(acc + 1);
//         } else {
//             acc -= 1;
//         }
//         for j in 0..2u64 {
//             acc += yield_!(acc + j);
//         }
//         acc
//     }
//
// Measure it with `python3 scripts/preexpanded.py scripts/prototypes/points_labeled_blocks.rs
// [--metadata]` (200 renamed copies); see BENCHMARKS.md, "Ninth session of 2026-11-24".
pub fn points(
    seed: u64,
) -> impl ::coro_core::Coroutine<
    Yield = u64,
    Send = u64,
    Return = u64,
    Error = ::coro_core::__private::Infallible,
> {
    yield_!(@ __coro_used);
    #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
    enum __CoroState71450ba2<__CoroA0, __CoroL1, __CoroL6> {
        Created { __coro_a0: __CoroA0 },
        S0 { __coro_f1: __CoroL1 },
        S1 { __coro_f1: __CoroL1 },
        S2 { __coro_f1: __CoroL1 },
        S3 { __coro_f6: __CoroL6, __coro_f1: __CoroL1 },
        Finished,
        Running,
        PoisonReported,
    }
    impl<__CoroA0, __CoroL1, __CoroL6> ::coro_core::__private::StateEnum
    for __CoroState71450ba2<__CoroA0, __CoroL1, __CoroL6> {
        const NAME: &'static str = ::core::concat!(::core::module_path!(), "::points");
        #[inline]
        fn status(&self) -> ::coro_core::__private::Status {
            match self {
                __CoroState71450ba2::Created { .. } => {
                    ::coro_core::__private::Status::Created
                }
                __CoroState71450ba2::Finished => ::coro_core::__private::Status::Finished,
                __CoroState71450ba2::Running => ::coro_core::__private::Status::Running,
                __CoroState71450ba2::PoisonReported => {
                    ::coro_core::__private::Status::PoisonReported
                }
                _ => ::coro_core::__private::Status::Suspended,
            }
        }
        const FINISHED: Self = __CoroState71450ba2::Finished;
        const POISON_REPORTED: Self = __CoroState71450ba2::PoisonReported;
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
        state: __CoroState71450ba2::Created {
            __coro_a0: seed,
        },
        busy: ::core::default::Default::default(),
        body: {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |__coro_st, __coro_in| {
                let mut acc;
                let mut __coro_t6;
                '__coro_b7: {
                    '__coro_b5: {
                        '__coro_b4: {
                            match ::coro_core::__private::replace(__coro_st, __CoroState71450ba2::Running) {
                                __CoroState71450ba2::Created { __coro_a0 } => {
                                    let seed = __coro_a0;
                                    acc = seed;
                                    let __coro_yielded: u64 = acc;
                                    *__coro_st = __CoroState71450ba2::S0 { __coro_f1: acc };
                                    return ::coro_core::__private::yielded(__coro_yielded);
                                }
                                __CoroState71450ba2::S0 { __coro_f1 } => {
                                    acc = __coro_f1;
                                    acc += ::coro_core::__private::receive_or_raise!(receive(__coro_in));
                                    let __coro_yielded: u64 = acc ^ 1;
                                    *__coro_st = __CoroState71450ba2::S1 { __coro_f1: acc };
                                    return ::coro_core::__private::yielded(__coro_yielded);
                                }
                                __CoroState71450ba2::S1 { __coro_f1 } => {
                                    acc = __coro_f1;
                                    let v1 = ::coro_core::__private::receive_or_raise!(receive(__coro_in));
                                    acc = acc.wrapping_mul(3).wrapping_add(v1);
                                    if acc & 1 == 0 {
                                        let __coro_yielded: u64 = acc + 1;
                                        *__coro_st = __CoroState71450ba2::S2 { __coro_f1: acc };
                                        return ::coro_core::__private::yielded(__coro_yielded);
                                    } else {
                                        acc -= 1;
                                        break '__coro_b4;
                                    }
                                }
                                __CoroState71450ba2::S2 { __coro_f1 } => {
                                    acc = __coro_f1;
                                    acc += ::coro_core::__private::receive_or_raise!(receive(__coro_in));
                                    break '__coro_b4;
                                }
                                __CoroState71450ba2::S3 { __coro_f1, __coro_f6 } => {
                                    acc = __coro_f1;
                                    __coro_t6 = __coro_f6;
                                    acc += ::coro_core::__private::receive_or_raise!(receive(__coro_in));
                                    break '__coro_b5;
                                }
                                _ => ::coro_core::__private::unreachable!(),
                            }
                        }
                        __coro_t6 = ::core::iter::IntoIterator::into_iter(0..2u64);
                    }
                    match ::core::iter::Iterator::next(&mut __coro_t6) {
                        ::core::option::Option::Some(j) => {
                            let __coro_yielded: u64 = acc + j;
                            *__coro_st = __CoroState71450ba2::S3 { __coro_f1: acc, __coro_f6: __coro_t6 };
                            return ::coro_core::__private::yielded(__coro_yielded);
                        }
                        ::core::option::Option::None => {}
                    }
                }
                return ::coro_core::__private::Result::Ok(::coro_core::__private::Step::Complete(acc));
            }
        },
        signature: ::coro_core::__private::signature(
            ::coro_core::__private::ReportOf::<::coro_core::__private::Infallible>::new()
                .report(),
        ),
    };
    __coro_machine
}
