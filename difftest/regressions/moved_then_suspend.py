# The Python twin of `moved_then_suspend` in regressions/main.rs.
from rt import *  # noqa: F401,F403


def moved_then_suspend(a):
    g2 = G("g2")
    try:
        if a < 10:
            if a < 0:
                g2.drop()
        yield 1
        return 1
    finally:
        g2.drop()


PROGRAMS = [("moved_then_suspend", lambda: moved_then_suspend(4), [[("start",)], [("start",), ("send", 1)]])]

if __name__ == "__main__":
    run_programs(PROGRAMS)
