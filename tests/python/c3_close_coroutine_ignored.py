# C3 for the coroutine kind: "coroutine ignored GeneratorExit"; a second close at the new
# suspension lets the signal out.
from _driver import *


async def coro():
    try:
        await suspend(1)
    except GeneratorExit:
        log("ignoring exit")
    try:
        await suspend(2)
    finally:
        dropped("b")


c = coro()
start(c)
close(c)
state(c)
close(c)
state(c)
start(c)
