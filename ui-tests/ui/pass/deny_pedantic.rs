// User code around `#[coroutine]` that uses every marker (`yield_!`, `yield_catch!`, `await_!`,
// `yield_from!`, `try_!` with `catch`, `catch_all` and `finally`, `?`, `Exit?`) compiles under
// `#![deny(warnings, clippy::pedantic)]`. trybuild does not run clippy:
// `tests/pedantic.rs` includes this file as a module of an integration test with the same
// crate-level deny, so `cargo clippy --workspace --all-targets -- -D warnings` checks it.
#![deny(warnings, clippy::pedantic)]

use coro_core::{
    Caught, Coroutine, Error, Exit, Resumed, Step, await_, try_, yield_, yield_catch, yield_from,
};

/// The error type of these coroutines.
#[derive(Debug, PartialEq, Eq)]
pub struct Oops(pub u32);

/// Yields the numbers below `n`: a generator with no sent value and no error is an iterator.
#[coro_core::coroutine(generator, yield = u32, clone)]
fn below(n: u32) {
    for i in 0..n {
        yield_!(i);
    }
}

/// Yields `n` and what it is sent, as a generator a coroutine can delegate to.
#[coro_core::coroutine(generator, yield = u32, send = u32, error = Oops)]
fn echo(n: u32) -> u32 {
    let sent = yield_!(n);
    sent + 1
}

/// Adds what it is sent until it is sent 0; a thrown error is counted, the exit signal
/// re-raised.
#[coro_core::coroutine(yield = u32, send = u32, error = Oops)]
fn adder() -> u32 {
    let mut total = 0;
    let mut errors = 0;
    loop {
        match yield_catch!(total) {
            Resumed::Sent(0) => return total + errors,
            Resumed::Sent(x) => total += x,
            Resumed::Thrown(Oops(code)) => errors += code,
            Resumed::Exit => match Exit? {},
        }
    }
}

/// Parses what it is sent; raises `Oops` on text that is not a number.
#[coro_core::coroutine(yield = u32, send = String, error = Oops)]
fn parser() -> u32 {
    let mut last = 0;
    loop {
        let text = yield_!(last);
        last = text.parse::<u32>().map_err(|_| Oops(1))?;
    }
}

/// Delegates to `below` and `adder`, inside regions that catch, see every unwind and clean up.
#[coro_core::coroutine(yield = u32, send = u32, error = Oops)]
fn driver(log: &mut Vec<&'static str>) -> u32 {
    try_! {
        {
            let echoed = yield_from!(echo(1));
            log.push(if echoed > 1 { "echoed" } else { "not echoed" });
        }
        finally {
            log.push("echo done");
        }
    }
    let sum = try_! {
        { await_!(adder()) }
        catch (Oops(code)) {
            log.push("caught");
            code
        }
    };
    let r = try_! {
        { yield_!(sum) }
        catch_all (c) {
            match c {
                Caught::Error(Oops(code)) => code,
                other @ (Caught::Exit | Caught::Protocol(_)) => match other? {},
            }
        }
    };
    sum + r
}

/// A `Clone` coroutine that names the runtime with `crate = "..."`: its parameters, a local
/// that may be moved away (a drop flag), a `for` loop's iterator and a delegate are kept as
/// clones.
#[coro_core::coroutine(generator, yield = u32, clone, crate = "::coro_core")]
fn cloneable(words: Vec<String>, keep: bool) {
    let first = words.first().cloned().unwrap_or_default();
    if !keep {
        drop(first);
    }
    for word in words {
        yield_!(u32::try_from(word.len()).unwrap_or(u32::MAX));
    }
    yield_from!(below(2));
}

/// More than five locals kept across its yields: its enums name their types through one
/// tuple parameter and a trait of their own (the folded form), which must be lint-clean too.
#[coro_core::coroutine(generator, yield = u64, clone)]
fn many(seed: u64) -> String {
    let mut total = seed;
    let mut text = String::from("b");
    let mut bytes = vec![1u8];
    let mut letter = 'd';
    let mut pair = (1u16, false);
    let mut maybe = Some(2i32);
    let mut sums = [0u64; 2];
    for i in 0..2u64 {
        yield_!(total + i);
        total += 1;
        text.push('b');
        bytes.push(2);
        letter = 'e';
        pair.1 = !pair.1;
        maybe = maybe.map(|x| x + 1);
        sums[0] += i;
    }
    format!("{total}{text}{bytes:?}{letter}{pair:?}{maybe:?}{sums:?}")
}

/// Runs every coroutine of this file; panics when one misbehaves.
// An array updated at a computed index, moved into the state element by element, and a
// local that a branch may move away before a yield (the labeled blocks' two newest paths).
#[coro_core::coroutine(yield = u32, send = u32)]
fn histogram(give: bool) -> u32 {
    let mut hist = [0u32; 4];
    let words = vec![String::from("kept")];
    if give {
        drop(words);
    }
    loop {
        let v = yield_!(hist[0]);
        if v >= 4 {
            break;
        }
        hist[v as usize] += 1;
    }
    hist.iter().sum()
}

pub fn main() {
    let mut kept = many(5);
    assert_eq!(kept.next(), Some(5));
    let copy = kept.clone();
    assert_eq!(kept.next(), Some(7));
    assert_eq!(kept.next(), None);
    assert_eq!(copy.count(), 1);

    assert_eq!(below(3).collect::<Vec<_>>(), [0, 1, 2]);

    let mut p = parser();
    assert_eq!(p.start(), Ok(Step::Yielded(0)));
    assert_eq!(p.send(String::from("12")), Ok(Step::Yielded(12)));
    assert_eq!(p.send(String::from("x")), Err(Error::Raised(Oops(1))));
    assert_eq!(p.send(String::from("1")), Err(Error::Reused));

    let mut log = Vec::new();
    {
        let mut d = driver(&mut log);
        assert_eq!(d.start(), Ok(Step::Yielded(1)));
        // echo returns 5 + 1; adder starts and yields its total
        assert_eq!(d.send(5), Ok(Step::Yielded(0)));
        assert_eq!(d.send(5), Ok(Step::Yielded(5)));
        assert_eq!(d.throw(Oops(2)), Ok(Step::Yielded(5)));
        // adder returns 5 + 2 errors; the driver yields the sum
        assert_eq!(d.send(0), Ok(Step::Yielded(7)));
        // a thrown error is caught by `catch_all` and becomes `r`
        assert_eq!(d.throw(Oops(3)), Ok(Step::Complete(10)));
    }
    assert_eq!(log, ["echoed", "echo done"]);

    let mut c = cloneable(vec![String::from("ab"), String::from("c")], false);
    assert_eq!(c.next(), Some(2));
    let d = c.clone();
    assert_eq!(c.collect::<Vec<_>>(), [1, 0, 1]);
    assert_eq!(d.collect::<Vec<_>>(), [1, 0, 1]);

    let mut counts = histogram(true);
    assert_eq!(counts.start(), Ok(Step::Yielded(0)));
    assert_eq!(counts.send(0), Ok(Step::Yielded(1)));
    assert_eq!(counts.send(3), Ok(Step::Yielded(1)));
    assert_eq!(counts.send(9), Ok(Step::Complete(2)));

    let mut a = adder();
    assert_eq!(a.start(), Ok(Step::Yielded(0)));
    assert_eq!(a.close(), Ok(None));
}
