# A `while` loop whose condition reads what suspensions inside it produced.
from _driver import *


def gen(limit):
    total = 0
    count = 0
    while total < limit:
        total += yield total
        count += 1
    return (total, count)


g = gen(10)
start(g)
send(g, 4)
send(g, 5)
send(g, 6)
