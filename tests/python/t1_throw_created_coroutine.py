# T1 for the coroutine kind; afterwards it is finished (S4: reuse error).
from _driver import *


async def coro():
    try:
        log("body ran")
        await suspend(1)
    finally:
        dropped("guard")


c = coro()
throw(c, E(2))
state(c)
start(c)
close(c)
