#!/usr/bin/env python3
"""Reduces a generated program that shows a finding, on the AST, so every candidate is still a
well-formed program.

    tools/reduce.py --seed S --index I --compile E0282       while Rust rejects it with E0282
    tools/reduce.py --seed S --index I --mismatch            while the traces differ

Each round writes up to --width candidates (one edit each) into a scratch crate, builds it once
and keeps the smallest candidate that still shows the finding. Prints both languages' text of
the result and, for mismatches, both traces.
"""

import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
ROOT = os.path.dirname(CRATE)
sys.path.insert(0, CRATE)

import gen  # noqa: E402

PYTHON = ["python3"]

# --------------------------------------------------------------------------------------------
# Edits


def expr_edits(x):
    t = x[0]
    if t == "lit":
        return
    if x != ("lit", 1):
        yield ("lit", 1)
    if t == "bin":
        yield x[2]
        yield x[3]
        for e in expr_edits(x[2]):
            yield (t, x[1], e, x[3])
        for e in expr_edits(x[3]):
            yield (t, x[1], x[2], e)
    elif t in ("m", "mod3", "yield"):
        yield x[1]
        for e in expr_edits(x[1]):
            yield (t, e)
    elif t == "tr":
        yield x[2]
        for e in expr_edits(x[2]):
            yield (t, x[1], e)
    elif t == "catch":
        for e in expr_edits(x[1]):
            yield (t, e) + x[2:]
    elif t == "deleg":
        for e in expr_edits(x[2]):
            yield (t, x[1], e)


def cond_edits(c):
    for e in expr_edits(c[1]):
        yield (c[0], e) + c[2:]


def block_edits(block):
    # deletions first, then flattening, then edits inside
    for i in range(len(block)):
        yield block[:i] + block[i + 1 :]
    for i, s in enumerate(block):
        for inner in flatten(s):
            yield block[:i] + inner + block[i + 1 :]
    for i, s in enumerate(block):
        for s2 in stmt_edits(s):
            yield block[:i] + [s2] + block[i + 1 :]


def flatten(s):
    t = s[0]
    if t == "if":
        yield s[2]
        if s[3]:
            yield s[3]
    elif t == "match":
        for _, b in s[2]:
            yield b
    elif t in ("for", "while", "loop"):
        yield [x for x in s[4] if not (x[0] == "jump" and x[3] == s[1])]
    elif t == "catchs":
        yield [("let", s[2], ("lit", 1))] + s[4]
    elif t == "region":
        body = list(s[3])
        if s[2]:
            body.append(("let", s[2], s[4]))
        yield body


def stmt_edits(s):
    t = s[0]
    if t in ("let", "assign"):
        for e in expr_edits(s[2]):
            yield (t, s[1], e)
    elif t in ("log", "ystmt"):
        for e in expr_edits(s[-1]):
            yield s[:-1] + (e,)
    elif t == "if":
        if s[3] is not None:
            yield (t, s[1], s[2], None)
        for b in block_edits(s[2]):
            yield (t, s[1], b, s[3])
        if s[3]:
            for b in block_edits(s[3]):
                yield (t, s[1], s[2], b)
        for c in cond_edits(s[1]):
            yield (t, c, s[2], s[3])
    elif t == "match":
        for i, (p, b) in enumerate(s[2]):
            for b2 in block_edits(b):
                arms = list(s[2])
                arms[i] = (p, b2)
                yield (t, s[1], arms)
        for e in expr_edits(s[1]):
            yield (t, e, s[2])
    elif t in ("for", "while", "loop"):
        for b in block_edits(s[4]):
            yield s[:4] + (b,)
    elif t in ("jump", "return", "raise", "panic", "exit", "dropg"):
        for c in cond_edits(s[1]):
            yield (t, c) + s[2:]
        if t in ("return", "raise"):
            for e in expr_edits(s[2]):
                yield (t, s[1], e)
    elif t == "catchs":
        _, a, sv, tv, sent, thrown, exitb, act = s
        for b in block_edits(sent):
            yield (t, a, sv, tv, b, thrown, exitb, act)
        for b in block_edits(thrown):
            yield (t, a, sv, tv, sent, b, exitb, act)
        for b in block_edits(exitb):
            yield (t, a, sv, tv, sent, thrown, b, act)
        if act != "swallow":
            yield (t, a, sv, tv, sent, thrown, exitb, "swallow")
    elif t == "region":
        _, k, var, body, tail, catch, catch_all, fin = s
        if catch and (catch_all or fin):
            yield (t, k, var, body, tail, None, catch_all, fin)
        if catch_all and (catch or fin) and not var:
            yield (t, k, var, body, tail, catch, None, fin)
        if fin and (catch or catch_all):
            yield (t, k, var, body, tail, catch, catch_all, None)
        for b in block_edits(body):
            yield (t, k, var, b, tail, catch, catch_all, fin)
        if catch:
            for b in block_edits(catch[1]):
                yield (t, k, var, body, tail, (catch[0], b, catch[2]), catch_all, fin)
        if catch_all:
            for b in block_edits(catch_all[1]):
                yield (t, k, var, body, tail, catch, (catch_all[0], b, catch_all[2]), fin)
        if fin:
            for b in block_edits(fin):
                yield (t, k, var, body, tail, catch, catch_all, b)


def prog_edits(p):
    funcs = p["funcs"]
    scripts = p["scripts"]
    if len(scripts) > 1:
        for i in range(len(scripts)):
            yield dict(p, scripts=scripts[:i] + scripts[i + 1 :])
    for i, sc in enumerate(scripts):
        for j in range(len(sc)):
            if len(sc) > 1:
                s2 = list(scripts)
                s2[i] = sc[:j] + sc[j + 1 :]
                yield dict(p, scripts=s2)
    if len(funcs) > 1:
        # drop the last function: its delegations become yields
        last = len(funcs) - 1

        def undeleg(x):
            if isinstance(x, tuple):
                if x and x[0] == "deleg" and x[1] == last:
                    return ("yield", undeleg(x[2]))
                return tuple(undeleg(y) for y in x)
            if isinstance(x, list):
                return [undeleg(y) for y in x]
            return x

        yield dict(p, funcs=[undeleg(f) for f in funcs[:-1]])
    for fi, (body, tail) in enumerate(funcs):
        for b in block_edits(body):
            f2 = list(funcs)
            f2[fi] = (b, tail)
            yield dict(p, funcs=f2)
        for e in expr_edits(tail):
            f2 = list(funcs)
            f2[fi] = (body, e)
            yield dict(p, funcs=f2)


def size(p):
    return sum(1 for _ in gen.walk([p["funcs"]])) + sum(len(s) for s in p["scripts"]) * 2


# --------------------------------------------------------------------------------------------
# Checking candidates in a scratch crate


def scratch_dir():
    return os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "difftest-reduce")


def write_crate(d, progs):
    os.makedirs(os.path.join(d, "src"), exist_ok=True)
    with open(os.path.join(d, "Cargo.toml"), "w") as f:
        f.write(
            '[package]\nname = "difftest-reduce"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
            f'[workspace]\n\n[dependencies]\ncoro-core = {{ path = "{ROOT}/coro-core" }}\n'
            f'difftest = {{ path = "{CRATE}" }}\n\n[profile.dev]\ndebug = 0\n'
        )
    with open(os.path.join(d, "src", "main.rs"), "w") as f:
        f.write("mod programs;\nfn main() {\n    print!(\"{}\", difftest::run_programs(programs::PROGRAMS));\n}\n")
    rust = [gen.RUST_HEADER]
    py = [gen.PY_HEADER]
    for i, p in enumerate(progs):
        name = f"c{i:03d}"
        rust.append("\n".join(gen.Rust(p).program(name)) + "\n")
        py.append("\n".join(gen.Py(p, name).program()) + "\n")
    rust.append("pub const PROGRAMS: &[Program] = &[\n")
    for i in range(len(progs)):
        rust.append(f'    ("c{i:03d}", c{i:03d}::make, c{i:03d}::SCRIPTS),\n')
    rust.append("];\n")
    py.append(gen.PY_FOOTER)
    with open(os.path.join(d, "src", "programs.rs"), "w") as f:
        f.write("".join(rust))
    with open(os.path.join(d, "src", "programs.py"), "w") as f:
        f.write("".join(py))


def build(d):
    """{module: set of error codes} of the modules that failed; {} when it built."""
    out = subprocess.run(
        ["cargo", "build", "-q", "--manifest-path", os.path.join(d, "Cargo.toml"), "--message-format=short"],
        capture_output=True, text=True, env=dict(os.environ, CARGO_TARGET_DIR=os.path.join(d, "target")),
    )
    if out.returncode == 0:
        return {}
    src = open(os.path.join(d, "src", "programs.rs")).read().splitlines()
    mods = []
    for n, line in enumerate(src, 1):
        if line.startswith("pub mod "):
            mods.append((n, line.split()[2]))
    failed = {}
    for line in out.stderr.splitlines():
        m = re.search(r"src/programs\.rs:(\d+):\d+: error(\[(E\d+)\])?", line)
        if not m:
            continue
        n = int(m.group(1))
        mod = [name for start, name in mods if start <= n]
        if mod:
            failed.setdefault(mod[-1], set()).add(m.group(3) or "error")
    if not failed:
        raise RuntimeError(out.stderr)
    return failed


def traces(d):
    rust = subprocess.run([os.path.join(d, "target", "debug", "difftest-reduce")], capture_output=True, text=True)
    py = subprocess.run(
        PYTHON + [os.path.join(d, "src", "programs.py")],
        capture_output=True, text=True,
        env=dict(os.environ, PYTHONPATH=os.path.join(CRATE, "python")),
    )
    if py.returncode != 0 or py.stderr:
        raise RuntimeError(py.stderr)
    return sections(rust.stdout), sections(py.stdout)


def normalize(lines):
    """As `difftest::normalize`."""
    out, run, unordered = [], [], False
    for i, line in enumerate(lines):
        if line.startswith("unraisable "):
            return out + sorted(run) + sorted(lines[i:])
        if unordered and line.startswith("drop g"):
            run.append(line)
            continue
        out.extend(sorted(run))
        run = []
        if line.startswith("log panic "):
            unordered = True
        out.append(line)
    return out + sorted(run)


def sections(text):
    out = {}
    cur = None
    for line in text.splitlines():
        if line.startswith("== "):
            cur = line[3:].split()[0]
            out.setdefault(cur, []).append([])
        elif cur is not None:
            out[cur][-1].append(line)
    return {k: [normalize(s) for s in v] for k, v in out.items()}


def evaluate(progs, mode, code):
    """Indices of the candidates that still show the finding."""
    d = scratch_dir()
    write_crate(d, progs)
    failed = build(d)
    if mode == "compile":
        return [i for i in range(len(progs)) if failed.get(f"c{i:03d}") == {code}]
    if failed:
        keep = [i for i in range(len(progs)) if f"c{i:03d}" not in failed]
        if not keep:
            return []
        sub = evaluate([progs[i] for i in keep], mode, code)
        return [keep[i] for i in sub]
    rust, py = traces(d)
    return [i for i in range(len(progs)) if rust.get(f"c{i:03d}") != py.get(f"c{i:03d}")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--index", type=int, required=True)
    ap.add_argument("--compile")
    ap.add_argument("--mismatch", action="store_true")
    ap.add_argument("--width", type=int, default=24)
    ap.add_argument("--python", default="python3")
    args = ap.parse_args()
    PYTHON[0] = args.python
    mode = "compile" if args.compile else "mismatch"
    prog = gen.Gen(args.seed, args.index).program()
    assert evaluate([prog], mode, args.compile) == [0], "the program does not show the finding"
    seen = set()
    while True:
        cands = []
        for c in prog_edits(prog):
            key = repr(c)
            if key in seen:
                continue
            seen.add(key)
            cands.append(c)
            if len(cands) >= args.width:
                break
        if not cands:
            break
        good = evaluate(cands, mode, args.compile)
        print(f"size {size(prog)}: {len(good)} of {len(cands)} candidates keep the finding", file=sys.stderr)
        if good:
            prog = min((cands[i] for i in good), key=size)
            seen = set()
    print("\n".join(gen.Rust(prog).program("repro")))
    print("\n# ---- python ----")
    print("\n".join(gen.Py(prog, "repro").program()))
    print(repr(prog))
    if mode == "mismatch":
        d = scratch_dir()
        write_crate(d, [prog])
        build(d)
        rust, py = traces(d)
        print("---- rust ----\n" + "\n".join("\n".join(s) for s in rust.get("c000", [])))
        print("---- python ----\n" + "\n".join("\n".join(s) for s in py.get("c000", [])))


if __name__ == "__main__":
    main()
