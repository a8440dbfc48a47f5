# A `for` loop with `continue` and `break` around a suspension; sent values are seen.
from _driver import *


def gen(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 7:
            break
        x = yield i
        log(f"sent {x}")
    return "done"


g = gen(20)
start(g)
for v in [10, 20, 40, 50, 70]:
    send(g, v)
state(g)
