# A generator with send = () and no error is an iterator: `for` consumes it.
from _driver import *


def count(n):
    for i in range(n):
        yield i * i


items(count(4))
items(count(0))
