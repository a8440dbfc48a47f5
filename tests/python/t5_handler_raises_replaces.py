# T5: an error raised by a handler replaces the one being handled, which stays reachable as
# its source (Python: __context__).
from _driver import *


def gen():
    try:
        yield 1
    except E as e:
        log(f"handling {e!r}")
        raise E(e.code + 1)


g = gen()
start(g)
try:
    g.throw(E(1))
except E as e:
    note(f"throw E(1) -> raise {e!r}")
    note(f"source {e.__context__!r}")
state(g)
