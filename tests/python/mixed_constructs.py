def constructs():
    acc = 0
    v = (yield 1) if acc == 0 else 2
    acc += v
    x = acc
    if x > 100: acc = 0
    else:
        y = yield x; acc += y + x
    stack = [1, 2, 3]
    while stack:
        top = stack.pop(); acc += yield top
    done = False
    for i in range(3):
        for j in range(3):
            if j == 2: break
            if i == 2: done = True; break
            acc += yield i * 10 + j
        if done: break
    if acc > 1000: w = 7
    else:
        z = yield 99; w = z * 2
    acc += w
    s = 5
    s = s + (yield s)
    acc += s
    if acc % 2 == 0: q = yield 50
    else: q = 51
    acc += q
    t = (yield 100) - (yield 200)
    acc += t
    _ = yield acc
    return acc
g = constructs(); out = []; k = 0
try:
    y = next(g)
    while True:
        out.append(y); k += 1; y = g.send(k)
except StopIteration as e:
    out.append(-e.value)
print(out)
