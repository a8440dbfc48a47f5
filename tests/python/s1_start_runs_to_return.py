# S1: a body that returns before its first yield completes on start; S4 afterwards.
from _driver import *


def gen(n):
    log("checking n")
    if n == 0:
        return 7
    yield n
    return 0


g = gen(0)
start(g)
state(g)
send(g, None)
g = gen(3)
start(g)
send(g, None)
state(g)
