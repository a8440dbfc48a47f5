//! What `#[coroutine(clone)]` keeps in its state: each kept value with the way to clone it, so
//! that a value that is not `Clone` is reported once, at the user's binding, and not again at
//! the function's return type.
//!
//! The state enum's `Clone` needs every kept value's type to be `Clone`; bounding it so would
//! report a missing `Clone` at the return type (`impl Coroutine + Clone`), away from the local.
//! Instead each kept value is stored as [`Kept<T, C>`], whose cloner `C` is picked where the
//! value's type is known: [`ViaClone`] when `T: Clone`, else [`NotClone`]. The state is then
//! always `Clone`, and the expansion asserts `T: Clone` at the local's binding
//! ([`assert_local_clone`] and the others), which is the one error when it is not.

use core::fmt;
use core::marker::PhantomData;

/// A value kept in the state of a `#[coroutine(clone)]`, with its cloner.
pub struct Kept<T, C>(T, PhantomData<C>);

impl<T, C> Kept<T, C> {
    /// Keeps `value`; `cloner` (zero-sized) only names the type `C`.
    #[inline(always)]
    pub fn new(cloner: C, value: T) -> Self {
        let _ = cloner;
        Kept(value, PhantomData)
    }

    /// The value, when the body resumes.
    #[inline(always)]
    pub fn into_inner(self) -> T {
        self.0
    }

    /// The value in place (a delegation drives its awaiter without moving it).
    #[inline(always)]
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T, C: CloneKept<T>> Clone for Kept<T, C> {
    #[inline]
    fn clone(&self) -> Self {
        Kept(C::clone_kept(&self.0), PhantomData)
    }
}

impl<T, C> fmt::Debug for Kept<T, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Kept")
    }
}

/// How a [`Kept`] value is cloned.
pub trait CloneKept<T> {
    fn clone_kept(value: &T) -> T;
}

/// The cloner of a `Clone` type: every compiled coroutine's.
#[derive(Debug, Clone, Copy)]
pub struct ViaClone;

impl<T: Clone> CloneKept<T> for ViaClone {
    #[inline(always)]
    fn clone_kept(value: &T) -> T {
        value.clone()
    }
}

/// The cloner of a type that is not `Clone`: it keeps the state `Clone` while the assertion at
/// the binding reports the type, so no crate that uses it compiles.
#[derive(Debug, Clone, Copy)]
pub struct NotClone;

impl<T> CloneKept<T> for NotClone {
    fn clone_kept(_: &T) -> T {
        unreachable!("a kept value that is not `Clone` fails the expansion's assertion")
    }
}

/// Picks the cloner of `T` where `T` is known: `CloneProbe::of(&v).cloner()` is [`ViaClone`]
/// when `T: Clone` (the inherent method), else [`NotClone`] (found through `Deref`).
pub struct CloneProbe<'a, T>(PhantomData<&'a T>, NotCloneProbe);

/// What [`CloneProbe`] falls back to.
#[derive(Debug)]
pub struct NotCloneProbe;

impl<'a, T> CloneProbe<'a, T> {
    #[inline(always)]
    pub fn of(value: &'a T) -> Self {
        let _ = value;
        CloneProbe(PhantomData, NotCloneProbe)
    }
}

impl<T: Clone> CloneProbe<'_, T> {
    #[inline(always)]
    pub fn cloner(&self) -> ViaClone {
        ViaClone
    }
}

impl NotCloneProbe {
    #[inline(always)]
    pub fn cloner(&self) -> NotClone {
        NotClone
    }
}

impl<T> core::ops::Deref for CloneProbe<'_, T> {
    type Target = NotCloneProbe;
    fn deref(&self) -> &NotCloneProbe {
        &self.1
    }
}

impl<T> fmt::Debug for CloneProbe<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CloneProbe")
    }
}

// Each kind of kept value has its own trait and assertions, written out: their messages differ,
// and a declaring macro would show in the notes of the very errors they are for.

/// A user's local kept across a suspension of a `#[coroutine(clone)]`.
#[diagnostic::on_unimplemented(
    message = "this local is kept across a suspension, so it must be `Clone`: the coroutine is `#[coroutine(clone)]`",
    label = "kept across a suspension, but `{Self}` is not `Clone`",
    note = "cloning a suspended coroutine clones the locals it keeps; make `{Self}` `Clone` (`#[derive(Clone)]`), or drop the local before the suspension, or remove `clone` from the attribute"
)]
pub trait LocalClone: Clone {}

impl<T: Clone> LocalClone for T {}

/// A parameter of a `#[coroutine(clone)]`: kept until the coroutine starts.
#[diagnostic::on_unimplemented(
    message = "this parameter is kept until the coroutine starts, so it must be `Clone`: the coroutine is `#[coroutine(clone)]`",
    label = "kept in the coroutine, but `{Self}` is not `Clone`",
    note = "cloning a coroutine clones the parameters it keeps; make `{Self}` `Clone` (`#[derive(Clone)]`), or remove `clone` from the attribute"
)]
pub trait ParamClone: Clone {}

impl<T: Clone> ParamClone for T {}

/// A value the expansion keeps across a suspension (an awaited coroutine, a `for` loop's
/// iterator, an operand evaluated before a suspension).
#[diagnostic::on_unimplemented(
    message = "this value is kept across a suspension, so it must be `Clone`: the coroutine is `#[coroutine(clone)]`",
    label = "kept across a suspension, but `{Self}` is not `Clone`",
    note = "cloning a suspended coroutine clones what it keeps (an awaited coroutine must be `#[coroutine(clone)]` too); make `{Self}` `Clone`, or remove `clone` from the attribute"
)]
pub trait ValueClone: Clone {}

impl<T: Clone> ValueClone for T {}

/// Asserts at a local's binding that it can be kept by a `#[coroutine(clone)]`.
#[inline(always)]
pub fn assert_local_clone<T: LocalClone>(_: &T) {}

/// [`assert_local_clone`] for a local kept as a drop flag.
#[inline(always)]
pub fn assert_local_clone_flag<T: LocalClone>(_: &Option<T>) {}

/// Asserts at a parameter that it can be kept by a `#[coroutine(clone)]`.
#[inline(always)]
pub fn assert_param_clone<T: ParamClone>(_: &T) {}

/// Asserts at a value's expression that it can be kept by a `#[coroutine(clone)]`.
#[inline(always)]
pub fn assert_value_clone<T: ValueClone>(_: &T) {}

/// [`assert_value_clone`] for a value kept as a drop flag.
#[inline(always)]
pub fn assert_value_clone_flag<T: ValueClone>(_: &Option<T>) {}
