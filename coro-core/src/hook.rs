//! Errors that cannot escape `Drop` (C5): Python's "Exception ignored in ..." and its
//! `sys.unraisablehook`.

use core::cell::RefCell;
use core::fmt;
use core::marker::PhantomData;
use std::sync::RwLock;

use crate::protocol::Error;

/// An error that a coroutine's close raised while the coroutine was being dropped.
pub struct Unraisable<'a> {
    /// The `#[coroutine]` function's path: its module's path and its name.
    pub coroutine: &'static str,
    /// The error, as the protocol reported it (`Raised(e)`, `IgnoredExit(_)`, ...).
    pub error: &'a dyn fmt::Debug,
}

impl fmt::Debug for Unraisable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Unraisable")
            .field("coroutine", &self.coroutine)
            .field("error", self.error)
            .finish()
    }
}

impl fmt::Display for Unraisable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "error ignored while dropping {}: {:?}",
            self.coroutine, self.error
        )
    }
}

/// A function that receives errors raised while dropping suspended coroutines.
pub type UnraisableHook = Box<dyn Fn(&Unraisable<'_>) + Send + Sync>;

static GLOBAL_HOOK: RwLock<Option<UnraisableHook>> = RwLock::new(None);

thread_local! {
    static SCOPED_HOOK: RefCell<Vec<UnraisableHook>> = const { RefCell::new(Vec::new()) };
}

/// Sets the process-wide hook (Python's `sys.unraisablehook`); returns the previous one.
///
/// Without a hook, the error is printed to standard error.
pub fn set_unraisable_hook(hook: Option<UnraisableHook>) -> Option<UnraisableHook> {
    let mut slot = GLOBAL_HOOK
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    core::mem::replace(&mut *slot, hook)
}

/// Runs `body` with `hook` receiving this thread's unraisable errors (it takes precedence over
/// the process-wide hook); useful in tests, which run on many threads at once.
pub fn with_unraisable_hook<T>(
    hook: impl Fn(&Unraisable<'_>) + Send + Sync + 'static,
    body: impl FnOnce() -> T,
) -> T {
    struct Pop;
    impl Drop for Pop {
        fn drop(&mut self) {
            SCOPED_HOOK.with(|hooks| hooks.borrow_mut().pop());
        }
    }
    SCOPED_HOOK.with(|hooks| hooks.borrow_mut().push(Box::new(hook)));
    let _pop = Pop;
    body()
}

/// Hands `report` to the innermost scoped hook, else the global hook, else standard error.
pub(crate) fn report_unraisable(report: &Unraisable<'_>) {
    let handled = SCOPED_HOOK
        .try_with(|hooks| match hooks.try_borrow() {
            Ok(hooks) => match hooks.last() {
                Some(hook) => {
                    hook(report);
                    true
                }
                None => false,
            },
            Err(_) => false,
        })
        .unwrap_or(false);
    if handled {
        return;
    }
    let global = GLOBAL_HOOK
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    match &*global {
        Some(hook) => hook(report),
        None => eprintln!("{report}"),
    }
}

/// What a `#[coroutine]`'s declared error type needs: a coroutine dropped while suspended
/// reports what its close raised with `Debug` (C5). The macro checks it once, at the user's
/// type in the attribute.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "the error type `{Self}` of a `#[coroutine]` must implement `Debug`",
    label = "`{Self}` does not implement `Debug`: add `#[derive(Debug)]` to it (or a `Debug` bound, for a type parameter)",
    note = "a coroutine dropped while suspended reports the error its close raised with `Debug`"
)]
pub trait ErrorType: fmt::Debug {}

impl<E: fmt::Debug> ErrorType for E {}

/// How a dropped coroutine hands what its close raised to the hook (C5).
///
/// The machine takes it as a type parameter rather than bounding its error type by `Debug`:
/// a bound there would repeat the one error the macro reports at the user's type on every
/// generated use of the machine.
#[doc(hidden)]
pub trait DropReport<E> {
    fn report(coroutine: &'static str, error: &Error<E>);
}

/// The report of an error type that implements `Debug`: every compiled coroutine's.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, Default)]
pub struct DebugReport;

impl<E: fmt::Debug> DropReport<E> for DebugReport {
    #[inline]
    fn report(coroutine: &'static str, error: &Error<E>) {
        report_unraisable(&Unraisable { coroutine, error });
    }
}

/// The report of an error type without `Debug`, which keeps the machine well-formed while the
/// macro's check reports the error type: no crate that uses it compiles.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, Default)]
pub struct OpaqueReport;

impl<E> DropReport<E> for OpaqueReport {
    fn report(coroutine: &'static str, _: &Error<E>) {
        report_unraisable(&Unraisable {
            coroutine,
            error: &core::any::type_name::<E>(),
        });
    }
}

/// Picks the report of `E` where `E` is known: `ReportOf::<E>::new().report()` is a
/// [`DebugReport`] when `E: Debug` (the inherent method), else an [`OpaqueReport`] (found
/// through `Deref`).
#[doc(hidden)]
pub struct ReportOf<E>(PhantomData<fn(E)>, OpaqueReportOf<E>);

/// What [`ReportOf`] falls back to.
#[doc(hidden)]
pub struct OpaqueReportOf<E>(PhantomData<fn(E)>);

impl<E> ReportOf<E> {
    #[inline(always)]
    #[must_use]
    pub const fn new() -> Self {
        ReportOf(PhantomData, OpaqueReportOf(PhantomData))
    }
}

impl<E> Default for ReportOf<E> {
    fn default() -> Self {
        Self::new()
    }
}

impl<E: fmt::Debug> ReportOf<E> {
    #[inline(always)]
    pub const fn report(&self) -> DebugReport {
        DebugReport
    }
}

impl<E> OpaqueReportOf<E> {
    #[inline(always)]
    pub const fn report(&self) -> OpaqueReport {
        OpaqueReport
    }
}

impl<E> core::ops::Deref for ReportOf<E> {
    type Target = OpaqueReportOf<E>;
    fn deref(&self) -> &OpaqueReportOf<E> {
        &self.1
    }
}

impl<E> fmt::Debug for ReportOf<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ReportOf")
    }
}

impl<E> fmt::Debug for OpaqueReportOf<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OpaqueReportOf")
    }
}
