#!/usr/bin/env python3
"""Tables and plot of the coro benchmarks (issue 6).

Reads criterion's JSON (<criterion>/<workload>/<implementation>[/<depth>]/new/*.json), the size
figures the runtime bench writes (target/coro-benches/sizes.json) and the compile-time figures
of scripts/compile_time.py (target/coro-benches/compile_time.json). Prints the Markdown tables
of BENCHMARKS.md and draws benches/plots/benchmarks.png: ns per value for each workload and
implementation, and the macro's expansion time and build time against suspension points.

Usage: python3 scripts/plot_benchmarks.py [--target target/native] [--out benches/plots/benchmarks.png]
  --target: the cargo target dir of the run (target/native for the RUSTC_BOOTSTRAP=1 run,
            target for the plain stable one); criterion/ and coro-benches/ are read from it.
"""

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["floor", "coro", "genawaiter", "next-gen", "async-stream", "corosensei", "native"]
WORKLOADS = [
    ("count", None, "count"),
    ("echo", None, "echo"),
    ("delegate", "1", "delegate ×1"),
    ("delegate", "3", "delegate ×3"),
    ("delegate", "10", "delegate ×10"),
    ("create_drop", None, "create_drop"),
    ("mixed", None, "mixed"),
    ("long_body", None, "long_body"),
    ("long_delegating", None, "long_delegating"),
]
UNIT = {
    "count": "ns/value", "echo": "ns/resume", "delegate": "ns/value", "create_drop": "ns/cycle",
    "mixed": "ns/resume", "long_body": "ns/value", "long_delegating": "ns/value",
}
# Workloads written for the floor, coro and native only (not for the peers).
REFERENCES_ONLY = {"mixed", "long_body", "long_delegating"}


def load(criterion: Path, group: str, imp: str, depth):
    d = criterion / group / imp
    if depth is not None:
        d = d / depth
    d = d / "new"
    if not (d / "estimates.json").exists():
        return None
    est = json.loads((d / "estimates.json").read_text())
    bench = json.loads((d / "benchmark.json").read_text())
    sample = json.loads((d / "sample.json").read_text())
    n = bench["throughput"]["Elements"]
    per_iter = sorted(t / i / n for t, i in zip(sample["times"], sample["iters"]))
    q = statistics.quantiles(per_iter, n=4)
    return {
        "median": est["median"]["point_estimate"] / n,
        "mad": est["median_abs_dev"]["point_estimate"] / n,
        "p25": q[0],
        "p75": q[2],
        "n": n,
        "samples": len(per_iter),
    }


def collect(criterion: Path):
    data = {}
    for group, depth, label in WORKLOADS:
        row = {}
        for imp in ORDER:
            r = load(criterion, group, imp, depth)
            if r is not None:
                row[imp] = r
        data[label] = row
    return data


def fmt(x: float) -> str:
    if x >= 1000:
        return f"{x:,.0f}"
    if x >= 100:
        return f"{x:.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def markdown(data, sizes, compile_times) -> str:
    out = []
    for group, depth, label in WORKLOADS:
        row = data.get(label, {})
        if not row:
            continue
        floor = row.get("floor", {}).get("median")
        n = next(iter(row.values()))["n"]
        out.append(f"#### {label} ({UNIT[group]}, {n:,} per iteration)\n")
        out.append("| implementation | median | IQR (p25–p75) | MAD | × floor |")
        out.append("| --- | ---: | ---: | ---: | ---: |")
        for imp in ORDER:
            if imp not in row:
                continue
            r = row[imp]
            ratio = f"{r['median'] / floor:.2f}" if floor else "–"
            out.append(
                f"| {imp} | {fmt(r['median'])} | {fmt(r['p25'])}–{fmt(r['p75'])} | "
                f"±{100 * r['mad'] / r['median']:.1f} % | {ratio} |"
            )
        missing = [imp for imp in ORDER if imp not in row and imp in sizes]
        if missing:
            why = " (the workload is written for the floor, coro and native only)" if group in REFERENCES_ONLY else ""
            out.append(f"\nNot measured: {', '.join(missing)}{why}.")
        out.append("")
    if sizes:
        out.append("#### size (bytes, `size_of_val` of a suspended coroutine)\n")
        out.append("| implementation | one body | own blocks | first array moved away | note |")
        out.append("| --- | ---: | ---: | ---: | --- |")
        for imp in ORDER:
            if imp in sizes:
                s = sizes[imp]
                out.append(f"| {imp} | {s['one_body']} | {s['own_blocks']} | {s['moved']} | {s['note']} |")
        out.append("")
    if compile_times:
        out.append("#### compile time (`cargo build`, dev profile, the generated crate alone)\n")
        out.append("| crate | median | min–max | runs | rustc macro expansion (median) | expanded size |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
        names = ["coro200", "native200", "floor200"] + [
            f"{k}_points{n}" for n in points_in(compile_times) for k in ("coro", "native")
        ] + sorted(
            (n for n in compile_times if n.startswith(("coro_delegations", "coro_delegating"))),
            key=lambda n: (n.rstrip("0123456789"), int(n[len(n.rstrip("0123456789")):])),
        )
        for name in names:
            e = compile_times.get(name)
            if not e:
                continue
            b = e["build"]
            x = e.get("expansion")
            if x is None:
                exp = size = "–"
            elif x.get("timed_out"):
                exp, size = f"> {x['at_least_s']:.0f} s (stopped)", "–"
            else:
                exp = f"{1000 * x['macro_expand_median_s']:,.0f} ms"
                size = f"{x['expanded_lines']:,} lines / {x['expanded_bytes'] / 1024:,.0f} KiB"
            if b.get("timed_out"):
                out.append(f"| {name} | > {b['at_least_s']:.0f} s (stopped) | – | 1 | {exp} | {size} |")
                continue
            out.append(
                f"| {name} | {b['median_s']:.2f} s | {b['min_s']:.2f}–{b['max_s']:.2f} s | "
                f"{b['runs']} ({b['tool']}) | {exp} | {size} |"
            )
        out.append("")
        counted = {n: e["callgrind"]["instructions"] for n, e in compile_times.items() if "callgrind" in e}
        if counted:
            out.append("#### instructions rustc executes for one build (callgrind, `--instructions`)\n")
            out.append("| crate | instructions | against native200 |")
            out.append("| --- | ---: | ---: |")
            native = counted.get("native200")
            for name, count in counted.items():
                ratio = f"{count / native:.2f} ×" if native else "–"
                out.append(f"| {name} | {count / 1e9:.2f} G | {ratio} |")
            out.append("")
    return "\n".join(out)


def points_in(compile_times, measured=None) -> list:
    """Suspension-point counts of the coro crates (`measured="build"` / `"expansion"`: only
    those where that measurement finished)."""
    def done(e):
        part = e["build"] if measured == "build" else e.get("expansion", {})
        return not part.get("timed_out")

    return sorted(
        int(name.rsplit("points", 1)[1])
        for name, e in compile_times.items()
        if name.startswith("coro_points") and (measured is None or done(e))
    )


def plot(data, compile_times, out: Path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    has_ct = bool(points_in(compile_times, measured="expansion"))
    fig = plt.figure(figsize=(17 if has_ct else 12, 7.5))
    grid = fig.add_gridspec(2, 2 if has_ct else 1, width_ratios=[2.2, 1] if has_ct else None,
                            height_ratios=[1.6, 1])
    ax = fig.add_subplot(grid[:, 0])
    labels = [label for _, _, label in WORKLOADS if data.get(label)]
    imps = [imp for imp in ORDER if any(imp in data[label] for label in labels)]
    colors = {
        "floor": "#444444", "coro": "#d62728", "genawaiter": "#1f77b4", "next-gen": "#2ca02c",
        "async-stream": "#9467bd", "corosensei": "#ff7f0e", "native": "#8c564b",
    }
    width = 0.8 / len(imps)
    bottom = min(r["p25"] for label in labels for r in data[label].values()) / 2
    for k, imp in enumerate(imps):
        xs, ys, lo, hi = [], [], [], []
        for j, label in enumerate(labels):
            x = j + (k - (len(imps) - 1) / 2) * width
            r = data[label].get(imp)
            if r is None:
                if label.split()[0] in REFERENCES_ONLY:
                    continue
                # Not measured: async-stream has no send.
                ax.text(x, bottom * 1.15, "n/a", ha="center", va="bottom", fontsize=6.5,
                        rotation=90, color=colors.get(imp))
                continue
            xs.append(x)
            ys.append(r["median"])
            lo.append(r["median"] - r["p25"])
            hi.append(r["p75"] - r["median"])
        ax.bar(xs, ys, width, label=imp, color=colors.get(imp), yerr=[lo, hi], capsize=2)
        for x, y, h in zip(xs, ys, hi):
            ax.text(x, (y + h) * 1.12, fmt(y), ha="center", va="bottom", fontsize=6.5, rotation=90)
    ax.set_yscale("log")
    ax.set_ylim(bottom=bottom)
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels([f"{lab}\n({UNIT[lab.split()[0]]})" for lab in labels])
    ax.set_ylabel("ns per value / resume / cycle (median, log scale; bars: IQR)")
    ax.set_title("Run time: median cost per value (lower is better)")
    ax.grid(axis="y", which="both", alpha=0.3)
    ax.set_ylim(top=ax.get_ylim()[1] * 8)
    ax.legend(ncol=4, fontsize=9, loc="upper left")

    if has_ct:
        ax2 = fig.add_subplot(grid[0, 1])
        ax3 = fig.add_subplot(grid[1, 1], sharex=ax2)
        pts = points_in(compile_times, measured="expansion")
        exp = [compile_times[f"coro_points{n}"]["expansion"]["macro_expand_median_s"] * 1000 for n in pts]
        built = points_in(compile_times, measured="build")
        coro_build = [compile_times[f"coro_points{n}"]["build"]["median_s"] * 1000 for n in built]
        nat = sorted(int(k.rsplit("points", 1)[1]) for k, e in compile_times.items()
                     if k.startswith("native_points") and not e["build"].get("timed_out"))
        nat_build = [compile_times[f"native_points{n}"]["build"]["median_s"] * 1000 for n in nat]
        ax2.loglog(pts, exp, "o-", color="#d62728", label="coro: macro expansion (rustc -Z time-passes)")
        ax2.loglog(built, coro_build, "s--", color="#d62728", alpha=0.6, label="coro: cargo build")
        for n in pts:
            b = compile_times[f"coro_points{n}"]["build"]
            if b.get("timed_out"):
                ax2.plot([n], [b["at_least_s"] * 1000], "^", color="#d62728", alpha=0.6)
                ax2.annotate(f"build stopped\nafter {b['at_least_s'] / 60:.0f} min", (n, b["at_least_s"] * 1000),
                             textcoords="offset points", xytext=(-8, -4), fontsize=8, ha="right", va="top")
        if nat:
            ax2.loglog(nat, nat_build, "s--", color="#8c564b", label="native: cargo build")
        ref = [exp[0] * n / pts[0] for n in pts]
        ax2.loglog(pts, ref, ":", color="gray", label="linear growth from 10 points")
        ax2.axhline(100, color="black", lw=0.8, ls="-.", label="100 ms (issue 6 target, expansion)")
        for x, y in zip(pts, exp):
            label = f"{y / 1000:,.0f} s" if y >= 10_000 else f"{y:,.0f} ms"
            ax2.annotate(label, (x, y), textcoords="offset points", xytext=(5, -12), fontsize=8)
        kib = [compile_times[f"coro_points{n}"]["expansion"]["expanded_bytes"] / 1024 for n in pts]
        ax3.loglog(pts, kib, "^-", color="#2ca02c", label="coro: expanded crate (-Z unpretty=expanded)")
        ax3.loglog(pts, [kib[0] * n / pts[0] for n in pts], ":", color="gray",
                   label="linear growth from 10 points")
        for x, y in zip(pts, kib):
            ax3.annotate(f"{y:,.0f} KiB", (x, y), textcoords="offset points", xytext=(5, -12), fontsize=8)
        ax3.set_xlabel("suspension points in one function")
        ax3.set_ylabel("KiB")
        ax3.set_title("Expanded code size against suspension points", fontsize=10)
        ax3.grid(which="both", alpha=0.3)
        ax3.legend(fontsize=8, loc="upper left")
        if "coro200" in compile_times and "native200" in compile_times:
            c, n = compile_times["coro200"]["build"], compile_times["native200"]["build"]
            if not c.get("timed_out") and not n.get("timed_out"):
                f = compile_times.get("floor200", {}).get("build", {})
                floor = f" ({f['median_s'] / n['median_s']:.2f} ×)" if "median_s" in f else ""
                floor = f"\nhand-written floor {f['median_s']:.2f} s{floor}" if floor else ""
                counts = [compile_times[k].get("callgrind", {}).get("instructions") for k in ("coro200", "native200")]
                counted = (
                    f"\nrustc instructions {counts[0] / 1e9:.2f} G / {counts[1] / 1e9:.2f} G ({counts[0] / counts[1]:.2f} ×)"
                    if all(counts) else ""
                )
                # Under the legend, on the left, where the curves leave room (at the bottom
                # right it covered the expansion's labels).
                ax2.text(
                    0.02, 0.66,
                    f"200 coroutines, cargo build:\ncoro {c['median_s']:.2f} s, native {n['median_s']:.2f} s "
                    f"({c['median_s'] / n['median_s']:.1f} ×){floor}{counted}",
                    transform=ax2.transAxes, ha="left", va="top", fontsize=8,
                    bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "gray"},
                )
        ax2.set_ylabel("ms (median)")
        ax2.set_ylim(top=ax2.get_ylim()[1] * 10)
        ax2.set_title("Compile time against suspension points")
        ax2.grid(which="both", alpha=0.3)
        ax2.legend(fontsize=8, loc="upper left")

    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    print(f"wrote {out}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", default="target/native")
    ap.add_argument("--out", default="benches/plots/benchmarks.png")
    ap.add_argument("--no-plot", action="store_true")
    args = ap.parse_args()
    target = ROOT / args.target
    data = collect(target / "criterion")
    sizes_file = target / "coro-benches" / "sizes.json"
    sizes = json.loads(sizes_file.read_text()) if sizes_file.exists() else {}
    ct_file = ROOT / "target" / "coro-benches" / "compile_time.json"
    compile_times = json.loads(ct_file.read_text()) if ct_file.exists() else {}
    print(markdown(data, sizes, compile_times))
    if not args.no_plot:
        plot(data, compile_times, ROOT / args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
