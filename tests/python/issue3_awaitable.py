# Issue 3, awaitables (A1, A2, A3, T3, C3, C5): a hand-written awaitable whose awaiter has its
# own send / throw / close (no generator involved), and awaiting a finished coroutine.
# Rust twin: tests/tests/delegation.rs.
from _driver import *


class Ticker:
    """Awaitable: `await Ticker(n)` yields n, n-1, ..., 1 and returns the sum of what is sent."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        log(f"ticker({self.n}) awaited")
        return TickerIter(self.n)


class TickerIter:
    def __init__(self, n):
        self.n = n
        self.total = 0
        self.started = False
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if not self.started:
            self.started = True
            log(f"ticker yields {self.n}")
            return self.n
        log(f"ticker got {value}")
        self.total += value
        self.n -= 1
        if self.n == 0:
            self.done = True
            raise StopIteration(self.total)
        return self.n

    def throw(self, exc, *rest):
        log(f"ticker caught {exc!r}")
        if exc.code == 0:
            self.done = True
            raise StopIteration(-1)
        if exc.code == 1:
            return self.n
        self.done = True
        raise exc

    def close(self):
        if not self.done:
            self.done = True
            log("ticker closed")


async def user(n):
    try:
        r = await Ticker(n)
        log(f"user got {r}")
    except E as e:
        log(f"user caught {e!r}")
        r = -100
    finally:
        log("user finally")
    v = await suspend(r)
    return v + 1


note("== awaitable: sends reach the hand-written awaiter")
g = user(3)
start(g)
send(g, 10)
send(g, 20)
send(g, 30)
send(g, 5)
send(g, 5)

note("== awaitable: throw handled by yielding")
g = user(3)
start(g)
throw(g, E(1))
send(g, 10)
state(g)
close(g)

note("== awaitable: throw handled by returning")
g = user(3)
start(g)
send(g, 10)
throw(g, E(0))
send(g, 2)

note("== awaitable: throw not handled")
g = user(3)
start(g)
throw(g, E(5))
send(g, 2)

note("== awaitable: close closes the awaiter first")
g = user(3)
start(g)
close(g)
state(g)

note("== awaitable: drop closes the awaiter first")
g = user(2)
start(g)
send(g, 4)
note("drop")
del g
note("after drop")


# A3: awaiting a coroutine that has already finished is the reuse error.
async def child():
    v = await suspend(1)
    log(f"child got {v}")
    return v * 2


async def parent(c, catch):
    a = await c
    log(f"first await gave {a}")
    try:
        b = await c
    except RuntimeError as e:
        if not catch:
            raise
        log("second await: Reused")
        b = -1
    finally:
        log("parent finally")
    return a + b


note("== await a finished coroutine: Reused, caught")
c = child()
g = parent(c, True)
start(g)
send(g, 21)
state(c)

note("== await a finished coroutine: Reused, uncaught")
c = child()
g = parent(c, False)
start(g)
send(g, 21)
state(g)
send(g, 0)

note("== await a coroutine the driver finished")
c = child()
start(c)
send(c, 4)
g = parent(c, True)
start(g)
state(g)
