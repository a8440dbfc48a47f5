# Generator methods taking `&self`, `&mut self` and `self`.
from _driver import *


class Counter:
    def __init__(self, step, items):
        self.step = step
        self.items = items

    def ticks(self, n):
        for i in range(n):
            yield i * self.step

    def drain(self):
        k = 0
        while self.items:
            yield self.items.pop()
            k += 1
        return k

    def into_items(self):
        n = len(self.items)
        for item in self.items:
            yield item
        return n


c = Counter(3, [1, 2, 3])
g = c.ticks(3)
start(g)
send(g, None)
send(g, None)
send(g, None)
g = c.drain()
start(g)
send(g, None)
del g
note(f"left {show(c.items)}")
g = Counter(0, [7, 8]).into_items()
start(g)
send(g, None)
send(g, None)
