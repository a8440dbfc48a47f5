# T2: a handler that re-raises the thrown error (`Thrown(e) => Err(e)?`): cleanup runs.
from _driver import *


def gen():
    try:
        try:
            yield 1
        except E as e:
            log(f"seen {e!r}")
            raise
    finally:
        dropped("a")


g = gen()
start(g)
throw(g, E(2))
state(g)
