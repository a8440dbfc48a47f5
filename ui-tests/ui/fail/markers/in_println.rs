// A marker inside another macro's arguments: `println!` would expand it, outside the machine.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, send = u32)]
fn echo(x: u32) {
    println!("{}", yield_!(x));
}

fn main() {
    let _ = echo(1);
}
