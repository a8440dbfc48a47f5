//! Each scenario of `tests/python/` has its Rust twin here: the same body as a `#[coro_core::coroutine]`
//! function, driven by the same script, must write the same trace as CPython 3.13 did (the
//! checked-in `.out` file). The last tests check that every scenario has a twin and that the
//! `.out` files still are what Python prints.

use std::path::{Path, PathBuf};
use std::process::Command;

use coro_core::{Coroutine, Error, Exit, Resumed, yield_, yield_catch};
use coro_tests::{
    E, Noisy, Show, assert_trace, close, drop_coro, items, log, note, raise, send, start, state,
    throw, traced, try_items,
};

/// Runs a driver and compares its trace with the Python twin's output.
macro_rules! twin {
    ($name:literal, $driver:block) => {
        assert_trace(
            &traced(|| $driver),
            include_str!(concat!("../python/", $name, ".out")),
        )
    };
}

// ---------------------------------------------------------------------------------------------
// S1

#[coro_core::coroutine(generator, yield = i32)]
fn s1_gen() {
    log("body starts");
    yield_!(1);
    log("after first yield");
    yield_!(2);
    log("after second yield");
}

#[test]
fn s1_start_runs_to_first_yield() {
    twin!("s1_start_runs_to_first_yield", {
        let mut g = s1_gen();
        state(&g);
        start(&mut g);
        state(&g);
        send(&mut g, ());
        state(&g);
        send(&mut g, ());
        state(&g);
    });
}

#[coro_core::coroutine(generator, yield = i32)]
fn s1_return_early(n: i32) -> i32 {
    log("checking n");
    if n == 0 {
        return 7;
    }
    yield_!(n);
    0
}

#[test]
fn s1_start_runs_to_return() {
    twin!("s1_start_runs_to_return", {
        let mut g = s1_return_early(0);
        start(&mut g);
        state(&g);
        send(&mut g, ());
        let mut g = s1_return_early(3);
        start(&mut g);
        send(&mut g, ());
        state(&g);
    });
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn s1_raise(fail: bool) {
    log("before");
    if fail {
        raise(E(3))?;
    }
    yield_!(1);
}

#[test]
fn s1_start_raises() {
    twin!("s1_start_raises", {
        let mut g = s1_raise(true);
        start(&mut g);
        state(&g);
        send(&mut g, ());
        throw(&mut g, E(4));
        close(&mut g);
    });
}

// ---------------------------------------------------------------------------------------------
// S2

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn s2_gen() -> i32 {
    log("started");
    let x = yield_!(0);
    log(format!("got {x}"));
    let y = yield_!(x * 2);
    x + y
}

#[test]
fn s2_send_to_new() {
    twin!("s2_send_to_new", {
        let mut g = s2_gen();
        send(&mut g, 5);
        state(&g);
        send(&mut g, 6);
        state(&g);
        start(&mut g);
        send(&mut g, 5);
        send(&mut g, 1);
        state(&g);
    });
}

#[coro_core::coroutine(generator, yield = &'static str)]
fn s2_unit() {
    log("running");
    yield_!("a");
    yield_!("b");
}

#[test]
fn s2_send_none_starts() {
    twin!("s2_send_none_starts", {
        let mut g = s2_unit();
        state(&g);
        send(&mut g, ());
        state(&g);
        send(&mut g, ());
        send(&mut g, ());
        send(&mut g, ());
    });
}

#[coro_core::coroutine(yield = i32, send = i32)]
fn s2_coro() -> i32 {
    log("started");
    let x = yield_!(1);
    x + 1
}

#[test]
fn s2_coroutine_send_to_new() {
    twin!("s2_coroutine_send_to_new", {
        let mut c = s2_coro();
        send(&mut c, 5);
        state(&c);
        start(&mut c);
        send(&mut c, 41);
        state(&c);
        send(&mut c, 1);
    });
}

// ---------------------------------------------------------------------------------------------
// S3

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn s3_sum() -> i32 {
    let mut total = 0;
    loop {
        let x = yield_!(total);
        if x == 0 {
            return total;
        }
        total += x;
    }
}

#[test]
fn s3_send_values_sum() {
    twin!("s3_send_values_sum", {
        let mut g = s3_sum();
        start(&mut g);
        send(&mut g, 3);
        send(&mut g, 4);
        state(&g);
        send(&mut g, 0);
        state(&g);
        send(&mut g, 1);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn s3_raises() {
    let _total = Noisy("total");
    let mut total = 0;
    loop {
        let x = yield_!(total);
        if x < 0 {
            raise(E(x))?;
        }
        total += x;
    }
}

#[test]
fn s3_send_raises() {
    twin!("s3_send_raises", {
        let mut g = s3_raises();
        start(&mut g);
        send(&mut g, 2);
        send(&mut g, -1);
        state(&g);
        send(&mut g, 1);
        close(&mut g);
    });
}

#[coro_core::coroutine(yield = f64, send = f64)]
fn averager() -> f64 {
    let mut total = 0.0;
    let mut n = 0.0;
    let mut avg = 0.0;
    loop {
        let x = yield_!(avg);
        if x < 0.0 {
            return avg;
        }
        total += x;
        n += 1.0;
        avg = total / n;
    }
}

#[test]
fn s3_averager() {
    twin!("s3_averager", {
        let mut c = averager();
        start(&mut c);
        send(&mut c, 10.0);
        send(&mut c, 20.0);
        send(&mut c, 60.0);
        send(&mut c, -1.0);
        state(&c);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn s3_cleanup() -> i32 {
    let _a = Noisy("a");
    let x = yield_!(1);
    let y = {
        let _b = Noisy("b");
        yield_!(x + 1)
    };
    x * y
}

#[test]
fn s3_send_runs_to_return_with_cleanup() {
    twin!("s3_send_runs_to_return_with_cleanup", {
        let mut g = s3_cleanup();
        start(&mut g);
        send(&mut g, 3);
        send(&mut g, 4);
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// S4

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn s4_gen() -> &'static str {
    yield_!(1);
    "done"
}

#[test]
fn s4_generator_exhausted() {
    twin!("s4_generator_exhausted", {
        let mut g = s4_gen();
        start(&mut g);
        send(&mut g, ());
        send(&mut g, ());
        send(&mut g, ());
        throw(&mut g, E(1));
        close(&mut g);
        close(&mut g);
        state(&g);
    });
}

#[coro_core::coroutine(yield = i32, send = i32, error = E)]
fn s4_coro() -> i32 {
    let x = yield_!(1);
    x
}

#[test]
fn s4_coroutine_reused() {
    twin!("s4_coroutine_reused", {
        let mut c = s4_coro();
        start(&mut c);
        send(&mut c, 5);
        send(&mut c, 6);
        start(&mut c);
        throw(&mut c, E(1));
        close(&mut c);
        state(&c);
    });
}

// ---------------------------------------------------------------------------------------------
// T1

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn t1_gen() {
    let _guard = Noisy("guard");
    log("body ran");
    yield_!(1);
}

#[test]
fn t1_throw_created() {
    twin!("t1_throw_created", {
        let mut g = t1_gen();
        throw(&mut g, E(1));
        state(&g);
        send(&mut g, ());
        close(&mut g);
    });
}

#[coro_core::coroutine(yield = i32, error = E)]
fn t1_coro() {
    let _guard = Noisy("guard");
    log("body ran");
    yield_!(1);
}

#[test]
fn t1_throw_created_coroutine() {
    twin!("t1_throw_created_coroutine", {
        let mut c = t1_coro();
        throw(&mut c, E(2));
        state(&c);
        start(&mut c);
        close(&mut c);
    });
}

// ---------------------------------------------------------------------------------------------
// T2

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn t2_unhandled() {
    let _a = Noisy("a");
    yield_!(1);
    let _b = Noisy("b");
    log("inner");
    yield_!(2);
    log("not reached");
}

#[test]
fn t2_throw_unhandled_cleanup() {
    twin!("t2_throw_unhandled_cleanup", {
        let mut g = t2_unhandled();
        start(&mut g);
        send(&mut g, ());
        throw(&mut g, E(7));
        state(&g);
        throw(&mut g, E(8));
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn t2_catch_yield() -> i32 {
    let mut n = 0;
    while n < 100 {
        match yield_catch!(n) {
            Resumed::Sent(x) => n += x,
            Resumed::Thrown(e) => {
                log(format!("caught {e}"));
                n = e.0 * 10;
            }
            Resumed::Exit => match Exit? {},
        }
    }
    n
}

#[test]
fn t2_throw_caught_yields() {
    twin!("t2_throw_caught_yields", {
        let mut g = t2_catch_yield();
        start(&mut g);
        send(&mut g, 5);
        throw(&mut g, E(3));
        state(&g);
        send(&mut g, 80);
    });
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn t2_catch_return() -> i32 {
    match yield_catch!(1) {
        Resumed::Thrown(e) => return e.0 + 100,
        other => other?,
    }
    0
}

#[test]
fn t2_throw_caught_returns() {
    twin!("t2_throw_caught_returns", {
        let mut g = t2_catch_return();
        start(&mut g);
        throw(&mut g, E(5));
        state(&g);
        let mut g = t2_catch_return();
        start(&mut g);
        send(&mut g, ());
    });
}

#[coro_core::coroutine(yield = i32, send = i32, error = E)]
fn t2_coro() -> i32 {
    let mut total = 0;
    for i in 0..3 {
        match yield_catch!(i) {
            Resumed::Sent(x) => total += x,
            Resumed::Thrown(e) => {
                log(format!("caught {e}"));
                total -= e.0;
            }
            Resumed::Exit => match Exit? {},
        }
    }
    total
}

#[test]
fn t2_throw_coroutine() {
    twin!("t2_throw_coroutine", {
        let mut c = t2_coro();
        start(&mut c);
        send(&mut c, 10);
        throw(&mut c, E(4));
        send(&mut c, 1);
        state(&c);
    });
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn t2_reraise() {
    let _a = Noisy("a");
    match yield_catch!(1) {
        Resumed::Thrown(e) => {
            log(format!("seen {e}"));
            raise(e)?;
        }
        other => other?,
    }
}

#[test]
fn t2_throw_handler_propagates() {
    twin!("t2_throw_handler_propagates", {
        let mut g = t2_reraise();
        start(&mut g);
        throw(&mut g, E(2));
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// T4

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn t4_gen() -> i32 {
    yield_!(1);
    2
}

#[test]
fn t4_throw_finished_generator() {
    twin!("t4_throw_finished_generator", {
        let mut g = t4_gen();
        start(&mut g);
        throw(&mut g, E(1));
        state(&g);
        throw(&mut g, E(2));
        send(&mut g, ());
        let mut g = t4_gen();
        start(&mut g);
        send(&mut g, ());
        throw(&mut g, E(3));
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// T5

/// An error that keeps the one it replaced as its source.
#[derive(Debug)]
struct Chained {
    code: i32,
    source: Option<Box<Chained>>,
}

impl Show for Chained {
    fn show(&self) -> String {
        format!("E({})", self.code)
    }
}

#[coro_core::coroutine(generator, yield = i32, error = Chained)]
fn t5_gen() {
    match yield_catch!(1) {
        Resumed::Thrown(e) => {
            log(format!("handling {}", e.show()));
            raise(Chained {
                code: e.code + 1,
                source: Some(Box::new(e)),
            })?;
        }
        other => other?,
    }
}

#[test]
fn t5_handler_raises_replaces() {
    twin!("t5_handler_raises_replaces", {
        let mut g = t5_gen();
        start(&mut g);
        match g.throw(Chained {
            code: 1,
            source: None,
        }) {
            Err(Error::Raised(e)) => {
                note(format!("throw E(1) -> raise {}", e.show()));
                note(format!("source {}", e.source.as_deref().show()));
            }
            other => note(format!("throw E(1) -> unexpected {other:?}")),
        }
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// C1, C2

#[coro_core::coroutine(generator, yield = i32)]
fn c1_gen() {
    let _guard = Noisy("guard");
    log("body ran");
    yield_!(1);
}

#[test]
fn c1_close_created() {
    twin!("c1_close_created", {
        let mut g = c1_gen();
        close(&mut g);
        state(&g);
        send(&mut g, ());
        close(&mut g);
    });
}

#[coro_core::coroutine(yield = i32)]
fn c1_coro() {
    let _guard = Noisy("guard");
    log("body ran");
    yield_!(1);
}

#[test]
fn c1_close_created_coroutine() {
    twin!("c1_close_created_coroutine", {
        let mut c = c1_coro();
        close(&mut c);
        state(&c);
        start(&mut c);
        close(&mut c);
    });
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn c2_gen(fail: bool) -> &'static str {
    yield_!(1);
    if fail {
        raise(E(6))?;
    }
    "r"
}

#[test]
fn c2_close_finished() {
    twin!("c2_close_finished", {
        let mut g = c2_gen(false);
        start(&mut g);
        send(&mut g, ());
        close(&mut g);
        close(&mut g);
        close(&mut g);
        state(&g);
        let mut g = c2_gen(true);
        start(&mut g);
        send(&mut g, ());
        close(&mut g);
        close(&mut g);
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// C3

#[coro_core::coroutine(generator, yield = i32)]
fn c3_cleanup() {
    let _a = Noisy("a");
    log("outer");
    let _b = Noisy("b");
    yield_!(1);
    log("not reached");
}

#[test]
fn c3_close_suspended_cleanup() {
    twin!("c3_close_suspended_cleanup", {
        let mut g = c3_cleanup();
        start(&mut g);
        close(&mut g);
        state(&g);
        send(&mut g, ());
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn c3_returns() -> i32 {
    let mut total = 0;
    loop {
        match yield_catch!(total) {
            Resumed::Sent(x) => total += x,
            Resumed::Exit => {
                log("closing");
                return total;
            }
            Resumed::Thrown(e) => match e {},
        }
    }
}

#[test]
fn c3_close_returns_value() {
    twin!("c3_close_returns_value", {
        let mut g = c3_returns();
        start(&mut g);
        send(&mut g, 5);
        send(&mut g, 6);
        close(&mut g);
        state(&g);
        close(&mut g);
    });
}

#[coro_core::coroutine(generator, yield = i32)]
fn c3_ignored() {
    if let Resumed::Exit = yield_catch!(1) {
        log("ignoring exit");
    }
    yield_!(2);
    log("after 2");
}

#[test]
fn c3_close_ignored_exit() {
    twin!("c3_close_ignored_exit", {
        let mut g = c3_ignored();
        start(&mut g);
        close(&mut g);
        state(&g);
        send(&mut g, ());
        state(&g);
    });
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn c3_raises() {
    let _a = Noisy("a");
    match yield_catch!(1) {
        Resumed::Exit => {
            log("exit caught");
            raise(E(5))?;
        }
        other => other?,
    }
}

#[test]
fn c3_close_raises_other() {
    twin!("c3_close_raises_other", {
        let mut g = c3_raises();
        start(&mut g);
        close(&mut g);
        state(&g);
        close(&mut g);
    });
}

#[coro_core::coroutine(yield = i32)]
fn c3_coro_ignored() {
    if let Resumed::Exit = yield_catch!(1) {
        log("ignoring exit");
    }
    let _b = Noisy("b");
    yield_!(2);
}

#[test]
fn c3_close_coroutine_ignored() {
    twin!("c3_close_coroutine_ignored", {
        let mut c = c3_coro_ignored();
        start(&mut c);
        close(&mut c);
        state(&c);
        close(&mut c);
        state(&c);
        start(&mut c);
    });
}

#[coro_core::coroutine(yield = i32, send = i32)]
fn c3_coro_cleanup() {
    let _a = Noisy("a");
    let x = yield_!(1);
    let _b = Noisy("b");
    yield_!(x);
}

#[test]
fn c3_close_coroutine_cleanup() {
    twin!("c3_close_coroutine_cleanup", {
        let mut c = c3_coro_cleanup();
        start(&mut c);
        send(&mut c, 2);
        close(&mut c);
        state(&c);
        send(&mut c, 3);
    });
}

#[coro_core::coroutine(generator, yield = i32)]
fn c3_loop() {
    let _outer = Noisy("outer");
    for i in 0.. {
        let _iteration = Noisy("iteration");
        yield_!(i);
    }
}

#[test]
fn c3_close_in_loop() {
    twin!("c3_close_in_loop", {
        let mut g = c3_loop();
        start(&mut g);
        send(&mut g, ());
        send(&mut g, ());
        close(&mut g);
    });
}

// ---------------------------------------------------------------------------------------------
// C4

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn c4_gen() {
    let _cleanup = Noisy("cleanup");
    loop {
        match yield_catch!(1) {
            Resumed::Thrown(e) => log(format!("handled {e}")),
            other => other?,
        }
    }
}

#[test]
fn c4_handler_does_not_catch_exit() {
    twin!("c4_handler_does_not_catch_exit", {
        let mut g = c4_gen();
        start(&mut g);
        throw(&mut g, E(1));
        send(&mut g, ());
        close(&mut g);
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// C5

#[coro_core::coroutine(generator, yield = i32)]
fn c5_suspended() {
    let _a = Noisy("a");
    let _b = Noisy("b");
    yield_!(1);
    log("not reached");
}

#[test]
fn c5_drop_suspended_runs_cleanup() {
    twin!("c5_drop_suspended_runs_cleanup", {
        let mut g = c5_suspended();
        start(&mut g);
        drop_coro(g);
        note("after drop");
    });
}

#[coro_core::coroutine(generator, yield = i32)]
fn c5_guarded() {
    let _guard = Noisy("guard");
    log("body ran");
    yield_!(1);
}

#[test]
fn c5_drop_created_or_finished() {
    twin!("c5_drop_created_or_finished", {
        let g = c5_guarded();
        drop_coro(g);
        let mut g = c5_guarded();
        start(&mut g);
        send(&mut g, ());
        drop_coro(g);
        note("after drop");
    });
}

#[coro_core::coroutine(generator, yield = i32)]
fn c5_ignored() {
    if let Resumed::Exit = yield_catch!(1) {
        log("ignoring exit");
    }
    yield_!(2);
}

#[test]
fn c5_drop_ignored_exit_unraisable() {
    twin!("c5_drop_ignored_exit_unraisable", {
        let mut g = c5_ignored();
        start(&mut g);
        drop_coro(g);
        note("after drop");
    });
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn c5_raises() {
    let _a = Noisy("a");
    match yield_catch!(1) {
        Resumed::Exit => raise(E(9))?,
        other => other?,
    }
}

#[test]
fn c5_drop_raises_unraisable() {
    twin!("c5_drop_raises_unraisable", {
        let mut g = c5_raises();
        start(&mut g);
        drop_coro(g);
        note("after drop");
    });
}

#[coro_core::coroutine(yield = i32)]
fn c5_coro() {
    let _a = Noisy("a");
    yield_!(1);
    yield_!(2);
}

#[test]
fn c5_drop_coroutine() {
    twin!("c5_drop_coroutine", {
        let mut c = c5_coro();
        start(&mut c);
        send(&mut c, ());
        drop_coro(c);
        note("after drop");
    });
}

// ---------------------------------------------------------------------------------------------
// The exit signal raised by the body itself (`Exit?`): Error::Exit

#[coro_core::coroutine(generator, yield = i32)]
fn exit_gen() {
    let _a = Noisy("a");
    yield_!(1);
    log("raising exit");
    Exit?;
}

#[test]
fn exit_raised_by_body() {
    twin!("exit_raised_by_body", {
        let mut g = exit_gen();
        start(&mut g);
        send(&mut g, ());
        state(&g);
        send(&mut g, ());
        close(&mut g);
    });
}

// ---------------------------------------------------------------------------------------------
// Control flow with suspensions inside

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn cf_for(n: i32) -> &'static str {
    for i in 0..n {
        if i % 3 == 0 {
            continue;
        }
        if i > 7 {
            break;
        }
        let x = yield_!(i);
        log(format!("sent {x}"));
    }
    "done"
}

#[test]
fn cf_for_break_continue() {
    twin!("cf_for_break_continue", {
        let mut g = cf_for(20);
        start(&mut g);
        for v in [10, 20, 40, 50, 70] {
            send(&mut g, v);
        }
        state(&g);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn cf_while(limit: i32) -> (i32, i32) {
    let mut total = 0;
    let mut count = 0;
    while total < limit {
        total += yield_!(total);
        count += 1;
    }
    (total, count)
}

#[test]
fn cf_while_sent() {
    twin!("cf_while_sent", {
        let mut g = cf_while(10);
        start(&mut g);
        send(&mut g, 4);
        send(&mut g, 5);
        send(&mut g, 6);
    });
}

#[coro_core::coroutine(generator, yield = (i32, i32), send = &'static str)]
fn cf_labeled() -> Vec<(i32, i32)> {
    let mut found = Vec::new();
    'outer: for i in 1..4 {
        let mut j = 0;
        'inner: loop {
            j += 1;
            if j > 3 {
                break 'inner;
            }
            match yield_!((i, j)) {
                "skip" => continue 'outer,
                "stop" => break 'outer,
                "next" => continue 'inner,
                _ => found.push((i, j)),
            }
        }
        log(format!("row {i} done"));
    }
    found
}

#[test]
fn cf_labeled_loops() {
    twin!("cf_labeled_loops", {
        let mut g = cf_labeled();
        start(&mut g);
        for v in ["keep", "skip", "next", "keep", "keep", "stop"] {
            send(&mut g, v);
        }
    });
}

/// The commands of `cf_match_bindings` (Python: tuples).
#[derive(Debug, Clone, Copy)]
enum Cmd {
    Add(i32),
    Mul(i32),
    Quit,
}

impl Show for Cmd {
    fn show(&self) -> String {
        match self {
            Cmd::Add(n) => format!("('add', {n})"),
            Cmd::Mul(k) => format!("('mul', {k})"),
            Cmd::Quit => "('quit')".to_owned(),
        }
    }
}

#[coro_core::coroutine(generator, yield = i32, send = Cmd)]
fn cf_match() -> i32 {
    let mut acc = 1;
    loop {
        match yield_!(acc) {
            Cmd::Add(n) if n < 0 => log("negative add ignored"),
            Cmd::Add(n) => acc += n,
            Cmd::Mul(k) => {
                let seen = yield_!(-k);
                log(format!("mul {k} after {}", seen.show()));
                acc *= k;
            }
            Cmd::Quit => return acc,
        }
    }
}

#[test]
fn cf_match_bindings() {
    twin!("cf_match_bindings", {
        let mut g = cf_match();
        start(&mut g);
        send(&mut g, Cmd::Add(4));
        send(&mut g, Cmd::Add(-2));
        send(&mut g, Cmd::Mul(3));
        send(&mut g, Cmd::Add(1));
        send(&mut g, Cmd::Quit);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = Option<i32>)]
fn cf_if_let_gen() -> i32 {
    let mut sum = 0;
    loop {
        if let Some(x) = yield_!(sum) {
            let y = yield_!(x * 2).unwrap_or(0);
            sum += x + y;
        } else if sum > 10 {
            return sum;
        } else {
            log("nothing sent");
        }
    }
}

#[test]
fn cf_if_let() {
    twin!("cf_if_let", {
        let mut g = cf_if_let_gen();
        start(&mut g);
        for v in [
            None,
            Some(3),
            Some(4),
            None,
            Some(2),
            None,
            Some(5),
            Some(1),
            None,
        ] {
            send(&mut g, v);
        }
    });
}

#[coro_core::coroutine(generator, yield = &'static str, send = &'static str)]
fn cf_let_else_gen() -> i32 {
    let mut total = 0;
    loop {
        let text = yield_!("number?");
        let Ok(n) = text.parse::<i32>() else {
            log(format!("not a number: {text}"));
            return total;
        };
        total += n;
    }
}

#[test]
fn cf_let_else() {
    twin!("cf_let_else", {
        let mut g = cf_let_else_gen();
        start(&mut g);
        send(&mut g, "3");
        send(&mut g, "4");
        send(&mut g, "x");
    });
}

#[coro_core::coroutine(generator, yield = (i32, i32), send = (i32, i32))]
fn cf_patterns() -> i32 {
    let (a, b) = yield_!((0, 0));
    let (c, d) = yield_!((b, a));
    log(format!("a={a} b={b} c={c} d={d}"));
    a * 1000 + b * 100 + c * 10 + d
}

#[test]
fn cf_let_patterns() {
    twin!("cf_let_patterns", {
        let mut g = cf_patterns();
        start(&mut g);
        send(&mut g, (1, 2));
        send(&mut g, (3, 4));
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn cf_shadow() -> i32 {
    let x = yield_!(1);
    let x = x * 2;
    let r = {
        let x = x + yield_!(x);
        yield_!(x)
    };
    yield_!(x);
    x + r
}

#[test]
fn cf_shadowing() {
    twin!("cf_shadowing", {
        let mut g = cf_shadow();
        start(&mut g);
        send(&mut g, 5);
        send(&mut g, 3);
        send(&mut g, 7);
        send(&mut g, 0);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = bool)]
fn cf_early(items: Vec<i32>) -> i32 {
    let _guard = Noisy("guard");
    for (i, item) in items.into_iter().enumerate() {
        let _item = Noisy("item");
        if yield_!(item) {
            return i32::try_from(i).unwrap_or(i32::MAX);
        }
    }
    -1
}

#[test]
fn cf_early_return() {
    twin!("cf_early_return", {
        let mut g = cf_early(vec![4, 5, 6]);
        start(&mut g);
        send(&mut g, false);
        send(&mut g, true);
        let mut g = cf_early(vec![7, 8]);
        start(&mut g);
        send(&mut g, false);
        send(&mut g, false);
    });
}

fn parse(text: &str) -> Result<i32, E> {
    text.parse()
        .map_err(|_| E(i32::try_from(text.len()).unwrap_or(i32::MAX)))
}

#[coro_core::coroutine(generator, yield = i32, send = &'static str, error = E)]
fn cf_question() -> i32 {
    let _guard = Noisy("guard");
    let mut s = 0;
    loop {
        let n = parse(yield_!(s))?;
        if n == 0 {
            return s;
        }
        s += n;
    }
}

#[test]
fn cf_question_mark() {
    twin!("cf_question_mark", {
        let mut g = cf_question();
        start(&mut g);
        send(&mut g, "4");
        send(&mut g, "5");
        send(&mut g, "oops");
        state(&g);
        send(&mut g, "1");
        let mut g = cf_question();
        start(&mut g);
        send(&mut g, "2");
        send(&mut g, "0");
    });
}

fn side(name: &str, value: i32) -> i32 {
    log(format!("eval {name}"));
    value
}

#[coro_core::coroutine(generator, yield = &'static str, send = i32)]
fn cf_expr() -> i32 {
    let r = side("a", 1) * yield_!("first") + side("b", 2) * yield_!("second") - yield_!("third");
    r
}

#[test]
fn cf_expr_left_to_right() {
    // A4
    twin!("cf_expr_left_to_right", {
        let mut g = cf_expr();
        start(&mut g);
        send(&mut g, 10);
        send(&mut g, 20);
        send(&mut g, 5);
    });
}

fn add3(a: i32, b: i32, c: i32) -> i32 {
    log(format!("add3({a}, {b}, {c})"));
    a + b + c
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn cf_args() -> Vec<i32> {
    let pair = (yield_!(1), yield_!(2));
    let s = add3(yield_!(3), pair.0 * 10, yield_!(4));
    vec![pair.0, pair.1, s]
}

#[test]
fn cf_expr_call_args() {
    // A4
    twin!("cf_expr_call_args", {
        let mut g = cf_args();
        start(&mut g);
        send(&mut g, 5);
        send(&mut g, 6);
        send(&mut g, 7);
        send(&mut g, 8);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn cf_deferred(flag: bool) -> i32 {
    let x;
    if flag {
        x = yield_!(1);
    } else {
        x = 5;
    }
    let y: i32;
    y = x + yield_!(x);
    y
}

#[test]
fn cf_deferred_init() {
    twin!("cf_deferred_init", {
        let mut g = cf_deferred(true);
        start(&mut g);
        send(&mut g, 3);
        send(&mut g, 4);
        let mut g = cf_deferred(false);
        start(&mut g);
        send(&mut g, 1);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = Option<i32>)]
fn cf_while_let_gen(mut stack: Vec<i32>) -> i32 {
    let mut seen = 0;
    while let Some(top) = stack.pop() {
        seen += 1;
        if let Some(extra) = yield_!(top) {
            stack.push(extra);
        }
    }
    seen
}

#[test]
fn cf_while_let() {
    twin!("cf_while_let", {
        let mut g = cf_while_let_gen(vec![1, 2, 3]);
        start(&mut g);
        for v in [None, Some(9), None, None, Some(8), None] {
            send(&mut g, v);
        }
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn cf_block(limit: i32) -> i32 {
    let v = 'b: {
        let first = yield_!(0);
        if first > limit {
            break 'b first * 100;
        }
        let second = yield_!(first);
        first + second
    };
    yield_!(v);
    v
}

#[test]
fn cf_labeled_block_value() {
    twin!("cf_labeled_block_value", {
        let mut g = cf_block(5);
        start(&mut g);
        send(&mut g, 7);
        send(&mut g, 0);
        let mut g = cf_block(5);
        start(&mut g);
        send(&mut g, 2);
        send(&mut g, 3);
        send(&mut g, 0);
    });
}

#[coro_core::coroutine(generator, yield = i32)]
fn cf_scopes() {
    let _a = Noisy("a");
    {
        let _b = Noisy("b");
        yield_!(1);
        {
            let _c = Noisy("c");
            let _d = Noisy("d");
            yield_!(2);
        }
        log("c and d dropped");
        yield_!(3);
    }
    log("b dropped");
    yield_!(4);
}

#[test]
fn cf_nested_scopes_drops() {
    twin!("cf_nested_scopes_drops", {
        let mut g = cf_scopes();
        start(&mut g);
        for _ in 0..4 {
            send(&mut g, ());
        }
        let mut g = cf_scopes();
        start(&mut g);
        send(&mut g, ());
        close(&mut g);
    });
}

/// The receiver of `cf_methods`.
#[derive(Debug)]
struct Counter {
    step: i32,
    items: Vec<i32>,
}

impl Counter {
    #[coro_core::coroutine(generator, yield = i32)]
    fn ticks(&self, n: i32) {
        for i in 0..n {
            yield_!(i * self.step);
        }
    }

    #[coro_core::coroutine(generator, yield = i32)]
    fn drain(&mut self) -> i32 {
        let mut k = 0;
        while let Some(x) = self.items.pop() {
            yield_!(x);
            k += 1;
        }
        k
    }
}

impl Counter {
    #[coro_core::coroutine(generator, yield = i32)]
    fn into_items(self) -> i32 {
        let n = i32::try_from(self.items.len()).unwrap_or(i32::MAX);
        for item in self.items {
            yield_!(item);
        }
        n
    }
}

#[test]
fn cf_methods() {
    twin!("cf_methods", {
        let mut c = Counter {
            step: 3,
            items: vec![1, 2, 3],
        };
        let mut g = c.ticks(3);
        start(&mut g);
        send(&mut g, ());
        send(&mut g, ());
        send(&mut g, ());
        drop(g);
        let mut g = c.drain();
        start(&mut g);
        send(&mut g, ());
        drop(g);
        note(format!("left {}", c.items.show()));
        let mut g = Counter {
            step: 0,
            items: vec![7, 8],
        }
        .into_items();
        start(&mut g);
        send(&mut g, ());
        send(&mut g, ());
    });
}

#[coro_core::coroutine(generator, yield = T)]
fn repeat<T: Clone>(value: T, times: usize) -> usize {
    for _ in 0..times {
        yield_!(value.clone());
    }
    times
}

#[test]
fn cf_generic_fn() {
    twin!("cf_generic_fn", {
        let mut g = repeat("ab", 2);
        start(&mut g);
        send(&mut g, ());
        send(&mut g, ());
        let mut g = repeat(7, 1);
        start(&mut g);
        send(&mut g, ());
    });
}

// ---------------------------------------------------------------------------------------------
// Iteration

#[coro_core::coroutine(generator, yield = u64)]
fn squares(n: u64) {
    for i in 0..n {
        yield_!(i * i);
    }
}

#[test]
fn iter_for_loop() {
    twin!("iter_for_loop", {
        items(squares(4));
        items(squares(0));
    });
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn fallible(fail_at: i32) {
    for i in 0..5 {
        if i == fail_at {
            raise(E(i))?;
        }
        yield_!(i);
    }
}

#[test]
fn iter_try_generator() {
    twin!("iter_try_generator", {
        try_items(fallible(2));
        try_items(fallible(9));
    });
}

// ---------------------------------------------------------------------------------------------
// The twins themselves

/// Programs whose trace depends on Python 3.13: `close()` returns the value a body returns
/// after catching `GeneratorExit` (C3); Python 3.11 returns `None`. The `issue3_*` programs
/// belong to the delegation and region tests (`delegation.rs`, `regions.rs`).
const NEEDS_PYTHON_313: &[&str] = &[
    "c3_close_returns_value",
    "issue3_delegation",
    "issue3_regions",
    // `inspect.getasyncgenstate` (3.12) and `asend(..).close()` closing the generator (3.13).
    "issue4_async",
];

fn python_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("python")
}

/// The programs of `tests/python/`: every `*.py` except helper modules (`_*.py`).
fn programs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(python_dir())
        .expect("tests/python exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .filter_map(|path| Some(path.file_stem()?.to_str()?.to_owned()))
        .filter(|name| !name.starts_with('_'))
        .collect();
    names.sort();
    names
}

#[test]
fn every_program_has_an_output_and_a_rust_twin() {
    let source = include_str!("python_twins.rs");
    let programs = programs();
    let twinned_here = programs
        .iter()
        .filter(|name| source.contains(&format!("twin!(\"{name}\"")))
        .count();
    assert!(
        twinned_here >= 35,
        "only {twinned_here} scenarios twinned here"
    );
    // Programs twinned elsewhere (delegation, regions) are named by their test file.
    let test_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let other_sources: Vec<String> = std::fs::read_dir(&test_dir)
        .expect("tests/tests exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .filter(|path| !path.ends_with("python_twins.rs"))
        .map(|path| std::fs::read_to_string(path).expect("readable test file"))
        .collect();
    for name in &programs {
        assert!(
            python_dir().join(format!("{name}.out")).is_file(),
            "{name}.py has no {name}.out: run `PYENV_VERSION=3.13.0 python3 {name}.py > {name}.out`"
        );
        assert!(
            source.contains(&format!("twin!(\"{name}\""))
                || other_sources
                    .iter()
                    .any(|text| text.contains(name.as_str())),
            "{name}.py has no Rust twin"
        );
    }
    for name in NEEDS_PYTHON_313 {
        assert!(programs.iter().any(|n| n == name), "unknown program {name}");
    }
}

/// A Python interpreter: the command's environment and its (major, minor) version.
struct Python {
    pyenv_version: Option<&'static str>,
    version: (u32, u32),
}

impl Python {
    fn command(&self) -> Command {
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
    fn find() -> Option<Python> {
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
                let major = numbers.next()?.parse().ok()?;
                let minor = numbers.next()?.parse().ok()?;
                python.version = (major, minor);
                Some(python)
            })
    }
}

#[test]
fn python_outputs_are_current() {
    let Some(python) = Python::find() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "python3 is missing: CI must check the Python twins' outputs"
        );
        eprintln!("python3 not found: the .out files were not re-checked");
        return;
    };
    let names: Vec<String> = programs()
        .into_iter()
        .filter(|name| {
            let skip = python.version < (3, 13) && NEEDS_PYTHON_313.contains(&name.as_str());
            if skip {
                eprintln!(
                    "skipping {name}: needs Python 3.13, have {}.{}",
                    python.version.0, python.version.1
                );
            }
            !skip
        })
        .collect();
    // Two workers: interpreter start-up dominates.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = names
            .chunks(names.len().div_ceil(2).max(1))
            .map(|chunk| {
                scope.spawn(|| {
                    chunk
                        .iter()
                        .filter_map(|name| check_python(&python, name))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("worker finished"))
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs one scenario with Python; a description of the difference, if its output is not the
/// checked-in one.
fn check_python(python: &Python, name: &str) -> Option<String> {
    let output = python
        .command()
        .arg(format!("{name}.py"))
        .current_dir(python_dir())
        .output()
        .expect("python3 runs");
    let expected =
        std::fs::read_to_string(python_dir().join(format!("{name}.out"))).unwrap_or_default();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    (!output.status.success() || !stderr.is_empty() || stdout != expected).then(|| {
        format!(
            "{name}: status {}\n--- checked in\n{expected}--- python printed\n{stdout}--- stderr\n{stderr}",
            output.status
        )
    })
}
