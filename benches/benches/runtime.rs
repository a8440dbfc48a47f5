//! The run-time benchmarks of issue 6, every implementation in one criterion run:
//! `count`, `echo`, `delegate` (1, 3, 10 levels), `create_drop`, `mixed` (a coroutine moving
//! through four states, against a hand-written enum machine), `long_body` (one function with
//! 100 suspension points, against the same body as a plain function; and `long_delegating`, the
//! same with every fourth point a delegation), and the `size` figures
//! (printed, and written to `target/coro-benches/sizes.json`, not timed).
//!
//! `cargo bench -p coro-benches --bench runtime` (add `--features native` with
//! `RUSTC_BOOTSTRAP=1` for Rust's native coroutines). Under `cargo test` criterion runs each
//! benchmark once; the sizes are then small so that it takes a moment.

use core::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use coro_benches::{DEPTHS, Implementation, expected, implementations, long_body, mixed};
use criterion::{BenchmarkId, Criterion, Throughput};

/// The workload sizes: values per `count`, resumes per `echo`, values per `delegate`, cycles
/// per `create_drop` iteration.
struct Sizes {
    count: u64,
    echo: u64,
    delegate: u64,
    cycles: u64,
    /// Seeds whose `mixed` and `long_body` checksums are compared before timing.
    long_runs: u64,
}

const FULL: Sizes = Sizes {
    count: 1_000_000,
    echo: 1_000_000,
    delegate: 100_000,
    cycles: 10_000,
    long_runs: 100,
};

/// `cargo test` runs the benches once each, unoptimised: keep it short.
const QUICK: Sizes = Sizes {
    count: 1_000,
    echo: 1_000,
    delegate: 1_000,
    cycles: 100,
    long_runs: 10,
};

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    )
}

fn report_sizes(imps: &[Implementation]) {
    println!("size of a suspended coroutine (bytes): one body / own blocks / first moved away");
    let mut json = String::from("{\n");
    for (k, imp) in imps.iter().enumerate() {
        let s = (imp.sizes)();
        println!(
            "  {:<14} {:>6} / {:>6} / {:>6}   {}",
            imp.name, s.one_body, s.own_blocks, s.moved, s.note
        );
        let comma = if k + 1 < imps.len() { "," } else { "" };
        json.push_str(&format!(
            "  \"{}\": {{\"one_body\": {}, \"own_blocks\": {}, \"moved\": {}, \"note\": \"{}\"}}{comma}\n",
            imp.name, s.one_body, s.own_blocks, s.moved, s.note
        ));
    }
    json.push_str("}\n");
    let dir = target_dir().join("coro-benches");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("sizes.json"), json);
    }
}

/// A group of whole runs from seed 1 (`per_run` elements each), one per implementation, the
/// floor first; each must give the floor's checksums from seeds `0..seeds` before it is timed.
fn bench_runs(
    c: &mut Criterion,
    name: &str,
    per_run: u64,
    seeds: u64,
    imps: &[(&'static str, fn(u64) -> u64)],
) {
    let all =
        |run: fn(u64) -> u64| (0..seeds).fold(0u64, |s, seed| s.wrapping_add(run(black_box(seed))));
    let expected = all(imps[0].1);
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(per_run));
    for &(imp, run) in imps {
        assert_eq!(all(run), expected, "{imp} {name}");
        group.bench_function(imp, |b| b.iter(|| run(black_box(1))));
    }
    group.finish();
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let sizes = if full { FULL } else { QUICK };
    let imps = implementations();
    report_sizes(&imps);

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(50)
        .configure_from_args();

    // Checksums first: a wrong implementation fails before anything is timed.
    let n = sizes.count;
    let mut group = c.benchmark_group("count");
    group.throughput(Throughput::Elements(n));
    for imp in &imps {
        assert_eq!((imp.count)(n), expected::count(n), "{} count", imp.name);
        group.bench_function(imp.name, |b| b.iter(|| (imp.count)(black_box(n))));
    }
    group.finish();

    let n = sizes.echo;
    let mut group = c.benchmark_group("echo");
    group.throughput(Throughput::Elements(n));
    for imp in &imps {
        let Some(echo) = imp.echo else {
            println!("echo: {} skipped ({})", imp.name, imp.note);
            continue;
        };
        assert_eq!(echo(n), expected::echo(n), "{} echo", imp.name);
        group.bench_function(imp.name, |b| b.iter(|| echo(black_box(n))));
    }
    group.finish();

    let n = sizes.delegate;
    let mut group = c.benchmark_group("delegate");
    group.throughput(Throughput::Elements(n));
    for imp in &imps {
        // SLOT(coro-delegate): coro's `delegate` is `None` until delegation lands; see
        // `benches/src/coro_impl.rs`.
        let Some(delegate) = imp.delegate else {
            println!("delegate: {} skipped ({})", imp.name, imp.note);
            continue;
        };
        for depth in DEPTHS {
            assert_eq!(
                delegate(depth, n),
                expected::delegate(depth, n, imp.delegate_returns),
                "{} delegate {depth}",
                imp.name
            );
            group.bench_with_input(BenchmarkId::new(imp.name, depth), &depth, |b, &depth| {
                b.iter(|| delegate(depth, black_box(n)));
            });
        }
    }
    group.finish();

    let n = sizes.cycles;
    let mut group = c.benchmark_group("create_drop");
    group.throughput(Throughput::Elements(n));
    for imp in &imps {
        assert_eq!(
            (imp.create_drop)(n),
            expected::create_drop(n),
            "{} create_drop",
            imp.name
        );
        group.bench_function(imp.name, |b| b.iter(|| (imp.create_drop)(black_box(n))));
    }
    group.finish();

    // A coroutine moving through several states: created, run to its end, dropped. Per resume.
    let (_, resumes) = mixed::floor::run_counting(1);
    bench_runs(
        &mut c,
        "mixed",
        resumes,
        sizes.long_runs,
        &mixed::implementations(),
    );

    // A 100-point body run to its end: the folded enums and the late conversion at run time.
    // Per value.
    let (_, yields) = long_body::plain::run(1);
    bench_runs(
        &mut c,
        "long_body",
        yields,
        sizes.long_runs,
        &long_body::implementations(),
    );

    // The same body with every fourth point a delegation (a one-yield delegate): the
    // delegations' fast paths placed after a late conversion. Per value.
    let (_, yields) = long_body::delegating::plain::run(1);
    bench_runs(
        &mut c,
        "long_delegating",
        yields,
        sizes.long_runs,
        &long_body::delegating::implementations(),
    );

    c.final_summary();
}
