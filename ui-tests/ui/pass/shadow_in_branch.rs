// Bindings that shadow a kept local inside a nested block, an `if` branch, a loop that breaks
// out and a labeled block that breaks out, each suspending while the inner binding is in
// scope: the outer binding is back in scope afterwards.
#![deny(warnings)]

use coro_core::yield_;

#[coro_core::coroutine(generator, yield = u32)]
fn in_loop(flag: bool) {
    let x = 1;
    loop {
        if flag {
            let x = 2;
            yield_!(x);
            break;
        }
        break;
    }
    yield_!(x);
}

#[coro_core::coroutine(generator, yield = u32)]
fn in_block() {
    let x = 1;
    {
        let x = 2;
        yield_!(x);
    }
    yield_!(x);
}

#[coro_core::coroutine(generator, yield = u32)]
fn in_labeled_block(flag: bool) {
    let x = 1;
    'outer: {
        let x = 2;
        yield_!(x);
        if flag {
            break 'outer;
        }
        yield_!(x + 1);
    }
    yield_!(x);
}


fn main() {
    assert_eq!(in_loop(true).collect::<Vec<_>>(), [2, 1]);
    assert_eq!(in_loop(false).collect::<Vec<_>>(), [1]);
    assert_eq!(in_block().collect::<Vec<_>>(), [2, 1]);
    assert_eq!(in_labeled_block(true).collect::<Vec<_>>(), [2, 1]);
    assert_eq!(in_labeled_block(false).collect::<Vec<_>>(), [2, 3, 1]);
}
