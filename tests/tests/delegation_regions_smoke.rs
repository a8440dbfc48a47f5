//! Delegation two deep with exception regions, driven by scripts; the traces are CPython's
//! (`tests/python/delegation_regions_smoke.py`, its output checked in beside it).
use coro_core::{Coroutine, await_, try_, yield_, yield_from};
use std::cell::RefCell;
use std::rc::Rc;
type Log = Rc<RefCell<Vec<String>>>;

#[coro_core::coroutine(generator, yield = i32, send = i32, error = String)]
fn inner(log: Log, tag: &'static str) -> i32 {
    let r: i32 = try_! {
        {
            let a = yield_!(1);
            log.borrow_mut().push(format!("{tag} got {a}"));
            let b = yield_!(2);
            log.borrow_mut().push(format!("{tag} got {b}"));
            a + b
        }
        catch (e) {
            log.borrow_mut().push(format!("{tag} caught {e}"));
            if e == "fatal" { Err(e)?; }
            -1
        }
        finally {
            log.borrow_mut().push(format!("{tag} finally"));
        }
    };
    r * 10
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = String)]
fn outer(log: Log) -> i32 {
    let x = yield_from!(inner(log.clone(), "in1"));
    log.borrow_mut().push(format!("outer got {x}"));
    let y = try_! {
        { await_!(inner(log.clone(), "in2")) }
        catch (e) { log.borrow_mut().push(format!("outer caught {e}")); 7 }
    };
    x + y
}

fn run(script: &[&str]) -> Vec<String> {
    let log: Log = Rc::default();
    let mut g = outer(log.clone());
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
    out
}

#[test]
fn delegation_scripts_match_cpython() {
    let expected: Vec<&str> = include_str!("../python/delegation_regions_smoke.out")
        .lines()
        .collect();
    let scripts: [&[&str]; 6] = [
        &["start", "3", "4", "5", "6"],
        &["start", "3", "throw boom", "5", "throw x"],
        &["start", "throw fatal"],
        &["start", "3", "4", "throw fatal", "9"],
        &["start", "3", "close"],
        &["start", "3", "4", "5", "close"],
    ];
    assert_eq!(expected.len(), scripts.len());
    for (script, expected) in scripts.iter().zip(expected) {
        assert_eq!(run(script).join(" | "), expected);
    }
}
