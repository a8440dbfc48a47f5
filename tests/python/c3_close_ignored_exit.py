# C3: the body yields again after catching the exit signal: "generator ignored GeneratorExit",
# and the generator stays suspended at that new yield.
from _driver import *


def gen():
    try:
        yield 1
    except GeneratorExit:
        log("ignoring exit")
    yield 2
    log("after 2")


g = gen()
start(g)
close(g)
state(g)
send(g, None)
state(g)
