//! Coroutines and plain `async fn` futures mixed on one executor (`futures::executor::LocalPool`).
//!
//! - `lookup` is a plain `async fn`; `greet`, a `#[coroutine(future)]` function, awaits it with
//!   `await_!` (a coroutine awaiting a Rust future).
//! - `front_desk` is a plain `async fn` that `.await`s the coroutine-future `greet` (it is a
//!   `Future` whose output is `Result<R, coro_core::Error<E>>`) and iterates the async generator
//!   `tickets` as a `futures::Stream`.
//! - `ledger` is a coroutine-future that reads what the desks send over an mpsc channel with
//!   `async_for!`, and ends when every sender is gone.
//!
//! All of them are tasks of one `LocalPool`: they interleave at their awaits, in the pool's
//! order. Run it with `cargo run --example mixed`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use coro_core::{async_for, await_, yield_};
use futures::StreamExt;
use futures::channel::mpsc;
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

/// A round trip: ready on the second poll; until then the task goes to the back of the queue.
#[derive(Debug, Default)]
struct Tick(bool);

impl Future for Tick {
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

/// A plain `async fn`: looks a guest up (one round trip).
async fn lookup(name: &'static str) -> usize {
    println!("  [lookup]  who is {name}?");
    Tick::default().await;
    name.len() * 100
}

/// A coroutine-future awaiting a plain `async fn`.
#[coro_core::coroutine(future)]
fn greet(name: &'static str) -> String {
    let id = await_!(lookup(name));
    format!("welcome, {name} (guest #{id})")
}

/// An async generator: `n` numbered tickets, one round trip each.
#[coro_core::coroutine(async_generator, yield = u32)]
fn tickets(first: u32, n: u32) {
    for ticket in first..first + n {
        await_!(Tick::default());
        yield_!(ticket);
    }
}

/// A plain `async fn` awaiting a coroutine-future and iterating an async generator.
async fn front_desk(name: &'static str, first: u32, events: mpsc::UnboundedSender<String>) {
    let greeting = greet(name).await.expect("`greet` raises no error");
    println!("  [desk]    {greeting}");
    let mut tickets = tickets(first, 2);
    while let Some(ticket) = tickets.next().await {
        println!("  [desk]    ticket {ticket} for {name}");
        let event = format!("{name} holds ticket {ticket}");
        events.unbounded_send(event).expect("the ledger is open");
    }
    println!("  [desk]    {name} is done");
}

/// A coroutine-future reading a channel that plain `async fn`s write to.
#[coro_core::coroutine(future)]
fn ledger(events: mpsc::UnboundedReceiver<String>) -> usize {
    let mut count = 0;
    async_for!(event in events {
        count += 1;
        println!("  [ledger]  #{count}: {event}");
    });
    println!("  [ledger]  closed");
    count
}

fn main() {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    let (events, inbox) = mpsc::unbounded();

    let ledger = spawner
        .spawn_local_with_handle(ledger(inbox))
        .expect("the pool is running");
    spawner
        .spawn_local(front_desk("ada", 1, events.clone()))
        .expect("the pool is running");
    spawner
        .spawn_local(front_desk("grace", 10, events))
        .expect("the pool is running");

    println!("running three tasks on one LocalPool:");
    let entries = pool.run_until(ledger);
    println!("the ledger has {} entries", entries.unwrap_or(0));
}
