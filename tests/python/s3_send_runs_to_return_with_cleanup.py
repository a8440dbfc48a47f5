# S3: a send that runs to the return drops the locals before the completion is reported.
from _driver import *


def gen():
    try:
        x = yield 1
        try:
            y = yield x + 1
        finally:
            dropped("b")
        return x * y
    finally:
        dropped("a")


g = gen()
start(g)
send(g, 3)
send(g, 4)
state(g)
