//! Coroutines that keep more than five locals across a suspension: their state and block
//! enums name the locals' types through one tuple parameter and a trait of their own instead
//! of a parameter each (emit.rs, `LocalTypes::Folded`), which keeps type checking of long
//! bodies from growing with the cube of their suspension points. The values, the protocol and
//! the drops must be those of any other coroutine (S2, C3, C5).

use std::fmt::Debug;

use coro_core::{Coroutine, Step, yield_, yield_from};
use coro_tests::DropCounter;

/// Eight locals of eight types, all alive across every yield.
#[coro_core::coroutine(yield = String, send = u32)]
fn eight(counter: DropCounter, seed: u32) -> String {
    let first = counter.token("first");
    let mut total = u64::from(seed);
    let mut words: Vec<String> = Vec::new();
    let mut flag = false;
    let pair = (seed as i32 - 10, 'x');
    let mut ratio = 0.5f64;
    let mut last: Option<u32> = None;
    let second = counter.token("second");
    for round in 0..3u8 {
        let got = yield_!(format!(
            "{round}:{total}:{}:{flag}:{pair:?}:{ratio}:{last:?}",
            words.len()
        ));
        total += u64::from(got);
        words.push(got.to_string());
        flag = !flag;
        ratio *= 2.0;
        last = Some(got);
    }
    format!(
        "{}|{total}|{}|{flag}|{pair:?}|{ratio}|{last:?}|{}",
        first.name(),
        words.join(","),
        second.name()
    )
}

#[test]
fn values_of_every_type_survive_each_suspension() {
    let counter = DropCounter::new();
    let mut co = eight(counter.clone(), 7);
    assert_eq!(
        co.start().unwrap(),
        Step::Yielded("0:7:0:false:(-3, 'x'):0.5:None".to_owned())
    );
    assert_eq!(
        co.send(10).unwrap(),
        Step::Yielded("1:17:1:true:(-3, 'x'):1:Some(10)".to_owned())
    );
    assert_eq!(
        co.send(20).unwrap(),
        Step::Yielded("2:37:2:false:(-3, 'x'):2:Some(20)".to_owned())
    );
    assert_eq!(
        co.send(30).unwrap(),
        Step::Complete("first|67|10,20,30|true|(-3, 'x')|4|Some(30)|second".to_owned())
    );
    // Both tokens went with the body's end, the later one first.
    assert_eq!(counter.dropped(), ["second", "first"]);
    // Finished: a send is an error value, not a panic (S4).
    assert!(co.send(1).is_err());
}

#[test]
fn dropped_while_suspended_the_locals_drop_newest_first() {
    let counter = DropCounter::new();
    let mut co = eight(counter.clone(), 1);
    co.start().unwrap();
    co.send(2).unwrap();
    assert_eq!(counter.live(), 2, "first and second are kept");
    drop(co);
    assert_eq!(counter.dropped(), ["second", "first"]);
    assert_eq!(counter.live(), 0);
}

/// Runs a generator to its end: what it yielded, and what it returned.
fn drain<C: Coroutine<Send = ()>>(co: &mut C) -> (Vec<C::Yield>, C::Return)
where
    C::Error: Debug,
{
    let mut yielded = Vec::new();
    let mut step = co.start().unwrap();
    loop {
        match step {
            Step::Yielded(v) => yielded.push(v),
            Step::Complete(r) => return (yielded, r),
        }
        step = co.send(()).unwrap();
    }
}

/// Generic: the folded tuple holds the function's own type parameter.
#[coro_core::coroutine(generator, yield = T)]
fn rotate<T: Clone + Debug>(items: Vec<T>, rounds: usize) -> Vec<String> {
    let mut seen = Vec::new();
    let mut a = items[0].clone();
    let mut b = items[1].clone();
    let mut c = items[2].clone();
    let mut count = 0usize;
    let label = "r";
    let rest = items.len() - 3;
    for _ in 0..rounds {
        yield_!(a.clone());
        (a, b, c) = (b, c, a);
        count += 1;
        seen.push(format!("{label}{count}:{a:?}"));
    }
    seen.push(format!("rest={rest}:{b:?}{c:?}"));
    seen
}

#[test]
fn a_generic_coroutine_with_many_locals() {
    let mut co = rotate(vec!['a', 'b', 'c', 'd'], 4);
    let (yielded, end) = drain(&mut co);
    assert_eq!(yielded, ['a', 'b', 'c', 'a']);
    assert_eq!(
        end,
        ["r1:'b'", "r2:'c'", "r3:'a'", "r4:'b'", "rest=1:'c''a'"]
    );
}

/// A method of a generic type: the locals' types name the `impl`'s parameter, which the
/// enums (declared in the function) could not name; the folded tuple is inferred like the
/// parameters it replaces.
struct Grid<T> {
    cells: Vec<T>,
    width: usize,
}

impl<T: Copy + Debug + PartialEq> Grid<T> {
    #[coro_core::coroutine(generator, yield = (usize, usize, T))]
    fn scan(&self, skip: T) -> usize {
        let width = self.width;
        let cells = &self.cells;
        let mut row = 0usize;
        let mut col = 0usize;
        let mut kept = 0usize;
        let mut skipped = 0usize;
        let mut previous: Option<T> = None;
        for &cell in cells {
            if cell != skip {
                yield_!((row, col, cell));
                kept += 1;
            } else {
                skipped += 1;
            }
            previous = Some(cell);
            col += 1;
            if col == width {
                col = 0;
                row += 1;
            }
        }
        assert_eq!(previous, cells.last().copied());
        kept * 100 + skipped
    }
}

#[test]
fn a_method_of_a_generic_type_with_many_locals() {
    let grid = Grid {
        cells: vec![1, 0, 2, 0, 3, 4],
        width: 3,
    };
    let mut co = grid.scan(0);
    let (yielded, end) = drain(&mut co);
    assert_eq!(yielded, [(0, 0, 1), (0, 2, 2), (1, 1, 3), (1, 2, 4)]);
    assert_eq!(end, 402);
}

/// `clone` with many locals: the cloners stay parameters of their own beside the tuple.
#[coro_core::coroutine(generator, yield = String, clone)]
fn tally(name: String) -> usize {
    let mut a = 1u8;
    let mut b = String::from("b");
    let mut c = vec![0u16];
    let mut d = 'd';
    let mut e = (1i64, 2i64);
    let mut f = Some(0.25f32);
    for i in 0..2u8 {
        yield_!(format!("{name}{i}:{a}{b}{c:?}{d}{e:?}{f:?}"));
        a += 1;
        b.push('b');
        c.push(u16::from(i));
        d = 'e';
        e.0 += 1;
        f = f.map(|x| x * 2.0);
    }
    usize::from(a) + b.len() + c.len() + d.len_utf8() + e.0 as usize + f.is_some() as usize
}

#[test]
fn a_clone_of_a_coroutine_with_many_locals_resumes_on_its_own() {
    let mut original = tally("t".to_owned());
    assert_eq!(
        original.next().as_deref(),
        Some("t0:1b[0]d(1, 2)Some(0.25)")
    );
    let mut copy = original.clone();
    assert_eq!(
        original.next().as_deref(),
        Some("t1:2bb[0, 0]e(2, 2)Some(0.5)")
    );
    assert_eq!(original.next(), None);
    // The clone is still at the first yield: its locals are its own.
    assert_eq!(copy.next().as_deref(), Some("t1:2bb[0, 0]e(2, 2)Some(0.5)"));
    assert_eq!(copy.next(), None);
}

/// Yields `n` values counting from `from`; returns their sum.
#[coro_core::coroutine(generator, yield = u32, send = u32)]
fn inner(from: u32, n: u32) -> u32 {
    let mut sum = 0;
    for i in 0..n {
        let sent = yield_!(from + i);
        sum += sent;
    }
    sum
}

/// Many locals around two delegations: folded enums, with the conversion at the top (a
/// delegation's fast path takes the input first). Sends reach the delegate (S5).
#[coro_core::coroutine(yield = u32, send = u32)]
fn delegating(tag: char) -> String {
    let mut a = 1u32;
    let b = String::from("b");
    let c = vec![3u8];
    let d = 4i64;
    let e = (5u8, 'e');
    let f = Some(6u16);
    let first = yield_from!(inner(10, 2));
    a += first;
    let second = yield_from!(inner(20, 1));
    a += second;
    format!("{tag}{a}{b}{c:?}{d}{e:?}{f:?}")
}

#[test]
fn many_locals_around_delegations() {
    let mut co = delegating('t');
    assert_eq!(co.start().unwrap(), Step::Yielded(10));
    assert_eq!(co.send(1).unwrap(), Step::Yielded(11));
    assert_eq!(co.send(2).unwrap(), Step::Yielded(20));
    assert_eq!(
        co.send(4).unwrap(),
        Step::Complete("t8b[3]4(5, 'e')Some(6)".to_owned())
    );
}
