//! P1: a panic unwinding out of the body poisons the coroutine. Every later operation returns
//! `Error::Poisoned`, no body code runs again, dropping it is safe, and every local is dropped
//! exactly once (by the unwinding).

use std::panic::{AssertUnwindSafe, catch_unwind};

use coro_core::{Coroutine, Error, Kind, Resumed, State, Step, yield_, yield_catch};
use coro_tests::{E, Noisy, log, note, strings, take_trace, traced};

/// The message of a caught panic.
fn message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic>".to_owned()
    }
}

fn boom(what: &str) -> i32 {
    panic!("boom: {what}")
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn panicky(_arg: Noisy) -> i32 {
    let _a = Noisy("a");
    log("started");
    let x = yield_!(1);
    let _b = Noisy("b");
    if x == 0 {
        boom("send");
    }
    match yield_catch!(x) {
        Resumed::Thrown(e) => {
            log(format!("handling {e}"));
            boom("handler");
        }
        Resumed::Exit => {
            log("closing");
            boom("close");
        }
        Resumed::Sent(_) => {}
    }
    log("not poisoned");
    7
}

#[coro_core::coroutine(yield = i32, send = i32, error = E)]
fn panicky_coro() -> i32 {
    let _a = Noisy("a");
    let x = yield_!(1);
    if x == 0 {
        boom("coroutine");
    }
    x
}

/// Every operation on a poisoned coroutine is `Poisoned(kind)` and runs no body code.
fn assert_poisoned<C>(
    coro: &mut C,
    kind: Kind,
    send: impl Fn() -> C::Send,
    error: impl Fn() -> C::Error,
) where
    C: Coroutine,
    C::Yield: std::fmt::Debug,
    C::Return: std::fmt::Debug,
    C::Error: std::fmt::Debug,
{
    take_trace();
    assert!(coro.is_poisoned());
    assert_eq!(coro.state(), State::Finished);
    for _ in 0..2 {
        assert!(matches!(coro.start(), Err(Error::Poisoned(k)) if k == kind));
        assert!(matches!(coro.send(send()), Err(Error::Poisoned(k)) if k == kind));
        assert!(matches!(coro.throw(error()), Err(Error::Poisoned(k)) if k == kind));
        assert!(matches!(coro.close(), Err(Error::Poisoned(k)) if k == kind));
    }
    assert!(coro.is_poisoned());
    assert_eq!(coro.state(), State::Finished);
    let trace = take_trace();
    assert!(trace.is_empty(), "body code ran after the panic: {trace:?}");
}

#[test]
fn p1_panic_on_send_poisons_and_unwinding_drops_every_local_once() {
    // P1
    take_trace();
    let mut g = panicky(Noisy("arg"));
    g.start().unwrap();
    let payload = catch_unwind(AssertUnwindSafe(|| g.send(0))).unwrap_err();
    assert_eq!(message(&*payload), "boom: send");
    assert_eq!(
        take_trace(),
        strings(&["log started", "drop b", "drop a", "drop arg"])
    );
    assert_poisoned(&mut g, Kind::Generator, || 1, || E(1));
    let trace = traced(|| drop(g));
    assert!(trace.is_empty(), "dropping ran body code: {trace:?}");
}

#[test]
fn p1_panic_in_a_handler_during_throw_poisons() {
    // P1, T2
    take_trace();
    let mut g = panicky(Noisy("arg"));
    g.start().unwrap();
    g.send(5).unwrap();
    let payload = catch_unwind(AssertUnwindSafe(|| g.throw(E(3)))).unwrap_err();
    assert_eq!(message(&*payload), "boom: handler");
    assert_eq!(
        take_trace(),
        strings(&[
            "log started",
            "log handling E(3)",
            "drop b",
            "drop a",
            "drop arg"
        ])
    );
    assert_poisoned(&mut g, Kind::Generator, || 1, || E(1));
}

#[test]
fn p1_panic_during_close_poisons() {
    // P1, C3
    take_trace();
    let mut g = panicky(Noisy("arg"));
    g.start().unwrap();
    g.send(5).unwrap();
    let payload = catch_unwind(AssertUnwindSafe(|| g.close())).unwrap_err();
    assert_eq!(message(&*payload), "boom: close");
    assert_eq!(
        take_trace(),
        strings(&["log started", "log closing", "drop b", "drop a", "drop arg"])
    );
    assert_poisoned(&mut g, Kind::Generator, || 1, || E(1));
}

#[test]
fn p1_panic_during_drop_reaches_the_dropper_and_drops_every_local_once() {
    // P1, C5: the implicit close runs the body, whose panic unwinds out of `drop`.
    let trace = traced(|| {
        let mut g = panicky(Noisy("arg"));
        g.start().unwrap();
        g.send(5).unwrap();
        let payload = catch_unwind(AssertUnwindSafe(move || drop(g))).unwrap_err();
        note(format!("caught {}", message(&*payload)));
    });
    assert_eq!(
        trace,
        strings(&[
            "log started",
            "log closing",
            "drop b",
            "drop a",
            "drop arg",
            "caught boom: close"
        ])
    );
}

#[test]
fn p1_panic_on_start_poisons() {
    // P1, S1
    #[coro_core::coroutine(generator, yield = i32, error = E)]
    fn panics_at_once(n: i32) {
        let _a = Noisy("a");
        if n > 0 {
            boom("start");
        }
        yield_!(n);
    }

    take_trace();
    let mut g = panics_at_once(1);
    let payload = catch_unwind(AssertUnwindSafe(|| g.start())).unwrap_err();
    assert_eq!(message(&*payload), "boom: start");
    assert_eq!(take_trace(), strings(&["drop a"]));
    assert_poisoned(&mut g, Kind::Generator, || (), || E(1));
}

#[test]
fn p1_coroutine_kind_reports_its_kind() {
    // P1
    take_trace();
    let mut c = panicky_coro();
    c.start().unwrap();
    let payload = catch_unwind(AssertUnwindSafe(|| c.send(0))).unwrap_err();
    assert_eq!(message(&*payload), "boom: coroutine");
    assert_eq!(take_trace(), strings(&["drop a"]));
    assert_poisoned(&mut c, Kind::Coroutine, || 1, || E(1));
    assert_eq!(
        Error::<E>::Poisoned(Kind::Coroutine).to_string(),
        "coroutine resumed after panicking"
    );
    assert_eq!(
        Error::<E>::Poisoned(Kind::Generator).to_string(),
        "generator resumed after panicking"
    );
}

#[test]
fn p1_dropping_a_poisoned_coroutine_reports_nothing() {
    // P1, C5: no close runs, so the hook hears nothing.
    let mut c = panicky_coro();
    c.start().unwrap();
    catch_unwind(AssertUnwindSafe(|| c.send(0))).unwrap_err();
    let trace = traced(|| drop(c));
    assert!(trace.is_empty(), "{trace:?}");
}

#[coro_core::coroutine(generator, yield = i32)]
fn panicking_iter() {
    yield_!(1);
    boom("iterator");
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn panicking_try_iter() {
    yield_!(1);
    boom("try iterator");
}

#[test]
fn p1_a_poisoned_iterator_ends() {
    // P1: `Iterator::next` on a poisoned generator is `None`.
    let mut g = panicking_iter();
    assert_eq!(g.next(), Some(1));
    catch_unwind(AssertUnwindSafe(|| g.next())).unwrap_err();
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
    assert!(g.is_poisoned());
}

#[test]
fn p1_a_poisoned_try_iterator_reports_poisoned_once_then_ends() {
    // P1: the iterator of `Result`s hands out the protocol error once, then ends (as documented
    // on its `Iterator` impl in coro-core).
    let mut g = panicking_try_iter();
    assert_eq!(g.next(), Some(Ok(1)));
    catch_unwind(AssertUnwindSafe(|| g.next())).unwrap_err();
    assert_eq!(g.next(), Some(Err(Error::Poisoned(Kind::Generator))));
    assert_eq!(g.next(), None);
}

#[test]
fn p1_a_panic_caught_inside_the_body_does_not_poison() {
    // P1 is about panics that unwind out of the body.
    #[coro_core::coroutine(generator, yield = i32, send = i32)]
    fn catches_its_own() -> i32 {
        let x = yield_!(1);
        let caught = catch_unwind(|| boom("inner")).is_err();
        yield_!(if caught { x } else { -1 })
    }

    let mut g = catches_its_own();
    g.start().unwrap();
    assert_eq!(g.send(4), Ok(Step::Yielded(4)));
    assert!(!g.is_poisoned());
    assert_eq!(g.send(5), Ok(Step::Complete(5)));
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn panics_when_sent_negative() -> i32 {
    let _guard = Noisy("inner");
    loop {
        let x = yield_!(1);
        if x < 0 {
            boom("inner");
        }
    }
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn delegates_to_panicking() -> i32 {
    let _guard = Noisy("outer");
    coro_core::yield_from!(panics_when_sent_negative())
}

/// P1 through delegation: the delegate is resumed in place (the delegator's state is not marked
/// `Running` meanwhile), yet right after the panic the delegator is poisoned and finished, and
/// stays so. Each guard drops once, by the unwinding (as Python drops them as the exception
/// passes): the delegate's, then the delegator's, with no body code run.
#[test]
fn p1_a_panic_in_a_delegate_poisons_the_delegator_at_once() {
    let trace = traced(|| {
        let mut c = delegates_to_panicking();
        assert_eq!(c.start(), Ok(Step::Yielded(1)));
        assert_eq!(c.send(5), Ok(Step::Yielded(1)));
        let payload = catch_unwind(AssertUnwindSafe(|| c.send(-1))).expect_err("it panics");
        note(message(&*payload));
        assert_eq!(c.state(), State::Finished);
        assert!(c.is_poisoned());
        assert_eq!(c.send(1), Err(Error::Poisoned(Kind::Generator)));
        assert_eq!(c.throw(E(3)), Err(Error::Poisoned(Kind::Generator)));
        assert_eq!(c.close(), Err(Error::Poisoned(Kind::Generator)));
        note("drop");
        drop(c);
    });
    assert_eq!(
        trace,
        strings(&["drop inner", "drop outer", "boom: inner", "drop"])
    );
}
