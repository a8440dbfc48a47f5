"""The Python half of the proof by difference: what generated programs call and the driver
that runs their scripts. `difftest/src/lib.rs` is the Rust half; both print the same lines.

    == p0003 s1                 one section per (program, script)
    start -> yield 3            send 5 -> return 7          throw E(1) -> raise E(1)
    close -> ok None            send 1 -> error Exhausted   state Suspended
    log 4 17                    log t2 5 (an operand)       log 3 caught Exit
    drop g2 (a guard)           drop (the driver drops)     unraisable error IgnoredExit
    send 2 -> panic             log panic 6
"""

import gc
import inspect
import sys
import types
import warnings

warnings.simplefilter("ignore", RuntimeWarning)

OUT = []


def note(line):
    OUT.append(line)


class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class Panic(BaseException):
    """A Rust panic: no handler names it, and `finally` blocks skip their body while it runs."""


class _Panicking:
    active = False


P = _Panicking()


def lg(k, v):
    note(f"log {k} {v}")


def tr(k, v):
    note(f"log t{k} {v}")
    return v


def m(v):
    return v % 1000


def pnc(k):
    note(f"log panic {k}")
    P.active = True
    raise Panic()


def _protocol_variant(exc):
    text = str(exc)
    if isinstance(exc, RuntimeError) and "ignored GeneratorExit" in text:
        return "IgnoredExit"
    if isinstance(exc, RuntimeError) and "cannot reuse already awaited" in text:
        return "Reused"
    if isinstance(exc, GeneratorExit):
        return "Exit"
    if isinstance(exc, TypeError) and "can't send non-None value" in text:
        return "SentToNew"
    raise exc


def caught(k, c):
    if isinstance(c, E):
        what = f"Error({c.code})"
    elif isinstance(c, GeneratorExit):
        what = "Exit"
    else:
        what = f"Protocol({_protocol_variant(c)})"
    note(f"log {k} caught {what}")


CATCH_ALL = (E, GeneratorExit, RuntimeError)

LIVE = [0]


class G:
    """A drop-guarded value: the generated code drops it at its scope's end (a `finally`);
    a frame freed without finishing drops what is left (`__del__`)."""

    __slots__ = ("name", "live")

    def __init__(self, name):
        self.name = name
        self.live = True
        LIVE[0] += 1

    def drop(self):
        if self.live:
            self.live = False
            LIVE[0] -= 1
            note(f"drop {self.name}")

    def __del__(self):
        self.drop()


@types.coroutine
def suspend(value):
    """`await suspend(v)` in an `async def` is `yield_!(v)` in a coroutine-kind body."""
    return (yield value)


def _describe(exc):
    if isinstance(exc, E):
        return f"raise E({exc.code})"
    return f"error {_protocol_variant(exc)}"


def _state(obj):
    if inspect.iscoroutine(obj):
        raw = inspect.getcoroutinestate(obj)
    else:
        raw = inspect.getgeneratorstate(obj)
    return {
        "GEN_CREATED": "Created",
        "CORO_CREATED": "Created",
        "GEN_SUSPENDED": "Suspended",
        "CORO_SUSPENDED": "Suspended",
        "GEN_CLOSED": "Finished",
        "CORO_CLOSED": "Finished",
    }[raw]


def _hook(unraisable):
    exc = unraisable.exc_value
    if isinstance(exc, Panic):
        P.active = False
        note("drop -> panic")
    else:
        note(f"unraisable {_describe(exc)}")


sys.unraisablehook = _hook

NEW_CLOSE = sys.version_info >= (3, 13)


def _close(g):
    """`g.close()` with CPython 3.13's result (3.13 returns the value the body returned on
    GeneratorExit; 3.11 drops it, so there `throw(GeneratorExit)` does what close does)."""
    if NEW_CLOSE or _state(g) != "Suspended":
        return g.close()
    try:
        g.throw(GeneratorExit)
    except GeneratorExit:
        return None
    except StopIteration as stop:
        return stop.value
    kind = "coroutine" if inspect.iscoroutine(g) else "generator"
    raise RuntimeError(f"{kind} ignored GeneratorExit")


class _Script:
    def __init__(self, g):
        self.g = g
        self.poisoned = False

    def resume(self, label, op):
        g = self.g
        if self.poisoned:
            note(f"{label} -> error Poisoned")
            return
        finished_before = _state(g) == "Finished"
        try:
            value = op()
        except StopIteration as stop:
            if finished_before and not inspect.iscoroutine(g):
                note(f"{label} -> error Exhausted")
            else:
                note(f"{label} -> return {stop.value}")
        except Panic:
            P.active = False
            self.poisoned = True
            note(f"{label} -> panic")
        except BaseException as exc:  # noqa: BLE001
            note(f"{label} -> {_describe(exc)}")
        else:
            note(f"{label} -> yield {value}")

    def run(self, op):
        g = self.g
        kind = op[0]
        if kind == "start":
            self.resume("start", lambda: g.send(None))
        elif kind == "send":
            self.resume(f"send {op[1]}", lambda: g.send(op[1]))
        elif kind == "throw":
            self.resume(f"throw E({op[1]})", lambda: g.throw(E(op[1])))
        elif kind == "close":
            if self.poisoned:
                note("close -> error Poisoned")
                return
            try:
                value = _close(g)
            except Panic:
                P.active = False
                self.poisoned = True
                note("close -> panic")
            except BaseException as exc:  # noqa: BLE001
                note(f"close -> {_describe(exc)}")
            else:
                note(f"close -> ok {value}")
        elif kind == "state":
            note(f"state {_state(g)}")
        else:
            raise ValueError(op)


def run_programs(programs):
    for name, make, scripts in programs:
        for i, script in enumerate(scripts):
            note(f"== {name} s{i}")
            LIVE[0] = 0
            s = _Script(make())
            for op in script:
                if op[0] == "drop":
                    break
                s.run(op)
            note("drop")
            s.g = None
            del s
            gc.collect()
            if LIVE[0] != 0:
                note(f"LEAK {LIVE[0]} guards")
    sys.stdout.write("".join(line + "\n" for line in OUT))
