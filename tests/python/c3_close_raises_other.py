# C3: another error escapes during close: close returns that error; the generator is finished.
from _driver import *


def gen():
    try:
        try:
            yield 1
        except GeneratorExit:
            log("exit caught")
            raise E(5)
    finally:
        dropped("a")


g = gen()
start(g)
close(g)
state(g)
close(g)
