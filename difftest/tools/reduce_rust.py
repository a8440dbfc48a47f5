#!/usr/bin/env python3
"""Reduces a Rust snippet (items using difftest's helpers) while a check still holds.

    reduce_rust.py SNIPPET.rs --target NAME --expect 'E0282'

Compiles the snippet as `difftest/tests/NAME.rs` (a scratch test target, deleted at the end)
and keeps deleting line units (a line, or a line through its matching closing brace) as long as
every compiler error still contains the expected text. Prints the reduced snippet.
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
ROOT = os.path.dirname(CRATE)
HEAD = """#![allow(unused_mut, unused_variables, unused_assignments, unused_labels, unreachable_code)]
#![allow(unused_parens, unused_imports, dead_code)]
use coro_core::{Caught, Exit, Resumed, await_, try_, yield_, yield_catch, yield_from};
use difftest::{Dyn, E, G, Op, Program, caught, lg, m, pnc, raise, tr};
"""


def check(lines, target, expect):
    path = os.path.join(CRATE, "tests", f"{target}.rs")
    with open(path, "w") as f:
        f.write(HEAD + "\n".join(lines) + "\n")
    out = subprocess.run(
        ["cargo", "test", "-q", "-p", "difftest", "--test", target, "--no-run"],
        cwd=ROOT, capture_output=True, text=True,
    )
    text = out.stdout + out.stderr
    errors = [l for l in text.splitlines() if l.startswith("error")]
    errors = [l for l in errors if "could not compile" not in l and "aborting" not in l]
    return bool(errors) and all(expect in l for l in errors)


def units(lines):
    """(start, end) line ranges: each line through its matching closing brace."""
    out = []
    for i, line in enumerate(lines):
        depth = 0
        for j in range(i, len(lines)):
            depth += lines[j].count("{") - lines[j].count("}")
            if depth <= 0:
                break
        if depth == 0:
            out.append((i, j + 1))
    out.sort(key=lambda r: r[0] - r[1])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("snippet")
    ap.add_argument("--target", default="reduce_scratch")
    ap.add_argument("--expect", required=True)
    args = ap.parse_args()
    lines = open(args.snippet).read().splitlines()
    try:
        assert check(lines, args.target, args.expect), "the snippet does not show the error"
        changed = True
        while changed:
            changed = False
            for start, end in units(lines):
                if end > len(lines):
                    continue
                cand = lines[:start] + lines[end:]
                if check(cand, args.target, args.expect):
                    lines = cand
                    changed = True
                    print(f"-- {len(lines)} lines", file=sys.stderr)
                    break
    finally:
        os.remove(os.path.join(CRATE, "tests", f"{args.target}.rs"))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
