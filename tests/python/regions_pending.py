log = []
class E(Exception):
    def __init__(self, m): self.m = m
    def __repr__(self): return f'Raised("{self.m}")'
def g1():
    try:
        yield 1; raise E("boom")
    finally:
        v = yield 2
        log.append(f"finally got {v}")
    return 99
def g2():
    for i in range(3):
        try:
            yield i
            if i == 1: return 50
        finally:
            log.append(f"fin {i}")
            if i == 1: yield 100
    return 7
def g3():
    n = 0
    while True:
        n += 1
        try:
            yield n
        finally:
            log.append(f"fin {n}")
            if n >= 2: break
    yield -1
    return n
def g4():
    try:
        r = yield 1
    except GeneratorExit:
        log.append("caught Exit"); yield 5; r = 0
    except E as e:
        log.append(f'caught Error("{e.m}")'); raise
    return r
def drive(g, script):
    out = []; done = False
    for cmd in script:
        try:
            if cmd == "start": r = f"Yielded({next(g)})"
            elif cmd == "close": v = g.close(); r = f"close {v}"
            elif cmd.startswith("throw "): r = f"Yielded({g.throw(E(cmd[6:]))})"
            else: r = f"Yielded({g.send(int(cmd))})"
        except StopIteration as s:
            r = "err Exhausted" if done else f"Complete({s.value})"; done = True
        except E as e: r = f"err {e!r}"; done = True
        except GeneratorExit: r = "err Exit(Generator)"; done = True
        except RuntimeError as e:
            r = "err IgnoredExit(Generator)" if "ignored GeneratorExit" in str(e) else f"err {e}"
        out.extend(log); log.clear(); out.append(f"{cmd} -> {r}")
    return " | ".join(out)
print(drive(g1(), ["start", "0", "5", "6"]))
print(drive(g1(), ["start", "close", "7", "8"]))
print(drive(g2(), ["start", "0", "0", "3", "4"]))
print(drive(g3(), ["start", "0", "0", "0"]))
print(drive(g3(), ["start", "0", "close", "0"]))
print(drive(g4(), ["start", "close", "1", "2"]))
print(drive(g4(), ["start", "throw e", "1"]))
