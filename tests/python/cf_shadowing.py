# Shadowed `let`s across suspensions: each name refers to the right binding afterwards.
from _driver import *


def gen():
    x1 = yield 1
    x2 = x1 * 2
    x3 = x2 + (yield x2)
    r = yield x3
    yield x2
    return x2 + r


g = gen()
start(g)
send(g, 5)
send(g, 3)
send(g, 7)
send(g, 0)
