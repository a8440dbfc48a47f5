# T2: an unhandled error thrown at the suspension point runs cleanup innermost first and
# comes back; the generator is finished (T4 afterwards).
from _driver import *


def gen():
    try:
        yield 1
        try:
            log("inner")
            yield 2
            log("not reached")
        finally:
            dropped("b")
    finally:
        dropped("a")


g = gen()
start(g)
send(g, None)
throw(g, E(7))
state(g)
throw(g, E(8))
