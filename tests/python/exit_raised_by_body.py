# The body raises the exit signal itself outside close: it escapes the resume (Error::Exit).
from _driver import *


def gen():
    try:
        yield 1
        log("raising exit")
        raise GeneratorExit
    finally:
        dropped("a")


g = gen()
start(g)
send(g, None)
state(g)
send(g, None)
close(g)
