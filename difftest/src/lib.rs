//! The Rust half of the proof by difference: what generated programs call, the driver that runs
//! their scripts, and the comparison of traces with the Python twins.
//!
//! `gen.py` writes each random program twice, as `#[coro_core::coroutine]` functions that use
//! the helpers below and as Python generators that use `python/rt.py`; both sides run the same
//! scripts and print the same trace vocabulary (see `README.md`).

use core::cell::{Cell, RefCell};
use core::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Once;

use coro_core::{Caught, Coroutine, Error, State, Step, Unraisable, with_unraisable_hook};

pub mod long;

thread_local! {
    static TRACE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static LIVE: Cell<i64> = const { Cell::new(0) };
}

/// Appends one line to this thread's trace.
pub fn note(line: impl Into<String>) {
    let line = line.into();
    TRACE.with(|trace| trace.borrow_mut().push(line));
}

fn take_trace() -> Vec<String> {
    TRACE.with(|trace| core::mem::take(&mut *trace.borrow_mut()))
}

/// The trace that `body` writes on this thread.
pub fn trace_of(body: impl FnOnce()) -> Vec<String> {
    take_trace();
    body();
    take_trace()
}

/// The programs' error type; Python's `E` in `rt.py`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct E(pub i64);

/// `log <k> <v>`: a statement's event.
pub fn lg(k: u32, v: i64) {
    note(format!("log {k} {v}"));
}

/// `log t<k> <v>`, then `v`: an operand whose evaluation order the trace shows (A4).
pub fn tr(k: u32, v: i64) -> i64 {
    note(format!("log t{k} {v}"));
    v
}

/// Keeps values small: Python's `v % 1000`.
#[must_use]
pub fn m(v: i64) -> i64 {
    v.rem_euclid(1000)
}

/// `raise(c)?` raises `E(c)` (Python `raise E(c)`).
///
/// # Errors
///
/// Always.
pub fn raise(code: i64) -> Result<(), E> {
    Err(E(code))
}

/// The payload of a generated program's panic (Python: `Panic`, a `BaseException` no handler
/// names).
#[derive(Debug)]
pub struct DiffPanic;

/// Logs `log panic <k>`, then panics with [`DiffPanic`].
pub fn pnc(k: u32) {
    note(format!("log panic {k}"));
    std::panic::panic_any(DiffPanic);
}

/// Logs what a `catch_all` handler received: `log <k> caught Error(3)` / `Exit` /
/// `Protocol(IgnoredExit)`.
pub fn caught(k: u32, c: &Caught<E>) {
    let what = match c {
        Caught::Error(e) => format!("Error({})", e.0),
        Caught::Exit => "Exit".to_owned(),
        Caught::Protocol(p) => format!("Protocol({})", variant(p)),
    };
    note(format!("log {k} caught {what}"));
}

/// A drop-guarded value: logs `drop <name>` when dropped, and counts the live ones.
#[derive(Debug)]
pub struct G(&'static str);

impl G {
    /// A new live guard.
    #[must_use]
    pub fn new(name: &'static str) -> Self {
        LIVE.with(|live| live.set(live.get() + 1));
        G(name)
    }
}

impl Drop for G {
    fn drop(&mut self) {
        LIVE.with(|live| live.set(live.get() - 1));
        note(format!("drop {}", self.0));
    }
}

/// One operation of a driving script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `start()` (Python `send(None)`).
    Start,
    /// `send(v)`.
    Send(i64),
    /// `throw(E(c))`.
    Throw(i64),
    /// `close()`.
    Close,
    /// Drops the coroutine (Python `del g`); the script's last operation.
    Drop,
    /// Writes the state.
    State,
}

/// A generated program's top coroutine.
pub type Dyn = Box<dyn Coroutine<Yield = i64, Send = i64, Return = i64, Error = E>>;

/// A generated program: its name, how to make its top coroutine, its scripts.
pub type Program = (&'static str, fn() -> Dyn, &'static [&'static [Op]]);

fn variant<X>(error: &Error<X>) -> &'static str {
    match error {
        Error::Raised(_) => "Raised",
        Error::SentToNew(_) => "SentToNew",
        Error::AlreadyStarted(_) => "AlreadyStarted",
        Error::Reused => "Reused",
        Error::Exhausted => "Exhausted",
        Error::IgnoredExit(_) => "IgnoredExit",
        Error::Poisoned(_) => "Poisoned",
        Error::Exit(_) => "Exit",
        Error::Running(_) => "Running",
    }
}

fn describe_error(error: &Error<E>) -> String {
    match error {
        Error::Raised(e) => format!("raise E({})", e.0),
        other => format!("error {}", variant(other)),
    }
}

fn describe_unraisable(unraisable: &Unraisable<'_>) -> String {
    let debug = format!("{:?}", unraisable.error);
    if let Some(inner) = debug
        .strip_prefix("Raised(E(")
        .and_then(|rest| rest.strip_suffix("))"))
    {
        return format!("raise E({inner})");
    }
    let variant = debug.split('(').next().unwrap_or(&debug);
    format!("error {variant}")
}

fn describe_step(result: &Result<Step<i64, i64>, Error<E>>) -> String {
    match result {
        Ok(Step::Yielded(y)) => format!("yield {y}"),
        Ok(Step::Complete(r)) => format!("return {r}"),
        Err(e) => describe_error(e),
    }
}

/// Silences the panic message of [`DiffPanic`] (and only of it), once per process.
pub fn quiet_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if info.payload().downcast_ref::<DiffPanic>().is_none() {
                previous(info);
            }
        }));
    });
}

fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    catch_unwind(AssertUnwindSafe(f)).ok()
}

/// Runs one script on a fresh coroutine; its trace (without the section header).
fn run_script(make: fn() -> Dyn, script: &[Op]) -> Vec<String> {
    take_trace();
    LIVE.with(|live| live.set(0));
    with_unraisable_hook(
        |u| note(format!("unraisable {}", describe_unraisable(u))),
        || {
            let mut coro = Some(make());
            for op in script {
                let Some(c) = coro.as_mut() else { break };
                match *op {
                    Op::Start => {
                        let r = guarded(|| c.start());
                        note(format!("start -> {}", step_or_panic(r)));
                    }
                    Op::Send(v) => {
                        let r = guarded(|| c.send(v));
                        note(format!("send {v} -> {}", step_or_panic(r)));
                    }
                    Op::Throw(code) => {
                        let r = guarded(|| c.throw(E(code)));
                        note(format!("throw E({code}) -> {}", step_or_panic(r)));
                    }
                    Op::Close => {
                        let r = guarded(|| c.close());
                        let text = match r {
                            None => "panic".to_owned(),
                            Some(Ok(None)) => "ok None".to_owned(),
                            Some(Ok(Some(v))) => format!("ok {v}"),
                            Some(Err(e)) => describe_error(&e),
                        };
                        note(format!("close -> {text}"));
                    }
                    Op::State => {
                        let word = match c.state() {
                            State::Created => "Created",
                            State::Suspended => "Suspended",
                            State::Finished => "Finished",
                        };
                        note(format!("state {word}"));
                    }
                    Op::Drop => drop_traced(coro.take()),
                }
            }
            drop_traced(coro.take());
        },
    );
    let live = LIVE.with(Cell::get);
    if live != 0 {
        note(format!("LEAK {live} guards"));
    }
    take_trace()
}

fn drop_traced(coro: Option<Dyn>) {
    if let Some(coro) = coro {
        note("drop");
        if guarded(|| drop(coro)).is_none() {
            note("drop -> panic");
        }
    }
}

fn step_or_panic(result: Option<Result<Step<i64, i64>, Error<E>>>) -> String {
    match result {
        None => "panic".to_owned(),
        Some(r) => describe_step(&r),
    }
}

/// Runs every script of every program: one section `== <name> s<i>` per script.
#[must_use]
pub fn run_programs(programs: &[Program]) -> String {
    quiet_panics();
    let mut out = String::new();
    for (name, make, scripts) in programs {
        for (i, script) in scripts.iter().enumerate() {
            out.push_str(&format!("== {name} s{i}\n"));
            for line in run_script(*make, script) {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

/// The parts of a trace whose order the two languages need not share:
///
/// - after a panic (`log panic`), guards are dropped by unwinding or, what unwinding did not
///   reach (a delegator's locals while its delegate panicked), when the poisoned coroutine is
///   dropped: neither the order nor the moment is promised, so every later `drop g..` line is
///   moved, sorted, to the end of the section (each must still drop exactly once);
/// - after an unraisable error (a coroutine dropped while it ignored the exit or raised), what
///   is left of it is freed without running its body: guards and suspended delegates go in the
///   order of Rust's state layout or of CPython's frame slots, so the rest of the section is
///   sorted.
#[must_use]
pub fn normalize(lines: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut unordered = false;
    let mut run: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("unraisable ") {
            run.sort();
            out.append(&mut run);
            let mut rest: Vec<String> = lines[i..].iter().map(|l| (*l).to_owned()).collect();
            rest.sort();
            out.extend(rest);
            return out;
        }
        // After a panic, when the poisoned coroutine's guards drop is not promised (Python
        // drops its frame's values as the exception passes; coro drops what unwinding did not
        // reach when the coroutine is dropped): each must drop exactly once, anywhere.
        if unordered && line.starts_with("drop g") {
            run.push((*line).to_owned());
            continue;
        }
        if !unordered {
            run.sort();
            out.append(&mut run);
        }
        if line.starts_with("log panic ") {
            unordered = true;
        }
        out.push((*line).to_owned());
    }
    run.sort();
    out.append(&mut run);
    out
}

/// Splits a whole trace into its sections: (header, lines).
#[must_use]
pub fn sections(text: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines() {
        if let Some(header) = line.strip_prefix("== ") {
            out.push((header.to_owned(), Vec::new()));
        } else if let Some((_, lines)) = out.last_mut() {
            lines.push(line.to_owned());
        }
    }
    for (_, lines) in &mut out {
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        *lines = normalize(&refs);
    }
    out
}

/// One program whose traces differ.
#[derive(Debug, Clone)]
pub struct Mismatch {
    /// The section's header (`p0003 s1`).
    pub section: String,
    /// The Rust trace of the section.
    pub rust: Vec<String>,
    /// The Python trace of the section.
    pub python: Vec<String>,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "== {}", self.section)?;
        let n = self.rust.len().max(self.python.len());
        writeln!(f, "{:<40} | python", "rust")?;
        for i in 0..n {
            let r = self.rust.get(i).map_or("", String::as_str);
            let p = self.python.get(i).map_or("", String::as_str);
            let mark = if r == p { " " } else { "!" };
            writeln!(f, "{r:<40}{mark}| {p}")?;
        }
        Ok(())
    }
}

/// Compares two whole traces section by section.
#[must_use]
pub fn compare(rust: &str, python: &str) -> Vec<Mismatch> {
    let rust = sections(rust);
    let python = sections(python);
    let mut out = Vec::new();
    let n = rust.len().max(python.len());
    for i in 0..n {
        let (rh, rl) = rust
            .get(i)
            .cloned()
            .unwrap_or_else(|| ("<missing>".to_owned(), Vec::new()));
        let (ph, pl) = python
            .get(i)
            .cloned()
            .unwrap_or_else(|| ("<missing>".to_owned(), Vec::new()));
        if rh != ph || rl != pl {
            out.push(Mismatch {
                section: if rh == ph { rh } else { format!("{rh} / {ph}") },
                rust: rl,
                python: pl,
            });
        }
    }
    out
}

/// A Python interpreter: 3.13 through pyenv when it has it, else plain `python3`.
#[derive(Debug, Clone)]
pub struct Python {
    pyenv_version: Option<&'static str>,
    /// (major, minor).
    pub version: (u32, u32),
}

impl Python {
    /// A command running this interpreter.
    #[must_use]
    pub fn command(&self) -> Command {
        let mut command = Command::new("python3");
        command.env("PYTHONDONTWRITEBYTECODE", "1");
        if let Some(version) = self.pyenv_version {
            command.env("PYENV_VERSION", version);
        } else {
            command.env_remove("PYENV_VERSION");
        }
        command
    }

    /// Python 3.13 if pyenv has it, else plain `python3`; `None` when there is none.
    #[must_use]
    pub fn find() -> Option<Python> {
        [Some("3.13.0"), None]
            .into_iter()
            .find_map(|pyenv_version| {
                let mut python = Python {
                    pyenv_version,
                    version: (0, 0),
                };
                let output = python.command().arg("--version").output().ok()?;
                if !output.status.success() {
                    return None;
                }
                let text = String::from_utf8_lossy(&output.stdout).into_owned()
                    + &String::from_utf8_lossy(&output.stderr);
                let mut numbers = text.trim().strip_prefix("Python ")?.split('.');
                python.version = (numbers.next()?.parse().ok()?, numbers.next()?.parse().ok()?);
                (python.version >= (3, 10)).then_some(python)
            })
    }

    /// Runs a generated Python program file; its standard output.
    ///
    /// # Panics
    ///
    /// When the program fails or writes to standard error.
    #[must_use]
    pub fn run(&self, program: &Path) -> String {
        let output = self
            .command()
            .arg(program)
            .env("PYTHONPATH", python_dir())
            .output()
            .expect("python3 runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && stderr.is_empty(),
            "{} failed ({}):\n{stderr}",
            program.display(),
            output.status
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }
}

/// `difftest/python`: the Python runtime and the checked-in CI programs.
#[must_use]
pub fn python_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("python")
}

/// The crate's directory.
#[must_use]
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
