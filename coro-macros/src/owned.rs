//! Moving token streams rather than copying them: `Owned`, a stream that `quote!` moves into
//! its output, `AppendStream`, which moves a stream to the end of another, `quote_onto!`,
//! which quotes onto the end of a stream in place, and `Trees`, tokens written many times.

use proc_macro2::{TokenStream, TokenTree};
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
        if let Some(moved) = moved {
            // First in its stream (`{ #code }`), the stream itself, not its tokens one by one.
            tokens.append_stream(moved);
        }
    }
}

/// One token (most often an identifier made for one use) that `quote!` moves into its output.
/// `quote!` clones an interpolated `Ident`, which allocates unoptimised (proc-macro2's fallback
/// keeps the name in a box), and the original is then dropped. Interpolated once, as `Owned`.
pub struct OwnedTree(std::cell::Cell<Option<TokenTree>>);

impl OwnedTree {
    pub fn new(tree: impl Into<TokenTree>) -> Self {
        OwnedTree(std::cell::Cell::new(Some(tree.into())))
    }
}

impl ToTokens for OwnedTree {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let moved = self.0.take();
        debug_assert!(moved.is_some(), "an `OwnedTree` interpolated twice");
        tokens.extend(moved);
    }
}

/// `quote!` onto the end of the stream `out`: the stream is moved into the new one, first, and
/// the new tokens follow it there. Unoptimised, `out.append_stream(quote!(..))` copies each
/// new token a second time.
macro_rules! quote_onto {
    ($out:expr, $($tokens:tt)*) => {{
        let out: &mut ::proc_macro2::TokenStream = $out;
        let previous = $crate::owned::Owned::new(::std::mem::take(out));
        *out = ::quote::quote!(#previous $($tokens)*);
    }};
}
pub(crate) use quote_onto;

/// `quote_onto!` with `quote_spanned!`: `quote_spanned_onto!(out, span=> ..)`.
macro_rules! quote_spanned_onto {
    ($out:expr, $span:expr=> $($tokens:tt)*) => {{
        let out: &mut ::proc_macro2::TokenStream = $out;
        let previous = $crate::owned::Owned::new(::std::mem::take(out));
        *out = ::quote::quote_spanned!($span=> #previous $($tokens)*);
    }};
}
pub(crate) use quote_spanned_onto;

/// Tokens written the same way many times (`::coro_core::__private`), kept as trees. A stream
/// kept for that would be shared when interpolated, and appending a shared stream first copies
/// its whole vector (proc-macro2's fallback, as the macro runs outside rustc); these trees are
/// pushed one by one instead, and a copy of `Trees` shares them.
#[derive(Clone)]
pub struct Trees(std::rc::Rc<[proc_macro2::TokenTree]>);

impl Trees {
    pub fn new(tokens: TokenStream) -> Self {
        Trees(tokens.into_iter().collect())
    }
}

impl ToTokens for Trees {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
}

/// `out.append_stream(s)`: `out.extend([s])`, except that an empty `out` becomes `s` itself.
/// Unoptimised, extending moves the tokens one by one, and a block's code is most often added
/// to an empty stream (the first statement of a level, the body of a group).
pub trait AppendStream {
    fn append_stream(&mut self, stream: TokenStream);
}

impl AppendStream for TokenStream {
    fn append_stream(&mut self, stream: TokenStream) {
        if self.is_empty() {
            *self = stream;
        } else {
            self.extend([stream]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{AppendStream, Owned};
    use quote::quote;

    #[test]
    fn writes_its_stream_where_interpolated() {
        let inner = Owned::new(quote!(a + b));
        let outer = quote!(let x = { #inner };);
        assert_eq!(outer.to_string(), "let x = { a + b } ;");
    }

    #[test]
    fn first_or_later_in_its_stream() {
        let (first, later) = (Owned::new(quote!(a)), Owned::new(quote!(b c)));
        assert_eq!(quote!(#first + #later).to_string(), "a + b c");
        let alone = Owned::new(quote!(x y));
        assert_eq!(quote!((#alone)).to_string(), "(x y)");
    }

    #[test]
    fn quotes_onto_the_end_of_a_stream() {
        let (mut out, x) = (quote!(a b), quote!(x));
        quote_onto!(&mut out, c #x);
        let span = proc_macro2::Span::call_site();
        quote_spanned_onto!(&mut out, span=> (d));
        assert_eq!(out.to_string(), "a b c x (d)");
        let mut empty = proc_macro2::TokenStream::new();
        quote_onto!(&mut empty, e);
        assert_eq!(empty.to_string(), "e");
    }

    #[test]
    fn trees_write_their_tokens_each_time() {
        let path = super::Trees::new(quote!(::a::b));
        let copy = path.clone();
        assert_eq!(
            quote!(#path::c(#copy::d)).to_string(),
            ":: a :: b :: c (:: a :: b :: d)"
        );
    }

    #[test]
    fn appends_to_empty_and_full_streams() {
        let mut out = proc_macro2::TokenStream::new();
        out.append_stream(quote!(a b));
        out.append_stream(quote!(c));
        out.append_stream(proc_macro2::TokenStream::new());
        assert_eq!(out.to_string(), "a b c");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "interpolated twice")]
    fn a_second_interpolation_is_caught() {
        let inner = Owned::new(quote!(a));
        let _ = quote!(#inner #inner);
    }
}
