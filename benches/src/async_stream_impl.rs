//! async-stream: `stream! { ... yield v ... }`, polled by hand with a no-op waker (no
//! executor). A stream takes no input and has no return value: no `echo`, and `delegate`
//! carries the values only.

use core::hint::black_box;
use core::mem::size_of_val;
use core::pin::{Pin, pin};
use core::task::{Context, Poll, Waker};

use async_stream::stream;
use futures::Stream;

use crate::{Guard, Implementation, Kib, Sizes, by_depth, create_drop_with};

pub const IMPLEMENTATION: Implementation = Implementation {
    name: "async-stream",
    count,
    echo: None,
    delegate: Some(delegate),
    delegate_returns: false,
    create_drop,
    sizes,
    note: "no send (streams take no input): no echo; no return values",
};

#[inline]
fn poll<S: Stream + ?Sized>(s: Pin<&mut S>) -> Option<S::Item> {
    match s.poll_next(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(item) => item,
        Poll::Pending => unreachable!("nothing here waits"),
    }
}

fn drain(s: impl Stream<Item = u64>) -> u64 {
    let mut s = pin!(s);
    let mut sum = 0u64;
    while let Some(v) = poll(s.as_mut()) {
        sum = sum.wrapping_add(black_box(v));
    }
    sum
}

fn counter(n: u64) -> impl Stream<Item = u64> {
    stream! {
        for i in 0..n {
            yield i;
        }
    }
}

fn count(n: u64) -> u64 {
    drain(counter(n))
}

fn level(inner: impl Stream<Item = u64>) -> impl Stream<Item = u64> {
    stream! {
        for await v in inner {
            yield v;
        }
    }
}

fn delegate(depth: usize, n: u64) -> u64 {
    by_depth(
        depth,
        || drain(level(counter(n))),
        || drain(level(level(level(counter(n))))),
        || {
            drain(level(level(level(level(level(level(level(level(
                level(level(counter(n))),
            )))))))))
        },
    )
}

fn create_drop(cycles: u64) -> u64 {
    create_drop_with(cycles, |seed| {
        let s = stream! {
            let _g = Guard(seed);
            let mut i = seed;
            loop {
                yield i;
                i += 1;
            }
        };
        let mut s = pin!(s);
        let mut next = || poll(s.as_mut()).unwrap_or_default();
        next() + next() + next()
    })
}

fn suspended_size(s: impl Stream<Item = u64>) -> usize {
    let mut s = pin!(s);
    assert_eq!(poll(s.as_mut()), Some(1));
    let size = size_of_val(&*s);
    assert_eq!(
        (poll(s.as_mut()), poll(s.as_mut()), poll(s.as_mut())),
        (Some(3), Some(5), None)
    );
    size
}

fn sizes() -> Sizes {
    let one_body = stream! {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x = black_box([1u8; 1024]);
        yield a;
        let y = black_box([2u8; 1024]);
        yield b + u64::from(x[3]);
        yield a + b + u64::from(y[5]);
    };
    let moved = stream! {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x = Kib(black_box([1u8; 1024]));
        yield a;
        let x3 = Kib::consume(x);
        let y = black_box([2u8; 1024]);
        yield b + x3;
        yield a + b + u64::from(y[5]);
    };
    let own_blocks = stream! {
        let a = black_box(1u64);
        let b = black_box(2u64);
        let x3 = {
            let x = black_box([1u8; 1024]);
            yield a;
            u64::from(x[3])
        };
        let y5 = {
            let y = black_box([2u8; 1024]);
            yield b + x3;
            u64::from(y[5])
        };
        yield a + b + y5;
    };
    Sizes {
        one_body: suspended_size(one_body),
        own_blocks: suspended_size(own_blocks),
        moved: suspended_size(moved),
        note: "inline",
    }
}
