use coro_core::{
    AsyncContextManager, AsyncGenerator, Caught, Coroutine, Step, async_for, async_with, await_,
    yield_,
};
use futures::StreamExt;

#[coro_core::coroutine(future)]
fn add_later(rx: futures::channel::oneshot::Receiver<i32>, k: i32) -> i32 {
    let v = await_!(rx).unwrap_or(-1);
    v + k
}

#[test]
fn future_kind_runs_on_block_on() {
    let (tx, rx) = futures::channel::oneshot::channel();
    let fut = add_later(rx, 5);
    let handle = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(20));
        tx.send(10).unwrap();
    });
    assert_eq!(futures::executor::block_on(fut), Ok(15));
    handle.join().unwrap();
}

#[coro_core::coroutine(async_generator, yield = i32)]
fn numbers(n: i32) {
    let mut i = 0;
    while i < n {
        let v = await_!(ready(i * 10)).unwrap();
        yield_!(v);
        i += 1;
    }
}

fn ready(v: i32) -> futures::channel::oneshot::Receiver<i32> {
    let (tx, rx) = futures::channel::oneshot::channel();
    tx.send(v).unwrap();
    rx
}

#[coro_core::coroutine(future)]
fn total(n: i32) -> i32 {
    let mut sum = 0;
    async_for!(x in numbers(n) {
        if x > 30 {
            break;
        }
        sum += x;
    });
    sum
}

#[test]
fn async_for_over_async_gen() {
    assert_eq!(futures::executor::block_on(total(10)), Ok(60));
    let v: Vec<i32> = futures::executor::block_on(numbers(4).map(|x| x + 1).collect());
    assert_eq!(v, [1, 11, 21, 31]);
}

struct Tx {
    name: &'static str,
}

#[coro_core::coroutine(future)]
fn note_async(text: String) {
    println!("{text}");
}

#[coro_core::coroutine(future)]
fn decide(text: String, suppress: bool) -> bool {
    println!("{text}");
    suppress
}

impl AsyncContextManager for Tx {
    type Value = &'static str;
    type Yield = coro_core::Pending;
    type Send = ();
    type Error = std::convert::Infallible;
    fn aenter(
        &mut self,
    ) -> impl Coroutine<
        Yield = coro_core::Pending,
        Send = (),
        Return = &'static str,
        Error = std::convert::Infallible,
    > + use<> {
        let name = self.name;
        let _ = note_async(format!("enter {name}"));
        coro_core::__private::into_awaiter(Ready(Some(name)))
    }
    fn aexit(
        &mut self,
        error: Option<&Caught<std::convert::Infallible>>,
    ) -> impl Coroutine<
        Yield = coro_core::Pending,
        Send = (),
        Return = bool,
        Error = std::convert::Infallible,
    > + use<> {
        decide(format!("exit {} {:?}", self.name, error), false)
    }
}

#[derive(Debug)]
struct Ready<T>(Option<T>);
impl<T> Coroutine for Ready<T> {
    type Yield = coro_core::Pending;
    type Send = ();
    type Return = T;
    type Error = std::convert::Infallible;
    fn kind(&self) -> coro_core::Kind {
        coro_core::Kind::Coroutine
    }
    fn state(&self) -> coro_core::State {
        coro_core::State::Created
    }
    fn start(
        &mut self,
    ) -> Result<Step<coro_core::Pending, T>, coro_core::Error<std::convert::Infallible>> {
        Ok(Step::Complete(self.0.take().unwrap()))
    }
    fn send(
        &mut self,
        _: (),
    ) -> Result<Step<coro_core::Pending, T>, coro_core::Error<std::convert::Infallible>> {
        self.start()
    }
    fn throw(
        &mut self,
        e: std::convert::Infallible,
    ) -> Result<Step<coro_core::Pending, T>, coro_core::Error<std::convert::Infallible>> {
        match e {}
    }
    fn close(&mut self) -> Result<Option<T>, coro_core::Error<std::convert::Infallible>> {
        Ok(None)
    }
}

#[coro_core::coroutine(future)]
fn with_tx() -> i32 {
    let mut n = 0;
    async_with!(let name = (Tx { name: "t1" }) {
        println!("inside {name}");
        n += 1;
    });
    n
}

#[test]
fn async_with_runs_exit() {
    assert_eq!(futures::executor::block_on(with_tx()), Ok(1));
}

#[test]
fn asend_manual() {
    let mut g = numbers(2);
    assert_eq!(g.asend(()).start(), Ok(Step::Complete(Some(0))));
    assert_eq!(g.asend(()).start(), Ok(Step::Complete(Some(10))));
    assert_eq!(g.asend(()).start(), Ok(Step::Complete(None)));
    assert_eq!(g.aclose().start(), Ok(Step::Complete(())));
}
