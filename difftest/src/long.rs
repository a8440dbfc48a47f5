//! Long mode: generates many programs in batches into a scratch crate, builds and runs it,
//! runs the Python twins, and compares. Programs that do not compile are reported too (a valid
//! program that `#[coroutine]` rejects is a finding), then left out of the batch.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Mismatch, Python, compare, crate_dir, python_dir};

/// What a long run found.
#[derive(Debug, Default)]
pub struct Report {
    /// Programs generated.
    pub programs: usize,
    /// Programs that compiled and ran on both sides.
    pub compared: usize,
    /// (program, compiler output) of programs that did not compile.
    pub compile_failures: Vec<(String, String)>,
    /// Sections whose traces differ.
    pub mismatches: Vec<Mismatch>,
}

/// Settings of a long run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The generator's seed.
    pub seed: u64,
    /// The first program's index.
    pub first: usize,
    /// How many programs.
    pub count: usize,
    /// Programs per scratch build.
    pub batch: usize,
    /// Where the scratch crate lives.
    pub dir: PathBuf,
}

fn workspace_root() -> PathBuf {
    crate_dir()
        .parent()
        .expect("difftest is inside the workspace")
        .to_path_buf()
}

/// Where the scratch crate goes by default: `<target>/difftest-long`.
#[must_use]
pub fn default_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| workspace_root().join("target"), PathBuf::from)
        .join("difftest-long")
}

fn write_crate(dir: &Path) {
    std::fs::create_dir_all(dir.join("src")).expect("scratch crate directory");
    let root = workspace_root();
    let manifest = format!(
        "[package]\nname = \"difftest-long\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [workspace]\n\n[dependencies]\ncoro-core = {{ path = {:?} }}\ndifftest = {{ path = {:?} }}\n\n\
         [profile.dev]\ndebug = 0\nopt-level = 0\n",
        root.join("coro-core"),
        crate_dir()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::write(
        dir.join("src/main.rs"),
        "mod programs;\nfn main() {\n    print!(\"{}\", difftest::run_programs(programs::PROGRAMS));\n}\n",
    )
    .expect("write main.rs");
}

fn generate(
    python: &Python,
    dir: &Path,
    seed: u64,
    first: usize,
    count: usize,
    skip: &BTreeSet<String>,
) {
    let mut command = python.command();
    command
        .arg(crate_dir().join("gen.py"))
        .args(["--seed", &seed.to_string()])
        .args(["--first", &first.to_string()])
        .args(["--count", &count.to_string()])
        .arg("--out")
        .arg(dir.join("src"));
    if let Ok(avoid) = std::env::var("CORO_DIFF_AVOID") {
        command.args(["--avoid", &avoid]);
    }
    if !skip.is_empty() {
        command
            .arg("--skip")
            .arg(skip.iter().cloned().collect::<Vec<_>>().join(","));
    }
    let status = command.status().expect("gen.py runs");
    assert!(status.success(), "gen.py failed");
}

/// The program (module) that holds each line of a generated `programs.rs`.
fn program_at(source: &str, line: usize) -> Option<String> {
    source
        .lines()
        .take(line)
        .filter_map(|l| {
            l.strip_prefix("pub mod ")
                .and_then(|r| r.strip_suffix(" {"))
        })
        .last()
        .map(str::to_owned)
}

/// Builds the scratch crate; on failure, the programs the errors point into, with the output.
fn build(dir: &Path) -> Result<PathBuf, Vec<(String, String)>> {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .arg("build")
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .arg("--message-format=short")
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    if output.status.success() {
        return Ok(dir.join("target/debug/difftest-long"));
    }
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let source = std::fs::read_to_string(dir.join("src/programs.rs")).unwrap_or_default();
    let mut failures: Vec<(String, String)> = Vec::new();
    for line in stderr.lines() {
        let Some(rest) = line.split("src/programs.rs:").nth(1) else {
            continue;
        };
        if !line.contains("error") {
            continue;
        }
        let Some(number) = rest.split(':').next().and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        if let Some(program) = program_at(&source, number) {
            match failures.iter_mut().find(|(p, _)| *p == program) {
                Some((_, text)) => {
                    text.push_str(line);
                    text.push('\n');
                }
                None => failures.push((program, format!("{line}\n"))),
            }
        }
    }
    assert!(
        !failures.is_empty(),
        "the scratch crate failed to build:\n{stderr}"
    );
    Err(failures)
}

/// Runs a long run; progress goes to standard error.
///
/// # Panics
///
/// When python3 or cargo cannot run.
#[must_use]
pub fn run(settings: &Settings) -> Report {
    let python = Python::find().expect("long mode needs python3");
    let dir = &settings.dir;
    write_crate(dir);
    let mut report = Report::default();
    let mut first = settings.first;
    let end = settings.first + settings.count;
    while first < end {
        let count = settings.batch.min(end - first);
        let mut skip = BTreeSet::new();
        let binary = loop {
            generate(&python, dir, settings.seed, first, count, &skip);
            match build(dir) {
                Ok(binary) => break binary,
                Err(failures) => {
                    for (program, text) in failures {
                        eprintln!("{program} does not compile:\n{text}");
                        skip.insert(program.clone());
                        report.compile_failures.push((program, text));
                    }
                }
            }
        };
        let output = Command::new(&binary)
            .output()
            .expect("the scratch binary runs");
        assert!(
            output.status.success(),
            "the scratch binary failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let rust = String::from_utf8(output.stdout).expect("UTF-8");
        let expected = python.run(&dir.join("src/programs.py"));
        let mismatches = compare(&rust, &expected);
        report.programs += count;
        report.compared += count - skip.len();
        eprintln!(
            "long mode: programs {first}..{} (seed {}): {} compared, {} not compiled, {} sections differ",
            first + count,
            settings.seed,
            count - skip.len(),
            skip.len(),
            mismatches.len()
        );
        for m in &mismatches {
            eprintln!("{m}");
        }
        report.mismatches.extend(mismatches);
        first += count;
    }
    let _ = python_dir();
    report
}

impl Report {
    /// A summary for a failing assertion.
    #[must_use]
    pub fn summary(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} programs, {} compared, {} did not compile, {} sections differ",
            self.programs,
            self.compared,
            self.compile_failures.len(),
            self.mismatches.len()
        );
        for (program, text) in &self.compile_failures {
            let _ = writeln!(out, "{program} does not compile:\n{text}");
        }
        for m in &self.mismatches {
            let _ = writeln!(out, "{m}");
        }
        out
    }
}
