# S2: a real value sent to a created generator is an error; it stays created and can start.
from _driver import *


def gen():
    log("started")
    x = yield 0
    log(f"got {x}")
    y = yield x * 2
    return x + y


g = gen()
send(g, 5)
state(g)
send(g, 6)
state(g)
start(g)
send(g, 5)
send(g, 1)
state(g)
