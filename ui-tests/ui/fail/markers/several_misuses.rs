// Independent misuses in one function are all reported in one compile, each at its token.
use coro_core::yield_;

#[coro_core::coroutine(yield = u32, send = bool)]
fn many(values: Vec<u32>, x: Option<u32>) {
    values.iter().for_each(|v| {
        yield_!(*v);
    });
    println!("{}", yield_!(0));
    match x {
        Some(v) if yield_!(v) => {}
        _ => {}
    }
    let _ = async { yield_!(1) };
}

fn main() {
    let _ = many(vec![], None);
}
