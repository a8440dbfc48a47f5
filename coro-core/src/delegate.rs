//! Delegation (A1–A4, S5, T3, C3): what `await_!` and `yield_from!` drive.

use core::marker::PhantomData;

use crate::machine::{Input, Unwind};
use crate::protocol::{Coroutine, Error, Step};

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

/// The type of a delegate's step: what [`drive`] gives for the awaiter `C`. The generated
/// code names a delegation's step and its returned value by these, from the awaiter's type,
/// instead of inferring each as a type of its own (see the macro's `TypedBy`).
#[doc(hidden)]
pub type StepOf<C> =
    Delegated<<C as Coroutine>::Yield, <C as Coroutine>::Return, <C as Coroutine>::Error>;

/// The value a delegation evaluates to, for the awaiter `C` (see [`StepOf`]).
#[doc(hidden)]
pub type ReturnOf<C> = <C as Coroutine>::Return;

impl<Y, R, E> Delegated<Y, R, E> {
    /// What a resume of the delegate (`start`, `send`, `throw`) gave, at the await point.
    #[inline(always)]
    pub(crate) fn from_step(step: Result<Step<Y, R>, Error<E>>) -> Self {
        match step {
            Ok(Step::Yielded(y)) => Delegated::Yielded(y),
            Ok(Step::Complete(r)) => Delegated::Returned(r),
            Err(error) => Delegated::Raised(Unwind::from_error(error)),
        }
    }

    /// C3: the delegate was closed first; then the exit signal is raised in the delegator,
    /// unless the delegate's close failed, whose error is raised instead.
    #[inline(always)]
    pub(crate) fn from_close(closed: Result<Option<R>, Error<E>>) -> Self {
        Delegated::Raised(match closed {
            Ok(_) => Unwind::Exit,
            Err(error) => Unwind::from_error(error),
        })
    }
}

/// Something `await_!` can wait for through Rust's futures: every `IntoFuture` (so every
/// `Future`). Its awaiter polls it and yields [`Pending`](crate::Pending) while it is not ready;
/// `E` is the awaiting body's error type.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be awaited",
    label = "this is not a coroutine, an `Awaitable` or a `Future`",
    note = "`await_!` / `yield_from!` take a coroutine (a `#[coroutine]` function's value, or `&mut` one), a type that implements `coro_core::Awaitable`, or a `Future`"
)]
pub trait AwaitableFuture<E, M> {
    /// The awaiter.
    type Awaiter;
    /// Converts into the awaiter.
    fn into_future_awaiter(self) -> Self::Awaiter;
}

impl<F: core::future::IntoFuture, E> AwaitableFuture<E, Holds> for F {
    type Awaiter = crate::future::FutureAwaiter<F::IntoFuture, E>;
    #[inline(always)]
    fn into_future_awaiter(self) -> Self::Awaiter {
        crate::future::FutureAwaiter::new(self.into_future())
    }
}

// Never applies: with two candidates, a failing bound leaves `Awaiter` unknown (see `Holds`),
// so "cannot be awaited" is the only error.
impl<F: Never, E> AwaitableFuture<E, NeverHolds> for F {
    type Awaiter = F;
    fn into_future_awaiter(self) -> F {
        self
    }
}

/// The operand of `await_!` or `async_for!`, on its way to what the body drives, chosen by
/// method resolution. For `await_!`, a coroutine or `Awaitable` is driven directly (its throws
/// and closes reach it) and anything else must be a `Future`:
/// `(&Operand::new(x)).__coro_awaiter()` finds [`AwaitViaAwaitable`] first (receiver
/// `&Operand<T>`), and [`AwaitViaFuture`] only one auto-reference later. `async_for!` makes
/// the same choice between an `AsyncIterator` and a `Stream`.
#[doc(hidden)]
pub struct Operand<T>(core::cell::Cell<Option<T>>);

impl<T> core::fmt::Debug for Operand<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Operand")
    }
}

impl<T> Operand<T> {
    #[inline(always)]
    pub fn new(operand: T) -> Self {
        Operand(core::cell::Cell::new(Some(operand)))
    }

    /// The operand; each generated conversion takes it once.
    #[inline(always)]
    pub(crate) fn take(&self) -> T {
        match self.0.take() {
            Some(operand) => operand,
            None => unreachable!("a marker's operand is converted once"),
        }
    }
}

#[doc(hidden)]
pub trait AwaitViaAwaitable {
    type Awaiter;
    fn __coro_awaiter<Y, Sd>(&self, channel: Channel<Y, Sd>) -> Self::Awaiter;
}

impl<T: Awaitable> AwaitViaAwaitable for Operand<T> {
    type Awaiter = T::Awaiter;
    #[inline(always)]
    fn __coro_awaiter<Y, Sd>(&self, _: Channel<Y, Sd>) -> T::Awaiter {
        self.take().into_awaiter()
    }
}

/// The awaiter of a future operand. `E` and `M` are the trait's, so that the method's
/// own parameters are the channel's, which the expansion names (`__coro_awaiter::<Y, Sd>`): the
/// channel must be known before the bounds are checked, else rustc would infer it from
/// [`AwaitedFuture`]'s one implementation.
#[doc(hidden)]
pub trait AwaitViaFuture<T, E, M> {
    #[allow(clippy::type_complexity)]
    fn __coro_awaiter<Y, Sd>(
        &self,
        channel: Channel<Y, Sd>,
    ) -> <<T as AwaitableFuture<E, M>>::Awaiter as AwaitedFuture<Y, Sd>>::Awaiter
    where
        T: AwaitableFuture<E, M>,
        <T as AwaitableFuture<E, M>>::Awaiter: AwaitedFuture<Y, Sd>;
}

impl<T, E, M> AwaitViaFuture<T, E, M> for &Operand<T> {
    #[inline(always)]
    #[allow(clippy::type_complexity)]
    fn __coro_awaiter<Y, Sd>(
        &self,
        _: Channel<Y, Sd>,
    ) -> <<T as AwaitableFuture<E, M>>::Awaiter as AwaitedFuture<Y, Sd>>::Awaiter
    where
        T: AwaitableFuture<E, M>,
        <T as AwaitableFuture<E, M>>::Awaiter: AwaitedFuture<Y, Sd>,
    {
        self.take().into_future_awaiter().in_channel()
    }
}

/// The types a delegate of the awaiting coroutine yields and is sent (its own, or an async
/// generator's await channel), handed to the conversion of `await_!`'s operand: a Rust
/// future can only be awaited where they are `Pending` and `()`.
#[doc(hidden)]
pub struct Channel<Y, Sd>(PhantomData<fn(Sd) -> Y>);

impl<Y, Sd> Channel<Y, Sd> {
    #[inline(always)]
    #[must_use]
    pub const fn new() -> Self {
        Channel(PhantomData)
    }
}

impl<Y, Sd> Default for Channel<Y, Sd> {
    fn default() -> Self {
        Self::new()
    }
}

impl<Y, Sd> core::fmt::Debug for Channel<Y, Sd> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Channel")
    }
}

/// The awaiter of a Rust future (which yields [`Pending`](crate::Pending) and is resumed with
/// `()`) in a coroutine whose delegates yield `Y` and are sent `Sd`. Checked apart from
/// [`DelegateOf`] (which would word it as a mismatch of the delegate's types), so that awaiting
/// a future where it cannot be is this one error, and the awaiter is left unknown (no second
/// error at the delegation). Not checked when the operand is no future at all: its awaiter is
/// unknown, the check ambiguous.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a Rust future can only be awaited in a `#[coroutine(future)]` or `#[coroutine(async_generator)]` function",
    label = "this is a Rust `Future`: it waits by yielding `coro_core::Pending` and being resumed with `()`, but the awaits of this coroutine yield `{Y}` and are resumed with `{Sd}`",
    note = "declare the function `#[coroutine(future)]` (it is then a `Future` itself) or `#[coroutine(async_generator)]`, or await a coroutine instead"
)]
pub trait AwaitedFuture<Y, Sd> {
    type Awaiter;
    fn in_channel(self) -> Self::Awaiter;
}

impl<F, E> AwaitedFuture<crate::future::Pending, ()> for crate::future::FutureAwaiter<F, E> {
    type Awaiter = Self;
    #[inline(always)]
    fn in_channel(self) -> Self {
        self
    }
}

/// The delegator's `Yield`, `Send` and `Error` types, fixed before the operand of `await_!` is
/// type-checked, so a mismatch is reported at the operand and names the delegate's types
/// (rather than inferred backwards into a wall of errors inside the generated code).
#[doc(hidden)]
#[derive(Debug)]
pub struct Delegator<Y, Sd, E>(PhantomData<fn(Sd) -> (Y, E)>);

impl<Y, Sd, E> Delegator<Y, Sd, E> {
    /// Converts the operand of `await_!`, pinning the awaiter's types to the delegator's: its
    /// yields pass straight out and sent values straight in (A2).
    ///
    /// When the operand is not awaitable or its types differ, the awaiter's type is left
    /// unknown, so the one error at the operand is the only one.
    #[inline(always)]
    pub fn into_awaiter<A, M1, M2>(
        awaitable: A,
    ) -> <<A as AwaitableOperand<M1>>::Awaiter as DelegateOf<Y, Sd, E, M2>>::Awaiter
    where
        A: AwaitableOperand<M1>,
        A::Awaiter: DelegateOf<Y, Sd, E, M2>,
    {
        DelegateOf::checked(awaitable.into_operand_awaiter())
    }
}

/// Selects the implementation whose bounds hold. Each of the two traits below has two
/// implementations that match every type, one of which never holds: with two candidates,
/// rustc checks their bounds while selecting, so a failing bound is reported as the trait's
/// own (worded) error and leaves the associated type unknown.
#[doc(hidden)]
#[derive(Debug)]
pub enum Holds {}
#[doc(hidden)]
#[derive(Debug)]
pub enum NeverHolds {}
#[doc(hidden)]
pub trait Never {}

/// The operand of `await_!` / `yield_from!`: a coroutine or an [`Awaitable`].
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be awaited: it is not a coroutine and does not implement `coro_core::Awaitable`",
    label = "not a coroutine",
    note = "`await_!` / `yield_from!` take a coroutine (a `#[coroutine]` function's value, `&mut` one, a `Box<dyn Coroutine<..>>`) or a type that implements `coro_core::Awaitable`"
)]
pub trait AwaitableOperand<M> {
    type Awaiter;
    fn into_operand_awaiter(self) -> Self::Awaiter;
}

impl<A: Awaitable> AwaitableOperand<Holds> for A {
    type Awaiter = A::Awaiter;
    #[inline(always)]
    fn into_operand_awaiter(self) -> A::Awaiter {
        self.into_awaiter()
    }
}

impl<A: Never> AwaitableOperand<NeverHolds> for A {
    type Awaiter = A;
    fn into_operand_awaiter(self) -> A {
        self
    }
}

/// A delegate of a coroutine whose `Yield`, `Send` and `Error` types are `Y`, `Sd` and `E`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "cannot delegate to `{Self}`: its `Yield`, `Send` and `Error` types must be this coroutine's",
    label = "this coroutine has `Yield = {Y}`, `Send = {Sd}`, `Error = {E}`; the delegate must have the same",
    note = "a delegate's yields pass straight out of this coroutine, the values sent to this coroutine go straight in, and its errors are raised at the `await_!` / `yield_from!`"
)]
pub trait DelegateOf<Y, Sd, E, M> {
    type Awaiter: Coroutine<Yield = Y, Send = Sd, Error = E>;
    fn checked(self) -> Self::Awaiter;
}

impl<C: Coroutine<Yield = Y, Send = Sd, Error = E>, Y, Sd, E> DelegateOf<Y, Sd, E, Holds> for C {
    type Awaiter = C;
    #[inline(always)]
    fn checked(self) -> C {
        self
    }
}

impl<C: Never + Coroutine<Yield = Y, Send = Sd, Error = E>, Y, Sd, E>
    DelegateOf<Y, Sd, E, NeverHolds> for C
{
    type Awaiter = C;
    fn checked(self) -> C {
        self
    }
}

/// Passes one resumption of the delegator to its delegate (S5, T3, C3), through the
/// delegate's own methods: the delegate's first step, every resume of it in a body with
/// several delegation points, and the default of [`Coroutine::__coro_resume`].
#[doc(hidden)]
#[inline]
pub fn drive<C: Coroutine + ?Sized>(
    awaiter: &mut C,
    input: Input<C::Send, C::Error>,
) -> Delegated<C::Yield, C::Return, C::Error> {
    Delegated::from_step(match input {
        // The first step: Python's `next()` / `send(None)`, which also continues a partly
        // consumed generator whose sent type is `()`.
        Input::Start => awaiter.start(),
        Input::Send(value) => awaiter.send(value),
        Input::Throw(error) => awaiter.throw(error),
        Input::Close => return Delegated::from_close(awaiter.close()),
    })
}

/// [`drive`] with the delegate's body inlined (a generated delegate's resume path is
/// `#[inline(always)]` from here): the fast path of a body whose only delegation point it is.
/// There it is the delegate's one caller, so a chain of such delegations inlines into one
/// function, as native coroutines do; with several points each would copy the delegate.
#[doc(hidden)]
#[inline(always)]
pub fn drive_inline<C: Coroutine>(
    awaiter: &mut C,
    input: Input<C::Send, C::Error>,
) -> Delegated<C::Yield, C::Return, C::Error> {
    awaiter.__coro_resume(input)
}
