# C5: an error from the implicit close cannot escape the drop: it goes to the hook.
from _driver import *


def gen():
    try:
        yield 1
    except GeneratorExit:
        log("ignoring exit")
    yield 2


g = gen()
start(g)
note("drop")
del g
note("after drop")
