"""Shared trace vocabulary of the Python twins (not a scenario itself).

Each scenario prints one line per event; `tests/src/lib.rs` writes the same lines for the
Rust twins:

    start -> yield 0            send 5 -> return 7          throw E(1) -> raise E(1)
    close -> ok None            send 1 -> error Exhausted   state Suspended
    log <text>                  drop <name>                 unraisable error IgnoredExit

Protocol errors are named after the variants of `coro_core::Error`.
"""

import inspect
import sys
import types
import warnings

# A coroutine that is closed or dropped before it started is not a mistake in these scripts.
warnings.simplefilter("ignore", RuntimeWarning)


class E(Exception):
    """The scenarios' error type; the Rust twins use `coro_tests::E`."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __repr__(self):
        return f"E({self.code})"


def show(value):
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (int, float, str, BaseException)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(show(v) for v in value) + ")"
    raise TypeError(f"no trace form for {value!r}")


def describe(exc):
    """The trace form of an exception that came out of a protocol operation."""
    if isinstance(exc, E):
        return f"raise {exc!r}"
    text = str(exc)
    if isinstance(exc, TypeError) and "can't send non-None value" in text:
        return "error SentToNew"
    if isinstance(exc, RuntimeError) and "ignored GeneratorExit" in text:
        return "error IgnoredExit"
    if isinstance(exc, RuntimeError) and "cannot reuse already awaited" in text:
        return "error Reused"
    if isinstance(exc, GeneratorExit):
        return "error Exit"
    # The end of an async iteration: coro's `asend` / `anext` awaitables return `None`.
    if isinstance(exc, StopAsyncIteration):
        return "return None"
    if isinstance(exc, RuntimeError) and "already running" in text:
        return "error Running"
    raise exc


def _hook(unraisable):
    print(f"unraisable {describe(unraisable.exc_value)}")


# Python's "Exception ignored in ..." goes to the trace, as the Rust hook does (C5).
sys.unraisablehook = _hook


def log(text):
    print(f"log {text}")


def dropped(name):
    """What a `Noisy` guard of the Rust twin logs when it is dropped (here: a `finally`)."""
    print(f"drop {name}")


def _state(obj):
    if inspect.iscoroutine(obj):
        raw = inspect.getcoroutinestate(obj)
    elif inspect.isasyncgen(obj):
        raw = inspect.getasyncgenstate(obj).replace("AGEN", "GEN")
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


def state(obj):
    print(f"state {_state(obj)}")


def _resume(label, obj, op):
    # Only a generator says "exhausted" (other awaitables, like `asend`'s, have no state).
    finished_before = inspect.isgenerator(obj) and _state(obj) == "Finished"
    try:
        value = op()
    except StopIteration as stop:
        # A generator resumed after finishing only says StopIteration again (S4).
        if finished_before and not inspect.iscoroutine(obj):
            print(f"{label} -> error Exhausted")
        else:
            print(f"{label} -> return {show(stop.value)}")
    except BaseException as exc:  # noqa: BLE001 - mapped or re-raised by describe
        print(f"{label} -> {describe(exc)}")
    else:
        print(f"{label} -> yield {show(value)}")


def start(obj):
    _resume("start", obj, lambda: obj.send(None))


def send(obj, value):
    _resume(f"send {show(value)}", obj, lambda: obj.send(value))


def throw(obj, exc):
    _resume(f"throw {show(exc)}", obj, lambda: obj.throw(exc))


def close(obj):
    try:
        value = obj.close()
    except BaseException as exc:  # noqa: BLE001
        print(f"close -> {describe(exc)}")
    else:
        print(f"close -> ok {show(value)}")


def items(iterable):
    """Iterates like Rust's `for` over a generator: one `item` line each, then `end`."""
    try:
        for item in iterable:
            print(f"item {show(item)}")
    except BaseException as exc:  # noqa: BLE001
        print(f"item {describe(exc)}")
    print("end")


@types.coroutine
def suspend(value):
    """`await suspend(v)` in an `async def` twin is `yield_!(v)` in a coroutine-kind body."""
    return (yield value)


def note(text):
    """A line the driver itself writes (between operations)."""
    print(text)
