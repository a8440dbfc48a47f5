// Names the expansion might use for itself must stay free for the user: arguments and locals
// named `state`, `resume`, `body`, `input`, `__coro_state`, and a `mod core {}` that shadows the
// `core` crate for relative paths.
#![deny(warnings)]

use coro_core::{Coroutine, Step, yield_};

mod core {}

#[coro_core::coroutine(yield = u32, send = u32)]
fn locals(state: u32) -> u32 {
    let resume = state + 1;
    let mut body = resume * 2;
    let input = yield_!(body);
    let __coro_state = input + body;
    body += yield_!(__coro_state);
    state + resume + body + input + __coro_state
}

#[coro_core::coroutine(generator, yield = u32)]
fn arguments(state: u32, resume: u32, body: u32, input: u32, __coro_state: u32) {
    yield_!(state);
    yield_!(resume);
    yield_!(body);
    yield_!(input);
    yield_!(__coro_state);
}

fn main() {
    let mut c = locals(1);
    // resume = 2, body = 4
    assert_eq!(c.start().unwrap(), Step::Yielded(4));
    // input = 10, __coro_state = 14
    assert_eq!(c.send(10).unwrap(), Step::Yielded(14));
    // body = 4 + 100 = 104; 1 + 2 + 104 + 10 + 14
    assert_eq!(c.send(100).unwrap(), Step::Complete(131));

    assert_eq!(
        arguments(1, 2, 3, 4, 5).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
}
