use coro_core::{Coroutine, Step, yield_};

#[coro_core::coroutine(generator, yield = u64)]
fn count(n: u64) {
    for i in 0..n {
        yield_!(i);
    }
}

#[coro_core::coroutine(yield = f64, send = f64)]
fn averager() -> f64 {
    let mut total = 0.0;
    let mut n = 0.0;
    let mut avg = 0.0;
    loop {
        let x = yield_!(avg);
        if x < 0.0 {
            return avg;
        }
        total += x;
        n += 1.0;
        avg = total / n;
    }
}

#[test]
fn smoke_count() {
    assert_eq!(count(4).collect::<Vec<_>>(), vec![0, 1, 2, 3]);
}

#[test]
fn smoke_averager() {
    let mut a = averager();
    assert_eq!(a.start().unwrap(), Step::Yielded(0.0));
    assert_eq!(a.send(10.0).unwrap(), Step::Yielded(10.0));
    assert_eq!(a.send(20.0).unwrap(), Step::Yielded(15.0));
    assert_eq!(a.send(-1.0).unwrap(), Step::Complete(15.0));
}
