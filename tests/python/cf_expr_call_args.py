# A4: suspensions as tuple elements and call arguments, evaluated left to right.
from _driver import *


def add3(a, b, c):
    log(f"add3({a}, {b}, {c})")
    return a + b + c


def gen():
    pair = ((yield 1), (yield 2))
    s = add3((yield 3), pair[0] * 10, (yield 4))
    return [pair[0], pair[1], s]


g = gen()
start(g)
send(g, 5)
send(g, 6)
send(g, 7)
send(g, 8)
