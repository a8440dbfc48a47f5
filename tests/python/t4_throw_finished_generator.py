# T4: throw on a generator that finished (by an error or by returning) hands the error back.
from _driver import *


def gen():
    yield 1
    return 2


g = gen()
start(g)
throw(g, E(1))
state(g)
throw(g, E(2))
send(g, None)
g = gen()
start(g)
send(g, None)
throw(g, E(3))
state(g)
