//! The protocol, rule by rule (S1–S4, T1–T5, C1–C5 of `shared/SEMANTICS.md`): what each
//! operation returns in each state, and which body code it runs.

use std::sync::{Arc, Mutex};

use coro_core::{
    Coroutine, Error, Exit, Kind, Resumed, State, Step, Unraisable, set_unraisable_hook,
    with_unraisable_hook, yield_, yield_catch,
};
use coro_tests::{DropCounter, E, Noisy, Token, log, raise, strings, take_trace, traced};

// ---------------------------------------------------------------------------------------------
// Bodies shared by several tests

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn echo() -> i32 {
    log("start");
    let mut last = 0;
    loop {
        let x = yield_!(last);
        log(format!("got {x}"));
        if x < 0 {
            raise(E(x))?;
        }
        if x == 0 {
            return last;
        }
        last = x;
    }
}

#[coro_core::coroutine(yield = i32, send = i32, error = E)]
fn echo_coro() -> i32 {
    log("start");
    let mut last = 0;
    loop {
        let x = yield_!(last);
        log(format!("got {x}"));
        if x < 0 {
            raise(E(x))?;
        }
        if x == 0 {
            return last;
        }
        last = x;
    }
}

#[coro_core::coroutine(generator, yield = i32)]
fn unit_gen() -> &'static str {
    log("start");
    yield_!(1);
    yield_!(2);
    "end"
}

#[coro_core::coroutine(yield = i32)]
fn unit_coro() -> &'static str {
    log("start");
    yield_!(1);
    yield_!(2);
    "end"
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn guarded_gen() {
    let _a = Noisy("a");
    log("body");
    yield_!(1);
    let _b = Noisy("b");
    yield_!(2);
    log("end");
}

#[coro_core::coroutine(yield = i32, error = E)]
fn guarded_coro() {
    let _a = Noisy("a");
    log("body");
    yield_!(1);
    let _b = Noisy("b");
    yield_!(2);
    log("end");
}

// ---------------------------------------------------------------------------------------------
// Kinds and states

#[test]
fn kind_is_fixed_by_the_attribute() {
    assert_eq!(echo().kind(), Kind::Generator);
    assert_eq!(unit_gen().kind(), Kind::Generator);
    assert_eq!(echo_coro().kind(), Kind::Coroutine);
    assert_eq!(unit_coro().kind(), Kind::Coroutine);
}

#[test]
fn calling_the_function_runs_none_of_the_body() {
    let trace = traced(|| {
        let g = echo();
        assert_eq!(g.state(), State::Created);
        assert!(!g.is_poisoned());
        let c = echo_coro();
        assert_eq!(c.state(), State::Created);
    });
    assert!(trace.is_empty(), "{trace:?}");
}

// ---------------------------------------------------------------------------------------------
// S1

#[test]
fn s1_start_runs_to_the_first_yield() {
    // S1
    take_trace();
    let mut g = echo();
    assert_eq!(g.start(), Ok(Step::Yielded(0)));
    assert_eq!(take_trace(), strings(&["log start"]));
    assert_eq!(g.state(), State::Suspended);

    let mut c = echo_coro();
    assert_eq!(c.start(), Ok(Step::Yielded(0)));
    assert_eq!(take_trace(), strings(&["log start"]));
    assert_eq!(c.state(), State::Suspended);
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn returns_or_raises(code: i32) -> i32 {
    if code > 0 {
        return code;
    }
    if code < 0 {
        raise(E(code))?;
    }
    yield_!(0);
    99
}

#[test]
fn s1_start_runs_to_return_or_error() {
    // S1
    let mut g = returns_or_raises(5);
    assert_eq!(g.start(), Ok(Step::Complete(5)));
    assert_eq!(g.state(), State::Finished);
    assert_eq!(g.start(), Err(Error::Exhausted));

    let mut g = returns_or_raises(-5);
    assert_eq!(g.start(), Err(Error::Raised(E(-5))));
    assert_eq!(g.state(), State::Finished);
    assert_eq!(g.send(()), Err(Error::Exhausted));

    let mut g = returns_or_raises(0);
    assert_eq!(g.start(), Ok(Step::Yielded(0)));
    assert_eq!(g.send(()), Ok(Step::Complete(99)));
}

#[test]
fn start_on_a_started_coroutine_is_already_started() {
    // S1: start is for Created only; the body does not run, the state does not change.
    take_trace();
    let mut g = echo();
    g.start().unwrap();
    take_trace();
    assert_eq!(g.start(), Err(Error::AlreadyStarted(Kind::Generator)));
    assert_eq!(g.state(), State::Suspended);
    assert!(take_trace().is_empty());
    assert_eq!(g.send(4), Ok(Step::Yielded(4)));

    let mut c = echo_coro();
    c.start().unwrap();
    take_trace();
    assert_eq!(c.start(), Err(Error::AlreadyStarted(Kind::Coroutine)));
    assert_eq!(c.state(), State::Suspended);
    assert!(take_trace().is_empty());
    assert_eq!(c.send(4), Ok(Step::Yielded(4)));
    assert_eq!(
        Error::<E>::AlreadyStarted(Kind::Coroutine).to_string(),
        "coroutine already started; use send"
    );
}

#[test]
fn iterator_next_starts_and_resumes_a_generator() {
    // S1, S3, S4 through Iterator
    take_trace();
    let mut g = unit_gen();
    assert_eq!(g.next(), Some(1));
    assert_eq!(take_trace(), strings(&["log start"]));
    assert_eq!(g.next(), Some(2));
    assert_eq!(g.next(), None);
    assert_eq!(g.state(), State::Finished);
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
}

// ---------------------------------------------------------------------------------------------
// S2

#[test]
fn s2_send_to_a_created_generator_is_an_error_and_it_stays_created() {
    // S2
    take_trace();
    let mut g = echo();
    assert_eq!(g.send(5), Err(Error::SentToNew(Kind::Generator)));
    assert_eq!(g.state(), State::Created);
    assert_eq!(g.send(6), Err(Error::SentToNew(Kind::Generator)));
    assert!(take_trace().is_empty(), "the body must not run");
    assert_eq!(g.start(), Ok(Step::Yielded(0)));
    assert_eq!(g.send(5), Ok(Step::Yielded(5)));
    assert_eq!(
        Error::<E>::SentToNew(Kind::Generator).to_string(),
        "can't send non-None value to a just-started generator"
    );
}

#[test]
fn s2_send_to_a_created_coroutine_is_an_error_and_it_stays_created() {
    // S2
    take_trace();
    let mut c = echo_coro();
    assert_eq!(c.send(5), Err(Error::SentToNew(Kind::Coroutine)));
    assert_eq!(c.state(), State::Created);
    assert!(take_trace().is_empty(), "the body must not run");
    assert_eq!(c.start(), Ok(Step::Yielded(0)));
    assert_eq!(
        Error::<E>::SentToNew(Kind::Coroutine).to_string(),
        "can't send non-None value to a just-started coroutine"
    );
}

#[test]
fn s2_sending_unit_starts() {
    // S2: where the sent type is (), sending () is starting.
    take_trace();
    let mut g = unit_gen();
    assert_eq!(g.send(()), Ok(Step::Yielded(1)));
    assert_eq!(take_trace(), strings(&["log start"]));
    assert_eq!(g.state(), State::Suspended);
    assert_eq!(g.send(()), Ok(Step::Yielded(2)));
    assert_eq!(g.send(()), Ok(Step::Complete("end")));

    let mut c = unit_coro();
    assert_eq!(c.send(()), Ok(Step::Yielded(1)));
    assert_eq!(take_trace(), strings(&["log start"]));
    assert_eq!(c.send(()), Ok(Step::Yielded(2)));
    assert_eq!(c.send(()), Ok(Step::Complete("end")));
}

// ---------------------------------------------------------------------------------------------
// S3

#[test]
fn s3_send_resumes_with_the_value_until_return() {
    // S3
    take_trace();
    let mut g = echo();
    g.start().unwrap();
    assert_eq!(g.send(7), Ok(Step::Yielded(7)));
    assert_eq!(g.send(8), Ok(Step::Yielded(8)));
    assert_eq!(g.state(), State::Suspended);
    assert_eq!(g.send(0), Ok(Step::Complete(8)));
    assert_eq!(g.state(), State::Finished);
    assert_eq!(
        take_trace(),
        strings(&["log start", "log got 7", "log got 8", "log got 0"])
    );
}

#[test]
fn s3_send_that_raises_finishes() {
    // S3
    let mut g = echo();
    g.start().unwrap();
    assert_eq!(g.send(-3), Err(Error::Raised(E(-3))));
    assert_eq!(g.state(), State::Finished);

    let mut c = echo_coro();
    c.start().unwrap();
    assert_eq!(c.send(-3), Err(Error::Raised(E(-3))));
    assert_eq!(c.state(), State::Finished);
}

#[test]
fn s3_the_return_value_is_delivered_exactly_once() {
    // S3, S4
    let mut g = unit_gen();
    g.start().unwrap();
    g.send(()).unwrap();
    assert_eq!(g.send(()), Ok(Step::Complete("end")));
    assert_eq!(g.send(()), Err(Error::Exhausted));
    assert_eq!(g.close(), Ok(None));
}

// ---------------------------------------------------------------------------------------------
// S4

#[test]
fn s4_finished_generator_is_exhausted_every_time() {
    // S4
    take_trace();
    let mut g = echo();
    g.start().unwrap();
    g.send(0).unwrap();
    take_trace();
    for _ in 0..3 {
        assert_eq!(g.send(1), Err(Error::Exhausted));
        assert_eq!(g.start(), Err(Error::Exhausted));
    }
    assert!(take_trace().is_empty());
    assert_eq!(
        Error::<E>::Exhausted.to_string(),
        "generator already finished (no value)"
    );
}

#[test]
fn s4_finished_coroutine_is_the_reuse_error() {
    // S4, T4
    take_trace();
    let mut c = echo_coro();
    c.start().unwrap();
    c.send(0).unwrap();
    take_trace();
    for _ in 0..3 {
        assert_eq!(c.send(1), Err(Error::Reused));
        assert_eq!(c.start(), Err(Error::Reused));
        assert_eq!(c.throw(E(1)), Err(Error::Reused));
    }
    assert!(take_trace().is_empty());
    assert_eq!(
        Error::<E>::Reused.to_string(),
        "cannot reuse already awaited coroutine"
    );

    // Finished by an error: the same.
    let mut c = echo_coro();
    c.start().unwrap();
    assert_eq!(c.send(-1), Err(Error::Raised(E(-1))));
    assert_eq!(c.send(1), Err(Error::Reused));
}

// ---------------------------------------------------------------------------------------------
// T1

#[test]
fn t1_throw_on_created_never_runs_the_body() {
    // T1
    let trace = traced(|| {
        let mut g = guarded_gen();
        assert_eq!(g.throw(E(1)), Err(Error::Raised(E(1))));
        assert_eq!(g.state(), State::Finished);
        assert_eq!(g.send(()), Err(Error::Exhausted));

        let mut c = guarded_coro();
        assert_eq!(c.throw(E(2)), Err(Error::Raised(E(2))));
        assert_eq!(c.state(), State::Finished);
        assert_eq!(c.start(), Err(Error::Reused));
    });
    assert!(trace.is_empty(), "no body code, no cleanup: {trace:?}");
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn holds_argument(token: Token) {
    log(token.name());
    yield_!(1);
}

#[test]
fn t1_throw_on_created_drops_the_arguments() {
    // T1: the arguments are simply dropped, at once.
    let counter = DropCounter::new();
    let mut g = holds_argument(counter.token("arg"));
    assert_eq!(counter.live(), 1);
    assert_eq!(g.throw(E(1)), Err(Error::Raised(E(1))));
    assert_eq!(counter.dropped(), ["arg"]);
    drop(g);
    assert_eq!(counter.dropped(), ["arg"]);
}

// ---------------------------------------------------------------------------------------------
// T2

#[test]
fn t2_unhandled_throw_runs_cleanup_innermost_first() {
    // T2
    let trace = traced(|| {
        let mut g = guarded_gen();
        g.start().unwrap();
        g.send(()).unwrap();
        assert_eq!(g.throw(E(3)), Err(Error::Raised(E(3))));
        assert_eq!(g.state(), State::Finished);
    });
    assert_eq!(trace, strings(&["log body", "drop b", "drop a"]));

    let trace = traced(|| {
        let mut c = guarded_coro();
        c.start().unwrap();
        assert_eq!(c.throw(E(3)), Err(Error::Raised(E(3))));
        assert_eq!(c.state(), State::Finished);
        assert_eq!(c.throw(E(4)), Err(Error::Reused));
    });
    assert_eq!(trace, strings(&["log body", "drop a"]));
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn catcher() -> i32 {
    let mut seen = Vec::new();
    loop {
        match yield_catch!(i32::try_from(seen.len()).unwrap_or(0)) {
            Resumed::Sent(0) => return seen.iter().sum(),
            Resumed::Sent(x) => seen.push(x),
            Resumed::Thrown(E(code)) if code > 100 => return -code,
            Resumed::Thrown(E(code)) => seen.push(code * 1000),
            Resumed::Exit => match Exit? {},
        }
    }
}

#[test]
fn t2_a_catching_yield_hands_the_error_to_the_body() {
    // T2: handled → throw's result is the next yield or the return.
    let mut g = catcher();
    assert_eq!(g.start(), Ok(Step::Yielded(0)));
    assert_eq!(g.send(5), Ok(Step::Yielded(1)));
    assert_eq!(g.throw(E(2)), Ok(Step::Yielded(2)));
    assert_eq!(g.state(), State::Suspended);
    assert_eq!(g.send(0), Ok(Step::Complete(2005)));

    let mut g = catcher();
    g.start().unwrap();
    assert_eq!(g.throw(E(101)), Ok(Step::Complete(-101)));
    assert_eq!(g.state(), State::Finished);
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn question_on_resumed() -> i32 {
    let _g = Noisy("g");
    let a = yield_catch!(1)?;
    let b = yield_catch!(2)?;
    a + b
}

#[test]
fn t2_catching_yield_then_question_mark_behaves_like_yield() {
    // T2, C3: `yield_catch!(v)?` is `yield_!(v)`.
    let mut g = question_on_resumed();
    g.start().unwrap();
    assert_eq!(g.send(3), Ok(Step::Yielded(2)));
    assert_eq!(g.send(4), Ok(Step::Complete(7)));

    let trace = traced(|| {
        let mut g = question_on_resumed();
        g.start().unwrap();
        assert_eq!(g.throw(E(9)), Err(Error::Raised(E(9))));
        assert_eq!(g.state(), State::Finished);
    });
    assert_eq!(trace, strings(&["drop g"]));

    let trace = traced(|| {
        let mut g = question_on_resumed();
        g.start().unwrap();
        g.send(1).unwrap();
        assert_eq!(g.close(), Ok(None));
        assert_eq!(g.state(), State::Finished);
    });
    assert_eq!(trace, strings(&["drop g"]));
}

// ---------------------------------------------------------------------------------------------
// T4

#[test]
fn t4_throw_on_a_finished_generator_hands_the_error_back() {
    // T4
    take_trace();
    let mut g = echo();
    g.start().unwrap();
    g.send(0).unwrap();
    take_trace();
    assert_eq!(g.throw(E(1)), Err(Error::Raised(E(1))));
    assert_eq!(g.throw(E(2)), Err(Error::Raised(E(2))));
    assert_eq!(g.state(), State::Finished);
    assert!(take_trace().is_empty());
}

#[test]
fn t4_throw_on_a_finished_coroutine_is_the_reuse_error() {
    // T4
    let mut c = echo_coro();
    c.start().unwrap();
    c.send(0).unwrap();
    assert_eq!(c.throw(E(1)), Err(Error::Reused));
}

// ---------------------------------------------------------------------------------------------
// T5

/// An error that keeps the error it replaced as its `source`.
#[derive(Debug, PartialEq)]
struct Replaced {
    code: i32,
    cause: Option<Box<Replaced>>,
}

impl std::fmt::Display for Replaced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "error {}", self.code)
    }
}

impl std::error::Error for Replaced {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

#[coro_core::coroutine(generator, yield = i32, error = Replaced)]
fn replacing_handler() {
    let _cleanup = Noisy("cleanup");
    match yield_catch!(1) {
        Resumed::Thrown(e) => raise(Replaced {
            code: e.code + 1,
            cause: Some(Box::new(e)),
        })?,
        other => other?,
    }
}

#[test]
fn t5_an_error_raised_by_a_handler_replaces_the_thrown_one() {
    // T5: the original stays reachable as the source.
    take_trace();
    let mut g = replacing_handler();
    g.start().unwrap();
    let result = g.throw(Replaced {
        code: 1,
        cause: None,
    });
    assert_eq!(g.state(), State::Finished);
    let trace = take_trace();
    assert_eq!(trace, strings(&["drop cleanup"]));
    let error = result.unwrap_err();
    assert_eq!(error.to_string(), "error 2");
    let source = std::error::Error::source(&error).expect("the thrown error is the source");
    assert_eq!(source.to_string(), "error 1");
    let Error::Raised(replaced) = error else {
        panic!("not raised")
    };
    assert_eq!(replaced.code, 2);
    assert_eq!(replaced.cause.map(|c| c.code), Some(1));
}

// ---------------------------------------------------------------------------------------------
// C1, C2

#[test]
fn c1_close_on_created_finishes_without_running_the_body() {
    // C1
    let trace = traced(|| {
        let mut g = guarded_gen();
        assert_eq!(g.close(), Ok(None));
        assert_eq!(g.state(), State::Finished);
        assert_eq!(g.send(()), Err(Error::Exhausted));
        assert_eq!(g.throw(E(1)), Err(Error::Raised(E(1))));

        let mut c = guarded_coro();
        assert_eq!(c.close(), Ok(None));
        assert_eq!(c.state(), State::Finished);
        assert_eq!(c.start(), Err(Error::Reused));
    });
    assert!(trace.is_empty(), "{trace:?}");
}

#[test]
fn c1_close_on_created_drops_the_arguments() {
    // C1
    let counter = DropCounter::new();
    let mut g = holds_argument(counter.token("arg"));
    assert_eq!(g.close(), Ok(None));
    assert_eq!(counter.dropped(), ["arg"]);
    drop(g);
    assert_eq!(counter.dropped(), ["arg"]);
}

#[test]
fn c2_close_on_finished_is_a_no_op_every_time() {
    // C2
    let trace = traced(|| {
        let mut g = echo();
        g.start().unwrap();
        g.send(0).unwrap();
        let mut c = echo_coro();
        c.start().unwrap();
        c.send(-1).unwrap_err();
        take_trace();
        for _ in 0..3 {
            assert_eq!(g.close(), Ok(None));
            assert_eq!(c.close(), Ok(None));
        }
        assert_eq!(g.state(), State::Finished);
        assert_eq!(c.state(), State::Finished);
    });
    assert!(trace.is_empty(), "{trace:?}");
}

// ---------------------------------------------------------------------------------------------
// C3

#[test]
fn c3_close_runs_cleanup_and_succeeds_without_a_value() {
    // C3: the signal propagates out → Ok(None); locals in reverse declaration order.
    let trace = traced(|| {
        let mut g = guarded_gen();
        g.start().unwrap();
        g.send(()).unwrap();
        assert_eq!(g.close(), Ok(None));
        assert_eq!(g.state(), State::Finished);
        assert_eq!(g.send(()), Err(Error::Exhausted));
    });
    assert_eq!(trace, strings(&["log body", "drop b", "drop a"]));

    let trace = traced(|| {
        let mut c = guarded_coro();
        c.start().unwrap();
        c.send(()).unwrap();
        assert_eq!(c.close(), Ok(None));
        assert_eq!(c.send(()), Err(Error::Reused));
    });
    assert_eq!(trace, strings(&["log body", "drop b", "drop a"]));
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn close_returns(reraise: bool) -> i32 {
    let _g = Noisy("g");
    let mut total = 0;
    loop {
        match yield_catch!(total) {
            Resumed::Sent(x) => total += x,
            Resumed::Exit if reraise => match Exit? {},
            Resumed::Exit => return total,
            Resumed::Thrown(never) => match never {},
        }
    }
}

#[test]
fn c3_close_returns_the_value_the_body_returns_after_catching_the_signal() {
    // C3
    let trace = traced(|| {
        let mut g = close_returns(false);
        g.start().unwrap();
        g.send(4).unwrap();
        assert_eq!(g.close(), Ok(Some(4)));
        assert_eq!(g.state(), State::Finished);
        assert_eq!(g.close(), Ok(None));
    });
    assert_eq!(trace, strings(&["drop g"]));
}

#[test]
fn c3_exit_question_mark_reraises_the_signal() {
    // C3, C4: a body that looked at the signal and raised it again ends as a plain close.
    let trace = traced(|| {
        let mut g = close_returns(true);
        g.start().unwrap();
        g.send(4).unwrap();
        assert_eq!(g.close(), Ok(None));
        assert_eq!(g.state(), State::Finished);
    });
    assert_eq!(trace, strings(&["drop g"]));
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn ignores_exit() -> i32 {
    let _a = Noisy("a");
    let mut ignored = 0;
    loop {
        match yield_catch!(ignored) {
            Resumed::Exit if ignored < 2 => ignored += 1,
            Resumed::Exit => return 100 + ignored,
            Resumed::Sent(x) => return x,
            Resumed::Thrown(never) => match never {},
        }
    }
}

#[test]
fn c3_close_that_reaches_a_yield_is_ignored_exit_and_stays_suspended() {
    // C3
    let trace = traced(|| {
        let mut g = ignores_exit();
        assert_eq!(g.start(), Ok(Step::Yielded(0)));
        assert_eq!(g.close(), Err(Error::IgnoredExit(Kind::Generator)));
        assert_eq!(g.state(), State::Suspended);
        assert_eq!(g.close(), Err(Error::IgnoredExit(Kind::Generator)));
        assert_eq!(g.state(), State::Suspended);
        // Still suspended at the new yield: a send resumes there.
        assert_eq!(g.send(55), Ok(Step::Complete(55)));
    });
    assert_eq!(trace, strings(&["drop a"]));

    let mut g = ignores_exit();
    g.start().unwrap();
    assert_eq!(g.close(), Err(Error::IgnoredExit(Kind::Generator)));
    assert_eq!(g.close(), Err(Error::IgnoredExit(Kind::Generator)));
    assert_eq!(g.close(), Ok(Some(102)));
    assert_eq!(
        Error::<E>::IgnoredExit(Kind::Generator).to_string(),
        "generator ignored GeneratorExit"
    );
}

#[coro_core::coroutine(yield = i32)]
fn coro_ignores_exit() {
    if let Resumed::Exit = yield_catch!(1) {
        log("ignoring");
    }
    yield_!(2);
}

#[test]
fn c3_ignored_exit_names_the_coroutine_kind() {
    // C3
    take_trace();
    let mut c = coro_ignores_exit();
    c.start().unwrap();
    assert_eq!(c.close(), Err(Error::IgnoredExit(Kind::Coroutine)));
    assert_eq!(c.state(), State::Suspended);
    assert_eq!(c.close(), Ok(None));
    assert_eq!(c.state(), State::Finished);
    assert_eq!(take_trace(), strings(&["log ignoring"]));
    assert_eq!(
        Error::<E>::IgnoredExit(Kind::Coroutine).to_string(),
        "coroutine ignored GeneratorExit"
    );
}

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn raises_on_exit() {
    let _a = Noisy("a");
    let _b = Noisy("b");
    if let Resumed::Exit = yield_catch!(1) {
        raise(E(5))?;
    }
}

#[test]
fn c3_another_error_during_close_is_returned_and_finishes() {
    // C3
    let trace = traced(|| {
        let mut g = raises_on_exit();
        g.start().unwrap();
        assert_eq!(g.close(), Err(Error::Raised(E(5))));
        assert_eq!(g.state(), State::Finished);
        assert_eq!(g.close(), Ok(None));
    });
    assert_eq!(trace, strings(&["drop b", "drop a"]));
}

// ---------------------------------------------------------------------------------------------
// C4

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn ordinary_handler() -> i32 {
    let _cleanup = Noisy("cleanup");
    let mut handled = 0;
    loop {
        match yield_catch!(handled) {
            Resumed::Thrown(_) => handled += 1,
            other => other?,
        }
    }
}

#[test]
fn c4_a_handler_for_errors_does_not_see_the_exit_signal() {
    // C4
    let trace = traced(|| {
        let mut g = ordinary_handler();
        g.start().unwrap();
        assert_eq!(g.throw(E(1)), Ok(Step::Yielded(1)));
        assert_eq!(g.throw(E(1)), Ok(Step::Yielded(2)));
        assert_eq!(g.close(), Ok(None));
        assert_eq!(g.state(), State::Finished);
    });
    assert_eq!(trace, strings(&["drop cleanup"]));
}

// ---------------------------------------------------------------------------------------------
// C5

#[test]
fn c5_dropping_a_suspended_coroutine_closes_it() {
    // C5
    let trace = traced(|| {
        let mut g = guarded_gen();
        g.start().unwrap();
        g.send(()).unwrap();
        drop(g);
        let mut c = guarded_coro();
        c.start().unwrap();
        drop(c);
    });
    assert_eq!(
        trace,
        strings(&["log body", "drop b", "drop a", "log body", "drop a"])
    );
}

#[test]
fn c5_dropping_a_created_or_finished_coroutine_runs_no_body_code() {
    // C5
    let trace = traced(|| {
        drop(guarded_gen());
        drop(guarded_coro());
    });
    assert!(trace.is_empty(), "{trace:?}");

    let trace = traced(|| {
        let mut g = guarded_gen();
        g.start().unwrap();
        g.send(()).unwrap();
        g.send(()).unwrap();
        take_trace();
        drop(g);
    });
    assert!(trace.is_empty(), "{trace:?}");
}

#[test]
fn c5_errors_while_dropping_go_to_the_hook() {
    // C5: never a panic; the hook gets the error and names the coroutine.
    let reports = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let sink = Arc::clone(&reports);
    take_trace();
    with_unraisable_hook(
        move |u: &Unraisable<'_>| {
            sink.lock()
                .unwrap()
                .push((u.coroutine.to_owned(), format!("{:?}", u.error)));
        },
        || {
            let mut g = raises_on_exit();
            g.start().unwrap();
            drop(g);
            let mut g = ignores_exit();
            g.start().unwrap();
            drop(g);
            let mut c = coro_ignores_exit();
            c.start().unwrap();
            drop(c);
        },
    );
    let reports = reports.lock().unwrap();
    let errors: Vec<&str> = reports.iter().map(|(_, e)| e.as_str()).collect();
    assert_eq!(
        errors,
        [
            "Raised(E(5))",
            "IgnoredExit(Generator)",
            "IgnoredExit(Coroutine)"
        ]
    );
    // Named by the function's path: this test crate's module, then the function.
    let names: Vec<&str> = reports.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "protocol::raises_on_exit",
            "protocol::ignores_exit",
            "protocol::coro_ignores_exit"
        ]
    );
    // Cleanup ran: `b` and `a` of `raises_on_exit` during its close, `a` of `ignores_exit`
    // when its frame was dropped after it ignored the signal.
    assert_eq!(
        take_trace(),
        strings(&["drop b", "drop a", "drop a", "log ignoring"])
    );
}

mod named {
    use coro_core::{Resumed, yield_catch};

    pub struct Holder;

    impl Holder {
        #[coro_core::coroutine(generator, yield = i32)]
        pub fn r#loop(&self) {
            loop {
                match yield_catch!(1) {
                    Resumed::Exit | Resumed::Sent(()) => {}
                    Resumed::Thrown(never) => match never {},
                }
            }
        }
    }
}

#[test]
fn c5_the_hook_names_a_method_by_its_module_and_name() {
    // C5: a method's report names its module and the method (the attribute does not see the
    // `impl`'s type); a raw identifier without its `r#`.
    let reports = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = Arc::clone(&reports);
    with_unraisable_hook(
        move |u: &Unraisable<'_>| sink.lock().unwrap().push(format!("{u}")),
        || {
            let holder = named::Holder;
            let mut g = holder.r#loop();
            g.start().unwrap();
            drop(g);
        },
    );
    assert_eq!(
        *reports.lock().unwrap(),
        ["error ignored while dropping protocol::named::loop: IgnoredExit(Generator)"]
    );
}

#[test]
fn c5_the_process_wide_hook_gets_errors_of_threads_without_a_scoped_hook() {
    // C5
    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let previous = set_unraisable_hook(Some(Box::new(|u: &Unraisable<'_>| {
        if u.coroutine.contains("global_hook_target") {
            SEEN.lock().unwrap().push(format!("{u}"));
        }
    })));
    std::thread::spawn(|| {
        let mut g = global_hook_target();
        g.start().unwrap();
        drop(g);
    })
    .join()
    .unwrap();
    set_unraisable_hook(previous);
    let seen = SEEN.lock().unwrap();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert!(
        seen[0].starts_with("error ignored while dropping "),
        "{seen:?}"
    );
    assert!(seen[0].ends_with(": IgnoredExit(Generator)"), "{seen:?}");
}

#[coro_core::coroutine(generator, yield = i32)]
fn global_hook_target() {
    if let Resumed::Exit = yield_catch!(1) {
        yield_!(2);
    }
}

// ---------------------------------------------------------------------------------------------
// The exit signal raised outside close

#[coro_core::coroutine(generator, yield = i32)]
fn raises_exit_itself() {
    let _a = Noisy("a");
    yield_!(1);
    Exit?;
    log("not reached");
}

#[coro_core::coroutine(yield = i32)]
fn coro_raises_exit_itself() {
    yield_!(1);
    Exit?;
}

#[test]
fn exit_raised_by_the_body_outside_close_is_error_exit() {
    let trace = traced(|| {
        let mut g = raises_exit_itself();
        g.start().unwrap();
        assert_eq!(g.send(()), Err(Error::Exit(Kind::Generator)));
        assert_eq!(g.state(), State::Finished);
        assert_eq!(g.send(()), Err(Error::Exhausted));
    });
    assert_eq!(trace, strings(&["drop a"]));

    let mut c = coro_raises_exit_itself();
    c.start().unwrap();
    assert_eq!(c.send(()), Err(Error::Exit(Kind::Coroutine)));
    assert_eq!(c.send(()), Err(Error::Reused));
}

// ---------------------------------------------------------------------------------------------
// The returned value is an ordinary value

#[test]
fn a_coroutine_with_send_locals_moves_to_another_thread() {
    let mut g = echo();
    g.start().unwrap();
    let handle = std::thread::spawn(move || {
        let step = g.send(3);
        (g, step)
    });
    let (mut g, step) = handle.join().unwrap();
    assert_eq!(step, Ok(Step::Yielded(3)));
    assert_eq!(g.send(0), Ok(Step::Complete(3)));
}

#[test]
fn coroutines_drive_through_references_and_boxes() {
    fn drive<C: Coroutine<Yield = i32, Send = i32, Return = i32, Error = E>>(mut c: C) -> i32 {
        c.start().unwrap();
        c.send(2).unwrap();
        match c.send(0) {
            Ok(Step::Complete(r)) => r,
            other => panic!("{other:?}"),
        }
    }
    let mut g = echo();
    assert_eq!(drive(&mut g), 2);
    assert_eq!(g.state(), State::Finished);
    assert_eq!(drive(Box::new(echo_coro())), 2);
    let boxed: Box<dyn Coroutine<Yield = i32, Send = i32, Return = i32, Error = E>> =
        Box::new(echo());
    assert_eq!(drive(boxed), 2);
}
