//! Async iteration over a paged source (Python's `async for` over an API that serves a table
//! page by page).
//!
//! - `Api::fetch(page)` is a plain Rust future that takes a few polls to arrive (it wakes its
//!   task and answers `Pending` until then), like a request on the network.
//! - `rows` is an async generator (`#[coroutine(async_generator)]`): it awaits one page at a
//!   time and yields its rows, so a consumer that stops early fetches only the pages it needs.
//!   It is consumed two ways: with `async_for!` in a coroutine-future, and as a
//!   `futures::Stream` with `filter` / `map` / `collect`.
//! - `Pages` is the same iteration written by hand: a type that implements
//!   `coro_core::AsyncIterator` (one "next" per page) by driving the fetch through a
//!   `FutureAwaiter`, consumed with `async_for!`.
//!
//! Everything runs on `futures::executor::block_on`. Run it with `cargo run --example paged`.

use std::cell::Cell;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use coro_core::{
    AsyncIterator, Coroutine, Error, FutureAwaiter, Input, Pending, Step, async_for, await_, yield_,
};
use futures::StreamExt;
use futures::executor::block_on;

/// One row of the remote table.
#[derive(Debug, Clone)]
struct Row {
    id: u32,
    name: &'static str,
    stock: u32,
}

/// One page of rows, and where the next one is.
#[derive(Debug)]
struct Page {
    number: usize,
    rows: Vec<Row>,
    next: Option<usize>,
}

/// A stand-in for a remote API: a table served `page_size` rows at a time. Cloning it clones
/// a handle, so each future and generator owns what it uses.
#[derive(Debug, Clone)]
struct Api {
    table: Rc<Vec<Row>>,
    page_size: usize,
    fetches: Rc<Cell<usize>>,
}

impl Api {
    fn new(page_size: usize) -> Self {
        let names = [
            "anchor", "bolt", "clamp", "drill", "easel", "file", "gauge", "hinge", "inker", "jack",
            "knob",
        ];
        let stocks = [12, 3, 2, 7, 25, 0, 4, 9, 1, 30, 6];
        let table = names
            .iter()
            .zip(stocks)
            .zip(1..)
            .map(|((&name, stock), id)| Row { id, name, stock })
            .collect();
        Api {
            table: Rc::new(table),
            page_size,
            fetches: Rc::new(Cell::new(0)),
        }
    }

    /// Requests one page; the answer arrives after two polls.
    fn fetch(&self, number: usize) -> Fetch {
        println!("    (fetching page {number})");
        self.fetches.set(self.fetches.get() + 1);
        Fetch {
            api: self.clone(),
            number,
            polls_left: 2,
        }
    }
}

/// The future of one page.
#[derive(Debug)]
struct Fetch {
    api: Api,
    number: usize,
    polls_left: u32,
}

impl Future for Fetch {
    type Output = Page;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Page> {
        if self.polls_left > 0 {
            // Not there yet: ask to be polled again (a real client would wake on I/O).
            self.polls_left -= 1;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        let start = self.number * self.api.page_size;
        let end = (start + self.api.page_size).min(self.api.table.len());
        let rows = self.api.table.get(start..end).unwrap_or_default().to_vec();
        let next = (end < self.api.table.len()).then_some(self.number + 1);
        Poll::Ready(Page {
            number: self.number,
            rows,
            next,
        })
    }
}

/// Every row of the table, fetching a page only when the consumer gets to it.
#[coro_core::coroutine(async_generator, yield = Row)]
fn rows(api: Api) {
    let mut next = Some(0);
    while let Some(number) = next {
        let page = await_!(api.fetch(number));
        next = page.next;
        for row in page.rows {
            yield_!(row);
        }
    }
}

/// The first row that is out of stock: the loop ends there, and no later page is fetched.
#[coro_core::coroutine(future)]
fn first_out_of_stock(api: Api) -> Option<Row> {
    async_for!(row in rows(api) {
        println!("  row {:>2} {:<6} stock {}", row.id, row.name, row.stock);
        if row.stock == 0 {
            return Some(row);
        }
    });
    None
}

/// The pages of the table, one "next" per page: the same iteration as `rows`, by hand.
#[derive(Debug)]
struct Pages {
    api: Api,
    next: Option<usize>,
    /// The fetch the pending "next" is waiting for.
    fetching: Option<FutureAwaiter<Fetch, Infallible>>,
}

impl Pages {
    fn new(api: Api) -> Self {
        Pages {
            api,
            next: Some(0),
            fetching: None,
        }
    }
}

impl AsyncIterator for Pages {
    type Item = Page;
    type Yield = Pending;
    type Send = ();
    type Error = Infallible;

    fn next_step(
        &mut self,
        input: Input<(), Infallible>,
    ) -> Result<Step<Pending, Option<Page>>, Error<Infallible>> {
        match input {
            // A new "next": start the fetch of the next page, if there is one.
            Input::Start => match self.next.take() {
                Some(number) => {
                    self.fetching = Some(FutureAwaiter::new(self.api.fetch(number)));
                }
                None => return Ok(Step::Complete(None)), // StopAsyncIteration
            },
            // The driver resumes the pending "next".
            Input::Send(()) => {}
            Input::Throw(never) => match never {},
            // The loop was left while a fetch was pending: drop (cancel) it.
            Input::Close => {
                self.fetching = None;
                return Ok(Step::Complete(None));
            }
        }
        let Some(fetching) = self.fetching.as_mut() else {
            return Err(Error::Reused);
        };
        // The awaiter polls the fetch with the waker of the task that polls the coroutine.
        match fetching.send(())? {
            Step::Yielded(Pending) => Ok(Step::Yielded(Pending)),
            Step::Complete(page) => {
                self.fetching = None;
                self.next = page.next;
                Ok(Step::Complete(Some(page)))
            }
        }
    }
}

/// Total stock per page, with `async_for!` over the hand-written iterator.
#[coro_core::coroutine(future)]
fn stock_per_page(api: Api) -> u32 {
    let mut total = 0;
    async_for!(page in Pages::new(api) {
        let stock: u32 = page.rows.iter().map(|row| row.stock).sum();
        println!(
            "  page {}: {} rows, stock {stock}",
            page.number,
            page.rows.len()
        );
        total += stock;
    });
    total
}

fn main() -> Result<(), Error<Infallible>> {
    let api = Api::new(4);

    println!("async_for! over an async generator, stopping at the first row out of stock:");
    let found = block_on(first_out_of_stock(api.clone()))?;
    if let Some(row) = found {
        println!("  -> {} (id {}) is out of stock", row.name, row.id);
    }
    println!("  pages fetched: {} of 3", api.fetches.replace(0));

    println!();
    println!("the same async generator as a futures::Stream (filter, map, collect):");
    let low: Vec<String> = block_on(
        rows(api.clone())
            .filter(|row| futures::future::ready(row.stock < 5))
            .map(|row| format!("{}({})", row.name, row.stock))
            .collect(),
    );
    println!("  -> low stock: {}", low.join(", "));
    println!("  pages fetched: {} of 3", api.fetches.replace(0));

    println!();
    println!("async_for! over a hand-written AsyncIterator of pages:");
    let total = block_on(stock_per_page(api.clone()))?;
    println!("  -> total stock {total}");
    println!("  pages fetched: {} of 3", api.fetches.replace(0));
    Ok(())
}
