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

/// Converts the operand of `await_!`, pinning the awaiter's types to the delegator's: its
/// yields pass straight out and sent values straight in (A2).
#[doc(hidden)]
#[inline(always)]
pub fn into_awaiter<Y, Sd, E, A>(awaitable: A) -> A::Awaiter
where
    A: Awaitable,
    A::Awaiter: Coroutine<Yield = Y, Send = Sd, Error = E>,
{
    awaitable.into_awaiter()
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
