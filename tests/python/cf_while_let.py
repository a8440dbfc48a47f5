# `while let Some(top) = stack.pop()` with a suspension that can push more work.
from _driver import *


def gen(stack):
    seen = 0
    while stack:
        top = stack.pop()
        seen += 1
        extra = yield top
        if extra is not None:
            stack.append(extra)
    return seen


g = gen([1, 2, 3])
start(g)
for v in [None, 9, None, None, 8, None]:
    send(g, v)
