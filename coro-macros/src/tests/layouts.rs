//! Which layout the emitter picks (see `emit/labeled.rs`): the labeled blocks where they hold,
//! else the block enum. The behaviour suite runs both; these tests pin the choice itself.

use proc_macro2::TokenStream;

/// Whether the expansion of `item` under `args` uses the block enum (else the labeled blocks).
fn uses_block_enum(args: &str, item: &str) -> bool {
    let args: TokenStream = args.parse().expect("the arguments lex");
    let item: TokenStream = item.parse().expect("the function lexes");
    let expanded = crate::expand::expand(args, item).to_string();
    assert!(
        !expanded.contains("compile_error"),
        "the expansion reports an error: {expanded}"
    );
    expanded.contains("__CoroBlock")
}

/// Whether the expansion declares `name` at the top of the resume closure (hoisted).
fn hoists(args: &str, item: &str, name: &str) -> bool {
    let args: TokenStream = args.parse().expect("the arguments lex");
    let item: TokenStream = item.parse().expect("the function lexes");
    let expanded = crate::expand::expand(args, item).to_string();
    expanded.contains(&format!("| __coro_st , __coro_in | {{ let {name} ;"))
        || expanded.contains(&format!("; let {name} ;"))
        || expanded.contains(&format!("let mut {name} ;"))
}

#[test]
fn forward_bodies_take_the_labeled_blocks() {
    // A loop whose back edge is its suspension, a `match`, a value kept to the end.
    let body = "fn f(seed: u64, n: u64) -> u64 {
        let mut total = seed;
        for _ in 0..n { let v = yield_!(total); total += v; if v == 0 { break; } }
        match total % 3 { 0 => { total += yield_!(1); } _ => {} }
        let last = yield_!(total);
        total + last
    }";
    assert!(!uses_block_enum("yield = u64, send = u64", body));
    assert!(hoists("yield = u64, send = u64", body, "total"));
    assert!(hoists("yield = u64, send = u64", body, "last"));
    // A kept array read at constant indexes only.
    assert!(!uses_block_enum(
        "yield = u64, send = u64",
        "fn f() -> u64 { let mut h = [0u64; 4]; let v = yield_!(1); h[0] += v; yield_!(2); h[1] }"
    ));
    // A local carried as itself into one block and as a drop flag into another (its own
    // holder for each: `tests/tests/labeled_layout.rs` runs it).
    assert!(!uses_block_enum(
        "yield = u64, send = u64",
        "fn f(seed: u64) -> u64 {
            for j in 0..seed / 100 { match j.wrapping_mul(seed) % 3 { 0 => {} _ => {} } }
            { match seed % 3 {
                0 => {}
                1 => {
                    let a: u64 = seed.wrapping_add(7);
                    let b = yield_!(a.wrapping_add(9));
                    let c = yield_!(b.wrapping_sub(seed));
                    if b.wrapping_sub(c) % 5 == 2 { return seed.wrapping_sub(b); }
                }
                _ => {}
            } }
            seed
        }"
    ));
    // A short array updated at a computed index: moved into the state element by element.
    for (item, split) in [
        (
            "fn f() -> u64 { let mut h = [0u64; 4]; let v = yield_!(1); h[(v % 4) as usize] += 1; yield_!(2); h[1] }",
            "elements4 (h)",
        ),
        (
            "fn f() -> u64 { let mut h: [u64; 2] = g(); let v = yield_!(1); h[(v % 2) as usize] += 1; yield_!(2); h[1] }",
            "elements2 (h)",
        ),
        (
            "fn f() -> u64 { let mut h = [1, 2, 3]; let v = yield_!(1); h[(v % 3) as usize] += 1; yield_!(2); h[1] }",
            "elements3 (h)",
        ),
    ] {
        assert!(!uses_block_enum("yield = u64, send = u64", item), "{item}");
        let expanded = crate::expand::expand(
            "yield = u64, send = u64".parse().unwrap(),
            item.parse().unwrap(),
        )
        .to_string();
        assert!(expanded.contains(split), "{item}");
    }
    // A top-level local that may have been moved at a suspension (a drop flag): the hoisted
    // run stops before it, and it goes through holders.
    let item =
        "fn f(c: bool) { let k = 1u32; let s = String::new(); if c { drop(s); } yield_!(k); }";
    assert!(!uses_block_enum("generator, yield = u32", item));
    assert!(hoists("generator, yield = u32", item, "k"));
    assert!(!hoists("generator, yield = u32", item, "s"));
    // A resumed point whose code names a local that only a later join types (the loop's
    // start; the code after an `if`): its code is written after that join.
    for item in [
        "fn f() { loop { let n = 1; yield_!(n); yield_!(n); } }",
        "fn f(c: bool) { if c { yield_!(0); } let h = [1u32; 2]; yield_!(h[0]); yield_!(h[1]); }",
    ] {
        assert!(!uses_block_enum("generator, yield = u32", item), "{item}");
    }
    // More than five locals kept in a short body: their types are folded into one tuple,
    // which the labeled blocks take too.
    let item = format!(
        "fn f() -> u64 {{ let (a, b, c, d, e, g) = (1, 2, 3, 4, 5, 6); {} a + b + c + d + e + g }}",
        "yield_!(a); ".repeat(32)
    );
    assert!(!uses_block_enum("yield = u64, send = u64", &item));
    // An `if` whose branch suspends, then code after it.
    assert!(!uses_block_enum(
        "generator, yield = u32",
        "fn f(flag: bool) { if flag { let n = 2; yield_!(n); yield_!(n); } yield_!(0); }"
    ));
}

#[test]
fn bodies_the_labeled_blocks_cannot_hold_take_the_block_enum() {
    let cases = [
        // A back edge that no suspension breaks: the end of the `if` goes back to the loop.
        (
            "generator, yield = u32",
            "fn f(n: u32) { for i in 0..n { if i % 2 == 0 { yield_!(i); } } }",
        ),
        // A region: pending exits go through its `finally` block.
        (
            "generator, yield = u32",
            "fn f() { try_! { { yield_!(1); } finally { yield_!(2); } } }",
        ),
        // A delegation: its fast path resumes into a block.
        ("generator, yield = u32", "fn f(g: G) { yield_from!(g); }"),
        // `clone`: the state keeps `Kept`s.
        (
            "generator, yield = u32, clone",
            "fn f() { let n = 1; yield_!(n); yield_!(n); }",
        ),
        // A kept value updated at a computed index whose `let` does not show a short array:
        // the block enum copies it through scalars, where the labeled blocks would copy it
        // whole, with wide moves over a narrow store (a stall).
        (
            "yield = u64, send = u64",
            "fn f(h0: [u64; 4]) -> u64 { let mut h = h0; let v = yield_!(1); h[(v % 4) as usize] += 1; yield_!(2); h[1] }",
        ),
        (
            "yield = u64, send = u64",
            "fn f() -> u64 { let mut h = [0u64; 9]; let v = yield_!(1); h[(v % 4) as usize] += 1; yield_!(2); h[1] }",
        ),
        // More than five locals kept and more than 32 suspensions: the block enum converts
        // the state after its arms.
        (
            "yield = u64, send = u64",
            &*format!(
                "fn f() -> u64 {{ let (a, b, c, d, e, g) = (1, 2, 3, 4, 5, 6); {} a + b + c + d + e + g }}",
                "yield_!(a); ".repeat(33)
            ),
        ),
        // Past a hundred joins (each one more level of labeled blocks; rustc's stack
        // overflowed between 600 and 800).
        (
            "yield = u64, send = u64",
            &*format!(
                "fn f(seed: u64) -> u64 {{ let mut acc = seed; {} acc }}",
                "if acc % 3 == 0 { acc += yield_!(acc); } else { acc += 1; } ".repeat(101)
            ),
        ),
    ];
    for (args, item) in cases {
        assert!(uses_block_enum(args, item), "{item}");
    }
}

#[test]
fn only_plain_top_level_lets_are_hoisted() {
    let args = "yield = u64, send = u64";
    // Before the first local that cannot be, every one is; after it, none (they would drop
    // before it, against declaration order).
    let item = "fn f() -> u64 {
        let a = 1u64;
        let (b, c) = (2u64, 3u64);
        let d = 4u64;
        yield_!(a + b + c + d);
        a + b + c + d
    }";
    assert!(!uses_block_enum(args, item));
    assert!(hoists(args, item, "a"));
    assert!(!hoists(args, item, "d"));
    // A `let` that extends a temporary's life stays a `let`: an assignment would not extend it.
    let item = "fn f() -> u64 {
        let a = 1u64;
        let r = &String::from(\"abc\");
        let d = 4u64;
        yield_!(a);
        a + d + r.len() as u64
    }";
    assert!(hoists(args, item, "a"));
    assert!(!hoists(args, item, "r"));
    assert!(!hoists(args, item, "d"));
    // A name two locals share is not hoisted (its second `let` would assign the first).
    let item = "fn f() -> u64 { let a = 1u64; yield_!(a); let a = a + 1; a }";
    assert!(!hoists(args, item, "a"));
}
