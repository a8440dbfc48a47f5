//! CI mode: a fixed batch of generated programs (`tests/ci_programs/mod.rs` and
//! `python/ci_programs.py`, written by the `gen.py` command in their second line), each run
//! under several scripts as Rust and as CPython; the traces must be identical.
//!
//! Long mode: `CORO_DIFF_LONG=<programs>` (and optionally `CORO_DIFF_SEED`, `CORO_DIFF_FIRST`,
//! `CORO_DIFF_BATCH`) makes `long_mode` generate, build and compare that many more programs.

#[rustfmt::skip]
mod ci_programs;

use difftest::long::{Settings, default_dir, run};
use difftest::{Python, compare, crate_dir, python_dir, run_programs};

fn python_or_skip() -> Option<Python> {
    let python = Python::find();
    if python.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "python3 is missing: CI must run the Python side"
        );
        eprintln!("python3 not found: the Python side did not run");
    }
    python
}

#[test]
fn ci_programs_agree_with_cpython() {
    let rust = run_programs(ci_programs::PROGRAMS);
    let Some(python) = python_or_skip() else {
        return;
    };
    let expected = python.run(&python_dir().join("ci_programs.py"));
    let mismatches = compare(&rust, &expected);
    let shown: Vec<String> = mismatches.iter().take(5).map(ToString::to_string).collect();
    assert!(
        mismatches.is_empty(),
        "{} of {} sections differ (Python {}.{}); the first ones:\n{}",
        mismatches.len(),
        rust.lines().filter(|l| l.starts_with("== ")).count(),
        python.version.0,
        python.version.1,
        shown.join("\n")
    );
}

/// The checked-in programs are what `gen.py` writes for the command recorded in them.
#[test]
fn ci_programs_are_current() {
    let Some(python) = python_or_skip() else {
        return;
    };
    let rust_path = crate_dir().join("tests/ci_programs/mod.rs");
    let rust = std::fs::read_to_string(&rust_path).expect("ci_programs/mod.rs");
    let command = rust
        .lines()
        .nth(1)
        .and_then(|l| l.strip_prefix("// gen.py "))
        .expect("the second line records the gen.py command");
    let out = std::env::temp_dir().join(format!("difftest-current-{}", std::process::id()));
    let status = python
        .command()
        .arg(crate_dir().join("gen.py"))
        .args(command.split_whitespace())
        .arg("--out")
        .arg(&out)
        .status()
        .expect("gen.py runs");
    assert!(status.success());
    let fresh_rust = std::fs::read_to_string(out.join("programs.rs")).expect("programs.rs");
    let fresh_py = std::fs::read_to_string(out.join("programs.py")).expect("programs.py");
    let _ = std::fs::remove_dir_all(&out);
    let py = std::fs::read_to_string(python_dir().join("ci_programs.py")).expect("ci_programs.py");
    assert!(
        fresh_rust == rust && fresh_py == py,
        "the CI programs are stale: run `python3 difftest/gen.py {command} --out /tmp/ci` and copy \
         programs.rs to difftest/tests/ci_programs/mod.rs, programs.py to difftest/python/ci_programs.py"
    );
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().map_or(default, |v| {
        v.parse()
            .unwrap_or_else(|_| panic!("{name} must be a number"))
    })
}

#[test]
fn long_mode() {
    let Ok(count) = std::env::var("CORO_DIFF_LONG") else {
        return;
    };
    let count: usize = count
        .parse()
        .expect("CORO_DIFF_LONG is a number of programs");
    let settings = Settings {
        seed: env_number("CORO_DIFF_SEED", 2),
        first: usize::try_from(env_number("CORO_DIFF_FIRST", 0)).expect("index"),
        count,
        batch: usize::try_from(env_number("CORO_DIFF_BATCH", 400)).expect("batch"),
        dir: default_dir(),
    };
    let report = run(&settings);
    assert!(
        report.mismatches.is_empty() && report.compile_failures.is_empty(),
        "{}",
        report.summary()
    );
    eprintln!("{}", report.summary());
}
