# S3 for the coroutine kind: the running average of the README.
from _driver import *


async def averager():
    total = 0.0
    n = 0.0
    avg = 0.0
    while True:
        x = await suspend(avg)
        if x < 0.0:
            return avg
        total += x
        n += 1.0
        avg = total / n


c = averager()
start(c)
send(c, 10.0)
send(c, 20.0)
send(c, 60.0)
send(c, -1.0)
state(c)
