//! The `#[coroutine]` attribute (placeholder).
use proc_macro::TokenStream;
#[proc_macro_attribute]
pub fn coroutine(_args: TokenStream, item: TokenStream) -> TokenStream {
    item
}
