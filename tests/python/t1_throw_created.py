# T1: throw on a created generator: the body never runs (no cleanup), the error comes back.
from _driver import *


def gen():
    try:
        log("body ran")
        yield 1
    finally:
        dropped("guard")


g = gen()
throw(g, E(1))
state(g)
send(g, None)
close(g)
