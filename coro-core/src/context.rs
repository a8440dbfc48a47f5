//! Asynchronous context managers (M1, M2): what `async_with!` enters and exits.

use crate::protocol::{Caught, Coroutine};

/// Python's asynchronous context manager (M1): entering and exiting are awaitables.
///
/// `async_with!(let x = manager { .. })` awaits [`aenter`](Self::aenter) and binds its value
/// to `x`, runs the block, then awaits [`aexit`](Self::aexit) on every way out of it: with
/// `None` when the block ends, `break`s, `continue`s or `return`s, with the error (or the exit
/// signal of `throw` / `close`) when one leaves it. If `aexit` answers `true` for an error, the
/// error is suppressed and execution continues after the block; if `aexit` raises, its error
/// replaces the original.
///
/// The awaitables borrow nothing from the manager (`use<Self>`), so the coroutine can hold
/// both across suspensions: give them what they need by value (clone a handle).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an async context manager",
    label = "`async_with!` needs a value that implements `coro_core::AsyncContextManager`"
)]
pub trait AsyncContextManager {
    /// What entering gives (bound by `async_with!(let x = ..)`).
    type Value;
    /// What the enter and exit awaitables yield to the driver.
    type Yield;
    /// What the driver sends into them.
    type Send;
    /// The error type of the coroutine that uses the manager.
    type Error;

    /// Python's `__aenter__`.
    fn aenter(
        &mut self,
    ) -> impl Coroutine<
        Yield = Self::Yield,
        Send = Self::Send,
        Return = Self::Value,
        Error = Self::Error,
    > + use<Self>;

    /// Python's `__aexit__`: `error` is what is leaving the block, if anything; the awaitable
    /// returns `true` to suppress it.
    fn aexit(
        &mut self,
        error: Option<&Caught<Self::Error>>,
    ) -> impl Coroutine<Yield = Self::Yield, Send = Self::Send, Return = bool, Error = Self::Error>
    + use<Self>;
}
