#!/usr/bin/env python3
"""Compile-time cost of `#[coro_core::coroutine]` (issue 6).

Generates small crates under target/compile-time/ and times `cargo build` (dev profile) of each,
with only the generated crate rebuilt (its dependencies are built once before timing):

  coro200 / native200         200 coroutines written with coro, and the same 200 as Rust's
                              native `#[coroutine]` closures (built with RUSTC_BOOTSTRAP=1);
  floor200                    the same 200 as hand-written state machines (an enum per
                              coroutine and a `resume`, no send/throw/close protocol): what
                              explicit state machines cost rustc before any protocol;
  coro_points{10,...,1000}    one coro function with 10, 50, 100, 200, 1,000 suspension points;
  native_points{10,...,1000}  the same as a native coroutine;
  coro_delegations{25,50}     one coro function with 25 or 50 `yield_from!`s of a one-yield
                              coroutine, and nothing else;
  coro_delegating{100,200}    coro_points100 / 200 with every fourth point such a `yield_from!`.

For the coro crates it also records what rustc's own pass timer (`-Z time-passes`, under
RUSTC_BOOTSTRAP=1) reports for macro expansion of the crate (`macro_expand_crate`), and the
size of the expanded crate (`-Z unpretty=expanded`, in the same rustc invocation): the macro's
cost and its output's growth without the rest of the build around them.

Crates with LARGE or more suspension points are built once (no warm-up, one timed run): at
1,000 points one expansion takes many minutes.

Timing uses hyperfine when it is installed (`apt-get install hyperfine`), else a loop of runs.
With --instructions it also counts the instructions rustc executes to build each 200-coroutine
crate once (valgrind's callgrind, `apt-get install valgrind`; a few minutes): unlike wall time,
the count does not move with the load of a shared host, so small changes can be compared. It
also records, from callgrind_annotate, the instructions of all macro expansion (`expansion`)
and, in coro200, of the attribute macro's run (its code and rustc's side of the bridge:
`macro_run`).
Results go to target/coro-benches/compile_time.json (read by scripts/plot_benchmarks.py).

Usage: python3 scripts/compile_time.py [--runs N] [--only NAME,...] [--instructions]
"""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compile-time"
OUT = ROOT / "target" / "coro-benches" / "compile_time.json"
POINTS = [10, 50, 100, 200, 1000]
# From this many suspension points on, one timed build only (the expansion grows fast).
LARGE = 500
COUNT = 200

NATIVE_HEADER = "#![feature(coroutines, coroutine_trait, stmt_expr_attributes)]\n"


# ------------------------------------------------------------------------------------------
# Source generation


def coro_coroutine(i: int) -> str:
    """One coroutine of the 200-coroutine crate: a loop, a match, locals across suspensions."""
    return f"""
#[coro_core::coroutine(yield = u64, send = u64)]
pub fn co_{i}(seed: u64, n: u64) -> u64 {{
    let mut total = seed + {i};
    let mut hist = [0u64; 4];
    for _ in 0..n {{
        let v = yield_!(total);
        hist[(v % 4) as usize] += 1;
        total = total.wrapping_add(v * {i % 7 + 1});
        if v == {i} {{
            break;
        }}
    }}
    match total % 3 {{
        0 => {{
            total += yield_!(hist[0]);
        }}
        1 => {{
            let w = yield_!(hist[1]);
            total ^= w;
        }}
        _ => {{}}
    }}
    let last = yield_!(total);
    total + last + hist[2] + hist[3]
}}
"""


def native_coroutine(i: int) -> str:
    return f"""
pub fn co_{i}(seed: u64, n: u64) -> impl Coroutine<u64, Yield = u64, Return = u64> + Unpin {{
    #[coroutine]
    move |_first: u64| {{
        let mut total = seed + {i};
        let mut hist = [0u64; 4];
        for _ in 0..n {{
            let v = yield total;
            hist[(v % 4) as usize] += 1;
            total = total.wrapping_add(v * {i % 7 + 1});
            if v == {i} {{
                break;
            }}
        }}
        match total % 3 {{
            0 => {{
                total += yield hist[0];
            }}
            1 => {{
                let w = yield hist[1];
                total ^= w;
            }}
            _ => {{}}
        }}
        let last = yield total;
        total + last + hist[2] + hist[3]
    }}
}}
"""


def floor_coroutine(i: int) -> str:
    """The same coroutine as a hand-written enum state machine: locals live in the variants,
    each resume takes the state out, runs to the next yield and stores the next state."""
    return f"""
pub enum St{i} {{
    Start {{ seed: u64, n: u64 }},
    Loop {{ total: u64, hist: [u64; 4], it: core::ops::Range<u64> }},
    Y1 {{ total: u64, hist: [u64; 4] }},
    Y2 {{ total: u64, hist: [u64; 4] }},
    Y3 {{ total: u64, hist: [u64; 4] }},
    Done,
}}

pub fn co_{i}(seed: u64, n: u64) -> St{i} {{
    St{i}::Start {{ seed, n }}
}}

impl Resume for St{i} {{
    fn resume(&mut self, v: u64) -> Step {{
        let (mut total, mut hist, mut it);
        match core::mem::replace(self, St{i}::Done) {{
            St{i}::Start {{ seed, n }} => {{
                total = seed + {i};
                hist = [0u64; 4];
                it = 0..n;
            }}
            St{i}::Loop {{ total: t, hist: h, it: rest }} => {{
                (total, hist, it) = (t, h, rest);
                hist[(v % 4) as usize] += 1;
                total = total.wrapping_add(v * {i % 7 + 1});
                if v == {i} {{
                    return self.after_loop(total, hist);
                }}
            }}
            St{i}::Y1 {{ total, hist }} => return self.last(total + v, hist),
            St{i}::Y2 {{ total, hist }} => {{
                let w = v;
                return self.last(total ^ w, hist);
            }}
            St{i}::Y3 {{ total, hist }} => {{
                let last = v;
                return Step::Complete(total + last + hist[2] + hist[3]);
            }}
            St{i}::Done => panic!("resumed after completion"),
        }}
        match it.next() {{
            Some(_) => {{
                *self = St{i}::Loop {{ total, hist, it }};
                Step::Yielded(total)
            }}
            None => self.after_loop(total, hist),
        }}
    }}
}}

impl St{i} {{
    fn after_loop(&mut self, total: u64, hist: [u64; 4]) -> Step {{
        match total % 3 {{
            0 => {{
                *self = St{i}::Y1 {{ total, hist }};
                Step::Yielded(hist[0])
            }}
            1 => {{
                *self = St{i}::Y2 {{ total, hist }};
                Step::Yielded(hist[1])
            }}
            _ => self.last(total, hist),
        }}
    }}

    fn last(&mut self, total: u64, hist: [u64; 4]) -> Step {{
        *self = St{i}::Y3 {{ total, hist }};
        Step::Yielded(total)
    }}
}}
"""


FLOOR_HEADER = """pub enum Step {
    Yielded(u64),
    Complete(u64),
}

pub trait Resume {
    fn resume(&mut self, v: u64) -> Step;
}
"""

FLOOR_DRIVER = """
fn drive(mut c: impl Resume) -> u64 {
    let mut x = 0;
    loop {
        match c.resume(x) {
            Step::Yielded(v) => x = v % 5,
            Step::Complete(r) => return r,
        }
    }
}
"""


CORO_DRIVER = """
fn drive(mut c: impl Coroutine<Yield = u64, Send = u64, Return = u64>) -> u64 {
    let mut step = c.start();
    loop {
        match step {
            Ok(Step::Yielded(v)) => step = c.send(v % 5),
            Ok(Step::Complete(r)) => return r,
            Err(_) => return 0,
        }
    }
}
"""

NATIVE_DRIVER = """
fn drive(mut c: impl Coroutine<u64, Yield = u64, Return = u64> + Unpin) -> u64 {
    let mut x = 0;
    loop {
        match Pin::new(&mut c).resume(x) {
            CoroutineState::Yielded(v) => x = v % 5,
            CoroutineState::Complete(r) => return r,
        }
    }
}
"""


def many_crate(native: bool, floor: bool = False) -> str:
    if floor:
        head = FLOOR_HEADER
        body = "".join(floor_coroutine(i) for i in range(COUNT)) + FLOOR_DRIVER
    elif native:
        head = NATIVE_HEADER + "use core::ops::{Coroutine, CoroutineState};\nuse core::pin::Pin;\n"
        body = "".join(native_coroutine(i) for i in range(COUNT)) + NATIVE_DRIVER
    else:
        head = "use coro_core::{Coroutine, Step, yield_};\n"
        body = "".join(coro_coroutine(i) for i in range(COUNT)) + CORO_DRIVER
    calls = "".join(f"    s = s.wrapping_add(drive(co_{i}(1, 6)));\n" for i in range(COUNT))
    return head + body + f"\npub fn drive_all() -> u64 {{\n    let mut s = 0u64;\n{calls}    s\n}}\n"


DELEGATION = "    acc += yield_from!(inner(acc));\n"
DELEGATIONS = [25, 50]
DELEGATING = [100, 200]

# What the delegating functions delegate to.
INNER = """
#[coro_core::coroutine(yield = u64, send = u64)]
pub fn inner(x: u64) -> u64 {
    let v = yield_!(x);
    v
}
"""


# Drives the one function of a points or delegating crate (so that it is compiled in full).
DRIVE_POINTS = "\npub fn drive_all() -> u64 {\n    drive(points(1))\n}\n"


def point(k: int, native: bool, delegating: bool = False) -> str:
    """Suspension point k of the long function: four shapes in turn (the first a delegation
    in a delegating function)."""
    y = (lambda e: f"yield {e}") if native else (lambda e: f"yield_!({e})")
    shape = k % 4
    if shape == 0 and delegating:
        return DELEGATION
    if shape == 0:
        return f"    acc += {y('acc')};\n"
    if shape == 1:
        return f"    let v{k} = {y(f'acc ^ {k}')};\n    acc = acc.wrapping_mul(3).wrapping_add(v{k});\n"
    if shape == 2:
        return f"    if acc & 1 == 0 {{\n        acc += {y('acc + 1')};\n    }} else {{\n        acc -= 1;\n    }}\n"
    return f"    for j in 0..2u64 {{\n        acc += {y('acc + j')};\n    }}\n"


def points_fn(n: int, native: bool, delegating: bool = False) -> str:
    return function_of("".join(point(k, native, delegating) for k in range(n)), native)


def function_of(body: str, native: bool) -> str:
    """The long function `points` around `body` (statements on `acc`), returning `acc`."""
    if native:
        return (
            "pub fn points(seed: u64) -> impl Coroutine<u64, Yield = u64, Return = u64> + Unpin {\n"
            "    #[coroutine]\n    move |_first: u64| {\n    let mut acc = seed;\n"
            + body
            + "    acc\n    }\n}\n"
        )
    return (
        "#[coro_core::coroutine(yield = u64, send = u64)]\n"
        "pub fn points(seed: u64) -> u64 {\n    let mut acc = seed;\n" + body + "    acc\n}\n"
    )


def points_crate(n: int, native: bool) -> str:
    if native:
        head = NATIVE_HEADER + "use core::ops::{Coroutine, CoroutineState};\nuse core::pin::Pin;\n"
        driver = NATIVE_DRIVER
    else:
        head = "use coro_core::{Coroutine, Step, yield_};\n"
        driver = CORO_DRIVER
    return head + points_fn(n, native) + driver + DRIVE_POINTS


def delegating_crate(n: int, alone: bool) -> str:
    """One coro function with delegations: `n` of them alone, or `n` points in the four shapes
    with every fourth a delegation."""
    if alone:
        function = function_of(DELEGATION * n, False)
    else:
        function = points_fn(n, False, delegating=True)
    head = "use coro_core::{Coroutine, Step, yield_, yield_from};\n"
    return head + INNER + "\n" + function + CORO_DRIVER + DRIVE_POINTS


def write_crate(name: str, source: str, coro: bool) -> Path:
    d = WORK / name
    (d / "src").mkdir(parents=True, exist_ok=True)
    deps = f'coro-core = {{ path = "{ROOT / "coro-core"}" }}\n' if coro else ""
    (d / "Cargo.toml").write_text(
        f'[package]\nname = "{name.replace("_", "-")}"\nversion = "0.0.0"\nedition = "2024"\n'
        f"publish = false\n\n[dependencies]\n{deps}\n"
        "# Not part of the coro workspace.\n[workspace]\n"
    )
    lib = d / "src" / "lib.rs"
    if not lib.exists() or lib.read_text() != source:
        lib.write_text(source)
    if coro:
        # Same dependency versions as the workspace, and no registry look-up.
        shutil.copy(ROOT / "Cargo.lock", d / "Cargo.lock")
    return d


# ------------------------------------------------------------------------------------------
# Timing


def env_for(native_or_bootstrap: bool, target: Path) -> dict:
    env = dict(os.environ)
    env["CARGO_TARGET_DIR"] = str(target)
    # A full build each time: with incremental compilation a rebuild of unchanged source
    # reuses type checking and code generation and times little more than the expansion.
    env["CARGO_INCREMENTAL"] = "0"
    if native_or_bootstrap:
        env["RUSTC_BOOTSTRAP"] = "1"
    else:
        env.pop("RUSTC_BOOTSTRAP", None)
    return env


def cargo(args, cwd: Path, env: dict, capture=False, timeout=None):
    """Runs cargo in its own process group, so that a timeout also stops its rustc."""
    proc = subprocess.Popen(
        ["cargo", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        stderr=subprocess.PIPE if capture else subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, proc.args, stdout, stderr)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


def timed_out(seconds: float) -> dict:
    return {"timed_out": True, "at_least_s": seconds}


def time_build(crate: Path, env: dict, runs: int, warm: bool = True, timeout=None) -> dict:
    """`cargo build` of the crate alone (its dependencies are already built)."""
    if timeout is not None:
        # One run, stopped after `timeout` seconds.
        (crate / "src" / "lib.rs").touch()
        t = time.perf_counter()
        try:
            cargo(["build", "--offline", "-q"], crate, env, timeout=timeout)
        except subprocess.TimeoutExpired:
            return timed_out(timeout)
        elapsed = time.perf_counter() - t
        return {"median_s": elapsed, "mean_s": elapsed, "stddev_s": 0.0, "min_s": elapsed,
                "max_s": elapsed, "runs": 1, "tool": "single run"}
    if warm:
        cargo(["build", "--offline", "-q"], crate, env)  # dependencies, and a warm cache
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
            export = f.name
        cmd = [
            "hyperfine",
            "--style", "none",
            "--warmup", "1" if warm else "0",
            "--runs", str(runs),
            "--prepare", f"touch {crate / 'src' / 'lib.rs'}",
            "--export-json", export,
            "cargo build --offline -q",
        ]
        subprocess.run(cmd, cwd=crate, env=env, check=True, stdout=subprocess.DEVNULL)
        result = json.loads(Path(export).read_text())["results"][0]
        os.unlink(export)
        times = result["times"]
        tool = "hyperfine"
    else:
        times = []
        for _ in range(runs):
            (crate / "src" / "lib.rs").touch()
            t = time.perf_counter()
            cargo(["build", "--offline", "-q"], crate, env)
            times.append(time.perf_counter() - t)
        tool = "loop"
    return {
        "median_s": statistics.median(times),
        "mean_s": statistics.fmean(times),
        "stddev_s": statistics.stdev(times) if len(times) > 1 else 0.0,
        "min_s": min(times),
        "max_s": max(times),
        "runs": len(times),
        "tool": tool,
    }


def instructions(crate: Path, env: dict) -> dict:
    """Instructions rustc executes to build the crate once, counted by callgrind (every thread,
    the proc macro's run included): the same from run to run, where wall time is not. For a
    crate that uses the attribute, also the part spent in the macro's run (rustc's side of the
    bridge included) and in all macro expansion."""
    counts = callgrind_counts(rustc_command(crate, env), crate, env)
    return {k: v for k, v in counts.items() if v is not None}


def rustc_command(crate: Path, env: dict) -> str:
    """The rustc command line cargo runs to build the crate itself (which it then runs)."""
    (crate / "src" / "lib.rs").touch()
    out = cargo(["build", "--offline", "-v"], crate, env, capture=True)
    name = crate.name.replace("-", "_")
    running = [line for line in out.stderr.splitlines() if f"--crate-name {name} " in line]
    return running[-1].split("Running `", 1)[1].rstrip("`")


def callgrind_rustc(command: str, cwd: Path, env: dict) -> int:
    """Instructions a rustc command line executes, counted by callgrind (every thread)."""
    return callgrind_counts(command, cwd, env, inclusive=False)["instructions"]


# rustc's functions whose inclusive counts `instructions` reports: an attribute macro's run
# (the client's code and rustc's side of the bridge) and the expansion of the whole crate.
INCLUSIVE = {
    "macro_run": "<rustc_expand::proc_macro::AttrProcMacro as rustc_expand::base::AttrProcMacro>::expand ",
    "expansion": "<rustc_expand::expand::MacroExpander>::expand_crate ",
}


def callgrind_counts(command: str, cwd: Path, env: dict, inclusive=True) -> dict:
    """`instructions`: what a rustc command line executes, counted by callgrind (every
    thread); with `inclusive`, also the counts of `INCLUSIVE`'s functions (None where absent),
    read with callgrind_annotate."""
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--trace-children=yes",
             f"--callgrind-out-file={d}/cg.%p", "sh", "-c", command],
            cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        counts = {"instructions": 0, **{k: None for k in INCLUSIVE}} if inclusive else {"instructions": 0}
        for f in Path(d).iterdir():
            lines = f.read_text(errors="replace").splitlines()
            # One file per process: rustc's, not the shell's that started it.
            if not any(line.startswith("cmd:") and "rustc" in line for line in lines):
                continue
            counts["instructions"] += sum(
                int(line.split()[1]) for line in lines if line.startswith("totals:")
            )
            if inclusive:
                annotated = subprocess.run(
                    ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(f)],
                    check=True, capture_output=True, text=True,
                ).stdout
                for key, function in INCLUSIVE.items():
                    for line in annotated.splitlines():
                        if function in line:
                            counts[key] = int(line.split()[0].replace(",", ""))
                            break
    return counts


TIME_PASS = re.compile(r"^time:\s+([0-9.]+);.*?\s(\S+)$")


def expansion(crate: Path, target: Path, runs: int, timeout=None) -> dict:
    """rustc's own timer for macro expansion (`-Z time-passes`), and the expanded size."""
    env = env_for(True, target)
    samples = []
    expanded = ""
    for _ in range(runs):
        (crate / "src" / "lib.rs").touch()
        try:
            out = cargo(
                ["rustc", "--offline", "-q", "--lib", "--", "-Z", "unpretty=expanded", "-Z", "time-passes"],
                crate,
                env,
                capture=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return timed_out(timeout)
        expanded = out.stdout
        passes = {}
        for line in out.stderr.splitlines():
            m = TIME_PASS.match(line.strip())
            if m:
                passes[m.group(2)] = float(m.group(1))
        samples.append(passes.get("macro_expand_crate", passes.get("expand_crate", float("nan"))))
    return {
        "macro_expand_median_s": statistics.median(samples),
        "macro_expand_min_s": min(samples),
        "macro_expand_max_s": max(samples),
        "macro_expand_runs": len(samples),
        "expanded_bytes": len(expanded.encode()),
        "expanded_lines": expanded.count("\n"),
        "source_bytes": len((crate / "src" / "lib.rs").read_text().encode()),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="timed builds per crate (default 5)")
    ap.add_argument("--only", default="", help="comma-separated crate names to run")
    ap.add_argument("--skip", default="", help="comma-separated crate names not to run")
    ap.add_argument(
        "--timeout-large", type=float, default=1800,
        help=f"seconds after which a build of {LARGE}+ points is stopped (default 1800)",
    )
    ap.add_argument(
        "--instructions", action="store_true",
        help="also count rustc's instructions for the 200-coroutine crates (needs valgrind)",
    )
    args = ap.parse_args()

    crates = []
    for n in POINTS:
        crates.append((f"coro_points{n}", points_crate(n, False), "coro"))
        crates.append((f"native_points{n}", points_crate(n, True), "native"))
    # The 1,000-point crate last: it takes longest.
    crates.sort(key=lambda c: int(c[0].rsplit("points", 1)[1]) >= LARGE)
    crates[0:0] = [
        ("coro200", many_crate(False), "coro"),
        ("native200", many_crate(True), "native"),
        ("floor200", many_crate(False, floor=True), "floor"),
    ]
    crates += [(f"coro_delegations{n}", delegating_crate(n, True), "coro") for n in DELEGATIONS]
    crates += [(f"coro_delegating{n}", delegating_crate(n, False), "coro") for n in DELEGATING]
    only = set(filter(None, args.only.split(",")))
    skip = set(filter(None, args.skip.split(",")))

    results = json.loads(OUT.read_text()) if OUT.exists() else {}
    results["machine"] = {
        "nproc": os.cpu_count(),
        "rustc": subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip(),
    }
    for name, source, kind in crates:
        if (only and name not in only) or name in skip:
            continue
        native = kind == "native"
        crate = write_crate(name, source, coro=kind == "coro")
        # coro crates share one target dir (coro-core and syn built once); the RUSTC_BOOTSTRAP
        # builds get their own, as the flag changes every crate's fingerprint.
        target = WORK / ("target-native" if native else "target")
        large = "points" in name and int(name.rsplit("points", 1)[1]) >= LARGE
        runs = 1 if large else args.runs
        if kind == "coro":
            # Dependencies first (once per target dir), so that only the crate is timed.
            print(f"{name}: -Z time-passes ...", file=sys.stderr, flush=True)
            bootstrap = WORK / "target-bootstrap"
            cargo(["build", "--offline", "-q", "-p", "coro-core"], crate, env_for(True, bootstrap))
            expansion_entry = expansion(crate, bootstrap, runs, args.timeout_large if large else None)
            cargo(["build", "--offline", "-q", "-p", "coro-core"], crate, env_for(False, target))
        print(f"{name}: cargo build ...", file=sys.stderr, flush=True)
        entry = {
            "build": time_build(
                crate, env_for(native, target), runs, warm=not large,
                timeout=args.timeout_large if large else None,
            )
        }
        if kind == "coro":
            entry["expansion"] = expansion_entry
        if args.instructions and name in ("coro200", "native200", "floor200"):
            print(f"{name}: instructions (callgrind) ...", file=sys.stderr, flush=True)
            entry["callgrind"] = instructions(crate, env_for(native, target))
        results[name] = entry
        print(f"  {json.dumps(entry)}", file=sys.stderr, flush=True)
        # After each crate, so that a long run can be read (and plotted) while it goes on.
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(results, indent=2) + "\n")

    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
