//! Bodies in the labeled-block layout (see `coro-macros/src/emit/labeled.rs`): top-level locals
//! hoisted to the top of the resume closure keep the drops and the borrows of the plain
//! function (C3, C5, T1).

use coro_core::{Coroutine, Step, yield_};
use coro_tests::{Noisy, log, note, strings, traced};

#[coro_core::coroutine(generator, yield = usize)]
fn borrows_a_temporary(text: &'static str) -> usize {
    let start = text.len();
    yield_!(start);
    // A `let` that extends its temporary's life: it stays a `let`, and so do the top-level
    // locals after it (hoisted, they would drop before it).
    let r = &String::from(text);
    let doubled = r.len() * 2;
    doubled + r.len()
}

#[test]
fn a_let_that_extends_a_temporary_still_does() {
    let mut g = borrows_a_temporary("abc");
    assert_eq!(g.start(), Ok(Step::Yielded(3)));
    assert_eq!(g.send(()), Ok(Step::Complete(9)));
}

#[coro_core::coroutine(generator, yield = u32)]
fn hoisted_and_nested(_p: Noisy, flag: bool) {
    let _a = Noisy("a");
    if flag {
        let _b = Noisy("b");
        yield_!(1);
        let _c = Noisy("c");
        yield_!(2);
    }
    log("after if");
    let _d = Noisy("d");
    yield_!(3);
    let _e = Noisy("e");
    log("end");
}

/// `hoisted_and_nested` as a plain function.
fn hoisted_and_nested_plain(_p: Noisy, flag: bool) {
    let _a = Noisy("a");
    if flag {
        let _b = Noisy("b");
        note("suspend 1");
        let _c = Noisy("c");
        note("suspend 2");
    }
    log("after if");
    let _d = Noisy("d");
    note("suspend 3");
    let _e = Noisy("e");
    log("end");
}

fn run_to_completion(flag: bool) -> Vec<String> {
    traced(|| {
        let mut g = hoisted_and_nested(Noisy("p"), flag);
        let mut step = g.start();
        while let Ok(Step::Yielded(k)) = step {
            note(format!("suspend {k}"));
            step = g.send(());
        }
        assert_eq!(step, Ok(Step::Complete(())));
    })
}

#[test]
fn hoisted_locals_drop_like_the_plain_function() {
    for flag in [true, false] {
        let plain = traced(|| hoisted_and_nested_plain(Noisy("p"), flag));
        assert_eq!(run_to_completion(flag), plain, "flag = {flag}");
    }
    assert_eq!(
        run_to_completion(true),
        strings(&[
            "suspend 1",
            "suspend 2",
            "drop c",
            "drop b",
            "log after if",
            "suspend 3",
            "log end",
            "drop e",
            "drop d",
            "drop a",
            "drop p",
        ])
    );
}

#[test]
fn closing_at_each_suspension_drops_what_is_in_scope_there_in_reverse_order() {
    let expected = [
        strings(&["drop b", "drop a", "drop p"]),
        strings(&["drop c", "drop b", "drop a", "drop p"]),
        strings(&["drop d", "drop a", "drop p"]),
    ];
    for (resumes, expected) in expected.iter().enumerate() {
        let drops = drops_on_close(resumes, || hoisted_and_nested(Noisy("p"), true));
        assert_eq!(drops, *expected, "closed after {resumes} resumes");
    }
}

/// What a generator made by `make` logs when it is closed after `resumes` sends (started
/// first).
fn drops_on_close<G>(resumes: usize, make: impl FnOnce() -> G) -> Vec<String>
where
    G: Coroutine<Send = (), Error = std::convert::Infallible>,
    G::Yield: std::fmt::Debug,
    G::Return: std::fmt::Debug,
{
    let trace = traced(|| {
        let mut g = make();
        g.start().unwrap();
        for _ in 0..resumes {
            g.send(()).unwrap();
        }
        note("closing");
        g.close().unwrap();
    });
    let closing = trace.iter().position(|line| line == "closing").unwrap();
    trace[closing + 1..].to_vec()
}

/// `b` is carried as itself into the code after the second yield and, possibly moved by the
/// `return`, as a drop flag (an `Option`) into the end of the `if`: in the labeled blocks each
/// has its own holder (one holder for both did not type-check). Found by comparing the two
/// layouts on generated bodies.
#[coro_core::coroutine(yield = u64, send = u64)]
fn carried_plain_and_as_a_flag(seed: u64) -> u64 {
    for j in 0..seed / 100 {
        match j.wrapping_mul(seed) % 3 {
            0 => {}
            1 => {}
            _ => {}
        }
    }
    {
        match seed % 3 {
            0 => {}
            1 => {
                let a: u64 = seed.wrapping_add(7);
                let b = yield_!(a.wrapping_add(9));
                let c = yield_!(b.wrapping_sub(seed));
                if b.wrapping_sub(c) % 5 == 2 {
                    return seed.wrapping_sub(b);
                }
            }
            _ => {}
        }
    }
    seed
}

#[test]
fn a_local_carried_plain_and_as_a_drop_flag() {
    // 10 - c = 2 (mod 5): returns 4 - 10.
    let mut g = carried_plain_and_as_a_flag(4);
    assert_eq!(g.start(), Ok(Step::Yielded(20)));
    assert_eq!(g.send(10), Ok(Step::Yielded(6)));
    assert_eq!(g.send(3), Ok(Step::Complete(4u64.wrapping_sub(10))));
    let mut g = carried_plain_and_as_a_flag(4);
    assert_eq!(g.start(), Ok(Step::Yielded(20)));
    assert_eq!(g.send(10), Ok(Step::Yielded(6)));
    assert_eq!(g.send(10), Ok(Step::Complete(4)));
    let mut g = carried_plain_and_as_a_flag(3);
    assert_eq!(g.start(), Ok(Step::Complete(3)));
}

/// `s` may be moved before the yield (a drop flag), so the hoisted run stops before it: `k`
/// is hoisted, `s` and `t` go through holders. The drops keep the plain function's order.
#[coro_core::coroutine(generator, yield = u32)]
fn maybe_moved_before_a_yield(give: bool) {
    let _k = Noisy("k");
    let s = Noisy("s");
    if give {
        drop(s);
    }
    let _t = Noisy("t");
    yield_!(1);
    log("end");
}

/// `maybe_moved_before_a_yield` as a plain function.
fn maybe_moved_plain(give: bool) {
    let _k = Noisy("k");
    let s = Noisy("s");
    if give {
        drop(s);
    }
    let _t = Noisy("t");
    note("suspend 1");
    log("end");
}

#[test]
fn a_hoisted_run_stops_before_a_local_that_may_be_moved() {
    for give in [true, false] {
        let plain = traced(|| maybe_moved_plain(give));
        let coroutine = traced(|| {
            let mut g = maybe_moved_before_a_yield(give);
            assert_eq!(g.start(), Ok(Step::Yielded(1)));
            note("suspend 1");
            assert_eq!(g.send(()), Ok(Step::Complete(())));
        });
        assert_eq!(coroutine, plain, "give = {give}");
    }
    assert_eq!(
        traced(|| maybe_moved_plain(false)),
        strings(&["suspend 1", "log end", "drop t", "drop s", "drop k"])
    );
    // Closed at the yield: what is in scope there, in reverse order.
    for (give, expected) in [
        (true, strings(&["drop s", "drop t", "drop k"])),
        (false, strings(&["drop t", "drop s", "drop k"])),
    ] {
        let trace = traced(|| {
            let mut g = maybe_moved_before_a_yield(give);
            g.start().unwrap();
            g.close().unwrap();
        });
        assert_eq!(trace, expected, "give = {give}");
    }
}

/// An array updated at a computed index and kept across the yield: the labeled blocks move it
/// into the state element by element (a whole copy stalled on the update). Replacing an
/// element drops the old one there; the rest drop in the array's order.
#[coro_core::coroutine(yield = usize, send = usize)]
fn replaces_at_an_index() -> usize {
    let mut slots = [Noisy("a"), Noisy("b"), Noisy("c")];
    let mut replaced = 0;
    loop {
        let i = yield_!(replaced);
        if i >= slots.len() {
            break;
        }
        slots[i] = Noisy(["x", "y", "z"][i]);
        replaced += 1;
    }
    note(format!(
        "names {}",
        slots.iter().map(|s| s.0).collect::<String>()
    ));
    replaced
}

#[test]
fn an_array_updated_at_a_computed_index_keeps_its_values_and_drops() {
    let trace = traced(|| {
        let mut c = replaces_at_an_index();
        assert_eq!(c.start(), Ok(Step::Yielded(0)));
        assert_eq!(c.send(1), Ok(Step::Yielded(1)));
        note("sent 1");
        assert_eq!(c.send(2), Ok(Step::Yielded(2)));
        assert_eq!(c.send(1), Ok(Step::Yielded(3)));
        assert_eq!(c.send(7), Ok(Step::Complete(3)));
    });
    assert_eq!(
        trace,
        strings(&[
            "drop b",
            "sent 1",
            "drop c",
            "drop y",
            "names ayz",
            "drop a",
            "drop y",
            "drop z",
        ])
    );
    // Closed while suspended: the array as it is then, in its order.
    let trace = traced(|| {
        let mut c = replaces_at_an_index();
        c.start().unwrap();
        c.send(0).unwrap();
        note("closing");
        c.close().unwrap();
    });
    assert_eq!(
        trace,
        strings(&["drop a", "closing", "drop x", "drop b", "drop c"])
    );
}

/// The longest and the shortest arrays moved element by element (eight elements and one):
/// every element comes back in its place after each suspension.
#[coro_core::coroutine(yield = ([u8; 8], [u8; 1]), send = usize)]
fn counts_at_indices() -> u32 {
    let mut eight = [0u8, 1, 2, 3, 4, 5, 6, 7];
    let mut one: [u8; 1] = [9];
    let mut sent = 0;
    loop {
        let i = yield_!((eight, one));
        if i >= 8 {
            break;
        }
        eight[i] += 10;
        one[i / 8] += 1;
        sent += 1;
    }
    sent
}

#[test]
fn arrays_of_one_and_eight_elements_keep_their_order() {
    let mut c = counts_at_indices();
    assert_eq!(
        c.start(),
        Ok(Step::Yielded(([0, 1, 2, 3, 4, 5, 6, 7], [9])))
    );
    assert_eq!(
        c.send(7),
        Ok(Step::Yielded(([0, 1, 2, 3, 4, 5, 6, 17], [10])))
    );
    assert_eq!(
        c.send(0),
        Ok(Step::Yielded(([10, 1, 2, 3, 4, 5, 6, 17], [11])))
    );
    assert_eq!(
        c.send(3),
        Ok(Step::Yielded(([10, 1, 2, 13, 4, 5, 6, 17], [12])))
    );
    assert_eq!(c.send(8), Ok(Step::Complete(3)));
}

/// `h` is declared after an `if` that suspends (in a join), and the code after the later
/// yields names it: that code is written after the join (a deferred resume block), so the
/// join types `h` first. The drops keep the plain function's order.
#[coro_core::coroutine(generator, yield = usize)]
fn declared_after_a_branch(flag: bool) -> usize {
    let _a = Noisy("a");
    if flag {
        let _b = Noisy("b");
        yield_!(0);
    }
    let h = [Noisy("h1"), Noisy("h2")];
    yield_!(h.len());
    let _c = Noisy("c");
    yield_!(h.len() + 1);
    log("end");
    h.len() * 10
}

/// `declared_after_a_branch` as a plain function.
fn declared_after_a_branch_plain(flag: bool) -> usize {
    let _a = Noisy("a");
    if flag {
        let _b = Noisy("b");
        note("suspend 0");
    }
    let h = [Noisy("h1"), Noisy("h2")];
    note(format!("suspend {}", h.len()));
    let _c = Noisy("c");
    note(format!("suspend {}", h.len() + 1));
    log("end");
    h.len() * 10
}

#[test]
fn a_resumed_point_written_after_the_join_that_types_its_local() {
    for flag in [true, false] {
        let plain = traced(|| assert_eq!(declared_after_a_branch_plain(flag), 20));
        let coroutine = traced(|| {
            let mut g = declared_after_a_branch(flag);
            let mut step = g.start();
            while let Ok(Step::Yielded(k)) = step {
                note(format!("suspend {k}"));
                step = g.send(());
            }
            assert_eq!(step, Ok(Step::Complete(20)));
        });
        assert_eq!(coroutine, plain, "flag = {flag}");
    }
    // Closed at each suspension: what is in scope there, in reverse order.
    let expected = [
        strings(&["drop b", "drop a"]),
        strings(&["drop h1", "drop h2", "drop a"]),
        strings(&["drop c", "drop h1", "drop h2", "drop a"]),
    ];
    for (resumes, expected) in expected.iter().enumerate() {
        let drops = drops_on_close(resumes, || declared_after_a_branch(true));
        assert_eq!(drops, *expected, "closed after {resumes} resumes");
    }
}
