# S3: an error raised while running after a send is returned; the generator is finished.
from _driver import *


def gen():
    try:
        total = 0
        while True:
            x = yield total
            if x < 0:
                raise E(x)
            total += x
    finally:
        dropped("total")


g = gen()
start(g)
send(g, 2)
send(g, -1)
state(g)
send(g, 1)
close(g)
