//! A body with many delegation points (A2, S5, T3, C3, C5). Past five inferred types its enums
//! are folded, and the resumed state is converted after the dispatch, with each delegation's
//! fast path there. Each delegation's step and returned value are typed from its awaiter's type
//! (emit.rs, `TypedBy`), and a delegation's resume arm is left out (its fast path does it).
//! The values, errors and drops must be those of any other delegation. Expected values are
//! CPython 3.13's for the same generators (the Python twin is in each test's comment).

use std::fmt::Debug;

use coro_core::{Coroutine, Error, Step, await_, try_, yield_, yield_from};
use coro_tests::{DropCounter, counted, raise};

// def leaf(name, tag):
//     g = Tok(name)
//     a = yield tag
//     if a == 0: raise Exc(f"{name} got 0")
//     b = yield tag + 1
//     return a + b
#[coro_core::coroutine(yield = u64, send = u64, error = String)]
fn leaf(dc: DropCounter, name: &'static str, tag: u64) -> u64 {
    let _guard = dc.token(name);
    let a = yield_!(tag);
    if a == 0 {
        raise(format!("{name} got 0"))?;
    }
    let b = yield_!(tag + 1);
    a + b
}

// def word(n):
//     got = yield n * 10
//     return f"w{got}"
#[coro_core::coroutine(yield = u64, send = u64, error = String)]
fn word(n: u64) -> String {
    let got = yield_!(n * 10);
    format!("w{got}")
}

// def many(extra):
//     o = Tok("many")
//     a = yield from leaf("l1", 1)
//     w1 = yield from word(a)
//     b = yield from leaf("l2", 3)
//     pair = ((yield from leaf("l3", 5)), (yield a + b))
//     try:
//         caught = yield from leaf("l4", 7)
//     except Exc as e:
//         caught = len(str(e))
//     total = 0
//     for i in range(2):
//         total += yield from leaf("l5", 10 + i)
//     return f"{a}|{w1}|{b}|{pair}|{caught}|{total}|{extra}"
/// Generic, with delegates of two types, a returned value kept across a plain yield (the
/// tuple's first element), a delegation inside a `try_!` and two in a loop.
#[coro_core::coroutine(yield = u64, send = u64, error = String)]
fn many<T: Debug>(dc: DropCounter, extra: T) -> String {
    let _outer = dc.token("many");
    let a = yield_from!(leaf(dc.clone(), "l1", 1));
    let w1 = yield_from!(word(a));
    let b = yield_from!(leaf(dc.clone(), "l2", 3));
    let pair = (yield_from!(leaf(dc.clone(), "l3", 5)), yield_!(a + b));
    let caught = try_! {
        { yield_from!(leaf(dc.clone(), "l4", 7)) }
        catch (e) { e.len() as u64 }
    };
    let mut total = 0;
    for i in 0..2 {
        total += yield_from!(leaf(dc.clone(), "l5", 10 + i));
    }
    format!("{a}|{w1}|{b}|{pair:?}|{caught}|{total}|{extra:?}")
}

/// The run to completion, as (sent, yielded, guards dropped by that resume); the other tests
/// follow it part of the way.
const STEPS: &[(u64, u64, &[&str])] = &[
    (2, 2, &[]),
    (3, 50, &["l1"]),
    (4, 3, &[]),
    (5, 4, &[]),
    (6, 5, &["l2"]),
    (1, 6, &[]),
    (1, 16, &["l3"]),
    (9, 7, &[]),
    (1, 8, &[]),
    (2, 10, &["l4"]),
    (1, 11, &[]),
    (1, 11, &["l5"]),
    (2, 12, &[]),
];

fn yielded(v: u64) -> Result<Step<u64, String>, Error<String>> {
    Ok(Step::Yielded(v))
}

/// Sends `sent` in turn, checking what each resume yields and which guards it dropped.
fn drive(
    co: &mut impl Coroutine<Yield = u64, Send = u64, Return = String, Error = String>,
    dc: &DropCounter,
    steps: &[(u64, u64, &[&str])],
) {
    for &(sent, expected, drops) in steps {
        let before = dc.dropped().len();
        assert_eq!(co.send(sent), yielded(expected), "after sending {sent}");
        assert_eq!(&dc.dropped()[before..], drops, "drops after sending {sent}");
    }
}

// [1, 2, [], 50, ['l1'], 3, [], 4, [], 5, ['l2'], 6, [], 16, ['l3'], 7, [], 8, [], 10, ['l4'],
//  11, [], 11, ['l5'], 12, [], ('ret', '5|w4|11|(2, 9)|3|6|7')] ['l5', 'many']
#[test]
fn every_delegate_runs_in_turn_and_drops_when_it_returns() {
    let dc = DropCounter::new();
    let mut co = many(dc.clone(), 7u8);
    assert_eq!(co.start(), yielded(1));
    drive(&mut co, &dc, STEPS);
    assert_eq!(
        co.send(2),
        Ok(Step::Complete("5|w4|11|(2, 9)|3|6|7".to_owned()))
    );
    assert_eq!(dc.dropped()[dc.dropped().len() - 2..], ["l5", "many"]);
    assert_eq!(dc.live(), 0);
    // Finished: a send is an error value (S4).
    assert_eq!(co.send(1), Err(Error::Reused));
}

// Thrown at l4's first yield: [.., 7, 10, 11, ['l4'], 11, ['l5'], 12, [],
//  ('ret', '5|w4|11|(2, 9)|5|6|7')]
/// T3: a throw reaches the delegate; uncaught there, it comes back out at the delegation and
/// the delegator's handler takes it.
#[test]
fn a_throw_goes_to_the_current_delegate_and_out_to_the_handler() {
    let dc = DropCounter::new();
    let mut co = many(dc.clone(), 7u8);
    co.start().unwrap();
    drive(&mut co, &dc, &STEPS[..8]);
    assert_eq!(co.throw("boom!".to_owned()), yielded(10));
    assert_eq!(dc.dropped().last(), Some(&"l4"));
    drive(&mut co, &dc, &STEPS[10..]);
    assert_eq!(
        co.send(2),
        Ok(Step::Complete("5|w4|11|(2, 9)|5|6|7".to_owned()))
    );
    assert_eq!(dc.live(), 0);
}

// l2 raises: [1, 2, [], 50, ['l1'], 3, [], ('err', 'l2 got 0')] ['l2', 'many']
/// A delegate's own error, not handled by the delegator, ends both.
#[test]
fn a_delegates_error_ends_the_delegator() {
    let dc = DropCounter::new();
    let mut co = many(dc.clone(), "x");
    co.start().unwrap();
    drive(&mut co, &dc, &STEPS[..3]);
    assert_eq!(co.send(0), Err(Error::Raised("l2 got 0".to_owned())));
    assert_eq!(dc.dropped(), ["l1", "l2", "many"]);
    assert_eq!(co.send(1), Err(Error::Reused));
}

// Closed at l3's second yield: [.., 6, [], ('close', None)] ['l3', 'many']
/// C3: close mid-delegation closes the delegate first, then the delegator.
#[test]
fn close_mid_delegation_closes_the_delegate_first() {
    let dc = DropCounter::new();
    let mut co = many(dc.clone(), 7u8);
    co.start().unwrap();
    drive(&mut co, &dc, &STEPS[..6]);
    assert_eq!(co.close(), Ok(None));
    assert_eq!(dc.dropped(), ["l1", "l2", "l3", "many"]);
    assert_eq!(co.close(), Ok(None));
}

/// C5: dropped while suspended at the plain yield that follows a delegation, with that
/// delegation's returned value kept in the state: the kept value and the guard drop once.
#[test]
fn dropped_after_a_delegation_returned_drops_the_rest_once() {
    let dc = DropCounter::new();
    let mut co = many(dc.clone(), 7u8);
    co.start().unwrap();
    drive(&mut co, &dc, &STEPS[..7]);
    drop(co);
    assert_eq!(dc.dropped(), ["l1", "l2", "l3", "many"]);
    assert_eq!(dc.live(), 0);
}

/// `clone` with a long delegating body (its enums folded, its fast paths after the dispatch).
#[coro_core::coroutine(generator, yield = u32, clone)]
fn six() -> u32 {
    let a = await_!(counted(1));
    let b = await_!(counted(3));
    let c = await_!(counted(5));
    let d = await_!(counted(7));
    let e = await_!(counted(9));
    let f = await_!(counted(11));
    a + b + c + d + e + f
}

// def six(): a = yield from counted(1) ... ; yields 1..=12, returns 360
/// A clone taken inside the third delegation resumes its own copy of the delegate, and both run
/// on to the same end.
#[test]
fn a_clone_inside_a_long_delegating_body_runs_on_by_itself() {
    let mut original = six();
    assert_eq!(original.start(), Ok(Step::Yielded(1)));
    for v in 2..=5 {
        assert_eq!(original.send(()), Ok(Step::Yielded(v)));
    }
    let mut copy = original.clone();
    let mut expected: Vec<Step<u32, u32>> = (6..=12).map(Step::Yielded).collect();
    expected.push(Step::Complete(360));
    let rest: Vec<_> = std::iter::from_fn(|| original.send(()).ok()).collect();
    assert_eq!(rest, expected);
    let rest: Vec<_> = std::iter::from_fn(|| copy.send(()).ok()).collect();
    assert_eq!(rest, expected);
}
