# Labeled `continue 'outer` / `break 'outer` / `continue 'inner` out of a suspension in
# nested loops (Python has no labels: flags do the same).
from _driver import *


def gen():
    found = []
    for i in range(1, 4):
        j = 0
        skip_row = False
        stop = False
        while True:
            j += 1
            if j > 3:
                break
            v = yield (i, j)
            if v == "skip":
                skip_row = True
                break
            elif v == "stop":
                stop = True
                break
            elif v == "next":
                continue
            else:
                found.append((i, j))
        if stop:
            break
        if skip_row:
            continue
        log(f"row {i} done")
    return found


g = gen()
start(g)
for v in ["keep", "skip", "next", "keep", "keep", "stop"]:
    send(g, v)
