# C2: close on a finished generator (returned or raised) is a no-op success, as often as called.
from _driver import *


def gen(fail):
    yield 1
    if fail:
        raise E(6)
    return "r"


g = gen(False)
start(g)
send(g, None)
close(g)
close(g)
close(g)
state(g)
g = gen(True)
start(g)
send(g, None)
close(g)
close(g)
state(g)
