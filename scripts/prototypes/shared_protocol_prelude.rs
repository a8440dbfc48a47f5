// ---- shared-protocol prototype (variant B2: B, with `finish` folded into `run`, `Drop::drop` inlined, and the state enum giving only constants): defined once per crate ----
pub mod shared {
    use core::marker::PhantomData;
    use coro_core::{Coroutine, Error, Input, Kind, State, Step};
    use coro_core::__private::{Busy, DropReport, Flavor, Status, Unwind};

    /// The per-coroutine part, object safe: generic only over the signature.
    pub trait ErasedBody<Y, Sd, R, E> {
        /// Runs the body once on the state with this input; with `None`, drops the state
        /// instead (one function per coroutine rather than two).
        fn run(&mut self, input: Option<Input<Sd, E>>) -> Result<Step<Y, R>, Unwind<E>>;
    }

    struct FinishOnUnwind<'a, S: StateConsts>(&'a mut S);

    impl<S: StateConsts> Drop for FinishOnUnwind<'_, S> {
        fn drop(&mut self) {
            *self.0 = S::FINISHED;
        }
    }

    /// What the state enum of each expansion gives: constants only (no `status`: the shared
    /// code keeps the status).
    pub trait StateConsts {
        const NAME: &'static str;
        const FINISHED: Self;
    }

    /// The shared code's view of a machine: a `repr(C)` machine whose first field is its
    /// status, behind `dyn`.
    pub type Erased<'a, Y, Sd, R, E> = &'a mut dyn ErasedBody<Y, Sd, R, E>;

    #[inline(always)]
    fn status_of<Y, Sd, R, E>(m: &mut dyn ErasedBody<Y, Sd, R, E>) -> &mut Status {
        // SAFETY: every `ErasedBody` is a `repr(C)` `SharedMachine`, whose first field is its
        // status; the pointer is derived from the unique borrow of the whole machine.
        unsafe { &mut *(m as *mut dyn ErasedBody<Y, Sd, R, E> as *mut Status) }
    }

    /// `Machine` with its status kept by the shared code in front of the state (the state
    /// enum's tag is not read). `repr(C)`: the shared code finds the status at the start of the
    /// erased machine.
    #[repr(C)]
    pub struct SharedMachine<S, F, Y, Sd, R, E, K, B, D>
    where
        S: StateConsts,
        F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
        K: Flavor,
        B: Busy,
        D: DropReport<E>,
    {
        pub status: Status,
        pub state: S,
        pub busy: B,
        pub body: F,
        pub signature: PhantomData<fn(Sd) -> (Y, R, E, K, D)>,
    }

    impl<S, F, Y, Sd, R, E, K, B, D> ErasedBody<Y, Sd, R, E> for SharedMachine<S, F, Y, Sd, R, E, K, B, D>
    where
        S: StateConsts,
        F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
        K: Flavor,
        B: Busy,
        D: DropReport<E>,
    {
        fn run(&mut self, input: Option<Input<Sd, E>>) -> Result<Step<Y, R>, Unwind<E>> {
            let Some(input) = input else {
                self.state = S::FINISHED;
                return Err(Unwind::Exit);
            };
            if B::GUARDED {
                // A delegating body resumes its delegate inside the suspended state: a panic
                // drops the state (the status stays `Running`, so no busy flag is needed).
                let guard = FinishOnUnwind(&mut self.state);
                let outcome = (self.body)(&mut *guard.0, input);
                core::mem::forget(guard);
                outcome
            } else {
                (self.body)(&mut self.state, input)
            }
        }

    }

    // `finished_error`, `before`, `after`, `raised_error` and `closed` below are copies of the
    // private helpers of coro-core/src/machine.rs (as at 3ee6757; the prelude cannot call
    // them). A measurement prototype: taken into coro-core, the shared functions would call
    // the originals, not keep these.
    type Outcome<Y, R, E> = (Result<Step<Y, R>, Error<E>>, bool);

    fn finished_error<E, K: Flavor>() -> Error<E> {
        match K::KIND {
            Kind::Generator | Kind::AsyncGenerator => Error::Exhausted,
            Kind::Coroutine => Error::Reused,
        }
    }

    fn before<Sd, Y, R, E, K: Flavor>(
        status: Status,
        input: Input<Sd, E>,
    ) -> Result<Input<Sd, E>, Outcome<Y, R, E>> {
        match status {
            Status::Suspended => match input {
                Input::Start if !K::UNIT_SEND => Err((Err(Error::AlreadyStarted(K::KIND)), false)),
                input => Ok(input),
            },
            Status::Created => match input {
                Input::Start => Ok(Input::Start),
                Input::Send(_) if K::UNIT_SEND => Ok(Input::Start),
                Input::Send(_) => Err((Err(Error::SentToNew(K::KIND)), false)),
                Input::Throw(e) => Err((Err(Error::Raised(e)), true)),
                Input::Close => Err((Err(Error::Exit(K::KIND)), true)),
            },
            Status::Finished => Err((
                Err(match (K::KIND, input) {
                    (_, Input::Close) => Error::Exit(K::KIND),
                    (Kind::Generator, Input::Throw(e)) => Error::Raised(e),
                    _ => finished_error::<E, K>(),
                }),
                false,
            )),
            Status::Running | Status::PoisonReported => Err((Err(Error::Poisoned(K::KIND)), false)),
        }
    }

    fn after<Y, R, E, K: Flavor>(outcome: Result<Step<Y, R>, Unwind<E>>) -> Outcome<Y, R, E> {
        match outcome {
            Ok(Step::Yielded(y)) => (Ok(Step::Yielded(y)), false),
            Ok(Step::Complete(r)) => (Ok(Step::Complete(r)), true),
            Err(unwind) => (Err(raised_error::<E, K>(unwind)), true),
        }
    }

    fn raised_error<E, K: Flavor>(unwind: Unwind<E>) -> Error<E> {
        match unwind {
            Unwind::Raised(e) => Error::Raised(e),
            Unwind::Exit => Error::Exit(K::KIND),
            Unwind::Protocol(e) => e,
        }
    }

    fn closed<Y, R, E, K: Flavor>(result: Result<Step<Y, R>, Error<E>>) -> Result<Option<R>, Error<E>> {
        match result {
            Err(Error::Exit(_)) => Ok(None),
            Ok(Step::Complete(r)) => Ok(Some(r)),
            Ok(Step::Yielded(_)) => Err(Error::IgnoredExit(K::KIND)),
            Err(e) => Err(e),
        }
    }

    /// `start`, `send`, `throw` and `close`: once per signature.
    pub fn resume<Y, Sd, R, E, K: Flavor>(
        m: Erased<'_, Y, Sd, R, E>,
        input: Input<Sd, E>,
    ) -> Result<Step<Y, R>, Error<E>> {
        let (result, finished) = match before::<Sd, Y, R, E, K>(*status_of(m), input) {
            Ok(input) => {
                // A panic out of the body leaves it `Running` (P1).
                *status_of(m) = Status::Running;
                let outcome = after::<Y, R, E, K>(m.run(Some(input)));
                if !outcome.1 {
                    *status_of(m) = Status::Suspended;
                }
                outcome
            }
            Err(answer) => answer,
        };
        if finished {
            *status_of(m) = Status::Finished;
            let _ = m.run(None);
        }
        result
    }

    pub fn close<Y, Sd, R, E, K: Flavor>(m: Erased<'_, Y, Sd, R, E>) -> Result<Option<R>, Error<E>> {
        closed::<Y, R, E, K>(resume::<Y, Sd, R, E, K>(m, Input::Close))
    }

    /// C5, once per signature.
    pub fn drop_close<Y, Sd, R, E, K: Flavor, D: DropReport<E>>(m: Erased<'_, Y, Sd, R, E>, name: &'static str) {
        // A body that panicked is `Running`: nothing to close.
        if *status_of(m) != Status::Suspended {
            return;
        }
        if let Err(error) = close::<Y, Sd, R, E, K>(m) {
            D::report(name, &error);
        }
    }

    pub fn state(status: Status) -> State {
        match status {
            Status::Created => State::Created,
            Status::Suspended => State::Suspended,
            Status::Finished | Status::Running | Status::PoisonReported => State::Finished,
        }
    }

    impl<S, F, Y, Sd, R, E, K, B, D> Coroutine for SharedMachine<S, F, Y, Sd, R, E, K, B, D>
    where
        S: StateConsts,
        F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
        K: Flavor,
        B: Busy,
        D: DropReport<E>,
    {
        type Yield = Y;
        type Send = Sd;
        type Return = R;
        type Error = E;
        fn kind(&self) -> Kind {
            K::KIND
        }
        fn state(&self) -> State {
            state(self.status)
        }
        fn is_poisoned(&self) -> bool {
            matches!(self.status, Status::Running | Status::PoisonReported)
        }
        #[inline(always)]
        fn start(&mut self) -> Result<Step<Y, R>, Error<E>> {
            resume::<Y, Sd, R, E, K>(self, Input::Start)
        }
        #[inline(always)]
        fn send(&mut self, value: Sd) -> Result<Step<Y, R>, Error<E>> {
            resume::<Y, Sd, R, E, K>(self, Input::Send(value))
        }
        #[inline(always)]
        fn throw(&mut self, error: E) -> Result<Step<Y, R>, Error<E>> {
            resume::<Y, Sd, R, E, K>(self, Input::Throw(error))
        }
        #[inline(always)]
        fn close(&mut self) -> Result<Option<R>, Error<E>> {
            close::<Y, Sd, R, E, K>(self)
        }
    }

    impl<S, F, Y, Sd, R, E, K, B, D> Drop for SharedMachine<S, F, Y, Sd, R, E, K, B, D>
    where
        S: StateConsts,
        F: FnMut(&mut S, Input<Sd, E>) -> Result<Step<Y, R>, Unwind<E>>,
        K: Flavor,
        B: Busy,
        D: DropReport<E>,
    {
        #[inline(always)]
        fn drop(&mut self) {
            drop_close::<Y, Sd, R, E, K, D>(self, S::NAME)
        }
    }
}
// ---- end of prelude ----
