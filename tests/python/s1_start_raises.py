# S1: an error before the first yield comes out of start; the generator is finished (S4, T4).
from _driver import *


def gen(fail):
    log("before")
    if fail:
        raise E(3)
    yield 1


g = gen(True)
start(g)
state(g)
send(g, None)
throw(g, E(4))
close(g)
