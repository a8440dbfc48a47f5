# The Python twin of `poisoned` in regressions/main.rs.
from rt import *  # noqa: F401,F403


def poisoned(a):
    return (yield from poisoned_inner(a))


def poisoned_inner(a):
    x = yield 3
    if x < 0:
        pnc(1)
    return a


PROGRAMS = [("poisoned", lambda: poisoned(1), [[("start",), ("send", -1), ("state",), ("send", 10), ("throw", 3), ("send", 9), ("close",)]])]

if __name__ == "__main__":
    run_programs(PROGRAMS)
