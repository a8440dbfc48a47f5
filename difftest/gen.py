#!/usr/bin/env python3
"""Random coroutine programs, written twice: as `#[coro_core::coroutine]` Rust functions and as
Python generators (or `async def` coroutines), with random driving scripts. See README.md.

    gen.py --seed S --count N --out DIR [--first I]    writes DIR/programs.rs, DIR/programs.py
    gen.py --seed S --show I                            prints program I (both languages)

Program I of seed S depends only on (S, I), so any program of a long run can be rebuilt alone.
"""

import argparse
import os
import random
import sys

# ---------------------------------------------------------------------------------------------
# The AST: tuples whose first item is the tag.
#
# expressions
#   ('lit', n) ('var', name) ('bin', op, l, r) ('m', e) ('tr', k, e)
#   ('yield', e)                      yield_!(e)
#   ('catch', e, s, c, off, exitv)    match yield_catch!(e) { Sent(s) => s, Thrown(E(c)) => c + off, Exit => exitv }
#   ('deleg', j, e)                   yield_from!(fj(e)) / await_!(fj(e))
# conditions
#   ('lt', e, n)  e < n          ('mod', e, k, j)  m(e) % k == j
# statements
#   ('let', v, e) ('assign', v, e) ('log', k, e) ('ystmt', e)
#   ('guard', g)                      let g = G::new("g");   (to the end of the block)
#   ('dropg', cond, g)                if cond { drop(g); }
#   ('if', cond, then, else|None)
#   ('match', e, [(pats|None, block)])  match m(e) % 3 { 0 => .., 1 | 2 => .., _ => .. }
#   ('for', L, i, n_expr, body)       'lL: for i in 0..n_expr
#   ('while', L, w, n, body)          let mut w = 0; 'lL: while w < n { w += 1; body }
#   ('loop', L, c, n, body)           let mut c = 0; 'lL: loop { if c >= n { break; } c += 1; body }
#   ('jump', cond, 'break'|'continue', L)
#   ('return', cond, e) ('raise', cond, e) ('panic', cond, k) ('exit', cond)
#   ('catchs', e, s, t, sent, thrown, exit, exit_action)   statement-form yield_catch!
#        exit_action: 'reraise' | 'swallow' | ('return', e)
#   ('region', k, value_var|None, body, tail|None, catch|None, catch_all|None, finally|None)
#        catch = (e, block, tail|None); catch_all = (c, block, reraise); finally = block
# ---------------------------------------------------------------------------------------------


# Statement kinds left out (`--avoid dropg,...`), to look past a known bug in long runs.
AVOID = set()


class Ctx:
    """What is in scope while generating a block."""

    def __init__(self, parent=None):
        self.parent = parent
        self.vars = []
        self.guards = []  # (name, frame)
        if parent is None:
            self.loops = []
            self.frame = 0
            self.depth = 0
            self.in_finally = False
            self.in_handler = False
        else:
            self.loops = list(parent.loops)
            self.frame = parent.frame
            self.depth = parent.depth + 1
            self.in_finally = parent.in_finally
            self.in_handler = parent.in_handler
            self.fi = parent.fi

    def all_vars(self):
        out = []
        c = self
        while c is not None:
            out.extend(c.vars)
            c = c.parent
        return out

    def all_guards(self):
        out = []
        c = self
        while c is not None:
            out.extend(c.guards)
            c = c.parent
        return out


class Gen:
    def __init__(self, seed, index):
        self.rng = random.Random(seed * 1_000_003 + index)
        self.counter = 0
        self.kind = "gen" if self.rng.random() < 0.7 else "coro"
        self.panics = self.rng.random() < 0.15
        self.nfuncs = self.rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
        self.dropped = set()

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def k(self):
        self.counter += 1
        return self.counter

    # -- expressions ------------------------------------------------------------------------

    def atom(self, ctx):
        vs = ctx.all_vars()
        r = self.rng.random()
        if vs and r < 0.6:
            return ("var", self.rng.choice(vs))
        return ("lit", self.rng.randint(0, 9))

    def expr(self, ctx, susp=0.3, depth=0):
        """An expression; `susp` is the chance of a suspension in it."""
        r = self.rng.random()
        if r < susp and depth < 2:
            return self.suspending(ctx, depth)
        if depth < 2 and r < 0.6:
            op = self.rng.choice(["+", "+", "-", "*"])
            left = self.expr(ctx, susp / 2, depth + 1)
            right = self.expr(ctx, susp / 2, depth + 1)
            if op == "*":
                left = ("m", left) if left[0] not in ("lit", "var") else left
            return ("bin", op, left, right)
        if r < 0.66:
            return ("tr", self.k(), self.atom(ctx))
        return self.atom(ctx)

    def suspending(self, ctx, depth):
        r = self.rng.random()
        if r < 0.5:
            return ("yield", ("m", self.expr(ctx, 0.1, depth + 1)))
        if r < 0.75 or ctx.fi + 1 >= self.nfuncs:
            return (
                "catch",
                ("m", self.expr(ctx, 0.0, depth + 1)),
                self.fresh("s"),
                self.fresh("c"),
                self.rng.choice([0, 100, 200]),
                self.rng.randint(0, 9),
            )
        j = self.rng.randint(ctx.fi + 1, self.nfuncs - 1)
        return ("deleg", j, ("m", self.expr(ctx, 0.0, depth + 1)))

    def cond(self, ctx, susp=0.1):
        e = self.expr(ctx, susp, 1)
        if self.rng.random() < 0.5:
            return ("lt", e, self.rng.randint(0, 12))
        k = self.rng.choice([2, 3])
        return ("mod", e, k, self.rng.randint(0, k - 1))

    # -- statements -------------------------------------------------------------------------

    def block(self, ctx, budget):
        out = []
        n = max(1, budget)
        while n > 0:
            st, cost = self.stmt(ctx, n)
            out.append(st)
            n -= cost
        return out

    def stmt(self, ctx, budget):
        rng = self.rng
        deep = ctx.depth >= 4
        choices = [
            ("let", 10),
            ("assign", 5),
            ("log", 6),
            ("ystmt", 9),
            ("guard", 5),
            ("dropg", 3 if self.movable_guards(ctx) and "dropg" not in AVOID else 0),
            ("if", 0 if deep else 6),
            ("match", 0 if deep else 3),
            ("for", 0 if deep else 4),
            ("while", 0 if deep else 2),
            ("loop", 0 if deep else 2),
            ("jump", 6 if ctx.loops else 0),
            ("return", 2),
            ("raise", 4),
            ("panic", 3 if self.panics else 0),
            ("exit", 1),
            ("catchs", 5),
            ("region", 0 if deep else 7),
        ]
        total = sum(w for _, w in choices)
        x = rng.uniform(0, total)
        for tag, w in choices:
            if x < w:
                break
            x -= w
        if tag == "let":
            v = self.fresh("v")
            st = ("let", v, ("m", self.expr(ctx)))
            ctx.vars.append(v)
            return st, 1
        if tag == "assign":
            vs = [v for v in ctx.all_vars() if v.startswith("v")]
            if not vs:
                return self.stmt(ctx, budget)
            return ("assign", rng.choice(vs), ("m", self.expr(ctx))), 1
        if tag == "log":
            return ("log", self.k(), self.expr(ctx, 0.15)), 1
        if tag == "ystmt":
            return ("ystmt", ("m", self.expr(ctx, 0.2))), 1
        if tag == "guard":
            g = self.fresh("g")
            ctx.guards.append((g, ctx.frame))
            return ("guard", g), 1
        if tag == "dropg":
            g = rng.choice(self.movable_guards(ctx))
            self.dropped.add(g)
            return ("dropg", self.cond(ctx, 0.0), g), 1
        if tag == "if":
            c = self.cond(ctx)
            then = self.block(Ctx(ctx), rng.randint(1, max(1, budget // 2)))
            els = None
            if rng.random() < 0.5:
                els = self.block(Ctx(ctx), rng.randint(1, max(1, budget // 3)))
            return ("if", c, then, els), 2
        if tag == "match":
            arms = [([0], None), ([1, 2], None), (None, None)]
            if rng.random() < 0.5:
                arms = [([0], None), ([1], None), (None, None)]
            arms = [(p, self.block(Ctx(ctx), rng.randint(1, max(1, budget // 3)))) for p, _ in arms]
            return ("match", self.expr(ctx, 0.2), arms), 3
        if tag in ("for", "while", "loop"):
            lid = self.k()
            inner = Ctx(ctx)
            inner.frame = self.k()
            inner.loops.append(lid)
            var = self.fresh({"for": "i", "while": "w", "loop": "c"}[tag])
            if tag == "for":
                inner.vars.append(var)
                n = ("lit", rng.randint(0, 3)) if rng.random() < 0.6 else ("mod3", self.expr(ctx, 0.1))
            else:
                n = rng.randint(1, 3)
            body = self.block(inner, rng.randint(1, max(2, budget // 2)))
            return (tag, lid, var, n, body), 3
        if tag == "jump":
            target = ctx.loops[-1] if rng.random() < 0.6 else rng.choice(ctx.loops)
            return ("jump", self.cond(ctx, 0.0), rng.choice(["break", "continue"]), target), 1
        if tag == "return":
            return ("return", self.cond(ctx, 0.0), ("m", self.expr(ctx, 0.1))), 1
        if tag == "raise":
            return ("raise", self.cond(ctx, 0.0), ("m", self.expr(ctx, 0.1))), 1
        if tag == "panic":
            return ("panic", self.cond(ctx, 0.0), self.k()), 1
        if tag == "exit":
            return ("exit", self.cond(ctx, 0.0)), 1
        if tag == "catchs":
            s, t = self.fresh("s"), self.fresh("t")
            sc = Ctx(ctx)
            sc.vars.append(s)
            tc = Ctx(ctx)
            tc.vars.append(t)
            sent = self.block(sc, rng.randint(1, 2))
            thrown = self.block(tc, rng.randint(1, 2))
            ec = Ctx(ctx)
            exitb = self.block(ec, 1) if rng.random() < 0.4 else [("log", self.k(), ("lit", 0))]
            act = rng.choice(["reraise", "reraise", "swallow", "return"])
            if act == "return":
                act = ("return", ("m", self.expr(ctx, 0.0)))
            return ("catchs", ("m", self.expr(ctx, 0.0)), s, t, sent, thrown, exitb, act), 3
        if tag == "region":
            return self.region(ctx, budget), 4
        raise AssertionError(tag)

    def movable_guards(self, ctx):
        return [g for g, f in ctx.all_guards() if f == ctx.frame and g not in self.dropped]

    def region(self, ctx, budget):
        rng = self.rng
        k = self.k()
        has_catch = rng.random() < 0.6
        has_all = rng.random() < 0.4
        has_fin = rng.random() < 0.6 or not (has_catch or has_all)
        valued = rng.random() < 0.25
        sub = max(1, budget // 3)

        def sub_ctx(handler=False, fin=False):
            c = Ctx(ctx)
            c.frame = self.k()
            c.in_handler = c.in_handler or handler
            c.in_finally = c.in_finally or fin
            return c

        bc = sub_ctx()
        body = self.block(bc, rng.randint(1, sub + 1))
        tail = ("m", self.expr(bc, 0.2)) if valued else None
        catch = None
        if has_catch:
            e = self.fresh("e")
            cc = sub_ctx(handler=True)
            cc.vars.append(e)
            cb = [("log", self.k(), ("var", e))] + self.block(cc, rng.randint(0, sub))
            catch = (e, cb, ("m", self.expr(cc, 0.1)) if valued else None)
        catch_all = None
        if has_all:
            c = self.fresh("x")
            ac = sub_ctx(handler=True)
            ab = self.block(ac, rng.randint(0, 2)) if rng.random() < 0.5 else []
            catch_all = (c, ab, valued or rng.random() < 0.5)
        fin = None
        if has_fin:
            fin = self.block(sub_ctx(fin=True), rng.randint(1, sub))
        var = None
        if valued:
            var = self.fresh("v")
        st = ("region", k, var, body, tail, catch, catch_all, fin)
        if var:
            ctx.vars.append(var)
        return st

    # -- programs ---------------------------------------------------------------------------

    def program(self):
        funcs = []
        for fi in range(self.nfuncs):
            ctx = Ctx()
            ctx.fi = fi
            ctx.vars.append("a")
            budget = self.rng.randint(5, 12) if fi == 0 else self.rng.randint(2, 6)
            body = self.block(ctx, budget)
            if fi + 1 < self.nfuncs and not any(n and n[0] == "deleg" for n in walk(body)):
                # Every function but the last delegates at least once.
                v = self.fresh("v")
                call = ("deleg", fi + 1, ("m", ("bin", "+", ("var", "a"), ("lit", self.rng.randint(0, 9)))))
                body.insert(self.rng.randint(0, len(body)), ("let", v, ("m", call)))
            tail = ("m", self.expr(ctx, 0.1))
            funcs.append((body, tail))
        scripts = [self.script() for _ in range(self.rng.randint(3, 5))]
        return {"kind": self.kind, "funcs": funcs, "arg": self.rng.randint(0, 9), "scripts": scripts}

    def script(self):
        rng = self.rng
        ops = []
        r = rng.random()
        if r < 0.08:
            ops.append(("send", rng.randint(1, 9)))
        if r < 0.8:
            ops.append(("start",))
        elif r < 0.87:
            ops.append(("throw", rng.randint(1, 6)))
        elif r < 0.93:
            ops.append(("close",))
        else:
            ops.append(("state",))
        for _ in range(rng.randint(1, 8)):
            x = rng.random()
            if x < 0.55:
                ops.append(("send", rng.randint(-3, 12)))
            elif x < 0.75:
                ops.append(("throw", rng.randint(1, 6)))
            elif x < 0.86:
                ops.append(("close",))
            elif x < 0.93:
                ops.append(("state",))
            else:
                ops.append(("drop",))
                break
        return ops


# ---------------------------------------------------------------------------------------------
# Rust


class Rust:
    def __init__(self, prog):
        self.prog = prog
        self.kind = prog["kind"]
        self.lines = []

    def e(self, x):
        t = x[0]
        if t == "lit":
            return str(x[1])
        if t == "var":
            return x[1]
        if t == "bin":
            return f"({self.e(x[2])} {x[1]} {self.e(x[3])})"
        if t == "m":
            return f"m({self.e(x[1])})"
        if t == "tr":
            return f"tr({x[1]}, {self.e(x[2])})"
        if t == "mod3":
            return f"(m({self.e(x[1])}) % 3)"
        if t == "yield":
            return f"yield_!({self.e(x[1])})"
        if t == "catch":
            _, a, s, c, off, ev = x
            return (
                f"(match yield_catch!({self.e(a)}) {{ Resumed::Sent({s}) => {s}, "
                f"Resumed::Thrown(E({c})) => {c} + {off}, Resumed::Exit => {ev} }})"
            )
        if t == "deleg":
            mac = "yield_from" if self.kind == "gen" else "await_"
            return f"{mac}!(f{x[1]}({self.e(x[2])}))"
        raise AssertionError(t)

    def c(self, x):
        if x[0] == "lt":
            return f"{self.e(x[1])} < {x[2]}"
        return f"m({self.e(x[1])}) % {x[2]} == {x[3]}"

    def w(self, ind, text):
        self.lines.append("    " * ind + text)

    def block(self, ind, stmts, tail=None):
        for s in stmts:
            self.stmt(ind, s)
        if tail is not None:
            self.w(ind, self.e(tail))

    def stmt(self, ind, s):
        t = s[0]
        w = self.w
        if t == "let":
            w(ind, f"let mut {s[1]} = {self.e(s[2])};")
        elif t == "assign":
            w(ind, f"{s[1]} = {self.e(s[2])};")
        elif t == "log":
            w(ind, f"lg({s[1]}, {self.e(s[2])});")
        elif t == "ystmt":
            w(ind, f"yield_!({self.e(s[1])});")
        elif t == "guard":
            w(ind, f'let {s[1]} = G::new("{s[1]}");')
        elif t == "dropg":
            w(ind, f"if {self.c(s[1])} {{ drop({s[2]}); }}")
        elif t == "if":
            w(ind, f"if {self.c(s[1])} {{")
            self.block(ind + 1, s[2])
            if s[3] is not None:
                w(ind, "} else {")
                self.block(ind + 1, s[3])
            w(ind, "}")
        elif t == "match":
            w(ind, f"match m({self.e(s[1])}) % 3 {{")
            for pats, b in s[2]:
                pat = "_" if pats is None else " | ".join(map(str, pats))
                w(ind + 1, f"{pat} => {{")
                self.block(ind + 2, b)
                w(ind + 1, "}")
            w(ind, "}")
        elif t == "for":
            _, lid, var, n, body = s
            w(ind, f"'l{lid}: for {var} in 0..{self.e(n)} {{")
            self.block(ind + 1, body)
            w(ind, "}")
        elif t == "while":
            _, lid, var, n, body = s
            w(ind, f"let mut {var} = 0;")
            w(ind, f"'l{lid}: while {var} < {n} {{")
            w(ind + 1, f"{var} += 1;")
            self.block(ind + 1, body)
            w(ind, "}")
        elif t == "loop":
            _, lid, var, n, body = s
            w(ind, f"let mut {var} = 0;")
            w(ind, f"'l{lid}: loop {{")
            w(ind + 1, f"if {var} >= {n} {{ break; }}")
            w(ind + 1, f"{var} += 1;")
            self.block(ind + 1, body)
            w(ind, "}")
        elif t == "jump":
            w(ind, f"if {self.c(s[1])} {{ {s[2]} 'l{s[3]}; }}")
        elif t == "return":
            w(ind, f"if {self.c(s[1])} {{ return {self.e(s[2])}; }}")
        elif t == "raise":
            w(ind, f"if {self.c(s[1])} {{ raise({self.e(s[2])})?; }}")
        elif t == "panic":
            w(ind, f"if {self.c(s[1])} {{ pnc({s[2]}); }}")
        elif t == "exit":
            w(ind, f"if {self.c(s[1])} {{ Exit?; }}")
        elif t == "exitraise":
            w(ind, "Exit?;")
        elif t == "ret":
            w(ind, f"return {self.e(s[1])};")
        elif t == "reraise":
            w(ind, f"match {s[1]}? {{}}")
        elif t == "catchs":
            _, a, sv, tv, sent, thrown, exitb, act = s
            w(ind, f"match yield_catch!({self.e(a)}) {{")
            w(ind + 1, f"Resumed::Sent({sv}) => {{")
            self.block(ind + 2, sent)
            w(ind + 1, "}")
            w(ind + 1, f"Resumed::Thrown(E({tv})) => {{")
            self.block(ind + 2, thrown)
            w(ind + 1, "}")
            w(ind + 1, "Resumed::Exit => {")
            self.block(ind + 2, exitb + exit_action(act))
            w(ind + 1, "}")
            w(ind, "}")
        elif t == "region":
            _, k, var, body, tail, catch, catch_all, fin = s
            w(ind, (f"let mut {var} = " if var else "") + "try_! {")
            w(ind + 1, "{")
            self.block(ind + 2, body, tail)
            w(ind + 1, "}")
            if catch:
                e, cb, ctail = catch
                w(ind + 1, f"catch ({e}) {{")
                w(ind + 2, f"let {e} = {e}.0;")
                self.block(ind + 2, cb, ctail)
                w(ind + 1, "}")
            if catch_all:
                c, ab, reraise = catch_all
                w(ind + 1, f"catch_all ({c}) {{")
                w(ind + 2, f"caught({k}, &{c});")
                self.block(ind + 2, ab + ([("reraise", c)] if reraise else []))
                w(ind + 1, "}")
            if fin:
                w(ind + 1, "finally {")
                self.block(ind + 2, fin)
                w(ind + 1, "}")
            w(ind, "}" + (";" if var else ""))
        else:
            raise AssertionError(t)

    def program(self, name):
        attr = "generator, " if self.kind == "gen" else ""
        w = self.w
        w(0, f"pub mod {name} {{")
        w(1, "use super::*;")
        for fi, (body, tail) in enumerate(self.prog["funcs"]):
            w(1, f"#[coro_core::coroutine({attr}yield = i64, send = i64, error = E)]")
            w(1, f"fn f{fi}(a: i64) -> i64 {{")
            self.block(2, body, tail)
            w(1, "}")
        w(1, f"pub fn make() -> Dyn {{ Box::new(f0({self.prog['arg']})) }}")
        w(1, "pub const SCRIPTS: &[&[Op]] = &[")
        for script in self.prog["scripts"]:
            w(2, "&[" + ", ".join(rust_op(op) for op in script) + "],")
        w(1, "];")
        w(0, "}")
        return self.lines


def rust_op(op):
    return {
        "start": "Op::Start",
        "close": "Op::Close",
        "drop": "Op::Drop",
        "state": "Op::State",
    }.get(op[0]) or f"Op::{op[0].capitalize()}({op[1]})"


RUST_HEADER = """\
// Generated by difftest/gen.py: do not edit.
#![allow(unused_mut, unused_variables, unused_assignments, unused_labels, unreachable_code)]
#![allow(unused_parens, clippy::all, clippy::pedantic)]
#![allow(missing_debug_implementations, dead_code)]

use coro_core::{Exit, Resumed, await_, try_, yield_, yield_catch, yield_from};
use difftest::{Dyn, E, G, Op, Program, caught, lg, m, pnc, raise, tr};
"""


# ---------------------------------------------------------------------------------------------
# Python


class Py:
    def __init__(self, prog, name):
        self.prog = prog
        self.name = name
        self.coro = prog["kind"] == "coro"
        self.lines = []
        self.tmp = 0
        self.loops = []  # Python loop stack: loop ids (None for helper loops)

    def fresh(self, p):
        self.tmp += 1
        return f"_{p}{self.tmp}"

    def y(self, text):
        return f"(await suspend({text}))" if self.coro else f"(yield {text})"

    def e(self, x, pre, ind):
        """The Python text of expression x; statements it needs first go to `pre`."""
        t = x[0]
        if t == "lit":
            return str(x[1])
        if t == "var":
            return x[1]
        if t == "bin":
            left = self.e(x[2], pre, ind)
            mark = len(pre)
            right = self.e(x[3], pre, ind)
            if len(pre) > mark and not pure(x[2]):
                tmp = self.fresh("l")
                pre.insert(mark, (ind, f"{tmp} = {left}"))
                left = tmp
            return f"({left} {x[1]} {right})"
        if t == "m":
            return f"m({self.e(x[1], pre, ind)})"
        if t == "tr":
            return f"tr({x[1]}, {self.e(x[2], pre, ind)})"
        if t == "mod3":
            return f"(m({self.e(x[1], pre, ind)}) % 3)"
        if t == "yield":
            return self.y(self.e(x[1], pre, ind))
        if t == "catch":
            _, a, s, c, off, ev = x
            arg = self.fresh("a")
            val = self.fresh("v")
            pre.append((ind, f"{arg} = {self.e(a, pre, ind)}"))
            pre.append((ind, "try:"))
            pre.append((ind + 1, f"{val} = {self.y(arg)}"))
            pre.append((ind, "except E as _x:"))
            pre.append((ind + 1, f"{val} = _x.code + {off}"))
            pre.append((ind, "except GeneratorExit:"))
            pre.append((ind + 1, f"{val} = {ev}"))
            return val
        if t == "deleg":
            f = f"{self.name}_f{x[1]}({self.e(x[2], pre, ind)})"
            return f"(await {f})" if self.coro else f"(yield from {f})"
        raise AssertionError(t)

    def c(self, x, pre, ind):
        if x[0] == "lt":
            return f"{self.e(x[1], pre, ind)} < {x[2]}"
        return f"m({self.e(x[1], pre, ind)}) % {x[2]} == {x[3]}"

    def w(self, ind, text):
        self.lines.append("    " * ind + text)

    def with_pre(self, ind, build):
        """Runs build(pre) -> text lines; writes the prelude, then the lines."""
        pre = []
        out = build(pre)
        for i, line in pre:
            self.w(i, line)
        for line in out:
            self.w(ind, line)

    def block(self, ind, stmts, tail=None, assign=None):
        """Writes a block; `tail` is its value, assigned to `assign` (or returned)."""
        start = len(self.lines)
        jumps_out = set()
        for i, s in enumerate(stmts):
            if s[0] == "guard":
                g = s[1]
                self.w(ind, f"{g} = G('{g}')")
                self.w(ind, "try:")
                self.block(ind + 1, stmts[i + 1 :], tail, assign)
                self.w(ind, "finally:")
                self.w(ind + 1, f"{g}.drop()")
                return
            self.stmt(ind, s)
        if tail is not None:
            if assign == "return":
                self.with_pre(ind, lambda pre: [f"return {self.e(tail, pre, ind)}"])
            else:
                self.with_pre(ind, lambda pre: [f"{assign} = {self.e(tail, pre, ind)}"])
        if len(self.lines) == start:
            self.w(ind, "pass")
        del jumps_out

    def jump_check(self, ind, body_targets):
        """After a loop whose body jumps to loops outside it: carry the jump on."""
        outer = [lid for lid in self.loops if lid is not None]
        if not (body_targets & set(outer)) or not self.loops:
            return
        here = self.loops[-1]
        self.w(ind, "if _jump is not None:")
        self.w(ind + 1, f"if _jump == ('b', {here}):")
        self.w(ind + 2, "_jump = None")
        self.w(ind + 2, "break")
        self.w(ind + 1, f"elif _jump == ('c', {here}):")
        self.w(ind + 2, "_jump = None")
        self.w(ind + 2, "continue")
        self.w(ind + 1, "else:")
        self.w(ind + 2, "break")

    def stmt(self, ind, s):
        t = s[0]
        w = self.w
        if t == "let" or t == "assign":
            self.with_pre(ind, lambda pre: [f"{s[1]} = {self.e(s[2], pre, ind)}"])
        elif t == "log":
            self.with_pre(ind, lambda pre: [f"lg({s[1]}, {self.e(s[2], pre, ind)})"])
        elif t == "ystmt":
            self.with_pre(ind, lambda pre: [self.y(self.e(s[1], pre, ind))])
        elif t == "dropg":
            self.with_pre(ind, lambda pre: [f"if {self.c(s[1], pre, ind)}:", f"    {s[2]}.drop()"])
        elif t == "if":
            self.with_pre(ind, lambda pre: [f"if {self.c(s[1], pre, ind)}:"])
            self.block(ind + 1, s[2])
            if s[3] is not None:
                w(ind, "else:")
                self.block(ind + 1, s[3])
        elif t == "match":
            self.with_pre(ind, lambda pre: [f"match m({self.e(s[1], pre, ind)}) % 3:"])
            for pats, b in s[2]:
                pat = "_" if pats is None else " | ".join(map(str, pats))
                w(ind + 1, f"case {pat}:")
                self.block(ind + 2, b)
        elif t in ("for", "while", "loop"):
            _, lid, var, n, body = s
            if t == "for":
                self.with_pre(ind, lambda pre: [f"for {var} in range({self.e(n, pre, ind)}):"])
            elif t == "while":
                w(ind, f"{var} = 0")
                w(ind, f"while {var} < {n}:")
                w(ind + 1, f"{var} += 1")
            else:
                w(ind, f"{var} = 0")
                w(ind, "while True:")
                w(ind + 1, f"if {var} >= {n}:")
                w(ind + 2, "_jump = None")
                w(ind + 2, "break")
                w(ind + 1, f"{var} += 1")
            self.loops.append(lid)
            self.block(ind + 1, body)
            self.loops.pop()
            self.jump_check(ind, jump_targets(body) - {lid})
        elif t == "jump":
            _, cond, kind, target = s
            inner = self.loops[-1]
            if target == inner:
                lines = ["_jump = None", kind]
            else:
                lines = [f"_jump = ('{kind[0]}', {target})", "break"]
            self.with_pre(
                ind,
                lambda pre: [f"if {self.c(cond, pre, ind)}:"] + ["    " + x for x in lines],
            )
        elif t == "return":
            self.with_pre(ind, lambda pre: [f"if {self.c(s[1], pre, ind)}:"])
            self.with_pre(ind + 1, lambda pre: [f"return {self.e(s[2], pre, ind + 1)}"])
        elif t == "raise":
            self.with_pre(ind, lambda pre: [f"if {self.c(s[1], pre, ind)}:"])
            self.with_pre(ind + 1, lambda pre: [f"raise E({self.e(s[2], pre, ind + 1)})"])
        elif t == "panic":
            self.with_pre(ind, lambda pre: [f"if {self.c(s[1], pre, ind)}:", f"    pnc({s[2]})"])
        elif t == "exit":
            self.with_pre(
                ind, lambda pre: [f"if {self.c(s[1], pre, ind)}:", "    raise GeneratorExit()"]
            )
        elif t == "exitraise":
            w(ind, "raise GeneratorExit()")
        elif t == "ret":
            self.with_pre(ind, lambda pre: [f"return {self.e(s[1], pre, ind)}"])
        elif t == "reraise":
            w(ind, f"raise {s[1]}")
        elif t == "catchs":
            _, a, sv, tv, sent, thrown, exitb, act = s
            arg = self.fresh("a")
            r = self.fresh("r")
            self.with_pre(ind, lambda pre: [f"{arg} = {self.e(a, pre, ind)}"])
            w(ind, "try:")
            w(ind + 1, f"{sv} = {self.y(arg)}")
            w(ind, "except E as _x:")
            w(ind + 1, f"{r} = 1")
            w(ind + 1, f"{tv} = _x.code")
            w(ind, "except GeneratorExit:")
            w(ind + 1, f"{r} = 2")
            w(ind, "else:")
            w(ind + 1, f"{r} = 0")
            w(ind, f"if {r} == 0:")
            self.block(ind + 1, sent)
            w(ind, f"elif {r} == 1:")
            self.block(ind + 1, thrown)
            w(ind, "else:")
            self.block(ind + 1, exitb + exit_action(act))
        elif t == "region":
            _, k, var, body, tail, catch, catch_all, fin = s
            w(ind, "try:")
            self.block(ind + 1, body, tail, var)
            if catch:
                e, cb, ctail = catch
                w(ind, "except E as _x:")
                w(ind + 1, "_jump = None")
                w(ind + 1, f"{e} = _x.code")
                self.block(ind + 1, cb, ctail, var)
            if catch_all:
                c, ab, reraise = catch_all
                w(ind, f"except CATCH_ALL as {c}:")
                w(ind + 1, "_jump = None")
                w(ind + 1, f"caught({k}, {c})")
                self.block(ind + 1, ab + ([("reraise", c)] if reraise else []))
            if fin:
                saved = self.fresh("j")
                w(ind, "finally:")
                w(ind + 1, "if not P.active:")
                w(ind + 2, f"{saved} = _jump")
                self.block(ind + 2, fin)
                w(ind + 2, f"_jump = {saved}")
        else:
            raise AssertionError(t)

    def program(self):
        for fi, (body, tail) in enumerate(self.prog["funcs"]):
            self.w(0, f"{'async ' if self.coro else ''}def {self.name}_f{fi}(a):")
            self.w(1, "_jump = None")
            if not self.coro and not has_yield(body, tail):
                # A Rust coroutine without a suspension is still a coroutine.
                self.w(1, "if False:")
                self.w(2, "yield")
            self.block(1, body, tail, "return")
            self.w(0, "")
        scripts = ", ".join("[" + ", ".join(repr(op) for op in sc) + "]" for sc in self.prog["scripts"])
        self.w(0, f"PROGRAMS.append(('{self.name}', lambda: {self.name}_f0({self.prog['arg']}), [{scripts}]))")
        self.w(0, "")
        return self.lines


def exit_action(act):
    """The statement that ends the exit arm of a statement-form `yield_catch!`."""
    if act == "reraise":
        return [("exitraise",)]
    if act == "swallow":
        return []
    return [("ret", act[1])]


def pure(x):
    """No side effect and no suspension: safe to evaluate after a later operand's prelude."""
    t = x[0]
    if t in ("lit", "var"):
        return True
    if t == "bin":
        return pure(x[2]) and pure(x[3])
    if t in ("m", "mod3"):
        return pure(x[1])
    return False


def walk(x):
    """Every tuple inside x (statements, expressions, blocks)."""
    if isinstance(x, tuple):
        yield x
        for item in x:
            yield from walk(item)
    elif isinstance(x, list):
        for item in x:
            yield from walk(item)


def jump_targets(body):
    return {n[3] for n in walk(body) if n and n[0] == "jump" and len(n) == 4 and isinstance(n[3], int)}


def has_yield(body, tail):
    return any(n and n[0] in ("yield", "catch", "deleg", "ystmt", "catchs") for n in walk([body, tail]))


PY_HEADER = """\
# Generated by difftest/gen.py: do not edit.
from rt import *  # noqa: F401,F403

PROGRAMS = []

"""

PY_FOOTER = """\
if __name__ == "__main__":
    run_programs(PROGRAMS)
"""


def program_name(index):
    return f"p{index:05d}"


def generate(seed, first, count, skip=()):
    command = f"// gen.py --seed {seed} --first {first} --count {count}"
    if skip:
        command += " --skip " + ",".join(sorted(skip))
    command += "\n"
    rust = [RUST_HEADER.replace("\n", "\n" + command, 1)]
    py = [PY_HEADER.replace("\n", "\n#" + command[2:], 1)]
    names = []
    for index in range(first, first + count):
        name = program_name(index)
        if name in skip:
            continue
        prog = Gen(seed, index).program()
        rust.append("\n".join(Rust(prog).program(name)) + "\n")
        py.append("\n".join(Py(prog, name).program()) + "\n")
        names.append(name)
    rust.append("\npub const PROGRAMS: &[Program] = &[\n")
    for name in names:
        rust.append(f"    (\"{name}\", {name}::make, {name}::SCRIPTS),\n")
    rust.append("];\n")
    py.append(PY_FOOTER)
    return "".join(rust), "".join(py)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=1)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--out")
    ap.add_argument("--show", type=int)
    ap.add_argument("--skip", default="", help="programs to leave out, comma-separated")
    ap.add_argument("--avoid", default="", help="statement kinds to leave out, e.g. dropg")
    args = ap.parse_args()
    if args.show is not None:
        rust, py = generate(args.seed, args.show, 1)
        sys.stdout.write(rust + "\n# ---- python ----\n" + py)
        return
    skip = set(filter(None, args.skip.split(",")))
    AVOID.update(filter(None, args.avoid.split(",")))
    rust, py = generate(args.seed, args.first, args.count, skip)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "programs.rs"), "w") as f:
        f.write(rust)
    with open(os.path.join(args.out, "programs.py"), "w") as f:
        f.write(py)


if __name__ == "__main__":
    main()
