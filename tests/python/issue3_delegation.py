# Issue 3, delegation in bodies (S5, T3, C3, C5, A1, A4): delegates that return early, raise,
# return while handling a throw, fail while being closed; delegation inside loops, `match`
# arms and expressions. Rust twin: tests/tests/delegation.rs.
import types

from _driver import *


def counter(tag, n):
    """Yields n values (10, 11, ...), logging what is sent; returns their sum."""
    total = 0
    for i in range(n):
        v = yield 10 + i
        log(f"{tag} got {v}")
        total += v
    log(f"{tag} returns {total}")
    return total


# T3: the delegate handles the thrown error by returning; its value is the await expression's.
def returns_on_throw():
    try:
        while True:
            v = yield 1
            log(f"inner got {v}")
    except E as e:
        log(f"inner caught {e!r}, returns 50")
        return 50


def outer_of_returns_on_throw():
    r = yield from returns_on_throw()
    log(f"outer got {r}")
    s = yield r + 1
    return r + s


note("== delegate returns while handling a throw")
g = outer_of_returns_on_throw()
start(g)
send(g, 3)
throw(g, E(1))
send(g, 4)


# T3, S1: a delegate that raises before its first yield; the error is raised at the await point.
def raises_at_once(code):
    log("inner runs")
    if code:
        raise E(code)
    return 5
    yield  # never reached: makes this a generator


def outer_of_raises_at_once(code):
    try:
        r = yield from raises_at_once(code)
        log(f"outer got {r}")
    except E as e:
        log(f"outer caught {e!r}")
        r = -1
    v = yield r
    return v


note("== delegate raises before yielding")
g = outer_of_raises_at_once(3)
start(g)
send(g, 8)
note("== delegate returns before yielding")
g = outer_of_raises_at_once(0)
start(g)
send(g, 8)


# S5, A1: a generator the driver has partly consumed; delegating to it continues it.
def numbers():
    for i in range(1, 5):
        log(f"numbers yields {i}")
        yield i
    log("numbers ends")
    return "done"


def outer_of_partly_consumed(g):
    log("outer starts")
    first = next(g)
    log(f"outer took {first} itself")
    r = yield from g
    log(f"outer got {r!r}")
    return r


note("== delegating to a partly consumed generator continues it")
n = numbers()
start(n)
g = outer_of_partly_consumed(n)
start(g)
send(g, None)
send(g, None)
state(n)
send(n, None)


# Delegation in loops: `for` with `continue` / `break`, and in a `while` condition.
def looping():
    total = 0
    for i in range(5):
        r = yield from counter(f"c{i}", i % 3)
        log(f"loop {i} got {r}")
        if r == 0:
            continue
        total += r
        if total > 40:
            log("break")
            break
    while (yield from counter("cond", 1)) > 0:
        total += 1
        log(f"while total {total}")
    return total


note("== delegation in loops")
g = looping()
start(g)
for v in [7, 8, 9, 10, 11, 12, 1, 2, 0]:
    send(g, v)


# Delegation in `match` arms and in the scrutinee.
def matching():
    results = []
    for _ in range(3):
        match (yield from counter("scrutinee", 1)):
            case 0:
                r = -1
            case n if n < 10:
                r = (yield from counter("small", n)) + 1000
            case n:
                r = (yield from counter("big", 1)) * n
        log(f"arm gave {r}")
        results.append(r)
    return results


note("== delegation in match arms")
g = matching()
start(g)
for v in [0, 2, 5, 6, 12, 3]:
    send(g, v)


# A4: several delegations in one expression run left to right, each with its own sent values.
def expression():
    r = (yield from counter("a", 1)) * 100 + (yield from counter("b", 2)) - (yield 99)
    log(f"r = {r}")
    pair = ((yield from counter("x", 1)), (yield 98), (yield from counter("y", 1)))
    log(f"pair = {pair}")
    return r


note("== several delegations in one expression")
g = expression()
start(g)
for v in [1, 2, 3, 4, 5, 6, 7]:
    send(g, v)


# A4: operands to the left of a delegation are evaluated before it runs.
cell = [1]


def bump(tag):
    log(f"{tag} sets the cell to {cell[0] * 10}")
    cell[0] *= 10
    v = yield cell[0]
    return v


def left_first():
    r = cell[0] + (yield from bump("first")) + cell[0]
    log(f"r = {r}")
    s = [cell[0], (yield from bump("second")), cell[0]]
    log(f"s = {s}")
    return r


note("== operands left of a delegation are read before it")
g = left_first()
start(g)
send(g, 5)
send(g, 6)


# Delegates chosen at run time (boxed trait objects in Rust).
def pick(kind):
    if kind == 0:
        return counter("counter", 2)
    return returns_on_throw()


def dynamic():
    total = 0
    for kind in [0, 1]:
        total += yield from pick(kind)
        log(f"total {total}")
    return total


note("== delegating to boxed delegates chosen at run time")
g = dynamic()
start(g)
send(g, 1)
send(g, 2)
send(g, 3)
throw(g, E(4))


# Recursion through a boxed delegate: each level yields its depth on the way down and up.
def walk(depth):
    log(f"walk {depth} down")
    v = yield depth
    if depth > 0:
        v += yield from walk(depth - 1)
    log(f"walk {depth} up with {v}")
    return v


note("== recursive delegation four levels deep")
g = walk(3)
start(g)
for v in [1, 2, 3, 4]:
    send(g, v)


# A1: a coroutine-kind body awaits generator-kind objects (Python's types.coroutine).
@types.coroutine
def gen_step(v):
    log(f"gen_step yields {v}")
    got = yield v
    return got * 2


async def coro_awaits_generator():
    a = await gen_step(1)
    log(f"a = {a}")
    b = await gen_step(a)
    return a + b


note("== a coroutine awaits generators")
g = coro_awaits_generator()
start(g)
send(g, 5)
send(g, 6)
send(g, 7)


# C3: close while the delegate is suspended, with delegates that end the close in each way.
def cleanup_raises():
    try:
        yield 1
        yield 2
    finally:
        log("inner cleanup raises E(9)")
        raise E(9)


def catches_exit_and_returns():
    try:
        yield 1
    except GeneratorExit:
        log("inner caught exit, returns 5")
        return 5


def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            log("inner ignores exit")


def delegator(inner, handle):
    try:
        try:
            r = yield from inner
            log(f"outer got {r}")
        except E as e:
            log(f"outer caught {e!r}")
            if handle == "return":
                return 70
            if handle == "yield":
                yield 71
            raise
    finally:
        log("outer finally")
    yield 72
    return 0


note("== close: the delegate's cleanup raises, uncaught")
g = delegator(cleanup_raises(), "none")
start(g)
close(g)
state(g)
close(g)

note("== close: the delegate's cleanup raises, the delegator returns")
g = delegator(cleanup_raises(), "return")
start(g)
close(g)
state(g)

note("== close: the delegate's cleanup raises, the delegator yields")
g = delegator(cleanup_raises(), "yield")
start(g)
close(g)
state(g)
send(g, 0)
send(g, 0)

note("== close: the delegate catches the exit and returns")
g = delegator(catches_exit_and_returns(), "none")
start(g)
close(g)
state(g)

note("== close: the delegate ignores the exit")
inner = ignores_exit()
g = delegator(inner, "none")
start(g)
close(g)
state(g)
state(inner)
close(inner)
state(inner)
del inner

note("== drop: the delegate's cleanup raises")
g = delegator(cleanup_raises(), "none")
start(g)
note("drop")
del g
note("after drop")

note("== throw: the delegate's cleanup raises, replacing the thrown error")
g = delegator(cleanup_raises(), "none")
start(g)
throw(g, E(1))
state(g)
