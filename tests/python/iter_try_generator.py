# A generator with send = () and a declared error iterates `Result`s: the error comes out
# once, then the iteration ends.
from _driver import *


def gen(fail_at):
    for i in range(5):
        if i == fail_at:
            raise E(i)
        yield i


items(gen(2))
items(gen(9))
