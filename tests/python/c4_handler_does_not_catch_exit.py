# C4: a handler for ordinary errors does not see the exit signal; only cleanup does.
from _driver import *


def gen():
    try:
        while True:
            try:
                yield 1
            except E as e:
                log(f"handled {e!r}")
    finally:
        dropped("cleanup")


g = gen()
start(g)
throw(g, E(1))
send(g, None)
close(g)
state(g)
