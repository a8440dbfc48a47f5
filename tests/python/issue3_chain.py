# Issue 3, delegation chains (S5, T3, C3, C5): leaf <- level1 <- level2 <- level3.
# Each level delegates to the one below inside a region whose handler catches only at depth
# `catch_at` (0: the leaf; -1: nowhere) and whose `finally` logs, then yields -depth once and
# returns child's value + the sent value. Rust twin: tests/tests/delegation.rs.
from _driver import *


def leaf(n, catch_at):
    try:
        total = 0
        for i in range(n):
            try:
                v = yield i
            except E as e:
                log(f"leaf caught {e!r}")
                if catch_at != 0:
                    raise
                v = 100
            log(f"leaf got {v}")
            total += v
        log(f"leaf returns {total}")
        return total
    finally:
        dropped("leaf")


def level1(n, catch_at):
    try:
        try:
            r = yield from leaf(n, catch_at)
        except E as e:
            log(f"level1 caught {e!r}")
            if catch_at != 1:
                raise
            r = 1000
        finally:
            log("level1 finally")
        log(f"level1 got {r}")
        s = yield -1
        log(f"level1 sent {s}")
        return r + s
    finally:
        dropped("level1")


def level2(n, catch_at):
    try:
        try:
            r = yield from level1(n, catch_at)
        except E as e:
            log(f"level2 caught {e!r}")
            if catch_at != 2:
                raise
            r = 2000
        finally:
            log("level2 finally")
        log(f"level2 got {r}")
        s = yield -2
        log(f"level2 sent {s}")
        return r + s
    finally:
        dropped("level2")


def level3(n, catch_at):
    try:
        try:
            r = yield from level2(n, catch_at)
        except E as e:
            log(f"level3 caught {e!r}")
            if catch_at != 3:
                raise
            r = 3000
        finally:
            log("level3 finally")
        log(f"level3 got {r}")
        s = yield -3
        log(f"level3 sent {s}")
        return r + s
    finally:
        dropped("level3")


LEVELS = [leaf, level1, level2, level3]

# S5: sent values go to the innermost delegate; each return value is its delegator's value.
for depth in (1, 2, 3):
    note(f"== send depth {depth}")
    g = LEVELS[depth](2, -1)
    start(g)
    for v in range(10, 10 + depth + 2):
        send(g, v)
    state(g)
    send(g, 0)

# T3: a thrown error goes to the innermost delegate; caught at each depth, or by none.
for depth in (1, 2, 3):
    for catch_at in list(range(depth + 1)) + [-1]:
        note(f"== throw depth {depth} caught at {catch_at}")
        g = LEVELS[depth](2, catch_at)
        start(g)
        send(g, 5)
        throw(g, E(7))
        for v in range(20, 20 + depth + 1):
            send(g, v)
        state(g)

# T3: once the leaf has returned, a throw goes to the delegate that is suspended (level1, at
# its own yield); it raises, and level2 catches at its await point.
note("== throw at level1's own yield")
g = level3(1, 2)
start(g)
send(g, 5)
throw(g, E(8))
send(g, 1)
state(g)
close(g)
state(g)

# C3: close closes the innermost delegate first; cleanup runs innermost -> outermost.
for depth in (1, 2, 3):
    note(f"== close depth {depth}")
    g = LEVELS[depth](2, -1)
    start(g)
    send(g, 5)
    close(g)
    state(g)
    close(g)
    send(g, 1)

# C5: dropping a coroutine suspended three delegations deep closes it the same way.
note("== drop depth 3")
g = level3(2, -1)
start(g)
note("drop")
del g
note("after drop")
