// Expansion snapshot `trait_method`: a trait method declaration without a body: only the signature changes.
// Written by `coro-macros/src/tests/snapshots.rs`; rewrite with `COROSNAP=overwrite cargo test -p coro-macros snapshot`.
//
// #[coroutine(generator, yield = u32)]
// fn items(&self);

trait Source {
    fn items(
        &self,
    ) -> impl ::coro_core::Coroutine<
        Yield = u32,
        Send = (),
        Return = (),
        Error = ::coro_core::__private::Infallible,
    > + ::coro_core::__private::Iterator<Item = u32>;
}
