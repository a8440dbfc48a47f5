# S2: where the sent type is None / (), sending it to a created generator starts it.
from _driver import *


def gen():
    log("running")
    yield "a"
    yield "b"


g = gen()
state(g)
send(g, None)
state(g)
send(g, None)
send(g, None)
send(g, None)
