use coro_core::{try_, yield_};

#[derive(Debug)]
struct E;

#[coro_core::coroutine(generator, yield = u32, error = E)]
fn numbers() {
    try_! {
        { yield_!(1); }
        finally { }
        catch (e) { let _ = e; }
    }
}

fn main() {
    let _ = numbers();
}
