# `return` from inside a `for` loop after a suspension; locals of the iteration and of the
# body are dropped, innermost first.
from _driver import *


def gen(items):
    try:
        for i, item in enumerate(items):
            try:
                if (yield item):
                    return i
            finally:
                dropped("item")
        return -1
    finally:
        dropped("guard")


g = gen([4, 5, 6])
start(g)
send(g, False)
send(g, True)
g = gen([7, 8])
start(g)
send(g, False)
send(g, False)
