# A generic generator used with two element types.
from _driver import *


def repeat(value, times):
    for _ in range(times):
        yield value
    return times


g = repeat("ab", 2)
start(g)
send(g, None)
send(g, None)
g = repeat(7, 1)
start(g)
send(g, None)
