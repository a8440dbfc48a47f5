//! The bridge to Rust's futures: a body awaits any `Future`, and a coroutine whose awaits yield
//! [`Pending`] is itself a `Future`.
//!
//! Rust's futures are polled with a `Context` that carries the task's waker; the coroutine
//! protocol has no such argument. While a coroutine is polled as a `Future` (or an async
//! generator as a `Stream`), its waker is kept in a thread-local slot, and every future awaited
//! inside, however deep in a delegation chain, is polled with it. A coroutine driven by hand
//! with `start` / `send` polls its futures with a waker that does nothing: the driver decides
//! when to resume.

use core::fmt;
use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use std::cell::RefCell;

use crate::protocol::{Coroutine, Error, Kind, State, Step};

/// What a coroutine awaiting a Rust future yields while the future is not ready: the signal
/// to its driver that it is waiting for a wake-up (Python's event loop receives the future
/// itself). A `#[coroutine(future)]` function yields only this, and is a `Future`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Pending;

thread_local! {
    /// The waker of the task that is polling a coroutine on this thread, if any.
    static CURRENT_WAKER: RefCell<Option<Waker>> = const { RefCell::new(None) };
}

/// Runs `f` with `waker` as the waker that awaited futures register, restoring the previous
/// one afterwards (polls nest when a coroutine-future awaits another one).
pub(crate) fn with_waker<T>(waker: &Waker, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Waker>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            CURRENT_WAKER.with(|slot| *slot.borrow_mut() = previous);
        }
    }
    let previous = CURRENT_WAKER.with(|slot| slot.borrow_mut().replace(waker.clone()));
    let _restore = Restore(previous);
    f()
}

/// Polls `future` with the waker of the task now polling the coroutine (a no-op waker when it
/// is driven by hand).
pub(crate) fn poll_with_current<F: Future + ?Sized>(future: Pin<&mut F>) -> Poll<F::Output> {
    with_current_context(|cx| future.poll(cx))
}

/// Runs `f` with a `Context` holding the current task's waker (a no-op one when there is
/// no task).
pub(crate) fn with_current_context<T>(f: impl FnOnce(&mut Context<'_>) -> T) -> T {
    // The slot is not borrowed while `f` runs: it may poll a coroutine-future itself.
    let waker = CURRENT_WAKER
        .with(|slot| slot.borrow().clone())
        .unwrap_or_else(|| Waker::noop().clone());
    f(&mut Context::from_waker(&waker))
}

/// The awaiter of a Rust future inside a body (`await_!(future)`): a coroutine that polls the
/// future on each resume, yields [`Pending`] while it is not ready and returns its output.
///
/// `throw` raises the error at the await and drops the future (cancelling it); `close` drops it.
pub struct FutureAwaiter<F, E> {
    future: Option<Pin<Box<F>>>,
    error: PhantomData<fn() -> E>,
}

impl<F, E> FutureAwaiter<F, E> {
    /// Wraps a future; it is pinned on the heap because the coroutine holding it moves.
    pub fn new(future: F) -> Self
    where
        F: Future,
    {
        FutureAwaiter {
            future: Some(Box::pin(future)),
            error: PhantomData,
        }
    }

    fn poll_once(&mut self) -> Result<Step<Pending, F::Output>, Error<E>>
    where
        F: Future,
    {
        let Some(future) = self.future.as_mut() else {
            return Err(Error::Reused);
        };
        match poll_with_current(future.as_mut()) {
            Poll::Pending => Ok(Step::Yielded(Pending)),
            Poll::Ready(output) => {
                self.future = None;
                Ok(Step::Complete(output))
            }
        }
    }
}

impl<F, E> fmt::Debug for FutureAwaiter<F, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FutureAwaiter")
            .field("done", &self.future.is_none())
            .finish()
    }
}

impl<F: Future, E> Coroutine for FutureAwaiter<F, E> {
    type Yield = Pending;
    type Send = ();
    type Return = F::Output;
    type Error = E;

    fn kind(&self) -> Kind {
        Kind::Coroutine
    }

    fn state(&self) -> State {
        if self.future.is_some() {
            State::Suspended
        } else {
            State::Finished
        }
    }

    fn start(&mut self) -> Result<Step<Pending, F::Output>, Error<E>> {
        self.poll_once()
    }

    fn send(&mut self, (): ()) -> Result<Step<Pending, F::Output>, Error<E>> {
        self.poll_once()
    }

    fn throw(&mut self, error: E) -> Result<Step<Pending, F::Output>, Error<E>> {
        self.future = None;
        Err(Error::Raised(error))
    }

    fn close(&mut self) -> Result<Option<F::Output>, Error<E>> {
        self.future = None;
        Ok(None)
    }
}

/// Drives a coroutine whose awaits yield [`Pending`] as a `Future`: each poll resumes it with
/// the task's waker in place; `Pending` out of the body is `Poll::Pending`, its return value
/// `Poll::Ready(Ok(..))` and its error `Poll::Ready(Err(..))`. Dropping the future closes the
/// coroutine (C5). `#[coroutine(future)]` functions return this already.
pub struct IntoFuture<C>(pub C);

impl<C: fmt::Debug> fmt::Debug for IntoFuture<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoFuture").field(&self.0).finish()
    }
}

/// One poll of a coroutine that yields [`Pending`].
pub(crate) fn poll_coroutine<C>(
    coroutine: &mut C,
    cx: &mut Context<'_>,
) -> Poll<Result<C::Return, Error<C::Error>>>
where
    C: Coroutine<Yield = Pending, Send = ()>,
{
    let step = with_waker(cx.waker(), || {
        if coroutine.state() == State::Created {
            coroutine.start()
        } else {
            coroutine.send(())
        }
    });
    match step {
        Ok(Step::Yielded(Pending)) => Poll::Pending,
        Ok(Step::Complete(value)) => Poll::Ready(Ok(value)),
        Err(error) => Poll::Ready(Err(error)),
    }
}

impl<C> Future for IntoFuture<C>
where
    C: Coroutine<Yield = Pending, Send = ()> + Unpin,
{
    type Output = Result<C::Return, Error<C::Error>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        poll_coroutine(&mut self.0, cx)
    }
}
