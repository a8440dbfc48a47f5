# Issue 3, exception regions (E1, E2, E3, T5, C3, C4): handlers and cleanup blocks that suspend
# (yield or await), pending errors / returns / jumps that survive those suspensions, return /
# break / continue in cleanup cancelling what was pending, nested regions, and errors in a
# handler or cleanup replacing the pending one. Rust twin: tests/tests/regions.rs.
from _driver import *


def step(tag, n):
    """A delegate: yields n values (100, 101, ...); returns the sum of what is sent."""
    total = 0
    for i in range(n):
        total += yield 100 + i
    log(f"{tag} returns {total}")
    return total


# E2: a handler that yields and awaits; its value is the region's.
def handler_suspends():
    try:
        yield 1
        r = 0
    except E as e:
        log(f"caught {e!r}")
        a = yield 2
        b = yield from step("handler step", 2)
        r = a + b
        log(f"handler gives {r}")
    finally:
        log("finally")
    v = yield r
    return v


note("== handler yields and awaits")
g = handler_suspends()
start(g)
throw(g, E(1))
send(g, 10)
send(g, 20)
send(g, 30)
send(g, 0)


# E2: the region's value survives a cleanup block that yields and awaits.
def cleanup_suspends_normal():
    try:
        r = yield 1
    finally:
        log("finally starts")
        x = yield 2
        log(f"finally got {x}")
        y = yield from step("cleanup step", 1)
        log(f"finally awaited {y}")
    log(f"region gave {r}")
    return r


note("== cleanup yields and awaits after a normal end")
g = cleanup_suspends_normal()
start(g)
send(g, 7)
send(g, 8)
send(g, 9)


# E2: a pending error survives the cleanup block's suspensions, then goes on.
def pending_error(code):
    try:
        try:
            yield 1
            log("raising")
            raise E(code)
        finally:
            log("finally starts")
            x = yield 2
            y = yield from step("cleanup step", 1)
            log(f"finally got {x} and {y}")
    except E as e:
        log(f"outer caught {e!r}")
        return -1
    return 0


note("== pending error survives suspensions in cleanup")
g = pending_error(4)
start(g)
send(g, 0)
send(g, 5)
send(g, 6)

note("== pending thrown error survives suspensions in cleanup")
g = pending_error(4)
start(g)
throw(g, E(3))
send(g, 5)
send(g, 6)


# E2: a pending return survives the cleanup block's suspensions.
def pending_return():
    for i in range(3):
        try:
            v = yield i
            if v > 10:
                log(f"returning {v}")
                return v
        finally:
            x = yield 50 + i
            log(f"finally {i} got {x}")
    return -1


note("== pending return survives suspensions in cleanup")
g = pending_return()
start(g)
send(g, 1)
send(g, 2)
send(g, 11)
send(g, 3)
send(g, 4)


# E2: pending break / continue survive the cleanup block's suspensions.
def pending_jumps():
    total = 0
    for i in range(5):
        try:
            v = yield i
            if v == 0:
                log("continue")
                continue
            if v < 0:
                log("break")
                break
            total += v
        finally:
            x = yield from step(f"cleanup {i}", 1)
            log(f"finally {i} got {x}")
    return total


note("== pending break and continue survive suspensions in cleanup")
g = pending_jumps()
start(g)
for v in [0, 1, 5, 2, -1, 3]:
    send(g, v)


# T5: an error thrown while the handler is suspended replaces the handled one; the cleanup
# block still runs.
def throw_into_handler():
    try:
        try:
            yield 1
        except E as e:
            log(f"inner caught {e!r}")
            yield 2
            log("not reached")
        finally:
            log("inner finally")
    except E as e:
        log(f"outer caught {e!r}")
        return e.code
    return 0


note("== throw into a suspended handler")
g = throw_into_handler()
start(g)
throw(g, E(1))
throw(g, E(2))


# T5: an error thrown while cleanup is suspended (with a pending error) replaces it.
def throw_into_cleanup():
    try:
        try:
            yield 1
            raise E(1)
        finally:
            log("finally starts")
            yield 2
            log("not reached")
    except E as e:
        log(f"outer caught {e!r}")
        return e.code
    return 0


note("== throw into a suspended cleanup replaces the pending error")
g = throw_into_cleanup()
start(g)
send(g, 0)
throw(g, E(2))


# C3: close while cleanup is suspended with a pending return: the exit signal replaces it.
def close_in_cleanup(early):
    try:
        try:
            yield 1
            if early:
                return 5
        finally:
            log("inner finally starts")
            yield 2
            log("not reached")
    finally:
        log("outer finally")


note("== close while cleanup is suspended with a pending return")
g = close_in_cleanup(True)
start(g)
send(g, 0)
close(g)
state(g)


# E3: return in cleanup cancels a pending error / a pending return.
def return_in_cleanup(mode):
    try:
        yield 1
        if mode == "raise":
            raise E(1)
        if mode == "return":
            return 10
    finally:
        log("finally")
        v = yield 2
        if v > 0:
            log(f"finally returns {v}")
            return v
    return 0


note("== return in cleanup cancels a pending error")
g = return_in_cleanup("raise")
start(g)
send(g, 0)
send(g, 7)

note("== return in cleanup cancels a pending return")
g = return_in_cleanup("return")
start(g)
send(g, 0)
send(g, 8)

note("== cleanup that does not return leaves the pending return")
g = return_in_cleanup("return")
start(g)
send(g, 0)
send(g, 0)

note("== return in cleanup cancels the exit signal after a yield in cleanup")
g = return_in_cleanup("none")
start(g)
close(g)
state(g)
send(g, 9)
state(g)


def return_in_cleanup_on_close(early):
    try:
        yield 1
    finally:
        if early:
            log("finally returns 6")
            return 6


note("== return in cleanup cancels the exit signal: close returns its value")
g = return_in_cleanup_on_close(True)
start(g)
close(g)
state(g)


# E3: break / continue in cleanup cancel a pending error and the exit signal; a later yield
# then makes close fail (C3) with the coroutine still suspended.
def jump_in_cleanup():
    n = 0
    while True:
        n += 1
        try:
            v = yield n
            if v < 0:
                raise E(v)
        finally:
            log(f"finally {n}")
            if n == 2:
                continue
            if n >= 3:
                break
    log("after loop")
    v = yield -1
    return v


note("== break and continue in cleanup cancel what was pending")
g = jump_in_cleanup()
start(g)
send(g, 0)
throw(g, E(5))
close(g)
state(g)
send(g, 4)
state(g)


# Nested regions: handlers that match the error or not; cleanup runs innermost first.
def nested(inner_code, outer_code, raise_code):
    try:
        try:
            yield 1
            raise E(raise_code)
        except E as e:
            log(f"inner handler sees {e!r}")
            if e.code != inner_code:
                raise
            r = 10
        finally:
            log("inner finally")
            yield 2
    except E as e:
        log(f"outer handler sees {e!r}")
        if e.code != outer_code:
            raise
        r = 20
    finally:
        log("outer finally")
        yield 3
    return r


for inner_code, outer_code, label in [(1, 1, "inner matches"), (2, 1, "outer matches"), (2, 3, "neither matches")]:
    note(f"== nested regions: {label}")
    g = nested(inner_code, outer_code, 1)
    start(g)
    send(g, 0)
    send(g, 0)
    send(g, 0)
    state(g)


# T5: an error raised in a handler replaces the handled one; the outer handler sees the new one.
def handler_raises():
    try:
        try:
            yield 1
        except E as e:
            log(f"inner handler sees {e!r}")
            yield 2
            raise E(e.code + 100)
        finally:
            log("inner finally")
    except E as e:
        log(f"outer handler sees {e!r}")
        return e.code
    return 0


note("== an error raised in a handler replaces the handled one")
g = handler_raises()
start(g)
throw(g, E(1))
send(g, 0)


# T5: an error raised in cleanup replaces the pending error, the pending return, or the exit
# signal of close.
def cleanup_raises(mode):
    try:
        try:
            yield 1
            if mode == "raise":
                raise E(1)
            if mode == "return":
                return 10
        finally:
            log("inner finally")
            if mode != "close":
                yield 2
            raise E(99)
    except E as e:
        log(f"handler sees {e!r}")
        if mode == "close":
            raise
        return e.code
    return 0


for mode, label in [("raise", "the pending error"), ("return", "the pending return"), ("none", "a normal end")]:
    note(f"== an error raised in cleanup replaces {label}")
    g = cleanup_raises(mode)
    start(g)
    send(g, 0)
    send(g, 0)

note("== an error raised in cleanup replaces the exit signal")
g = cleanup_raises("close")
start(g)
close(g)
state(g)


# C4: ordinary handlers do not see the exit signal; a catch-all does, and may return a value.
def exit_handlers(catch_all_returns):
    try:
        try:
            yield 1
        except E:
            log("not reached")
        finally:
            log("inner finally sees the exit")
    except GeneratorExit:
        log("catch-all sees the exit")
        if catch_all_returns:
            return 42
        raise
    return 0


note("== ordinary handlers do not see the exit; catch-all returns")
g = exit_handlers(True)
start(g)
close(g)
state(g)

note("== ordinary handlers do not see the exit; catch-all re-raises")
g = exit_handlers(False)
start(g)
close(g)
state(g)


# A4 with regions: a region is an expression evaluated in order among delegations.
def region_in_expression():
    left = yield from step("left", 1)
    try:
        mid = yield 5
        if mid < 0:
            raise E(mid)
    except E as e:
        log(f"region caught {e!r}")
        mid = yield from step("handler", 1)
    finally:
        log("region finally")
    r = left * 100 + mid + (yield 7)
    return r


note("== a region as an operand between delegations")
g = region_in_expression()
start(g)
send(g, 1)
send(g, -2)
send(g, 3)
send(g, 4)
