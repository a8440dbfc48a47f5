# C1: close on a created generator marks it finished; the body never runs.
from _driver import *


def gen():
    try:
        log("body ran")
        yield 1
    finally:
        dropped("guard")


g = gen()
close(g)
state(g)
send(g, None)
close(g)
