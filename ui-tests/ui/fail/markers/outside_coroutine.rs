// `yield_!` in a plain function: there is no state machine to suspend.
use coro_core::yield_;

fn plain() -> u32 {
    yield_!(1);
    2
}

fn main() {
    let _ = plain();
}
