//! Shared helpers of the behaviour tests: a per-thread trace recorder, values that log their
//! drop, and drivers that write the trace vocabulary of `tests/python/_driver.py`.
//!
//! The vocabulary, one line per event:
//!
//! ```text
//! start -> yield 0            send 5 -> return 7          throw E(1) -> raise E(1)
//! close -> ok None            send 1 -> error Exhausted   state Suspended
//! log <text>                  drop <name>                 unraisable error IgnoredExit
//! item 3                      end
//! ```
//!
//! Body code writes `log` lines with [`log`] and `drop` lines through [`Noisy`] guards; the
//! drivers ([`start`], [`send`], [`throw`], [`close`], [`state`], [`items`]) write one line per
//! protocol operation, after the operation (so body lines come first, as in Python).

use core::cell::{Cell, RefCell};
use core::fmt;
use std::rc::Rc;

use coro_core::{Coroutine, Error, State, Step, Unraisable, with_unraisable_hook};

thread_local! {
    static TRACE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Appends one raw line to this thread's trace.
pub fn note(line: impl Into<String>) {
    let line = line.into();
    TRACE.with(|trace| trace.borrow_mut().push(line));
}

/// Appends `log <text>`: what a body says it is doing.
pub fn log(text: impl fmt::Display) {
    note(format!("log {text}"));
}

/// Takes this thread's trace, leaving it empty.
pub fn take_trace() -> Vec<String> {
    TRACE.with(|trace| core::mem::take(&mut *trace.borrow_mut()))
}

/// Runs `body` with an empty trace and a hook that writes unraisable errors (C5) into it, and
/// returns the trace.
pub fn traced(body: impl FnOnce()) -> Vec<String> {
    take_trace();
    with_unraisable_hook(
        |u| note(format!("unraisable {}", describe_unraisable(u))),
        body,
    );
    take_trace()
}

/// Owned copies of expected trace lines.
pub fn strings(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|s| (*s).to_owned()).collect()
}

/// The lines of a checked-in `.out` file.
pub fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

/// Compares a trace with the checked-in output of its Python twin, showing both on failure.
#[track_caller]
pub fn assert_trace(actual: &[String], expected: &str) {
    let expected = lines(expected);
    if actual != expected.as_slice() {
        panic!(
            "trace differs from Python's\n--- python\n{}\n--- rust\n{}\n",
            expected.join("\n"),
            actual.join("\n")
        );
    }
}

/// Writes `drop <name>` when dropped: a local whose cleanup the trace shows (the Python twin
/// writes the same line in a `finally`).
#[derive(Debug)]
pub struct Noisy(pub &'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        note(format!("drop {}", self.0));
    }
}

/// Counts drops of the values it hands out: each [`Token`] must be dropped exactly once.
#[derive(Debug, Clone, Default)]
pub struct DropCounter {
    drops: Rc<RefCell<Vec<&'static str>>>,
    live: Rc<Cell<usize>>,
}

impl DropCounter {
    /// A fresh counter.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// A value that reports its drop to this counter.
    #[must_use]
    pub fn token(&self, name: &'static str) -> Token {
        self.live.set(self.live.get() + 1);
        Token {
            name,
            drops: Rc::clone(&self.drops),
            live: Rc::clone(&self.live),
        }
    }

    /// Names of the dropped tokens, in drop order.
    #[must_use]
    pub fn dropped(&self) -> Vec<&'static str> {
        self.drops.borrow().clone()
    }

    /// How many tokens are alive.
    #[must_use]
    pub fn live(&self) -> usize {
        self.live.get()
    }
}

/// A value of a [`DropCounter`].
pub struct Token {
    name: &'static str,
    drops: Rc<RefCell<Vec<&'static str>>>,
    live: Rc<Cell<usize>>,
}

impl Token {
    /// The name it was made with.
    #[must_use]
    pub fn name(&self) -> &'static str {
        self.name
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Token({})", self.name)
    }
}

impl Drop for Token {
    fn drop(&mut self) {
        self.drops.borrow_mut().push(self.name);
        self.live.set(self.live.get() - 1);
    }
}

/// `raise(e)?` in a body raises `e` as the coroutine's error (Python's `raise e`).
///
/// # Errors
///
/// Always: it is the error it was given.
pub fn raise<X>(error: X) -> Result<(), X> {
    Err(error)
}

/// The scenarios' error type; Python's `E` in `_driver.py`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct E(pub i32);

impl fmt::Display for E {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "E({})", self.0)
    }
}

impl std::error::Error for E {}

/// How a value is written in a trace: Python's `repr` for the types the scenarios use.
pub trait Show {
    /// The trace form.
    fn show(&self) -> String;
}

macro_rules! show_display {
    ($($t:ty),*) => {$(
        impl Show for $t {
            fn show(&self) -> String {
                self.to_string()
            }
        }
    )*};
}

show_display!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize);

impl Show for f64 {
    fn show(&self) -> String {
        format!("{self:?}")
    }
}

impl Show for bool {
    fn show(&self) -> String {
        if *self { "True" } else { "False" }.to_owned()
    }
}

impl Show for () {
    fn show(&self) -> String {
        "None".to_owned()
    }
}

impl Show for core::convert::Infallible {
    fn show(&self) -> String {
        match *self {}
    }
}

impl Show for str {
    fn show(&self) -> String {
        format!("'{self}'")
    }
}

impl Show for String {
    fn show(&self) -> String {
        self.as_str().show()
    }
}

impl<T: Show + ?Sized> Show for &T {
    fn show(&self) -> String {
        (**self).show()
    }
}

impl<T: Show> Show for Option<T> {
    fn show(&self) -> String {
        match self {
            None => "None".to_owned(),
            Some(v) => v.show(),
        }
    }
}

impl<T: Show> Show for Vec<T> {
    fn show(&self) -> String {
        let items: Vec<String> = self.iter().map(Show::show).collect();
        format!("[{}]", items.join(", "))
    }
}

impl<A: Show, B: Show> Show for (A, B) {
    fn show(&self) -> String {
        format!("({}, {})", self.0.show(), self.1.show())
    }
}

impl<A: Show, B: Show, C: Show> Show for (A, B, C) {
    fn show(&self) -> String {
        format!("({}, {}, {})", self.0.show(), self.1.show(), self.2.show())
    }
}

impl Show for E {
    fn show(&self) -> String {
        self.to_string()
    }
}

impl Show for Noisy {
    fn show(&self) -> String {
        self.0.show()
    }
}

/// Compares `trace` with the section `== name` of a Python twin's output `out` (a program
/// whose scenarios print a `== <name>` line each).
#[track_caller]
pub fn check_section(out: &str, name: &str, trace: Vec<String>) {
    let header = format!("== {name}");
    let mut lines = out.lines().skip_while(|line| *line != header);
    assert!(
        lines.next().is_some(),
        "the Python output has no section `{header}`"
    );
    let expected: Vec<&str> = lines.take_while(|line| !line.starts_with("== ")).collect();
    assert_trace(&trace, &(expected.join("\n") + "\n"));
}

/// The trace form of a protocol error: `raise E(1)` or `error <Variant>`.
pub fn describe_error<T: Show>(error: &Error<T>) -> String {
    match error {
        Error::Raised(e) => format!("raise {}", e.show()),
        Error::SentToNew(_) => "error SentToNew".to_owned(),
        Error::AlreadyStarted(_) => "error AlreadyStarted".to_owned(),
        Error::Reused => "error Reused".to_owned(),
        Error::Exhausted => "error Exhausted".to_owned(),
        Error::IgnoredExit(_) => "error IgnoredExit".to_owned(),
        Error::Poisoned(_) => "error Poisoned".to_owned(),
        Error::Exit(_) => "error Exit".to_owned(),
        Error::Running(_) => "error Running".to_owned(),
    }
}

/// The trace form of an error handed to the unraisable hook, from its `Debug` form
/// (`Raised(E(5))` becomes `raise E(5)`, `IgnoredExit(Generator)` becomes `error IgnoredExit`).
pub fn describe_unraisable(unraisable: &Unraisable<'_>) -> String {
    let debug = format!("{:?}", unraisable.error);
    if let Some(inner) = debug
        .strip_prefix("Raised(")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        return format!("raise {inner}");
    }
    let variant = debug.split('(').next().unwrap_or(&debug);
    format!("error {variant}")
}

/// The trace form of a resume's result.
pub fn describe_step<Y: Show, R: Show, X: Show>(result: &Result<Step<Y, R>, Error<X>>) -> String {
    match result {
        Ok(Step::Yielded(y)) => format!("yield {}", y.show()),
        Ok(Step::Complete(r)) => format!("return {}", r.show()),
        Err(e) => describe_error(e),
    }
}

/// The trace form of a close's result.
pub fn describe_close<R: Show, X: Show>(result: &Result<Option<R>, Error<X>>) -> String {
    match result {
        Ok(value) => format!("ok {}", value.show()),
        Err(e) => describe_error(e),
    }
}

/// `start()`, traced as `start -> ...`.
pub fn start<C>(coro: &mut C)
where
    C: Coroutine,
    C::Yield: Show,
    C::Return: Show,
    C::Error: Show,
{
    let result = coro.start();
    note(format!("start -> {}", describe_step(&result)));
}

/// `send(value)`, traced as `send <value> -> ...`.
pub fn send<C>(coro: &mut C, value: C::Send)
where
    C: Coroutine,
    C::Send: Show,
    C::Yield: Show,
    C::Return: Show,
    C::Error: Show,
{
    let label = format!("send {}", value.show());
    let result = coro.send(value);
    note(format!("{label} -> {}", describe_step(&result)));
}

/// `throw(error)`, traced as `throw <error> -> ...`.
pub fn throw<C>(coro: &mut C, error: C::Error)
where
    C: Coroutine,
    C::Yield: Show,
    C::Return: Show,
    C::Error: Show,
{
    let label = format!("throw {}", error.show());
    let result = coro.throw(error);
    note(format!("{label} -> {}", describe_step(&result)));
}

/// `close()`, traced as `close -> ...`.
pub fn close<C>(coro: &mut C)
where
    C: Coroutine,
    C::Return: Show,
    C::Error: Show,
{
    let result = coro.close();
    note(format!("close -> {}", describe_close(&result)));
}

/// The coroutine's state, traced as `state <State>`.
pub fn state<C: Coroutine>(coro: &C) {
    let word = match coro.state() {
        State::Created => "Created",
        State::Suspended => "Suspended",
        State::Finished => "Finished",
    };
    note(format!("state {word}"));
}

/// Drops the coroutine, traced as `drop` before its cleanup runs (Python's `del`).
pub fn drop_coro<C>(coro: C) {
    note("drop");
    drop(coro);
}

/// Iterates with `for`, traced as one `item` line each, then `end`.
pub fn items<I>(iter: I)
where
    I: IntoIterator,
    I::Item: Show,
{
    for item in iter {
        note(format!("item {}", item.show()));
    }
    note("end");
}

/// Iterates a generator that declares an error (an iterator of `Result`s) with `for`.
pub fn try_items<I, Y, X>(iter: I)
where
    I: IntoIterator<Item = Result<Y, Error<X>>>,
    Y: Show,
    X: Show,
{
    for item in iter {
        match item {
            Ok(y) => note(format!("item {}", y.show())),
            Err(e) => note(format!("item {}", describe_error(&e))),
        }
    }
    note("end");
}

/// What one protocol operation returned.
pub type Outcome<C> =
    Result<Step<<C as Coroutine>::Yield, <C as Coroutine>::Return>, Error<<C as Coroutine>::Error>>;

/// Starts the coroutine, then sends each value: the result of every operation, in order.
pub fn drive<C: Coroutine>(
    coro: &mut C,
    sends: impl IntoIterator<Item = C::Send>,
) -> Vec<Outcome<C>> {
    let mut outcomes = vec![coro.start()];
    outcomes.extend(sends.into_iter().map(|value| coro.send(value)));
    outcomes
}

/// A cloneable generator with two yields, returning ten times `from`: a delegate for the
/// `clone` tests.
#[coro_core::coroutine(generator, yield = u32, clone)]
pub fn counted(from: u32) -> u32 {
    coro_core::yield_!(from);
    coro_core::yield_!(from + 1);
    from * 10
}
