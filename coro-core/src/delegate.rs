//! Delegation (A1–A4, S5, T3, C3): what `await_!` and `yield_from!` drive.

use crate::machine::{Input, Unwind};
use crate::protocol::{Coroutine, Step};

/// Something `await_!` can wait for (Python's `__await__`): it converts into its awaiter, a
/// coroutine that drives it. Every [`Coroutine`] is awaitable (its awaiter is itself); a user
/// type implements this to be awaited (A1).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be awaited",
    label = "this is not a coroutine and does not implement `coro_core::Awaitable`",
    note = "`await_!` / `yield_from!` take a coroutine (a `#[coroutine]` function's value, or `&mut` one) or a type that implements `Awaitable`"
)]
pub trait Awaitable {
    /// The coroutine that drives this awaitable.
    type Awaiter: Coroutine;
    /// Converts into the awaiter.
    fn into_awaiter(self) -> Self::Awaiter;
}

impl<C: Coroutine> Awaitable for C {
    type Awaiter = C;
    #[inline(always)]
    fn into_awaiter(self) -> C {
        self
    }
}

/// What one step of a delegate gave the delegator.
#[doc(hidden)]
#[derive(Debug)]
pub enum Delegated<Y, R, E> {
    /// The delegate yielded: pass it out (A2).
    Yielded(Y),
    /// The delegate returned: the value of the await expression.
    Returned(R),
    /// The delegate raised (or its close failed, or the delegator is being closed): raise this
    /// at the await point (T3, C3).
    Raised(Unwind<E>),
}

/// Pins the awaiter's types to the delegator's: its yields pass straight out and sent values
/// straight in (A2).
#[doc(hidden)]
#[inline(always)]
pub fn into_awaiter<Y, Sd, E, C>(awaiter: C) -> C
where
    C: Coroutine<Yield = Y, Send = Sd, Error = E>,
{
    awaiter
}

/// Something `await_!` can wait for through Rust's futures: every `IntoFuture` (so every
/// `Future`). Its awaiter polls it and yields [`Pending`](crate::Pending) while it is not ready.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be awaited",
    label = "this is not a coroutine, an `Awaitable` or a `Future`",
    note = "`await_!` / `yield_from!` take a coroutine (a `#[coroutine]` function's value, or `&mut` one), a type that implements `coro_core::Awaitable`, or a `Future`"
)]
pub trait AwaitableFuture {
    /// The future polled.
    type Future: core::future::Future;
    /// Converts into the future.
    fn into_awaited_future(self) -> Self::Future;
}

impl<F: core::future::IntoFuture> AwaitableFuture for F {
    type Future = F::IntoFuture;
    #[inline(always)]
    fn into_awaited_future(self) -> F::IntoFuture {
        self.into_future()
    }
}

/// The operand of `await_!`, on its way to its awaiter. A coroutine or `Awaitable` is driven
/// directly (its throws and closes reach it); anything else must be a `Future`. The choice is
/// made by method resolution: `(&AwaitSource::new(x)).__coro_awaiter()` finds
/// [`AwaitViaAwaitable`] first (receiver `&AwaitSource<T>`), and [`AwaitViaFuture`] only one
/// auto-reference later.
#[doc(hidden)]
pub struct AwaitSource<T>(core::cell::Cell<Option<T>>);

impl<T> core::fmt::Debug for AwaitSource<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("AwaitSource")
    }
}

impl<T> AwaitSource<T> {
    #[inline(always)]
    pub fn new(operand: T) -> Self {
        AwaitSource(core::cell::Cell::new(Some(operand)))
    }

    #[inline(always)]
    fn take(&self) -> T {
        match self.0.take() {
            Some(operand) => operand,
            None => unreachable!("an await operand is converted once"),
        }
    }
}

#[doc(hidden)]
pub trait AwaitViaAwaitable {
    type Awaiter;
    fn __coro_awaiter(&self) -> Self::Awaiter;
}

impl<T: Awaitable> AwaitViaAwaitable for AwaitSource<T> {
    type Awaiter = T::Awaiter;
    #[inline(always)]
    fn __coro_awaiter(&self) -> T::Awaiter {
        self.take().into_awaiter()
    }
}

#[doc(hidden)]
pub trait AwaitViaFuture<T> {
    fn __coro_awaiter<E>(&self) -> crate::future::FutureAwaiter<T::Future, E>
    where
        T: AwaitableFuture;
}

impl<T> AwaitViaFuture<T> for &AwaitSource<T> {
    #[inline(always)]
    fn __coro_awaiter<E>(&self) -> crate::future::FutureAwaiter<T::Future, E>
    where
        T: AwaitableFuture,
    {
        crate::future::FutureAwaiter::new(self.take().into_awaited_future())
    }
}

/// Passes one resumption of the delegator to its delegate (S5, T3, C3).
#[doc(hidden)]
#[inline(always)]
pub fn drive<C: Coroutine>(
    awaiter: &mut C,
    input: Input<C::Send, C::Error>,
) -> Delegated<C::Yield, C::Return, C::Error> {
    let step = match input {
        // The first step: Python's `next()` / `send(None)`, which also continues a partly
        // consumed generator whose sent type is `()`.
        Input::Start => awaiter.start(),
        Input::Send(value) => awaiter.send(value),
        Input::Throw(error) => awaiter.throw(error),
        // C3: close the delegate first; then the exit signal is raised in the delegator,
        // unless the delegate's close failed, whose error is raised instead.
        Input::Close => {
            return match awaiter.close() {
                Ok(_) => Delegated::Raised(Unwind::Exit),
                Err(error) => Delegated::Raised(Unwind::from_error(error)),
            };
        }
    };
    match step {
        Ok(Step::Yielded(y)) => Delegated::Yielded(y),
        Ok(Step::Complete(r)) => Delegated::Returned(r),
        Err(error) => Delegated::Raised(Unwind::from_error(error)),
    }
}
