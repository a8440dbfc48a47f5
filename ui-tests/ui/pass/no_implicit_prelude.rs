// A crate without the implicit prelude: the expansion names nothing through the prelude.
#![no_implicit_prelude]
#![deny(warnings)]

use ::coro_core::{Coroutine, Resumed, Step, try_, yield_, yield_catch, yield_from};

#[derive(Debug, PartialEq)]
struct Oops;

#[::coro_core::coroutine(generator, yield = u32, send = u32, error = Oops)]
fn inner() -> u32 {
    let a = yield_!(1);
    match yield_catch!(2) {
        Resumed::Sent(b) => a + b,
        Resumed::Thrown(e) => ::core::result::Result::Err(e)?,
        Resumed::Exit => 0,
    }
}

#[::coro_core::coroutine(generator, yield = u32, send = u32, error = Oops)]
fn outer() -> u32 {
    let mut log = ::std::vec::Vec::new();
    let r = try_! {
        { yield_from!(inner()) }
        catch (e) { log.push(0); let _ = e; 7 }
        finally { log.push(1); }
    };
    for i in 0..2 {
        let x = yield_!(i);
        log.push(x);
    }
    r + log.len() as u32
}

/// `clone` derives `Clone` for the generated state: that must not need the prelude either.
#[::coro_core::coroutine(generator, yield = u32, clone)]
fn cloneable(n: u32) {
    yield_!(n);
    yield_!(n + 1);
}

fn main() {
    let mut a = cloneable(1);
    ::std::assert_eq!(a.start(), ::core::result::Result::Ok(Step::Yielded(1)));
    let mut b = ::core::clone::Clone::clone(&a);
    ::std::assert_eq!(a.send(()), ::core::result::Result::Ok(Step::Yielded(2)));
    ::std::assert_eq!(b.send(()), ::core::result::Result::Ok(Step::Yielded(2)));

    let mut c = outer();
    ::std::assert_eq!(c.start(), ::core::result::Result::Ok(Step::Yielded(1)));
    ::std::assert_eq!(c.send(2), ::core::result::Result::Ok(Step::Yielded(2)));
    ::std::assert_eq!(c.send(3), ::core::result::Result::Ok(Step::Yielded(0)));
    ::std::assert_eq!(c.send(4), ::core::result::Result::Ok(Step::Yielded(1)));
    // r = 5, log = [finally, 4, 5]
    ::std::assert_eq!(c.send(5), ::core::result::Result::Ok(Step::Complete(8)));
}
