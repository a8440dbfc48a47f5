//! A resource held across yields, and every way it gets cleaned up.
//!
//! `journal` opens a file-like `LogFile` (its `Drop` logs), then writes each line sent to it.
//! With `yield_catch!` the body sees `throw` and `close` itself:
//!
//! 1. the driver throws a recoverable error: the body handles it and keeps running (T2);
//! 2. the driver throws a fatal error: the body notes it and raises it again; the file is
//!    dropped on the way out and the error comes back to the driver (T2);
//! 3. the driver closes the journal: the body catches the exit signal and returns how many
//!    lines it wrote (C3);
//! 4. the driver drops a suspended journal: dropping closes it (C5);
//! 5. a body that yields again while being dropped: the error cannot escape `Drop`, so it goes
//!    to the unraisable hook (C5, Python's `sys.unraisablehook`).
//!
//! Run it with `cargo run --example resource`.

use coro_core::{Coroutine, Error, Resumed, Step, set_unraisable_hook, yield_, yield_catch};

/// A stand-in for a file: it keeps the lines in memory and logs when it is opened and dropped.
#[derive(Debug)]
struct LogFile {
    name: &'static str,
    lines: Vec<String>,
}

impl LogFile {
    fn open(name: &'static str) -> Self {
        println!("    [{name}] opened");
        LogFile {
            name,
            lines: Vec::new(),
        }
    }

    fn write(&mut self, line: &str) {
        println!("    [{}] write {line:?}", self.name);
        self.lines.push(line.to_owned());
    }
}

impl Drop for LogFile {
    fn drop(&mut self) {
        println!(
            "    [{}] closed after {} line(s)",
            self.name,
            self.lines.len()
        );
    }
}

/// What a driver can throw into a journal.
#[derive(Debug)]
enum JournalError {
    /// Recoverable: the journal notes it and goes on.
    Interrupted,
    /// Fatal: the journal gives up.
    DiskFull,
}

/// Writes each line sent to it into a `LogFile`; yields the number of lines written so far.
#[coro_core::coroutine(yield = usize, send = String, error = JournalError)]
fn journal(name: &'static str) -> usize {
    let mut file = LogFile::open(name);
    let mut written = 0;
    loop {
        match yield_catch!(written) {
            Resumed::Sent(line) => {
                file.write(&line);
                written += 1;
            }
            Resumed::Thrown(JournalError::Interrupted) => {
                println!("  journal: caught Interrupted, carrying on");
                file.write("-- interrupted --");
            }
            Resumed::Thrown(error) => {
                println!("  journal: caught {error:?}, giving up");
                Err(error)?;
            }
            Resumed::Exit => {
                println!("  journal: asked to close after {written} line(s)");
                return written;
            }
        }
    }
}

/// A badly behaved body: when asked to close, it yields again (Python: "generator ignored
/// GeneratorExit").
#[coro_core::coroutine(generator, yield = &'static str)]
fn stubborn() {
    let _file = LogFile::open("stubborn.log");
    loop {
        match yield_catch!("working") {
            Resumed::Exit => {
                println!("  stubborn: asked to close, but yields instead");
                yield_!("still working");
            }
            Resumed::Sent(()) => {}
            Resumed::Thrown(never) => match never {},
        }
    }
}

fn show(call: &str, result: &Result<Step<usize, usize>, Error<JournalError>>) {
    println!("driver: {call} -> {result:?}");
}

fn main() {
    println!("== 1 and 2: throw ==");
    let mut j = journal("throw.log");
    show("start()", &j.start());
    show("send(\"hello\")", &j.send("hello".to_owned()));
    show("throw(Interrupted)", &j.throw(JournalError::Interrupted));
    show("send(\"world\")", &j.send("world".to_owned()));
    show("throw(DiskFull)", &j.throw(JournalError::DiskFull));
    println!("driver: state is now {:?}", j.state());

    println!();
    println!("== 3: close ==");
    let mut j = journal("close.log");
    show("start()", &j.start());
    show("send(\"only line\")", &j.send("only line".to_owned()));
    println!("driver: close() -> {:?}", j.close());
    println!("driver: close() again -> {:?}", j.close());

    println!();
    println!("== 4: drop while suspended ==");
    {
        let mut j = journal("drop.log");
        show("start()", &j.start());
        show("send(\"unfinished\")", &j.send("unfinished".to_owned()));
        println!("driver: dropping the suspended journal");
    }
    println!("driver: dropped");

    println!();
    println!("== 5: an error while dropping goes to the unraisable hook ==");
    set_unraisable_hook(Some(Box::new(|report| {
        println!("hook: {report}");
    })));
    {
        let mut s = stubborn();
        println!("driver: next() -> {:?}", s.next());
        println!("driver: dropping the suspended generator");
    }
    println!("driver: dropped");
}
