# T2 for the coroutine kind: the error is raised at the await point and caught there.
from _driver import *


async def coro():
    total = 0
    for i in range(3):
        try:
            total += await suspend(i)
        except E as e:
            log(f"caught {e!r}")
            total -= e.code
    return total


c = coro()
start(c)
send(c, 10)
throw(c, E(4))
send(c, 1)
state(c)
