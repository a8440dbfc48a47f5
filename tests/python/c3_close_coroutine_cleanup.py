# C3 for the coroutine kind: cleanup runs, close succeeds with no value, then reuse error.
from _driver import *


async def coro():
    try:
        x = await suspend(1)
        try:
            await suspend(x)
        finally:
            dropped("b")
    finally:
        dropped("a")


c = coro()
start(c)
send(c, 2)
close(c)
state(c)
send(c, 3)
