//! Every value is dropped exactly once across delegation and exception regions: values held
//! across a delegation, yielded and sent values, thrown and raised errors, return values,
//! region values, pending errors and returns that a cleanup block cancels (E3) or replaces
//! (T5), and hand-written awaiters. Each scenario checks the exact drop order (C3: innermost
//! first, locals in reverse declaration order) and that no token is left alive.
//!
//! Every value is a `Token` of a `DropCounter`: yields, sent values, errors and returns too.

use coro_core::{Awaitable, Coroutine, Error, Kind, State, Step, await_, try_, yield_, yield_from};
use coro_tests::{DropCounter, Token};

type Outcome = Result<Step<Token, Token>, Error<Token>>;

/// The outcome as text; the driver drops the token it carried right here.
fn show(outcome: Outcome) -> String {
    match outcome {
        Ok(Step::Yielded(t)) => format!("yield {}", t.name()),
        Ok(Step::Complete(t)) => format!("return {}", t.name()),
        Err(Error::Raised(t)) => format!("raise {}", t.name()),
        Err(e) => format!("error {e:?}"),
    }
}

fn show_close(outcome: Result<Option<Token>, Error<Token>>) -> String {
    match outcome {
        Ok(Some(t)) => format!("ok {}", t.name()),
        Ok(None) => "ok None".to_owned(),
        Err(Error::Raised(t)) => format!("raise {}", t.name()),
        Err(e) => format!("error {e:?}"),
    }
}

/// No token is alive and none was dropped twice (names are unique within a scenario).
#[track_caller]
fn assert_all_dropped_once(dc: &DropCounter) {
    assert_eq!(
        dc.live(),
        0,
        "tokens left alive; dropped: {:?}",
        dc.dropped()
    );
    let mut names = dc.dropped();
    names.sort_unstable();
    let count = names.len();
    names.dedup();
    assert_eq!(
        names.len(),
        count,
        "a name dropped twice: {:?}",
        dc.dropped()
    );
}

/// Takes the drops recorded since the last call (to check them step by step).
fn drops_since(dc: &DropCounter, seen: &mut usize) -> Vec<&'static str> {
    let all = dc.dropped();
    let new = all[*seen..].to_vec();
    *seen = all.len();
    new
}

fn check(token: Token) -> Result<Token, Token> {
    if token.name() == "bad" {
        Err(token)
    } else {
        Ok(token)
    }
}

// ---------------------------------------------------------------------------------------------
// A three-level chain: top <- mid <- leaf

#[coro_core::coroutine(generator, yield = Token, send = Token, error = Token)]
fn leaf(dc: DropCounter) -> Token {
    let _guard = dc.token("leaf.guard");
    let sent = yield_!(dc.token("leaf.y1"));
    let checked = check(sent)?;
    let b = try_! {
        { yield_!(dc.token("leaf.y2")) }
        catch (e) {
            drop(e);
            dc.token("leaf.handled")
        }
        finally {
            let _f = dc.token("leaf.finally");
        }
    };
    drop(checked);
    b
}

#[coro_core::coroutine(generator, yield = Token, send = Token, error = Token)]
fn mid(dc: DropCounter) -> Token {
    let _guard = dc.token("mid.guard");
    let held = dc.token("mid.held");
    let r = try_! {
        { yield_from!(leaf(dc.clone())) }
        catch (e) { e }
    };
    let s = yield_!(r);
    drop(held);
    s
}

#[coro_core::coroutine(generator, yield = Token, send = Token, error = Token)]
fn top(dc: DropCounter) -> Token {
    let _guard = dc.token("top.guard");
    yield_from!(mid(dc.clone()))
}

/// Completion: sent values become locals and return values, yielded values go to the driver;
/// each is dropped once, where its owner lets go of it.
#[test]
fn completion_drops_everything_once() {
    let dc = DropCounter::new();
    let mut g = top(dc.clone());
    let mut seen = 0;
    assert_eq!(show(g.start()), "yield leaf.y1");
    assert_eq!(show(g.send(dc.token("s1"))), "yield leaf.y2");
    assert_eq!(drops_since(&dc, &mut seen), ["leaf.y1", "leaf.y2"]);
    assert_eq!(show(g.send(dc.token("s2"))), "yield s2");
    assert_eq!(
        drops_since(&dc, &mut seen),
        ["leaf.finally", "s1", "leaf.guard", "s2"]
    );
    assert_eq!(show(g.send(dc.token("s3"))), "return s3");
    assert_eq!(
        drops_since(&dc, &mut seen),
        ["mid.held", "mid.guard", "top.guard", "s3"]
    );
    assert_eq!(show(g.send(dc.token("s4"))), "error Exhausted");
    drop(g);
    assert_eq!(drops_since(&dc, &mut seen), ["s4"]);
    assert_all_dropped_once(&dc);
}

/// T3, E1: a thrown token handled in the leaf's region is dropped by the handler; the
/// handler's value is the leaf's return value.
#[test]
fn throw_handled_by_the_leaf_drops_the_thrown_value_once() {
    let dc = DropCounter::new();
    let mut g = top(dc.clone());
    let mut seen = 0;
    g.start().unwrap();
    assert_eq!(show(g.send(dc.token("s1"))), "yield leaf.y2");
    assert_eq!(show(g.throw(dc.token("t1"))), "yield leaf.handled");
    assert_eq!(
        drops_since(&dc, &mut seen),
        [
            "leaf.y1",
            "leaf.y2",
            "t1",
            "leaf.finally",
            "s1",
            "leaf.guard",
            "leaf.handled"
        ]
    );
    assert_eq!(show(g.send(dc.token("s2"))), "return s2");
    assert_all_dropped_once(&dc);
}

/// T3: a thrown token the leaf does not handle unwinds it (its locals dropped) and becomes
/// the value of mid's handler; a token raised with `?` does the same.
#[test]
fn errors_caught_by_the_delegator_are_dropped_once() {
    for (how, name) in [("throw", "t1"), ("raise", "bad")] {
        let dc = DropCounter::new();
        let mut g = top(dc.clone());
        let mut seen = 0;
        g.start().unwrap();
        let outcome = if how == "throw" {
            g.throw(dc.token("t1"))
        } else {
            g.send(dc.token("bad"))
        };
        assert_eq!(show(outcome), format!("yield {name}"));
        assert_eq!(drops_since(&dc, &mut seen), ["leaf.y1", "leaf.guard", name]);
        assert_eq!(show(g.send(dc.token("s2"))), "return s2");
        assert_eq!(
            drops_since(&dc, &mut seen),
            ["mid.held", "mid.guard", "top.guard", "s2"]
        );
        assert_all_dropped_once(&dc);
    }
}

/// An uncaught error (thrown at mid's own yield) unwinds mid and top; the error value comes
/// out to the driver and is dropped there, once.
#[test]
fn an_uncaught_error_is_dropped_once_by_whoever_gets_it() {
    let dc = DropCounter::new();
    let mut g = top(dc.clone());
    let mut seen = 0;
    g.start().unwrap();
    g.send(dc.token("s1")).unwrap();
    assert_eq!(show(g.send(dc.token("s2"))), "yield s2");
    drops_since(&dc, &mut seen);
    assert_eq!(show(g.throw(dc.token("t2"))), "raise t2");
    assert_eq!(
        drops_since(&dc, &mut seen),
        ["mid.held", "mid.guard", "top.guard", "t2"]
    );
    assert_eq!(g.state(), State::Finished);
    assert_all_dropped_once(&dc);
}

/// C3: close mid-delegation closes the leaf first (its cleanup, then its locals in reverse
/// declaration order), then mid, then top.
#[test]
fn close_mid_delegation_drops_innermost_first() {
    let dc = DropCounter::new();
    let mut g = top(dc.clone());
    let mut seen = 0;
    g.start().unwrap();
    g.send(dc.token("s1")).unwrap();
    drops_since(&dc, &mut seen);
    assert_eq!(show_close(g.close()), "ok None");
    assert_eq!(
        drops_since(&dc, &mut seen),
        [
            "leaf.finally",
            "s1",
            "leaf.guard",
            "mid.held",
            "mid.guard",
            "top.guard"
        ]
    );
    assert_eq!(show_close(g.close()), "ok None");
    drop(g);
    assert!(drops_since(&dc, &mut seen).is_empty());
    assert_all_dropped_once(&dc);
}

/// C5: dropping mid-delegation (at the leaf's first yield; at mid's own yield, after the leaf
/// returned) drops everything once, innermost first.
#[test]
fn drop_mid_delegation_drops_innermost_first() {
    let dc = DropCounter::new();
    let mut g = top(dc.clone());
    let mut seen = 0;
    g.start().unwrap();
    drops_since(&dc, &mut seen);
    drop(g);
    assert_eq!(
        drops_since(&dc, &mut seen),
        ["leaf.guard", "mid.held", "mid.guard", "top.guard"]
    );
    assert_all_dropped_once(&dc);

    let dc = DropCounter::new();
    let mut g = top(dc.clone());
    let mut seen = 0;
    g.start().unwrap();
    g.send(dc.token("s1")).unwrap();
    g.send(dc.token("s2")).unwrap();
    drops_since(&dc, &mut seen);
    drop(g);
    assert_eq!(
        drops_since(&dc, &mut seen),
        ["mid.held", "mid.guard", "top.guard"]
    );
    assert_all_dropped_once(&dc);
}

/// Dropping `Created` coroutines (the whole chain, or a delegator whose delegate was never
/// started) runs no body code: only the captured arguments are dropped.
#[test]
fn dropping_a_created_chain_runs_no_body_code() {
    let dc = DropCounter::new();
    let g = top(dc.clone());
    drop(g);
    assert!(dc.dropped().is_empty());
    assert_all_dropped_once(&dc);
}

// ---------------------------------------------------------------------------------------------
// Pending errors and returns across a cleanup block that suspends

#[coro_core::coroutine(generator, yield = Token, send = Token, error = Token)]
fn pending(dc: DropCounter, mode: &'static str) -> Token {
    let _guard = dc.token("p.guard");
    try_! {
        {
            let v = yield_!(dc.token("p.y1"));
            if mode == "raise" {
                Err::<(), Token>(v)?;
            } else if mode == "return" {
                return v;
            } else {
                drop(v);
            }
        }
        finally {
            let f = yield_!(dc.token("p.fin"));
            if f.name() == "cancel" {
                return f;
            }
            drop(f);
        }
    }
    dc.token("p.end")
}

/// E2: a pending error token survives the cleanup's suspension and comes out once.
#[test]
fn a_pending_error_survives_a_suspension_and_is_dropped_once() {
    let dc = DropCounter::new();
    let mut g = pending(dc.clone(), "raise");
    let mut seen = 0;
    g.start().unwrap();
    assert_eq!(show(g.send(dc.token("v"))), "yield p.fin");
    assert_eq!(drops_since(&dc, &mut seen), ["p.y1", "p.fin"]);
    assert_eq!(show(g.send(dc.token("f"))), "raise v");
    assert_eq!(drops_since(&dc, &mut seen), ["f", "p.guard", "v"]);
    assert_all_dropped_once(&dc);
}

/// E2: a pending return token survives the cleanup's suspension and comes out once.
#[test]
fn a_pending_return_survives_a_suspension_and_is_dropped_once() {
    let dc = DropCounter::new();
    let mut g = pending(dc.clone(), "return");
    let mut seen = 0;
    g.start().unwrap();
    g.send(dc.token("v")).unwrap();
    drops_since(&dc, &mut seen);
    assert_eq!(show(g.send(dc.token("f"))), "return v");
    assert_eq!(drops_since(&dc, &mut seen), ["f", "p.guard", "v"]);
    assert_all_dropped_once(&dc);
}

/// E3: a `return` in cleanup cancels the pending error or return: the cancelled token is
/// dropped once, when it is cancelled.
#[test]
fn a_cancelled_pending_value_is_dropped_once() {
    for mode in ["raise", "return"] {
        let dc = DropCounter::new();
        let mut g = pending(dc.clone(), mode);
        let mut seen = 0;
        g.start().unwrap();
        g.send(dc.token("v")).unwrap();
        drops_since(&dc, &mut seen);
        assert_eq!(show(g.send(dc.token("cancel"))), "return cancel");
        let mut dropped = drops_since(&dc, &mut seen);
        // The cancelled value goes when the `return` leaves the cleanup block; the guard when
        // the body ends. Both exactly once.
        assert_eq!(dropped.pop(), Some("cancel"), "{mode}");
        dropped.sort_unstable();
        assert_eq!(dropped, ["p.guard", "v"], "{mode}");
        assert_all_dropped_once(&dc);
    }
}

/// T5 and C3 while cleanup is suspended: a thrown token replaces the pending one (which is
/// dropped once); close replaces it with the exit signal; dropping does the same.
#[test]
fn a_replaced_pending_value_is_dropped_once() {
    for mode in ["raise", "return"] {
        // throw
        let dc = DropCounter::new();
        let mut g = pending(dc.clone(), mode);
        g.start().unwrap();
        g.send(dc.token("v")).unwrap();
        assert_eq!(show(g.throw(dc.token("t"))), "raise t", "{mode}");
        assert_all_dropped_once(&dc);
        // close
        let dc = DropCounter::new();
        let mut g = pending(dc.clone(), mode);
        g.start().unwrap();
        g.send(dc.token("v")).unwrap();
        assert_eq!(show_close(g.close()), "ok None", "{mode}");
        assert_eq!(g.state(), State::Finished);
        assert_all_dropped_once(&dc);
        // drop
        let dc = DropCounter::new();
        let mut g = pending(dc.clone(), mode);
        g.start().unwrap();
        g.send(dc.token("v")).unwrap();
        drop(g);
        assert_all_dropped_once(&dc);
    }
}

// ---------------------------------------------------------------------------------------------
// Region values, loops, boxed delegates, a hand-written awaiter

#[coro_core::coroutine(generator, yield = Token, send = Token, error = Token)]
fn region_values(dc: DropCounter) -> Token {
    let mut kept = Vec::new();
    for i in 0..4 {
        let v = try_! {
            {
                let delegate: Box<dyn Coroutine<Yield = Token, Send = Token, Return = Token, Error = Token>> =
                    Box::new(leaf(dc.clone()));
                let v = yield_from!(delegate);
                if v.name() == "stop" {
                    break;
                }
                v
            }
            catch (e) { e }
            finally { kept.push(dc.token("loop.finally")); }
        };
        if i == 1 {
            drop(v);
            continue;
        }
        kept.push(v);
    }
    drop(kept);
    dc.token("loop.end")
}

/// Region values, `break` / `continue` through cleanup, and boxed delegates created in a loop:
/// every token once, nothing left alive, whichever way the loop ends.
#[test]
fn region_values_and_boxed_delegates_in_a_loop_are_dropped_once() {
    // Runs to the end: iterations ending with a return value, an error value, and a `break`.
    let dc = DropCounter::new();
    let mut g = region_values(dc.clone());
    g.start().unwrap();
    g.send(dc.token("a1")).unwrap(); // leaf 0: y2
    g.send(dc.token("a2")).unwrap(); // leaf 0 returns a2 -> kept; leaf 1: y1
    g.throw(dc.token("e1")).unwrap(); // leaf 1 raises e1 -> region value, dropped (i == 1)
    g.send(dc.token("b1")).unwrap(); // leaf 2: y2
    g.send(dc.token("b2")).unwrap(); // leaf 2 returns b2 -> kept; leaf 3: y1
    g.send(dc.token("c1")).unwrap(); // leaf 3: y2
    assert_eq!(show(g.send(dc.token("stop"))), "return loop.end");
    assert_eq!(dc.live(), 0);
    // Three leaves ran to their end, one raised; four cleanup tokens.
    let count = |name| dc.dropped().iter().filter(|n| **n == name).count();
    assert_eq!(count("leaf.guard"), 4);
    assert_eq!(count("leaf.finally"), 3);
    assert_eq!(count("loop.finally"), 4);
    for name in ["a1", "a2", "e1", "b1", "b2", "c1", "stop", "loop.end"] {
        assert_eq!(count(name), 1, "{name}");
    }

    // Closed, and dropped, in the middle of the second iteration.
    for close in [true, false] {
        let dc = DropCounter::new();
        let mut g = region_values(dc.clone());
        g.start().unwrap();
        g.send(dc.token("a1")).unwrap();
        g.send(dc.token("a2")).unwrap();
        if close {
            assert_eq!(show_close(g.close()), "ok None");
        } else {
            drop(g);
        }
        assert_eq!(dc.live(), 0);
        let count = |name| dc.dropped().iter().filter(|n| **n == name).count();
        assert_eq!(count("leaf.guard"), 2);
        assert_eq!(count("loop.finally"), 2);
        assert_eq!(count("a2"), 1);
    }
}

/// A hand-written awaiter that owns a token for its whole life, hands out one token and
/// returns the token sent to it.
#[derive(Debug)]
struct Holder {
    #[allow(dead_code, reason = "held only to be dropped with the awaiter")]
    own: Token,
    out: Option<Token>,
    state: State,
}

#[derive(Debug)]
struct Hold(Token, Token);

impl Awaitable for Hold {
    type Awaiter = Holder;
    fn into_awaiter(self) -> Holder {
        Holder {
            own: self.0,
            out: Some(self.1),
            state: State::Created,
        }
    }
}

impl Coroutine for Holder {
    type Yield = Token;
    type Send = Token;
    type Return = Token;
    type Error = Token;

    fn kind(&self) -> Kind {
        Kind::Coroutine
    }
    fn state(&self) -> State {
        self.state
    }
    fn start(&mut self) -> Outcome {
        self.state = State::Suspended;
        Ok(Step::Yielded(self.out.take().expect("started once")))
    }
    fn send(&mut self, value: Token) -> Outcome {
        self.state = State::Finished;
        Ok(Step::Complete(value))
    }
    fn throw(&mut self, error: Token) -> Outcome {
        self.state = State::Finished;
        Err(Error::Raised(error))
    }
    fn close(&mut self) -> Result<Option<Token>, Error<Token>> {
        self.state = State::Finished;
        Ok(None)
    }
}

#[coro_core::coroutine(yield = Token, send = Token, error = Token)]
fn awaits_holder(dc: DropCounter) -> Token {
    let _guard = dc.token("aw.guard");
    let got = await_!(Hold(dc.token("holder.own"), dc.token("holder.out")));
    // The awaiter is gone before the code after the await runs.
    drop(dc.token("after.await"));
    let again = yield_!(got);
    again
}

#[coro_core::coroutine(yield = Token, send = Token, error = Token)]
fn awaits_holder_unused(dc: DropCounter) -> Token {
    let _guard = dc.token("aw.guard");
    await_!(Hold(dc.token("holder.own"), dc.token("holder.out")));
    drop(dc.token("after.await"));
    yield_!(dc.token("y"))
}

/// Starts a coroutine of the two above and sends it `s1` and `s2`: it yields the holder's token,
/// then `second` (dropping `at_s1` on the way), then returns `s2`, dropping its guard.
fn check_await_ends(
    dc: &DropCounter,
    mut g: impl Coroutine<Yield = Token, Send = Token, Return = Token, Error = Token>,
    second: &str,
    at_s1: &[&str],
) {
    let mut seen = 0;
    assert_eq!(show(g.start()), "yield holder.out");
    assert_eq!(drops_since(dc, &mut seen), ["holder.out"]);
    assert_eq!(show(g.send(dc.token("s1"))), format!("yield {second}"));
    assert_eq!(drops_since(dc, &mut seen), at_s1);
    assert_eq!(show(g.send(dc.token("s2"))), "return s2");
    assert_eq!(drops_since(dc, &mut seen), ["aw.guard", "s2"]);
    assert_all_dropped_once(dc);
}

/// A1: an await whose value is not used drops that value, then the awaiter, and only then runs
/// the code after it.
#[test]
fn an_unused_await_value_is_dropped_before_its_awaiter() {
    let dc = DropCounter::new();
    let g = awaits_holder_unused(dc.clone());
    check_await_ends(&dc, g, "y", &["s1", "holder.own", "after.await", "y"]);
}

/// A1: a hand-written awaiter is dropped (with what it owns) when its await ends, or when the
/// awaiting coroutine is closed, thrown into or dropped mid-await.
#[test]
fn a_hand_written_awaiter_is_dropped_once() {
    let dc = DropCounter::new();
    let g = awaits_holder(dc.clone());
    check_await_ends(&dc, g, "s1", &["holder.own", "after.await", "s1"]);

    for how in ["close", "throw", "drop"] {
        let dc = DropCounter::new();
        let mut seen = 0;
        let mut g = awaits_holder(dc.clone());
        g.start().unwrap();
        drops_since(&dc, &mut seen);
        match how {
            "close" => assert_eq!(show_close(g.close()), "ok None"),
            "throw" => assert_eq!(show(g.throw(dc.token("t"))), "raise t"),
            _ => drop(g),
        }
        let mut dropped = drops_since(&dc, &mut seen);
        if how == "throw" {
            assert_eq!(dropped.pop(), Some("t"), "{how}");
        }
        assert_eq!(dropped, ["holder.own", "aw.guard"], "{how}");
        assert_all_dropped_once(&dc);
    }
}
