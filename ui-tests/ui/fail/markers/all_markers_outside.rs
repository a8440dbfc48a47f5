// Each marker used outside a `#[coroutine]` function explains itself, once per use.
use coro_core::{await_, try_, yield_catch, yield_from};

fn plain() {
    let _ = yield_catch!(1);
    let _ = await_!(other());
    let _ = yield_from!(other());
    try_! {
        { }
        finally { }
    }
}

fn other() {}

fn main() {
    plain();
}
