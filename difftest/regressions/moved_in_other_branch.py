# The Python twin of `moved_in_other_branch` in regressions/main.rs.
from rt import *  # noqa: F401,F403


def moved_in_other_branch(a):
    g1 = G("g1")
    try:
        if a < 5:
            yield 1
        else:
            g1.drop()
        lg(2, a)
        return 1
    finally:
        g1.drop()


PROGRAMS = [("moved_in_other_branch", lambda: moved_in_other_branch(3), [[("start",), ("send", 1)], [("start",), ("close",)]])]

if __name__ == "__main__":
    run_programs(PROGRAMS)
