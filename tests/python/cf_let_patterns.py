# Tuple patterns in `let` destructure sent values; the parts live across later suspensions.
from _driver import *


def gen():
    (a, b) = yield (0, 0)
    (c, d) = yield (b, a)
    log(f"a={a} b={b} c={c} d={d}")
    return a * 1000 + b * 100 + c * 10 + d


g = gen()
start(g)
send(g, (1, 2))
send(g, (3, 4))
