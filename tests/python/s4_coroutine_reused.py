# S4, T4: a finished coroutine-kind object is the reuse error for send, start and throw;
# C2: close is still a no-op.
from _driver import *


async def coro():
    x = await suspend(1)
    return x


c = coro()
start(c)
send(c, 5)
send(c, 6)
start(c)
throw(c, E(1))
close(c)
state(c)
