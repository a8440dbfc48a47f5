// Every name the expansion uses for itself (`__coro_st`, `__coro_blk`, `__coro_input`, ...) and
// the obvious ones (`state`, `resume`) stay free for the user: as arguments, locals, a loop
// label and a local that lives across suspensions.
#![deny(warnings)]

use coro_core::{Coroutine, Resumed, Step, yield_, yield_catch};

#[coro_core::coroutine(yield = u32, send = u32)]
fn locals(state: u32, resume: u32) -> u32 {
    let __coro_state = state + resume;
    let __coro_st = yield_!(__coro_state);
    let __coro_blk = __coro_st * 2;
    let __coro_input = yield_!(__coro_blk);
    let __coro_machine = __coro_input + 1;
    let __coro_arg0 = yield_!(__coro_machine);
    let __coro_yielded = __coro_arg0 + __coro_st;
    let mut __coro_sent = 0;
    '__coro_next: loop {
        __coro_sent += yield_!(__coro_yielded);
        if __coro_sent > 10 {
            break '__coro_next;
        }
    }
    let __coro_in = match yield_catch!(__coro_sent) {
        Resumed::Sent(v) => v,
        _ => 0,
    };
    let __coro_h1 = 1;
    let __coro_f1 = 2;
    let __coro_t2 = 3;
    let __coro_a0 = 4;
    let __coro_arg_0 = yield_!(__coro_h1 + __coro_f1 + __coro_t2 + __coro_a0);
    __coro_state + __coro_st + __coro_blk + __coro_input + __coro_in + __coro_arg_0
}

#[coro_core::coroutine(generator, yield = u32)]
fn arguments(__coro_st: u32, __coro_blk: u32, __coro_input: u32, __coro_arg0: u32, __coro_a0: u32) {
    yield_!(__coro_st);
    yield_!(__coro_blk);
    yield_!(__coro_input);
    yield_!(__coro_arg0);
    yield_!(__coro_a0);
}

// The names the labeled blocks use to move an array updated at a computed index into the
// state element by element (`__coro_w`, `__coro_e0`, ...), as the user's own.
#[coro_core::coroutine(yield = u32, send = u32)]
fn tallies() -> u32 {
    let mut hist = [0u32; 3];
    let __coro_w = 10;
    let mut __coro_e0 = 0;
    loop {
        let v = yield_!(hist[0] + __coro_e0);
        if v >= 3 {
            break;
        }
        hist[v as usize] += __coro_w;
        __coro_e0 += 1;
    }
    hist[0] + hist[1] + hist[2] + __coro_e0
}

// Type and item names a user might pick for their own enums.
#[derive(Debug, PartialEq)]
enum State {
    Created,
    Finished,
}

#[derive(Debug, PartialEq)]
enum Block {
    Entry,
}

#[coro_core::coroutine(generator, yield = State)]
fn items(_b: Block) {
    yield_!(State::Created);
    yield_!(State::Finished);
}

fn main() {
    let mut c = locals(1, 2);
    assert_eq!(c.start(), Ok(Step::Yielded(3))); // __coro_state = 3
    assert_eq!(c.send(4), Ok(Step::Yielded(8))); // __coro_st = 4, __coro_blk = 8
    assert_eq!(c.send(5), Ok(Step::Yielded(6))); // __coro_input = 5, machine = 6
    assert_eq!(c.send(7), Ok(Step::Yielded(11))); // arg0 = 7, yielded = 11
    assert_eq!(c.send(6), Ok(Step::Yielded(11))); // sent = 6
    assert_eq!(c.send(6), Ok(Step::Yielded(12))); // sent = 12 > 10, catch yields 12
    assert_eq!(c.send(20), Ok(Step::Yielded(10))); // __coro_in = 20
    // 3 + 4 + 8 + 5 + 20 + 100
    assert_eq!(c.send(100), Ok(Step::Complete(140)));

    let mut t = tallies();
    assert_eq!(t.start(), Ok(Step::Yielded(0)));
    assert_eq!(t.send(0), Ok(Step::Yielded(11))); // hist[0] = 10, one update
    assert_eq!(t.send(2), Ok(Step::Yielded(12))); // hist[2] = 10
    assert_eq!(t.send(5), Ok(Step::Complete(22))); // 10 + 0 + 10 + 2

    assert_eq!(arguments(1, 2, 3, 4, 5).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    assert_eq!(
        items(Block::Entry).collect::<Vec<_>>(),
        [State::Created, State::Finished]
    );
}
