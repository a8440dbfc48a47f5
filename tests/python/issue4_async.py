# Issue 4: async iteration (I1, I2), async context managers (M1, M2) and async generators (I3).
# Rust twin: tests/tests/async_protocols.rs. Each section `== name` is one scenario; the
# coroutines are driven by hand (start / send / throw / close), so every value an await passes
# to the driver shows in the trace.
from _driver import *


def section(name):
    print(f"== {name}")


# ---------------------------------------------------------------------------------------------
# A hand-written async iterator and a non-suspending one


class Countdown:
    """Each `__anext__` awaits `suspend(n)` (the driver sees n and sends a value back), which
    is the item; the iteration ends when n reaches 0."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            log("countdown ends")
            raise StopAsyncIteration
        got = await suspend(self.n)
        self.n -= 1
        log(f"countdown got {got}")
        return got


class Counter:
    """Items 0..n, without suspending."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


async def numbers(n):
    """An async generator: awaits `suspend(100 + i)`, then yields what came back plus i."""
    try:
        for i in range(n):
            got = await suspend(100 + i)
            log(f"agen got {got}")
            yield got + i
    finally:
        log("agen cleanup")


# ---------------------------------------------------------------------------------------------
# I1, I2

section("i1_anext_by_hand")
it = Countdown(2)
a = it.__anext__()
start(a)
send(a, 10)
send(a, 11)
a = it.__anext__()
start(a)
throw(a, E(1))
a = it.__anext__()
start(a)
send(a, 5)
a = it.__anext__()
start(a)


async def consume(n):
    total = 0
    async for x in Countdown(n):
        log(f"item {x}")
        total += x
    log("loop ended")
    return total


section("i2_async_for_iterator")
c = consume(2)
start(c)
send(c, 10)
send(c, 20)


async def consume_gen(n):
    total = 0
    async for x in numbers(n):
        log(f"item {x}")
        total += x
    log("loop ended")
    return total


section("i2_async_for_async_gen")
c = consume_gen(2)
start(c)
send(c, 1)
send(c, 2)

section("i2_async_for_empty")
c = consume_gen(0)
start(c)


async def first_two(it):
    count = 0
    async for x in it:
        log(f"first {x}")
        count += 1
        if count == 2:
            break
    log("first_two done")
    return count


async def rest(it):
    async for x in it:
        log(f"rest {x}")
    return "rest done"


section("i2_break_leaves_iterator")
it = Countdown(3)
c = first_two(it)
start(c)
send(c, 7)
send(c, 8)
note(f"countdown at {it.n}")
c = rest(it)
start(c)
send(c, 9)


async def nested():
    async for i in Counter(3):
        skip_rest = False
        async for j in Counter(3):
            if j == 1:
                continue
            if i == 1:
                skip_rest = True
                break
            got = await suspend(i * 10 + j)
            log(f"{i}.{j} got {got}")
            if got < 0:
                return "stopped"
        if skip_rest:
            log(f"skip {i}")
            continue
        log(f"outer {i} done")
    return "all done"


section("i2_nested_labels")
c = nested()
start(c)
send(c, 1)
send(c, 2)
send(c, 3)
send(c, 4)

section("i2_nested_labels_return")
c = nested()
start(c)
send(c, -1)


async def body_raises():
    async for x in numbers(5):
        log(f"item {x}")
        if x > 10:
            raise E(7)
    return "unreachable"


section("i2_error_in_body")
c = body_raises()
start(c)
send(c, 5)
send(c, 20)


async def failing_gen():
    try:
        yield 1
        yield 2
        raise E(3)
    finally:
        log("failing cleanup")


async def catch_next_error():
    try:
        async for x in failing_gen():
            log(f"item {x}")
            await suspend(x)
    except E as e:
        log(f"caught {e!r}")
    return "after"


section("i2_error_from_next")
c = catch_next_error()
start(c)
send(c, 0)
send(c, 0)


async def return_inside():
    async for x in numbers(5):
        log(f"item {x}")
        if x == 3:
            return x * 100
    return -1


section("i2_return_inside")
c = return_inside()
start(c)
send(c, 1)
send(c, 2)


async def resilient(n):
    try:
        for i in range(n):
            try:
                got = await suspend(100 + i)
            except E as e:
                log(f"agen caught {e!r}")
                got = -1
            yield got
    finally:
        log("agen cleanup")


async def consume_resilient():
    total = 0
    async for x in resilient(3):
        log(f"item {x}")
        total += x
    return total


section("i2_throw_into_next")
c = consume_resilient()
start(c)
throw(c, E(1))
send(c, 5)
throw(c, E(2))

section("i2_close_into_next")
c = consume_resilient()
start(c)
send(c, 5)
close(c)
state(c)


async def suspend_in_body():
    async for x in numbers(3):
        log(f"item {x}")
        got = await suspend(x)
        log(f"body got {got}")
    return "done"


section("i2_throw_in_body")
c = suspend_in_body()
start(c)
send(c, 1)
throw(c, E(2))
state(c)


# ---------------------------------------------------------------------------------------------
# M1, M2


class Manager:
    """Logs enter and exit; may suspend in either, raise in exit, or suppress."""

    def __init__(self, ident, suppress=False, exit_raises=None, enter_suspends=False, exit_suspends=False):
        self.ident = ident
        self.suppress = suppress
        self.exit_raises = exit_raises
        self.enter_suspends = enter_suspends
        self.exit_suspends = exit_suspends

    async def __aenter__(self):
        log(f"enter {self.ident}")
        if self.enter_suspends:
            got = await suspend(50)
            log(f"enter got {got}")
        return self.ident * 10

    async def __aexit__(self, exc_type, exc, tb):
        log(f"exit {self.ident} with {show(exc)}")
        if self.exit_suspends:
            got = await suspend(60)
            log(f"exit got {got}")
        if self.exit_raises is not None:
            raise E(self.exit_raises)
        return self.suppress


async def with_normal():
    async with Manager(1) as v:
        log(f"inside {v}")
        got = await suspend(v)
        log(f"inside got {got}")
    log("after block")
    return 0


section("m1_normal_exit")
c = with_normal()
start(c)
send(c, 3)


async def with_raise(manager):
    async with manager as v:
        log(f"inside {v}")
        raise E(1)
    log("after block")
    return "continued"


section("m1_error_suppressed")
c = with_raise(Manager(2, suppress=True))
start(c)

section("m1_error_not_suppressed")
c = with_raise(Manager(3))
start(c)

section("m1_exit_raises")
c = with_raise(Manager(4, exit_raises=2))
start(c)


async def with_return():
    async with Manager(5) as v:
        log(f"inside {v}")
        return v + 1
    return -1


section("m1_return_inside")
c = with_return()
start(c)


async def with_loop():
    for i in range(4):
        async with Manager(i) as v:
            if i == 0:
                log("continue")
                continue
            if i == 2:
                log("break")
                break
            got = await suspend(v)
            log(f"inside got {got}")
    return "loop done"


section("m1_break_continue")
c = with_loop()
start(c)
send(c, 9)


async def with_suspension(manager):
    async with manager as v:
        log(f"inside {v}")
        got = await suspend(v)
        log(f"inside got {got}")
    log("after block")
    got = await suspend(99)
    return got


section("m1_throw_suppressed")
c = with_suspension(Manager(6, suppress=True))
start(c)
throw(c, E(3))
send(c, 4)

section("m1_throw_not_suppressed")
c = with_suspension(Manager(7))
start(c)
throw(c, E(3))

section("m1_close_inside")
c = with_suspension(Manager(8))
start(c)
close(c)
state(c)

section("m2_close_exit_suspends")
c = with_suspension(Manager(9, exit_suspends=True))
start(c)
close(c)

section("m1_enter_exit_suspend")
c = with_suspension(Manager(1, enter_suspends=True, exit_suspends=True))
start(c)
send(c, 11)
send(c, 12)
send(c, 13)
send(c, 14)

section("m1_exit_suspends_on_throw")
c = with_suspension(Manager(2, exit_suspends=True, suppress=True))
start(c)
throw(c, E(5))
send(c, 15)
send(c, 16)


async def with_exit_suppresses_close():
    async with Manager(3, suppress=True) as v:
        got = await suspend(v)
        log(f"inside got {got}")
    log("after block")
    return 7


section("m1_exit_suppresses_close")
c = with_exit_suppresses_close()
start(c)
close(c)
state(c)


# ---------------------------------------------------------------------------------------------
# I3


async def echo_gen():
    log("agen starts")
    x = yield 1
    log(f"agen asend value {x}")
    got = await suspend(100)
    log(f"agen await got {got}")
    y = yield x + got
    log(f"agen asend value {y}")


section("i3_asend_channels")
g = echo_gen()
state(g)
a = g.asend(None)
start(a)
state(g)
a = g.asend(5)
start(a)
send(a, 7)
send(a, 8)
a = g.asend(9)
start(a)
state(g)
a = g.asend(10)
start(a)


async def catcher():
    try:
        yield 1
        yield 2
    except E as e:
        log(f"agen caught {e!r}")
        got = await suspend(50)
        yield got
    finally:
        log("agen cleanup")


section("i3_athrow")
g = catcher()
start(g.asend(None))
a = g.athrow(E(1))
start(a)
send(a, 8)
start(g.athrow(E(2)))
state(g)
start(g.athrow(E(3)))
g = catcher()
start(g.athrow(E(4)))
state(g)


async def slow_cleanup():
    try:
        yield 1
    finally:
        log("cleanup starts")
        got = await suspend(70)
        log(f"cleanup got {got}")


section("i3_aclose_awaits_cleanup")
g = slow_cleanup()
start(g.asend(None))
a = g.aclose()
start(a)
send(a, 1)
state(g)
start(g.aclose())
start(g.asend(None))
g = slow_cleanup()
start(g.aclose())
state(g)


async def yields_in_cleanup():
    try:
        yield 1
    finally:
        log("cleanup yields")
        yield 2


section("i3_aclose_ignored")
g = yields_in_cleanup()
start(g.asend(None))
start(g.aclose())


async def two_items():
    try:
        yield 1
        got = await suspend(5)
        log(f"agen got {got}")
        yield got
    finally:
        log("agen cleanup")


section("i3_running")
# An `asend` left suspended in an await (its awaitable dropped): the generator is running, and
# every new operation says so; dropping the generator still runs its cleanup.
g = two_items()
start(g.asend(None))
a = g.asend(None)
start(a)
del a
start(g.asend(None))
start(g.athrow(E(1)))
start(g.aclose())
note("drop")
del g


async def raises_mid_way():
    yield 1
    raise E(9)


section("i3_error_ends")
g = raises_mid_way()
start(g.asend(None))
start(g.asend(None))
state(g)
start(g.asend(None))

section("i3_drop_suspended")
g = two_items()
start(g.asend(None))
note("drop")
del g

section("i3_drop_cleanup_awaits")
g = slow_cleanup()
start(g.asend(None))
note("drop")
del g

section("i3_close_pending_asend")
g = two_items()
start(g.asend(None))
a = g.asend(None)
start(a)
close(a)
state(g)
