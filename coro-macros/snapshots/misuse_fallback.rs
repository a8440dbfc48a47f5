// Expansion snapshot `misuse_fallback`: a misuse: the errors at the user's tokens, and the signature with a fallback body.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(yield = u32, send = u32)]
// fn misuse(values: Vec<u32>) -> u32 {
//     values.iter().for_each(|v| {
//         yield_!(*v);
//     });
//     println!("{}", yield_!(0));
//     0
// }

#[allow(unused_variables, unreachable_code)]
fn misuse(
    values: Vec<u32>,
) -> impl ::coro_core::Coroutine<
    Yield = u32,
    Send = u32,
    Return = u32,
    Error = ::coro_core::__private::Infallible,
> {
    yield_!(@ __coro_used);
    ::core::compile_error! {
        "`yield_!` cannot be used inside a closure; move it to the coroutine body, or make the closure a `#[coroutine]` function of its own"
    }
    ::core::compile_error! {
        "a suspension marker cannot be used inside `println!`; bind its value first: `let v = yield_!(...);` and pass `v`"
    }
    ::coro_core::__private::Fallback::<
        u32,
        u32,
        u32,
        ::coro_core::__private::Infallible,
        (),
    >::new()
}
