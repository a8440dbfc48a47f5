//! Collects every misuse found in one expansion, so the user sees them all in one compile.

use proc_macro2::TokenStream;

#[derive(Default)]
pub struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// All errors as `compile_error!` invocations, each at its own span.
    pub fn to_compile_errors(&self) -> TokenStream {
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}

/// Tokens as the user would write them in a message: `self: &Self`, not `self : & Self`.
pub fn tidy(tokens: &impl quote::ToTokens) -> String {
    let text = tokens.to_token_stream().to_string();
    let mut out = text
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" < ", "<")
        .replace("< ", "<")
        .replace(" <", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
        .replace(" : ", ": ")
        .replace("& ", "&")
        .replace(" ;", ";");
    if out.starts_with(":: ") {
        out = out.replacen(":: ", "::", 1);
    }
    out
}
