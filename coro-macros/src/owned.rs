//! `Owned`: a token stream that `quote!` moves into its output instead of copying it.

use proc_macro2::TokenStream;
use quote::ToTokens;

/// A stream that `quote!` moves into its output instead of copying it. `quote!` interpolates
/// by reference, so a stream built for one use would be copied token by token and the original
/// then dropped token by token: unoptimised, as cargo builds proc macros, that is a tenth of an
/// expansion's instructions, and inside rustc two more bridge calls per interpolation.
/// Interpolated once.
pub struct Owned(std::cell::Cell<Option<TokenStream>>);

impl Owned {
    pub fn new(tokens: TokenStream) -> Self {
        Owned(std::cell::Cell::new(Some(tokens)))
    }
}

impl ToTokens for Owned {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let moved = self.0.take();
        debug_assert!(moved.is_some(), "an `Owned` stream interpolated twice");
        tokens.extend(moved);
    }
}
