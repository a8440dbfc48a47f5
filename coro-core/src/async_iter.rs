//! Asynchronous iteration (I1, I2): the async iterator protocol, the awaitable its "next"
//! gives, the adapter that makes every `futures::Stream` an async iterator, and what
//! `async_for!` drives.

use core::fmt;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::Poll;

use futures_core::Stream;

use crate::delegate::Operand;
use crate::future::{Pending, with_current_context};
use crate::machine::Input;
use crate::protocol::{Coroutine, Error, Kind, State, Step};

/// Python's asynchronous iterator (I1): its "next" is an awaitable whose result is the next
/// item, or `None` for the end of the iteration (`StopAsyncIteration`).
///
/// The iterator drives its pending "next" itself, so that a coroutine can hold it across
/// suspensions without borrowing it: [`next_step`](Self::next_step) with `Input::Start`
/// begins a "next", and the inputs that follow (`Send`, `Throw`, `Close`) continue it, exactly
/// as a coroutine is resumed. [`anext`](Self::anext) gives the same as an awaitable.
/// Async generators (`#[coroutine(async_generator)]`) and every `futures::Stream` (through
/// `async_for!`) are async iterators; a type of one's own implements `next_step`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an async iterator",
    note = "`async_for!` takes an async generator, a type that implements `coro_core::AsyncIterator`, or a `futures::Stream`"
)]
pub trait AsyncIterator {
    /// What the iteration produces.
    type Item;
    /// What an await inside "next" hands to the driver (`Pending` for Rust futures).
    type Yield;
    /// What the driver sends back into such an await.
    type Send;
    /// The error "next" may raise, and `throw` takes.
    type Error;

    /// One resumption of "next": `Start` begins one; `Send` / `Throw` continue the pending
    /// one; `Close` closes it. `Ok(Step::Complete(None))` is the end of the iteration.
    ///
    /// # Errors
    ///
    /// The error "next" raises, or a protocol error.
    fn next_step(
        &mut self,
        input: Input<Self::Send, Self::Error>,
    ) -> Result<Step<Self::Yield, Option<Self::Item>>, Error<Self::Error>>;

    /// Python's `__anext__()`: the awaitable of the next item.
    fn anext(&mut self) -> Next<'_, Self>
    where
        Self: Sized,
    {
        Next {
            iterator: self,
            state: State::Created,
        }
    }
}

impl<I: AsyncIterator + ?Sized> AsyncIterator for &mut I {
    type Item = I::Item;
    type Yield = I::Yield;
    type Send = I::Send;
    type Error = I::Error;

    fn next_step(
        &mut self,
        input: Input<I::Send, I::Error>,
    ) -> Result<Step<I::Yield, Option<I::Item>>, Error<I::Error>> {
        (**self).next_step(input)
    }
}

/// The awaitable of one "next" (I1), from [`AsyncIterator::anext`]: a coroutine whose return
/// value is the item, `None` at the end.
pub struct Next<'a, I: AsyncIterator> {
    iterator: &'a mut I,
    state: State,
}

impl<I: AsyncIterator> fmt::Debug for Next<'_, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Next").field("state", &self.state).finish()
    }
}

impl<I: AsyncIterator> Next<'_, I> {
    fn step(
        &mut self,
        input: Input<I::Send, I::Error>,
    ) -> Result<Step<I::Yield, Option<I::Item>>, Error<I::Error>> {
        let outcome = self.iterator.next_step(input);
        self.state = match outcome {
            Ok(Step::Yielded(_)) => State::Suspended,
            _ => State::Finished,
        };
        outcome
    }
}

impl<I: AsyncIterator> Coroutine for Next<'_, I> {
    type Yield = I::Yield;
    type Send = I::Send;
    type Return = Option<I::Item>;
    type Error = I::Error;

    fn kind(&self) -> Kind {
        Kind::Coroutine
    }

    fn state(&self) -> State {
        self.state
    }

    fn start(&mut self) -> Result<Step<I::Yield, Option<I::Item>>, Error<I::Error>> {
        match self.state {
            State::Created => self.step(Input::Start),
            State::Suspended => Err(Error::AlreadyStarted(Kind::Coroutine)),
            State::Finished => Err(Error::Reused),
        }
    }

    fn send(&mut self, value: I::Send) -> Result<Step<I::Yield, Option<I::Item>>, Error<I::Error>> {
        match self.state {
            State::Created => Err(Error::SentToNew(Kind::Coroutine)),
            State::Suspended => self.step(Input::Send(value)),
            State::Finished => Err(Error::Reused),
        }
    }

    fn throw(
        &mut self,
        error: I::Error,
    ) -> Result<Step<I::Yield, Option<I::Item>>, Error<I::Error>> {
        match self.state {
            // T1: the awaitable never ran.
            State::Created => {
                self.state = State::Finished;
                Err(Error::Raised(error))
            }
            State::Suspended => self.step(Input::Throw(error)),
            State::Finished => Err(Error::Reused),
        }
    }

    fn close(&mut self) -> Result<Option<Option<I::Item>>, Error<I::Error>> {
        let state = core::mem::replace(&mut self.state, State::Finished);
        match state {
            State::Suspended => close_next(&mut *self.iterator),
            State::Created | State::Finished => Ok(None),
        }
    }
}

/// Closes a pending "next" (C3 for the awaitable of `anext`).
fn close_next<I: AsyncIterator + ?Sized>(
    iterator: &mut I,
) -> Result<Option<Option<I::Item>>, Error<I::Error>> {
    match iterator.next_step(Input::Close) {
        Ok(Step::Complete(_)) | Err(Error::Exit(_)) => Ok(None),
        Ok(Step::Yielded(_)) => Err(Error::IgnoredExit(Kind::Coroutine)),
        Err(error) => Err(error),
    }
}

/// A `futures::Stream` as an async iterator: "next" polls the stream with the waker of the
/// task driving the coroutine, and yields [`Pending`] while the stream has nothing ready.
/// `throw` raises the error at the `async_for!`; `close` leaves the stream as it is.
pub struct StreamIter<S, E> {
    stream: S,
    error: PhantomData<fn() -> E>,
}

impl<S, E> StreamIter<S, E> {
    /// Wraps a stream that can be polled in place (pin a `!Unpin` one with `Box::pin`).
    pub fn new(stream: S) -> Self {
        StreamIter {
            stream,
            error: PhantomData,
        }
    }

    /// The stream back.
    pub fn into_inner(self) -> S {
        self.stream
    }
}

impl<S: fmt::Debug, E> fmt::Debug for StreamIter<S, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StreamIter").field(&self.stream).finish()
    }
}

impl<S: Stream + Unpin, E> AsyncIterator for StreamIter<S, E> {
    type Item = S::Item;
    type Yield = Pending;
    type Send = ();
    type Error = E;

    fn next_step(
        &mut self,
        input: Input<(), E>,
    ) -> Result<Step<Pending, Option<S::Item>>, Error<E>> {
        match input {
            Input::Start | Input::Send(()) => {
                match with_current_context(|cx| Pin::new(&mut self.stream).poll_next(cx)) {
                    Poll::Pending => Ok(Step::Yielded(Pending)),
                    Poll::Ready(item) => Ok(Step::Complete(item)),
                }
            }
            Input::Throw(error) => Err(Error::Raised(error)),
            Input::Close => Ok(Step::Complete(None)),
        }
    }
}

/// What an `async_for!` holds across its iterations: the iterator, as a coroutine whose every
/// `start` begins a new "next" and whose return value is the item (I2).
#[doc(hidden)]
#[derive(Debug)]
pub struct AsyncFor<I>(I);

impl<I: AsyncIterator> Coroutine for AsyncFor<I> {
    type Yield = I::Yield;
    type Send = I::Send;
    type Return = Option<I::Item>;
    type Error = I::Error;

    fn kind(&self) -> Kind {
        Kind::Coroutine
    }

    fn state(&self) -> State {
        State::Suspended
    }

    #[inline]
    fn start(&mut self) -> Result<Step<I::Yield, Option<I::Item>>, Error<I::Error>> {
        self.0.next_step(Input::Start)
    }

    #[inline]
    fn send(&mut self, value: I::Send) -> Result<Step<I::Yield, Option<I::Item>>, Error<I::Error>> {
        self.0.next_step(Input::Send(value))
    }

    fn throw(
        &mut self,
        error: I::Error,
    ) -> Result<Step<I::Yield, Option<I::Item>>, Error<I::Error>> {
        self.0.next_step(Input::Throw(error))
    }

    fn close(&mut self) -> Result<Option<Option<I::Item>>, Error<I::Error>> {
        close_next(&mut self.0)
    }
}

/// Something `async_for!` can iterate through Rust's streams; `E` is the body's error type.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be iterated with `async_for!`",
    label = "this is not an async iterator or a `Stream`",
    note = "`async_for!` takes an async generator (a `#[coroutine(async_generator)]` function's value), a type that implements `coro_core::AsyncIterator`, or a `futures::Stream`"
)]
pub trait AsyncIterable<E, M> {
    /// What the loop drives.
    type Iter;
    /// Converts into it.
    fn into_async_for(self) -> Self::Iter;
}

impl<S: Stream, E> AsyncIterable<E, crate::delegate::Holds> for S {
    type Iter = AsyncFor<StreamIter<Pin<Box<S>>, E>>;
    fn into_async_for(self) -> Self::Iter {
        AsyncFor(StreamIter::new(Box::pin(self)))
    }
}

// Never applies: a failing bound leaves `Iter` unknown, so the message above is the only error.
impl<S: crate::delegate::Never, E> AsyncIterable<E, crate::delegate::NeverHolds> for S {
    type Iter = S;
    fn into_async_for(self) -> S {
        self
    }
}

#[doc(hidden)]
pub trait AsyncForViaIterator {
    type Iter;
    fn __coro_async_for(&self) -> Self::Iter;
}

impl<T: AsyncIterator> AsyncForViaIterator for Operand<T> {
    type Iter = AsyncFor<T>;
    #[inline(always)]
    fn __coro_async_for(&self) -> AsyncFor<T> {
        AsyncFor(self.take())
    }
}

#[doc(hidden)]
pub trait AsyncForViaStream<T> {
    fn __coro_async_for<E, M>(&self) -> <T as AsyncIterable<E, M>>::Iter
    where
        T: AsyncIterable<E, M>;
}

impl<T> AsyncForViaStream<T> for &Operand<T> {
    #[inline(always)]
    fn __coro_async_for<E, M>(&self) -> <T as AsyncIterable<E, M>>::Iter
    where
        T: AsyncIterable<E, M>,
    {
        self.take().into_async_for()
    }
}
