# C5: a body error raised while being dropped goes to the hook, after the cleanup.
from _driver import *


def gen():
    try:
        try:
            yield 1
        except GeneratorExit:
            raise E(9)
    finally:
        dropped("a")


g = gen()
start(g)
note("drop")
del g
note("after drop")
