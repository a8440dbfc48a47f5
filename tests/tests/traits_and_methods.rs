//! `#[coroutine]` on methods of inherent and trait impls, and on trait method declarations.

use coro_core::{Coroutine, Step, yield_};

trait Source {
    /// A trait method declaration: the attribute writes the return type.
    #[coro_core::coroutine(generator, yield = u32)]
    fn items(&self);

    /// A default body.
    #[coro_core::coroutine(generator, yield = u32)]
    fn twice(&self) {
        yield_!(self.base() * 2);
    }

    fn base(&self) -> u32;
}

struct Numbers(Vec<u32>);

impl Source for Numbers {
    #[coro_core::coroutine(generator, yield = u32)]
    fn items(&self) {
        for &n in &self.0 {
            yield_!(n);
        }
    }

    fn base(&self) -> u32 {
        self.0.len() as u32
    }
}

#[derive(Debug, PartialEq)]
struct Account {
    balance: i64,
}

impl Account {
    /// `&mut self`: each sent amount is applied; the balance is yielded.
    #[coro_core::coroutine(yield = i64, send = i64)]
    fn ledger(&mut self) -> i64 {
        loop {
            let amount = yield_!(self.balance);
            if amount == 0 {
                return self.balance;
            }
            self.balance += amount;
        }
    }

    /// `self` by value: the account moves into the coroutine.
    #[coro_core::coroutine(generator, yield = i64)]
    fn into_history(mut self, steps: i64) -> Account {
        for _ in 0..steps {
            self.balance *= 2;
            yield_!(self.balance);
        }
        self
    }
}

#[test]
fn trait_methods_with_and_without_default_bodies() {
    let n = Numbers(vec![3, 1, 4]);
    assert_eq!(n.items().collect::<Vec<_>>(), vec![3, 1, 4]);
    assert_eq!(n.twice().collect::<Vec<_>>(), vec![6]);
}

#[test]
fn receivers_by_reference_and_by_value() {
    let mut account = Account { balance: 10 };
    {
        let mut ledger = account.ledger();
        assert_eq!(ledger.start(), Ok(Step::Yielded(10)));
        assert_eq!(ledger.send(5), Ok(Step::Yielded(15)));
        assert_eq!(ledger.send(0), Ok(Step::Complete(15)));
    }
    assert_eq!(account.balance, 15);
    let mut history = account.into_history(2);
    assert_eq!(history.start(), Ok(Step::Yielded(30)));
    assert_eq!(history.send(()), Ok(Step::Yielded(60)));
    match history.send(()) {
        Ok(Step::Complete(account)) => assert_eq!(account.balance, 60),
        other => panic!("unexpected {:?}", other.map(|s| s.yielded())),
    }
}
