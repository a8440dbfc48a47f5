//! Minimized mismatches found by the proof by difference, one test each: the Rust program here,
//! its Python twin in `regressions/<name>.py`, the same scripts, and traces that must agree.
//! A test stays `#[ignore = "bug: ..."]` until the bug is fixed in `coro-macros`.
//!
//! Programs the attribute wrongly rejects cannot live in this file (it would not compile); they
//! are in `regressions/compile/<name>.rs`, and `compile_bugs` builds each in a scratch crate.

#![allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_labels,
    unreachable_code
)]

use std::path::Path;
use std::process::Command;

use coro_core::{yield_, yield_from};
use difftest::{Dyn, E, G, Op, Program, Python, compare, crate_dir, lg, pnc, run_programs};

/// Runs one regression on both sides and compares.
fn check(program: Program) {
    let rust = run_programs(&[program]);
    let Some(python) = Python::find() else {
        eprintln!("python3 not found: only the Rust side ran");
        return;
    };
    let file = crate_dir().join(format!("regressions/{}.py", program.0));
    let expected = python.run(&file);
    let mismatches = compare(&rust, &expected);
    let shown: Vec<String> = mismatches.iter().map(ToString::to_string).collect();
    assert!(mismatches.is_empty(), "{}", shown.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// A guard moved away in one branch only is dropped at a suspension of the *other* branch,
// while it is still in scope (it must drop at the end of the function, after `log 2`).
//
//     rust                    python
//     drop g1               ! start -> yield 1
//     start -> yield 1      ! log 2 3
//     log 2 3               ! drop g1
//     send 1 -> return 1      send 1 -> return 1

#[coro_core::coroutine(generator, yield = i64, send = i64, error = E)]
fn moved_in_other_branch(a: i64) -> i64 {
    let g1 = G::new("g1");
    if a < 5 {
        yield_!(1);
    } else {
        drop(g1);
    }
    lg(2, a);
    1
}

fn make_moved_in_other_branch() -> Dyn {
    Box::new(moved_in_other_branch(3))
}

#[test]
fn moved_in_other_branch_drops_at_scope_end() {
    check((
        "moved_in_other_branch",
        make_moved_in_other_branch,
        &[&[Op::Start, Op::Send(1)], &[Op::Start, Op::Close]],
    ));
}

// ---------------------------------------------------------------------------------------------
// The same with the suspension after the `if`s: a guard moved away in a nested `if` that did
// not run is dropped when the body suspends, not at the end of its scope. (With a single,
// un-nested `if a < 0 { drop(g2); }` it is right.)
//
//     rust                    python
//     drop g2               ! start -> yield 1
//     start -> yield 1      ! drop
//     drop                  ! drop g2

#[coro_core::coroutine(generator, yield = i64, send = i64, error = E)]
fn moved_then_suspend(a: i64) -> i64 {
    let g2 = G::new("g2");
    if a < 10 {
        if a < 0 {
            drop(g2);
        }
    }
    yield_!(1);
    1
}

fn make_moved_then_suspend() -> Dyn {
    Box::new(moved_then_suspend(4))
}

#[test]
fn moved_then_suspend_drops_at_scope_end() {
    check((
        "moved_then_suspend",
        make_moved_then_suspend,
        &[&[Op::Start], &[Op::Start, Op::Send(1)]],
    ));
}

// ---------------------------------------------------------------------------------------------
// P1: after a panic, the first operation reports `Poisoned`, but later ones do not: `throw`
// hands the error back and `send` says `Exhausted`, as for a generator that simply finished.
// Here the panic is in a delegate. (Found by long mode, seed 2, program 54, where it is two
// delegations deep.)
//
//     rust                          python (every later operation is Poisoned)
//     send -1 -> panic                send -1 -> panic
//     send 10 -> error Poisoned       send 10 -> error Poisoned
//     throw E(3) -> raise E(3)      ! throw E(3) -> error Poisoned
//     send 9 -> error Exhausted     ! send 9 -> error Poisoned
//     close -> ok None              ! close -> error Poisoned

#[coro_core::coroutine(generator, yield = i64, send = i64, error = E)]
fn poisoned(a: i64) -> i64 {
    yield_from!(poisoned_inner(a))
}

#[coro_core::coroutine(generator, yield = i64, send = i64, error = E)]
fn poisoned_inner(a: i64) -> i64 {
    let x = yield_!(3);
    if x < 0 {
        pnc(1);
    }
    a
}

fn make_poisoned() -> Dyn {
    Box::new(poisoned(1))
}

#[test]
fn poisoned_stays_poisoned() {
    check((
        "poisoned",
        make_poisoned,
        &[&[
            Op::Start,
            Op::Send(-1),
            Op::State,
            Op::Send(10),
            Op::Throw(3),
            Op::Send(9),
            Op::Close,
        ]],
    ));
}

// ---------------------------------------------------------------------------------------------
// Programs that must compile.

/// Builds `regressions/compile/<name>.rs` in a scratch crate; the compiler's complaint if any.
fn build_snippet(name: &str) -> Result<(), String> {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| crate_dir().join("../target"), Into::into)
        .join("difftest-compile-bugs");
    let snippet = crate_dir().join(format!("regressions/compile/{name}.rs"));
    std::fs::create_dir_all(dir.join("src")).expect("scratch directory");
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"difftest-compile-bugs\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [workspace]\n\n[dependencies]\ncoro-core = {{ path = {:?} }}\ndifftest = {{ path = {:?} }}\n",
            crate_dir().join("../coro-core"),
            crate_dir()
        ),
    )
    .expect("write Cargo.toml");
    std::fs::write(
        dir.join("src/lib.rs"),
        format!("#[path = {:?}]\npub mod snippet;\n", snippet),
    )
    .expect("write lib.rs");
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(["build", "-q", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .output()
        .expect("cargo runs");
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

#[test]
fn local_used_in_one_suspending_branch_compiles() {
    if let Err(text) = build_snippet("local_in_one_suspending_branch") {
        panic!("{text}");
    }
}

#[test]
fn compile_snippets_exist() {
    assert!(
        Path::new(&crate_dir().join("regressions/compile/local_in_one_suspending_branch.rs"))
            .is_file()
    );
}

#[test]
fn moved_in_handler_compiles() {
    if let Err(text) = build_snippet("moved_in_handler") {
        panic!("{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// Long mode, seed 3, p00175: the exit signal a delegate raises itself (`Exit?`, Python's
// `raise GeneratorExit`) came out of `yield_from!` as a protocol error, not as the exit signal:
// closing a delegator whose delegate handles the exit and then delegates to one that raises it
// answered `error Exit` instead of `ok None`.

#[coro_core::coroutine(generator, yield = i64, send = i64, error = E)]
fn exit_inner() -> i64 {
    lg(1, 0);
    coro_core::Exit?;
    0
}

#[coro_core::coroutine(generator, yield = i64, send = i64, error = E)]
fn catches_exit() -> i64 {
    if let coro_core::Resumed::Exit = coro_core::yield_catch!(1) {
        lg(2, 0);
    }
    yield_from!(exit_inner());
    0
}

#[coro_core::coroutine(generator, yield = i64, send = i64, error = E)]
fn exit_from_delegate(a: i64) -> i64 {
    let g1 = G::new("g1");
    yield_from!(catches_exit());
    a
}

fn make_exit_from_delegate() -> Dyn {
    Box::new(exit_from_delegate(7))
}

#[test]
fn exit_from_a_delegate_is_the_exit_signal() {
    check((
        "exit_from_delegate",
        make_exit_from_delegate,
        &[
            &[Op::Start, Op::Close, Op::Send(1)],
            &[Op::Start, Op::Send(5), Op::Send(6)],
        ],
    ));
}
