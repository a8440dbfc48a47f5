# C1 for the coroutine kind; afterwards resuming is the reuse error (S4).
from _driver import *


async def coro():
    try:
        log("body ran")
        await suspend(1)
    finally:
        dropped("guard")


c = coro()
close(c)
state(c)
start(c)
close(c)
