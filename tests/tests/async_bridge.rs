//! The bridge to Rust's futures (issue 4): coroutines run on the executors of the `futures`
//! crate (`block_on`, `LocalPool`, `ThreadPool`), talk through its channels, await its futures
//! and streams (`await_!`, `async_for!`, I2) and are awaited by them; async generators are
//! `Stream`s (I1, I3); the waker reaches the future awaited inside; dropping a coroutine-future
//! cancels it and runs its cleanup once (C5, E1); `?` comes out of `block_on` as
//! `Error::Raised`.
//!
//! No assertion depends on timing: where an order matters, a thread waits for the event it
//! must follow (a task waiting on a gate) instead of sleeping; other sleeps only make it likely
//! that a coroutine really waits.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::Duration;

use coro_core::{
    AsyncContextManager, AsyncGenerator, AsyncIterator, Caught, Coroutine, Error, FutureAwaiter,
    Input, Kind, Pending, State, Step, async_for, async_with, await_, try_, yield_,
};
use futures::channel::{mpsc, oneshot};
use futures::executor::{LocalPool, ThreadPool, block_on};
use futures::task::{LocalSpawnExt, SpawnExt};
use futures::{FutureExt, SinkExt, StreamExt, TryStreamExt};

use coro_tests::{E, Noisy, log, strings, traced};

// ---------------------------------------------------------------------------------------------
// Helpers: futures written by hand, so that when they are ready is up to the test.

/// Ready on its second poll; wakes its task before answering `Pending` the first time (tokio's
/// `yield_now`): the task goes to the back of the executor's queue.
#[derive(Debug, Default)]
struct YieldNow(bool);

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

fn yield_now() -> YieldNow {
    YieldNow(false)
}

#[derive(Debug, Default)]
struct GateState {
    value: Option<i32>,
    waker: Option<Waker>,
    polls: usize,
}

/// A value set from elsewhere (another thread): its future counts its polls and keeps the
/// waker of its last `Pending` poll; [`Gate::open`] wakes that waker.
#[derive(Debug, Clone, Default)]
struct Gate(Arc<Mutex<GateState>>);

impl Gate {
    /// Sets the value and wakes the waiting task; tells whether there was one to wake.
    fn open(&self, value: i32) -> bool {
        let waker = {
            let mut state = self.0.lock().unwrap();
            state.value = Some(value);
            state.waker.take()
        };
        waker.map(Waker::wake).is_some()
    }

    /// From another thread: waits until a task is waiting on the gate, then opens it. The
    /// order is then fixed (the first poll comes before the value), whatever the timing.
    fn open_when_waited(&self, value: i32) -> bool {
        while self.0.lock().unwrap().waker.is_none() {
            thread::sleep(Duration::from_millis(1));
        }
        self.open(value)
    }

    fn polls(&self) -> usize {
        self.0.lock().unwrap().polls
    }

    fn wait(&self) -> GateFuture {
        GateFuture(self.clone())
    }
}

#[derive(Debug)]
struct GateFuture(Gate);

impl Future for GateFuture {
    type Output = i32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i32> {
        let mut state = (self.0).0.lock().unwrap();
        state.polls += 1;
        match state.value {
            Some(value) => Poll::Ready(value),
            None => {
                state.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

/// A waker that counts its wakes.
#[derive(Debug, Default)]
struct CountingWaker(AtomicUsize);

impl futures::task::ArcWake for CountingWaker {
    fn wake_by_ref(arc_self: &Arc<Self>) {
        arc_self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// Sends `value` on `tx` (`send` consumes the sender, which the attribute cannot see: calling
/// it from a helper keeps the coroutine's locals simple).
fn reply<T>(tx: oneshot::Sender<T>, value: T) -> bool {
    tx.send(value).is_ok()
}

/// A future that sends `value` on a clone of `tx`. `SinkExt::send` returns a future that
/// borrows the sender, and a coroutine cannot keep a borrow of its own local across the await;
/// this future owns what it needs and borrows nothing.
fn send_on<T>(tx: &mpsc::Sender<T>, value: T) -> impl Future<Output = ()> + use<T> {
    let mut tx = tx.clone();
    async move { tx.send(value).await.expect("the receiver is alive") }
}

// ---------------------------------------------------------------------------------------------
// `block_on`: coroutines joined by oneshot channels.

#[coro_core::coroutine(future)]
fn producer(tx: oneshot::Sender<i32>, base: i32) -> bool {
    let extra = await_!(async { 2 }); // a plain async block
    reply(tx, base * 10 + extra)
}

#[coro_core::coroutine(future)]
fn consumer(rx: oneshot::Receiver<i32>) -> i32 {
    match await_!(rx) {
        Ok(value) => value + 1,
        Err(oneshot::Canceled) => -1,
    }
}

#[test]
fn block_on_runs_coroutines_joined_by_a_oneshot() {
    let (tx, rx) = oneshot::channel();
    // The consumer is polled first and waits; the producer's send wakes it.
    let both = futures::future::join(consumer(rx), producer(tx, 4));
    assert_eq!(block_on(both), (Ok(43), Ok(true)));
}

#[test]
fn block_on_sees_a_dropped_sender_as_canceled() {
    let (tx, rx) = oneshot::channel::<i32>();
    drop(tx);
    assert_eq!(block_on(consumer(rx)), Ok(-1));
}

/// An `async fn` awaits a coroutine-future with `.await`; a coroutine awaits the `async fn`.
async fn doubled(rx: oneshot::Receiver<i32>) -> i32 {
    consumer(rx).await.unwrap() * 2
}

#[coro_core::coroutine(future)]
fn via_async_fn(rx: oneshot::Receiver<i32>) -> i32 {
    await_!(doubled(rx)) + 1
}

#[test]
fn async_fn_and_coroutine_await_each_other() {
    let (tx, rx) = oneshot::channel();
    let sender = thread::spawn(move || {
        thread::sleep(Duration::from_millis(10));
        tx.send(20).unwrap();
    });
    assert_eq!(block_on(via_async_fn(rx)), Ok(43)); // (20 + 1) * 2 + 1
    sender.join().unwrap();
}

// ---------------------------------------------------------------------------------------------
// `ThreadPool`: the coroutines' state is `Send`; they talk through mpsc channels.

/// Answers every request `(n, reply)` with `n * n`, until the requests end; returns how many
/// it answered.
#[coro_core::coroutine(future)]
fn squarer(requests: mpsc::Receiver<(i32, oneshot::Sender<i32>)>) -> usize {
    let mut answered = 0;
    async_for!((n, answer) in requests {
        await_!(yield_now());
        reply(answer, n * n);
        answered += 1;
    });
    answered
}

/// Sends `1..=n` one at a time, waiting for each answer; returns the answers.
#[coro_core::coroutine(future)]
fn asker(n: i32, requests: mpsc::Sender<(i32, oneshot::Sender<i32>)>) -> Vec<i32> {
    let mut answers = Vec::new();
    for i in 1..=n {
        let (tx, rx) = oneshot::channel();
        await_!(send_on(&requests, (i, tx)));
        answers.push(await_!(rx).unwrap());
    }
    answers
}

fn assert_send<T: Send + 'static>(value: T) -> T {
    value
}

#[test]
fn thread_pool_runs_coroutines_that_talk_over_mpsc() {
    let pool = ThreadPool::builder().pool_size(2).create().unwrap();
    let (request_tx, request_rx) = mpsc::channel(0);
    let squarer = pool
        .spawn_with_handle(assert_send(squarer(request_rx)))
        .unwrap();
    let asker = pool
        .spawn_with_handle(assert_send(asker(5, request_tx)))
        .unwrap();
    // The asker drops its sender when it returns, which ends the squarer's `async_for!`.
    assert_eq!(block_on(asker), Ok(vec![1, 4, 9, 16, 25]));
    assert_eq!(block_on(squarer), Ok(5));
}

#[coro_core::coroutine(future)]
fn relay(input: oneshot::Receiver<i32>, output: oneshot::Sender<i32>, add: i32) -> i32 {
    let value = await_!(input).unwrap() + add;
    reply(output, value);
    value
}

#[test]
fn thread_pool_runs_a_chain_of_relays() {
    let pool = ThreadPool::new().unwrap();
    let (first_tx, mut rx) = oneshot::channel();
    let mut handles = Vec::new();
    for add in 1..=4 {
        let (tx, next_rx) = oneshot::channel();
        handles.push(pool.spawn_with_handle(relay(rx, tx, add)).unwrap());
        rx = next_rx;
    }
    // Every relay is waiting (or not yet polled); the first value sets the chain going.
    first_tx.send(100).unwrap();
    assert_eq!(block_on(rx), Ok(110));
    let values: Vec<_> = handles.into_iter().map(block_on).collect();
    assert_eq!(values, [Ok(101), Ok(103), Ok(106), Ok(110)]);
}

// ---------------------------------------------------------------------------------------------
// `LocalPool`: several coroutine-futures on one thread interleave at their awaits.

#[coro_core::coroutine(future)]
fn worker(name: &'static str, rounds: u32) -> u32 {
    for round in 1..=rounds {
        log(format!("{name} round {round}"));
        await_!(yield_now());
    }
    log(format!("{name} done"));
    rounds
}

#[test]
fn local_pool_interleaves_coroutines_round_robin() {
    let trace = traced(|| {
        let mut pool = LocalPool::new();
        let spawner = pool.spawner();
        let mut handles = Vec::new();
        for (name, rounds) in [("a", 3), ("b", 1), ("c", 2)] {
            handles.push(
                spawner
                    .spawn_local_with_handle(worker(name, rounds))
                    .unwrap(),
            );
        }
        pool.run();
        let results: Vec<_> = handles
            .into_iter()
            .map(|handle| handle.now_or_never())
            .collect();
        assert_eq!(results, [Some(Ok(3)), Some(Ok(1)), Some(Ok(2))]);
    });
    assert_eq!(
        trace,
        strings(&[
            "log a round 1",
            "log b round 1",
            "log c round 1",
            "log a round 2",
            "log b done",
            "log c round 2",
            "log a round 3",
            "log c done",
            "log a done",
        ])
    );
}

/// Ping-pong over mpsc channels: each player sends only after it has received, so the order
/// is fixed by the hand-offs alone.
#[coro_core::coroutine(future)]
fn player(
    name: &'static str,
    serve: bool,
    to: mpsc::Sender<u32>,
    from: mpsc::Receiver<u32>,
    limit: u32,
) {
    if serve {
        log(format!("{name} serves 0"));
        await_!(send_on(&to, 0));
    }
    async_for!(ball in from {
        if ball >= limit {
            log(format!("{name} stops at {ball}"));
            break;
        }
        log(format!("{name} returns {}", ball + 1));
        await_!(send_on(&to, ball + 1));
    });
    // Returning drops `to`, which ends the other player's loop.
}

#[test]
fn local_pool_ping_pong_over_mpsc() {
    let trace = traced(|| {
        let mut pool = LocalPool::new();
        let spawner = pool.spawner();
        let (ping_tx, ping_rx) = mpsc::channel(0);
        let (pong_tx, pong_rx) = mpsc::channel(0);
        spawner
            .spawn_local(player("pong", false, pong_tx, ping_rx, 4).map(Result::unwrap))
            .unwrap();
        spawner
            .spawn_local(player("ping", true, ping_tx, pong_rx, 4).map(Result::unwrap))
            .unwrap();
        pool.run();
    });
    assert_eq!(
        trace,
        strings(&[
            "log ping serves 0",
            "log pong returns 1",
            "log ping returns 2",
            "log pong returns 3",
            "log ping returns 4",
            "log pong stops at 4",
        ])
    );
}

// ---------------------------------------------------------------------------------------------
// Async generators as `Stream`s (I3), and `async_for!` over plain streams (I2).

#[coro_core::coroutine(async_generator, yield = u32)]
fn slowly_counting(n: u32) {
    for i in 0..n {
        await_!(yield_now());
        yield_!(i);
    }
}

#[test]
fn async_generator_in_a_stream_pipeline() {
    let pipeline = slowly_counting(10)
        .map(|i| i * i)
        .filter(|square| futures::future::ready(square % 2 == 0))
        .collect::<Vec<_>>();
    assert_eq!(block_on(pipeline), [0, 4, 16, 36, 64]);
}

#[coro_core::coroutine(async_generator, yield = i32, error = E)]
fn checked(values: Vec<i32>) {
    for v in values {
        if v < 0 {
            Err(E(v))?;
        }
        await_!(yield_now());
        yield_!(v);
    }
}

#[test]
fn async_generator_with_an_error_is_a_stream_of_results() {
    // The error comes out once, then the stream ends.
    let items: Vec<_> = block_on(checked(vec![1, 2, -3, 4]).collect());
    assert_eq!(items, [Ok(1), Ok(2), Err(Error::Raised(E(-3)))]);
    let all: Result<Vec<_>, _> = block_on(checked(vec![5, 6]).try_collect());
    assert_eq!(all, Ok(vec![5, 6]));
}

#[coro_core::coroutine(future)]
fn sum_of_stream(values: Vec<i32>) -> (i32, usize) {
    let mut sum = 0;
    let mut skipped = 0;
    async_for!(v in futures::stream::iter(values) {
        if v % 3 == 0 {
            skipped += 1;
            continue;
        }
        if v > 10 {
            break;
        }
        sum += v;
    });
    (sum, skipped)
}

#[test]
fn async_for_over_a_plain_stream() {
    // 3 and 6 are skipped; 11 ends the loop, so 12 is never seen.
    assert_eq!(
        block_on(sum_of_stream(vec![1, 2, 3, 4, 5, 6, 7, 11, 12])),
        Ok((19, 2))
    );
    assert_eq!(block_on(sum_of_stream(Vec::new())), Ok((0, 0)));
}

#[coro_core::coroutine(future)]
fn drain(rx: mpsc::UnboundedReceiver<String>) -> Vec<String> {
    let mut seen = Vec::new();
    async_for!(line in rx {
        seen.push(line);
    });
    seen
}

#[test]
fn async_for_over_an_mpsc_receiver_fed_by_a_thread() {
    let (tx, rx) = mpsc::unbounded();
    let feeder = thread::spawn(move || {
        for word in ["alpha", "beta", "gamma"] {
            thread::sleep(Duration::from_millis(5));
            tx.unbounded_send(word.to_owned()).unwrap();
        }
        // Dropping `tx` ends the stream, and so the loop.
    });
    assert_eq!(
        block_on(drain(rx)),
        Ok(strings(&["alpha", "beta", "gamma"]))
    );
    feeder.join().unwrap();
}

#[coro_core::coroutine(future)]
fn first_match(values: Vec<u32>, wanted: u32) -> Option<usize> {
    let mut index = 0;
    async_for!(v in slowly_counting(100) {
        if values.contains(&v) && v >= wanted {
            return Some(index);
        }
        index += 1;
    });
    None
}

#[test]
fn return_from_inside_async_for_over_an_async_generator() {
    assert_eq!(block_on(first_match(vec![3, 7, 9], 5)), Ok(Some(7)));
    assert_eq!(block_on(first_match(vec![300], 5)), Ok(None));
}

// ---------------------------------------------------------------------------------------------
// Waking: a coroutine-future that waits is polled again only after its waker is used.

#[coro_core::coroutine(future)]
fn wait_gate(gate: Gate) -> i32 {
    let value = await_!(gate.wait());
    value * 2
}

#[coro_core::coroutine(future)]
fn wait_gate_nested(gate: Gate) -> i32 {
    // Two levels down: a coroutine awaiting a coroutine-future awaiting the gate.
    await_!(wait_gate(gate)) + 1
}

#[test]
fn block_on_polls_again_only_after_the_wake() {
    let gate = Gate::default();
    let opener = {
        let gate = gate.clone();
        thread::spawn(move || gate.open_when_waited(21))
    };
    assert_eq!(block_on(wait_gate(gate.clone())), Ok(42));
    assert!(opener.join().unwrap(), "the gate held the task's waker");
    assert_eq!(gate.polls(), 2);
}

#[test]
fn the_waker_of_the_polling_task_reaches_a_nested_await() {
    let gate = Gate::default();
    let waker = Arc::new(CountingWaker::default());
    let task_waker = futures::task::waker(Arc::clone(&waker));
    let mut cx = Context::from_waker(&task_waker);
    let mut future = Box::pin(wait_gate_nested(gate.clone()));

    assert_eq!(future.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!((gate.polls(), waker.0.load(Ordering::SeqCst)), (1, 0));
    assert!(
        gate.0
            .lock()
            .unwrap()
            .waker
            .as_ref()
            .unwrap()
            .will_wake(&task_waker),
        "the gate holds the waker of the task polling the outer coroutine"
    );

    let opener = {
        let gate = gate.clone();
        thread::spawn(move || gate.open(5))
    };
    assert!(opener.join().unwrap());
    assert_eq!(waker.0.load(Ordering::SeqCst), 1);

    assert_eq!(future.as_mut().poll(&mut cx), Poll::Ready(Ok(11)));
    assert_eq!(gate.polls(), 2);
}

#[test]
fn driven_by_hand_a_coroutine_future_polls_with_a_waker_that_does_nothing() {
    let gate = Gate::default();
    let mut coroutine = wait_gate(gate.clone());
    assert_eq!(coroutine.start(), Ok(Step::Yielded(Pending)));
    assert_eq!(coroutine.send(()), Ok(Step::Yielded(Pending)));
    assert!(gate.open(4), "a waker (a no-op one) was registered");
    assert_eq!(coroutine.send(()), Ok(Step::Complete(8)));
    assert_eq!(gate.polls(), 3);
}

// ---------------------------------------------------------------------------------------------
// Cancelling: dropping a pending coroutine-future closes it (C5); its cleanup runs once (E1).

#[coro_core::coroutine(future)]
fn guarded(name: &'static str, rx: oneshot::Receiver<i32>) -> i32 {
    let _guard = Noisy(name);
    try_! {
        {
            log(format!("{name} waiting"));
            let value = await_!(rx).unwrap();
            log(format!("{name} got {value}"));
            value
        }
        finally {
            log(format!("{name} cleanup"));
        }
    }
}

#[test]
fn dropping_a_pending_coroutine_future_runs_its_cleanup_once() {
    let (tx, rx) = oneshot::channel::<i32>();
    let trace = traced(|| {
        let mut future = guarded("g", rx);
        assert_eq!(future.poll_unpin(&mut noop_context()), Poll::Pending);
        log("dropping");
        drop(future);
        log("dropped");
    });
    assert_eq!(
        trace,
        strings(&[
            "log g waiting",
            "log dropping",
            "log g cleanup",
            "drop g",
            "log dropped",
        ])
    );
    // The receiver was dropped with the coroutine: the sender sees the cancellation.
    assert!(tx.is_canceled());
}

#[test]
fn select_drops_the_losing_coroutine_future_and_its_cleanup_runs_once() {
    let (_tx, rx) = oneshot::channel::<i32>();
    let (winner_tx, winner_rx) = oneshot::channel::<i32>();
    winner_tx.send(7).unwrap();
    let trace = traced(|| {
        let outcome = block_on(async {
            futures::select! {
                v = guarded("slow", rx).fuse() => format!("slow {v:?}"),
                v = guarded("fast", winner_rx).fuse() => format!("fast {v:?}"),
            }
        });
        log(outcome);
    });
    // `select!` polls its branches in random order; only the lines of each side are fixed.
    let slow: Vec<_> = trace
        .iter()
        .filter(|l| l.contains("slow"))
        .cloned()
        .collect();
    let fast: Vec<_> = trace
        .iter()
        .filter(|l| l.contains("fast"))
        .cloned()
        .collect();
    assert_eq!(
        fast,
        strings(&[
            "log fast waiting",
            "log fast got 7",
            "log fast cleanup",
            "drop fast",
            "log fast Ok(7)",
        ])
    );
    assert!(
        slow == strings(&[])
            || slow == strings(&["log slow waiting", "log slow cleanup", "drop slow"]),
        "{slow:?}"
    );
    assert_eq!(trace.last().map(String::as_str), Some("log fast Ok(7)"));
}

#[test]
fn dropping_a_coroutine_future_that_never_ran_or_finished_runs_no_body_code() {
    let trace = traced(|| {
        let (_tx, rx) = oneshot::channel::<i32>();
        drop(guarded("new", rx)); // C5: a created coroutine runs nothing, not even `let _guard`
        let (tx, rx) = oneshot::channel::<i32>();
        tx.send(1).unwrap();
        let mut future = guarded("done", rx);
        assert_eq!(future.poll_unpin(&mut noop_context()), Poll::Ready(Ok(1)));
        log("dropping");
        drop(future); // finished: the cleanup already ran
    });
    assert_eq!(
        trace,
        strings(&[
            "log done waiting",
            "log done got 1",
            "log done cleanup",
            "drop done",
            "log dropping",
        ])
    );
}

#[coro_core::coroutine(future)]
fn cleanup_that_awaits(rx: oneshot::Receiver<i32>, flush: oneshot::Receiver<()>) -> i32 {
    try_! {
        { await_!(rx).unwrap() }
        finally {
            log("flushing");
            let _ = await_!(flush);
            log("flushed");
        }
    }
}

#[test]
fn dropping_a_coroutine_future_whose_cleanup_would_wait_reports_ignored_exit() {
    // A `finally` that awaits a future that is ready does not suspend: dropping is fine.
    let (flush_tx, flush_rx) = oneshot::channel();
    flush_tx.send(()).unwrap();
    let (_tx, rx) = oneshot::channel();
    let trace = traced(|| {
        let mut future = cleanup_that_awaits(rx, flush_rx);
        assert_eq!(future.poll_unpin(&mut noop_context()), Poll::Pending);
        drop(future);
    });
    assert_eq!(trace, strings(&["log flushing", "log flushed"]));

    // One that really waits cannot be driven by `Drop` (C3, M2): the error goes to the hook.
    let (_flush_tx, flush_rx) = oneshot::channel();
    let (_tx, rx) = oneshot::channel();
    let trace = traced(|| {
        let mut future = cleanup_that_awaits(rx, flush_rx);
        assert_eq!(future.poll_unpin(&mut noop_context()), Poll::Pending);
        drop(future);
    });
    assert_eq!(
        trace,
        strings(&["log flushing", "unraisable error IgnoredExit"])
    );
}

fn noop_context() -> Context<'static> {
    Context::from_waker(Waker::noop())
}

// ---------------------------------------------------------------------------------------------
// Errors: `?` raises; `block_on` hands back `Err(Error::Raised(e))`.

#[coro_core::coroutine(future, error = E)]
fn parse_and_add(text: &'static str, rx: oneshot::Receiver<i32>) -> i32 {
    let n: i32 = text.parse().map_err(|_| E(-1))?;
    let m = await_!(rx).map_err(|_| E(-2))?;
    n + m
}

#[coro_core::coroutine(future, error = E)]
fn checked_total(rx: oneshot::Receiver<i32>) -> i32 {
    // The delegate's error is raised here, at the await (T3), and goes on up.
    let total = await_!(parse_and_add("40", rx));
    if total > 100 {
        Err(E(total))?;
    }
    total
}

#[test]
fn errors_raised_by_question_mark_come_out_of_block_on() {
    let (tx, rx) = oneshot::channel();
    tx.send(2).unwrap();
    assert_eq!(block_on(parse_and_add("40", rx)), Ok(42));

    let (_tx, rx) = oneshot::channel();
    assert_eq!(
        block_on(parse_and_add("forty", rx)),
        Err(Error::Raised(E(-1)))
    );

    let (tx, rx) = oneshot::channel::<i32>();
    drop(tx);
    assert_eq!(block_on(parse_and_add("40", rx)), Err(Error::Raised(E(-2))));

    let (tx, rx) = oneshot::channel();
    tx.send(100).unwrap();
    assert_eq!(block_on(checked_total(rx)), Err(Error::Raised(E(140))));

    let (tx, rx) = oneshot::channel::<i32>();
    drop(tx);
    assert_eq!(block_on(checked_total(rx)), Err(Error::Raised(E(-2))));
}

#[coro_core::coroutine(future, error = E)]
fn catches_a_delegate_error(rx: oneshot::Receiver<i32>) -> i32 {
    try_! {
        { await_!(parse_and_add("x", rx)) }
        catch (e) { e.0 * 100 }
    }
}

#[test]
fn an_error_of_an_awaited_coroutine_future_can_be_caught() {
    let (_tx, rx) = oneshot::channel();
    assert_eq!(block_on(catches_a_delegate_error(rx)), Ok(-100));
}

// ---------------------------------------------------------------------------------------------
// `async_with!` on an executor (M1), and an async iterator written by hand (I1).

/// Logs its enter and exit; the exit awaits (a real suspension) before answering.
#[derive(Debug)]
struct Scope {
    name: &'static str,
    suppress: bool,
}

#[coro_core::coroutine(future, error = E)]
fn scope_enter(name: &'static str) -> &'static str {
    await_!(yield_now());
    log(format!("enter {name}"));
    name
}

#[coro_core::coroutine(future, error = E)]
fn scope_exit(name: &'static str, error: Option<E>, suppress: bool) -> bool {
    await_!(yield_now());
    log(format!("exit {name} with {error:?}"));
    suppress
}

impl AsyncContextManager for Scope {
    type Value = &'static str;
    type Yield = Pending;
    type Send = ();
    type Error = E;

    fn aenter(
        &mut self,
    ) -> impl Coroutine<Yield = Pending, Send = (), Return = &'static str, Error = E> + use<> {
        scope_enter(self.name)
    }

    fn aexit(
        &mut self,
        error: Option<&Caught<E>>,
    ) -> impl Coroutine<Yield = Pending, Send = (), Return = bool, Error = E> + use<> {
        let error = match error {
            Some(Caught::Error(e)) => Some(*e),
            _ => None,
        };
        scope_exit(self.name, error, self.suppress)
    }
}

#[coro_core::coroutine(future, error = E)]
fn scoped(fail: bool, suppress: bool) -> i32 {
    let mut reached = 0;
    async_with!(let name = (Scope { name: "s", suppress }) {
        log(format!("body of {name}"));
        reached = 1;
        if fail {
            Err(E(9))?;
        }
        reached = 2;
    });
    reached * 10
}

#[test]
fn async_with_on_block_on_exits_on_every_way_out() {
    let trace = traced(|| {
        assert_eq!(block_on(scoped(false, false)), Ok(20));
        assert_eq!(block_on(scoped(true, false)), Err(Error::Raised(E(9))));
        assert_eq!(block_on(scoped(true, true)), Ok(10)); // suppressed
    });
    assert_eq!(
        trace,
        strings(&[
            "log enter s",
            "log body of s",
            "log exit s with None",
            "log enter s",
            "log body of s",
            "log exit s with Some(E(9))",
            "log enter s",
            "log body of s",
            "log exit s with Some(E(9))",
        ])
    );
}

/// An async iterator written by hand: each "next" waits for one gate (I1). It drives the
/// gate's future through a [`FutureAwaiter`], which polls it with the waker of the task that
/// polls the coroutine iterating it.
#[derive(Debug)]
struct Gates {
    gates: std::vec::IntoIter<Gate>,
    waiting: Option<FutureAwaiter<GateFuture, Infallible>>,
}

impl AsyncIterator for Gates {
    type Item = i32;
    type Yield = Pending;
    type Send = ();
    type Error = Infallible;

    fn next_step(
        &mut self,
        input: Input<(), Infallible>,
    ) -> Result<Step<Pending, Option<i32>>, Error<Infallible>> {
        match input {
            Input::Start => match self.gates.next() {
                None => return Ok(Step::Complete(None)), // StopAsyncIteration
                Some(gate) => self.waiting = Some(FutureAwaiter::new(gate.wait())),
            },
            Input::Send(()) => {}
            Input::Throw(error) => match error {},
            Input::Close => {
                self.waiting = None;
                return Ok(Step::Complete(None));
            }
        }
        let Some(awaiter) = self.waiting.as_mut() else {
            return Err(Error::Reused);
        };
        match awaiter.send(())? {
            Step::Yielded(Pending) => Ok(Step::Yielded(Pending)),
            Step::Complete(value) => {
                self.waiting = None;
                Ok(Step::Complete(Some(value)))
            }
        }
    }
}

#[coro_core::coroutine(future)]
fn sum_gates(gates: Gates) -> i32 {
    let mut sum = 0;
    async_for!(v in gates {
        log(format!("got {v}"));
        sum += v;
    });
    sum
}

#[test]
fn async_for_over_a_hand_written_async_iterator() {
    let gates = vec![Gate::default(), Gate::default()];
    gates[0].open(3);
    let opener = {
        let gate = gates[1].clone();
        thread::spawn(move || gate.open_when_waited(4))
    };
    let iterator = Gates {
        gates: gates.clone().into_iter(),
        waiting: None,
    };
    let trace = traced(|| assert_eq!(block_on(sum_gates(iterator)), Ok(7)));
    assert!(
        opener.join().unwrap(),
        "the second gate held the task's waker"
    );
    assert_eq!((gates[0].polls(), gates[1].polls()), (1, 2));
    assert_eq!(trace, strings(&["log got 3", "log got 4"]));
}

// ---------------------------------------------------------------------------------------------
// The async generator protocol under an executor (I3).

#[coro_core::coroutine(async_generator, yield = i32)]
fn from_gate(gate: Gate) {
    let _guard = Noisy("from_gate");
    let v = await_!(gate.wait());
    yield_!(v);
    yield_!(v + 1);
}

#[test]
fn asend_while_an_earlier_one_waits_is_already_running() {
    let gate = Gate::default();
    let mut generator = from_gate(gate.clone());
    // The first "next" waits on the gate; its awaitable is abandoned half-way.
    assert_eq!(generator.asend(()).start(), Ok(Step::Yielded(Pending)));
    // Python: RuntimeError: anext(): asynchronous generator is already running.
    let error = generator.asend(()).start().unwrap_err();
    assert_eq!(error, Error::Running(Kind::AsyncGenerator));
    assert_eq!(error.to_string(), "async generator is already running");
    assert_eq!(generator.state(), State::Suspended);
}

#[test]
fn async_generator_items_through_anext_on_block_on() {
    let gate = Gate::default();
    let opener = {
        let gate = gate.clone();
        thread::spawn(move || gate.open_when_waited(6))
    };
    let trace = traced(|| {
        let mut generator = from_gate(gate.clone());
        let items = block_on(async {
            let mut items = Vec::new();
            while let Some(item) = generator.next().await {
                items.push(item);
            }
            items
        });
        assert_eq!(items, [6, 7]);
        // Python's StopAsyncIteration: every later "next" is the end.
        assert_eq!(generator.anext().start(), Ok(Step::Complete(None)));
    });
    assert!(opener.join().unwrap());
    assert_eq!(trace, strings(&["drop from_gate"]));
}

#[coro_core::coroutine(async_generator, yield = i32)]
fn with_slow_cleanup(flushed: Gate) {
    try_! {
        {
            yield_!(1);
            yield_!(2);
        }
        finally {
            log("cleanup: flushing");
            let code = await_!(flushed.wait());
            log(format!("cleanup: flushed ({code})"));
        }
    }
}

#[test]
fn the_awaitables_of_asend_and_aclose_run_as_futures() {
    let flushed = Gate::default();
    let opener = {
        let flushed = flushed.clone();
        thread::spawn(move || flushed.open_when_waited(0))
    };
    let trace = traced(|| {
        let mut generator = with_slow_cleanup(flushed.clone());
        let first = block_on(coro_core::IntoFuture(generator.asend(())));
        assert_eq!(first, Ok(Some(1)));
        // I3: `aclose` runs the cleanup, which waits for the gate (woken from the thread).
        assert_eq!(block_on(coro_core::IntoFuture(generator.aclose())), Ok(()));
        assert_eq!(generator.state(), State::Finished);
        assert_eq!(
            block_on(coro_core::IntoFuture(generator.asend(()))),
            Ok(None)
        );
    });
    assert!(opener.join().unwrap());
    assert_eq!(flushed.polls(), 2);
    assert_eq!(
        trace,
        strings(&["log cleanup: flushing", "log cleanup: flushed (0)"])
    );
}

#[coro_core::coroutine(future)]
fn awaits_another_error_type(rx: oneshot::Receiver<i32>) -> String {
    // `await_!(parse_and_add(..))` would delegate, which needs the same error type; awaited
    // through an `async` block it is a plain future, whose output is the `Result`.
    match await_!(async move { parse_and_add("x", rx).await }) {
        Ok(value) => format!("ok {value}"),
        Err(error) => format!("failed: {error:?}"),
    }
}

#[test]
fn a_coroutine_future_of_another_error_type_is_awaited_as_a_future() {
    let (_tx, rx) = oneshot::channel();
    assert_eq!(
        block_on(awaits_another_error_type(rx)),
        Ok("failed: Raised(E(-1))".to_owned())
    );
}

#[coro_core::coroutine(async_generator, yield = u32)]
fn numbered(name: &'static str) {
    let _guard = Noisy(name);
    try_! {
        {
            for i in 0.. {
                await_!(yield_now());
                yield_!(i);
            }
        }
        finally {
            log(format!("{name} cleanup"));
        }
    }
}

#[test]
fn dropping_a_half_consumed_async_generator_stream_runs_its_cleanup_once() {
    let trace = traced(|| {
        let firsts: Vec<u32> = block_on(numbered("n").take(3).collect());
        log(format!("took {firsts:?}"));
        let mut stream = numbered("m");
        assert_eq!(block_on(stream.next()), Some(0));
        log("dropping m");
        drop(stream);
    });
    assert_eq!(
        trace,
        strings(&[
            "log n cleanup",
            "drop n",
            "log took [0, 1, 2]",
            "log dropping m",
            "log m cleanup",
            "drop m",
        ])
    );
}

#[test]
fn dropping_an_async_generator_whose_cleanup_would_wait_reports_ignored_exit() {
    let trace = traced(|| {
        let mut generator = with_slow_cleanup(Gate::default());
        assert_eq!(block_on(generator.next()), Some(1));
        drop(generator);
    });
    assert_eq!(
        trace,
        strings(&["log cleanup: flushing", "unraisable error IgnoredExit"])
    );
}

/// A manager whose exit awaits a future that is ready at once (`wait: false`) or one that
/// really waits (`wait: true`).
#[derive(Debug)]
struct Held {
    wait: bool,
}

#[coro_core::coroutine(future)]
fn held_enter() -> &'static str {
    log("enter");
    "held"
}

#[coro_core::coroutine(future)]
fn held_exit(leaving: String, wait: bool) -> bool {
    if wait {
        await_!(yield_now());
    } else {
        await_!(async {});
    }
    log(format!("exit with {leaving}"));
    false
}

impl AsyncContextManager for Held {
    type Value = &'static str;
    type Yield = Pending;
    type Send = ();
    type Error = Infallible;

    fn aenter(
        &mut self,
    ) -> impl Coroutine<Yield = Pending, Send = (), Return = &'static str, Error = Infallible> + use<>
    {
        held_enter()
    }

    fn aexit(
        &mut self,
        error: Option<&Caught<Infallible>>,
    ) -> impl Coroutine<Yield = Pending, Send = (), Return = bool, Error = Infallible> + use<> {
        held_exit(format!("{error:?}"), self.wait)
    }
}

#[coro_core::coroutine(future)]
fn hold_until(rx: oneshot::Receiver<i32>, wait: bool) -> i32 {
    async_with!(let name = (Held { wait }) {
        log(format!("{name}: waiting"));
        let value = await_!(rx).unwrap_or(-1);
        log(format!("{name}: got {value}"));
    });
    0
}

#[test]
fn dropping_a_coroutine_future_inside_async_with_runs_the_exit_with_the_exit_signal() {
    for wait in [false, true] {
        let (_tx, rx) = oneshot::channel();
        let trace = traced(|| {
            let mut future = hold_until(rx, wait);
            assert_eq!(future.poll_unpin(&mut noop_context()), Poll::Pending);
            drop(future);
        });
        // M1: the exit sees the exit signal; M2: one that really waits cannot be driven by
        // `Drop`, which reports it.
        let expected: &[&str] = if wait {
            &[
                "log enter",
                "log held: waiting",
                "unraisable error IgnoredExit",
            ]
        } else {
            &["log enter", "log held: waiting", "log exit with Some(Exit)"]
        };
        assert_eq!(trace, strings(expected), "wait: {wait}");
    }
}
