# T2: a handler at the suspension point catches the error; throw returns the next yield.
from _driver import *


def gen():
    n = 0
    while n < 100:
        try:
            x = yield n
        except E as e:
            log(f"caught {e!r}")
            n = e.code * 10
        else:
            n += x
    return n


g = gen()
start(g)
send(g, 5)
throw(g, E(3))
state(g)
send(g, 80)
