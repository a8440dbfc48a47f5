//! Coroutines that keep more than sixteen locals across their suspensions. A long body's
//! enums name the locals' types through one parameter, a list of chunks of sixteen
//! (`coro_core::__private::{Chunk, Level}`), the awaiters first, then the other locals in order
//! (chunks.rs in coro-macros, `Chunks`): the values, the protocol and the drops must be
//! those of any other coroutine (S2, S4, C3, C5), whichever chunk a local is in.

use coro_core::{Coroutine, Step, yield_, yield_from};
use coro_tests::DropCounter;

// Thirty-two loops, each iterator of another type (closures among them) and carried across
// its loop's yields, and three tokens declared at the start, the middle and the end: 36
// carried locals, three chunks.
#[coro_core::coroutine(yield = String, send = u64)]
fn long_loops(counter: DropCounter, seed: u64) -> String {
    let first = counter.token("first");
    let mut acc = seed;
    for b in 0..2u8 {
        acc += yield_!(format!("0.0:{:?}:{acc}", b));
    }
    for c in ['x', 'y'] {
        acc += yield_!(format!("0.1:{:?}:{acc}", c));
    }
    for s in ["p", "q"] {
        acc += yield_!(format!("0.2:{:?}:{acc}", s));
    }
    for v in Vec::from([1u16, 2]) {
        acc += yield_!(format!("0.3:{:?}:{acc}", v));
    }
    for w in "mn".chars() {
        acc += yield_!(format!("0.4:{:?}:{acc}", w));
    }
    for r in (0..2u8).rev() {
        acc += yield_!(format!("0.5:{:?}:{acc}", r));
    }
    for k in (0..6u32).step_by(3) {
        acc += yield_!(format!("0.6:{:?}:{acc}", k));
    }
    for (i, z) in [10i32, 20].into_iter().enumerate() {
        acc += yield_!(format!("0.7:{:?}:{acc}", (i, z)));
    }
    for (n, f) in (0..2u8).zip([true, false]) {
        acc += yield_!(format!("0.8:{:?}:{acc}", (n, f)));
    }
    for o in std::iter::once(7u64) {
        acc += yield_!(format!("0.9:{:?}:{acc}", o));
    }
    for t in std::iter::repeat_n('t', 2) {
        acc += yield_!(format!("0.10:{:?}:{acc}", t));
    }
    for m in (0..2u8).map(|x| x * 3) {
        acc += yield_!(format!("0.11:{:?}:{acc}", m));
    }
    for g in (5..8u64).skip(1) {
        acc += yield_!(format!("0.12:{:?}:{acc}", g));
    }
    for h in 1..=2i64 {
        acc += yield_!(format!("0.13:{:?}:{acc}", h));
    }
    for u in Vec::from([String::from("u1"), String::from("u2")]) {
        acc += yield_!(format!("0.14:{:?}:{acc}", u));
    }
    for q in [1.5f32, 2.5].into_iter().filter(|x| *x > 0.0) {
        acc += yield_!(format!("0.15:{:?}:{acc}", q));
    }
    let middle = counter.token("middle");
    for b in 0..2u8 {
        acc += yield_!(format!("1.0:{:?}:{acc}", b));
    }
    for c in ['x', 'y'] {
        acc += yield_!(format!("1.1:{:?}:{acc}", c));
    }
    for s in ["p", "q"] {
        acc += yield_!(format!("1.2:{:?}:{acc}", s));
    }
    for v in Vec::from([1u16, 2]) {
        acc += yield_!(format!("1.3:{:?}:{acc}", v));
    }
    for w in "mn".chars() {
        acc += yield_!(format!("1.4:{:?}:{acc}", w));
    }
    for r in (0..2u8).rev() {
        acc += yield_!(format!("1.5:{:?}:{acc}", r));
    }
    for k in (0..6u32).step_by(3) {
        acc += yield_!(format!("1.6:{:?}:{acc}", k));
    }
    for (i, z) in [10i32, 20].into_iter().enumerate() {
        acc += yield_!(format!("1.7:{:?}:{acc}", (i, z)));
    }
    for (n, f) in (0..2u8).zip([true, false]) {
        acc += yield_!(format!("1.8:{:?}:{acc}", (n, f)));
    }
    for o in std::iter::once(7u64) {
        acc += yield_!(format!("1.9:{:?}:{acc}", o));
    }
    for t in std::iter::repeat_n('t', 2) {
        acc += yield_!(format!("1.10:{:?}:{acc}", t));
    }
    for m in (0..2u8).map(|x| x * 3) {
        acc += yield_!(format!("1.11:{:?}:{acc}", m));
    }
    for g in (5..8u64).skip(1) {
        acc += yield_!(format!("1.12:{:?}:{acc}", g));
    }
    for h in 1..=2i64 {
        acc += yield_!(format!("1.13:{:?}:{acc}", h));
    }
    for u in Vec::from([String::from("u1"), String::from("u2")]) {
        acc += yield_!(format!("1.14:{:?}:{acc}", u));
    }
    for q in [1.5f32, 2.5].into_iter().filter(|x| *x > 0.0) {
        acc += yield_!(format!("1.15:{:?}:{acc}", q));
    }
    let last = counter.token("last");
    acc += yield_!(format!("end:{acc}"));
    format!("{}{}{}:{acc}", first.name(), middle.name(), last.name())
}

/// The same body as a plain function: each `yield_!(v)` is `send(v)`.
#[rustfmt::skip]
fn long_loops_twin(counter: DropCounter, seed: u64, send: &mut dyn FnMut(String) -> u64) -> String {
    let first = counter.token("first");
    let mut acc = seed;
    for b in 0..2u8 {
        acc += send(format!("0.0:{:?}:{acc}", b));
    }
    for c in ['x', 'y'] {
        acc += send(format!("0.1:{:?}:{acc}", c));
    }
    for s in ["p", "q"] {
        acc += send(format!("0.2:{:?}:{acc}", s));
    }
    for v in Vec::from([1u16, 2]) {
        acc += send(format!("0.3:{:?}:{acc}", v));
    }
    for w in "mn".chars() {
        acc += send(format!("0.4:{:?}:{acc}", w));
    }
    for r in (0..2u8).rev() {
        acc += send(format!("0.5:{:?}:{acc}", r));
    }
    for k in (0..6u32).step_by(3) {
        acc += send(format!("0.6:{:?}:{acc}", k));
    }
    for (i, z) in [10i32, 20].into_iter().enumerate() {
        acc += send(format!("0.7:{:?}:{acc}", (i, z)));
    }
    for (n, f) in (0..2u8).zip([true, false]) {
        acc += send(format!("0.8:{:?}:{acc}", (n, f)));
    }
    for o in std::iter::once(7u64) {
        acc += send(format!("0.9:{:?}:{acc}", o));
    }
    for t in std::iter::repeat_n('t', 2) {
        acc += send(format!("0.10:{:?}:{acc}", t));
    }
    for m in (0..2u8).map(|x| x * 3) {
        acc += send(format!("0.11:{:?}:{acc}", m));
    }
    for g in (5..8u64).skip(1) {
        acc += send(format!("0.12:{:?}:{acc}", g));
    }
    for h in 1..=2i64 {
        acc += send(format!("0.13:{:?}:{acc}", h));
    }
    for u in Vec::from([String::from("u1"), String::from("u2")]) {
        acc += send(format!("0.14:{:?}:{acc}", u));
    }
    for q in [1.5f32, 2.5].into_iter().filter(|x| *x > 0.0) {
        acc += send(format!("0.15:{:?}:{acc}", q));
    }
    let middle = counter.token("middle");
    for b in 0..2u8 {
        acc += send(format!("1.0:{:?}:{acc}", b));
    }
    for c in ['x', 'y'] {
        acc += send(format!("1.1:{:?}:{acc}", c));
    }
    for s in ["p", "q"] {
        acc += send(format!("1.2:{:?}:{acc}", s));
    }
    for v in Vec::from([1u16, 2]) {
        acc += send(format!("1.3:{:?}:{acc}", v));
    }
    for w in "mn".chars() {
        acc += send(format!("1.4:{:?}:{acc}", w));
    }
    for r in (0..2u8).rev() {
        acc += send(format!("1.5:{:?}:{acc}", r));
    }
    for k in (0..6u32).step_by(3) {
        acc += send(format!("1.6:{:?}:{acc}", k));
    }
    for (i, z) in [10i32, 20].into_iter().enumerate() {
        acc += send(format!("1.7:{:?}:{acc}", (i, z)));
    }
    for (n, f) in (0..2u8).zip([true, false]) {
        acc += send(format!("1.8:{:?}:{acc}", (n, f)));
    }
    for o in std::iter::once(7u64) {
        acc += send(format!("1.9:{:?}:{acc}", o));
    }
    for t in std::iter::repeat_n('t', 2) {
        acc += send(format!("1.10:{:?}:{acc}", t));
    }
    for m in (0..2u8).map(|x| x * 3) {
        acc += send(format!("1.11:{:?}:{acc}", m));
    }
    for g in (5..8u64).skip(1) {
        acc += send(format!("1.12:{:?}:{acc}", g));
    }
    for h in 1..=2i64 {
        acc += send(format!("1.13:{:?}:{acc}", h));
    }
    for u in Vec::from([String::from("u1"), String::from("u2")]) {
        acc += send(format!("1.14:{:?}:{acc}", u));
    }
    for q in [1.5f32, 2.5].into_iter().filter(|x| *x > 0.0) {
        acc += send(format!("1.15:{:?}:{acc}", q));
    }
    let last = counter.token("last");
    acc += send(format!("end:{acc}"));
    format!("{}{}{}:{acc}", first.name(), middle.name(), last.name())
}

/// What each resume sends: 1, 2, .. 5, 1, ..
fn sends() -> impl FnMut() -> u64 {
    let mut k = 0;
    move || {
        k += 1;
        k % 5 + 1
    }
}

#[test]
fn a_body_of_three_chunks_yields_and_returns_what_its_plain_twin_computes() {
    let counter = DropCounter::new();
    let mut expected = Vec::new();
    let mut next = sends();
    let returned = long_loops_twin(counter.clone(), 5, &mut |v| {
        expected.push(v);
        next()
    });
    assert_eq!(counter.dropped(), ["last", "middle", "first"]);
    assert_eq!(expected.len(), 63);
    assert_eq!(expected[0], "0.0:0:5");
    assert_eq!(expected[8], "0.4:'m':29");

    let counter = DropCounter::new();
    let mut co = long_loops(counter.clone(), 5);
    let mut next = sends();
    let mut yielded = Vec::new();
    let mut step = co.start().unwrap();
    let end = loop {
        match step {
            Step::Yielded(v) => yielded.push(v),
            Step::Complete(r) => break r,
        }
        step = co.send(next()).unwrap();
    };
    assert_eq!(yielded, expected);
    assert_eq!(end, returned);
    assert_eq!(
        end,
        format!(
            "firstmiddlelast:{}",
            5 + (1..=63).map(|k| k % 5 + 1).sum::<u64>()
        )
    );
    // The tokens drop at the body's end, newest first; a finished coroutine refuses a send
    // with an error value (S4).
    assert_eq!(counter.dropped(), ["last", "middle", "first"]);
    assert!(co.send(1).is_err());
}

#[test]
fn dropped_in_each_chunk_the_live_tokens_drop_newest_first() {
    // Suspended in the first round (before `middle`), in the second, and at the last yield.
    for (resumes, live, dropped) in [
        (3, 1, &["first"][..]),
        (40, 2, &["middle", "first"][..]),
        (62, 3, &["last", "middle", "first"][..]),
    ] {
        let counter = DropCounter::new();
        let mut co = long_loops(counter.clone(), 0);
        co.start().unwrap();
        for _ in 0..resumes {
            assert!(matches!(co.send(1).unwrap(), Step::Yielded(_)));
        }
        assert_eq!(counter.live(), live, "after {resumes} resumes");
        drop(co);
        assert_eq!(counter.dropped(), dropped, "after {resumes} resumes");
        assert_eq!(counter.live(), 0);
    }
}

// Generic: eighteen iterators of the function's own type parameter's arrays.
#[coro_core::coroutine(generator, yield = T)]
fn every_item<T: Clone>(items: [T; 2]) -> usize {
    let mut count = 0usize;
    for x0 in items.clone() {
        yield_!(x0);
        count += 1;
    }
    for x1 in items.clone() {
        yield_!(x1);
        count += 2;
    }
    for x2 in items.clone() {
        yield_!(x2);
        count += 3;
    }
    for x3 in items.clone() {
        yield_!(x3);
        count += 4;
    }
    for x4 in items.clone() {
        yield_!(x4);
        count += 5;
    }
    for x5 in items.clone() {
        yield_!(x5);
        count += 6;
    }
    for x6 in items.clone() {
        yield_!(x6);
        count += 7;
    }
    for x7 in items.clone() {
        yield_!(x7);
        count += 8;
    }
    for x8 in items.clone() {
        yield_!(x8);
        count += 9;
    }
    for x9 in items.clone() {
        yield_!(x9);
        count += 10;
    }
    for x10 in items.clone() {
        yield_!(x10);
        count += 11;
    }
    for x11 in items.clone() {
        yield_!(x11);
        count += 12;
    }
    for x12 in items.clone() {
        yield_!(x12);
        count += 13;
    }
    for x13 in items.clone() {
        yield_!(x13);
        count += 14;
    }
    for x14 in items.clone() {
        yield_!(x14);
        count += 15;
    }
    for x15 in items.clone() {
        yield_!(x15);
        count += 16;
    }
    for x16 in items.clone() {
        yield_!(x16);
        count += 17;
    }
    for x17 in items.clone() {
        yield_!(x17);
        count += 18;
    }
    count
}

#[test]
fn a_generic_body_of_two_chunks() {
    let mut co = every_item(["a".to_owned(), "b".to_owned()]);
    let mut items = Vec::new();
    let mut step = co.start().unwrap();
    let count = loop {
        match step {
            Step::Yielded(v) => items.push(v),
            Step::Complete(n) => break n,
        }
        step = co.send(()).unwrap();
    };
    assert_eq!(items.len(), 36);
    assert!(items.chunks(2).all(|pair| pair == ["a", "b"]));
    assert_eq!(count, 2 * (1..=18).sum::<usize>());
}

fn pair(
    counter: DropCounter,
    base: u64,
) -> impl Coroutine<Yield = u64, Send = u64, Return = u64, Error = String> {
    pair_of(counter, base)
}

#[coro_core::coroutine(yield = u64, send = u64, error = String)]
fn pair_of(counter: DropCounter, base: u64) -> u64 {
    let _token = counter.token("pair");
    let a = yield_!(base);
    let b = yield_!(base + 1);
    a + b
}

// def pair(base):
//     a = yield base
//     b = yield base + 1
//     return a + b
// def delegating(seed):
//     acc = seed
//     for j in range(20):
//         for d in range(2):
//             if j % 4 == 0:
//                 acc += yield from pair(acc + d)
//             else:
//                 acc += yield acc * 10 + d
//     return acc
/// Twenty loops, a delegation in every fourth: the awaiters are elements of the chunks too.
#[coro_core::coroutine(yield = u64, send = u64, error = String)]
fn delegating(counter: DropCounter, seed: u64) -> u64 {
    let _outer = counter.token("outer");
    let mut acc = seed;
    for d0 in 0..2u64 {
        acc += yield_from!(pair(counter.clone(), acc + d0));
    }
    for d1 in 0..2u64 {
        acc += yield_!(acc * 10 + d1);
    }
    for d2 in 0..2u64 {
        acc += yield_!(acc * 10 + d2);
    }
    for d3 in 0..2u64 {
        acc += yield_!(acc * 10 + d3);
    }
    for d4 in 0..2u64 {
        acc += yield_from!(pair(counter.clone(), acc + d4));
    }
    for d5 in 0..2u64 {
        acc += yield_!(acc * 10 + d5);
    }
    for d6 in 0..2u64 {
        acc += yield_!(acc * 10 + d6);
    }
    for d7 in 0..2u64 {
        acc += yield_!(acc * 10 + d7);
    }
    for d8 in 0..2u64 {
        acc += yield_from!(pair(counter.clone(), acc + d8));
    }
    for d9 in 0..2u64 {
        acc += yield_!(acc * 10 + d9);
    }
    for d10 in 0..2u64 {
        acc += yield_!(acc * 10 + d10);
    }
    for d11 in 0..2u64 {
        acc += yield_!(acc * 10 + d11);
    }
    for d12 in 0..2u64 {
        acc += yield_from!(pair(counter.clone(), acc + d12));
    }
    for d13 in 0..2u64 {
        acc += yield_!(acc * 10 + d13);
    }
    for d14 in 0..2u64 {
        acc += yield_!(acc * 10 + d14);
    }
    for d15 in 0..2u64 {
        acc += yield_!(acc * 10 + d15);
    }
    for d16 in 0..2u64 {
        acc += yield_from!(pair(counter.clone(), acc + d16));
    }
    for d17 in 0..2u64 {
        acc += yield_!(acc * 10 + d17);
    }
    for d18 in 0..2u64 {
        acc += yield_!(acc * 10 + d18);
    }
    for d19 in 0..2u64 {
        acc += yield_!(acc * 10 + d19);
    }
    acc
}

#[test]
fn a_delegating_body_of_two_chunks_matches_cpython() {
    let counter = DropCounter::new();
    let mut co = delegating(counter.clone(), 3);
    let mut yielded = vec![];
    let mut step = co.start().unwrap();
    let mut i = 0;
    let end = loop {
        match step {
            Step::Yielded(v) => yielded.push(v),
            Step::Complete(r) => break r,
        }
        i += 1;
        step = co.send(i % 5 + 1).unwrap();
    };
    // CPython 3.13, driven the same way (send(None), then i % 5 + 1).
    assert_eq!(
        yielded,
        [
            3, 4, 9, 10, 170, 181, 200, 231, 270, 321, 33, 34, 39, 40, 470, 481, 500, 531, 570,
            621, 63, 64, 69, 70, 770, 781, 800, 831, 870, 921, 93, 94, 99, 100, 1070, 1081, 1100,
            1131, 1170, 1221, 123, 124, 129, 130, 1370, 1381, 1400, 1431, 1470, 1521
        ]
    );
    assert_eq!(end, 153);
    assert_eq!(
        counter.dropped().iter().filter(|&&n| n == "pair").count(),
        10
    );
    assert_eq!(counter.dropped().last(), Some(&"outer"));
}

#[test]
fn dropped_inside_a_late_delegation_the_delegate_drops_first() {
    let counter = DropCounter::new();
    let mut co = delegating(counter.clone(), 0);
    co.start().unwrap();
    // 41 resumes: the first yield of the last loop's first delegation (j = 16).
    for _ in 0..41 {
        co.send(1).unwrap();
    }
    assert_eq!(counter.live(), 2);
    drop(co);
    let dropped = counter.dropped();
    assert_eq!(&dropped[dropped.len() - 2..], ["pair", "outer"]);
}

/// `clone` with eighteen iterators: the cloners are parameters beside the list.
#[coro_core::coroutine(yield = String, send = u32, clone)]
fn cloneable(seed: u64) -> u64 {
    let mut acc = seed;
    for c0 in 0..2u32 {
        acc += yield_!(format!("0:{c0}:{acc}")) as u64;
    }
    for c1 in 0..2u32 {
        acc += yield_!(format!("1:{c1}:{acc}")) as u64;
    }
    for c2 in 0..2u32 {
        acc += yield_!(format!("2:{c2}:{acc}")) as u64;
    }
    for c3 in 0..2u32 {
        acc += yield_!(format!("3:{c3}:{acc}")) as u64;
    }
    for c4 in 0..2u32 {
        acc += yield_!(format!("4:{c4}:{acc}")) as u64;
    }
    for c5 in 0..2u32 {
        acc += yield_!(format!("5:{c5}:{acc}")) as u64;
    }
    for c6 in 0..2u32 {
        acc += yield_!(format!("6:{c6}:{acc}")) as u64;
    }
    for c7 in 0..2u32 {
        acc += yield_!(format!("7:{c7}:{acc}")) as u64;
    }
    for c8 in 0..2u32 {
        acc += yield_!(format!("8:{c8}:{acc}")) as u64;
    }
    for c9 in 0..2u32 {
        acc += yield_!(format!("9:{c9}:{acc}")) as u64;
    }
    for c10 in 0..2u32 {
        acc += yield_!(format!("10:{c10}:{acc}")) as u64;
    }
    for c11 in 0..2u32 {
        acc += yield_!(format!("11:{c11}:{acc}")) as u64;
    }
    for c12 in 0..2u32 {
        acc += yield_!(format!("12:{c12}:{acc}")) as u64;
    }
    for c13 in 0..2u32 {
        acc += yield_!(format!("13:{c13}:{acc}")) as u64;
    }
    for c14 in 0..2u32 {
        acc += yield_!(format!("14:{c14}:{acc}")) as u64;
    }
    for c15 in 0..2u32 {
        acc += yield_!(format!("15:{c15}:{acc}")) as u64;
    }
    for c16 in 0..2u32 {
        acc += yield_!(format!("16:{c16}:{acc}")) as u64;
    }
    for c17 in 0..2u32 {
        acc += yield_!(format!("17:{c17}:{acc}")) as u64;
    }
    acc
}

#[test]
fn a_clone_of_a_body_of_two_chunks_resumes_on_its_own() {
    let mut original = cloneable(100);
    original.start().unwrap();
    for _ in 0..20 {
        original.send(1).unwrap();
    }
    // Twenty-one yields in (loop 10, its first turn, 120 so far): the next is its second.
    let mut copy = original.clone();
    assert_eq!(
        original.send(2).unwrap(),
        Step::Yielded("10:1:122".to_owned())
    );
    assert_eq!(copy.send(5).unwrap(), Step::Yielded("10:1:125".to_owned()));
    // Fifteen yields are left, each answered with 1.
    let finish = |co: &mut dyn FnMut(u32) -> Step<String, u64>| loop {
        if let Step::Complete(r) = co(1) {
            break r;
        }
    };
    assert_eq!(finish(&mut |v| original.send(v).unwrap()), 122 + 15);
    assert_eq!(finish(&mut |v| copy.send(v).unwrap()), 125 + 15);
}
