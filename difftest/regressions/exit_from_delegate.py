# The Python twin of `exit_from_delegate` in regressions/main.rs.
from rt import *  # noqa: F401,F403


def exit_inner():
    if False:
        yield
    lg(1, 0)
    raise GeneratorExit


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        lg(2, 0)
    yield from exit_inner()
    return 0


def exit_from_delegate(a):
    g1 = G("g1")
    try:
        yield from catches_exit()
        return a
    finally:
        g1.drop()


PROGRAMS = [
    (
        "exit_from_delegate",
        lambda: exit_from_delegate(7),
        [
            [("start",), ("close",), ("send", 1)],
            [("start",), ("send", 5), ("send", 6)],
        ],
    )
]

if __name__ == "__main__":
    run_programs(PROGRAMS)
