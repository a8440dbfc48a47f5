//! The coroutine protocol: states, results, errors and the `Coroutine` trait.

use core::fmt;

use crate::delegate::Delegated;
use crate::machine::Input;

/// Which of the two kinds of SEMANTICS.md a coroutine is.
///
/// The kind decides what happens after the coroutine has finished (rule S4 / T4) and which word
/// the protocol errors use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Python `def` with `yield`: after finishing, every resume reports [`Error::Exhausted`].
    Generator,
    /// Python `async def`: after finishing, every resume is [`Error::Reused`].
    Coroutine,
    /// Python `async def` with `yield` (I3): driven through `asend` / `athrow` / `aclose`.
    AsyncGenerator,
}

impl Kind {
    /// The word Python uses in messages about this kind ("generator" / "coroutine").
    #[must_use]
    pub const fn word(self) -> &'static str {
        match self {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async generator",
        }
    }
}

/// Where a coroutine is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Not started: the body has not run yet.
    Created,
    /// Stopped at a yield (or inside a delegation).
    Suspended,
    /// Returned, raised, was closed, or panicked (see [`Coroutine::is_poisoned`]).
    Finished,
}

/// What one resume produced: a yielded value or completion with the return value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step<Y, R> {
    /// The body stopped at a yield and handed out this value.
    Yielded(Y),
    /// The body returned this value; the coroutine is now `Finished`.
    Complete(R),
}

impl<Y, R> Step<Y, R> {
    /// The yielded value, if this step yielded.
    pub fn yielded(self) -> Option<Y> {
        match self {
            Step::Yielded(y) => Some(y),
            Step::Complete(_) => None,
        }
    }

    /// The return value, if this step completed.
    pub fn complete(self) -> Option<R> {
        match self {
            Step::Yielded(_) => None,
            Step::Complete(r) => Some(r),
        }
    }
}

/// An error out of a coroutine: the body's own error, or a misuse of the protocol.
///
/// Protocol errors are distinct variants so callers can match them; each carries the [`Kind`]
/// that words its message the way Python does.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Error<E> {
    /// The body raised this error (with `?` or by not handling a thrown one), or a thrown error
    /// came straight back (T1, T4).
    Raised(E),
    /// A value was sent to a coroutine that has not started (S2); it stays `Created`.
    SentToNew(Kind),
    /// `start` was called on a coroutine that has already started; use `send`.
    AlreadyStarted(Kind),
    /// A coroutine-kind object was resumed after it finished (S4, T4, A3).
    Reused,
    /// A generator-kind object was resumed after it finished (S4): "finished, no value".
    Exhausted,
    /// `close` reached a yield instead of ending the body (C3).
    IgnoredExit(Kind),
    /// The body panicked earlier; it will never run again (P1).
    Poisoned(Kind),
    /// The body raised the exit signal (`Exit?`) while not being closed (Python lets
    /// `GeneratorExit` escape from `next()` the same way); the coroutine is finished.
    Exit(Kind),
    /// An async generator was asked for a new `asend` / `athrow` / `aclose` while an earlier
    /// one is still suspended in one of its awaits (Python: "asynchronous generator is already
    /// running").
    Running(Kind),
}

impl<E> Error<E> {
    /// The body's own error, if this is one.
    pub fn raised(self) -> Option<E> {
        match self {
            Error::Raised(e) => Some(e),
            _ => None,
        }
    }

    /// Applies `f` to the body's error, leaving protocol errors as they are.
    pub fn map<E2>(self, f: impl FnOnce(E) -> E2) -> Error<E2> {
        match self {
            Error::Raised(e) => Error::Raised(f(e)),
            Error::SentToNew(k) => Error::SentToNew(k),
            Error::AlreadyStarted(k) => Error::AlreadyStarted(k),
            Error::Reused => Error::Reused,
            Error::Exhausted => Error::Exhausted,
            Error::IgnoredExit(k) => Error::IgnoredExit(k),
            Error::Poisoned(k) => Error::Poisoned(k),
            Error::Exit(k) => Error::Exit(k),
            Error::Running(k) => Error::Running(k),
        }
    }
}

impl<E: fmt::Debug> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Raised(e) => f.debug_tuple("Raised").field(e).finish(),
            Error::SentToNew(k) => f.debug_tuple("SentToNew").field(k).finish(),
            Error::AlreadyStarted(k) => f.debug_tuple("AlreadyStarted").field(k).finish(),
            Error::Reused => f.write_str("Reused"),
            Error::Exhausted => f.write_str("Exhausted"),
            Error::IgnoredExit(k) => f.debug_tuple("IgnoredExit").field(k).finish(),
            Error::Poisoned(k) => f.debug_tuple("Poisoned").field(k).finish(),
            Error::Exit(k) => f.debug_tuple("Exit").field(k).finish(),
            Error::Running(k) => f.debug_tuple("Running").field(k).finish(),
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Raised(e) => e.fmt(f),
            Error::SentToNew(k) => {
                write!(
                    f,
                    "can't send non-None value to a just-started {}",
                    k.word()
                )
            }
            Error::AlreadyStarted(k) => write!(f, "{} already started; use send", k.word()),
            Error::Reused => f.write_str("cannot reuse already awaited coroutine"),
            Error::Exhausted => f.write_str("generator already finished (no value)"),
            Error::IgnoredExit(k) => write!(f, "{} ignored GeneratorExit", k.word()),
            Error::Poisoned(k) => write!(f, "{} resumed after panicking", k.word()),
            Error::Exit(k) => write!(f, "{} raised GeneratorExit", k.word()),
            Error::Running(k) => write!(f, "{} is already running", k.word()),
        }
    }
}

impl<E: fmt::Debug + fmt::Display + std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Raised(e) => e.source(),
            _ => None,
        }
    }
}

/// What a catching yield (`yield_catch!`) evaluates to: the sent value, the thrown error, or
/// the exit signal of `close` (Python's `GeneratorExit`).
///
/// `?` on a `Resumed` inside a `#[coroutine]` body gives the sent value and raises the other two,
/// so `yield_catch!(v)?` behaves as `yield_!(v)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resumed<S, E> {
    /// `send(value)` resumed the body.
    Sent(S),
    /// `throw(error)` resumed the body.
    Thrown(E),
    /// `close()` (or drop) resumed the body; raise it again with `?` to let the coroutine end.
    Exit,
}

/// What a `catch_all` handler of `try_!` receives: anything that unwinds through the region.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Caught<E> {
    /// The body's own error (what `catch (e)` handlers take).
    Error(E),
    /// The exit signal of `close` (C4: only `catch_all` and `finally` see it).
    Exit,
    /// A protocol error that came out of a delegate (never [`Error::Raised`]).
    Protocol(Error<E>),
}

/// The exit signal as a value: `coro_core::Exit?` inside a body raises it (ends the body the way
/// `close` expects).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Exit;

/// A resumable computation that speaks Python's coroutine protocol.
///
/// `#[coroutine]` functions return an `impl Coroutine`; hand-written types can implement it too.
pub trait Coroutine {
    /// What each suspension hands out.
    type Yield;
    /// What `send` hands in.
    type Send;
    /// What the body returns when it completes.
    type Return;
    /// The body's own error type (what `throw` takes and `?` raises).
    type Error;

    /// Generator or coroutine kind.
    fn kind(&self) -> Kind;

    /// Where the coroutine is in its life.
    fn state(&self) -> State;

    /// True when the body panicked: every later operation returns [`Error::Poisoned`] (P1).
    fn is_poisoned(&self) -> bool {
        false
    }

    /// Runs a `Created` coroutine to its first suspension, return or error (S1).
    ///
    /// On a suspended coroutine whose sent type is `()` this is `send(())` (Python's `next()`);
    /// with any other sent type it is [`Error::AlreadyStarted`]. On a finished one it is the
    /// kind's "finished" error (S4).
    fn start(&mut self) -> Result<Step<Self::Yield, Self::Return>, Error<Self::Error>>;

    /// Resumes a suspended coroutine with `value` as the value of its suspension (S3).
    ///
    /// On `Created` this is [`Error::SentToNew`] (S2), unless the sent type is `()`, in which case
    /// it starts the coroutine.
    fn send(
        &mut self,
        value: Self::Send,
    ) -> Result<Step<Self::Yield, Self::Return>, Error<Self::Error>>;

    /// Raises `error` at the suspension point (T1–T4).
    fn throw(
        &mut self,
        error: Self::Error,
    ) -> Result<Step<Self::Yield, Self::Return>, Error<Self::Error>>;

    /// Asks the coroutine to clean up and finish (C1–C3).
    ///
    /// `Ok(None)`: it ended (or had already ended); `Ok(Some(r))`: it caught the exit signal and
    /// returned `r`; `Err(Error::IgnoredExit(_))`: it yielded instead and is still suspended.
    fn close(&mut self) -> Result<Option<Self::Return>, Error<Self::Error>>;

    /// One resumption of a delegate, as the delegator's await point sees it (not for users:
    /// the fast path of `yield_from!` and `await_!` calls it). The default goes through the
    /// four methods above; a `#[coroutine]` function's value answers it with its body inlined,
    /// so that a delegator's body can hold its delegate's.
    #[doc(hidden)]
    #[inline]
    fn __coro_resume(
        &mut self,
        input: Input<Self::Send, Self::Error>,
    ) -> Delegated<Self::Yield, Self::Return, Self::Error> {
        crate::delegate::drive(self, input)
    }
}

impl<C: Coroutine + ?Sized> Coroutine for &mut C {
    type Yield = C::Yield;
    type Send = C::Send;
    type Return = C::Return;
    type Error = C::Error;

    fn kind(&self) -> Kind {
        (**self).kind()
    }
    fn state(&self) -> State {
        (**self).state()
    }
    fn is_poisoned(&self) -> bool {
        (**self).is_poisoned()
    }
    fn start(&mut self) -> Result<Step<C::Yield, C::Return>, Error<C::Error>> {
        (**self).start()
    }
    fn send(&mut self, value: C::Send) -> Result<Step<C::Yield, C::Return>, Error<C::Error>> {
        (**self).send(value)
    }
    fn throw(&mut self, error: C::Error) -> Result<Step<C::Yield, C::Return>, Error<C::Error>> {
        (**self).throw(error)
    }
    fn close(&mut self) -> Result<Option<C::Return>, Error<C::Error>> {
        (**self).close()
    }
    #[inline]
    fn __coro_resume(
        &mut self,
        input: Input<C::Send, C::Error>,
    ) -> Delegated<C::Yield, C::Return, C::Error> {
        (**self).__coro_resume(input)
    }
}

impl<C: Coroutine + ?Sized> Coroutine for Box<C> {
    type Yield = C::Yield;
    type Send = C::Send;
    type Return = C::Return;
    type Error = C::Error;

    fn kind(&self) -> Kind {
        (**self).kind()
    }
    fn state(&self) -> State {
        (**self).state()
    }
    fn is_poisoned(&self) -> bool {
        (**self).is_poisoned()
    }
    fn start(&mut self) -> Result<Step<C::Yield, C::Return>, Error<C::Error>> {
        (**self).start()
    }
    fn send(&mut self, value: C::Send) -> Result<Step<C::Yield, C::Return>, Error<C::Error>> {
        (**self).send(value)
    }
    fn throw(&mut self, error: C::Error) -> Result<Step<C::Yield, C::Return>, Error<C::Error>> {
        (**self).throw(error)
    }
    fn close(&mut self) -> Result<Option<C::Return>, Error<C::Error>> {
        (**self).close()
    }
    #[inline]
    fn __coro_resume(
        &mut self,
        input: Input<C::Send, C::Error>,
    ) -> Delegated<C::Yield, C::Return, C::Error> {
        (**self).__coro_resume(input)
    }
}
