#!/usr/bin/env python3
"""Prototype another shape of machine by hand, and count what rustc spends on it (issue 6).

The 200-coroutine crate of compile_time.py costs rustc 3.3 x the instructions of the same 200
as native coroutines. To try a different expansion before changing the macro, this script
builds a crate of 200 copies of one coroutine's *expansion* (a template you can edit by hand)
and counts the instructions rustc executes for it under valgrind's callgrind, with cargo's own
rustc command (dev profile, CARGO_INCREMENTAL=0), as `compile_time.py --instructions` does.
The crate is pre-expanded, so the macro does not run: the count is the expansion's own cost.

  python3 scripts/preexpanded.py --write-template T.rs   # co_0's expansion as the macro writes it
  (edit T.rs into a variant)
  python3 scripts/preexpanded.py T.rs [--metadata]       # build 200 copies, print instructions
  python3 scripts/preexpanded.py T.rs --without-protocol  # the same, each body run bare

Copy i of the template gets `co_i`, its own enum names and the constants compile_time.py gives
coroutine i (`seed + 0`, `v * 1` and `v == 0` in co_0). A template of another function (its
one `pub fn`, all of whose arguments are `u64`s) gets `NAME_i` and is driven with `i` for
each argument (scripts/prototypes/points_labeled_blocks.rs is one). --metadata stops after
type and borrow checking (`--emit=metadata`): the front end's share. --without-protocol
measures what the protocol layer costs: each copy's `Machine` (its `resume` with the protocol
checks, the close in `Drop`, the `StateEnum` status it reads, the `Coroutine` impl) becomes a
bare struct of the same state and body whose `resume` only calls the body, driven by the same
sends. Not a coroutine any more (no throw, no close): a measure, not a shape to build. The
crate goes to
target/compile-time/pre_<template name>/, its target dir to target/preexpanded/target.
--prelude FILE writes FILE once into the crate, for shared code the copies use
(scripts/prototypes/shared_protocol_prelude.rs with co_0_shared_protocol.rs is one).
Needs valgrind (apt-get install valgrind); about a minute per variant.
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compile_time  # noqa: E402  (the same coroutine, driver and callgrind accounting)

ROOT = compile_time.ROOT
WORK = ROOT / "target" / "preexpanded"


def write_template(path: Path) -> None:
    """co_0's expansion, as `print_expansion` prints it (prettyplease)."""
    source = WORK / "co_0.rs"
    WORK.mkdir(parents=True, exist_ok=True)
    source.write_text(compile_time.coro_coroutine(0))
    out = subprocess.run(
        ["cargo", "test", "-q", "-p", "coro-macros", "print_expansion", "--", "--nocapture"],
        cwd=ROOT, env=dict(os.environ, COROEXPAND=str(source)),
        check=True, capture_output=True, text=True,
    ).stdout
    match = re.search(r"^pub fn co_0\(.*?^}$", out, re.S | re.M)
    if not match:
        sys.exit("no expansion of co_0 in print_expansion's output")
    path.write_text(match.group(0) + "\n")


def copies(template: str) -> str:
    """200 copies of the template's function, each renamed (function and enums).

    `co_0` (the default template) gets the constants compile_time.py gives coroutine i and is
    driven as `co_i(1, 6)`; any other function is driven with `i` for each of its arguments,
    which must be `u64`s.
    """
    found = re.search(r"^pub fn (\w+)\(([^)]*)\)", template, re.M)
    if not found:
        sys.exit("no `pub fn` in the template")
    name, params = found.group(1), found.group(2)
    arity = len([p for p in params.split(",") if p.strip()])
    is_co_0 = name == "co_0"

    def renamed(i: int) -> str:
        return f"co_{i}" if is_co_0 else f"{name}_{i}"

    def call(i: int) -> str:
        args = "1, 6" if is_co_0 else ", ".join([str(i)] * arity)
        return f"{renamed(i)}({args})"

    hashes = set(re.findall(r"__Coro(?:State|Block)([0-9a-f]{8})", template))
    out = []
    for i in range(compile_time.COUNT):
        s = re.sub(rf"\b{name}\b", renamed(i), template)
        for h in hashes:
            s = s.replace(h, f"x{i}")
        if is_co_0:
            s = s.replace("seed + 0", f"seed + {i}").replace("v * 1", f"v * {i % 7 + 1}")
            s = s.replace("v == 0", f"v == {i}")
        out.append(s)

    calls = "".join(f"    s = s.wrapping_add(drive({call(i)}));\n" for i in range(compile_time.COUNT))
    return (
        "#![allow(unused_imports)]\nuse coro_core::{Coroutine, Step, yield_};\n"
        + "\n".join(out)
        + compile_time.CORO_DRIVER
        + f"\npub fn drive_all() -> u64 {{\n    let mut s = 0u64;\n{calls}    s\n}}\n"
    )


# --without-protocol: the state and the body of each copy, without `Machine`.
BARE_HEADER = """
use coro_core::Input;
use coro_core::__private::Unwind;
use core::convert::Infallible;
pub struct Bare<S, F>
where
    F: FnMut(&mut S, Input<u64, Infallible>) -> Result<Step<u64, u64>, Unwind<Infallible>>,
{
    pub state: S,
    pub body: F,
}
pub trait Resume {
    fn resume(&mut self, input: Input<u64, Infallible>) -> Option<Step<u64, u64>>;
}
impl<S, F> Resume for Bare<S, F>
where
    F: FnMut(&mut S, Input<u64, Infallible>) -> Result<Step<u64, u64>, Unwind<Infallible>>,
{
    fn resume(&mut self, input: Input<u64, Infallible>) -> Option<Step<u64, u64>> {
        (self.body)(&mut self.state, input).ok()
    }
}
"""

BARE_DRIVER = """
fn drive(mut c: impl Resume) -> u64 {
    let mut step = c.resume(Input::Start);
    loop {
        match step {
            Some(Step::Yielded(v)) => step = c.resume(Input::Send(v % 5)),
            Some(Step::Complete(r)) => return r,
            None => return 0,
        }
    }
}
"""


def without_protocol(source: str) -> str:
    """The crate of `copies` with each `Machine` replaced by a `Bare` of its state and body."""
    source = source.replace(compile_time.CORO_DRIVER, BARE_DRIVER)
    source = source.replace("use coro_core::{Coroutine, Step, yield_};\n",
                            "use coro_core::{Coroutine, Step, yield_};\n" + BARE_HEADER, 1)
    source = re.sub(r"\) -> impl ::coro_core::Coroutine<[^{]*?> \{", ") -> impl Resume {", source, flags=re.S)
    source = re.sub(r"::coro_core::__private::Machine::<.*?> \{", "Bare {", source, flags=re.S)
    source = re.sub(r"\s*busy: ::core::default::Default::default\(\),", "", source)
    source = re.sub(r"\s*signature: ::coro_core::__private::signature\([^\n]*\),", "", source)
    if "Bare {" not in source or "Machine" in source:
        sys.exit("--without-protocol: the template's machine is not of the expected shape")
    return source


def count(template: Path, metadata: bool, bare: bool = False, prelude: Path = None) -> int:
    name = "pre_" + re.sub(r"\W", "_", template.stem) + ("_bare" if bare else "")
    source = copies(template.read_text())
    if prelude is not None:
        # Shared code, once for the crate, after the crate's `use` line.
        head = "use coro_core::{Coroutine, Step, yield_};\n"
        if head not in source:
            sys.exit("--prelude: the crate has no `use coro_core::...` line to follow")
        source = source.replace(head, head + prelude.read_text() + "\n", 1)
    crate = compile_time.write_crate(name, without_protocol(source) if bare else source, coro=True)
    env = compile_time.env_for(False, WORK / "target")
    command = compile_time.rustc_command(crate, env)
    if metadata:
        command = command.replace("--emit=dep-info,metadata,link", "--emit=metadata")
    return compile_time.callgrind_rustc(command, crate, env)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("template", nargs="?", type=Path, help="one coroutine's expansion (co_0)")
    ap.add_argument("--write-template", type=Path, help="write co_0's expansion to this file")
    ap.add_argument("--metadata", action="store_true", help="front end only (--emit=metadata)")
    ap.add_argument("--without-protocol", action="store_true",
                    help="each Machine replaced by a bare struct of its state and body")
    ap.add_argument("--prelude", type=Path, help="shared code written once into the crate")
    args = ap.parse_args()
    if args.write_template:
        write_template(args.write_template)
        print(f"wrote {args.write_template}", file=sys.stderr)
    if args.template:
        total = count(args.template.resolve(), args.metadata, args.without_protocol, args.prelude)
        bare = " without the protocol layer" if args.without_protocol else ""
        print(f"{args.template.name}{bare}: {total / 1e9:.3f} G instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
