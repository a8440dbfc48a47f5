# `let ... else` on a sent value: the else branch returns.
from _driver import *


def gen():
    total = 0
    while True:
        text = yield "number?"
        try:
            n = int(text)
        except ValueError:
            log(f"not a number: {text}")
            return total
        total += n


g = gen()
start(g)
send(g, "3")
send(g, "4")
send(g, "x")
