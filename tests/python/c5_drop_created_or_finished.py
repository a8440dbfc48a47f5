# C5: dropping a created or finished generator runs no body code.
from _driver import *


def gen():
    try:
        log("body ran")
        yield 1
    finally:
        dropped("guard")


g = gen()
note("drop")
del g
g = gen()
start(g)
send(g, None)
note("drop")
del g
note("after drop")
