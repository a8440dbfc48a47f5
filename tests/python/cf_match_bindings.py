# `match` on a sent value, with guards, and a binding used after a suspension in its arm.
from _driver import *


def gen():
    acc = 1
    while True:
        cmd = yield acc
        match cmd:
            case ("add", n) if n < 0:
                log("negative add ignored")
            case ("add", n):
                acc += n
            case ("mul", k):
                seen = yield -k
                log(f"mul {k} after {show(seen)}")
                acc *= k
            case ("quit",):
                return acc


g = gen()
start(g)
send(g, ("add", 4))
send(g, ("add", -2))
send(g, ("mul", 3))
send(g, ("add", 1))
send(g, ("quit",))
