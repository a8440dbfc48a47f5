# S4: a finished generator reports "finished, no value" on every resume; the return value
# came out once. T4: throw hands the error straight back. C2: close is a no-op.
from _driver import *


def gen():
    yield 1
    return "done"


g = gen()
start(g)
send(g, None)
send(g, None)
send(g, None)
throw(g, E(1))
close(g)
close(g)
state(g)
