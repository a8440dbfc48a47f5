//! E2, E3, T5: suspensions inside handlers and `finally` blocks, pending errors and returns
//! across them, `break` in `finally` cancelling the exit signal. Traces: CPython 3.13
//! (`tests/python/regions_pending.py` and its checked-in output).
use coro_core::{Caught, Coroutine, try_, yield_};
use std::cell::RefCell;
use std::rc::Rc;
type Log = Rc<RefCell<Vec<String>>>;

#[coro_core::coroutine(generator, yield = i32, send = i32, error = String)]
fn g1(log: Log) -> i32 {
    try_! {
        { yield_!(1); Err("boom".to_string())?; }
        finally {
            let v = yield_!(2);
            log.borrow_mut().push(format!("finally got {v}"));
        }
    }
    99
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = String)]
fn g2(log: Log) -> i32 {
    for i in 0..3 {
        try_! {
            { yield_!(i); if i == 1 { return 50; } }
            finally {
                log.borrow_mut().push(format!("fin {i}"));
                if i == 1 { yield_!(100); }
            }
        }
    }
    7
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = String)]
fn g3(log: Log) -> i32 {
    let mut n = 0;
    loop {
        n += 1;
        try_! {
            { yield_!(n); }
            finally { log.borrow_mut().push(format!("fin {n}")); if n >= 2 { break; } }
        }
    }
    yield_!(-1);
    n
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = String)]
fn g4(log: Log) -> i32 {
    let r = try_! {
        { yield_!(1) }
        catch_all (c) {
            log.borrow_mut().push(format!("caught {c:?}"));
            match c { Caught::Exit => { yield_!(5); 0 } other => match other? {} }
        }
    };
    r
}

fn drive<C: Coroutine<Yield = i32, Send = i32, Error = String, Return = i32>>(
    mut g: C,
    log: &Log,
    script: &[&str],
) -> String {
    let mut out = vec![];
    for cmd in script {
        let r = match *cmd {
            "start" => g.start().map(|s| format!("{s:?}")),
            "close" => g.close().map(|s| format!("close {s:?}")),
            c if c.starts_with("throw ") => g.throw(c[6..].to_string()).map(|s| format!("{s:?}")),
            c => g.send(c.parse().unwrap()).map(|s| format!("{s:?}")),
        };
        let r = match r {
            Ok(s) => s,
            Err(e) => format!("err {e:?}"),
        };
        out.extend(log.borrow_mut().drain(..));
        out.push(format!("{cmd} -> {r}"));
    }
    out.join(" | ")
}

#[test]
fn pending_exits_survive_suspensions_in_finally_as_in_cpython() {
    let expected: Vec<&str> = include_str!("../python/regions_pending.out")
        .lines()
        .collect();
    let log: Log = Rc::default();
    let got = [
        drive(g1(log.clone()), &log, &["start", "0", "5", "6"]),
        drive(g1(log.clone()), &log, &["start", "close", "7", "8"]),
        drive(g2(log.clone()), &log, &["start", "0", "0", "3", "4"]),
        drive(g3(log.clone()), &log, &["start", "0", "0", "0"]),
        drive(g3(log.clone()), &log, &["start", "0", "close", "0"]),
        drive(g4(log.clone()), &log, &["start", "close", "1", "2"]),
        drive(g4(log.clone()), &log, &["start", "throw e", "1"]),
    ];
    assert_eq!(got.len(), expected.len());
    for (got, expected) in got.iter().zip(expected) {
        assert_eq!(got, expected);
    }
}
