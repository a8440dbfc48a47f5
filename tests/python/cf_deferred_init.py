# Deferred initialisation (`let x;` assigned in branches, one of them after a suspension).
from _driver import *


def gen(flag):
    if flag:
        x = yield 1
    else:
        x = 5
    y = x + (yield x)
    return y


g = gen(True)
start(g)
send(g, 3)
send(g, 4)
g = gen(False)
start(g)
send(g, 1)
