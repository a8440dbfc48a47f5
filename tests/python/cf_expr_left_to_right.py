# A4: several suspensions in one expression are evaluated left to right, each with its own
# sent value; operands to the left of a suspension are evaluated before it.
from _driver import *


def side(name, value):
    log(f"eval {name}")
    return value


def gen():
    r = side("a", 1) * (yield "first") + side("b", 2) * (yield "second") - (yield "third")
    return r


g = gen()
start(g)
send(g, 10)
send(g, 20)
send(g, 5)
