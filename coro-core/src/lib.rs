//! Python's coroutine protocol for Rust.
//!
//! Mark a function `#[coroutine]` and use [`yield_!`] / [`yield_catch!`] in its body; the
//! attribute compiles it into an explicit state machine that implements [`Coroutine`]:
//! `start`, `send`, `throw`, `close`, with the semantics of CPython's generators and
//! coroutines. See the README for the signature syntax and the protocol mapping.

mod async_gen;
mod async_iter;
mod chunks;
mod context;
mod delegate;
mod future;
mod hook;
mod kept;
mod machine;
mod markers;
mod protocol;

pub use async_gen::{AClose, ASend, AsyncGenerator};
pub use async_iter::{AsyncIterator, Next, StreamIter};
pub use context::AsyncContextManager;
pub use coro_macros::coroutine;
pub use delegate::Awaitable;
pub use future::{FutureAwaiter, IntoFuture, Pending};
pub use hook::{Unraisable, UnraisableHook, set_unraisable_hook, with_unraisable_hook};
pub use machine::Input;
pub use protocol::{Caught, Coroutine, Error, Exit, Kind, Resumed, State, Step};

/// What generated code names; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::__coro_receive_or_raise as receive_or_raise;
    pub use crate::__coro_state_enum_impl as state_enum_impl;
    pub use crate::__coro_through_crate as through_crate;
    pub use crate::async_gen::{
        AsyncBody, AsyncFlavor, AsyncGen, AsyncGenDelegator, AsyncInput, AsyncItems,
        AsyncSendItems, AsyncSent, AsyncStep, AsyncTryItems, AsyncYield, AwaitInAsyncGen,
        item_resumed, item_sent,
    };
    pub use crate::async_iter::{AsyncFor, AsyncForViaIterator, AsyncForViaStream, AsyncIterable};
    pub use crate::chunks::{CHUNK, Chunk, Level};
    pub use crate::delegate::{
        AwaitViaAwaitable, AwaitViaFuture, AwaitableFuture, AwaitableOperand, AwaitedFuture,
        Channel, DelegateOf, Delegated, Delegator, Operand, ReturnOf, StepOf, drive, drive_inline,
    };
    pub use crate::hook::{DebugReport, DropReport, ErrorType, OpaqueReport, ReportOf};
    pub use crate::kept::{
        CloneKept, CloneProbe, Kept, LocalClone, NotClone, NotCloneProbe, ParamClone, ValueClone,
        ViaClone, assert_local_clone, assert_local_clone_flag, assert_param_clone,
        assert_value_clone, assert_value_clone_flag,
    };
    pub use crate::machine::{
        AsyncFallback, AsyncGenBody, Busy, CoroSend, CoroUnit, Delegates, Fallback, Flavor,
        GenIter, GenSend, GenTryIter, Input, Machine, NoDelegate, StateEnum, Status, Unwind,
        receive, receive_unit, resumed, resumed_unit, signature,
    };
    pub use crate::markers::{Pending, Propagate, caught, propagate};
    pub use crate::protocol::{Resumed, Step};
    pub use core::clone::Clone;
    pub use core::convert::{From, Infallible};
    pub use core::future::Future;
    pub use core::iter::Iterator;
    pub use core::marker::PhantomData;
    pub use core::mem::replace;
    pub use core::option::Option;
    pub use core::result::Result;
    pub use core::unreachable;
    pub use futures_core::Stream;

    /// `dispatch`, with its parameters typed as `block` and `state` are: a long body's dispatch
    /// loop, written before the conversion that computes its first block (see `typed_as`).
    #[inline(always)]
    pub fn dispatch_of<B, S, O, F: FnOnce(B, &mut S) -> O>(_: &B, _: &S, dispatch: F) -> F {
        dispatch
    }

    /// `value`, as the type `B` that `_` names: ties a long body's block to its state's types
    /// before its arms are checked.
    #[inline(always)]
    pub fn typed_as<B>(_: PhantomData<B>, value: B) -> B {
        value
    }

    /// Gives what a `finally` block carries the coroutine's return and error types, which a
    /// region that never completes normally or never returns would leave open.
    #[inline(always)]
    pub fn pin_pending<V, R, E>(pending: Pending<V, R, E>) -> Pending<V, R, E> {
        pending
    }

    /// An empty drop flag of the same type as `value`'s (for a branch that moved it away).
    #[inline(always)]
    pub const fn none_of<T>(_value: &T) -> Option<T> {
        None
    }

    /// Stores a suspension's state over `Running`, which the body leaves in place while it
    /// runs: that value owns nothing, so it is forgotten instead of going through the state's
    /// drop glue (for a state that holds delegates, an out-of-line call at every suspension).
    /// Used by delegating bodies only. No `StateEnum` bound (to assert `Running`): with the
    /// state's types still unknown where it is called, the bound cost rustc 11 % more
    /// instructions on the 200-coroutine crate.
    #[inline(always)]
    pub fn suspend<S>(slot: &mut S, state: S) {
        core::mem::forget(core::mem::replace(slot, state));
    }

    /// What a suspension returns: one short call in every suspending arm of the generated
    /// code instead of `Result::Ok(Step::Yielded(value))` spelled out (less code to parse).
    #[inline(always)]
    pub fn yielded<Y, R, E>(value: Y) -> Result<Step<Y, R>, Unwind<E>> {
        Result::Ok(Step::Yielded(value))
    }

    /// A kept array of `N` elements (at most eight; the macro's `MAX_SPLIT`), moved into the
    /// state element by element where its code has just updated it at a computed index: LLVM
    /// then copies it with one move per element, where a whole copy would load it with wider
    /// moves than that update's store, which cannot be forwarded to them (a stall of about
    /// 10 ns a resume in the `mixed` benchmark). Out of line in debug builds, so that a crate
    /// compiles one copy per element type and length, not one per suspension.
    macro_rules! element_by_element {
        ($($name:ident $length:literal [$($element:ident),+];)+) => {$(
            #[cfg_attr(not(debug_assertions), inline(always))]
            pub fn $name<T>([$($element),+]: [T; $length]) -> [T; $length] {
                [$($element),+]
            }
        )+};
    }
    element_by_element! {
        elements1 1 [e0];
        elements2 2 [e0, e1];
        elements3 3 [e0, e1, e2];
        elements4 4 [e0, e1, e2, e3];
        elements5 5 [e0, e1, e2, e3, e4];
        elements6 6 [e0, e1, e2, e3, e4, e5];
        elements7 7 [e0, e1, e2, e3, e4, e5, e6];
        elements8 8 [e0, e1, e2, e3, e4, e5, e6, e7];
    }

    /// Static check that the declared error type can be reported by `Drop` (C5): the one place
    /// that requires it, called at the user's type.
    #[inline(always)]
    pub const fn assert_error_type<E: ErrorType>() {}
}
