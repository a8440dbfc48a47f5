//! `#[coroutine(clone)]`: a clone is a coroutine of its own, at the same point, with clones of
//! everything the original keeps (parameters, locals, drop flags, awaited coroutines, a `for`
//! loop's iterator).

use std::cell::RefCell;
use std::rc::Rc;

use coro_core::{Coroutine, Step, await_, yield_};
use coro_tests::counted;

#[coro_core::coroutine(generator, yield = String, clone)]
fn words(prefix: String) {
    let mut count = 0;
    for word in vec!["a".to_owned(), "b".to_owned()] {
        count += 1;
        yield_!(format!("{prefix}{word}{count}"));
    }
}

#[test]
fn a_clone_before_start_keeps_the_parameters() {
    let original = words("x".to_owned());
    let copy = original.clone();
    assert_eq!(original.collect::<Vec<_>>(), ["xa1", "xb2"]);
    assert_eq!(copy.collect::<Vec<_>>(), ["xa1", "xb2"]);
}

#[test]
fn a_clone_resumes_where_the_original_is() {
    let mut original = words("x".to_owned());
    assert_eq!(original.next().as_deref(), Some("xa1"));
    let copy = original.clone();
    assert_eq!(original.collect::<Vec<_>>(), ["xb2"]);
    assert_eq!(copy.collect::<Vec<_>>(), ["xb2"]);
}

/// Counts its drops, to tell a kept local from a dropped one.
#[derive(Clone)]
struct Tracked(Rc<RefCell<Vec<&'static str>>>, &'static str);

impl Drop for Tracked {
    fn drop(&mut self) {
        self.0.borrow_mut().push(self.1);
    }
}

#[coro_core::coroutine(generator, yield = u32, clone)]
fn maybe_moved(log: Rc<RefCell<Vec<&'static str>>>, give_up: bool) {
    let kept = Tracked(Rc::clone(&log), "kept");
    if give_up {
        drop(kept);
    }
    yield_!(1);
    yield_!(2);
}

#[test]
fn a_drop_flag_is_cloned_with_its_local() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut original = maybe_moved(Rc::clone(&log), false);
    assert_eq!(original.next(), Some(1));
    let copy = original.clone();
    drop(original);
    drop(copy);
    assert_eq!(*log.borrow(), ["kept", "kept"]);

    log.borrow_mut().clear();
    let mut original = maybe_moved(Rc::clone(&log), true);
    assert_eq!(original.next(), Some(1));
    assert_eq!(*log.borrow(), ["kept"]);
    let copy = original.clone();
    drop(original);
    drop(copy);
    assert_eq!(*log.borrow(), ["kept"]);
}

#[coro_core::coroutine(generator, yield = u32, clone)]
fn delegating() -> u32 {
    let first = await_!(counted(1));
    let second = await_!(counted(5));
    first + second
}

#[test]
fn a_clone_inside_a_delegation_clones_the_delegate() {
    let mut original = delegating();
    assert_eq!(original.start(), Ok(Step::Yielded(1)));
    let mut copy = original.clone();
    assert_eq!(original.send(()), Ok(Step::Yielded(2)));
    assert_eq!(copy.send(()), Ok(Step::Yielded(2)));
    assert_eq!(copy.send(()), Ok(Step::Yielded(5)));
    let rest: Vec<_> = std::iter::from_fn(|| original.send(()).ok()).collect();
    assert_eq!(
        rest,
        [Step::Yielded(5), Step::Yielded(6), Step::Complete(60)]
    );
}
