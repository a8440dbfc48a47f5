//! Errors that cannot escape `Drop` (C5): Python's "Exception ignored in ..." and its
//! `sys.unraisablehook`.

use core::cell::RefCell;
use core::fmt;
use std::sync::RwLock;

/// An error that a coroutine's close raised while the coroutine was being dropped.
pub struct Unraisable<'a> {
    /// The type name of the coroutine's body: it names the `#[coroutine]` function.
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
