//! Delegation (`yield_from!` / `await_!`) rule by rule: S5 (sends reach the innermost
//! delegate), T3 (throws are forwarded; caught at any depth or by none), C3 (close closes the
//! innermost delegate first; cleanup runs innermost → outermost), C5 (drop mid-delegation),
//! A1–A4 (awaitables, hand-written awaiters, reuse of a finished coroutine, left-to-right
//! evaluation) and delegation inside loops, `match` arms and expressions.
//!
//! Every test has a Python twin: a section `== <name>` of a `tests/python/issue3_*.py` program,
//! whose CPython 3.13 output is checked in beside it (`.out`) and compared line by line.

use coro_core::{
    Awaitable, Caught, Coroutine, Error, Kind, State, Step, await_, try_, yield_, yield_from,
};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use coro_tests::{E, Noisy, close, drop_coro, log, note, raise, send, start, state, throw, traced};

/// Compares the trace of `driver` with the section `== name` of a Python twin's output.
macro_rules! twin {
    ($file:literal, $name:expr, $driver:block) => {
        coro_tests::check_section(
            include_str!(concat!("../python/issue3_", $file, ".out")),
            &$name,
            traced(|| $driver),
        )
    };
}

type Chain = Box<dyn Coroutine<Yield = i32, Send = i32, Return = i32, Error = E>>;

// ---------------------------------------------------------------------------------------------
// The chain leaf <- level1 <- level2 <- level3 (`issue3_chain.py`). Each level delegates inside
// a region whose handler catches only at depth `catch_at` (0: the leaf, -1: nowhere).

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn leaf(n: i32, catch_at: i32) -> i32 {
    let _guard = Noisy("leaf");
    let mut total = 0;
    for i in 0..n {
        let v = try_! {
            { yield_!(i) }
            catch (e) {
                log(format!("leaf caught {e}"));
                if catch_at != 0 {
                    raise(e)?;
                }
                100
            }
        };
        log(format!("leaf got {v}"));
        total += v;
    }
    log(format!("leaf returns {total}"));
    total
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn level1(n: i32, catch_at: i32) -> i32 {
    let _guard = Noisy("level1");
    let r = try_! {
        { yield_from!(leaf(n, catch_at)) }
        catch (e) {
            log(format!("level1 caught {e}"));
            if catch_at != 1 {
                raise(e)?;
            }
            1000
        }
        finally { log("level1 finally"); }
    };
    log(format!("level1 got {r}"));
    let s = yield_!(-1);
    log(format!("level1 sent {s}"));
    r + s
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn level2(n: i32, catch_at: i32) -> i32 {
    let _guard = Noisy("level2");
    let r = try_! {
        { yield_from!(level1(n, catch_at)) }
        catch (e) {
            log(format!("level2 caught {e}"));
            if catch_at != 2 {
                raise(e)?;
            }
            2000
        }
        finally { log("level2 finally"); }
    };
    log(format!("level2 got {r}"));
    let s = yield_!(-2);
    log(format!("level2 sent {s}"));
    r + s
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn level3(n: i32, catch_at: i32) -> i32 {
    let _guard = Noisy("level3");
    let r = try_! {
        { yield_from!(level2(n, catch_at)) }
        catch (e) {
            log(format!("level3 caught {e}"));
            if catch_at != 3 {
                raise(e)?;
            }
            3000
        }
        finally { log("level3 finally"); }
    };
    log(format!("level3 got {r}"));
    let s = yield_!(-3);
    log(format!("level3 sent {s}"));
    r + s
}

/// The chain `depth` delegations deep (boxed only for the driver's convenience).
fn chain(depth: i32, n: i32, catch_at: i32) -> Chain {
    match depth {
        1 => Box::new(level1(n, catch_at)),
        2 => Box::new(level2(n, catch_at)),
        3 => Box::new(level3(n, catch_at)),
        _ => unreachable!(),
    }
}

/// S5: at depths 1–3 every sent value reaches the innermost delegate; each delegate's return
/// value becomes the value of its delegator's `yield_from!`.
#[test]
fn s5_send_reaches_innermost_delegate_at_depths_1_to_3() {
    for depth in 1..=3 {
        twin!("chain", format!("send depth {depth}"), {
            let mut g = chain(depth, 2, -1);
            start(&mut g);
            for v in 10..10 + depth + 2 {
                send(&mut g, v);
            }
            state(&g);
            send(&mut g, 0);
        });
    }
}

/// T3 (and T2 at each await point): at depths 1–3, a thrown error is forwarded to the leaf; it
/// is caught by the leaf, by each delegator in turn, or by none (cleanup runs innermost first
/// and the error comes back).
#[test]
fn t3_throw_caught_at_each_depth_or_uncaught() {
    for depth in 1..=3 {
        for catch_at in (0..=depth).chain([-1]) {
            twin!(
                "chain",
                format!("throw depth {depth} caught at {catch_at}"),
                {
                    let mut g = chain(depth, 2, catch_at);
                    start(&mut g);
                    send(&mut g, 5);
                    throw(&mut g, E(7));
                    for v in 20..20 + depth + 1 {
                        send(&mut g, v);
                    }
                    state(&g);
                }
            );
        }
    }
}

/// T3: after the leaf returned, the innermost delegate is level1 at its own yield: the throw
/// raises there, and level2 catches it at its await point.
#[test]
fn t3_throw_goes_to_the_delegate_that_is_suspended() {
    twin!("chain", "throw at level1's own yield", {
        let mut g = level3(1, 2);
        start(&mut g);
        send(&mut g, 5);
        throw(&mut g, E(8));
        send(&mut g, 1);
        state(&g);
        close(&mut g);
        state(&g);
    });
}

/// C3: close closes the innermost delegate first, then raises the exit signal in each
/// delegator at its await point: cleanup runs innermost → outermost; close twice is a no-op (C2).
#[test]
fn c3_close_cleans_up_innermost_first_at_depths_1_to_3() {
    for depth in 1..=3 {
        twin!("chain", format!("close depth {depth}"), {
            let mut g = chain(depth, 2, -1);
            start(&mut g);
            send(&mut g, 5);
            close(&mut g);
            state(&g);
            close(&mut g);
            send(&mut g, 1);
        });
    }
}

/// C5: dropping a coroutine suspended three delegations deep closes it (C3 order).
#[test]
fn c5_drop_mid_delegation_depth_3() {
    twin!("chain", "drop depth 3", {
        let mut g = level3(2, -1);
        start(&mut g);
        drop_coro(g);
        note("after drop");
    });
}

// ---------------------------------------------------------------------------------------------
// Delegation in bodies (`issue3_delegation.py`)

/// Yields `n` values (10, 11, ...), logging what is sent; returns their sum.
#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn counter(tag: String, n: i32) -> i32 {
    let mut total = 0;
    for i in 0..n {
        let v = yield_!(10 + i);
        log(format!("{tag} got {v}"));
        total += v;
    }
    log(format!("{tag} returns {total}"));
    total
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn returns_on_throw() -> i32 {
    try_! {
        {
            loop {
                let v = yield_!(1);
                log(format!("inner got {v}"));
            }
        }
        catch (e) {
            log(format!("inner caught {e}, returns 50"));
            50
        }
    }
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn outer_of_returns_on_throw() -> i32 {
    let r = yield_from!(returns_on_throw());
    log(format!("outer got {r}"));
    let s = yield_!(r + 1);
    r + s
}

/// T3: the delegate handles a thrown error by returning; its value is the value of the
/// delegator's `yield_from!`, and the delegator runs on to its next yield.
#[test]
fn t3_delegate_returns_while_handling_a_throw() {
    twin!("delegation", "delegate returns while handling a throw", {
        let mut g = outer_of_returns_on_throw();
        start(&mut g);
        send(&mut g, 3);
        throw(&mut g, E(1));
        send(&mut g, 4);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn raises_at_once(code: i32) -> i32 {
    log("inner runs");
    if code != 0 {
        raise(E(code))?;
    }
    5
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn outer_of_raises_at_once(code: i32) -> i32 {
    let r = try_! {
        {
            let r = yield_from!(raises_at_once(code));
            log(format!("outer got {r}"));
            r
        }
        catch (e) {
            log(format!("outer caught {e}"));
            -1
        }
    };
    yield_!(r)
}

/// T3, S1: a delegate that raises or returns before its first yield: the error is raised (and
/// caught) at the await point, the value is the expression's, and nothing is yielded for it.
#[test]
fn t3_delegate_raises_or_returns_before_yielding() {
    twin!("delegation", "delegate raises before yielding", {
        let mut g = outer_of_raises_at_once(3);
        start(&mut g);
        send(&mut g, 8);
    });
    twin!("delegation", "delegate returns before yielding", {
        let mut g = outer_of_raises_at_once(0);
        start(&mut g);
        send(&mut g, 8);
    });
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn numbers() -> &'static str {
    for i in 1..5 {
        log(format!("numbers yields {i}"));
        yield_!(i);
    }
    log("numbers ends");
    "done"
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn outer_of_partly_consumed<G>(mut g: G) -> &'static str
where
    G: Coroutine<Yield = i32, Send = (), Return = &'static str, Error = E>,
{
    log("outer starts");
    // Plain Rust in the body: `start()` on a suspended generator whose sent type is `()` is
    // Python's `next()`.
    let first = match g.start() {
        Ok(step) => step.yielded().unwrap_or(-1),
        Err(_) => -2,
    };
    log(format!("outer took {first} itself"));
    let r = yield_from!(g);
    log(format!("outer got '{r}'"));
    r
}

/// S5, A1: delegating to a generator that is partly consumed (by the driver, then by the body
/// itself) continues it where it stopped.
#[test]
fn a1_delegating_to_a_partly_consumed_generator_continues_it() {
    twin!(
        "delegation",
        "delegating to a partly consumed generator continues it",
        {
            let mut n = numbers();
            start(&mut n);
            let mut g = outer_of_partly_consumed(&mut n);
            start(&mut g);
            send(&mut g, ());
            send(&mut g, ());
            drop(g);
            state(&n);
            send(&mut n, ());
        }
    );
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn looping() -> i32 {
    let mut total = 0;
    for i in 0..5 {
        let r = yield_from!(counter(format!("c{i}"), i % 3));
        log(format!("loop {i} got {r}"));
        if r == 0 {
            continue;
        }
        total += r;
        if total > 40 {
            log("break");
            break;
        }
    }
    while yield_from!(counter("cond".to_owned(), 1)) > 0 {
        total += 1;
        log(format!("while total {total}"));
    }
    total
}

/// Delegation in a `for` body with `continue` / `break`, and in a `while` condition.
#[test]
fn delegation_in_loops() {
    twin!("delegation", "delegation in loops", {
        let mut g = looping();
        start(&mut g);
        for v in [7, 8, 9, 10, 11, 12, 1, 2, 0] {
            send(&mut g, v);
        }
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn matching() -> Vec<i32> {
    let mut results = Vec::new();
    for _ in 0..3 {
        let r = match yield_from!(counter("scrutinee".to_owned(), 1)) {
            0 => -1,
            n if n < 10 => yield_from!(counter("small".to_owned(), n)) + 1000,
            n => yield_from!(counter("big".to_owned(), 1)) * n,
        };
        log(format!("arm gave {r}"));
        results.push(r);
    }
    results
}

/// Delegation in a `match` scrutinee and in its arms.
#[test]
fn delegation_in_match_arms() {
    twin!("delegation", "delegation in match arms", {
        let mut g = matching();
        start(&mut g);
        for v in [0, 2, 5, 6, 12, 3] {
            send(&mut g, v);
        }
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn expression() -> i32 {
    let r = yield_from!(counter("a".to_owned(), 1)) * 100 + yield_from!(counter("b".to_owned(), 2))
        - yield_!(99);
    log(format!("r = {r}"));
    let pair = (
        yield_from!(counter("x".to_owned(), 1)),
        yield_!(98),
        yield_from!(counter("y".to_owned(), 1)),
    );
    log(format!("pair = ({}, {}, {})", pair.0, pair.1, pair.2));
    r
}

/// A4: several delegations (and yields) in one expression run left to right, each getting its
/// own sent values.
#[test]
fn a4_several_delegations_in_one_expression() {
    twin!("delegation", "several delegations in one expression", {
        let mut g = expression();
        start(&mut g);
        for v in 1..=7 {
            send(&mut g, v);
        }
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn bump(tag: &'static str, cell: Rc<Cell<i32>>) -> i32 {
    log(format!("{tag} sets the cell to {}", cell.get() * 10));
    cell.set(cell.get() * 10);
    yield_!(cell.get())
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn left_first(cell: Rc<Cell<i32>>) -> i32 {
    let r = cell.get() + yield_from!(bump("first", cell.clone())) + cell.get();
    log(format!("r = {r}"));
    let s = [
        cell.get(),
        yield_from!(bump("second", cell.clone())),
        cell.get(),
    ];
    log(format!("s = [{}, {}, {}]", s[0], s[1], s[2]));
    r
}

/// A4: operands to the left of a delegation are evaluated before it runs; those to its right
/// after it.
#[test]
fn a4_operands_left_of_a_delegation_are_read_before_it() {
    twin!(
        "delegation",
        "operands left of a delegation are read before it",
        {
            let mut g = left_first(Rc::new(Cell::new(1)));
            start(&mut g);
            send(&mut g, 5);
            send(&mut g, 6);
        }
    );
}

fn pick(kind: i32) -> Chain {
    if kind == 0 {
        Box::new(counter("counter".to_owned(), 2))
    } else {
        Box::new(returns_on_throw())
    }
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn dynamic() -> i32 {
    let mut total = 0;
    for kind in [0, 1] {
        total += yield_from!(pick(kind));
        log(format!("total {total}"));
    }
    total
}

/// A1, T3: `Box<dyn Coroutine>` delegates chosen at run time.
#[test]
fn a1_delegating_to_boxed_delegates_chosen_at_run_time() {
    twin!(
        "delegation",
        "delegating to boxed delegates chosen at run time",
        {
            let mut g = dynamic();
            start(&mut g);
            send(&mut g, 1);
            send(&mut g, 2);
            send(&mut g, 3);
            throw(&mut g, E(4));
        }
    );
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn walk(depth: i32) -> i32 {
    log(format!("walk {depth} down"));
    let mut v = yield_!(depth);
    if depth > 0 {
        let child: Chain = Box::new(walk(depth - 1));
        v += yield_from!(child);
    }
    log(format!("walk {depth} up with {v}"));
    v
}

/// S5 through recursion: a body delegating to (a boxed instance of) itself, four levels deep.
#[test]
fn s5_recursive_delegation_four_levels_deep() {
    twin!("delegation", "recursive delegation four levels deep", {
        let mut g = walk(3);
        start(&mut g);
        for v in 1..=4 {
            send(&mut g, v);
        }
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn gen_step(v: i32) -> i32 {
    log(format!("gen_step yields {v}"));
    let got = yield_!(v);
    got * 2
}

#[coro_core::coroutine(yield = i32, send = i32, error = E)]
fn coro_awaits_generator() -> i32 {
    let a = await_!(gen_step(1));
    log(format!("a = {a}"));
    let b = await_!(gen_step(a));
    a + b
}

/// A1: generator-kind objects are awaitable from a coroutine-kind body (Python's
/// `types.coroutine`); the coroutine's own finished error is `Reused` (S4).
#[test]
fn a1_a_coroutine_awaits_generators() {
    twin!("delegation", "a coroutine awaits generators", {
        let mut g = coro_awaits_generator();
        start(&mut g);
        send(&mut g, 5);
        send(&mut g, 6);
        send(&mut g, 7);
    });
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn cleanup_raises() -> i32 {
    try_! {
        { yield_!(1); yield_!(2); }
        finally {
            log("inner cleanup raises E(9)");
            raise(E(9))?;
        }
    }
    0
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn catches_exit_and_returns() -> i32 {
    try_! {
        { yield_!(1); 0 }
        catch_all (c) {
            match c {
                Caught::Exit => {
                    log("inner caught exit, returns 5");
                    5
                }
                other => match other? {},
            }
        }
    }
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn ignores_exit() -> i32 {
    loop {
        try_! {
            { yield_!(1); }
            catch_all (c) {
                match c {
                    Caught::Exit => log("inner ignores exit"),
                    other => match other? {},
                }
            }
        }
    }
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn delegator<I>(inner: I, handle: &'static str) -> i32
where
    I: Coroutine<Yield = i32, Send = i32, Return = i32, Error = E>,
{
    // `yield_from!(inner)` itself does not compile inside the region: see
    // `macro_gaps::delegating_to_a_local_inside_a_region`.
    let mut slot = Some(inner);
    try_! {
        {
            let r = yield_from!(slot.take().expect("delegated once"));
            log(format!("outer got {r}"));
        }
        catch (e) {
            log(format!("outer caught {e}"));
            if handle == "return" {
                return 70;
            }
            if handle == "yield" {
                yield_!(71);
            }
            raise(e)?;
        }
        finally { log("outer finally"); }
    }
    yield_!(72);
    0
}

/// C3: a delegate's cleanup raises while it is closed: the error is raised in the delegator at
/// its await point, where it is not caught (close returns it), caught and answered with a
/// return (close returns the value) or with a yield (close fails with `IgnoredExit`).
#[test]
fn c3_delegate_cleanup_raises_during_close() {
    twin!(
        "delegation",
        "close: the delegate's cleanup raises, uncaught",
        {
            let mut g = delegator(cleanup_raises(), "none");
            start(&mut g);
            close(&mut g);
            state(&g);
            close(&mut g);
        }
    );
    twin!(
        "delegation",
        "close: the delegate's cleanup raises, the delegator returns",
        {
            let mut g = delegator(cleanup_raises(), "return");
            start(&mut g);
            close(&mut g);
            state(&g);
        }
    );
    twin!(
        "delegation",
        "close: the delegate's cleanup raises, the delegator yields",
        {
            let mut g = delegator(cleanup_raises(), "yield");
            start(&mut g);
            close(&mut g);
            state(&g);
            send(&mut g, 0);
            send(&mut g, 0);
        }
    );
}

/// C3: the delegate's own answer to close does not reach the delegator: a value it returns is
/// dropped (the exit signal is raised in the delegator); its ignored-exit error is raised in the
/// delegator, and the delegate stays suspended.
#[test]
fn c3_delegate_returns_or_ignores_exit_during_close() {
    twin!(
        "delegation",
        "close: the delegate catches the exit and returns",
        {
            let mut g = delegator(catches_exit_and_returns(), "none");
            start(&mut g);
            close(&mut g);
            state(&g);
        }
    );
    twin!("delegation", "close: the delegate ignores the exit", {
        let mut inner = ignores_exit();
        let mut g = delegator(&mut inner, "none");
        start(&mut g);
        close(&mut g);
        state(&g);
        drop(g);
        state(&inner);
        close(&mut inner);
        state(&inner);
        drop(inner);
    });
}

/// C5: dropping a delegator whose delegate's cleanup raises: the error goes to the unraisable
/// hook after the delegator's own cleanup ran.
#[test]
fn c5_drop_while_the_delegate_cleanup_raises() {
    twin!("delegation", "drop: the delegate's cleanup raises", {
        let mut g = delegator(cleanup_raises(), "none");
        start(&mut g);
        drop_coro(g);
        note("after drop");
    });
}

/// T3, T5: the thrown error reaches the delegate, whose cleanup raises another one: that one
/// replaces it all the way out.
#[test]
fn t5_delegate_cleanup_error_replaces_the_thrown_one() {
    twin!(
        "delegation",
        "throw: the delegate's cleanup raises, replacing the thrown error",
        {
            let mut g = delegator(cleanup_raises(), "none");
            start(&mut g);
            throw(&mut g, E(1));
            state(&g);
        }
    );
}

// ---------------------------------------------------------------------------------------------
// Awaitables (`issue3_awaitable.py`)

/// A hand-written awaitable (A1): `await_!(Ticker(n))` yields n, n-1, ..., 1 and returns the
/// sum of the values sent to it. Neither it nor its awaiter uses the macro.
#[derive(Debug)]
struct Ticker(i32);

impl Awaitable for Ticker {
    type Awaiter = TickerIter;

    fn into_awaiter(self) -> TickerIter {
        log(format!("ticker({}) awaited", self.0));
        TickerIter {
            n: self.0,
            total: 0,
            state: State::Created,
        }
    }
}

/// The awaiter: its own `send`, `throw` (E(0): returns -1; E(1): yields again; others:
/// raised) and `close` (logs once).
#[derive(Debug)]
struct TickerIter {
    n: i32,
    total: i32,
    state: State,
}

impl Coroutine for TickerIter {
    type Yield = i32;
    type Send = i32;
    type Return = i32;
    type Error = E;

    fn kind(&self) -> Kind {
        Kind::Coroutine
    }

    fn state(&self) -> State {
        self.state
    }

    fn start(&mut self) -> Result<Step<i32, i32>, Error<E>> {
        match self.state {
            State::Created => {
                self.state = State::Suspended;
                log(format!("ticker yields {}", self.n));
                Ok(Step::Yielded(self.n))
            }
            State::Suspended => Err(Error::AlreadyStarted(Kind::Coroutine)),
            State::Finished => Err(Error::Reused),
        }
    }

    fn send(&mut self, value: i32) -> Result<Step<i32, i32>, Error<E>> {
        match self.state {
            State::Created => return Err(Error::SentToNew(Kind::Coroutine)),
            State::Finished => return Err(Error::Reused),
            State::Suspended => {}
        }
        log(format!("ticker got {value}"));
        self.total += value;
        self.n -= 1;
        if self.n == 0 {
            self.state = State::Finished;
            return Ok(Step::Complete(self.total));
        }
        Ok(Step::Yielded(self.n))
    }

    fn throw(&mut self, error: E) -> Result<Step<i32, i32>, Error<E>> {
        if self.state != State::Suspended {
            self.state = State::Finished;
            return Err(Error::Raised(error));
        }
        log(format!("ticker caught {error}"));
        match error.0 {
            0 => {
                self.state = State::Finished;
                Ok(Step::Complete(-1))
            }
            1 => Ok(Step::Yielded(self.n)),
            _ => {
                self.state = State::Finished;
                Err(Error::Raised(error))
            }
        }
    }

    fn close(&mut self) -> Result<Option<i32>, Error<E>> {
        if self.state == State::Suspended {
            log("ticker closed");
        }
        self.state = State::Finished;
        Ok(None)
    }
}

#[coro_core::coroutine(yield = i32, send = i32, error = E)]
fn user(n: i32) -> i32 {
    let r = try_! {
        {
            let r = await_!(Ticker(n));
            log(format!("user got {r}"));
            r
        }
        catch (e) {
            log(format!("user caught {e}"));
            -100
        }
        finally { log("user finally"); }
    };
    let v = yield_!(r);
    v + 1
}

/// A1, A2: the awaiter's yields pass straight out, sent values straight in, and its return
/// value is the value of `await_!`.
#[test]
fn a2_sends_reach_the_hand_written_awaiter() {
    twin!(
        "awaitable",
        "awaitable: sends reach the hand-written awaiter",
        {
            let mut g = user(3);
            start(&mut g);
            for v in [10, 20, 30, 5, 5] {
                send(&mut g, v);
            }
        }
    );
}

/// T3 with a hand-written awaiter: it handles a throw by yielding, by returning (the value of
/// `await_!`), or raises it at the await point where the region catches it.
#[test]
fn t3_throw_into_the_hand_written_awaiter() {
    twin!("awaitable", "awaitable: throw handled by yielding", {
        let mut g = user(3);
        start(&mut g);
        throw(&mut g, E(1));
        send(&mut g, 10);
        state(&g);
        close(&mut g);
    });
    twin!("awaitable", "awaitable: throw handled by returning", {
        let mut g = user(3);
        start(&mut g);
        send(&mut g, 10);
        throw(&mut g, E(0));
        send(&mut g, 2);
    });
    twin!("awaitable", "awaitable: throw not handled", {
        let mut g = user(3);
        start(&mut g);
        throw(&mut g, E(5));
        send(&mut g, 2);
    });
}

/// C3, C5 with a hand-written awaiter: close (and drop) close it first, then the awaiting
/// body's cleanup runs.
#[test]
fn c3_close_and_drop_close_the_hand_written_awaiter_first() {
    twin!("awaitable", "awaitable: close closes the awaiter first", {
        let mut g = user(3);
        start(&mut g);
        close(&mut g);
        state(&g);
    });
    twin!("awaitable", "awaitable: drop closes the awaiter first", {
        let mut g = user(2);
        start(&mut g);
        send(&mut g, 4);
        drop_coro(g);
        note("after drop");
    });
}

#[coro_core::coroutine(yield = i32, send = i32, error = E)]
fn child() -> i32 {
    let v = yield_!(1);
    log(format!("child got {v}"));
    v * 2
}

/// A shared handle on a coroutine, so that one body can await the same coroutine twice (a
/// body cannot keep a `&mut` of its own local across a suspension).
#[derive(Debug)]
struct Shared<C>(Rc<RefCell<C>>);

impl<C: Coroutine> Coroutine for Shared<C> {
    type Yield = C::Yield;
    type Send = C::Send;
    type Return = C::Return;
    type Error = C::Error;

    fn kind(&self) -> Kind {
        self.0.borrow().kind()
    }
    fn state(&self) -> State {
        self.0.borrow().state()
    }
    fn start(&mut self) -> Result<Step<C::Yield, C::Return>, Error<C::Error>> {
        self.0.borrow_mut().start()
    }
    fn send(&mut self, value: C::Send) -> Result<Step<C::Yield, C::Return>, Error<C::Error>> {
        self.0.borrow_mut().send(value)
    }
    fn throw(&mut self, error: C::Error) -> Result<Step<C::Yield, C::Return>, Error<C::Error>> {
        self.0.borrow_mut().throw(error)
    }
    fn close(&mut self) -> Result<Option<C::Return>, Error<C::Error>> {
        self.0.borrow_mut().close()
    }
}

#[coro_core::coroutine(yield = i32, send = i32, error = E)]
fn parent<C>(c: Rc<RefCell<C>>, catch: bool) -> i32
where
    C: Coroutine<Yield = i32, Send = i32, Return = i32, Error = E>,
{
    let a = await_!(Shared(c.clone()));
    log(format!("first await gave {a}"));
    let b = try_! {
        { await_!(Shared(c.clone())) }
        catch_all (caught) {
            match caught {
                Caught::Protocol(Error::Reused) if catch => {
                    log("second await: Reused");
                    -1
                }
                other => match other? {},
            }
        }
        finally { log("parent finally"); }
    };
    a + b
}

/// A3: awaiting a coroutine that has already finished (awaited by the same body, or run to
/// its end by the driver) is the reuse error, a protocol error that only `catch_all` sees.
#[test]
fn a3_awaiting_a_finished_coroutine_is_the_reuse_error() {
    twin!("awaitable", "await a finished coroutine: Reused, caught", {
        let c = Rc::new(RefCell::new(child()));
        let mut g = parent(c.clone(), true);
        start(&mut g);
        send(&mut g, 21);
        state(&*c.borrow());
    });
    twin!(
        "awaitable",
        "await a finished coroutine: Reused, uncaught",
        {
            let c = Rc::new(RefCell::new(child()));
            let mut g = parent(c, false);
            start(&mut g);
            send(&mut g, 21);
            state(&g);
            send(&mut g, 0);
        }
    );
    twin!("awaitable", "await a coroutine the driver finished", {
        let c = Rc::new(RefCell::new(child()));
        start(&mut *c.borrow_mut());
        send(&mut *c.borrow_mut(), 4);
        let mut g = parent(c, true);
        start(&mut g);
        state(&g);
    });
}

// ---------------------------------------------------------------------------------------------
// Regressions: the natural forms of bodies above, which the `#[coroutine]` macro once failed to
// compile (each comment says what broke).

mod regressions {
    use super::*;

    // once broken: a local declared before a `try_!` region and moved inside it (here by
    // `yield_from!(inner)`) is E0382 "use of moved value: `inner`" ("value used here after
    // move ... inside of this loop", pointing at the attribute). `delegator` above works around
    // it with `Option::take`.
    #[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
    fn delegator_moving_its_delegate<I>(inner: I, handle: &'static str) -> i32
    where
        I: Coroutine<Yield = i32, Send = i32, Return = i32, Error = E>,
    {
        try_! {
            {
                let r = yield_from!(inner);
                log(format!("outer got {r}"));
            }
            catch (e) {
                log(format!("outer caught {e}"));
                if handle == "return" {
                    return 70;
                }
                if handle == "yield" {
                    yield_!(71);
                }
                raise(e)?;
            }
            finally { log("outer finally"); }
        }
        yield_!(72);
        0
    }

    #[test]
    fn delegating_to_a_local_inside_a_region() {
        twin!(
            "delegation",
            "close: the delegate's cleanup raises, the delegator returns",
            {
                let mut g = delegator_moving_its_delegate(cleanup_raises(), "return");
                start(&mut g);
                close(&mut g);
                state(&g);
            }
        );
    }
}
