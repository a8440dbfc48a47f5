//! One body mixing every construct with suspensions inside, driven by sending 1, 2, 3, ...;
//! the trace is CPython's for the same program (`tests/python/mixed_constructs.py`).
use coro_core::{Coroutine, Error, Exit, Resumed, Step, yield_, yield_catch};
use std::cell::RefCell;
use std::rc::Rc;

type Log = Rc<RefCell<Vec<String>>>;
struct D(&'static str, Log);
impl Drop for D {
    fn drop(&mut self) {
        self.1.borrow_mut().push(format!("drop {}", self.0));
    }
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn constructs(log: Log) -> i32 {
    let a = D("a", log.clone());
    let mut acc = 0;
    // if / else with yields, value used
    let v = if acc == 0 { yield_!(1) } else { 2 };
    acc += v;
    // match with bindings used after a suspension
    match Some(acc) {
        Some(x) if x > 100 => {
            acc = 0;
        }
        Some(x) => {
            let y = yield_!(x);
            acc += y + x;
        }
        None => {}
    }
    // while let
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        acc += yield_!(top);
    }
    // labeled loops
    'outer: for i in 0..3 {
        for j in 0..3 {
            if j == 2 {
                continue 'outer;
            }
            if i == 2 {
                break 'outer;
            }
            acc += yield_!(i * 10 + j);
        }
    }
    // labeled block with break value
    let w = 'blk: {
        if acc > 1000 {
            break 'blk 7;
        }
        let z = yield_!(99);
        z * 2
    };
    acc += w;
    // shadowing
    let s = 5;
    let s = s + yield_!(s);
    acc += s;
    // deferred init
    let q;
    if acc % 2 == 0 {
        q = yield_!(50);
    } else {
        q = 51;
    }
    acc += q;
    // A4: left to right
    let t = yield_!(100) - yield_!(200);
    acc += t;
    drop(a);
    let b = D("b", log.clone());
    let _ = yield_!(acc);
    drop(b);
    acc
}

#[test]
fn drive_constructs() {
    let log: Log = Rc::default();
    let mut g = constructs(log.clone());
    let mut out = vec![];
    let mut step = g.start();
    let mut k = 0;
    loop {
        match step {
            Ok(Step::Yielded(y)) => {
                out.push(y);
                k += 1;
                step = g.send(k);
            }
            Ok(Step::Complete(r)) => {
                out.push(-r);
                break;
            }
            Err(e) => panic!("{e:?}"),
        }
    }
    // CPython: [1, 1, 3, 2, 1, 0, 1, 10, 11, 99, 5, 50, 100, 200, 93, -93]
    assert_eq!(
        out,
        vec![1, 1, 3, 2, 1, 0, 1, 10, 11, 99, 5, 50, 100, 200, 93, -93]
    );
    assert_eq!(*log.borrow(), vec!["drop a", "drop b"]);
}

#[coro_core::coroutine(yield = u32, send = u32, error = String)]
fn catcher(log: Log) -> &'static str {
    let _g = D("g", log.clone());
    loop {
        match yield_catch!(1) {
            Resumed::Sent(v) => log.borrow_mut().push(format!("sent {v}")),
            Resumed::Thrown(e) => {
                log.borrow_mut().push(format!("thrown {e}"));
                if e == "stop" {
                    return "stopped";
                }
            }
            Resumed::Exit => {
                log.borrow_mut().push("exit".into());
                Exit?;
            }
        }
    }
}

#[test]
fn catching() {
    let log: Log = Rc::default();
    let mut c = catcher(log.clone());
    assert_eq!(c.start(), Ok(Step::Yielded(1)));
    assert_eq!(c.send(5), Ok(Step::Yielded(1)));
    assert_eq!(c.throw("x".into()), Ok(Step::Yielded(1)));
    assert_eq!(c.close(), Ok(None));
    assert_eq!(c.send(1), Err(Error::Reused));
    assert_eq!(*log.borrow(), vec!["sent 5", "thrown x", "exit", "drop g"]);
}

struct Counter {
    n: u32,
}
impl Counter {
    #[coro_core::coroutine(generator, yield = u32)]
    fn up(&mut self, by: u32) -> u32 {
        while self.n < 10 {
            self.n += by;
            yield_!(self.n);
        }
        self.n
    }
    #[coro_core::coroutine(generator, yield = &'a str)]
    fn words<'a>(&self, text: &'a str)
    where
        Self: Sized,
    {
        for w in text.split(' ') {
            yield_!(w);
        }
    }
}

#[coro_core::coroutine(generator, yield = T)]
fn generic<T: Clone + std::fmt::Debug>(items: impl IntoIterator<Item = T>, extra: &T) {
    for it in items {
        yield_!(it);
    }
    yield_!(extra.clone());
}

#[test]
fn methods_generics() {
    let mut c = Counter { n: 0 };
    assert_eq!(c.up(4).collect::<Vec<_>>(), vec![4, 8, 12]);
    assert_eq!(c.words("a b c").collect::<Vec<_>>(), vec!["a", "b", "c"]);
    assert_eq!(generic(vec![1, 2], &3).collect::<Vec<_>>(), vec![1, 2, 3]);
}
