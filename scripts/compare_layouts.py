#!/usr/bin/env python3
"""Compare the macro's two layouts on generated coroutines (the labeled blocks, issue 6).

The macro lays a body out in labeled blocks where they hold, else with the block enum
(coro-macros/src/emit/labeled.rs). This script generates random coroutines over `u64` (lets,
yields, `if`, `for`, `match`, blocks, `break`, `continue`, `return`, and guards that log their
drop), builds them twice, once as the macro lays them out and once with every body in the block
enum (coro-core's feature `only-block-enum`), drives each one from several seeds, closing it
after 0, 1, 2, 3 or 5 yields or running it to its end, and compares the two logs line by line:
yielded values, returned values, drops and their order.

  python3 scripts/compare_layouts.py [--functions 80] [--seeds 1-20] [--few-locals] [--moves] [--arrays]

The crate goes to target/compare-layouts/ (its two builds under target/compare-layouts/t-*).
Exit status 1 on the first seed whose logs differ (the diff is printed).
"""

import argparse
import difflib
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compare-layouts"
CORO_TYPE = "Box<dyn Coroutine<Yield = u64, Send = u64, Return = u64, Error = Infallible>>"


class Body:
    """One generated function body: statements over `u64` locals."""

    def __init__(self, rng: random.Random, few_locals: bool, moves: bool, arrays: bool):
        self.rng = rng
        # A `[u64; N]` declared first and updated at computed indexes (the labeled blocks move
        # it into the state element by element).
        self.array = rng.choice([2, 3, 4, 8, 9]) if arrays else None
        # Guards that a branch may move away (`drop(g)`): kept across later yields as drop
        # flags.
        self.moves = moves
        # The chance of a `let` and of a `let` of a yield's value: fewer locals make more
        # bodies that the labeled blocks hold (at most five kept).
        self.lets = (0.06, 0.12) if few_locals else (0.18, 0.3)
        self.count = 0
        self.lines = []

    def fresh(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def expr(self, scope) -> str:
        rng = self.rng
        if scope and rng.random() < 0.8:
            a, b = rng.choice(scope)[0], rng.choice(scope)[0]
            op = rng.choice(["wrapping_add", "wrapping_mul", "wrapping_sub"])
            return f"{a}.{op}({b}).wrapping_add({rng.randint(0, 9)})"
        return str(rng.randint(0, 20))

    def block(self, scope, depth: int, in_loop: bool):
        rng, scope = self.rng, list(scope)
        indent = "    " * (depth + 1)
        out = self.lines.append
        for _ in range(rng.randint(2, 6)):
            k = rng.random()
            mutable = [v for v, m in scope if m]
            if k < self.lets[0]:
                v = self.fresh("a")
                out(f"{indent}let mut {v}: u64 = {self.expr(scope)};")
                scope.append((v, True))
            elif k < self.lets[1]:
                v = self.fresh("b")
                out(f"{indent}let {v} = yield_!({self.expr(scope)});")
                scope.append((v, False))
            elif k < 0.42:
                if mutable:
                    x, y = rng.choice(mutable), rng.choice(mutable)
                    out(f"{indent}{x} = {y}.wrapping_add(yield_!({self.expr(scope)}));")
                else:
                    out(f"{indent}yield_!({self.expr(scope)});")
            elif k < 0.5:
                if self.moves and rng.random() < 0.5:
                    g = self.fresh("g")
                    out(f"{indent}let {g} = G({self.count});")
                    out(f"{indent}if {self.expr(scope)} % 2 == 0 {{ drop({g}); }}")
                else:
                    out(f"{indent}let _{self.fresh('g')} = G({self.count});")
            elif k < 0.6 and depth < 3:
                out(f"{indent}if {self.expr(scope)} % 3 == 0 {{")
                self.block(scope, depth + 1, in_loop)
                out(f"{indent}}} else {{")
                self.block(scope, depth + 1, in_loop)
                out(f"{indent}}}")
            elif k < 0.68 and depth < 3:
                j = self.fresh("j")
                out(f"{indent}for {j} in 0..{rng.randint(0, 3)}u64 {{")
                self.block(scope + [(j, False)], depth + 1, True)
                out(f"{indent}}}")
            elif k < 0.74 and depth < 3:
                out(f"{indent}match {self.expr(scope)} % 3 {{")
                for arm in ["0", "1", "_"]:
                    out(f"{indent}    {arm} => {{")
                    self.block(scope, depth + 2, in_loop)
                    out(f"{indent}    }}")
                out(f"{indent}}}")
            elif k < 0.8 and depth < 3:
                out(f"{indent}{{")
                self.block(scope, depth + 1, in_loop)
                out(f"{indent}}}")
            elif k < 0.86 and in_loop:
                jump = rng.choice(["break", "continue"])
                out(f"{indent}if {self.expr(scope)} % 4 == 1 {{ {jump}; }}")
            elif k < 0.9:
                out(f"{indent}if {self.expr(scope)} % 5 == 2 {{ return {self.expr(scope)}; }}")
            elif self.array and rng.random() < 0.5:
                n = self.array
                i, v = self.expr(scope), self.expr(scope)
                out(f"{indent}arr[({i} % {n}) as usize] = arr[({v} % {n}) as usize].wrapping_add({v});")
            elif mutable:
                out(f"{indent}{rng.choice(mutable)} ^= {self.expr(scope)};")
        return scope


def source(functions: int, seed: int, few_locals: bool, moves: bool, arrays: bool) -> str:
    rng = random.Random(seed)
    items = []
    for i in range(functions):
        body = Body(rng, few_locals, moves, arrays)
        if body.array:
            body.lines.append(f"    let mut arr = [seed; {body.array}];")
        scope = body.block([("seed", False)], 0, False)
        value = " ^ ".join(v for v, _ in scope[:6])
        if body.array:
            value += f" ^ arr[0] ^ arr[{body.array - 1}].wrapping_mul(3)"
        lines = "\n".join(body.lines)
        items.append(
            "#[allow(unused_variables, unused_mut, unused_assignments, unreachable_code)]\n"
            "#[coro_core::coroutine(yield = u64, send = u64)]\n"
            f"fn f{i}(seed: u64) -> u64 {{\n{lines}\n    {value}\n}}\n"
        )
    table = ",\n".join(f"        |s| Box::new(f{i}(s)) as {CORO_TYPE}" for i in range(functions))
    return f"""use coro_core::{{Coroutine, Step, yield_}};
use core::convert::Infallible;
use std::cell::RefCell;

thread_local! {{ static LOG: RefCell<Vec<String>> = const {{ RefCell::new(Vec::new()) }}; }}

fn log(line: String) {{
    LOG.with(|l| l.borrow_mut().push(line));
}}

struct G(u64);

impl Drop for G {{
    fn drop(&mut self) {{
        log(format!("drop {{}}", self.0));
    }}
}}

{"".join(items)}
fn main() {{
    let functions: Vec<fn(u64) -> {CORO_TYPE}> = vec![
{table}
    ];
    for (i, f) in functions.iter().enumerate() {{
        for seed in 0..3u64 {{
            for stop in [usize::MAX, 0, 1, 2, 3, 5] {{
                let mut c = f(seed);
                let mut step = c.start();
                let mut k = 0usize;
                loop {{
                    match step {{
                        Ok(Step::Yielded(v)) => {{
                            log(format!("y {{v}}"));
                            if k == stop {{
                                log(format!("close {{:?}}", c.close()));
                                break;
                            }}
                            k += 1;
                            step = c.send(v.wrapping_mul(7).wrapping_add(seed + k as u64));
                        }}
                        Ok(Step::Complete(r)) => {{
                            log(format!("return {{r}}"));
                            break;
                        }}
                        Err(e) => {{
                            log(format!("error {{e:?}}"));
                            break;
                        }}
                    }}
                }}
                drop(c);
                let lines = LOG.with(|l| std::mem::take(&mut *l.borrow_mut()));
                println!("f{{i}} seed {{seed}} stop {{stop}}: {{}}", lines.join(", "));
            }}
        }}
    }}
}}
"""


def build_and_run(features: list, target: str) -> str:
    build = ["cargo", "build", "-q", "--target-dir", str(WORK / target)] + features
    result = subprocess.run(build, cwd=WORK, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"the {target} build failed:\n{result.stderr[-4000:]}")
    return subprocess.run([str(WORK / target / "debug" / "compare-layouts")], check=True,
                          capture_output=True, text=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--functions", type=int, default=80)
    parser.add_argument("--seeds", default="1-20", help="a range, e.g. 1-20")
    parser.add_argument("--few-locals", action="store_true",
                        help="fewer lets: more bodies in the labeled blocks")
    parser.add_argument("--moves", action="store_true",
                        help="guards that a branch may move away (drop flags)")
    parser.add_argument("--arrays", action="store_true",
                        help="an array updated at computed indexes")
    args = parser.parse_args()
    first, last = (int(x) for x in args.seeds.split("-"))
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "src").mkdir(exist_ok=True)
    (WORK / "Cargo.toml").write_text(
        '[package]\nname = "compare-layouts"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f'[dependencies]\ncoro-core = {{ path = "{ROOT / "coro-core"}" }}\n\n'
        '[features]\nenum = ["coro-core/only-block-enum"]\n\n[workspace]\n'
    )
    for seed in range(first, last + 1):
        (WORK / "src" / "main.rs").write_text(source(args.functions, seed, args.few_locals, args.moves, args.arrays))
        labeled = build_and_run([], "t-labeled")
        block_enum = build_and_run(["--features", "enum"], "t-enum")
        if labeled != block_enum:
            diff = difflib.unified_diff(block_enum.splitlines(), labeled.splitlines(),
                                        "block enum", "labeled blocks", lineterm="")
            print(f"seed {seed}: the layouts differ\n" + "\n".join(list(diff)[:40]))
            return 1
        print(f"seed {seed}: {len(labeled.splitlines())} runs, the same in both layouts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
