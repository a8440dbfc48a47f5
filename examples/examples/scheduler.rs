//! A small asyncio-like scheduler built on `await_!` and `try_!`.
//!
//! - Tasks are coroutine-kind `#[coroutine]` functions, boxed as
//!   `Box<dyn Coroutine<Yield = Request, Send = Reply, Return = (), Error = Cancelled>>` and kept
//!   in a ready queue. A task suspends by yielding a `Request` to the scheduler (sleep, join
//!   another task, cancel another task); the scheduler resumes it with a `Reply`.
//! - `sleep(ticks)` is a hand-written awaitable (no macro): its awaiter yields
//!   `Request::Sleep` once and completes when the scheduler wakes it. `join(task)` and
//!   `cancel(task, how)` are `#[coroutine]` functions awaited the same way.
//! - Tasks await each other two ways: directly (`await_!(fetch(..))` runs a sub-coroutine inside
//!   the task, A2), and through the scheduler (`await_!(join(id))` waits for another task to end).
//! - Cancellation by `throw`: the error is raised at the task's suspension point, inside the
//!   `sleep` it is awaiting (T3); the task's handler and its `finally` run, and the `finally` may
//!   itself await (E2): the cancelled task keeps running its cleanup until it is done.
//! - Cancellation by `close`: the exit signal runs the task's `finally` at once (C3); a cleanup
//!   that tried to await here would make `close` fail with "coroutine ignored GeneratorExit".
//!
//! Run it with `cargo run --example scheduler`.

use std::cell::Cell;
use std::collections::{HashMap, VecDeque};

use coro_core::{Awaitable, Coroutine, Error, Kind, State, Step, await_, try_, yield_};

/// Index of a task in the scheduler.
type TaskId = usize;

/// How to cancel a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    /// `throw(Cancelled)`: the task may handle it and clean up, even by awaiting.
    Throw,
    /// `close()`: the task's cleanup runs at once and may not suspend.
    Close,
}

/// What a task asks of the scheduler when it suspends.
#[derive(Debug)]
enum Request {
    /// Wake me after this many ticks.
    Sleep(u64),
    /// Wake me when this task has ended.
    Join(TaskId),
    /// Cancel this task, then wake me.
    Cancel(TaskId, How),
}

/// What the scheduler resumes a task with.
#[derive(Debug)]
enum Reply {
    /// A sleep is over.
    Woke,
    /// The joined task ended this way.
    Joined(Outcome),
    /// The request was carried out.
    Done,
}

/// How a task ended.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Completed,
    Cancelled(String),
    Closed,
    Failed(String),
}

/// The error tasks are cancelled with (every task's error type).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cancelled(String);

impl std::fmt::Display for Cancelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cancelled: {}", self.0)
    }
}

/// A task as the scheduler holds it.
type Task = Box<dyn Coroutine<Yield = Request, Send = Reply, Return = (), Error = Cancelled>>;

thread_local! {
    static NOW: Cell<u64> = const { Cell::new(0) };
}

/// Prints a line stamped with the scheduler's clock.
fn say(text: impl AsRef<str>) {
    println!("[t={}] {}", NOW.with(Cell::get), text.as_ref());
}

/// Prints a line of the scheduler itself.
fn event(text: impl AsRef<str>) {
    say(format!("scheduler     {}", text.as_ref()));
}

// ---------------------------------------------------------------------------------------------
// Awaitables

/// `await_!(sleep(n))`: a hand-written awaitable, written without the macro (A1).
#[derive(Debug)]
struct Sleep(u64);

fn sleep(ticks: u64) -> Sleep {
    Sleep(ticks)
}

impl Awaitable for Sleep {
    type Awaiter = SleepAwaiter;

    fn into_awaiter(self) -> SleepAwaiter {
        SleepAwaiter {
            ticks: self.0,
            state: State::Created,
        }
    }
}

/// The coroutine that drives a `Sleep`: one request, then done.
#[derive(Debug)]
struct SleepAwaiter {
    ticks: u64,
    state: State,
}

impl Coroutine for SleepAwaiter {
    type Yield = Request;
    type Send = Reply;
    type Return = ();
    type Error = Cancelled;

    fn kind(&self) -> Kind {
        Kind::Coroutine
    }

    fn state(&self) -> State {
        self.state
    }

    fn start(&mut self) -> Result<Step<Request, ()>, Error<Cancelled>> {
        match self.state {
            State::Created => {
                self.state = State::Suspended;
                Ok(Step::Yielded(Request::Sleep(self.ticks)))
            }
            State::Suspended => Err(Error::AlreadyStarted(Kind::Coroutine)),
            State::Finished => Err(Error::Reused),
        }
    }

    fn send(&mut self, _reply: Reply) -> Result<Step<Request, ()>, Error<Cancelled>> {
        match self.state {
            State::Created => Err(Error::SentToNew(Kind::Coroutine)),
            State::Suspended => {
                self.state = State::Finished;
                Ok(Step::Complete(()))
            }
            State::Finished => Err(Error::Reused),
        }
    }

    /// A sleep does not handle cancellation: the error goes on to the awaiting task (T3).
    fn throw(&mut self, error: Cancelled) -> Result<Step<Request, ()>, Error<Cancelled>> {
        if self.state == State::Finished {
            return Err(Error::Reused);
        }
        self.state = State::Finished;
        Err(Error::Raised(error))
    }

    fn close(&mut self) -> Result<Option<()>, Error<Cancelled>> {
        self.state = State::Finished;
        Ok(None)
    }
}

/// `await_!(join(id))`: waits until task `id` has ended and tells how.
#[coro_core::coroutine(yield = Request, send = Reply, error = Cancelled)]
fn join(id: TaskId) -> Outcome {
    match yield_!(Request::Join(id)) {
        Reply::Joined(outcome) => outcome,
        other => Outcome::Failed(format!("unexpected reply {other:?}")),
    }
}

/// `await_!(cancel(id, how))`: asks the scheduler to cancel task `id`.
#[coro_core::coroutine(yield = Request, send = Reply, error = Cancelled)]
fn cancel(id: TaskId, how: How) {
    yield_!(Request::Cancel(id, how));
}

// ---------------------------------------------------------------------------------------------
// Tasks

/// A sub-coroutine awaited directly by a task (not a task itself): it has its own return type.
#[coro_core::coroutine(yield = Request, send = Reply, error = Cancelled)]
fn fetch(what: &'static str, ticks: u64) -> String {
    say(format!("downloader:   fetching {what} (ticks: {ticks})"));
    await_!(sleep(ticks));
    format!("<{what}>")
}

/// Awaits two sub-coroutines one after the other.
#[coro_core::coroutine(yield = Request, send = Reply, error = Cancelled)]
fn downloader() {
    let a = await_!(fetch("a.txt", 2));
    let b = await_!(fetch("b.txt", 1));
    say(format!("downloader:   got {a} and {b}"));
}

/// Works one tick at a time until cancelled. Its cleanup closes its connection; with
/// `slow_cleanup` the cleanup also awaits (allowed when cancelled by `throw`, E2).
#[coro_core::coroutine(yield = Request, send = Reply, error = Cancelled)]
fn worker(name: &'static str, slow_cleanup: bool) {
    say(format!("{name}:     connection opened"));
    try_! {
        {
            let mut n = 0;
            loop {
                n += 1;
                say(format!("{name}:     working ({n})"));
                await_!(sleep(1));
            }
        }
        catch (cancelled) {
            say(format!("{name}:     cancelled: {}", cancelled.0));
            // Let the cancellation go on once the cleanup is done.
            Err(cancelled)?;
        }
        finally {
            say(format!("{name}:     cleanup: flushing"));
            if slow_cleanup {
                await_!(sleep(2));
            }
            say(format!("{name}:     cleanup: connection closed"));
        }
    }
}

/// Cancels both workers (one by `throw`, one by `close`), then joins the tasks it watches.
#[coro_core::coroutine(yield = Request, send = Reply, error = Cancelled)]
fn supervisor(worker1: TaskId, worker2: TaskId, downloader: TaskId) {
    await_!(sleep(3));
    say("supervisor:   cancelling worker-1 by throw");
    await_!(cancel(worker1, How::Throw));
    say("supervisor:   cancelling worker-2 by close");
    await_!(cancel(worker2, How::Close));
    let outcome = await_!(join(worker1));
    say(format!("supervisor:   worker-1 ended: {outcome:?}"));
    let outcome = await_!(join(downloader));
    say(format!("supervisor:   downloader ended: {outcome:?}"));
}

// ---------------------------------------------------------------------------------------------
// The scheduler

#[derive(Debug, Default)]
struct Scheduler {
    names: Vec<&'static str>,
    tasks: Vec<Option<TaskBox>>,
    /// Tasks to resume now, with what to resume them with (`None`: start).
    ready: VecDeque<(TaskId, Option<Reply>)>,
    /// Sleeping tasks and the tick they wake at.
    sleeping: Vec<(u64, TaskId)>,
    /// Who waits for whom.
    joiners: HashMap<TaskId, Vec<TaskId>>,
    outcomes: HashMap<TaskId, Outcome>,
}

/// `Task` with a `Debug` impl, so the scheduler can derive it.
struct TaskBox(Task);

impl std::fmt::Debug for TaskBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Task({:?})", self.0.state())
    }
}

impl Scheduler {
    fn spawn(&mut self, name: &'static str, task: Task) -> TaskId {
        let id = self.tasks.len();
        self.names.push(name);
        self.tasks.push(Some(TaskBox(task)));
        self.ready.push_back((id, None));
        id
    }

    fn run(&mut self) {
        loop {
            while let Some((id, reply)) = self.ready.pop_front() {
                let Some(task) = self.tasks[id].as_mut() else {
                    continue;
                };
                let result = match reply {
                    None => task.0.start(),
                    Some(reply) => task.0.send(reply),
                };
                self.handle(id, result);
            }
            // Nothing ready: advance the clock to the next wake-up, if any.
            let Some(&(wake, _)) = self.sleeping.iter().min_by_key(|(wake, _)| *wake) else {
                break;
            };
            NOW.with(|now| now.set(wake));
            let (due, later): (Vec<_>, Vec<_>) =
                self.sleeping.drain(..).partition(|(at, _)| *at <= wake);
            self.sleeping = later;
            for (_, id) in due {
                self.ready.push_back((id, Some(Reply::Woke)));
            }
        }
        event("all tasks ended");
        for (id, name) in self.names.iter().enumerate() {
            println!("  {name:<11} {:?}", self.outcomes[&id]);
        }
    }

    /// Acts on what one resume (or throw) of task `id` gave.
    fn handle(&mut self, id: TaskId, result: Result<Step<Request, ()>, Error<Cancelled>>) {
        match result {
            Ok(Step::Yielded(Request::Sleep(ticks))) => {
                let now = NOW.with(Cell::get);
                self.sleeping.push((now + ticks, id));
            }
            Ok(Step::Yielded(Request::Join(other))) => match self.outcomes.get(&other) {
                Some(outcome) => {
                    let reply = Reply::Joined(outcome.clone());
                    self.ready.push_back((id, Some(reply)));
                }
                None => self.joiners.entry(other).or_default().push(id),
            },
            Ok(Step::Yielded(Request::Cancel(other, how))) => {
                self.cancel(other, how);
                self.ready.push_back((id, Some(Reply::Done)));
            }
            Ok(Step::Complete(())) => self.finish(id, Outcome::Completed),
            Err(Error::Raised(Cancelled(reason))) => self.finish(id, Outcome::Cancelled(reason)),
            Err(other) => self.finish(id, Outcome::Failed(other.to_string())),
        }
    }

    /// Cancels a task that is waiting (sleeping, joining, or ready).
    fn cancel(&mut self, id: TaskId, how: How) {
        let name = self.names[id];
        self.sleeping.retain(|(_, sleeper)| *sleeper != id);
        self.ready.retain(|(ready, _)| *ready != id);
        for waiting in self.joiners.values_mut() {
            waiting.retain(|joiner| *joiner != id);
        }
        let Some(task) = self.tasks[id].as_mut() else {
            return;
        };
        match how {
            How::Throw => {
                event(format!("throw Cancelled into {name}"));
                let result = task.0.throw(Cancelled("supervisor said so".to_owned()));
                self.handle(id, result);
            }
            How::Close => {
                event(format!("close {name}"));
                let outcome = match task.0.close() {
                    Ok(_) => Outcome::Closed,
                    Err(error) => Outcome::Failed(error.to_string()),
                };
                self.finish(id, outcome);
            }
        }
    }

    fn finish(&mut self, id: TaskId, outcome: Outcome) {
        event(format!("{} ended: {outcome:?}", self.names[id]));
        self.tasks[id] = None;
        for joiner in self.joiners.remove(&id).unwrap_or_default() {
            self.ready
                .push_back((joiner, Some(Reply::Joined(outcome.clone()))));
        }
        self.outcomes.insert(id, outcome);
    }
}

fn main() {
    let mut scheduler = Scheduler::default();
    let w1 = scheduler.spawn("worker-1", Box::new(worker("worker-1", true)));
    let w2 = scheduler.spawn("worker-2", Box::new(worker("worker-2", false)));
    let dl = scheduler.spawn("downloader", Box::new(downloader()));
    scheduler.spawn("supervisor", Box::new(supervisor(w1, w2, dl)));
    scheduler.run();
}
