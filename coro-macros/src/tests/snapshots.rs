//! Expansion snapshots: each fixture below is expanded, pretty-printed with prettyplease and
//! compared with `coro-macros/snapshots/<name>.rs`, so a reviewer sees exactly what the macro
//! writes and every change to it shows in review.
//!
//! After an intended change, rewrite the files with
//! `COROSNAP=overwrite cargo test -p coro-macros snapshot` and review the diff.

use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;

/// One fixture: the attribute's arguments and the function, as the user writes them.
struct Fixture {
    name: &'static str,
    /// What the fixture shows, written at the top of the snapshot.
    about: &'static str,
    args: &'static str,
    item: &'static str,
    /// Set for methods: the expansion is shown inside this item, `impl Account` or
    /// `trait Source`.
    within: Option<&'static str>,
}

const FIXTURES: &[Fixture] = &[
    Fixture {
        name: "generator",
        about: "a generator with send = () and no error: an Iterator; a `for` loop",
        args: "generator, yield = u64",
        item: "fn count(n: u64) {
            for i in 0..n {
                yield_!(i);
            }
        }",
        within: None,
    },
    Fixture {
        name: "send",
        about: "a coroutine that receives sent values (the README's averager)",
        args: "yield = f64, send = f64",
        item: "fn averager() -> f64 {
            let (mut total, mut count, mut average) = (0.0, 0.0, 0.0);
            loop {
                let x = yield_!(average);
                if x < 0.0 {
                    return average;
                }
                total += x;
                count += 1.0;
                average = total / count;
            }
        }",
        within: None,
    },
    Fixture {
        name: "throw_close",
        about: "throw and close handled by the body: `yield_catch!`, `Resumed`, `Exit?`",
        args: "yield = u32, send = u32, error = Oops",
        item: "fn tolerant() -> u32 {
            let mut errors = 0;
            loop {
                match yield_catch!(errors) {
                    Resumed::Sent(0) => return errors,
                    Resumed::Sent(_) => {}
                    Resumed::Thrown(Oops) => errors += 1,
                    Resumed::Exit => {
                        cleanup();
                        Exit?;
                    }
                }
            }
        }",
        within: None,
    },
    Fixture {
        name: "loop_break",
        about: "nested loops with labels, `break` with a value and `continue` around yields",
        args: "generator, yield = u32, send = bool",
        item: "fn search(rows: u32, cols: u32) -> Option<(u32, u32)> {
            let found = 'rows: loop {
                for r in 0..rows {
                    let mut c = 0;
                    while c < cols {
                        c += 1;
                        if !yield_!(r * cols + c) {
                            continue;
                        }
                        break 'rows Some((r, c));
                    }
                }
                break None;
            };
            found
        }",
        within: None,
    },
    Fixture {
        name: "chunked_locals",
        about: "more than sixteen locals kept: the locals' types as a list of chunks, the whole list's shape written where the state's type starts (the block enum: the loop goes back to its start from the end of an `if`, with no suspension between, which a labeled block's `break` cannot)",
        args: "yield = u64, send = u64",
        item: "fn wide(seed: u64) -> u64 {
            let a0 = seed + 0;
            let a1 = seed + 1;
            let a2 = seed + 2;
            let a3 = seed + 3;
            let a4 = seed + 4;
            let a5 = seed + 5;
            let a6 = seed + 6;
            let a7 = seed + 7;
            let a8 = seed + 8;
            let a9 = seed + 9;
            for i in 0..2u64 {
                yield_!(a0 + i);
                if i == 1 {
                    yield_!(a0);
                }
            }
            let b0 = a0 * 2;
            let b1 = a1 * 2;
            let b2 = a2 * 2;
            let b3 = a3 * 2;
            let b4 = a4 * 2;
            let b5 = a5 * 2;
            let b6 = a6 * 2;
            let b7 = a7 * 2;
            while yield_!(b0) != 0 {}
            a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7
        }",
        within: None,
    },
    Fixture {
        name: "match_arms",
        about: "a `match` whose scrutinee and arms suspend, with bindings kept across yields",
        args: "yield = String, send = Option<u32>",
        item: "fn classify(label: String) -> u32 {
            match yield_!(label.clone()) {
                Some(n) if n > 10 => {
                    let big = n * 2;
                    yield_!(format!(\"{label}: big\"));
                    big
                }
                Some(n) => n,
                None => yield_!(String::from(\"none\")).unwrap_or(0),
            }
        }",
        within: None,
    },
    Fixture {
        name: "delegation",
        about: "delegation with `yield_from!` and `await_!`; the delegates' return values used",
        args: "generator, yield = u32, send = u32, error = Oops",
        item: "fn chain(first: u32) -> u32 {
            let a = yield_from!(inner(first));
            let b = await_!(inner(a)) + 1;
            a + b
        }",
        within: None,
    },
    Fixture {
        name: "try_region",
        about: "an exception region that suspends, with `catch`, `catch_all` and `finally`",
        args: "yield = u32, send = u32, error = Oops",
        item: "fn guarded(log: &mut Vec<&'static str>) -> u32 {
            let value = try_! {
                {
                    let x = yield_!(1);
                    parse(x)?
                }
                catch (Oops) { 0 }
                catch_all (c) { log.push(\"caught\"); c? }
                finally { log.push(\"finally\"); }
            };
            value
        }",
        within: None,
    },
    Fixture {
        name: "method",
        about: "methods: `&mut self` and `self` receivers",
        args: "yield = i64, send = i64",
        item: "fn ledger(&mut self) -> i64 {
            loop {
                let amount = yield_!(self.balance);
                if amount == 0 {
                    return self.balance;
                }
                self.balance += amount;
            }
        }",
        within: Some("impl Account"),
    },
    Fixture {
        name: "generics",
        about: "generics: a lifetime, a type parameter with a where-clause, an `impl Trait` argument",
        args: "generator, yield = &'a T",
        item: "pub fn every_other<'a, T>(items: &'a [T], mut seen: impl FnMut(usize)) -> usize
        where
            T: std::fmt::Debug,
        {
            let mut n = 0;
            for (i, item) in items.iter().enumerate() {
                if i % 2 == 0 {
                    seen(i);
                    yield_!(item);
                    n += 1;
                }
            }
            n
        }",
        within: None,
    },
    Fixture {
        name: "question_mark",
        about: "`?` raising the coroutine's error through `From`, and a generator of Results",
        args: "generator, yield = u32, error = ParseError",
        item: "fn numbers(text: &str) {
            for word in text.split(' ') {
                let n: u32 = word.parse()?;
                yield_!(n);
            }
        }",
        within: None,
    },
    Fixture {
        name: "operands",
        about: "operands to the left of a suspension are evaluated first (A4); `&&` that suspends",
        args: "yield = u32, send = u32",
        item: "fn operands(a: u32) -> u32 {
            let sum = f(a) + yield_!(a) * g(a);
            let ok = sum > 3 && yield_!(sum) > 0;
            if ok { sum } else { 0 }
        }",
        within: None,
    },
    Fixture {
        name: "scopes",
        about: "locals in nested blocks across yields, moved values and shadowing",
        args: "generator, yield = String, clone",
        item: "fn scopes(name: String) {
            let greeting = format!(\"hello {name}\");
            {
                let inner = greeting.clone();
                yield_!(inner);
            }
            let moved = greeting;
            yield_!(moved);
            let name = name.len().to_string();
            yield_!(name);
        }",
        within: None,
    },
    Fixture {
        name: "trait_method",
        about: "a trait method declaration without a body: only the signature changes",
        args: "generator, yield = u32",
        item: "fn items(&self);",
        within: Some("trait Source"),
    },
    Fixture {
        name: "misuse_fallback",
        about: "a misuse: the errors at the user's tokens, and the signature with a fallback body",
        args: "yield = u32, send = u32",
        item: "fn misuse(values: Vec<u32>) -> u32 {
            values.iter().for_each(|v| {
                yield_!(*v);
            });
            println!(\"{}\", yield_!(0));
            0
        }",
        within: None,
    },
    Fixture {
        name: "async_generator",
        about: "an async generator: awaits a future, `async_for!` over a stream, `async_with!`; \
                items and awaits share one machine (`AsyncYield` / `AsyncSent`)",
        args: "async_generator, yield = u32, error = Oops",
        item: "fn pages(source: Source) {
            async_with!(let session = source.session() {
                async_for!(row in session.rows() {
                    let checked = await_!(check(row));
                    yield_!(checked);
                });
            });
        }",
        within: None,
    },
    Fixture {
        name: "labeled_deferred",
        about: "the labeled blocks: a local a branch may move away (so the hoisted run stops before \
                it), an array updated at a computed index (moved into the state element by \
                element), and resumed points whose code follows the join that types their \
                locals (their arms only hand over and `break`)",
        args: "yield = u64, send = u64",
        item: "fn tally(give: bool) -> u64 {
            let name = String::from(\"tally\");
            if give {
                drop(name);
            }
            let mut hist = [0u64; 4];
            let v = yield_!(hist[0]);
            hist[(v % 4) as usize] += 1;
            let w = yield_!(hist[1]);
            hist[0] + w
        }",
        within: None,
    },
];

fn snapshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("snapshots")
}

fn parse(text: &str, what: &str) -> TokenStream {
    text.parse()
        .unwrap_or_else(|e| panic!("the fixture's {what} does not lex: {e}"))
}

/// Expands a fixture and pretty-prints it, with a header that shows the input.
fn render(fixture: &Fixture) -> String {
    let args = parse(fixture.args, "arguments");
    let item = parse(fixture.item, "function");
    let expansion = crate::expand::expand(args, item);
    let file = match fixture.within {
        Some(outer) => {
            let outer = parse(outer, "enclosing item");
            quote!(#outer { #expansion })
        }
        None => expansion,
    };
    let body = match syn::parse2::<syn::File>(file.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        // Still show what came out; the snapshot then records that it does not parse.
        Err(e) => format!("// does not parse as items: {e}\n{file}\n"),
    };
    let mut header = format!(
        "// Expansion snapshot `{}`: {}.\n// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.\n//\n// #[coroutine({})]\n",
        fixture.name, fixture.about, fixture.args
    );
    for line in dedent(fixture.item).lines() {
        header.push_str("// ");
        header.push_str(line);
        header.push('\n');
        // Trailing spaces on blank comment lines would annoy editors and reviewers.
        if line.is_empty() {
            header.pop();
            header.pop();
            header.push('\n');
        }
    }
    format!("{header}\n{body}")
}

/// The fixture's text with the common indentation of its continuation lines removed.
fn dedent(text: &str) -> String {
    let indent = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut lines = text.lines();
    let mut out = lines.next().unwrap_or_default().to_owned();
    for line in lines {
        out.push('\n');
        let cut = indent.min(line.len() - line.trim_start().len());
        out.push_str(&line[cut..]);
    }
    out
}

/// The first lines where `expected` and `actual` differ, for the failure message.
fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let at = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let from = at.saturating_sub(2);
    let show = |lines: &[&str]| {
        lines
            .iter()
            .enumerate()
            .skip(from)
            .take(6)
            .map(|(i, l)| format!("{:5} | {l}", i + 1))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "first difference at line {}\n--- expected\n{}\n+++ actual\n{}",
        at + 1,
        show(&e),
        show(&a)
    )
}

#[test]
fn snapshots_match_the_expansion() {
    let overwrite = std::env::var("COROSNAP").is_ok_and(|v| v == "overwrite");
    let dir = snapshot_dir();
    let mut mismatches = Vec::new();
    for fixture in FIXTURES {
        let actual = render(fixture);
        let path = dir.join(format!("{}.rs", fixture.name));
        if overwrite {
            std::fs::create_dir_all(&dir).expect("create coro-macros/snapshots");
            std::fs::write(&path, &actual).expect("write the snapshot");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => mismatches.push(format!(
                "{}: the expansion changed; {}",
                path.display(),
                first_difference(&expected, &actual)
            )),
            Err(_) => mismatches.push(format!("{}: no snapshot yet", path.display())),
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} snapshot(s) differ; if the change is intended, rerun with COROSNAP=overwrite and review the diff\n\n{}",
        mismatches.len(),
        mismatches.join("\n\n")
    );
}

#[test]
fn every_snapshot_file_has_a_fixture() {
    let Ok(entries) = std::fs::read_dir(snapshot_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".rs") else {
            continue;
        };
        assert!(
            FIXTURES.iter().any(|f| f.name == stem),
            "coro-macros/snapshots/{name} has no fixture in snapshots.rs; delete it"
        );
    }
}

#[test]
fn fixtures_have_distinct_names() {
    for (i, a) in FIXTURES.iter().enumerate() {
        assert!(
            FIXTURES[i + 1..].iter().all(|b| b.name != a.name),
            "two fixtures are named `{}`",
            a.name
        );
    }
}

/// Identifiers in `tokens`, at any depth.
fn idents(tokens: TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Ident(i) => out.push(i.to_string()),
            proc_macro2::TokenTree::Group(g) => out.extend(idents(g.stream())),
            _ => {}
        }
    }
    out
}

/// With `crate = "..."`, the expansion names the runtime only through that path: a crate
/// that depends on `coro-core` under another name has no `coro_core` to resolve.
#[test]
fn renamed_crate_is_the_only_path_to_the_runtime() {
    for fixture in FIXTURES {
        let args = parse(
            &format!("{}, crate = \"::renamed\"", fixture.args),
            "arguments",
        );
        let expansion = crate::expand::expand(args, parse(fixture.item, "function"));
        assert!(
            !idents(expansion).iter().any(|i| i == "coro_core"),
            "the expansion of `{}` with `crate = \"::renamed\"` still names `coro_core`",
            fixture.name
        );
    }
}

/// Generated code must not depend on the prelude or on what the user's module has in scope:
/// every name it uses from outside is an absolute path. Names the fixture itself uses are
/// skipped; any other bare use of one of these is the macro's own.
#[test]
fn expansion_names_no_prelude_item_by_a_relative_path() {
    const PRELUDE: &[&str] = &[
        "Option",
        "Some",
        "None",
        "Result",
        "Ok",
        "Err",
        "Box",
        "Vec",
        "String",
        "Iterator",
        "IntoIterator",
        "From",
        "Into",
        "Clone",
        "Default",
        "Drop",
        "drop",
        "unreachable",
        "panic",
        "compile_error",
        "Infallible",
    ];
    for fixture in FIXTURES {
        let args = parse(fixture.args, "arguments");
        let item = parse(fixture.item, "function");
        let mut user: Vec<String> = idents(item.clone());
        user.extend(idents(args.clone()));
        let expansion = crate::expand::expand(args, item);
        let trees: Vec<proc_macro2::TokenTree> = flatten_all(expansion);
        for (i, tree) in trees.iter().enumerate() {
            let proc_macro2::TokenTree::Ident(ident) = tree else {
                continue;
            };
            let name = ident.to_string();
            if !PRELUDE.contains(&name.as_str()) || user.contains(&name) {
                continue;
            }
            // A path segment after `::` is part of an absolute or qualified path.
            let after_colons = i >= 2
                && matches!(&trees[i - 1], proc_macro2::TokenTree::Punct(p) if p.as_char() == ':')
                && matches!(&trees[i - 2], proc_macro2::TokenTree::Punct(p) if p.as_char() == ':');
            assert!(
                after_colons,
                "the expansion of `{}` names `{name}` by a relative path",
                fixture.name
            );
        }
    }
}

/// Every token outside attributes, with groups opened in place (delimiters dropped). Inside
/// `#[derive(Clone)]`, `Clone` names the derive macro, which even `#![no_implicit_prelude]`
/// keeps in scope.
fn flatten_all(tokens: TokenStream) -> Vec<proc_macro2::TokenTree> {
    let mut out = Vec::new();
    let mut after_pound = false;
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Group(g) if after_pound => {
                out.push(proc_macro2::TokenTree::Group(g));
            }
            proc_macro2::TokenTree::Group(g) => out.extend(flatten_all(g.stream())),
            other => out.push(other),
        }
        after_pound =
            matches!(out.last(), Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == '#');
    }
    out
}

/// The same input gives the same tokens every time: rustc caches expansions, builds must be
/// reproducible, and the snapshots above must not flicker. (A `HashMap` iterated while
/// emitting breaks this: its order changes from one map to the next.)
#[test]
fn expansion_is_deterministic() {
    for fixture in FIXTURES {
        let expand = || {
            crate::expand::expand(
                parse(fixture.args, "arguments"),
                parse(fixture.item, "function"),
            )
            .to_string()
        };
        let first = expand();
        for _ in 0..8 {
            let again = expand();
            assert!(
                again == first,
                "expanding `{}` twice gave different tokens; {}",
                fixture.name,
                first_difference(&first.replace("; ", ";\n"), &again.replace("; ", ";\n"))
            );
        }
    }
}
