//! A push pipeline of coroutines: producer → filter → sink.
//!
//! - `readings` is a generator: with `send = ()` and no error it is a plain `Iterator`.
//! - `keep_if` is a coroutine that receives values by `send` and forwards the ones its
//!   predicate keeps to the next stage, also by `send`.
//! - `summarize` is the sink: it accumulates what reaches it and returns a summary, either when
//!   it receives the sentinel `None` or when it is closed.
//!
//! The pipeline runs twice: once ended by the sentinel, once ended by `close`.
//!
//! Run it with `cargo run --example pipeline`.

use coro_core::{Coroutine, Error, Resumed, Step, yield_, yield_catch};
use std::convert::Infallible;

/// What the sink returns.
#[derive(Debug, Default)]
struct Summary {
    count: u64,
    sum: u64,
    max: Option<u64>,
}

/// What can go wrong inside the filter: its downstream stage failed or ended too early.
#[derive(Debug)]
enum PipelineError {
    /// The next stage reported a protocol error.
    Downstream(Error<Infallible>),
    /// The next stage finished without a summary.
    NoSummary,
}

impl std::fmt::Display for PipelineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PipelineError::Downstream(error) => write!(f, "the next stage failed: {error}"),
            PipelineError::NoSummary => f.write_str("the next stage ended without a summary"),
        }
    }
}

/// `?` on the next stage's results raises its protocol errors as the filter's own error.
impl From<Error<Infallible>> for PipelineError {
    fn from(error: Error<Infallible>) -> Self {
        PipelineError::Downstream(error)
    }
}

/// The producer: a generator of `n` pseudo-sensor readings.
#[coro_core::coroutine(generator, yield = u64)]
fn readings(n: u64) {
    let mut value = 1;
    for _ in 0..n {
        value = (value * 7 + 3) % 31;
        yield_!(value);
    }
}

/// The sink: accumulates every value sent to it. `None` (the sentinel) or `close` ends it, and
/// either way it returns the summary.
#[coro_core::coroutine(yield = (), send = Option<u64>)]
fn summarize(label: &'static str) -> Summary {
    let mut summary = Summary::default();
    loop {
        match yield_catch!(()) {
            Resumed::Sent(Some(value)) => {
                summary.count += 1;
                summary.sum += value;
                summary.max = summary.max.max(Some(value));
                println!(
                    "      sink[{label}]: got {value}, running sum {}",
                    summary.sum
                );
            }
            Resumed::Sent(None) => {
                println!("      sink[{label}]: sentinel, returning the summary");
                return summary;
            }
            // C3: the body catches the exit signal and returns a value; `close` hands it back.
            Resumed::Exit => {
                println!("      sink[{label}]: closed, returning the summary");
                return summary;
            }
            Resumed::Thrown(never) => match never {},
        }
    }
}

/// The filter: forwards the values that `keep` accepts to `next`; passes the end of the stream
/// (sentinel or close) on to `next` and returns what `next` returns.
#[coro_core::coroutine(yield = (), send = Option<u64>, error = PipelineError)]
fn keep_if<N>(keep: impl Fn(u64) -> bool, mut next: N) -> Summary
where
    N: Coroutine<Yield = (), Send = Option<u64>, Return = Summary, Error = Infallible>,
{
    next.start()?;
    loop {
        let item = match yield_catch!(()) {
            Resumed::Exit => {
                println!("    filter: closed, closing the sink");
                return next.close()?.ok_or(PipelineError::NoSummary)?;
            }
            // A sent value comes out of `?`; a thrown error would be raised again.
            resumed => resumed?,
        };
        match item {
            Some(value) if keep(value) => {
                println!("    filter: {value} passes");
                next.send(Some(value))?;
            }
            Some(value) => println!("    filter: {value} dropped"),
            None => {
                println!("    filter: sentinel, passing it on");
                match next.send(None)? {
                    Step::Complete(summary) => return summary,
                    Step::Yielded(()) => Err(PipelineError::NoSummary)?,
                }
            }
        }
    }
}

fn print_summary(how: &str, summary: &Summary) {
    let mean = if summary.count == 0 {
        0.0
    } else {
        summary.sum as f64 / summary.count as f64
    };
    let max = summary
        .max
        .map_or_else(|| "-".to_owned(), |max| max.to_string());
    println!(
        "driver: {how}: {} values, sum {}, max {max}, mean {mean:.2}",
        summary.count, summary.sum
    );
}

fn main() -> Result<(), Error<PipelineError>> {
    println!("== run 1: the stream ends with the sentinel ==");
    let mut pipeline = keep_if(|v| v % 2 == 0, summarize("even"));
    pipeline.start()?;
    for value in readings(6) {
        println!("  producer: {value}");
        pipeline.send(Some(value))?;
    }
    match pipeline.send(None)? {
        Step::Complete(summary) => print_summary("completed", &summary),
        Step::Yielded(()) => println!("driver: the pipeline is still running?"),
    }

    println!();
    println!("== run 2: the driver closes the pipeline ==");
    let mut pipeline = keep_if(|v| v > 15, summarize("big"));
    pipeline.start()?;
    for value in readings(6) {
        println!("  producer: {value}");
        pipeline.send(Some(value))?;
    }
    match pipeline.close()? {
        Some(summary) => print_summary("closed", &summary),
        None => println!("driver: closed without a summary"),
    }
    Ok(())
}
