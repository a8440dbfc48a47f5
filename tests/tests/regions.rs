//! Exception regions (`try_!`) rule by rule: E1 (a handler for errors raised by `?`, by a
//! delegate or thrown in; cleanup on every way out), E2 (handlers and cleanup blocks that yield
//! and await, with pending errors, returns and jumps surviving those suspensions), E3 (`return`,
//! `break`, `continue` in cleanup cancel what was pending, including the exit signal), T5 (an
//! error raised by a handler or cleanup replaces the pending one), C3/C4 (the exit signal
//! reaches only cleanup and `catch_all`), nested regions, and regions as operands (A4).
//!
//! Every test has a Python twin: a section `== <name>` of `tests/python/issue3_regions.py`,
//! whose CPython 3.13 output is checked in beside it (`.out`) and compared line by line.

use coro_core::{Caught, try_, yield_, yield_from};
use coro_tests::{E, close, log, raise, send, start, state, throw, traced};

/// Compares the trace of `driver` with the section `== name` of `issue3_regions.out`.
macro_rules! twin {
    ($name:expr, $driver:block) => {
        coro_tests::check_section(
            include_str!("../python/issue3_regions.out"),
            &$name,
            traced(|| $driver),
        )
    };
}

/// A delegate: yields `n` values (100, 101, ...); returns the sum of what is sent.
#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn step(tag: String, n: i32) -> i32 {
    let mut total = 0;
    for i in 0..n {
        total += yield_!(100 + i);
    }
    log(format!("{tag} returns {total}"));
    total
}

// ---------------------------------------------------------------------------------------------
// E2: suspensions in handlers and cleanup blocks

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn handler_suspends() -> i32 {
    let r = try_! {
        { yield_!(1); 0 }
        catch (e) {
            log(format!("caught {e}"));
            let a = yield_!(2);
            let b = yield_from!(step("handler step".to_owned(), 2));
            let r = a + b;
            log(format!("handler gives {r}"));
            r
        }
        finally { log("finally"); }
    };
    yield_!(r)
}

/// E2: a handler that yields and awaits; its value is the region's.
#[test]
fn e2_handler_yields_and_awaits() {
    twin!("handler yields and awaits", {
        let mut g = handler_suspends();
        start(&mut g);
        throw(&mut g, E(1));
        for v in [10, 20, 30, 0] {
            send(&mut g, v);
        }
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn cleanup_suspends_normal() -> i32 {
    let r = try_! {
        { yield_!(1) }
        finally {
            log("finally starts");
            let x = yield_!(2);
            log(format!("finally got {x}"));
            let y = yield_from!(step("cleanup step".to_owned(), 1));
            log(format!("finally awaited {y}"));
        }
    };
    log(format!("region gave {r}"));
    r
}

/// E2: the region's value survives a cleanup block that yields and awaits.
#[test]
fn e2_cleanup_yields_and_awaits_after_a_normal_end() {
    twin!("cleanup yields and awaits after a normal end", {
        let mut g = cleanup_suspends_normal();
        start(&mut g);
        for v in [7, 8, 9] {
            send(&mut g, v);
        }
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn pending_error(code: i32) -> i32 {
    try_! {
        {
            try_! {
                {
                    yield_!(1);
                    log("raising");
                    raise(E(code))?;
                }
                finally {
                    log("finally starts");
                    let x = yield_!(2);
                    let y = yield_from!(step("cleanup step".to_owned(), 1));
                    log(format!("finally got {x} and {y}"));
                }
            }
        }
        catch (e) {
            log(format!("outer caught {e}"));
            return -1;
        }
    }
    0
}

/// E2, E1: a pending error (raised by `?`, or thrown in) survives the cleanup block's yield and
/// await, then goes on to the enclosing handler.
#[test]
fn e2_pending_error_survives_suspensions_in_cleanup() {
    twin!("pending error survives suspensions in cleanup", {
        let mut g = pending_error(4);
        start(&mut g);
        for v in [0, 5, 6] {
            send(&mut g, v);
        }
    });
    twin!("pending thrown error survives suspensions in cleanup", {
        let mut g = pending_error(4);
        start(&mut g);
        throw(&mut g, E(3));
        send(&mut g, 5);
        send(&mut g, 6);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn pending_return() -> i32 {
    for i in 0..3 {
        try_! {
            {
                let v = yield_!(i);
                if v > 10 {
                    log(format!("returning {v}"));
                    return v;
                }
            }
            finally {
                let x = yield_!(50 + i);
                log(format!("finally {i} got {x}"));
            }
        }
    }
    -1
}

/// E2: a pending return survives the cleanup block's suspension.
#[test]
fn e2_pending_return_survives_suspensions_in_cleanup() {
    twin!("pending return survives suspensions in cleanup", {
        let mut g = pending_return();
        start(&mut g);
        for v in [1, 2, 11, 3, 4] {
            send(&mut g, v);
        }
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn pending_jumps() -> i32 {
    let mut total = 0;
    for i in 0..5 {
        try_! {
            {
                let v = yield_!(i);
                if v == 0 {
                    log("continue");
                    continue;
                }
                if v < 0 {
                    log("break");
                    break;
                }
                total += v;
            }
            finally {
                let x = yield_from!(step(format!("cleanup {i}"), 1));
                log(format!("finally {i} got {x}"));
            }
        }
    }
    total
}

/// E1, E2: pending `break` and `continue` survive a delegation in cleanup.
#[test]
fn e2_pending_break_and_continue_survive_suspensions_in_cleanup() {
    twin!(
        "pending break and continue survive suspensions in cleanup",
        {
            let mut g = pending_jumps();
            start(&mut g);
            for v in [0, 1, 5, 2, -1, 3] {
                send(&mut g, v);
            }
        }
    );
}

// ---------------------------------------------------------------------------------------------
// T5 and C3 while a handler or cleanup block is suspended

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn throw_into_handler() -> i32 {
    try_! {
        {
            try_! {
                { yield_!(1); }
                catch (e) {
                    log(format!("inner caught {e}"));
                    yield_!(2);
                    log("not reached");
                }
                finally { log("inner finally"); }
            }
        }
        catch (e) {
            log(format!("outer caught {e}"));
            return e.0;
        }
    }
    0
}

/// T5, T2: an error thrown while the handler is suspended replaces the handled one (a handler
/// does not catch its own errors); the region's cleanup still runs.
#[test]
fn t5_throw_into_a_suspended_handler() {
    twin!("throw into a suspended handler", {
        let mut g = throw_into_handler();
        start(&mut g);
        throw(&mut g, E(1));
        throw(&mut g, E(2));
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn throw_into_cleanup() -> i32 {
    try_! {
        {
            try_! {
                { yield_!(1); raise(E(1))?; }
                finally {
                    log("finally starts");
                    yield_!(2);
                    log("not reached");
                }
            }
        }
        catch (e) {
            log(format!("outer caught {e}"));
            return e.0;
        }
    }
    0
}

/// T5: an error thrown while cleanup is suspended with a pending error replaces it.
#[test]
fn t5_throw_into_a_suspended_cleanup_replaces_the_pending_error() {
    twin!(
        "throw into a suspended cleanup replaces the pending error",
        {
            let mut g = throw_into_cleanup();
            start(&mut g);
            send(&mut g, 0);
            throw(&mut g, E(2));
        }
    );
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn close_in_cleanup(early: bool) -> i32 {
    try_! {
        {
            try_! {
                // `if early`: see `macro_gaps::region_body_ending_in_return`.
                { yield_!(1); if early { return 5; } }
                finally {
                    log("inner finally starts");
                    yield_!(2);
                    log("not reached");
                }
            }
        }
        finally { log("outer finally"); }
    }
    0
}

/// C3, E2: close while cleanup is suspended with a pending return: the exit signal is raised at
/// the cleanup's yield and replaces the return; the outer cleanup runs.
#[test]
fn c3_close_while_cleanup_is_suspended_with_a_pending_return() {
    twin!("close while cleanup is suspended with a pending return", {
        let mut g = close_in_cleanup(true);
        start(&mut g);
        send(&mut g, 0);
        close(&mut g);
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// E3: return / break / continue in cleanup

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn return_in_cleanup(mode: &'static str) -> i32 {
    try_! {
        {
            yield_!(1);
            if mode == "raise" {
                raise(E(1))?;
            }
            if mode == "return" {
                return 10;
            }
        }
        finally {
            log("finally");
            let v = yield_!(2);
            if v > 0 {
                log(format!("finally returns {v}"));
                return v;
            }
        }
    }
    0
}

/// E3: a `return` in cleanup cancels a pending error or a pending return; a cleanup block that
/// does not return leaves the pending return as it was.
#[test]
fn e3_return_in_cleanup_cancels_a_pending_error_or_return() {
    twin!("return in cleanup cancels a pending error", {
        let mut g = return_in_cleanup("raise");
        start(&mut g);
        send(&mut g, 0);
        send(&mut g, 7);
    });
    twin!("return in cleanup cancels a pending return", {
        let mut g = return_in_cleanup("return");
        start(&mut g);
        send(&mut g, 0);
        send(&mut g, 8);
    });
    twin!("cleanup that does not return leaves the pending return", {
        let mut g = return_in_cleanup("return");
        start(&mut g);
        send(&mut g, 0);
        send(&mut g, 0);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn return_in_cleanup_on_close(early: bool) -> i32 {
    try_! {
        { yield_!(1); }
        finally {
            // `if early`: see `macro_gaps::region_body_ending_in_return`.
            if early {
                log("finally returns 6");
                return 6;
            }
        }
    }
    0
}

/// E3, C3: a yield in cleanup while closing makes close fail (the coroutine stays suspended);
/// a `return` in cleanup cancels the exit signal, and close returns its value.
#[test]
fn e3_return_in_cleanup_cancels_the_exit_signal() {
    twin!(
        "return in cleanup cancels the exit signal after a yield in cleanup",
        {
            let mut g = return_in_cleanup("none");
            start(&mut g);
            close(&mut g);
            state(&g);
            send(&mut g, 9);
            state(&g);
        }
    );
    twin!(
        "return in cleanup cancels the exit signal: close returns its value",
        {
            let mut g = return_in_cleanup_on_close(true);
            start(&mut g);
            close(&mut g);
            state(&g);
        }
    );
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn jump_in_cleanup() -> i32 {
    let mut n = 0;
    loop {
        n += 1;
        try_! {
            {
                let v = yield_!(n);
                if v < 0 {
                    raise(E(v))?;
                }
            }
            finally {
                log(format!("finally {n}"));
                if n == 2 {
                    continue;
                }
                if n >= 3 {
                    break;
                }
            }
        }
    }
    log("after loop");
    yield_!(-1)
}

/// E3, C3: `continue` in cleanup cancels a thrown error; `break` cancels the exit signal of
/// close, so the next yield makes close fail and the coroutine stays suspended.
#[test]
fn e3_break_and_continue_in_cleanup_cancel_what_was_pending() {
    twin!("break and continue in cleanup cancel what was pending", {
        let mut g = jump_in_cleanup();
        start(&mut g);
        send(&mut g, 0);
        throw(&mut g, E(5));
        close(&mut g);
        state(&g);
        send(&mut g, 4);
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// Nested regions

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn nested(inner_code: i32, outer_code: i32, raise_code: i32) -> i32 {
    let r = try_! {
        {
            try_! {
                {
                    yield_!(1);
                    raise(E(raise_code))?;
                    0
                }
                catch (e) {
                    log(format!("inner handler sees {e}"));
                    if e.0 != inner_code {
                        raise(e)?;
                    }
                    10
                }
                finally {
                    log("inner finally");
                    yield_!(2);
                }
            }
        }
        catch (e) {
            log(format!("outer handler sees {e}"));
            if e.0 != outer_code {
                raise(e)?;
            }
            20
        }
        finally {
            log("outer finally");
            yield_!(3);
        }
    };
    r
}

/// E1, E2, T2: nested regions whose handlers match the error or not; each cleanup block
/// suspends with the error pending, innermost first.
#[test]
fn e1_nested_regions_with_handlers_that_match_or_not() {
    for (inner_code, outer_code, label) in [
        (1, 1, "inner matches"),
        (2, 1, "outer matches"),
        (2, 3, "neither matches"),
    ] {
        twin!(format!("nested regions: {label}"), {
            let mut g = nested(inner_code, outer_code, 1);
            start(&mut g);
            send(&mut g, 0);
            send(&mut g, 0);
            send(&mut g, 0);
            state(&g);
        });
    }
}

// ---------------------------------------------------------------------------------------------
// T5: errors in handlers and cleanup blocks

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn handler_raises() -> i32 {
    try_! {
        {
            try_! {
                { yield_!(1); }
                catch (e) {
                    log(format!("inner handler sees {e}"));
                    yield_!(2);
                    raise(E(e.0 + 100))?;
                }
                finally { log("inner finally"); }
            }
        }
        catch (e) {
            log(format!("outer handler sees {e}"));
            return e.0;
        }
    }
    0
}

/// T5: an error raised in a handler (after it suspended) replaces the handled one; the outer
/// handler sees the new one.
#[test]
fn t5_an_error_raised_in_a_handler_replaces_the_handled_one() {
    twin!("an error raised in a handler replaces the handled one", {
        let mut g = handler_raises();
        start(&mut g);
        throw(&mut g, E(1));
        send(&mut g, 0);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn cleanup_raises(mode: &'static str) -> i32 {
    try_! {
        {
            try_! {
                {
                    yield_!(1);
                    if mode == "raise" {
                        raise(E(1))?;
                    }
                    if mode == "return" {
                        return 10;
                    }
                }
                finally {
                    log("inner finally");
                    if mode != "close" {
                        yield_!(2);
                    }
                    raise(E(99))?;
                }
            }
        }
        catch (e) {
            log(format!("handler sees {e}"));
            if mode == "close" {
                raise(e)?;
            }
            return e.0;
        }
    }
    0
}

/// T5: an error raised in cleanup (after it suspended) replaces the pending error, the pending
/// return, or nothing pending; during close it replaces the exit signal and close returns it.
#[test]
fn t5_an_error_raised_in_cleanup_replaces_what_was_pending() {
    for (mode, label) in [
        ("raise", "the pending error"),
        ("return", "the pending return"),
        ("none", "a normal end"),
    ] {
        twin!(format!("an error raised in cleanup replaces {label}"), {
            let mut g = cleanup_raises(mode);
            start(&mut g);
            send(&mut g, 0);
            send(&mut g, 0);
        });
    }
    twin!("an error raised in cleanup replaces the exit signal", {
        let mut g = cleanup_raises("close");
        start(&mut g);
        close(&mut g);
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// C4: the exit signal

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn exit_handlers(catch_all_returns: bool) -> i32 {
    try_! {
        {
            try_! {
                { yield_!(1); }
                catch (e) { log(format!("not reached {e}")); }
                finally { log("inner finally sees the exit"); }
            }
        }
        catch_all (c) {
            match c {
                Caught::Exit => {
                    log("catch-all sees the exit");
                    if catch_all_returns {
                        return 42;
                    }
                    match c? {}
                }
                other => match other? {},
            }
        }
    }
    0
}

/// C4, C3: `catch` handlers do not see the exit signal; cleanup and `catch_all` do, and a
/// `catch_all` that returns makes close return the value.
#[test]
fn c4_ordinary_handlers_do_not_see_the_exit() {
    twin!(
        "ordinary handlers do not see the exit; catch-all returns",
        {
            let mut g = exit_handlers(true);
            start(&mut g);
            close(&mut g);
            state(&g);
        }
    );
    twin!(
        "ordinary handlers do not see the exit; catch-all re-raises",
        {
            let mut g = exit_handlers(false);
            start(&mut g);
            close(&mut g);
            state(&g);
        }
    );
}

// ---------------------------------------------------------------------------------------------
// A4: a region among delegations

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn region_in_expression() -> i32 {
    let left = yield_from!(step("left".to_owned(), 1));
    let mid = try_! {
        {
            let mid = yield_!(5);
            if mid < 0 {
                raise(E(mid))?;
            }
            mid
        }
        catch (e) {
            log(format!("region caught {e}"));
            yield_from!(step("handler".to_owned(), 1))
        }
        finally { log("region finally"); }
    };
    left * 100 + mid + yield_!(7)
}

/// A4, E1: a region's value (from its handler, after a delegation) used between delegations.
#[test]
fn a4_a_region_as_an_operand_between_delegations() {
    twin!("a region as an operand between delegations", {
        let mut g = region_in_expression();
        start(&mut g);
        for v in [1, -2, 3, 4] {
            send(&mut g, v);
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Regressions: the natural forms of bodies above, which the `#[coroutine]` macro once failed to
// compile (each comment says what broke).

mod regressions {
    use super::*;

    // once broken: a region body that ends with an unconditional `return` is E0282 "type
    // annotations needed" (at the attribute). `close_in_cleanup` above uses `if early`.
    #[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
    fn close_in_cleanup() -> i32 {
        try_! {
            {
                try_! {
                    { yield_!(1); return 5; }
                    finally {
                        log("inner finally starts");
                        yield_!(2);
                        log("not reached");
                    }
                }
            }
            finally { log("outer finally"); }
        }
        0
    }

    // once broken: a `finally` block that ends with an unconditional `return`: the same E0282.
    #[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
    fn return_in_cleanup_on_close() -> i32 {
        try_! {
            { yield_!(1); }
            finally {
                log("finally returns 6");
                return 6;
            }
        }
        0
    }

    #[test]
    fn region_body_ending_in_return() {
        twin!("close while cleanup is suspended with a pending return", {
            let mut g = close_in_cleanup();
            start(&mut g);
            send(&mut g, 0);
            close(&mut g);
            state(&g);
        });
        twin!(
            "return in cleanup cancels the exit signal: close returns its value",
            {
                let mut g = return_in_cleanup_on_close();
                start(&mut g);
                close(&mut g);
                state(&g);
            }
        );
    }

    // once broken: a local declared before a region and moved inside it (by a plain call here)
    // is E0382 "use of moved value: `label`" (see also `delegation.rs`).
    #[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
    fn moves_a_local_into_a_region() -> i32 {
        let label = String::from("abc");
        let r = try_! {
            {
                yield_!(1);
                let n = i32::try_from(label.into_bytes().len()).unwrap_or(-1);
                n
            }
            catch (e) { e.0 }
            finally { log("finally"); }
        };
        r
    }

    #[test]
    fn moving_a_local_into_a_region() {
        let trace = traced(|| {
            let mut g = moves_a_local_into_a_region();
            start(&mut g);
            send(&mut g, 0);
        });
        assert_eq!(
            trace,
            ["start -> yield 1", "log finally", "send 0 -> return 3"]
        );
    }
}
