# C3: close raises the exit signal at the suspension point; cleanup runs innermost first
# (locals in reverse declaration order); the signal propagates out: success, no value.
from _driver import *


def gen():
    try:
        log("outer")
        try:
            yield 1
            log("not reached")
        finally:
            dropped("b")
    finally:
        dropped("a")


g = gen()
start(g)
close(g)
state(g)
send(g, None)
