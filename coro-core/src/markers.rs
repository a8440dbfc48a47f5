//! The body markers as macros that only explain themselves (the attribute rewrites them), and
//! the trait behind `?` in a body.

use crate::machine::Unwind;
use crate::protocol::{Caught, Exit, Resumed};

/// Suspends the coroutine, handing out the value; evaluates to the sent value. A thrown error
/// or the exit signal of `close` propagates from here like `?` (T2, C3).
///
/// Only meaningful inside a `#[coroutine]` function.
#[macro_export]
macro_rules! yield_ {
    // The attribute invokes the marker this way so that the user's import of it counts as used.
    (@__coro_used) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error!("`yield_!` can only be used inside a `#[coroutine]` function")
    };
}

/// Suspends the coroutine, handing out the value; evaluates to a [`Resumed`]: the sent value,
/// the thrown error or the exit signal, so the body can handle `throw` and `close` itself.
///
/// Only meaningful inside a `#[coroutine]` function.
#[macro_export]
macro_rules! yield_catch {
    (@__coro_used) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error!("`yield_catch!` can only be used inside a `#[coroutine]` function")
    };
}

/// Waits for an awaitable (A1, A2): its yields pass straight out, sent values, thrown errors
/// and `close` go to it, and its return value is the value of the expression. Its errors are
/// raised here, where a `try_!` can catch them.
///
/// Only meaningful inside a `#[coroutine]` function.
#[macro_export]
macro_rules! await_ {
    (@__coro_used) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error!("`await_!` can only be used inside a `#[coroutine]` function")
    };
}

/// Python's `yield from`: delegates to a generator (or any coroutine) exactly as [`await_!`]
/// does; the two names read as Python reads.
///
/// Only meaningful inside a `#[coroutine]` function.
#[macro_export]
macro_rules! yield_from {
    (@__coro_used) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error!("`yield_from!` can only be used inside a `#[coroutine]` function")
    };
}

/// An exception region (E1–E3):
///
/// ```text
/// try_! {
///     { body }
///     catch (e) { handler }        // optional: the coroutine's own errors
///     catch_all (c) { handler }    // optional: a `Caught<E>`: errors, the exit signal, protocol errors
///     finally { cleanup }          // optional: runs on every way out
/// }
/// ```
///
/// Only meaningful inside a `#[coroutine]` function.
#[macro_export]
macro_rules! try_ {
    (@__coro_used) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error!("`try_!` can only be used inside a `#[coroutine]` function")
    };
}

/// What `?` accepts inside a `#[coroutine]` body whose error type is `E`.
#[diagnostic::on_unimplemented(
    message = "`?` in a `#[coroutine]` body cannot raise `{Self}`",
    label = "this is not a `Result` whose error converts into the coroutine's error type",
    note = "inside a coroutine, `?` raises `Err(e)` as the coroutine's error `{E}` (through `From`), and `Resumed::Thrown` / `Resumed::Exit` as they came in"
)]
pub trait Propagate<E> {
    /// The value `?` produces when nothing is raised.
    type Output;
    /// Splits into the value or what to raise.
    fn propagate(self) -> Result<Self::Output, Unwind<E>>;
}

impl<T, E2, E: From<E2>> Propagate<E> for Result<T, E2> {
    type Output = T;
    #[cfg_attr(debug_assertions, inline)]
    #[cfg_attr(not(debug_assertions), inline(always))]
    fn propagate(self) -> Result<T, Unwind<E>> {
        self.map_err(|e| Unwind::Raised(E::from(e)))
    }
}

impl<S, E> Propagate<E> for Resumed<S, E> {
    type Output = S;
    #[cfg_attr(debug_assertions, inline)]
    #[cfg_attr(not(debug_assertions), inline(always))]
    fn propagate(self) -> Result<S, Unwind<E>> {
        match self {
            Resumed::Sent(value) => Ok(value),
            Resumed::Thrown(error) => Err(Unwind::Raised(error)),
            Resumed::Exit => Err(Unwind::Exit),
        }
    }
}

impl<E> Propagate<E> for Exit {
    type Output = core::convert::Infallible;
    #[cfg_attr(debug_assertions, inline)]
    #[cfg_attr(not(debug_assertions), inline(always))]
    fn propagate(self) -> Result<core::convert::Infallible, Unwind<E>> {
        Err(Unwind::Exit)
    }
}

/// `expr?` in a body becomes `propagate::<E, _>(expr)` matched by the generated code; the
/// function pins the error type so inference never has to guess it.
#[cfg_attr(debug_assertions, inline)]
#[cfg_attr(not(debug_assertions), inline(always))]
pub fn propagate<E, P: Propagate<E>>(value: P) -> Result<P::Output, Unwind<E>> {
    value.propagate()
}

impl<E> Propagate<E> for Caught<E> {
    type Output = core::convert::Infallible;
    #[cfg_attr(debug_assertions, inline)]
    #[cfg_attr(not(debug_assertions), inline(always))]
    fn propagate(self) -> Result<core::convert::Infallible, Unwind<E>> {
        Err(match self {
            Caught::Error(error) => Unwind::Raised(error),
            Caught::Exit => Unwind::Exit,
            Caught::Protocol(error) => Unwind::Protocol(error),
        })
    }
}

/// What a `finally` block carries while it runs: how the region was left, to go on with it
/// when the block ends (E2). `Jump(n)` is the n-th `break` / `continue` target.
#[doc(hidden)]
#[derive(Debug)]
pub enum Pending<V, R, E> {
    Normal(V),
    Raise(Unwind<E>),
    Return(R),
    Jump(u32),
}

/// The `catch_all` view of an unwind.
#[doc(hidden)]
#[cfg_attr(debug_assertions, inline)]
#[cfg_attr(not(debug_assertions), inline(always))]
pub fn caught<E>(unwind: Unwind<E>) -> Caught<E> {
    match unwind {
        Unwind::Raised(error) => Caught::Error(error),
        Unwind::Exit => Caught::Exit,
        Unwind::Protocol(error) => Caught::Protocol(error),
    }
}

/// Python's `async for` (I2): `async_for!(pattern in iterable { body })`, with an optional
/// label (`async_for!('rows: row in pages { .. })`). Gets the async iterator once, then awaits
/// its "next" before each pass; only the end of the iteration ends the loop. `break`,
/// `continue`, `return` and `?` work in the body as in a `for` loop.
///
/// Only meaningful inside a `#[coroutine]` function.
#[macro_export]
macro_rules! async_for {
    (@__coro_used) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error!("`async_for!` can only be used inside a `#[coroutine]` function")
    };
}

/// Python's `async with` (M1): `async_with!(let pattern = manager { body })`, or
/// `async_with!(manager { body })` without a binding. Awaits the manager's `aenter`, runs the
/// body, and awaits its `aexit` on every way out.
///
/// Only meaningful inside a `#[coroutine]` function.
#[macro_export]
macro_rules! async_with {
    (@__coro_used) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error!("`async_with!` can only be used inside a `#[coroutine]` function")
    };
}

/// Gives back its tokens. With `#[coroutine(crate = "path")]` the attribute puts the body
/// inside `path::__private::through_crate! { .. }`: a path that does not resolve is then
/// reported once (as in the signature, at the same token), and nothing in the body is resolved
/// through it.
#[doc(hidden)]
#[macro_export]
macro_rules! __coro_through_crate {
    ($($body:tt)*) => {
        { $($body)* }
    };
}

/// `let x = receive_or_raise!(receive(input));` in a resume arm whose raise leaves the body
/// straight away: what the suspension evaluates to, or the body returns the raise. The `?`
/// this stands for compiles to the same code, but type-checking each `?` solves the `Try` and
/// `FromResidual` obligations of its conversion again (3.7 % of rustc's type-checking
/// instructions for a crate of small coroutines); the macro keeps the expansion as short as
/// the `?`.
#[doc(hidden)]
#[macro_export]
macro_rules! __coro_receive_or_raise {
    ($receive:ident($input:ident)) => {
        match $crate::__private::$receive($input) {
            $crate::__private::Result::Ok(sent) => sent,
            $crate::__private::Result::Err(unwind) => {
                return $crate::__private::Result::Err(unwind);
            }
        }
    };
}

/// The `StateEnum` impl of a generated state enum: `state_enum_impl!(State [A0, L1] [where ..]
/// "::name" [pattern])`, the last the suspended states' pattern (`State::S0 { .. }` for one,
/// `_` for several, nothing for none). Written here once rather than by the attribute for every
/// coroutine: an unoptimised proc macro builds each token one by one (and, inside rustc, hands
/// it across the bridge), where rustc expands these in its own optimised code.
#[doc(hidden)]
#[macro_export]
macro_rules! __coro_state_enum_impl {
    ($state:ident [$($param:ident),*] [$($where:tt)*] $name:literal [$($suspended:pat)?]) => {
        impl<$($param),*> $crate::__private::StateEnum for $state<$($param),*> $($where)* {
            const NAME: &'static str = ::core::concat!(::core::module_path!(), $name);
            #[inline]
            fn status(&self) -> $crate::__private::Status {
                match self {
                    $state::Created { .. } => $crate::__private::Status::Created,
                    $state::Finished => $crate::__private::Status::Finished,
                    $state::Running => $crate::__private::Status::Running,
                    $state::PoisonReported => $crate::__private::Status::PoisonReported,
                    $($suspended => $crate::__private::Status::Suspended,)?
                }
            }
            const FINISHED: Self = $state::Finished;
            const POISON_REPORTED: Self = $state::PoisonReported;
        }
    };
}
