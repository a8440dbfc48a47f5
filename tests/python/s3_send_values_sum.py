# S3: the suspension evaluates to the sent value; the body runs to its next yield or return.
from _driver import *


def gen():
    total = 0
    while True:
        x = yield total
        if x == 0:
            return total
        total += x


g = gen()
start(g)
send(g, 3)
send(g, 4)
state(g)
send(g, 0)
state(g)
send(g, 1)
