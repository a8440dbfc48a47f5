# C3: closing inside a loop body drops the iteration's locals, then the outer ones.
from _driver import *


def gen():
    try:
        i = 0
        while True:
            try:
                yield i
            finally:
                dropped(f"iteration")
            i += 1
    finally:
        dropped("outer")


g = gen()
start(g)
send(g, None)
send(g, None)
close(g)
