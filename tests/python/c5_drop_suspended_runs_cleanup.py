# C5: dropping a suspended generator closes it (C3): its cleanup runs.
from _driver import *


def gen():
    try:
        try:
            yield 1
            log("not reached")
        finally:
            dropped("b")
    finally:
        dropped("a")


g = gen()
start(g)
note("drop")
del g
note("after drop")
