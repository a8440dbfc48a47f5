# Locals of nested blocks are dropped at the end of their block, across suspensions; a close
# in the middle drops what is alive, innermost first.
from _driver import *


def gen():
    try:
        try:
            yield 1
            try:
                try:
                    yield 2
                finally:
                    dropped("d")
            finally:
                dropped("c")
            log("c and d dropped")
            yield 3
        finally:
            dropped("b")
        log("b dropped")
        yield 4
    finally:
        dropped("a")


g = gen()
start(g)
for _ in range(4):
    send(g, None)
g = gen()
start(g)
send(g, None)
close(g)
