//! The runtime half of a `#[coroutine]` function: the protocol rules (S1–S4, T1–T4, C1–C5, P1)
//! around a generated body that only knows how to run from one suspension to the next.

use core::fmt;
use core::marker::PhantomData;

use crate::delegate::Delegated;
use crate::future::Pending;
use crate::hook::DropReport;
use crate::protocol::{Coroutine, Error, Kind, Resumed, State, Step};

/// Where a generated state enum is; each `#[coroutine]` expansion implements [`StateEnum`].
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Created,
    Suspended,
    Finished,
    /// Taken out by a resume that has not come back: only observable after a panic (P1).
    Running,
    /// Poisoned, and the iterator of `Result`s has already reported it.
    PoisonReported,
}

/// Implemented by the state enum each expansion generates.
#[doc(hidden)]
pub trait StateEnum {
    /// The `#[coroutine]` function's path (`module::name`), for the unraisable hook: a
    /// constant, where `core::any::type_name` of the body would be one more function per
    /// coroutine, and 2 % of rustc's instructions for a crate of small coroutines.
    const NAME: &'static str;
    /// Constants rather than functions: unoptimised, each function is one more per coroutine
    /// (1 % of rustc's instructions for a crate of small coroutines).
    const FINISHED: Self;
    const POISON_REPORTED: Self;
    fn status(&self) -> Status;
}

/// How a coroutine is resumed, as one value: what a delegator hands its delegate, and what
/// [`AsyncIterator::next_step`](crate::AsyncIterator::next_step) takes.
#[derive(Debug)]
pub enum Input<S, E> {
    /// Run a `Created` body from its start (or, for an async iterator, begin a "next").
    Start,
    /// Resume a suspended body with a sent value.
    Send(S),
    /// Raise an error at the suspension point.
    Throw(E),
    /// Raise the exit signal at the suspension point.
    Close,
}

/// What a suspension (`yield_!`, `await_!`) evaluates to when the body resumes there: the
/// sent value, or what `throw` (the error) and `close` (the exit signal) raise at that point
/// (T2, C3). Only a coroutine whose sent type is `()` is resumed with `Start` there: see
/// [`receive_unit`]. One call instead of a `match` in every resume arm of the generated code.
/// (Like every helper the generated code calls at each suspension, it is `inline(always)` only
/// in optimised builds: unoptimised, the always-inliner would copy its `match` into every arm.)
#[doc(hidden)]
#[cfg_attr(debug_assertions, inline)]
#[cfg_attr(not(debug_assertions), inline(always))]
pub fn receive<S, E>(input: Input<S, E>) -> Result<S, Unwind<E>> {
    match input {
        Input::Send(sent) => Ok(sent),
        Input::Throw(error) => Err(Unwind::Raised(error)),
        Input::Close => Err(Unwind::Exit),
        Input::Start => unreachable!(),
    }
}

/// [`receive`] when the sent type is `()`: `start()` on a suspended coroutine sends `()`.
#[doc(hidden)]
#[cfg_attr(debug_assertions, inline)]
#[cfg_attr(not(debug_assertions), inline(always))]
pub fn receive_unit<E>(input: Input<(), E>) -> Result<(), Unwind<E>> {
    match input {
        Input::Send(()) | Input::Start => Ok(()),
        Input::Throw(error) => Err(Unwind::Raised(error)),
        Input::Close => Err(Unwind::Exit),
    }
}

/// What `yield_catch!` evaluates to: the input as the body sees it.
#[doc(hidden)]
#[cfg_attr(debug_assertions, inline)]
#[cfg_attr(not(debug_assertions), inline(always))]
pub fn resumed<S, E>(input: Input<S, E>) -> Resumed<S, E> {
    match input {
        Input::Send(sent) => Resumed::Sent(sent),
        Input::Throw(error) => Resumed::Thrown(error),
        Input::Close => Resumed::Exit,
        Input::Start => unreachable!(),
    }
}

/// [`resumed`] when the sent type is `()`.
#[doc(hidden)]
#[cfg_attr(debug_assertions, inline)]
#[cfg_attr(not(debug_assertions), inline(always))]
pub fn resumed_unit<E>(input: Input<(), E>) -> Resumed<(), E> {
    match input {
        Input::Send(()) | Input::Start => Resumed::Sent(()),
        Input::Throw(error) => Resumed::Thrown(error),
        Input::Close => Resumed::Exit,
    }
}

/// How a generated body unwinds out of itself: with the user's error, with the exit signal,
/// or with a protocol error that came out of a delegate.
#[doc(hidden)]
#[derive(Debug)]
pub enum Unwind<E> {
    Raised(E),
    Exit,
    /// Never `Error::Raised`.
    Protocol(Error<E>),
}

impl<E> Unwind<E> {
    /// The unwind that carries a delegate's result on through a body: its error, the exit
    /// signal it raised itself (Python's `GeneratorExit` passing out of `yield from`), or a
    /// protocol error.
    #[inline]
    pub fn from_error(error: Error<E>) -> Self {
        match error {
            Error::Raised(e) => Unwind::Raised(e),
            Error::Exit(_) => Unwind::Exit,
            other => Unwind::Protocol(other),
        }
    }
}

/// The flavour of a generated coroutine, fixed by the attribute: its kind, whether its sent
/// type is `()` (so sending `()` starts it, S2), and how it iterates.
#[doc(hidden)]
pub trait Flavor {
    const KIND: Kind;
    const UNIT_SEND: bool;
}

macro_rules! flavors {
    ($($(#[$doc:meta])* $name:ident: $kind:ident, $unit:literal;)*) => {$(
        $(#[$doc])*
        #[doc(hidden)]
        #[derive(Debug, Clone, Copy)]
        pub enum $name {}
        impl Flavor for $name {
            const KIND: Kind = Kind::$kind;
            const UNIT_SEND: bool = $unit;
        }
    )*};
}

flavors! {
    /// Generator kind, `send = ()`, no declared error: an `Iterator` of the yielded values.
    GenIter: Generator, true;
    /// Generator kind, `send = ()`, a declared error: an `Iterator` of `Result`s.
    GenTryIter: Generator, true;
    /// Generator kind with a real sent type.
    GenSend: Generator, false;
    /// Coroutine kind, `send = ()`.
    CoroUnit: Coroutine, true;
    /// Coroutine kind with a real sent type.
    CoroSend: Coroutine, false;
    /// The body of an async generator, driven by `AsyncGen`.
    AsyncGenBody: AsyncGenerator, false;
}

/// Whether a body is running, for bodies that can panic while their state does not say so: a
/// delegation resumes its delegate in place, inside the suspended state (P1). After such a panic
/// the state is `Finished` and the flag set (see `BusyOnUnwind`). Bodies without delegation mark
/// their state `Running` themselves and pay nothing ([`NoDelegate`]).
#[doc(hidden)]
pub trait Busy: Default + Unpin {
    /// Whether the body runs behind the unwind guard ([`run_body`](Self::run_body)). A
    /// constant, so that a machine without delegation calls its body directly: unoptimised, a
    /// `run_body` of its own would be one more function per coroutine.
    const GUARDED: bool;

    fn set(&mut self, busy: bool);
    fn get(&self) -> bool;

    /// Runs the body behind the unwind guard (see `BusyOnUnwind`).
    #[cfg_attr(debug_assertions, inline)]
    #[cfg_attr(not(debug_assertions), inline(always))]
    fn run_body<S: StateEnum, F: FnMut(&mut S, I) -> O, I, O>(
        &mut self,
        state: &mut S,
        body: &mut F,
        input: I,
    ) -> O {
        let unwinding = BusyOnUnwind { state, busy: self };
        let outcome = body(&mut *unwinding.state, input);
        core::mem::forget(unwinding);
        outcome
    }
}

/// For bodies without delegation: never busy, no space.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, Default)]
pub struct NoDelegate;

/// Nothing to mark: the body runs bare (a guard would be a landing pad, drop glue and a
/// `forget` in every coroutine's `resume`).
impl Busy for NoDelegate {
    const GUARDED: bool = false;

    #[inline(always)]
    fn set(&mut self, _: bool) {}
    #[inline(always)]
    fn get(&self) -> bool {
        false
    }
}

/// For bodies that delegate: set when the body unwinds (see `BusyOnUnwind`).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, Default)]
pub struct Delegates(bool);

impl Busy for Delegates {
    const GUARDED: bool = true;

    #[inline(always)]
    fn set(&mut self, busy: bool) {
        self.0 = busy;
    }
    #[inline(always)]
    fn get(&self) -> bool {
        self.0
    }
}

/// Marks a delegating body busy if it unwinds (P1): dropped only by a panic out of the body,
/// forgotten when the body returns. While `&mut Machine` is held nothing else can look at the
/// flag, so it need only be right after a panic: no store on the way into or out of a resume.
/// The state is set `Finished` too (its locals and delegate dropped, as a body without
/// delegation drops its own locals while unwinding), so that only a finished state has to look
/// at the flag: a resume of a suspended body reads the state's tag alone.
struct BusyOnUnwind<'a, S: StateEnum, B: Busy> {
    state: &'a mut S,
    busy: &'a mut B,
}

impl<S: StateEnum, B: Busy> Drop for BusyOnUnwind<'_, S, B> {
    #[inline]
    fn drop(&mut self) {
        self.busy.set(true);
        *self.state = S::FINISHED;
    }
}

/// A `#[coroutine]` function's value: the generated state enum `S` and the generated body `F`
/// that runs it from one suspension to the next.
///
/// The expansion builds it with a struct expression, not a constructor: unoptimised, a
/// constructor is one more function per coroutine (2.6 % of rustc's instructions for a crate of
/// small coroutines). That is the only reason its fields are public: users never name the type,
/// since a `#[coroutine]` function returns `impl Coroutine`.
///
/// The body is a closure that captures nothing, so a `Machine` is as large as its state enum
/// and is `Send`, `Sync`, `Unpin` and `Clone` exactly when that enum is. `D` (zero-sized) hands
/// what a close in `Drop` raised to the hook: the error type needs no `Debug` bound here, which
/// would report a missing `Debug` again at every use of the machine.
#[doc(hidden)]
#[derive(Clone)]
pub struct Machine<S, F, Y, Sd, R, E, K, B, D>
where
    S: StateEnum,
    F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
    K: Flavor,
    B: Busy,
    D: DropReport<E>,
{
    #[doc(hidden)]
    pub state: S,
    #[doc(hidden)]
    pub busy: B,
    #[doc(hidden)]
    pub body: F,
    /// See [`signature`]. `fn() -> ...` keeps the marker out of the auto traits and drop check.
    #[doc(hidden)]
    pub signature: PhantomData<fn(Sd) -> (Y, R, E, K, D)>,
}

/// The `signature` field of a [`Machine`], naming `D` by a value of it (the report picked by
/// `ReportOf`): generic over the signature only, so one function serves every coroutine with
/// the same types.
#[doc(hidden)]
#[inline(always)]
pub fn signature<Sd, Y, R, E, K, D>(report: D) -> PhantomData<fn(Sd) -> (Y, R, E, K, D)> {
    let _ = report;
    PhantomData
}

impl<S, F, Y, Sd, R, E, K, B, D> Machine<S, F, Y, Sd, R, E, K, B, D>
where
    S: StateEnum,
    F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
    K: Flavor,
    B: Busy,
    D: DropReport<E>,
{
    /// Runs the body once; the body stores its next suspended state itself.
    #[cfg_attr(debug_assertions, inline)]
    #[cfg_attr(not(debug_assertions), inline(always))]
    fn run(&mut self, input: Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>> {
        let outcome = if B::GUARDED {
            self.busy.run_body(&mut self.state, &mut self.body, input)
        } else {
            (self.body)(&mut self.state, input)
        };
        if !matches!(outcome, Ok(Step::Yielded(_))) {
            self.state = S::FINISHED;
        }
        outcome
    }

    /// Where the body is; `Running` after a panic (P1).
    #[inline]
    fn status(&self) -> Status {
        match self.state.status() {
            // A delegating body that panicked (see `BusyOnUnwind`).
            Status::Finished if self.busy.get() => Status::Running,
            status => status,
        }
    }

    /// `start`, `send` and `throw`: one function per coroutine type holding one copy of the
    /// body (the generated body is `#[inline(always)]` in optimised builds), however the
    /// coroutine is resumed.
    #[cfg(not(debug_assertions))]
    #[inline]
    fn resume(&mut self, input: Input<Sd, E>) -> Result<Step<Y, R>, Error<E>> {
        self.resume_inline(input)
    }

    /// Debug builds: `start`, `send`, `throw` and `close` in one function, the only place the
    /// body runs from. What does not depend on the state or the body (the protocol checks, the
    /// mapping of the body's outcome) is in [`before`] and [`after`], generic over the
    /// signature only, so one copy serves every coroutine with the same types: unoptimised,
    /// each function generic over the body is code generated again for each coroutine.
    #[cfg(debug_assertions)]
    fn resume(&mut self, input: Input<Sd, E>) -> Result<Step<Y, R>, Error<E>> {
        // `status()` and `run` written out: each would be one more function per coroutine. (A
        // helper on `Busy` shared with `status()` cost the 10-level delegate 5 instructions per
        // value in release, through LLVM's block layout: not used.)
        let status = match self.state.status() {
            Status::Finished if self.busy.get() => Status::Running,
            status => status,
        };
        let (result, finished) = match before::<Sd, Y, R, E, K>(status, input) {
            Ok(input) => after::<Y, R, E, K>(if B::GUARDED {
                self.busy.run_body(&mut self.state, &mut self.body, input)
            } else {
                (self.body)(&mut self.state, input)
            }),
            Err(answer) => answer,
        };
        if finished {
            self.state = S::FINISHED;
        }
        result
    }

    /// Debug builds: [`resume`](Self::resume) (a delegator's fast path calls this name).
    #[cfg(debug_assertions)]
    #[inline]
    fn resume_inline(&mut self, input: Input<Sd, E>) -> Result<Step<Y, R>, Error<E>> {
        self.resume(input)
    }

    /// Debug builds: a close is a resume with `Input::Close`.
    #[cfg(debug_assertions)]
    #[inline]
    fn close_now(&mut self) -> Result<Option<R>, Error<E>> {
        closed::<Y, R, E, K>(self.resume(Input::Close))
    }

    /// [`resume`](Self::resume), always inlined: the protocol checks that answer without
    /// running the body, then the body. Also inlined into a delegator's fast path
    /// (`__coro_resume`), so that each level of a delegation inlines into the one above.
    #[cfg(not(debug_assertions))]
    #[cfg_attr(not(debug_assertions), inline(always))]
    fn resume_inline(&mut self, input: Input<Sd, E>) -> Result<Step<Y, R>, Error<E>> {
        let input = match self.status() {
            Status::Suspended => match input {
                Input::Start if !K::UNIT_SEND => return Err(Error::AlreadyStarted(K::KIND)),
                // With `send = ()`, starting a started coroutine is `send(())`: the body's
                // suspension takes `Start` as `()` (Python's `next()`).
                input => input,
            },
            // The first run of the body is the same run: the body's entry arm is in its state
            // → block conversion, apart from the dispatch loop, so the resumed path stays
            // straight code without a copy of its own. (A separate `start_created` copy, for
            // bodies without delegation only, is gone: for a delegating body it made an async
            // generator awaiting inside a loop end at once in optimised builds, a suspected
            // LLVM miscompile, see BENCHMARKS.md, "a release-only bug"; `async_bridge` in
            // release checks it.)
            Status::Created => self.first_input(input)?,
            Status::Finished => {
                return Err(match (K::KIND, input) {
                    // T4: a generator hands a thrown error straight back.
                    (Kind::Generator, Input::Throw(e)) => Error::Raised(e),
                    _ => finished_error::<E, K>(),
                });
            }
            Status::Running | Status::PoisonReported => return Err(Error::Poisoned(K::KIND)),
        };
        self.run(input).map_err(raised_error::<E, K>)
    }

    /// What a `Created` body's first run starts with, or the answer without running it.
    #[cfg(not(debug_assertions))]
    #[inline(always)]
    fn first_input(&mut self, input: Input<Sd, E>) -> Result<Input<Sd, E>, Error<E>> {
        match input {
            Input::Start => Ok(Input::Start),
            // S2: with `send = ()` sending `()` is starting.
            Input::Send(_) if K::UNIT_SEND => Ok(Input::Start),
            Input::Send(_) => Err(Error::SentToNew(K::KIND)),
            // T1: the body never runs; its arguments are dropped.
            Input::Throw(e) => {
                self.state = S::FINISHED;
                Err(Error::Raised(e))
            }
            // `close` goes through `close_now`, never through here.
            Input::Close => Err(finished_error::<E, K>()),
        }
    }

    #[cfg(not(debug_assertions))]
    #[inline]
    fn close_now(&mut self) -> Result<Option<R>, Error<E>> {
        match self.status() {
            // C1, C2: nothing runs.
            Status::Created | Status::Finished => {
                self.state = S::FINISHED;
                Ok(None)
            }
            Status::Running | Status::PoisonReported => Err(Error::Poisoned(K::KIND)),
            // C3
            Status::Suspended => match self.run(Input::Close) {
                Err(Unwind::Exit) => Ok(None),
                Ok(Step::Complete(r)) => Ok(Some(r)),
                Ok(Step::Yielded(_)) => Err(Error::IgnoredExit(K::KIND)),
                Err(Unwind::Raised(e)) => Err(Error::Raised(e)),
                Err(Unwind::Protocol(e)) => Err(e),
            },
        }
    }
}

/// The error for a resume of a finished coroutine (S4).
#[inline]
fn finished_error<E, K: Flavor>() -> Error<E> {
    match K::KIND {
        Kind::Generator | Kind::AsyncGenerator => Error::Exhausted,
        Kind::Coroutine => Error::Reused,
    }
}

/// Debug builds: the result of a resume and whether the coroutine is finished from now on.
#[cfg(debug_assertions)]
type Outcome<Y, R, E> = (Result<Step<Y, R>, Error<E>>, bool);

/// Debug builds: the protocol checks of `start`, `send`, `throw` and `close` (S1–S4, T1, T4,
/// C1–C3, P1): the input to run the body with, or the answer without running it. For a close,
/// `Error::Exit` stands for "closed, no value" (see [`closed`]).
#[cfg(debug_assertions)]
fn before<Sd, Y, R, E, K: Flavor>(
    status: Status,
    input: Input<Sd, E>,
) -> Result<Input<Sd, E>, Outcome<Y, R, E>> {
    match status {
        Status::Suspended => match input {
            Input::Start if !K::UNIT_SEND => Err((Err(Error::AlreadyStarted(K::KIND)), false)),
            // With `send = ()`, starting a started coroutine is `send(())`.
            input => Ok(input),
        },
        Status::Created => match input {
            Input::Start => Ok(Input::Start),
            // S2: with `send = ()` sending `()` is starting.
            Input::Send(_) if K::UNIT_SEND => Ok(Input::Start),
            Input::Send(_) => Err((Err(Error::SentToNew(K::KIND)), false)),
            // T1: the body never runs; its arguments are dropped.
            Input::Throw(e) => Err((Err(Error::Raised(e)), true)),
            // C1
            Input::Close => Err((Err(Error::Exit(K::KIND)), true)),
        },
        Status::Finished => Err((
            Err(match (K::KIND, input) {
                // C2
                (_, Input::Close) => Error::Exit(K::KIND),
                // T4: a generator hands a thrown error straight back.
                (Kind::Generator, Input::Throw(e)) => Error::Raised(e),
                _ => finished_error::<E, K>(),
            }),
            false,
        )),
        Status::Running | Status::PoisonReported => Err((Err(Error::Poisoned(K::KIND)), false)),
    }
}

/// Debug builds: the body's outcome as the resume's result, and whether the coroutine is
/// finished.
#[cfg(debug_assertions)]
fn after<Y, R, E, K: Flavor>(outcome: Result<Step<Y, R>, Unwind<E>>) -> Outcome<Y, R, E> {
    match outcome {
        Ok(Step::Yielded(y)) => (Ok(Step::Yielded(y)), false),
        Ok(Step::Complete(r)) => (Ok(Step::Complete(r)), true),
        Err(unwind) => (Err(raised_error::<E, K>(unwind)), true),
    }
}

/// Debug builds: a resume with `Input::Close` as the result of `close` (C1–C3).
#[cfg(debug_assertions)]
fn closed<Y, R, E, K: Flavor>(result: Result<Step<Y, R>, Error<E>>) -> Result<Option<R>, Error<E>> {
    match result {
        // The body (or the protocol, for a coroutine that was not suspended) ended with the
        // exit signal: closed. A delegate's protocol error is never `Exit` (`Unwind::from_error`).
        Err(Error::Exit(_)) => Ok(None),
        Ok(Step::Complete(r)) => Ok(Some(r)),
        Ok(Step::Yielded(_)) => Err(Error::IgnoredExit(K::KIND)),
        Err(e) => Err(e),
    }
}

/// Debug builds: [`Drop`]'s close, reported to the hook if it failed.
#[cfg(debug_assertions)]
fn report_close<Y, R, E, K: Flavor, D: DropReport<E>>(
    name: &'static str,
    result: Result<Step<Y, R>, Error<E>>,
) {
    if let Err(error) = closed::<Y, R, E, K>(result) {
        D::report(name, &error);
    }
}

/// An exit signal out of a resume that was not a close: the body raised `Exit` itself.
fn raised_error<E, K: Flavor>(unwind: Unwind<E>) -> Error<E> {
    match unwind {
        Unwind::Raised(e) => Error::Raised(e),
        Unwind::Exit => Error::Exit(K::KIND),
        Unwind::Protocol(e) => e,
    }
}

impl<S, F, Y, Sd, R, E, K, B, D> Coroutine for Machine<S, F, Y, Sd, R, E, K, B, D>
where
    S: StateEnum,
    F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
    K: Flavor,
    B: Busy,
    D: DropReport<E>,
{
    type Yield = Y;
    type Send = Sd;
    type Return = R;
    type Error = E;

    fn kind(&self) -> Kind {
        K::KIND
    }

    fn state(&self) -> State {
        match self.status() {
            Status::Created => State::Created,
            Status::Suspended => State::Suspended,
            Status::Finished | Status::Running | Status::PoisonReported => State::Finished,
        }
    }

    fn is_poisoned(&self) -> bool {
        matches!(self.status(), Status::Running | Status::PoisonReported)
    }

    // `start` and `send` always inlined unoptimised, where each would be one more function per
    // coroutine around the one call (optimised, `inline(always)` here cost the 1- and 10-level
    // `delegate` up to 2 ×: LLVM then inlined less of the delegation below).
    #[cfg_attr(debug_assertions, inline(always))]
    #[cfg_attr(not(debug_assertions), inline)]
    fn start(&mut self) -> Result<Step<Y, R>, Error<E>> {
        self.resume(Input::Start)
    }

    #[cfg_attr(debug_assertions, inline(always))]
    #[cfg_attr(not(debug_assertions), inline)]
    fn send(&mut self, value: Sd) -> Result<Step<Y, R>, Error<E>> {
        self.resume(Input::Send(value))
    }

    #[inline]
    fn throw(&mut self, error: E) -> Result<Step<Y, R>, Error<E>> {
        self.resume(Input::Throw(error))
    }

    fn close(&mut self) -> Result<Option<R>, Error<E>> {
        self.close_now()
    }

    /// A delegator's resumption (`drive_inline`): the body inlined for `start`, `send` and
    /// `throw`, while `close` calls `close_now`, so that the delegator's own close path does
    /// not carry a second copy of the delegate.
    #[cfg_attr(debug_assertions, inline)]
    #[cfg_attr(not(debug_assertions), inline(always))]
    fn __coro_resume(&mut self, input: Input<Sd, E>) -> Delegated<Y, R, E> {
        match input {
            Input::Close => Delegated::from_close(self.close_now()),
            input => Delegated::from_step(self.resume_inline(input)),
        }
    }
}

/// C5: dropping a suspended coroutine closes it; what cannot escape `Drop` goes to the hook.
impl<S, F, Y, Sd, R, E, K, B, D> Drop for Machine<S, F, Y, Sd, R, E, K, B, D>
where
    S: StateEnum,
    F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
    K: Flavor,
    B: Busy,
    D: DropReport<E>,
{
    // Inlined, so that the close of a suspended coroutine (the body's `Close` arm, down to the
    // drops of its locals) optimises together with the code that drops it.
    #[cfg(not(debug_assertions))]
    #[inline]
    fn drop(&mut self) {
        if self.status() != Status::Suspended {
            return;
        }
        if let Err(error) = self.close_now() {
            D::report(S::NAME, &error);
        }
    }

    // Debug builds: the close's outcome is handled by a function shared by every coroutine
    // with the same signature.
    #[cfg(debug_assertions)]
    fn drop(&mut self) {
        // A body that panicked is `Finished` (see `BusyOnUnwind`): nothing to close.
        if self.state.status() != Status::Suspended {
            return;
        }
        let result = self.resume(Input::Close);
        report_close::<Y, R, E, K, D>(S::NAME, result);
    }
}

impl<S, F, Y, Sd, R, E, K, B, D> fmt::Debug for Machine<S, F, Y, Sd, R, E, K, B, D>
where
    S: StateEnum,
    F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
    K: Flavor,
    B: Busy,
    D: DropReport<E>,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Coroutine")
            .field("kind", &K::KIND)
            .field("state", &self.state())
            .field("poisoned", &self.is_poisoned())
            .finish()
    }
}

/// A generator whose sent type is `()` and that declares no error is an iterator of its
/// yielded values. A poisoned generator ends the iteration.
impl<S, F, Y, R, B, D> Iterator
    for Machine<S, F, Y, (), R, core::convert::Infallible, GenIter, B, D>
where
    S: StateEnum,
    F: FnMut(
        &mut S,
        Input<(), core::convert::Infallible>,
    ) -> Result<Step<Y, R>, Unwind<core::convert::Infallible>>,
    B: Busy,
    D: DropReport<core::convert::Infallible>,
{
    type Item = Y;

    #[inline]
    fn next(&mut self) -> Option<Y> {
        match self.resume(Input::Send(())) {
            Ok(Step::Yielded(y)) => Some(y),
            _ => None,
        }
    }
}

/// A generator whose sent type is `()` and that declares an error is an iterator of
/// `Result`s: the body's error (or a protocol error such as [`Error::Poisoned`]) comes out once
/// as `Err`, then the iteration ends.
impl<S, F, Y, R, E, B, D> Iterator for Machine<S, F, Y, (), R, E, GenTryIter, B, D>
where
    S: StateEnum,
    F: FnMut(&mut S, Input<(), E>) -> Result<Step<Y, R>, Unwind<E>>,
    B: Busy,
    D: DropReport<E>,
{
    type Item = Result<Y, Error<E>>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.status() == Status::PoisonReported {
            return None;
        }
        match self.resume(Input::Send(())) {
            Ok(Step::Yielded(y)) => Some(Ok(y)),
            Ok(Step::Complete(_)) | Err(Error::Exhausted) => None,
            Err(Error::Poisoned(kind)) => {
                self.busy.set(false);
                self.state = S::POISON_REPORTED;
                Some(Err(Error::Poisoned(kind)))
            }
            Err(e) => Some(Err(e)),
        }
    }
}

/// What a `#[coroutine]` function returns when the attribute rejected its body: it keeps the
/// caller type-checking while the real errors are reported. It is never constructed at run
/// time (the crate does not compile).
#[doc(hidden)]
#[derive(Debug)]
pub struct Fallback<Y, Sd, R, E, I>(PhantomData<fn(Sd) -> (Y, R, E, I)>);

impl<Y, Sd, R, E, I> Fallback<Y, Sd, R, E, I> {
    #[must_use]
    pub fn new() -> Self {
        Fallback(PhantomData)
    }
}

impl<Y, Sd, R, E, I> Default for Fallback<Y, Sd, R, E, I> {
    fn default() -> Self {
        Self::new()
    }
}

impl<Y, Sd, R, E, I> Clone for Fallback<Y, Sd, R, E, I> {
    fn clone(&self) -> Self {
        Self::new()
    }
}

impl<Y, Sd, R, E, I> Coroutine for Fallback<Y, Sd, R, E, I> {
    type Yield = Y;
    type Send = Sd;
    type Return = R;
    type Error = E;
    fn kind(&self) -> Kind {
        Kind::Coroutine
    }
    fn state(&self) -> State {
        State::Finished
    }
    fn start(&mut self) -> Result<Step<Y, R>, Error<E>> {
        Err(Error::Reused)
    }
    fn send(&mut self, _: Sd) -> Result<Step<Y, R>, Error<E>> {
        Err(Error::Reused)
    }
    fn throw(&mut self, _: E) -> Result<Step<Y, R>, Error<E>> {
        Err(Error::Reused)
    }
    fn close(&mut self) -> Result<Option<R>, Error<E>> {
        Ok(None)
    }
}

impl<Y, Sd, R, E, I> Iterator for Fallback<Y, Sd, R, E, I> {
    type Item = I;
    fn next(&mut self) -> Option<I> {
        None
    }
}

/// A coroutine whose awaits yield [`Pending`] and whose sent type is `()` is a `Future`; a
/// `#[coroutine(future)]` function returns it as one. Dropping it closes it (C5).
impl<S, F, R, E, K, B, D> core::future::Future for Machine<S, F, Pending, (), R, E, K, B, D>
where
    S: StateEnum + Unpin,
    F: FnMut(&mut S, Input<(), E>) -> Result<Step<Pending, R>, Unwind<E>> + Unpin,
    K: Flavor,
    B: Busy,
    D: DropReport<E>,
{
    type Output = Result<R, Error<E>>;

    fn poll(
        self: core::pin::Pin<&mut Self>,
        cx: &mut core::task::Context<'_>,
    ) -> core::task::Poll<Self::Output> {
        crate::future::poll_coroutine(self.get_mut(), cx)
    }
}

impl<S, F, Y, Sd, R, E, K, B, D> crate::async_gen::AsyncBody for Machine<S, F, Y, Sd, R, E, K, B, D>
where
    S: StateEnum,
    F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
    K: Flavor,
    B: Busy,
    D: DropReport<E>,
{
    fn raise_exit(&mut self) -> Result<Step<Y, R>, Error<E>> {
        match self.status() {
            Status::Suspended => self.run(Input::Close).map_err(raised_error::<E, K>),
            _ => {
                self.close_now()?;
                Err(Error::Exit(K::KIND))
            }
        }
    }
}

impl<Y, Sd, R, E, I> core::future::Future for Fallback<Y, Sd, R, E, I> {
    type Output = Result<R, Error<E>>;
    fn poll(
        self: core::pin::Pin<&mut Self>,
        _: &mut core::task::Context<'_>,
    ) -> core::task::Poll<Self::Output> {
        core::task::Poll::Ready(Err(Error::Reused))
    }
}

/// [`Fallback`] for an async generator the attribute rejected.
#[doc(hidden)]
#[derive(Debug)]
#[allow(clippy::type_complexity)]
pub struct AsyncFallback<I, S, E, AY, AS, SI>(PhantomData<fn(S, AS) -> (I, E, AY, SI)>);

impl<I, S, E, AY, AS, SI> AsyncFallback<I, S, E, AY, AS, SI> {
    #[must_use]
    pub fn new() -> Self {
        AsyncFallback(PhantomData)
    }
}

impl<I, S, E, AY, AS, SI> Default for AsyncFallback<I, S, E, AY, AS, SI> {
    fn default() -> Self {
        Self::new()
    }
}

impl<I, S, E, AY, AS, SI> Clone for AsyncFallback<I, S, E, AY, AS, SI> {
    fn clone(&self) -> Self {
        Self::new()
    }
}

impl<I, S, E, AY, AS, SI> crate::async_gen::AsyncGenerator for AsyncFallback<I, S, E, AY, AS, SI> {
    type Item = I;
    type Send = S;
    type Error = E;
    type AwaitYield = AY;
    type AwaitSend = AS;
    fn state(&self) -> State {
        State::Finished
    }
    fn is_poisoned(&self) -> bool {
        false
    }
    fn resume_async(
        &mut self,
        _: crate::async_gen::AsyncInput<S, AS, E>,
    ) -> Result<crate::async_gen::AsyncStep<AY, I>, Error<E>> {
        Ok(crate::async_gen::AsyncStep::Finished)
    }
}

impl<I, S, E, AY, AS, SI> crate::async_iter::AsyncIterator for AsyncFallback<I, S, E, AY, AS, SI> {
    type Item = I;
    type Yield = AY;
    type Send = AS;
    type Error = E;
    fn next_step(&mut self, _: Input<AS, E>) -> Result<Step<AY, Option<I>>, Error<E>> {
        Ok(Step::Complete(None))
    }
}

impl<I, S, E, AY, AS, SI> futures_core::Stream for AsyncFallback<I, S, E, AY, AS, SI> {
    type Item = SI;
    fn poll_next(
        self: core::pin::Pin<&mut Self>,
        _: &mut core::task::Context<'_>,
    ) -> core::task::Poll<Option<SI>> {
        core::task::Poll::Ready(None)
    }
}
