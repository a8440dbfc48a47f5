// Every supported signature form, each driven once from `main`: free functions with and
// without arguments, pattern and `mut` arguments, generics (types, lifetimes, consts),
// where-clauses, `impl Trait` arguments, `dyn` arguments, visibility, every receiver, inherent
// and trait methods (declared, defaulted, implemented), `Self` in the body, an `impl Trait`
// return type, every attribute argument and both kinds.
#![deny(warnings)]

use coro_core::{Coroutine, Error, Step, yield_};

#[coro_core::coroutine]
fn no_arguments() {}

#[coro_core::coroutine(generator, yield = u32)]
pub fn public(n: u32) {
    yield_!(n);
}

#[coro_core::coroutine(generator, yield = u32)]
pub(crate) fn patterns((a, b): (u32, u32), mut c: u32, [d, _]: [u32; 2], Wrapper(e): Wrapper) {
    c += 1;
    yield_!(a + b + c + d + e);
}

struct Wrapper(u32);

#[coro_core::coroutine(generator, yield = &'a str)]
fn lifetimes<'a, 'b: 'a>(first: &'a str, second: &'b str) {
    yield_!(first);
    yield_!(second);
}

#[coro_core::coroutine(generator, yield = T)]
fn generic_types<T, U>(values: Vec<T>, extra: U) -> U
where
    T: Clone + std::fmt::Debug,
    U: Default,
{
    for v in values {
        yield_!(v.clone());
    }
    extra
}

#[coro_core::coroutine(generator, yield = [u8; N])]
fn const_generic<const N: usize>(fill: u8) {
    yield_!([fill; N]);
}

#[coro_core::coroutine(yield = usize, send = String)]
fn impl_trait_argument(mut sink: impl FnMut(&str), prefix: impl AsRef<str>) -> usize {
    let mut total = 0;
    loop {
        let word = yield_!(total);
        if word.is_empty() {
            return total;
        }
        sink(prefix.as_ref());
        sink(&word);
        total += word.len();
    }
}

#[coro_core::coroutine(generator, yield = u32)]
fn dyn_argument(f: &dyn Fn(u32) -> u32, boxed: Box<dyn Fn(u32) -> u32>) {
    yield_!(f(1));
    yield_!(boxed(2));
}

#[coro_core::coroutine(generator, yield = u32)]
fn impl_trait_return() -> impl std::fmt::Debug {
    yield_!(1);
    2
}

#[derive(Debug, Clone, PartialEq)]
struct Failure(&'static str);

#[coro_core::coroutine(generator, yield = u32, error = Failure)]
fn fallible_generator(fail_at: u32) {
    for i in 0..3 {
        if i == fail_at {
            Err(Failure("boom"))?;
        }
        yield_!(i);
    }
}

#[coro_core::coroutine(coroutine, yield = u32, send = u32, error = Failure, clone)]
fn every_argument(start: u32) -> u32 {
    let sent = yield_!(start);
    sent * 2
}

#[coro_core::coroutine(generator, yield = u32, crate = "::coro_core")]
fn explicit_crate() {
    yield_!(7);
}

struct Counter<T> {
    items: Vec<T>,
    taken: usize,
}

impl<T: Clone> Counter<T> {
    #[coro_core::coroutine(generator, yield = T)]
    fn by_ref(&self) {
        for item in &self.items {
            yield_!(item.clone());
        }
    }

    #[coro_core::coroutine(generator, yield = usize)]
    fn by_mut(&mut self) {
        while self.taken < self.items.len() {
            self.taken += 1;
            yield_!(self.taken);
        }
    }

    #[coro_core::coroutine(generator, yield = usize)]
    fn by_value(self) -> Self {
        yield_!(self.items.len());
        self
    }

    #[coro_core::coroutine(generator, yield = usize)]
    fn by_mut_value(mut self) -> Vec<T> {
        self.items.truncate(1);
        yield_!(self.items.len());
        self.items
    }

    #[coro_core::coroutine(generator, yield = usize)]
    fn associated(items: Vec<T>) -> Self {
        let this = Self { items, taken: 0 };
        yield_!(this.items.len());
        this
    }
}

trait Source {
    #[coro_core::coroutine(generator, yield = u32)]
    fn declared(&self);

    #[coro_core::coroutine(generator, yield = u32)]
    fn defaulted(&self) {
        yield_!(self.base());
    }

    fn base(&self) -> u32;
}

impl Source for Wrapper {
    #[coro_core::coroutine(generator, yield = u32)]
    fn declared(&self) {
        yield_!(self.0);
    }

    fn base(&self) -> u32 {
        self.0 * 10
    }
}

fn main() {
    let mut c = no_arguments();
    assert_eq!(c.start(), Ok(Step::Complete(())));
    assert_eq!(public(3).collect::<Vec<_>>(), [3]);
    assert_eq!(patterns((1, 2), 3, [4, 5], Wrapper(6)).collect::<Vec<_>>(), [17]);
    assert_eq!(lifetimes("a", "b").collect::<Vec<_>>(), ["a", "b"]);

    let mut g = generic_types(vec!['x', 'y'], 5_i64);
    assert_eq!(g.start(), Ok(Step::Yielded('x')));
    assert_eq!(g.send(()), Ok(Step::Yielded('y')));
    assert_eq!(g.send(()), Ok(Step::Complete(5)));

    assert_eq!(const_generic::<3>(9).collect::<Vec<_>>(), [[9, 9, 9]]);

    let mut seen = Vec::new();
    {
        let mut w = impl_trait_argument(|s| seen.push(s.to_owned()), "+");
        assert_eq!(w.start(), Ok(Step::Yielded(0)));
        assert_eq!(w.send(String::from("ab")), Ok(Step::Yielded(2)));
        assert_eq!(w.send(String::new()), Ok(Step::Complete(2)));
    }
    assert_eq!(seen, ["+", "ab"]);

    let add = |x| x + 10;
    assert_eq!(
        dyn_argument(&add, Box::new(|x| x * 3)).collect::<Vec<_>>(),
        [11, 6]
    );

    let mut r = impl_trait_return();
    assert_eq!(r.start().map(Step::yielded), Ok(Some(1)));
    assert_eq!(
        r.send(()).map(|s| format!("{:?}", s.complete())),
        Ok(String::from("Some(2)"))
    );

    assert_eq!(
        fallible_generator(2).collect::<Vec<_>>(),
        [Ok(0), Ok(1), Err(Error::Raised(Failure("boom")))]
    );

    let mut e = every_argument(4);
    assert_eq!(e.start(), Ok(Step::Yielded(4)));
    let mut copy = e.clone();
    assert_eq!(e.send(5), Ok(Step::Complete(10)));
    assert_eq!(copy.send(6), Ok(Step::Complete(12)));

    assert_eq!(explicit_crate().collect::<Vec<_>>(), [7]);

    let mut counter = Counter {
        items: vec![1, 2],
        taken: 0,
    };
    assert_eq!(counter.by_ref().collect::<Vec<_>>(), [1, 2]);
    assert_eq!(counter.by_mut().collect::<Vec<_>>(), [1, 2]);
    let mut v = counter.by_value();
    assert_eq!(v.start().map(Step::yielded), Ok(Some(2)));
    let Ok(Step::Complete(counter)) = v.send(()) else {
        panic!("by_value did not complete")
    };
    let mut m = counter.by_mut_value();
    assert_eq!(m.start(), Ok(Step::Yielded(1)));
    assert_eq!(m.send(()), Ok(Step::Complete(vec![1])));
    let mut a = Counter::associated(vec!['a']);
    assert_eq!(a.start().map(Step::yielded), Ok(Some(1)));
    assert!(matches!(a.send(()), Ok(Step::Complete(Counter { taken: 0, .. }))));

    let w = Wrapper(4);
    assert_eq!(w.declared().collect::<Vec<_>>(), [4]);
    assert_eq!(w.defaulted().collect::<Vec<_>>(), [40]);
}
