// Another macro's arguments are not part of the state machine.
use coro_core::async_with;

#[coro_core::coroutine(future)]
fn printing() {
    println!("{:?}", async_with!(let v = 1 { v }));
}

fn main() {
    let _ = printing();
}
