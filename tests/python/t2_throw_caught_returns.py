# T2: a handler that returns: throw's result is the completion with that value.
from _driver import *


def gen():
    try:
        yield 1
    except E as e:
        return e.code + 100
    return 0


g = gen()
start(g)
throw(g, E(5))
state(g)
g = gen()
start(g)
send(g, None)
