//! Every value a coroutine owns is dropped exactly once, whichever way the body ends
//! (completion, error, throw, close, drop), and in the order of ordinary Rust: at the end of
//! its scope, in reverse declaration order, arguments after locals (C3, C5, T1, T2).

use coro_core::{Coroutine, Error, Kind, Resumed, State, Step, yield_, yield_catch};
use coro_tests::{DropCounter, E, Noisy, Token, log, note, raise, strings, take_trace, traced};

// ---------------------------------------------------------------------------------------------
// Scope ends, and the ordinary function the body is

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn scopes(_p: Noisy, _q: Noisy) {
    let _a = Noisy("a");
    yield_!(1);
    {
        let _b = Noisy("b");
        let _c = Noisy("c");
        yield_!(2);
    }
    log("after inner");
    let _d = Noisy("d");
    yield_!(3);
}

/// `scopes` as a plain function, each `yield_!(k)` replaced by a `suspend k` line.
fn scopes_plain(_p: Noisy, _q: Noisy) {
    let _a = Noisy("a");
    note("suspend 1");
    {
        let _b = Noisy("b");
        let _c = Noisy("c");
        note("suspend 2");
    }
    log("after inner");
    let _d = Noisy("d");
    note("suspend 3");
}

#[test]
fn completion_drops_like_the_plain_function() {
    let plain = traced(|| scopes_plain(Noisy("p"), Noisy("q")));
    let coro = traced(|| {
        let mut g = scopes(Noisy("p"), Noisy("q"));
        let mut step = g.start();
        while let Ok(Step::Yielded(k)) = step {
            note(format!("suspend {k}"));
            step = g.send(());
        }
        assert_eq!(step, Ok(Step::Complete(())));
    });
    let expected = strings(&[
        "suspend 1",
        "suspend 2",
        "drop c",
        "drop b",
        "log after inner",
        "suspend 3",
        "drop d",
        "drop a",
        "drop q",
        "drop p",
    ]);
    assert_eq!(plain, expected, "the oracle itself");
    assert_eq!(coro, expected);
}

#[test]
fn locals_are_dropped_when_their_scope_ends_not_later() {
    take_trace();
    let mut g = scopes(Noisy("p"), Noisy("q"));
    g.start().unwrap();
    g.send(()).unwrap();
    assert!(take_trace().is_empty());
    g.send(()).unwrap();
    assert_eq!(
        take_trace(),
        strings(&["drop c", "drop b", "log after inner"])
    );
    assert_eq!(g.send(()), Ok(Step::Complete(())));
    assert_eq!(
        take_trace(),
        strings(&["drop d", "drop a", "drop q", "drop p"])
    );
    drop(g);
    assert!(take_trace().is_empty(), "nothing is dropped twice");
}

/// What is alive at the k-th suspension of `scopes`, in the order it must be dropped.
fn alive_at(k: i32) -> Vec<String> {
    let lines: &[&str] = match k {
        1 => &["drop a", "drop q", "drop p"],
        2 => &["drop c", "drop b", "drop a", "drop q", "drop p"],
        3 => &["drop d", "drop a", "drop q", "drop p"],
        _ => unreachable!(),
    };
    strings(lines)
}

/// `scopes` started and resumed until its k-th suspension; the trace is cleared.
fn scopes_at(k: i32) -> impl Coroutine<Yield = i32, Send = (), Return = (), Error = E> {
    let mut g = scopes(Noisy("p"), Noisy("q"));
    g.start().unwrap();
    for _ in 1..k {
        g.send(()).unwrap();
    }
    take_trace();
    g
}

#[test]
fn close_at_each_suspension_drops_what_is_alive_in_reverse_order() {
    // C3
    for k in 1..=3 {
        let mut g = scopes_at(k);
        assert_eq!(g.close(), Ok(None));
        assert_eq!(take_trace(), alive_at(k), "close at suspension {k}");
        drop(g);
        assert!(take_trace().is_empty(), "nothing is dropped twice");
    }
}

#[test]
fn drop_at_each_suspension_drops_what_is_alive_in_reverse_order() {
    // C5
    for k in 1..=3 {
        let g = scopes_at(k);
        drop(g);
        assert_eq!(take_trace(), alive_at(k), "drop at suspension {k}");
    }
}

#[test]
fn throw_at_each_suspension_drops_what_is_alive_in_reverse_order() {
    // T2
    for k in 1..=3 {
        let mut g = scopes_at(k);
        assert_eq!(g.throw(E(k)), Err(Error::Raised(E(k))));
        assert_eq!(take_trace(), alive_at(k), "throw at suspension {k}");
        drop(g);
        assert!(take_trace().is_empty(), "nothing is dropped twice");
    }
}

#[coro_core::coroutine(generator, yield = i32, send = i32, error = E)]
fn raises_midway(_p: Noisy) -> i32 {
    let _a = Noisy("a");
    let x = yield_!(1);
    let _b = Noisy("b");
    if x < 0 {
        raise(E(x))?;
    }
    let _c = Noisy("c");
    yield_!(2) + x
}

#[test]
fn an_error_raised_with_question_mark_drops_what_is_alive() {
    // S3
    take_trace();
    let mut g = raises_midway(Noisy("p"));
    g.start().unwrap();
    assert_eq!(g.send(-4), Err(Error::Raised(E(-4))));
    assert_eq!(take_trace(), strings(&["drop b", "drop a", "drop p"]));
    drop(g);
    assert!(take_trace().is_empty());

    let mut g = raises_midway(Noisy("p"));
    g.start().unwrap();
    g.send(4).unwrap();
    assert_eq!(g.send(1), Ok(Step::Complete(5)));
    assert_eq!(
        take_trace(),
        strings(&["drop c", "drop b", "drop a", "drop p"])
    );
}

// ---------------------------------------------------------------------------------------------
// Created and finished coroutines

#[coro_core::coroutine(generator, yield = i32, error = E)]
fn two_arguments(a: Token, b: Token) {
    log(a.name());
    yield_!(1);
    log(b.name());
}

fn sorted(mut names: Vec<&'static str>) -> Vec<&'static str> {
    names.sort_unstable();
    names
}

#[test]
fn a_created_coroutine_drops_its_arguments_once_whatever_ends_it() {
    // C5, T1, C1
    let counter = DropCounter::new();
    let trace = traced(|| {
        drop(two_arguments(counter.token("a"), counter.token("b")));
    });
    assert!(trace.is_empty(), "no body code: {trace:?}");
    assert_eq!(sorted(counter.dropped()), ["a", "b"]);

    let counter = DropCounter::new();
    let mut g = two_arguments(counter.token("a"), counter.token("b"));
    g.throw(E(1)).unwrap_err();
    assert_eq!(sorted(counter.dropped()), ["a", "b"]);
    drop(g);
    assert_eq!(counter.dropped().len(), 2);

    let counter = DropCounter::new();
    let mut g = two_arguments(counter.token("a"), counter.token("b"));
    g.close().unwrap();
    assert_eq!(sorted(counter.dropped()), ["a", "b"]);
    drop(g);
    assert_eq!(counter.dropped().len(), 2);
}

#[test]
fn a_finished_coroutine_owns_nothing() {
    // C5
    let counter = DropCounter::new();
    let mut g = two_arguments(counter.token("a"), counter.token("b"));
    g.start().unwrap();
    assert_eq!(g.send(()), Ok(Step::Complete(())));
    assert_eq!(counter.dropped(), ["b", "a"]);
    assert_eq!(g.state(), State::Finished);
    drop(g);
    assert_eq!(counter.dropped(), ["b", "a"]);
    assert_eq!(counter.live(), 0);
}

// ---------------------------------------------------------------------------------------------
// Moves, reassignment, shadowing

#[coro_core::coroutine(generator, yield = i32)]
fn conditional_move(move_it: bool) {
    let a = Noisy("a");
    let _b = Noisy("b");
    if move_it {
        drop(a);
    }
    yield_!(1);
    log("end");
}

#[test]
fn a_value_moved_on_one_path_is_not_dropped_again() {
    // C3, C5: the state machine keeps Rust's drop flags.
    for (move_it, expected) in [
        (true, vec!["drop a", "drop b"]),
        (false, vec!["drop b", "drop a"]),
    ] {
        let trace = traced(|| {
            let mut g = conditional_move(move_it);
            g.start().unwrap();
            drop(g);
        });
        assert_eq!(trace, strings(&expected), "move_it = {move_it}");

        let trace = traced(|| {
            let mut g = conditional_move(move_it);
            g.start().unwrap();
            g.close().unwrap();
        });
        assert_eq!(trace, strings(&expected), "move_it = {move_it}");

        let trace = traced(|| {
            let mut g = conditional_move(move_it);
            g.start().unwrap();
            g.send(()).unwrap();
        });
        let mut completed = strings(&expected);
        completed.insert(usize::from(move_it), "log end".to_owned());
        assert_eq!(trace, completed, "move_it = {move_it}");
    }
}

#[coro_core::coroutine(generator, yield = i32)]
fn reassigned() {
    let mut a = Noisy("a1");
    log(a.0);
    yield_!(1);
    a = Noisy("a2");
    log("assigned");
    yield_!(2);
    log(a.0);
}

#[test]
fn reassignment_drops_the_old_value_at_once() {
    let trace = traced(|| {
        let mut g = reassigned();
        g.start().unwrap();
        g.send(()).unwrap();
        note("closing");
        g.close().unwrap();
    });
    assert_eq!(
        trace,
        strings(&["log a1", "drop a1", "log assigned", "closing", "drop a2"])
    );
}

#[coro_core::coroutine(generator, yield = i32)]
fn shadowed() {
    let x = Noisy("x1");
    log(x.0);
    let x = Noisy("x2");
    yield_!(1);
    log(x.0);
}

#[test]
fn a_shadowed_value_lives_to_the_end_of_its_scope() {
    let trace = traced(|| {
        let mut g = shadowed();
        g.start().unwrap();
        note("closing");
        g.close().unwrap();
    });
    assert_eq!(trace, strings(&["log x1", "closing", "drop x2", "drop x1"]));
    let trace = traced(|| {
        let mut g = shadowed();
        g.start().unwrap();
        g.send(()).unwrap();
    });
    assert_eq!(trace, strings(&["log x1", "log x2", "drop x2", "drop x1"]));
}

// ---------------------------------------------------------------------------------------------
// Loops

#[coro_core::coroutine(generator, yield = i32, send = &'static str)]
fn loop_locals() -> i32 {
    let _outer = Noisy("outer");
    let mut i = 0;
    loop {
        let _it = Noisy("it");
        i += 1;
        match yield_!(i) {
            "continue" => continue,
            "break" => break,
            "return" => return i,
            _ => {}
        }
        let _tail = Noisy("tail");
        yield_!(-i);
    }
    log("after loop");
    0
}

#[test]
fn loop_locals_are_dropped_on_continue_break_return_and_each_iteration() {
    let trace = traced(|| {
        let mut g = loop_locals();
        g.start().unwrap();
        note("send continue");
        g.send("continue").unwrap();
        note("send go");
        g.send("go").unwrap();
        note("send go");
        g.send("go").unwrap();
        note("send break");
        assert_eq!(g.send("break"), Ok(Step::Complete(0)));
    });
    assert_eq!(
        trace,
        strings(&[
            "send continue",
            "drop it",
            "send go",
            "send go",
            "drop tail",
            "drop it",
            "send break",
            "drop it",
            "log after loop",
            "drop outer",
        ])
    );
    let trace = traced(|| {
        let mut g = loop_locals();
        g.start().unwrap();
        g.send("go").unwrap();
        note("close");
        g.close().unwrap();
        let mut g = loop_locals();
        g.start().unwrap();
        note("send return");
        assert_eq!(g.send("return"), Ok(Step::Complete(1)));
    });
    assert_eq!(
        trace,
        strings(&[
            "close",
            "drop tail",
            "drop it",
            "drop outer",
            "send return",
            "drop it",
            "drop outer",
        ])
    );
}

#[coro_core::coroutine(generator, yield = &'static str)]
fn for_over_owned(items: Vec<Noisy>) {
    for item in items {
        yield_!(item.0);
    }
}

#[test]
fn an_iterator_alive_across_suspensions_drops_its_rest() {
    let trace = traced(|| {
        let mut g = for_over_owned(vec![Noisy("x"), Noisy("y"), Noisy("z")]);
        assert_eq!(g.start(), Ok(Step::Yielded("x")));
        note("close");
        g.close().unwrap();
    });
    // `x` is the loop variable (dropped first, innermost), then the iterator drops `y`, `z`.
    assert_eq!(trace, strings(&["close", "drop x", "drop y", "drop z"]));
}

// ---------------------------------------------------------------------------------------------
// Values that cross the boundary: yielded, sent, returned, thrown

#[coro_core::coroutine(generator, yield = Token, send = Token, error = Token)]
fn passes_tokens(counter: DropCounter) -> Token {
    let first = yield_!(counter.token("y1"));
    log(format!("got {}", first.name()));
    // The sent value of a statement-yield is dropped at the end of the statement.
    yield_!(counter.token("y2"));
    log("after y2");
    let kept = match yield_catch!(counter.token("y3")) {
        Resumed::Sent(t) => t,
        Resumed::Thrown(t) => {
            log(format!("caught {}", t.name()));
            t
        }
        Resumed::Exit => return counter.token("closing"),
    };
    let _ = yield_!(counter.token("y4"));
    kept
}

#[test]
fn yielded_sent_returned_and_thrown_values_are_dropped_once() {
    let counter = DropCounter::new();
    take_trace();
    let mut g = passes_tokens(counter.clone());
    let y1 = g.start().unwrap().yielded().unwrap();
    assert_eq!(y1.name(), "y1");
    // The body does not keep what it yielded.
    let y2 = g.send(counter.token("s1")).unwrap().yielded().unwrap();
    assert_eq!(take_trace(), strings(&["log got s1"]));
    assert_eq!(counter.dropped(), Vec::<&str>::new());
    let y3 = g.send(counter.token("s2")).unwrap().yielded().unwrap();
    assert_eq!(counter.dropped(), ["s2"]);
    assert_eq!(take_trace(), strings(&["log after y2"]));
    let y4 = g.throw(counter.token("t1")).unwrap().yielded().unwrap();
    assert_eq!(take_trace(), strings(&["log caught t1"]));
    assert_eq!(y4.name(), "y4");
    let ret = g.send(counter.token("s3")).unwrap().complete().unwrap();
    assert_eq!(ret.name(), "t1");
    // `s3` (sent to `let _ =`), then the body's end drops `first` (s1) and `counter`.
    assert_eq!(counter.dropped(), ["s2", "s3", "s1"]);
    // Still held by the driver: y1..y4 and the returned value.
    assert_eq!(counter.live(), 5);
    drop((y1, y2, y3, y4, ret));
    assert_eq!(counter.live(), 0);

    // Sent to a coroutine that cannot take it: dropped at once.
    let counter = DropCounter::new();
    let mut g = passes_tokens(counter.clone());
    assert!(matches!(
        g.send(counter.token("early")),
        Err(Error::SentToNew(Kind::Generator))
    ));
    assert_eq!(counter.dropped(), ["early"]);
    let y1 = g.start().unwrap().yielded().unwrap();
    assert_eq!(g.close().unwrap().map(|t| t.name()), None);
    drop(g);
    drop(y1);
    assert_eq!(counter.live(), 0);
}

#[test]
fn a_close_that_returns_hands_over_its_value() {
    // C3
    let counter = DropCounter::new();
    let mut g = passes_tokens(counter.clone());
    let y1 = g.start().unwrap().yielded().unwrap();
    let y2 = g.send(counter.token("s1")).unwrap().yielded().unwrap();
    let y3 = g.send(counter.token("s2")).unwrap().yielded().unwrap();
    let closing = g.close().unwrap().expect("the body returned while closing");
    assert_eq!(closing.name(), "closing");
    assert_eq!(counter.dropped(), ["s2", "s1"]);
    drop((y1, y2, y3, closing, g));
    assert_eq!(counter.live(), 0);
}

#[coro_core::coroutine(yield = i32, error = Token)]
fn finishes_at_once(suspend: bool) {
    if suspend {
        yield_!(0);
    }
}

#[coro_core::coroutine(generator, yield = i32, error = Token)]
fn gen_finishes_at_once(suspend: bool) {
    if suspend {
        yield_!(0);
    }
}

#[test]
fn thrown_values_are_handed_back_or_dropped_once() {
    // T1, T4
    let counter = DropCounter::new();
    let mut g = gen_finishes_at_once(true);
    match g.throw(counter.token("t1")) {
        Err(Error::Raised(t)) => assert_eq!(t.name(), "t1"),
        other => panic!("{other:?}"),
    }
    assert_eq!(counter.dropped(), ["t1"]);
    match g.throw(counter.token("t2")) {
        Err(Error::Raised(t)) => assert_eq!(t.name(), "t2"),
        other => panic!("{other:?}"),
    }
    assert_eq!(counter.dropped(), ["t1", "t2"]);

    let mut c = finishes_at_once(false);
    assert_eq!(c.start().unwrap(), Step::Complete(()));
    assert!(matches!(c.throw(counter.token("t3")), Err(Error::Reused)));
    assert_eq!(counter.dropped(), ["t1", "t2", "t3"]);
    assert_eq!(counter.live(), 0);
}

// ---------------------------------------------------------------------------------------------
// Odd corners

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn temporaries() -> usize {
    let n = Noisy("tmp").0.len() + usize::try_from(yield_!(1)).unwrap_or(0);
    log("after let");
    n
}

#[test]
fn a_temporary_alive_across_a_suspension_is_dropped_once() {
    for close_it in [false, true] {
        let trace = traced(|| {
            let mut g = temporaries();
            g.start().unwrap();
            if close_it {
                g.close().unwrap();
            } else {
                assert_eq!(g.send(2), Ok(Step::Complete(5)));
            }
        });
        assert_eq!(
            trace.iter().filter(|l| *l == "drop tmp").count(),
            1,
            "{trace:?}"
        );
    }
}

#[coro_core::coroutine(generator, yield = i32, send = Option<Noisy>)]
fn match_binding_across_suspension() {
    let _a = Noisy("a");
    if let Some(held) = yield_!(1) {
        yield_!(2);
        log(held.0);
    }
}

#[test]
fn a_value_bound_by_a_pattern_is_dropped_with_its_scope() {
    let trace = traced(|| {
        let mut g = match_binding_across_suspension();
        g.start().unwrap();
        g.send(Some(Noisy("held"))).unwrap();
        note("close");
        g.close().unwrap();
    });
    assert_eq!(trace, strings(&["close", "drop held", "drop a"]));
    let trace = traced(|| {
        let mut g = match_binding_across_suspension();
        g.start().unwrap();
        g.send(Some(Noisy("held"))).unwrap();
        g.send(None).unwrap();
    });
    assert_eq!(trace, strings(&["log held", "drop held", "drop a"]));
}

#[coro_core::coroutine(generator, yield = i32)]
fn ignores_then_holds() {
    let _a = Noisy("a");
    if let Resumed::Exit = yield_catch!(1) {
        log("ignoring");
    }
    let _b = Noisy("b");
    yield_!(2);
}

#[test]
fn dropping_a_coroutine_that_ignores_exit_still_drops_its_locals() {
    // C3, C5: the close fails (reported to the hook), then the frame is dropped anyway.
    let trace = traced(|| {
        let mut g = ignores_then_holds();
        g.start().unwrap();
        drop(g);
    });
    assert_eq!(
        trace,
        strings(&[
            "log ignoring",
            "unraisable error IgnoredExit",
            "drop b",
            "drop a"
        ])
    );
}
