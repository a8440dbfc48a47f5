//! Suspensions inside every construct of ordinary Rust: the exact values yielded, the sent
//! values each suspension evaluates to, and the return values (S3, A4).

use std::num::ParseIntError;

use coro_core::{Coroutine, Error, Step, yield_};
use coro_tests::{drive, log, strings, take_trace};

use Step::{Complete as C, Yielded as Y};

// ---------------------------------------------------------------------------------------------
// let: patterns, let-else, deferred initialisation, blocks, shadowing

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[coro_core::coroutine(generator, yield = i32, send = (i32, i32))]
fn let_patterns() -> (i32, i32, i32, i32) {
    let (a, b) = yield_!(0);
    let Point { x, y: renamed } = Point {
        x: a * 10,
        y: yield_!(b).1,
    };
    let [first, .., last] = [x, renamed, yield_!(a + b).0, 9];
    let (mut m, _) = yield_!(last);
    m += first;
    (x, renamed, first, m)
}

#[test]
fn let_with_tuple_struct_and_slice_patterns() {
    let mut g = let_patterns();
    assert_eq!(
        drive(&mut g, [(1, 2), (3, 4), (5, 6), (7, 8)]),
        [
            Ok(Y(0)),
            Ok(Y(2)),
            Ok(Y(3)),
            Ok(Y(9)),
            Ok(C((10, 4, 10, 17)))
        ]
    );
}

#[coro_core::coroutine(generator, yield = &'static str, send = Option<i32>)]
fn let_else_in_loop() -> Vec<i32> {
    let mut got = Vec::new();
    let mut misses = 0;
    loop {
        let Some(n) = yield_!("next") else {
            misses += 1;
            if misses == 2 {
                return got;
            }
            continue;
        };
        got.push(n);
    }
}

#[test]
fn let_else_continues_and_returns() {
    let mut g = let_else_in_loop();
    assert_eq!(
        drive(&mut g, [Some(1), None, Some(2), None]),
        [
            Ok(Y("next")),
            Ok(Y("next")),
            Ok(Y("next")),
            Ok(Y("next")),
            Ok(C(vec![1, 2]))
        ]
    );
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn deferred(choice: i32) -> (i32, i32) {
    let a;
    let b: i32;
    match choice {
        0 => {
            a = yield_!(10);
            b = 1;
        }
        1 => {
            a = 2;
            b = yield_!(11);
        }
        _ => {
            a = yield_!(12);
            b = yield_!(a);
        }
    }
    (a, b)
}

#[test]
fn deferred_initialisation_in_branches() {
    assert_eq!(drive(&mut deferred(0), [5]), [Ok(Y(10)), Ok(C((5, 1)))]);
    assert_eq!(drive(&mut deferred(1), [6]), [Ok(Y(11)), Ok(C((2, 6)))]);
    assert_eq!(
        drive(&mut deferred(2), [7, 8]),
        [Ok(Y(12)), Ok(Y(7)), Ok(C((7, 8)))]
    );
}

// Regression: an untyped `let a;` whose only assignment is a suspension's value, kept across a
// later suspension, once failed with E0282 "type annotations needed" at `let a;`.
#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn deferred_from_a_suspension() -> i32 {
    let a;
    a = yield_!(10);
    yield_!(a + 1);
    a
}

#[test]
fn deferred_initialisation_from_a_suspension_needs_no_annotation() {
    assert_eq!(
        drive(&mut deferred_from_a_suspension(), [4, 0]),
        [Ok(Y(10)), Ok(Y(5)), Ok(C(4))]
    );
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn nested_blocks() -> i32 {
    let v = {
        let a = yield_!(1);
        let inner = {
            let b = yield_!(a);
            {
                let c = yield_!(a + b);
                a * 100 + b * 10 + c
            }
        };
        inner + yield_!(inner)
    };
    v
}

#[test]
fn nested_blocks_with_suspensions_and_tail_values() {
    assert_eq!(
        drive(&mut nested_blocks(), [1, 2, 3, 1000]),
        [Ok(Y(1)), Ok(Y(1)), Ok(Y(3)), Ok(Y(123)), Ok(C(1123))]
    );
}

#[coro_core::coroutine(generator, yield = String, send = i32)]
fn shadowing() -> String {
    let x = yield_!(String::from("int?"));
    let x = x * 2;
    let x = format!("<{x}>");
    let y = {
        let x = yield_!(x.clone());
        x + 1
    };
    yield_!(x.clone());
    format!("{x}{y}")
}

#[test]
fn shadowing_changes_type_and_value_across_suspensions() {
    assert_eq!(
        drive(&mut shadowing(), [21, 4, 0]),
        [
            Ok(Y("int?".to_owned())),
            Ok(Y("<42>".to_owned())),
            Ok(Y("<42>".to_owned())),
            Ok(C("<42>5".to_owned()))
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// if, if let, match

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn if_chain() -> &'static str {
    if yield_!(1) > 0 {
        yield_!(10);
        "first"
    } else if yield_!(2) > 0 {
        "second"
    } else {
        let v = if yield_!(3) > 0 { yield_!(4) } else { 5 };
        if v > 4 { "else-big" } else { "else-small" }
    }
}

#[test]
fn if_else_chain_with_suspensions_in_conditions_and_branches() {
    assert_eq!(
        drive(&mut if_chain(), [1, 0]),
        [Ok(Y(1)), Ok(Y(10)), Ok(C("first"))]
    );
    assert_eq!(
        drive(&mut if_chain(), [0, 1]),
        [Ok(Y(1)), Ok(Y(2)), Ok(C("second"))]
    );
    assert_eq!(
        drive(&mut if_chain(), [0, 0, 1, 9]),
        [Ok(Y(1)), Ok(Y(2)), Ok(Y(3)), Ok(Y(4)), Ok(C("else-big"))]
    );
    assert_eq!(
        drive(&mut if_chain(), [0, 0, 0]),
        [Ok(Y(1)), Ok(Y(2)), Ok(Y(3)), Ok(C("else-big"))]
    );
    assert_eq!(
        drive(&mut if_chain(), [0, 0, 1, 1]),
        [Ok(Y(1)), Ok(Y(2)), Ok(Y(3)), Ok(Y(4)), Ok(C("else-small"))]
    );
}

#[coro_core::coroutine(generator, yield = i32, send = Result<i32, String>)]
fn if_let_chain() -> String {
    let mut out = String::new();
    loop {
        if let Ok(n) = yield_!(0) {
            let doubled = yield_!(n * 2);
            if let Ok(m) = doubled {
                out.push_str(&format!("{n}+{m};"));
            }
        } else if let Err(text) = yield_!(-1) {
            out.push_str(&text);
            return out;
        }
    }
}

#[test]
fn if_let_and_else_if_let_bind_across_suspensions() {
    assert_eq!(
        drive(
            &mut if_let_chain(),
            [
                Ok(3),
                Ok(4),
                Err("x".to_owned()),
                Ok(0),
                Ok(5),
                Err("y".to_owned()),
                Err(String::new()),
                Err("end".to_owned())
            ]
        ),
        [
            Ok(Y(0)),
            Ok(Y(6)),
            Ok(Y(0)),
            Ok(Y(-1)),
            Ok(Y(0)),
            Ok(Y(10)),
            Ok(Y(0)),
            Ok(Y(-1)),
            Ok(C("3+4;end".to_owned()))
        ]
    );
}

#[derive(Debug, Clone, PartialEq)]
enum Msg {
    Num(i32),
    Text(String),
    Pair(i32, i32),
    Stop,
}

#[coro_core::coroutine(generator, yield = String, send = Msg)]
fn match_arms() -> Vec<String> {
    let mut out = Vec::new();
    loop {
        match yield_!(format!("{}", out.len())) {
            Msg::Num(n @ 1..=9) => out.push(format!("digit {n}")),
            Msg::Num(n) if n < 0 => {
                let again = yield_!(format!("negative {n}?"));
                // `n` is used after the suspension.
                out.push(format!("{n} then {again:?}"));
            }
            Msg::Num(n) => out.push(format!("num {n}")),
            Msg::Text(text) => {
                let suffix = yield_!(text.clone());
                if let Msg::Text(s) = suffix {
                    out.push(text + &s);
                }
            }
            Msg::Pair(a, b) | Msg::Pair(b, a) if a == b => out.push(format!("same {a}")),
            Msg::Pair(a, b) => out.push(format!("pair {}", a + b)),
            Msg::Stop => return out,
        }
    }
}

#[test]
fn match_with_guards_or_patterns_and_bindings_after_suspension() {
    let mut g = match_arms();
    let outcomes = drive(
        &mut g,
        [
            Msg::Num(4),
            Msg::Num(-3),
            Msg::Stop,
            Msg::Num(40),
            Msg::Text("ab".to_owned()),
            Msg::Text("cd".to_owned()),
            Msg::Pair(2, 2),
            Msg::Pair(2, 3),
            Msg::Stop,
        ],
    );
    let s = |t: &str| Ok(Y(t.to_owned()));
    assert_eq!(
        outcomes,
        [
            s("0"),
            s("1"),
            s("negative -3?"),
            s("2"),
            s("3"),
            s("ab"),
            s("4"),
            s("5"),
            s("6"),
            Ok(C(vec![
                "digit 4".to_owned(),
                "-3 then Stop".to_owned(),
                "num 40".to_owned(),
                "abcd".to_owned(),
                "same 2".to_owned(),
                "pair 5".to_owned(),
            ]))
        ]
    );
}

// A suspension inside a match guard is a compile error by design (see
// `ui-tests/ui/fail/markers/in_match_guard.rs`).

// ---------------------------------------------------------------------------------------------
// loop, while, while let, for, labels

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn loop_break_value() -> i32 {
    let mut tries = 0;
    let found = loop {
        tries += 1;
        let x = yield_!(tries);
        if x > 10 {
            break x * 2;
        }
    };
    found + tries
}

#[test]
fn loop_with_break_value_after_suspension() {
    assert_eq!(
        drive(&mut loop_break_value(), [1, 5, 11]),
        [Ok(Y(1)), Ok(Y(2)), Ok(Y(3)), Ok(C(25))]
    );
}

#[coro_core::coroutine(generator, yield = i32, send = bool)]
fn while_condition_suspends() -> i32 {
    let mut n = 0;
    while yield_!(n) {
        n += 1;
    }
    n
}

#[test]
fn while_with_a_suspension_in_its_condition() {
    assert_eq!(
        drive(&mut while_condition_suspends(), [true, true, false]),
        [Ok(Y(0)), Ok(Y(1)), Ok(Y(2)), Ok(C(2))]
    );
}

#[coro_core::coroutine(generator, yield = i32, send = Option<i32>)]
fn while_let_sent() -> i32 {
    let mut acc = 0;
    while let Some(x) = yield_!(acc) {
        acc += x;
    }
    acc * 10
}

#[test]
fn while_let_on_the_sent_value() {
    assert_eq!(
        drive(&mut while_let_sent(), [Some(1), Some(2), None]),
        [Ok(Y(0)), Ok(Y(1)), Ok(Y(3)), Ok(C(30))]
    );
}

#[coro_core::coroutine(generator, yield = (usize, String), send = ())]
fn for_over_owned_iterators(words: Vec<String>) -> usize {
    let mut count = 0;
    for (i, w) in words.into_iter().enumerate().rev() {
        if w.is_empty() {
            continue;
        }
        yield_!((i, w.to_uppercase()));
        count += 1;
    }
    for i in (0..10).step_by(4).filter(|i| i % 8 != 0) {
        yield_!((i, String::new()));
        count += 1;
    }
    count
}

#[test]
fn for_over_iterator_adapters() {
    let words = vec!["a".to_owned(), String::new(), "c".to_owned()];
    let mut g = for_over_owned_iterators(words);
    assert_eq!(
        drive(&mut g, [(), ()]),
        [
            Ok(Y((2, "C".to_owned()))),
            Ok(Y((0, "A".to_owned()))),
            Ok(Y((4, String::new())))
        ]
    );
    assert_eq!(g.send(()), Ok(C(3)));
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn for_bound_from_suspension() -> i32 {
    let mut sum = 0;
    for i in 0..yield_!(-1) {
        sum += yield_!(i);
    }
    sum
}

#[test]
fn for_range_bound_comes_from_a_suspension() {
    assert_eq!(
        drive(&mut for_bound_from_suspension(), [3, 10, 20, 30]),
        [Ok(Y(-1)), Ok(Y(0)), Ok(Y(1)), Ok(Y(2)), Ok(C(60))]
    );
    assert_eq!(
        drive(&mut for_bound_from_suspension(), [0]),
        [Ok(Y(-1)), Ok(C(0))]
    );
}

#[coro_core::coroutine(generator, yield = (i32, i32), send = &'static str)]
fn labeled(rows: i32) -> (Vec<(i32, i32)>, &'static str) {
    let mut kept = Vec::new();
    let how = 'outer: loop {
        let mut i = 0;
        while i < rows {
            i += 1;
            'inner: for j in 0..3 {
                match yield_!((i, j)) {
                    "row" => continue 'outer,
                    "col" => continue 'inner,
                    "next" => break 'inner,
                    "stop" => break 'outer "stopped",
                    _ => kept.push((i, j)),
                }
            }
        }
        break "exhausted";
    };
    (kept, how)
}

#[test]
fn labeled_break_and_continue_across_loop_kinds() {
    let mut g = labeled(2);
    assert_eq!(
        drive(
            &mut g,
            ["keep", "next", "row", "keep", "col", "keep", "stop"]
        ),
        [
            Ok(Y((1, 0))),
            Ok(Y((1, 1))),
            Ok(Y((2, 0))),
            // `continue 'outer` restarts the `while` from row 1.
            Ok(Y((1, 0))),
            Ok(Y((1, 1))),
            Ok(Y((1, 2))),
            Ok(Y((2, 0))),
            Ok(C((vec![(1, 0), (1, 0), (1, 2)], "stopped")))
        ]
    );
    let mut g = labeled(1);
    assert_eq!(
        drive(&mut g, ["keep", "keep", "keep"]),
        [
            Ok(Y((1, 0))),
            Ok(Y((1, 1))),
            Ok(Y((1, 2))),
            Ok(C((vec![(1, 0), (1, 1), (1, 2)], "exhausted")))
        ]
    );
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn labeled_block(limit: i32) -> i32 {
    let v = 'b: {
        let first = yield_!(0);
        if first > limit {
            break 'b first * 100;
        }
        let second = yield_!(first);
        if second < 0 {
            break 'b -1;
        }
        first + second
    };
    yield_!(v) + v
}

#[test]
fn labeled_block_broken_with_a_value_after_suspensions() {
    assert_eq!(
        drive(&mut labeled_block(5), [7, 1]),
        [Ok(Y(0)), Ok(Y(700)), Ok(C(701))]
    );
    assert_eq!(
        drive(&mut labeled_block(5), [2, -3, 1]),
        [Ok(Y(0)), Ok(Y(2)), Ok(Y(-1)), Ok(C(0))]
    );
    assert_eq!(
        drive(&mut labeled_block(5), [2, 3, 1]),
        [Ok(Y(0)), Ok(Y(2)), Ok(Y(5)), Ok(C(6))]
    );
}

// ---------------------------------------------------------------------------------------------
// return and ?

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn early_return() -> i32 {
    for i in 0..3 {
        let mut j = 0;
        loop {
            let x = yield_!(i * 10 + j);
            if x == 99 {
                return yield_!(-1) + 1000;
            }
            if x == 0 {
                break;
            }
            j += 1;
        }
    }
    -2
}

#[test]
fn return_from_nested_loops_and_return_of_a_suspension() {
    assert_eq!(
        drive(&mut early_return(), [1, 0, 99, 5]),
        [Ok(Y(0)), Ok(Y(1)), Ok(Y(10)), Ok(Y(-1)), Ok(C(1005))]
    );
    assert_eq!(
        drive(&mut early_return(), [0, 0, 0]),
        [Ok(Y(0)), Ok(Y(10)), Ok(Y(20)), Ok(C(-2))]
    );
}

#[derive(Debug, PartialEq)]
enum InputError {
    NotANumber(ParseIntError),
    Negative(i32),
}

impl From<ParseIntError> for InputError {
    fn from(e: ParseIntError) -> Self {
        InputError::NotANumber(e)
    }
}

fn check(n: i32) -> Result<i32, InputError> {
    if n < 0 {
        Err(InputError::Negative(n))
    } else {
        Ok(n)
    }
}

#[coro_core::coroutine(generator, yield = i32, send = &'static str, error = InputError)]
fn question_marks() -> i32 {
    let mut sum = 0;
    loop {
        let text = yield_!(sum);
        if text.is_empty() {
            return sum;
        }
        let n: i32 = text.parse()?;
        sum += check(n)?;
    }
}

#[test]
fn question_mark_raises_through_from() {
    let mut g = question_marks();
    assert_eq!(
        drive(&mut g, ["1", "2", ""]),
        [Ok(Y(0)), Ok(Y(1)), Ok(Y(3)), Ok(C(3))]
    );
    let mut g = question_marks();
    let outcomes = drive(&mut g, ["4", "x"]);
    assert_eq!(outcomes[..2], [Ok(Y(0)), Ok(Y(4))]);
    let parse_error = "x".parse::<i32>().unwrap_err();
    assert_eq!(
        outcomes[2],
        Err(Error::Raised(InputError::NotANumber(parse_error)))
    );
    let mut g = question_marks();
    assert_eq!(
        drive(&mut g, ["-7"]),
        [Ok(Y(0)), Err(Error::Raised(InputError::Negative(-7)))]
    );
    assert_eq!(g.send("1"), Err(Error::Exhausted));
}

#[coro_core::coroutine(generator, yield = i32, send = &'static str, error = InputError)]
fn question_mark_inside_yield() -> usize {
    let mut count = 0;
    let mut text = "0";
    while !text.is_empty() {
        text = yield_!(check(text.parse()?)? * 2);
        count += 1;
    }
    count
}

#[test]
fn question_mark_inside_the_yielded_expression() {
    assert_eq!(
        drive(&mut question_mark_inside_yield(), ["3", "4", ""]),
        [Ok(Y(0)), Ok(Y(6)), Ok(Y(8)), Ok(C(3))]
    );
    assert_eq!(
        drive(&mut question_mark_inside_yield(), ["-2"]),
        [Ok(Y(0)), Err(Error::Raised(InputError::Negative(-2)))]
    );
}

#[coro_core::coroutine(generator, yield = u64)]
fn counter(n: u64) {
    let mut i = 0;
    while i < n {
        yield_!(i);
        i += 1;
    }
}

#[test]
fn a_long_running_generator_keeps_working() {
    assert_eq!(counter(100_000).sum::<u64>(), 4_999_950_000);
    assert_eq!(counter(100_000).last(), Some(99_999));
}

// ---------------------------------------------------------------------------------------------
// Suspensions in expression position (A4)

fn seen(name: &str, value: i32) -> i32 {
    log(format!("eval {name}"));
    value
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn binary_operands() -> i32 {
    seen("a", 1) * yield_!(1) + seen("b", 2) * yield_!(2) - yield_!(3) / seen("c", 1)
}

#[test]
fn a4_binary_operands_left_to_right() {
    // A4
    take_trace();
    let mut g = binary_operands();
    assert_eq!(g.start(), Ok(Y(1)));
    assert_eq!(take_trace(), strings(&["log eval a"]));
    assert_eq!(g.send(10), Ok(Y(2)));
    assert_eq!(take_trace(), strings(&["log eval b"]));
    assert_eq!(g.send(20), Ok(Y(3)));
    assert!(take_trace().is_empty());
    assert_eq!(g.send(6), Ok(C(10 + 40 - 6)));
    assert_eq!(take_trace(), strings(&["log eval c"]));
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn left_operand_read_before() -> (i32, i32) {
    let mut x = 1;
    let r = x + {
        x = 100;
        yield_!(x)
    };
    (r, x)
}

#[test]
fn a4_left_operand_is_evaluated_before_the_suspension() {
    // A4
    assert_eq!(
        drive(&mut left_operand_read_before(), [5]),
        [Ok(Y(100)), Ok(C((6, 100)))]
    );
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn aggregates() -> (Vec<i32>, Point, [i32; 3], (i32, i32)) {
    let array = [yield_!(1), yield_!(2), yield_!(3)];
    // Field initialisers run in source order, not declaration order.
    let p = Point {
        y: yield_!(4),
        x: yield_!(5),
    };
    let tuple = (yield_!(6), -yield_!(7));
    let mut v = Vec::new();
    v.push(yield_!(8));
    v.push(array[usize::try_from(yield_!(9)).unwrap_or(0)]);
    (v, p, array, tuple)
}

#[test]
fn a4_arrays_structs_tuples_and_call_arguments() {
    // A4
    let outcomes = drive(&mut aggregates(), [10, 20, 30, 40, 50, 60, 70, 80, 2]);
    assert_eq!(
        outcomes,
        [
            Ok(Y(1)),
            Ok(Y(2)),
            Ok(Y(3)),
            Ok(Y(4)),
            Ok(Y(5)),
            Ok(Y(6)),
            Ok(Y(7)),
            Ok(Y(8)),
            Ok(Y(9)),
            Ok(C((
                vec![80, 30],
                Point { x: 50, y: 40 },
                [10, 20, 30],
                (60, -70)
            )))
        ]
    );
}

fn sub(a: i32, b: i32) -> i32 {
    a - b
}

#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn calls_methods_and_nesting() -> i32 {
    let a = sub(yield_!(1), yield_!(2));
    let b = yield_!(a).pow(2);
    let c = yield_!(yield_!(b) + 1);
    let d = i64::from(yield_!(c)) as i32;
    let mut p = Point { x: 1, y: 1 };
    p.x += yield_!(d);
    p.y *= yield_!(p.x);
    a + b + c + d + p.x + p.y
}

#[test]
fn a4_call_arguments_method_receivers_nesting_and_compound_assignment() {
    // A4: `yield_!(yield_!(b) + 1)` yields b, then the sent value plus one.
    assert_eq!(
        drive(&mut calls_methods_and_nesting(), [9, 4, 3, 7, 20, 2, 5, 6]),
        [
            Ok(Y(1)),
            Ok(Y(2)),
            Ok(Y(5)),
            Ok(Y(9)),
            Ok(Y(8)),
            Ok(Y(20)),
            Ok(Y(2)),
            Ok(Y(6)),
            Ok(C(5 + 9 + 20 + 2 + 6 + 6))
        ]
    );
}

#[coro_core::coroutine(generator, yield = i32, send = bool)]
fn short_circuit() -> (bool, bool) {
    let and = yield_!(1) && yield_!(2);
    let or = yield_!(3) || yield_!(4);
    (and, or)
}

#[test]
fn a4_short_circuit_skips_the_right_suspension() {
    // A4: the right operand of && / || is not evaluated, so it does not suspend.
    assert_eq!(
        drive(&mut short_circuit(), [false, true]),
        [Ok(Y(1)), Ok(Y(3)), Ok(C((false, true)))]
    );
    assert_eq!(
        drive(&mut short_circuit(), [true, true, false, false]),
        [Ok(Y(1)), Ok(Y(2)), Ok(Y(3)), Ok(Y(4)), Ok(C((true, false)))]
    );
}

// ---------------------------------------------------------------------------------------------
// Locals of every kind across suspensions

#[coro_core::coroutine(generator, yield = usize, send = i32)]
fn inferred_locals() -> (Vec<i32>, String, i32) {
    let mut v = Vec::new();
    let mut s = String::new();
    let boxed = Box::new(7);
    let k = 3;
    let scale = move |a: i32| a * k;
    yield_!(v.len());
    v.push(scale(yield_!(s.len())));
    s.push_str("ab");
    let n = yield_!(v.len() + s.len());
    v.push(n);
    (v, s, *boxed + scale(1))
}

#[test]
fn locals_with_inferred_types_and_closures_live_across_suspensions() {
    assert_eq!(
        drive(&mut inferred_locals(), [0, 5, 6]),
        [
            Ok(Y(0)),
            Ok(Y(0)),
            Ok(Y(3)),
            Ok(C((vec![15, 6], "ab".to_owned(), 10)))
        ]
    );
}

#[coro_core::coroutine(generator, yield = String, send = ())]
fn moves_values_out(parts: Vec<String>) -> usize {
    let mut total = 0;
    for part in parts {
        total += part.len();
        yield_!(part);
    }
    let last = String::from("end");
    yield_!(last);
    total
}

#[test]
fn non_copy_values_are_moved_out_by_yield() {
    let parts = vec!["ab".to_owned(), "cde".to_owned()];
    assert_eq!(
        drive(&mut moves_values_out(parts), [(), (), ()]),
        [
            Ok(Y("ab".to_owned())),
            Ok(Y("cde".to_owned())),
            Ok(Y("end".to_owned())),
            Ok(C(5))
        ]
    );
}

#[coro_core::coroutine(generator, yield = &'a str)]
fn words<'a>(text: &'a str) -> usize {
    let mut n = 0;
    for w in text.split(' ').filter(|w| !w.is_empty()) {
        yield_!(w);
        n += 1;
    }
    n
}

#[test]
fn borrowed_arguments_live_across_suspensions() {
    let text = String::from("to be  or");
    let mut g = words(&text);
    assert_eq!(
        drive(&mut g, [(), (), ()]),
        [Ok(Y("to")), Ok(Y("be")), Ok(Y("or")), Ok(C(3))]
    );
    let collected: Vec<&str> = words(&text).collect();
    assert_eq!(collected, ["to", "be", "or"]);
}

// ---------------------------------------------------------------------------------------------
// Methods and generic functions

#[derive(Debug)]
struct Stack {
    items: Vec<i32>,
    scale: i32,
}

impl Stack {
    #[coro_core::coroutine(generator, yield = i32)]
    fn scaled(&self) -> usize {
        for x in &self.items {
            yield_!(x * self.scale);
        }
        self.items.len()
    }

    #[coro_core::coroutine(generator, yield = i32, send = i32)]
    fn pop_push(&mut self) -> i32 {
        while let Some(top) = self.items.pop() {
            let add = yield_!(top);
            if add != 0 {
                self.items.push(add);
            }
        }
        self.scale
    }
}

impl Stack {
    #[coro_core::coroutine(yield = i32)]
    fn consume(self) -> Vec<i32> {
        let mut rest = self.items;
        while rest.len() > 1 {
            yield_!(rest.remove(0));
        }
        rest
    }
}

#[test]
fn methods_taking_ref_and_mut_ref() {
    let mut s = Stack {
        items: vec![1, 2],
        scale: 5,
    };
    assert_eq!(
        drive(&mut s.scaled(), [(), ()]),
        [Ok(Y(5)), Ok(Y(10)), Ok(C(2))]
    );
    assert_eq!(
        drive(&mut s.pop_push(), [9, 0, 0]),
        [Ok(Y(2)), Ok(Y(9)), Ok(Y(1)), Ok(C(5))]
    );
    assert!(s.items.is_empty());
}

#[test]
fn method_taking_self_by_value() {
    let s = Stack {
        items: vec![3, 4, 5],
        scale: 1,
    };
    assert_eq!(
        drive(&mut s.consume(), [(), ()]),
        [Ok(Y(3)), Ok(Y(4)), Ok(C(vec![5]))]
    );
}

#[coro_core::coroutine(generator, yield = T)]
fn largest_so_far<T, I>(items: I) -> Option<T>
where
    T: PartialOrd + Copy,
    I: IntoIterator<Item = T>,
{
    let mut best: Option<T> = None;
    for x in items {
        if best.is_none_or(|b| x > b) {
            best = Some(x);
            yield_!(x);
        }
    }
    best
}

#[test]
fn generic_functions_with_where_clauses() {
    let mut g = largest_so_far(vec![3, 1, 4, 1, 5]);
    assert_eq!(drive(&mut g, [(), ()]), [Ok(Y(3)), Ok(Y(4)), Ok(Y(5))]);
    assert_eq!(g.send(()), Ok(C(Some(5))));
    let floats: Vec<f64> = largest_so_far([0.5, 0.25, 2.0]).collect();
    assert_eq!(floats, [0.5, 2.0]);
}

#[coro_core::coroutine(generator, yield = String)]
fn impl_trait_argument(items: impl IntoIterator<Item = impl ToString>) {
    for item in items {
        yield_!(item.to_string());
    }
}

#[test]
fn impl_trait_arguments() {
    let all: Vec<String> = impl_trait_argument([1, 2]).collect();
    assert_eq!(all, ["1", "2"]);
    let all: Vec<String> = impl_trait_argument(vec!['x']).collect();
    assert_eq!(all, ["x"]);
}

// ---------------------------------------------------------------------------------------------
// Defaults of the attribute

#[coro_core::coroutine(generator)]
fn unit_generator() -> i32 {
    yield_!(());
    yield_!(());
    2
}

#[coro_core::coroutine]
fn unit_coroutine() {
    log("a");
    yield_!(());
    log("b");
}

#[test]
fn default_yield_send_and_return_are_unit() {
    let mut g = unit_generator();
    assert_eq!(drive(&mut g, [(), ()]), [Ok(Y(())), Ok(Y(())), Ok(C(2))]);
    assert_eq!(unit_generator().count(), 2);

    take_trace();
    let mut c = unit_coroutine();
    assert_eq!(drive(&mut c, [()]), [Ok(Y(())), Ok(C(()))]);
    assert_eq!(take_trace(), strings(&["log a", "log b"]));
    assert_eq!(c.send(()), Err(Error::Reused));
}

/// `let ... else` whose `else` block suspends (it must still diverge); the bindings, one of them
/// `mut`, are used after later suspensions.
#[coro_core::coroutine(generator, yield = i32, send = i32)]
fn let_else_that_suspends(pair: Option<(i32, i32)>) -> i32 {
    let Some((a, mut b)) = pair else {
        let reason = yield_!(-1);
        return reason * 100;
    };
    b += yield_!(a);
    a + b
}

#[test]
fn let_else_whose_else_block_suspends() {
    assert_eq!(
        drive(&mut let_else_that_suspends(Some((1, 2))), [10]),
        [Ok(Y(1)), Ok(C(13))]
    );
    assert_eq!(
        drive(&mut let_else_that_suspends(None), [7]),
        [Ok(Y(-1)), Ok(C(700))]
    );
}

/// Operands of variables and literals joined by binary operators, which the macro builds
/// without syn's expression parser: each yields what Rust's precedence gives, and a sent value
/// (`s`) enters the next operand. `a - b - c` and `a / b % c` check left-to-right grouping.
#[coro_core::coroutine(generator, yield = i64, send = i64)]
fn binary_marker_operands(a: i64, b: i64, c: i64) -> bool {
    let s = yield_!(a + b * c);
    let t = yield_!(a * b + c - s);
    yield_!(a - b - c);
    yield_!(s / b % c * 3);
    yield_!(a << 2 | b & 1 ^ c);
    yield_!(t >> 1 | a);
    a == b || s != t && c < 3 && a <= b
}

#[test]
fn binary_operands_follow_rusts_precedence() {
    let (a, b, c) = (7, 5, 3);
    let (s, t) = (40, 9);
    assert_eq!(
        drive(&mut binary_marker_operands(a, b, c), [s, t, 0, 0, 0, 0]),
        [
            Ok(Y(a + b * c)),
            Ok(Y(a * b + c - s)),
            Ok(Y(a - b - c)),
            Ok(Y(s / b % c * 3)),
            Ok(Y(a << 2 | b & 1 ^ c)),
            Ok(Y(t >> 1 | a)),
            Ok(C(a == b || s != t && c < 3 && a <= b)),
        ]
    );
    // The figures themselves, so that a wrong grouping cannot agree with itself.
    assert_eq!(
        [
            a + b * c,
            a * b + c - s,
            a - b - c,
            s / b % c * 3,
            a << 2 | b & 1 ^ c
        ],
        [22, -2, -1, 6, 30]
    );
}
