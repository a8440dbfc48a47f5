# `?` on a sent value's parse: the error is raised as the coroutine's error, cleanup runs.
from _driver import *


def parse(text):
    try:
        return int(text)
    except ValueError:
        raise E(len(text)) from None


def gen():
    try:
        s = 0
        while True:
            n = parse((yield s))
            if n == 0:
                return s
            s += n
    finally:
        dropped("guard")


g = gen()
start(g)
send(g, "4")
send(g, "5")
send(g, "oops")
state(g)
send(g, "1")
g = gen()
start(g)
send(g, "2")
send(g, "0")
