use coro_core::{try_, yield_};

#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    try_! {
        { yield_!(1); }
        except (e) { let _ = e; }
    }
}

fn main() {
    let _ = numbers();
}
