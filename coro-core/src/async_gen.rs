//! Async generators (I3): bodies that both yield items to their consumer and await, driven
//! through `asend` / `athrow` / `aclose`, each an awaitable.
//!
//! An async generator has two channels, kept apart: its items go to the consumer (the value of
//! an `asend` awaitable) and the values `asend` carries come back out of `yield_!`; what its
//! awaits yield goes to the driver of the `asend` awaitable, and what that driver sends goes
//! back into the await. The generated body speaks both through one state machine whose yields
//! are [`AsyncYield`] and whose sent values are [`AsyncSent`]; [`AsyncGen`] sorts them out.

use core::fmt;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::Stream;

use crate::async_iter::AsyncIterator;
use crate::delegate::{AwaitableOperand, DelegateOf, Delegator};
use crate::future::{Pending, with_waker};
use crate::machine::{Input, Unwind};
use crate::protocol::{Coroutine, Error, Kind, Resumed, State, Step};

/// What an async generator's body hands out.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsyncYield<I, Y> {
    /// `yield_!(item)`: for the consumer.
    Item(I),
    /// An await inside the body: for the driver.
    Await(Y),
}

/// What an async generator's body is resumed with.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsyncSent<S, AS> {
    /// The value of an `asend`: the value of the `yield_!` the body is suspended at.
    Item(S),
    /// The driver's value for the await the body is suspended in.
    Await(AS),
}

/// How far one `asend` / `athrow` / `aclose` got.
#[doc(hidden)]
#[derive(Debug)]
pub enum AsyncStep<Y, I> {
    /// Suspended in an await: hand `Y` to the driver.
    Await(Y),
    /// The body yielded an item.
    Item(I),
    /// The body finished (or, for `aclose`, was closed).
    Finished,
}

/// What starts or continues an operation on an async generator.
#[doc(hidden)]
#[derive(Debug)]
pub enum AsyncInput<S, AS, E> {
    /// Begin `astart()`: run a new generator to its first item.
    Start,
    /// Begin `asend(value)` (`anext` sends `()`).
    Send(S),
    /// Begin `athrow(error)`.
    Throw(E),
    /// Begin `aclose()`.
    Close,
    /// Continue the pending operation: the driver's input for the await it is suspended in.
    Resume(Input<AS, E>),
}

/// Python's async generator (I3): `#[coroutine(async_generator)]` functions return one.
///
/// `asend`, `athrow` and `aclose` give awaitables (coroutines) that run the body up to its
/// next item: the item is their return value (`None` when the body finished, Python's
/// `StopAsyncIteration`), and what the body's awaits yield passes through them to whoever
/// drives them. With `send = ()` the generator is also an [`AsyncIterator`], and when its
/// awaits are on Rust futures a `futures::Stream`.
pub trait AsyncGenerator {
    /// What `yield_!` hands to the consumer.
    type Item;
    /// What `asend` carries: the value of `yield_!` in the body.
    type Send;
    /// The body's error type.
    type Error;
    /// What the body's awaits yield to the driver.
    type AwaitYield;
    /// What the driver sends back into an await.
    type AwaitSend;

    /// Where the generator is in its life.
    fn state(&self) -> State;

    /// True when the body panicked (P1).
    fn is_poisoned(&self) -> bool;

    /// Runs one step of an operation.
    #[doc(hidden)]
    #[allow(clippy::type_complexity)]
    fn resume_async(
        &mut self,
        input: AsyncInput<Self::Send, Self::AwaitSend, Self::Error>,
    ) -> Result<AsyncStep<Self::AwaitYield, Self::Item>, Error<Self::Error>>;

    /// Python's `asend(None)` on a generator that has not started: runs the body to its first
    /// item, whatever the sent type (a started one answers [`Error::AlreadyStarted`]).
    fn astart(&mut self) -> ASend<'_, Self>
    where
        Self: Sized,
    {
        ASend {
            generator: self,
            begin: Some(AsyncInput::Start),
            state: State::Created,
        }
    }

    /// Python's `asend(value)`: resumes the body with `value` as the value of its `yield_!`
    /// (on a generator that has not started, `value` starts it when `send = ()`; otherwise it
    /// is [`Error::SentToNew`]).
    fn asend(&mut self, value: Self::Send) -> ASend<'_, Self>
    where
        Self: Sized,
    {
        ASend {
            generator: self,
            begin: Some(AsyncInput::Send(value)),
            state: State::Created,
        }
    }

    /// Python's `athrow(error)`: raises `error` at the body's `yield_!`. On a generator that
    /// has not started it is raised without running the body; on a finished one the awaitable
    /// completes with no item.
    fn athrow(&mut self, error: Self::Error) -> ASend<'_, Self>
    where
        Self: Sized,
    {
        ASend {
            generator: self,
            begin: Some(AsyncInput::Throw(error)),
            state: State::Created,
        }
    }

    /// Python's `aclose()`: raises the exit signal at the body's `yield_!` and runs its cleanup,
    /// which may await. A body that yields an item instead is
    /// [`Error::IgnoredExit`]`(Kind::AsyncGenerator)`.
    fn aclose(&mut self) -> AClose<'_, Self>
    where
        Self: Sized,
    {
        AClose {
            generator: self,
            state: State::Created,
        }
    }
}

/// The awaitable of `asend` and `athrow`: returns the next item, or `None` when the body
/// finished.
pub struct ASend<'a, G: AsyncGenerator> {
    generator: &'a mut G,
    begin: Option<AsyncInput<G::Send, G::AwaitSend, G::Error>>,
    state: State,
}

impl<G: AsyncGenerator> fmt::Debug for ASend<'_, G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ASend").field("state", &self.state).finish()
    }
}

/// The awaitable of `aclose`.
pub struct AClose<'a, G: AsyncGenerator> {
    generator: &'a mut G,
    state: State,
}

impl<G: AsyncGenerator> fmt::Debug for AClose<'_, G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AClose")
            .field("state", &self.state)
            .finish()
    }
}

/// Runs one step of an operation awaitable and keeps its state.
fn op_step<G: AsyncGenerator>(
    generator: &mut G,
    state: &mut State,
    input: AsyncInput<G::Send, G::AwaitSend, G::Error>,
) -> Result<Step<G::AwaitYield, Option<G::Item>>, Error<G::Error>> {
    let outcome = generator.resume_async(input);
    *state = match outcome {
        Ok(AsyncStep::Await(_)) => State::Suspended,
        _ => State::Finished,
    };
    match outcome? {
        AsyncStep::Await(y) => Ok(Step::Yielded(y)),
        AsyncStep::Item(item) => Ok(Step::Complete(Some(item))),
        AsyncStep::Finished => Ok(Step::Complete(None)),
    }
}

/// The driver's input to an operation awaitable that has started (or not).
fn op_resume<G: AsyncGenerator>(
    generator: &mut G,
    state: &mut State,
    begin: impl FnOnce() -> Option<AsyncInput<G::Send, G::AwaitSend, G::Error>>,
    input: Input<G::AwaitSend, G::Error>,
) -> Result<Step<G::AwaitYield, Option<G::Item>>, Error<G::Error>> {
    match (*state, input) {
        (State::Created, Input::Start) => match begin() {
            Some(first) => op_step(generator, state, first),
            None => Err(Error::Reused),
        },
        (State::Created, Input::Send(_)) => Err(Error::SentToNew(Kind::Coroutine)),
        (State::Created, Input::Throw(error)) => {
            // T1: the operation never began.
            *state = State::Finished;
            Err(Error::Raised(error))
        }
        (State::Suspended, Input::Start) => Err(Error::AlreadyStarted(Kind::Coroutine)),
        (State::Suspended, input) => op_step(generator, state, AsyncInput::Resume(input)),
        (_, Input::Close) => Ok(Step::Complete(None)),
        (State::Finished, _) => Err(Error::Reused),
    }
}

/// Closes an operation awaitable: one suspended in an await closes the generator there (C3).
fn op_close<G: AsyncGenerator>(
    generator: &mut G,
    state: &mut State,
) -> Result<(), Error<G::Error>> {
    let was = core::mem::replace(state, State::Finished);
    if was != State::Suspended {
        return Ok(());
    }
    match generator.resume_async(AsyncInput::Resume(Input::Close)) {
        Ok(AsyncStep::Await(_) | AsyncStep::Item(_)) => {
            Err(Error::IgnoredExit(Kind::AsyncGenerator))
        }
        Ok(AsyncStep::Finished) => Ok(()),
        Err(error) => Err(error),
    }
}

impl<G: AsyncGenerator> ASend<'_, G> {
    fn resume(
        &mut self,
        input: Input<G::AwaitSend, G::Error>,
    ) -> Result<Step<G::AwaitYield, Option<G::Item>>, Error<G::Error>> {
        let begin = &mut self.begin;
        op_resume(self.generator, &mut self.state, || begin.take(), input)
    }
}

impl<G: AsyncGenerator> AClose<'_, G> {
    fn resume(
        &mut self,
        input: Input<G::AwaitSend, G::Error>,
    ) -> Result<Step<G::AwaitYield, ()>, Error<G::Error>> {
        let step = op_resume(
            self.generator,
            &mut self.state,
            || Some(AsyncInput::Close),
            input,
        );
        close_step(step)
    }
}

impl<G: AsyncGenerator> Coroutine for ASend<'_, G> {
    type Yield = G::AwaitYield;
    type Send = G::AwaitSend;
    type Return = Option<G::Item>;
    type Error = G::Error;

    fn kind(&self) -> Kind {
        Kind::Coroutine
    }

    fn state(&self) -> State {
        self.state
    }

    fn start(&mut self) -> Result<Step<G::AwaitYield, Option<G::Item>>, Error<G::Error>> {
        self.resume(Input::Start)
    }

    fn send(
        &mut self,
        value: G::AwaitSend,
    ) -> Result<Step<G::AwaitYield, Option<G::Item>>, Error<G::Error>> {
        self.resume(Input::Send(value))
    }

    fn throw(
        &mut self,
        error: G::Error,
    ) -> Result<Step<G::AwaitYield, Option<G::Item>>, Error<G::Error>> {
        self.resume(Input::Throw(error))
    }

    fn close(&mut self) -> Result<Option<Option<G::Item>>, Error<G::Error>> {
        op_close(self.generator, &mut self.state).map(|()| None)
    }
}

impl<G: AsyncGenerator> Coroutine for AClose<'_, G> {
    type Yield = G::AwaitYield;
    type Send = G::AwaitSend;
    type Return = ();
    type Error = G::Error;

    fn kind(&self) -> Kind {
        Kind::Coroutine
    }

    fn state(&self) -> State {
        self.state
    }

    fn start(&mut self) -> Result<Step<G::AwaitYield, ()>, Error<G::Error>> {
        self.resume(Input::Start)
    }

    fn send(&mut self, value: G::AwaitSend) -> Result<Step<G::AwaitYield, ()>, Error<G::Error>> {
        self.resume(Input::Send(value))
    }

    fn throw(&mut self, error: G::Error) -> Result<Step<G::AwaitYield, ()>, Error<G::Error>> {
        self.resume(Input::Throw(error))
    }

    fn close(&mut self) -> Result<Option<()>, Error<G::Error>> {
        op_close(self.generator, &mut self.state).map(|()| None)
    }
}

fn close_step<Y, I, E>(
    step: Result<Step<Y, Option<I>>, Error<E>>,
) -> Result<Step<Y, ()>, Error<E>> {
    match step? {
        Step::Yielded(y) => Ok(Step::Yielded(y)),
        Step::Complete(_) => Ok(Step::Complete(())),
    }
}

/// The machine of an async generator's body, as [`AsyncGen`] needs it: a coroutine that can
/// also be resumed with the exit signal and left suspended if its cleanup awaits.
#[doc(hidden)]
pub trait AsyncBody: Coroutine {
    /// Raises the exit signal at the suspension, like `close`, but hands back what the body
    /// does next (an await, an item, the end) instead of judging it.
    fn raise_exit(&mut self) -> Result<Step<Self::Yield, Self::Return>, Error<Self::Error>>;
}

/// Which stream / iterator face an async generator shows, fixed by the attribute.
#[doc(hidden)]
pub trait AsyncFlavor {
    /// `send = ()`: `asend(())` starts the generator.
    const UNIT_SEND: bool;
    /// What its `Stream` yields.
    type StreamItem<I, E>;
    /// An item for the stream.
    fn item<I, E>(item: I) -> Self::StreamItem<I, E>;
    /// The stream's last word on an error: reported once, or the end.
    fn error<I, E>(error: Error<E>) -> Option<Self::StreamItem<I, E>>;
}

/// `send = ()`, no declared error: a `Stream` of the items (a protocol error ends it).
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub enum AsyncItems {}

impl AsyncFlavor for AsyncItems {
    const UNIT_SEND: bool = true;
    type StreamItem<I, E> = I;
    fn item<I, E>(item: I) -> I {
        item
    }
    fn error<I, E>(_: Error<E>) -> Option<I> {
        None
    }
}

/// `send = ()`, a declared error: a `Stream` of `Result`s.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub enum AsyncTryItems {}

impl AsyncFlavor for AsyncTryItems {
    const UNIT_SEND: bool = true;
    type StreamItem<I, E> = Result<I, Error<E>>;
    fn item<I, E>(item: I) -> Result<I, Error<E>> {
        Ok(item)
    }
    fn error<I, E>(error: Error<E>) -> Option<Result<I, Error<E>>> {
        Some(Err(error))
    }
}

/// A real sent type: driven through `asend` only.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub enum AsyncSendItems {}

impl AsyncFlavor for AsyncSendItems {
    const UNIT_SEND: bool = false;
    type StreamItem<I, E> = I;
    fn item<I, E>(item: I) -> I {
        item
    }
    fn error<I, E>(_: Error<E>) -> Option<I> {
        None
    }
}

/// The value of a `#[coroutine(async_generator)]` function: its body's machine `M` and which
/// operation is under way.
#[doc(hidden)]
pub struct AsyncGen<M, F> {
    machine: M,
    /// An operation is suspended in one of the body's awaits.
    awaiting: bool,
    /// ... and it is an `aclose`: an item yielded now is the ignored-exit error.
    closing: bool,
    /// The `Stream` has reported an error and ended.
    stream_ended: bool,
    flavor: PhantomData<fn() -> F>,
}

impl<M, F> AsyncGen<M, F> {
    /// Wraps a generated body's machine.
    #[inline]
    pub fn new(machine: M) -> Self {
        AsyncGen {
            machine,
            awaiting: false,
            closing: false,
            stream_ended: false,
            flavor: PhantomData,
        }
    }
}

impl<M: Coroutine, F> fmt::Debug for AsyncGen<M, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AsyncGenerator")
            .field("state", &self.machine.state())
            .field("awaiting", &self.awaiting)
            .field("poisoned", &self.machine.is_poisoned())
            .finish()
    }
}

impl<M, F, I, S, Y, AS, E> AsyncGen<M, F>
where
    M: AsyncBody<Yield = AsyncYield<I, Y>, Send = AsyncSent<S, AS>, Return = (), Error = E>,
    F: AsyncFlavor,
{
    /// Sorts out what the body did: an await goes to the driver, an item to the consumer.
    fn sort(
        &mut self,
        outcome: Result<Step<AsyncYield<I, Y>, ()>, Error<E>>,
    ) -> Result<AsyncStep<Y, I>, Error<E>> {
        let closing = self.closing;
        self.awaiting = matches!(outcome, Ok(Step::Yielded(AsyncYield::Await(_))));
        if !self.awaiting {
            self.closing = false;
        }
        match outcome {
            Ok(Step::Yielded(AsyncYield::Await(y))) => Ok(AsyncStep::Await(y)),
            Ok(Step::Yielded(AsyncYield::Item(_))) if closing => {
                Err(Error::IgnoredExit(Kind::AsyncGenerator))
            }
            Ok(Step::Yielded(AsyncYield::Item(item))) => Ok(AsyncStep::Item(item)),
            Ok(Step::Complete(())) => Ok(AsyncStep::Finished),
            // The exit signal out of an `aclose` is its success.
            Err(Error::Exit(_)) if closing => Ok(AsyncStep::Finished),
            Err(error) => Err(error),
        }
    }
}

impl<M, F, I, S, Y, AS, E> AsyncGenerator for AsyncGen<M, F>
where
    M: AsyncBody<Yield = AsyncYield<I, Y>, Send = AsyncSent<S, AS>, Return = (), Error = E>,
    F: AsyncFlavor,
{
    type Item = I;
    type Send = S;
    type Error = E;
    type AwaitYield = Y;
    type AwaitSend = AS;

    fn state(&self) -> State {
        self.machine.state()
    }

    fn is_poisoned(&self) -> bool {
        self.machine.is_poisoned()
    }

    fn resume_async(&mut self, input: AsyncInput<S, AS, E>) -> Result<AsyncStep<Y, I>, Error<E>> {
        let state = self.machine.state();
        if self.awaiting && !matches!(input, AsyncInput::Resume(_)) {
            return Err(Error::Running(Kind::AsyncGenerator));
        }
        let outcome = match input {
            AsyncInput::Start => match state {
                State::Created => self.machine.start(),
                State::Suspended => return Err(Error::AlreadyStarted(Kind::AsyncGenerator)),
                State::Finished => return Ok(AsyncStep::Finished),
            },
            AsyncInput::Send(value) => match state {
                State::Created if F::UNIT_SEND => self.machine.start(),
                State::Created => return Err(Error::SentToNew(Kind::AsyncGenerator)),
                State::Suspended => self.machine.send(AsyncSent::Item(value)),
                // Python's `StopAsyncIteration`; a poisoned body says so.
                State::Finished if self.machine.is_poisoned() => self.machine.start(),
                State::Finished => return Ok(AsyncStep::Finished),
            },
            AsyncInput::Throw(error) => match state {
                State::Finished if !self.machine.is_poisoned() => return Ok(AsyncStep::Finished),
                // T1 on a new one (raised without running), T2 on a suspended one.
                _ => self.machine.throw(error),
            },
            AsyncInput::Close => match state {
                State::Suspended => {
                    self.closing = true;
                    self.machine.raise_exit()
                }
                _ => return self.machine.close().map(|_| AsyncStep::Finished),
            },
            AsyncInput::Resume(input) => {
                if !self.awaiting {
                    return Err(Error::Reused);
                }
                match input {
                    Input::Start => return Err(Error::AlreadyStarted(Kind::AsyncGenerator)),
                    Input::Send(value) => self.machine.send(AsyncSent::Await(value)),
                    Input::Throw(error) => self.machine.throw(error),
                    Input::Close => {
                        self.awaiting = false;
                        self.closing = false;
                        return self.machine.close().map(|_| AsyncStep::Finished);
                    }
                }
            }
        };
        self.sort(outcome)
    }
}

/// With `send = ()`, "next" is `asend(())` (I1).
impl<M, F, I, Y, AS, E> AsyncIterator for AsyncGen<M, F>
where
    M: AsyncBody<Yield = AsyncYield<I, Y>, Send = AsyncSent<(), AS>, Return = (), Error = E>,
    F: AsyncFlavor,
{
    type Item = I;
    type Yield = Y;
    type Send = AS;
    type Error = E;

    fn next_step(&mut self, input: Input<AS, E>) -> Result<Step<Y, Option<I>>, Error<E>> {
        let input = match input {
            Input::Start => AsyncInput::Send(()),
            input => AsyncInput::Resume(input),
        };
        match self.resume_async(input)? {
            AsyncStep::Await(y) => Ok(Step::Yielded(y)),
            AsyncStep::Item(item) => Ok(Step::Complete(Some(item))),
            AsyncStep::Finished => Ok(Step::Complete(None)),
        }
    }
}

/// An async generator whose awaits are on Rust futures is a `futures::Stream` of its items
/// (of `Result`s when it declares an error: the error comes out once, then the stream ends).
impl<M, F, I, E> Stream for AsyncGen<M, F>
where
    M: AsyncBody<Yield = AsyncYield<I, Pending>, Send = AsyncSent<(), ()>, Return = (), Error = E>
        + Unpin,
    F: AsyncFlavor,
{
    type Item = F::StreamItem<I, E>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.stream_ended {
            return Poll::Ready(None);
        }
        let input = if this.awaiting {
            AsyncInput::Resume(Input::Send(()))
        } else {
            AsyncInput::Send(())
        };
        match with_waker(cx.waker(), || this.resume_async(input)) {
            Ok(AsyncStep::Await(Pending)) => Poll::Pending,
            Ok(AsyncStep::Item(item)) => Poll::Ready(Some(F::item(item))),
            Ok(AsyncStep::Finished) => {
                this.stream_ended = true;
                Poll::Ready(None)
            }
            Err(error) => {
                this.stream_ended = true;
                Poll::Ready(F::error(error))
            }
        }
    }
}

/// The awaiter of an await inside an async generator's body: the delegate's yields go to the
/// driver as [`AsyncYield::Await`], and only the driver's values ([`AsyncSent::Await`]) reach
/// it.
#[doc(hidden)]
#[derive(Debug)]
pub struct AwaitInAsyncGen<C, I, S> {
    awaiter: C,
    channels: PhantomData<fn(S) -> I>,
}

/// [`Delegator`] for an await inside an async generator whose items are `I`, whose `asend`
/// values are `S`, and whose await channel is `Y` / `Sd`: checks the awaiter's types the same
/// way, then routes its yields to the driver's channel.
#[doc(hidden)]
#[derive(Debug)]
pub struct AsyncGenDelegator<I, S, Y, Sd, E>(PhantomData<fn(S, Sd) -> (I, Y, E)>);

impl<I, S, Y, Sd, E> AsyncGenDelegator<I, S, Y, Sd, E> {
    #[inline(always)]
    #[allow(clippy::type_complexity)]
    pub fn into_awaiter<A, M1, M2>(
        awaitable: A,
    ) -> AwaitInAsyncGen<
        <<A as AwaitableOperand<M1>>::Awaiter as DelegateOf<Y, Sd, E, M2>>::Awaiter,
        I,
        S,
    >
    where
        A: AwaitableOperand<M1>,
        A::Awaiter: DelegateOf<Y, Sd, E, M2>,
    {
        AwaitInAsyncGen {
            awaiter: Delegator::<Y, Sd, E>::into_awaiter(awaitable),
            channels: PhantomData,
        }
    }
}

impl<C: Coroutine, I, S> Coroutine for AwaitInAsyncGen<C, I, S> {
    type Yield = AsyncYield<I, C::Yield>;
    type Send = AsyncSent<S, C::Send>;
    type Return = C::Return;
    type Error = C::Error;

    fn kind(&self) -> Kind {
        self.awaiter.kind()
    }

    fn state(&self) -> State {
        self.awaiter.state()
    }

    #[inline]
    fn start(&mut self) -> Result<Step<Self::Yield, C::Return>, Error<C::Error>> {
        wrap_await(self.awaiter.start())
    }

    #[inline]
    fn send(&mut self, value: Self::Send) -> Result<Step<Self::Yield, C::Return>, Error<C::Error>> {
        match value {
            AsyncSent::Await(value) => wrap_await(self.awaiter.send(value)),
            // `AsyncGen` only sends items to a body suspended at an item.
            AsyncSent::Item(_) => Err(Error::Running(Kind::AsyncGenerator)),
        }
    }

    fn throw(&mut self, error: C::Error) -> Result<Step<Self::Yield, C::Return>, Error<C::Error>> {
        wrap_await(self.awaiter.throw(error))
    }

    fn close(&mut self) -> Result<Option<C::Return>, Error<C::Error>> {
        self.awaiter.close()
    }
}

#[inline]
fn wrap_await<I, Y, R, E>(
    step: Result<Step<Y, R>, Error<E>>,
) -> Result<Step<AsyncYield<I, Y>, R>, Error<E>> {
    match step {
        Ok(Step::Yielded(y)) => Ok(Step::Yielded(AsyncYield::Await(y))),
        Ok(Step::Complete(r)) => Ok(Step::Complete(r)),
        Err(error) => Err(error),
    }
}

/// `yield_!` in an async generator: the value `asend` carried.
#[doc(hidden)]
#[cfg_attr(debug_assertions, inline)]
#[cfg_attr(not(debug_assertions), inline(always))]
pub fn item_sent<S, AS, E>(sent: AsyncSent<S, AS>) -> Result<S, Unwind<E>> {
    match sent {
        AsyncSent::Item(value) => Ok(value),
        AsyncSent::Await(_) => Err(Unwind::Protocol(Error::Running(Kind::AsyncGenerator))),
    }
}

/// `yield_catch!` in an async generator: the value `asend` carried, or what was thrown.
#[doc(hidden)]
#[cfg_attr(debug_assertions, inline)]
#[cfg_attr(not(debug_assertions), inline(always))]
pub fn item_resumed<S, AS, E>(
    resumed: Resumed<AsyncSent<S, AS>, E>,
) -> Result<Resumed<S, E>, Unwind<E>> {
    match resumed {
        Resumed::Sent(sent) => item_sent(sent).map(Resumed::Sent),
        Resumed::Thrown(error) => Ok(Resumed::Thrown(error)),
        Resumed::Exit => Ok(Resumed::Exit),
    }
}
