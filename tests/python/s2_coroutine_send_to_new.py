# S2 for the coroutine kind: "can't send non-None value to a just-started coroutine".
from _driver import *


async def coro():
    log("started")
    x = await suspend(1)
    return x + 1


c = coro()
send(c, 5)
state(c)
start(c)
send(c, 41)
state(c)
send(c, 1)
