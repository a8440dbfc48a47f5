# `if let` / `else if` / `else` on a sent Option, with a suspension inside the `if let` arm.
from _driver import *


def gen():
    s = 0
    while True:
        x = yield s
        if x is not None:
            y = yield x * 2
            s += x + (0 if y is None else y)
        elif s > 10:
            return s
        else:
            log("nothing sent")


g = gen()
start(g)
for v in [None, 3, 4, None, 2, None, 5, 1, None]:
    send(g, v)
