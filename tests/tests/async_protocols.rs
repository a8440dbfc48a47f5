//! Issue 4, rule by rule: async iteration (I1, I2), async context managers (M1, M2) and async
//! generators (I3), driven by hand so that every value an await passes to the driver shows.
//!
//! Every test has a Python twin: a section `== <name>` of `tests/python/issue4_async.py`, whose
//! CPython 3.13 output is checked in beside it (`.out`) and compared line by line.

// `drop(a)` on an `asend` / `aclose` awaitable is the scenario's step (Python's `del a`): it
// ends the awaitable's borrow of the generator, with nothing to run.
#![allow(clippy::drop_non_drop)]

use coro_core::{
    AsyncContextManager, AsyncGenerator, AsyncIterator, Caught, Coroutine, Error, Input, Step,
    async_for, async_with, await_, try_, yield_,
};
use coro_tests::{E, Show, close, log, note, raise, send, start, throw, traced};

/// Compares the trace of `driver` with the section `== name` of the Python twin's output.
macro_rules! twin {
    ($name:literal, $driver:block) => {
        coro_tests::check_section(
            include_str!("../python/issue4_async.out"),
            $name,
            traced(|| $driver),
        )
    };
}

/// `state <State>` for anything with a state (an async generator is not a `Coroutine`).
fn state_of(state: coro_core::State) {
    note(format!("state {state:?}"));
}

/// Python's `types.coroutine` `suspend(v)`: hands `v` to the driver, returns what it sends.
#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn suspend(value: i32) -> i32 {
    yield_!(value)
}

// ---------------------------------------------------------------------------------------------
// Async iterators of our own

/// Each "next" hands `n` to the driver and takes the value sent back as the item; the
/// iteration ends when `n` reaches 0. Written by hand: the pending "next" is `pending`.
struct Countdown {
    n: i32,
}

impl AsyncIterator for Countdown {
    type Item = i32;
    type Yield = i32;
    type Send = i32;
    type Error = E;

    fn next_step(&mut self, input: Input<i32, E>) -> Result<Step<i32, Option<i32>>, Error<E>> {
        match input {
            Input::Start if self.n == 0 => {
                log("countdown ends");
                Ok(Step::Complete(None))
            }
            Input::Start => Ok(Step::Yielded(self.n)),
            Input::Send(got) => {
                self.n -= 1;
                log(format!("countdown got {got}"));
                Ok(Step::Complete(Some(got)))
            }
            Input::Throw(error) => Err(Error::Raised(error)),
            Input::Close => Ok(Step::Complete(None)),
        }
    }
}

/// Items `0..n`, without suspending.
struct Counter {
    i: i32,
    n: i32,
}

impl Counter {
    fn new(n: i32) -> Self {
        Counter { i: 0, n }
    }
}

impl AsyncIterator for Counter {
    type Item = i32;
    type Yield = i32;
    type Send = i32;
    type Error = E;

    fn next_step(&mut self, input: Input<i32, E>) -> Result<Step<i32, Option<i32>>, Error<E>> {
        match input {
            Input::Throw(error) => Err(Error::Raised(error)),
            _ if self.i == self.n => Ok(Step::Complete(None)),
            _ => {
                self.i += 1;
                Ok(Step::Complete(Some(self.i - 1)))
            }
        }
    }
}

/// Awaits `suspend(100 + i)`, then yields what came back plus `i`.
#[coro_core::coroutine(async_generator, yield = i32, error = E, await_yield = i32, await_send = i32)]
fn numbers(n: i32) {
    try_! {
        {
            for i in 0..n {
                let got = await_!(suspend(100 + i));
                log(format!("agen got {got}"));
                yield_!(got + i);
            }
        }
        finally {
            log("agen cleanup");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// I1, I2

/// I1: "next" gives an awaitable whose result is the item, or the end (`None`).
#[test]
fn i1_anext_by_hand() {
    twin!("i1_anext_by_hand", {
        let mut it = Countdown { n: 2 };
        let mut a = it.anext();
        start(&mut a);
        send(&mut a, 10);
        send(&mut a, 11);
        let mut a = it.anext();
        start(&mut a);
        throw(&mut a, E(1));
        let mut a = it.anext();
        start(&mut a);
        send(&mut a, 5);
        let mut a = it.anext();
        start(&mut a);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn consume(n: i32) -> i32 {
    let mut total = 0;
    async_for!(x in (Countdown { n }) {
        log(format!("item {x}"));
        total += x;
    });
    log("loop ended");
    total
}

/// I2: the iterator is obtained once and each "next" awaited; its awaits reach the driver.
#[test]
fn i2_async_for_iterator() {
    twin!("i2_async_for_iterator", {
        let mut c = consume(2);
        start(&mut c);
        send(&mut c, 10);
        send(&mut c, 20);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn consume_gen(n: i32) -> i32 {
    let mut total = 0;
    async_for!(x in numbers(n) {
        log(format!("item {x}"));
        total += x;
    });
    log("loop ended");
    total
}

/// I2 over an async generator (I3).
#[test]
fn i2_async_for_async_gen() {
    twin!("i2_async_for_async_gen", {
        let mut c = consume_gen(2);
        start(&mut c);
        send(&mut c, 1);
        send(&mut c, 2);
    });
}

/// I2: only the end signal ends the loop, and an empty iteration runs the body never.
#[test]
fn i2_async_for_empty() {
    twin!("i2_async_for_empty", {
        let mut c = consume_gen(0);
        start(&mut c);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn first_two(it: &mut Countdown) -> i32 {
    let mut count = 0;
    async_for!(x in it {
        log(format!("first {x}"));
        count += 1;
        if count == 2 {
            break;
        }
    });
    log("first_two done");
    count
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn rest(it: &mut Countdown) -> &'static str {
    async_for!(x in it {
        log(format!("rest {x}"));
    });
    "rest done"
}

/// I2: `break` leaves the iterator as it is; another loop goes on from there.
#[test]
fn i2_break_leaves_iterator() {
    twin!("i2_break_leaves_iterator", {
        let mut it = Countdown { n: 3 };
        let mut c = first_two(&mut it);
        start(&mut c);
        send(&mut c, 7);
        send(&mut c, 8);
        drop(c);
        note(format!("countdown at {}", it.n));
        let mut c = rest(&mut it);
        start(&mut c);
        send(&mut c, 9);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn nested() -> &'static str {
    async_for!('outer: i in Counter::new(3) {
        async_for!(j in Counter::new(3) {
            if j == 1 {
                continue;
            }
            if i == 1 {
                log(format!("skip {i}"));
                continue 'outer;
            }
            let got = await_!(suspend(i * 10 + j));
            log(format!("{i}.{j} got {got}"));
            if got < 0 {
                return "stopped";
            }
        });
        log(format!("outer {i} done"));
    });
    "all done"
}

/// I2: `continue`, a labeled `continue` and `return` inside nested loops that suspend.
#[test]
fn i2_nested_labels() {
    twin!("i2_nested_labels", {
        let mut c = nested();
        start(&mut c);
        send(&mut c, 1);
        send(&mut c, 2);
        send(&mut c, 3);
        send(&mut c, 4);
    });
}

#[test]
fn i2_nested_labels_return() {
    twin!("i2_nested_labels_return", {
        let mut c = nested();
        start(&mut c);
        send(&mut c, -1);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn body_raises() -> &'static str {
    async_for!(x in numbers(5) {
        log(format!("item {x}"));
        if x > 10 {
            raise(E(7))?;
        }
    });
    "unreachable"
}

/// I2: an error raised in the body leaves the loop; the iterator is dropped (and closed).
#[test]
fn i2_error_in_body() {
    twin!("i2_error_in_body", {
        let mut c = body_raises();
        start(&mut c);
        send(&mut c, 5);
        send(&mut c, 20);
    });
}

#[coro_core::coroutine(async_generator, yield = i32, error = E, await_yield = i32, await_send = i32)]
fn failing_gen() {
    try_! {
        {
            yield_!(1);
            yield_!(2);
            raise(E(3))?;
        }
        finally {
            log("failing cleanup");
        }
    }
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn catch_next_error() -> &'static str {
    try_! {
        {
            async_for!(x in failing_gen() {
                log(format!("item {x}"));
                await_!(suspend(x));
            });
        }
        catch (e) {
            log(format!("caught {e:?}"));
        }
    }
    "after"
}

/// I2: an error out of "next" is raised at the loop, where a region catches it.
#[test]
fn i2_error_from_next() {
    twin!("i2_error_from_next", {
        let mut c = catch_next_error();
        start(&mut c);
        send(&mut c, 0);
        send(&mut c, 0);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn return_inside() -> i32 {
    async_for!(x in numbers(5) {
        log(format!("item {x}"));
        if x == 3 {
            return x * 100;
        }
    });
    -1
}

/// I2: `return` from the body; the iterator is closed on the way out.
#[test]
fn i2_return_inside() {
    twin!("i2_return_inside", {
        let mut c = return_inside();
        start(&mut c);
        send(&mut c, 1);
        send(&mut c, 2);
    });
}

#[coro_core::coroutine(async_generator, yield = i32, error = E, await_yield = i32, await_send = i32)]
fn resilient(n: i32) {
    try_! {
        {
            for i in 0..n {
                let mut got = -1;
                try_! {
                    {
                        got = await_!(suspend(100 + i));
                    }
                    catch (e) {
                        log(format!("agen caught {e:?}"));
                    }
                }
                yield_!(got);
            }
        }
        finally {
            log("agen cleanup");
        }
    }
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn consume_resilient() -> i32 {
    let mut total = 0;
    async_for!(x in resilient(3) {
        log(format!("item {x}"));
        total += x;
    });
    total
}

/// I2, T3: a throw while suspended inside "next" reaches the await inside the generator.
#[test]
fn i2_throw_into_next() {
    twin!("i2_throw_into_next", {
        let mut c = consume_resilient();
        start(&mut c);
        throw(&mut c, E(1));
        send(&mut c, 5);
        throw(&mut c, E(2));
    });
}

/// I2, C3: a close while suspended inside "next" closes the generator first.
#[test]
fn i2_close_into_next() {
    twin!("i2_close_into_next", {
        let mut c = consume_resilient();
        start(&mut c);
        send(&mut c, 5);
        close(&mut c);
        coro_tests::state(&c);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn suspend_in_body() -> &'static str {
    async_for!(x in numbers(3) {
        log(format!("item {x}"));
        let got = await_!(suspend(x));
        log(format!("body got {got}"));
    });
    "done"
}

/// I2, T2: a throw while suspended in the body is raised there, not in the iterator.
#[test]
fn i2_throw_in_body() {
    twin!("i2_throw_in_body", {
        let mut c = suspend_in_body();
        start(&mut c);
        send(&mut c, 1);
        throw(&mut c, E(2));
        coro_tests::state(&c);
    });
}

// ---------------------------------------------------------------------------------------------
// M1, M2

/// Logs enter and exit; may suspend in either, raise in exit, or suppress.
#[derive(Debug, Clone, Copy, Default)]
struct Manager {
    ident: i32,
    suppress: bool,
    exit_raises: Option<i32>,
    enter_suspends: bool,
    exit_suspends: bool,
}

impl Manager {
    fn new(ident: i32) -> Self {
        Manager {
            ident,
            ..Manager::default()
        }
    }
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn manager_enter(m: Manager) -> i32 {
    log(format!("enter {}", m.ident));
    if m.enter_suspends {
        let got = await_!(suspend(50));
        log(format!("enter got {got}"));
    }
    m.ident * 10
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn manager_exit(m: Manager, error: String) -> bool {
    log(format!("exit {} with {error}", m.ident));
    if m.exit_suspends {
        let got = await_!(suspend(60));
        log(format!("exit got {got}"));
    }
    if let Some(code) = m.exit_raises {
        raise(E(code))?;
    }
    m.suppress
}

/// Python's `show(exc)` of what `__aexit__` receives.
fn show_caught(error: Option<&Caught<E>>) -> String {
    match error {
        None => "None".to_owned(),
        Some(Caught::Error(e)) => e.show(),
        Some(Caught::Exit) => "GeneratorExit()".to_owned(),
        Some(Caught::Protocol(e)) => format!("RuntimeError({e:?})"),
    }
}

impl AsyncContextManager for Manager {
    type Value = i32;
    type Yield = i32;
    type Send = i32;
    type Error = E;

    fn aenter(
        &mut self,
    ) -> impl Coroutine<Yield = i32, Send = i32, Return = i32, Error = E> + use<> {
        manager_enter(*self)
    }

    fn aexit(
        &mut self,
        error: Option<&Caught<E>>,
    ) -> impl Coroutine<Yield = i32, Send = i32, Return = bool, Error = E> + use<> {
        manager_exit(*self, show_caught(error))
    }
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn with_normal() -> i32 {
    async_with!(let v = Manager::new(1) {
        log(format!("inside {v}"));
        let got = await_!(suspend(v));
        log(format!("inside got {got}"));
    });
    log("after block");
    0
}

/// M1: enter's value is bound; exit runs with no error when the block ends.
#[test]
fn m1_normal_exit() {
    twin!("m1_normal_exit", {
        let mut c = with_normal();
        start(&mut c);
        send(&mut c, 3);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn with_raise(manager: Manager) -> &'static str {
    async_with!(let v = manager {
        log(format!("inside {v}"));
        raise(E(1))?;
    });
    log("after block");
    "continued"
}

/// M1: exit answers "suppress": the error is swallowed and execution continues after it.
#[test]
fn m1_error_suppressed() {
    twin!("m1_error_suppressed", {
        let mut c = with_raise(Manager {
            suppress: true,
            ..Manager::new(2)
        });
        start(&mut c);
    });
}

/// M1: exit does not suppress: the error goes on.
#[test]
fn m1_error_not_suppressed() {
    twin!("m1_error_not_suppressed", {
        let mut c = with_raise(Manager::new(3));
        start(&mut c);
    });
}

/// M1: an error raised by exit replaces the original.
#[test]
fn m1_exit_raises() {
    twin!("m1_exit_raises", {
        let mut c = with_raise(Manager {
            exit_raises: Some(2),
            ..Manager::new(4)
        });
        start(&mut c);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn with_return() -> i32 {
    async_with!(let v = Manager::new(5) {
        log(format!("inside {v}"));
        return v + 1;
    });
    #[allow(unreachable_code)]
    -1
}

/// M1: `return` from inside runs exit (with no error), then returns.
#[test]
fn m1_return_inside() {
    twin!("m1_return_inside", {
        let mut c = with_return();
        start(&mut c);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn with_loop() -> &'static str {
    for i in 0..4 {
        async_with!(let v = Manager::new(i) {
            if i == 0 {
                log("continue");
                continue;
            }
            if i == 2 {
                log("break");
                break;
            }
            let got = await_!(suspend(v));
            log(format!("inside got {got}"));
        });
    }
    "loop done"
}

/// M1: `break` and `continue` from inside run exit.
#[test]
fn m1_break_continue() {
    twin!("m1_break_continue", {
        let mut c = with_loop();
        start(&mut c);
        send(&mut c, 9);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn with_suspension(manager: Manager) -> i32 {
    async_with!(let v = manager {
        log(format!("inside {v}"));
        let got = await_!(suspend(v));
        log(format!("inside got {got}"));
    });
    log("after block");
    await_!(suspend(99))
}

/// M1, T2: a throw while suspended inside reaches exit, which suppresses it.
#[test]
fn m1_throw_suppressed() {
    twin!("m1_throw_suppressed", {
        let mut c = with_suspension(Manager {
            suppress: true,
            ..Manager::new(6)
        });
        start(&mut c);
        throw(&mut c, E(3));
        send(&mut c, 4);
    });
}

#[test]
fn m1_throw_not_suppressed() {
    twin!("m1_throw_not_suppressed", {
        let mut c = with_suspension(Manager::new(7));
        start(&mut c);
        throw(&mut c, E(3));
    });
}

/// M1, C3: a close while suspended inside reaches exit with the exit signal; an exit that
/// does not suspend lets the close succeed.
#[test]
fn m1_close_inside() {
    twin!("m1_close_inside", {
        let mut c = with_suspension(Manager::new(8));
        start(&mut c);
        close(&mut c);
        coro_tests::state(&c);
    });
}

/// M2: a synchronous close cannot drive an exit that really suspends.
#[test]
fn m2_close_exit_suspends() {
    twin!("m2_close_exit_suspends", {
        let mut c = with_suspension(Manager {
            exit_suspends: true,
            ..Manager::new(9)
        });
        start(&mut c);
        close(&mut c);
    });
}

/// M1: enter and exit both await; their values pass through the driver.
#[test]
fn m1_enter_exit_suspend() {
    twin!("m1_enter_exit_suspend", {
        let mut c = with_suspension(Manager {
            enter_suspends: true,
            exit_suspends: true,
            ..Manager::new(1)
        });
        start(&mut c);
        send(&mut c, 11);
        send(&mut c, 12);
        send(&mut c, 13);
        send(&mut c, 14);
    });
}

/// M1: exit awaits while handling a thrown error, then suppresses it.
#[test]
fn m1_exit_suspends_on_throw() {
    twin!("m1_exit_suspends_on_throw", {
        let mut c = with_suspension(Manager {
            exit_suspends: true,
            suppress: true,
            ..Manager::new(2)
        });
        start(&mut c);
        throw(&mut c, E(5));
        send(&mut c, 15);
        send(&mut c, 16);
    });
}

#[coro_core::coroutine(coroutine, yield = i32, send = i32, error = E)]
fn with_exit_suppresses_close() -> i32 {
    async_with!(let v = (Manager { suppress: true, ..Manager::new(3) }) {
        let got = await_!(suspend(v));
        log(format!("inside got {got}"));
    });
    log("after block");
    7
}

/// M1, C3: exit suppresses the exit signal; the body returns, and close hands back the value.
#[test]
fn m1_exit_suppresses_close() {
    twin!("m1_exit_suppresses_close", {
        let mut c = with_exit_suppresses_close();
        start(&mut c);
        close(&mut c);
        coro_tests::state(&c);
    });
}

// ---------------------------------------------------------------------------------------------
// I3

#[coro_core::coroutine(async_generator, yield = i32, send = i32, error = E, await_yield = i32, await_send = i32)]
fn echo_gen() {
    log("agen starts");
    let x = yield_!(1);
    log(format!("agen asend value {x}"));
    let got = await_!(suspend(100));
    log(format!("agen await got {got}"));
    let y = yield_!(x + got);
    log(format!("agen asend value {y}"));
}

/// I3: two channels: `asend` values reach the yields, the driver's values reach the awaits.
#[test]
fn i3_asend_channels() {
    twin!("i3_asend_channels", {
        let mut g = echo_gen();
        state_of(g.state());
        start(&mut g.astart());
        state_of(g.state());
        let mut a = g.asend(5);
        start(&mut a);
        send(&mut a, 7);
        send(&mut a, 8);
        start(&mut g.asend(9));
        state_of(g.state());
        start(&mut g.asend(10));
    });
}

#[coro_core::coroutine(async_generator, yield = i32, error = E, await_yield = i32, await_send = i32)]
fn catcher() {
    try_! {
        {
            yield_!(1);
            yield_!(2);
        }
        catch (e) {
            log(format!("agen caught {e:?}"));
            let got = await_!(suspend(50));
            yield_!(got);
        }
        finally {
            log("agen cleanup");
        }
    }
}

/// I3: `athrow` caught (the handler awaits, then yields), uncaught, on a finished generator
/// (no item), and on a new one (raised without running).
#[test]
fn i3_athrow() {
    twin!("i3_athrow", {
        let mut g = catcher();
        start(&mut g.asend(()));
        let mut a = g.athrow(E(1));
        start(&mut a);
        send(&mut a, 8);
        start(&mut g.athrow(E(2)));
        state_of(g.state());
        start(&mut g.athrow(E(3)));
        let mut g = catcher();
        start(&mut g.athrow(E(4)));
        state_of(g.state());
    });
}

#[coro_core::coroutine(async_generator, yield = i32, error = E, await_yield = i32, await_send = i32)]
fn slow_cleanup() {
    try_! {
        {
            yield_!(1);
        }
        finally {
            log("cleanup starts");
            let got = await_!(suspend(70));
            log(format!("cleanup got {got}"));
        }
    }
}

/// I3: `aclose` may await during cleanup; on a finished or new generator it does nothing.
#[test]
fn i3_aclose_awaits_cleanup() {
    twin!("i3_aclose_awaits_cleanup", {
        let mut g = slow_cleanup();
        start(&mut g.asend(()));
        let mut a = g.aclose();
        start(&mut a);
        send(&mut a, 1);
        state_of(g.state());
        start(&mut g.aclose());
        start(&mut g.asend(()));
        let mut g = slow_cleanup();
        start(&mut g.aclose());
        state_of(g.state());
    });
}

#[coro_core::coroutine(async_generator, yield = i32, error = E, await_yield = i32, await_send = i32)]
fn yields_in_cleanup() {
    try_! {
        {
            yield_!(1);
        }
        finally {
            log("cleanup yields");
            yield_!(2);
        }
    }
}

/// I3: yielding an item while closing is "async generator ignored GeneratorExit".
#[test]
fn i3_aclose_ignored() {
    twin!("i3_aclose_ignored", {
        let mut g = yields_in_cleanup();
        start(&mut g.asend(()));
        let mut a = g.aclose();
        start(&mut a);
        assert!(matches!(
            a.start(),
            Err(Error::Reused) | Err(Error::AlreadyStarted(_))
        ));
        drop(a);
        // Still suspended at its new yield (Python too); dropping closes it quietly.
        assert_eq!(g.state(), coro_core::State::Suspended);
    });
}

#[coro_core::coroutine(async_generator, yield = i32, error = E, await_yield = i32, await_send = i32)]
fn two_items() {
    try_! {
        {
            yield_!(1);
            let got = await_!(suspend(5));
            log(format!("agen got {got}"));
            yield_!(got);
        }
        finally {
            log("agen cleanup");
        }
    }
}

/// I3: an `asend` left suspended in an await: every new operation is `Error::Running`.
#[test]
fn i3_running() {
    twin!("i3_running", {
        let mut g = two_items();
        start(&mut g.asend(()));
        let mut a = g.asend(());
        start(&mut a);
        drop(a);
        start(&mut g.asend(()));
        start(&mut g.athrow(E(1)));
        start(&mut g.aclose());
        note("drop");
        drop(g);
    });
}

#[coro_core::coroutine(async_generator, yield = i32, error = E, await_yield = i32, await_send = i32)]
fn raises_mid_way() {
    yield_!(1);
    raise(E(9))?;
}

/// I3: an error ends the generator; the next "next" is the end.
#[test]
fn i3_error_ends() {
    twin!("i3_error_ends", {
        let mut g = raises_mid_way();
        start(&mut g.asend(()));
        start(&mut g.asend(()));
        state_of(g.state());
        start(&mut g.asend(()));
    });
}

/// I3, C5: dropping a suspended generator closes it.
#[test]
fn i3_drop_suspended() {
    twin!("i3_drop_suspended", {
        let mut g = two_items();
        start(&mut g.asend(()));
        note("drop");
        drop(g);
    });
}

/// I3, C5: a cleanup that awaits cannot run when the generator is dropped: the ignored-exit
/// error goes to the unraisable hook.
#[test]
fn i3_drop_cleanup_awaits() {
    twin!("i3_drop_cleanup_awaits", {
        let mut g = slow_cleanup();
        start(&mut g.asend(()));
        note("drop");
        drop(g);
    });
}

/// I3, C3: closing a pending `asend` closes the generator in its await.
#[test]
fn i3_close_pending_asend() {
    twin!("i3_close_pending_asend", {
        let mut g = two_items();
        start(&mut g.asend(()));
        let mut a = g.asend(());
        start(&mut a);
        close(&mut a);
        drop(a);
        state_of(g.state());
    });
}

/// Every section of the Python program has a test here.
#[test]
fn every_section_has_a_twin() {
    let source = include_str!("async_protocols.rs");
    let out = include_str!("../python/issue4_async.out");
    let sections: Vec<&str> = out
        .lines()
        .filter_map(|line| line.strip_prefix("== "))
        .collect();
    assert!(sections.len() >= 25, "only {} scenarios", sections.len());
    for name in sections {
        assert!(
            source.contains(&format!("twin!(\"{name}\"")),
            "section {name} has no Rust twin"
        );
    }
}
