# C3: the body catches the exit signal and returns a value: close succeeds with that value.
# Python 3.13 returns it from close(); 3.11 returns None.
from _driver import *


def gen():
    total = 0
    while True:
        try:
            x = yield total
        except GeneratorExit:
            log("closing")
            return total
        total += x


g = gen()
start(g)
send(g, 5)
send(g, 6)
close(g)
state(g)
close(g)
