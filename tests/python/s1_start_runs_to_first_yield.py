# S1: starting runs the body to its first suspension; S3: each send runs to the next one.
from _driver import *


def gen():
    log("body starts")
    yield 1
    log("after first yield")
    yield 2
    log("after second yield")


g = gen()
state(g)
start(g)
state(g)
send(g, None)
state(g)
send(g, None)
state(g)
