//! The README's showcase: a running averager driven by `send`.
//!
//! Python's classic written with `#[coroutine]`: each value sent in updates the
//! average, which the coroutine yields back; a negative value makes it return the final average.
//!
//! Run it with `cargo run --example averager`.

use coro_core::{Coroutine, Error, Step, yield_};
use std::convert::Infallible;

/// Yields the running average of the values sent to it; returns it when sent a negative value.
#[coro_core::coroutine(yield = f64, send = f64)]
fn averager() -> f64 {
    let (mut total, mut count, mut average) = (0.0, 0.0, 0.0);
    loop {
        let x = yield_!(average);
        if x < 0.0 {
            return average;
        }
        total += x;
        count += 1.0;
        average = total / count;
    }
}

/// Prints one step of the protocol the way the README shows it.
fn show(call: &str, step: &Step<f64, f64>) {
    match step {
        Step::Yielded(average) => println!("{call:<12} -> yielded  {average:.2}"),
        Step::Complete(average) => println!("{call:<12} -> complete {average:.2}"),
    }
}

fn main() -> Result<(), Error<Infallible>> {
    let mut avg = averager();
    println!("a {} in state {:?}", avg.kind().word(), avg.state());

    // S2: a just-created coroutine cannot take a value yet; it stays `Created`.
    match avg.send(1.0) {
        Err(e) => println!("{:<12} -> error    {e}", "send(1)"),
        Ok(step) => show("send(1)", &step),
    }

    // S1: `start` runs the body to its first yield (Python's `next(avg)` / `send(None)`).
    show("start()", &avg.start()?);
    for x in [10.0, 20.0, 30.0, 4.0] {
        show(&format!("send({x})"), &avg.send(x)?);
    }

    // The body returns: the coroutine completes with the final average (Python's StopIteration).
    show("send(-1)", &avg.send(-1.0)?);
    println!("now in state {:?}", avg.state());

    // S4: a finished coroutine-kind object cannot be resumed again.
    match avg.send(5.0) {
        Err(e) => println!("{:<12} -> error    {e}", "send(5)"),
        Ok(step) => show("send(5)", &step),
    }
    Ok(())
}
