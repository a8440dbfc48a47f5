log = []
class E(Exception):
    def __init__(self, m): self.m = m
    def __repr__(self): return f'Raised("{self.m}")'
def inner(tag):
    try:
        a = yield 1
        log.append(f"{tag} got {a}")
        b = yield 2
        log.append(f"{tag} got {b}")
        r = a + b
    except E as e:
        log.append(f"{tag} caught {e.m}")
        if e.m == "fatal": raise
        r = -1
    finally:
        log.append(f"{tag} finally")
    return r * 10
def outer():
    x = yield from inner("in1")
    log.append(f"outer got {x}")
    try:
        y = yield from inner("in2")
    except E as e:
        log.append(f"outer caught {e.m}"); y = 7
    return x + y
def run(script):
    g = outer(); out = []; done = False
    for cmd in script:
        try:
            if cmd == "start": r = f"Yielded({next(g)})"
            elif cmd == "close":
                v = g.close(); r = f"close {v}"
            elif cmd.startswith("throw "): r = f"Yielded({g.throw(E(cmd[6:]))})"
            else: r = f"Yielded({g.send(int(cmd))})"
        except StopIteration as s:
            r = "Complete(%s)" % s.value if not done else "err Exhausted"
            if done: r = "err Exhausted"
            done = True
        except E as e:
            r = f"err {e!r}"; done = True
        out.extend(log); log.clear(); out.append(f"{cmd} -> {r}")
    return out
for s in [["start","3","4","5","6"],["start","3","throw boom","5","throw x"],["start","throw fatal"],["start","3","4","throw fatal","9"],["start","3","close"],["start","3","4","5","close"]]:
    print(" | ".join(run(s)))
