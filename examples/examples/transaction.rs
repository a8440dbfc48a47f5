//! An async context manager: a database transaction that commits when its block ends normally
//! and rolls back when an error leaves it (Python's `async with conn.transaction() as tx:`).
//!
//! - `Transaction` implements `coro_core::AsyncContextManager`. Its `aenter` awaits `BEGIN` and
//!   gives the block a `Tx` handle; its `aexit` awaits `COMMIT` when the block ended normally
//!   (or by `return`), `ROLLBACK` when an error is leaving it, and never suppresses the error.
//!   Both are `#[coroutine(future)]` functions that own what they need (an `Rc` handle), as the
//!   trait asks: the awaitables borrow nothing from the manager.
//! - `transfer` uses it with `async_with!`. Writes are staged in the transaction and reach the
//!   table only on commit, so a failed transfer leaves no trace; the error goes on to the
//!   caller, out of `block_on` as `Err(Error::Raised(..))`.
//! - Each database round trip is a plain Rust future that takes one extra poll.
//!
//! Run it with `cargo run --example transaction`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use coro_core::{AsyncContextManager, Caught, Coroutine, Error, Pending, async_with, await_};
use futures::executor::block_on;

/// What a transfer can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
enum BankError {
    UnknownAccount(&'static str),
    Insufficient {
        account: &'static str,
        balance: i64,
        wanted: i64,
    },
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::UnknownAccount(account) => write!(f, "no account {account:?}"),
            BankError::Insufficient {
                account,
                balance,
                wanted,
            } => write!(f, "{account} has {balance}, cannot pay {wanted}"),
        }
    }
}

/// The table and the writes of the open transaction.
#[derive(Debug, Default)]
struct Tables {
    accounts: BTreeMap<&'static str, i64>,
    staged: BTreeMap<&'static str, i64>,
}

/// A connection: a shared handle on the tables.
#[derive(Debug, Clone, Default)]
struct Db(Rc<RefCell<Tables>>);

impl Db {
    fn with_accounts(accounts: &[(&'static str, i64)]) -> Self {
        let db = Db::default();
        db.0.borrow_mut().accounts.extend(accounts.iter().copied());
        db
    }

    /// Applies the staged writes.
    fn commit(&self) {
        let mut tables = self.0.borrow_mut();
        let staged = std::mem::take(&mut tables.staged);
        tables.accounts.extend(staged);
    }

    /// Forgets the staged writes.
    fn rollback(&self) {
        self.0.borrow_mut().staged.clear();
    }

    fn transaction(&self) -> Transaction {
        Transaction { db: self.clone() }
    }

    fn balances(&self) -> String {
        let tables = self.0.borrow();
        let list: Vec<String> = tables
            .accounts
            .iter()
            .map(|(name, balance)| format!("{name} {balance}"))
            .collect();
        list.join(", ")
    }
}

/// The handle the block works with: reads see the staged writes, writes are staged.
#[derive(Debug, Clone)]
struct Tx(Db);

impl Tx {
    fn balance(&self, account: &'static str) -> Result<i64, BankError> {
        let tables = (self.0).0.borrow();
        let staged = tables.staged.get(account);
        staged
            .or_else(|| tables.accounts.get(account))
            .copied()
            .ok_or(BankError::UnknownAccount(account))
    }

    fn set(&self, account: &'static str, balance: i64) {
        (self.0).0.borrow_mut().staged.insert(account, balance);
    }
}

/// One round trip to the database server: ready on the second poll.
#[derive(Debug)]
struct RoundTrip {
    sent: bool,
}

fn round_trip(statement: String) -> RoundTrip {
    println!("    > {statement}");
    RoundTrip { sent: false }
}

impl Future for RoundTrip {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.sent {
            Poll::Ready(())
        } else {
            self.sent = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// The async context manager.
#[derive(Debug)]
struct Transaction {
    db: Db,
}

#[coro_core::coroutine(future, error = BankError)]
fn begin(db: Db) -> Tx {
    await_!(round_trip("BEGIN".into()));
    Tx(db)
}

/// Commits when nothing is leaving the block, rolls back otherwise; never suppresses.
#[coro_core::coroutine(future, error = BankError)]
fn end(db: Db, leaving: Option<String>) -> bool {
    match leaving {
        None => {
            await_!(round_trip("COMMIT".into()));
            db.commit();
        }
        Some(why) => {
            await_!(round_trip(format!("ROLLBACK  -- {why}")));
            db.rollback();
        }
    }
    false
}

impl AsyncContextManager for Transaction {
    type Value = Tx;
    type Yield = Pending;
    type Send = ();
    type Error = BankError;

    fn aenter(
        &mut self,
    ) -> impl Coroutine<Yield = Pending, Send = (), Return = Tx, Error = BankError> + use<> {
        begin(self.db.clone())
    }

    fn aexit(
        &mut self,
        error: Option<&Caught<BankError>>,
    ) -> impl Coroutine<Yield = Pending, Send = (), Return = bool, Error = BankError> + use<> {
        let leaving = error.map(|caught| match caught {
            Caught::Error(error) => error.to_string(),
            Caught::Exit => "cancelled".to_owned(),
            Caught::Protocol(error) => error.to_string(),
        });
        end(self.db.clone(), leaving)
    }
}

/// Moves `amount` from one account to the other in one transaction; returns the payer's new
/// balance.
#[coro_core::coroutine(future, error = BankError)]
fn transfer(db: Db, from: &'static str, to: &'static str, amount: i64) -> i64 {
    let mut left = 0;
    async_with!(let tx = db.transaction() {
        if amount == 0 {
            println!("    nothing to move");
            return tx.balance(from)?; // leaves the block: the transaction still ends (commits)
        }
        let balance = tx.balance(from)?;
        tx.set(from, balance - amount);
        await_!(round_trip(format!("UPDATE {from} SET balance = {}", balance - amount)));
        if balance < amount {
            // The write above is staged: the rollback undoes it.
            Err(BankError::Insufficient { account: from, balance, wanted: amount })?;
        }
        let other = tx.balance(to)?;
        tx.set(to, other + amount);
        await_!(round_trip(format!("UPDATE {to} SET balance = {}", other + amount)));
        left = balance - amount;
    });
    left
}

fn run(db: &Db, from: &'static str, to: &'static str, amount: i64) {
    println!();
    println!("transfer {amount} from {from} to {to}:");
    match block_on(transfer(db.clone(), from, to, amount)) {
        Ok(left) => println!("  -> done, {from} has {left} left"),
        Err(Error::Raised(error)) => println!("  -> failed: {error}"),
        Err(error) => println!("  -> protocol error: {error}"),
    }
    println!("balances: {}", db.balances());
}

fn main() {
    let db = Db::with_accounts(&[("alice", 100), ("bob", 20)]);
    println!("balances: {}", db.balances());
    run(&db, "alice", "bob", 30); // commits
    run(&db, "bob", "alice", 80); // rolls back: bob has 50
    run(&db, "alice", "carol", 10); // rolls back: no such account
    run(&db, "alice", "bob", 0); // returns from inside the block: commits
}
