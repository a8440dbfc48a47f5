# A labeled block left by `break 'b value` after a suspension, or ending normally.
from _driver import *


def gen(limit):
    first = yield 0
    if first > limit:
        v = first * 100
    else:
        second = yield first
        v = first + second
    yield v
    return v


g = gen(5)
start(g)
send(g, 7)
send(g, 0)
g = gen(5)
start(g)
send(g, 2)
send(g, 3)
send(g, 0)
