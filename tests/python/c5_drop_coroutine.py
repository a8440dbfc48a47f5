# C5 for the coroutine kind: dropping a suspended coroutine runs its cleanup.
from _driver import *


async def coro():
    try:
        await suspend(1)
        await suspend(2)
    finally:
        dropped("a")


c = coro()
start(c)
send(c, None)
note("drop")
del c
note("after drop")
