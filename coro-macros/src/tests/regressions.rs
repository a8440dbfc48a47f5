//! One test per bug the fuzzer found, on its shrunk input, named for what broke. Each checks
//! the property the fuzzer checks: `expand` returns, with tokens that read as items.

use proc_macro2::TokenStream;

/// What is wrong with the expansion of each `(args, item)`, if anything.
fn failures(inputs: &[(&str, &str)]) -> Vec<String> {
    let mut out = Vec::new();
    for &(args, item) in inputs {
        let args: TokenStream = args.parse().expect("the arguments lex");
        let item: TokenStream = item.parse().expect("the function lexes");
        let text = item.to_string();
        match std::panic::catch_unwind(|| crate::expand::expand(args, item)) {
            Err(_) => out.push(format!("`expand` panicked on `{text}`")),
            Ok(tokens) => {
                if let Err(e) = syn::parse2::<syn::File>(tokens) {
                    out.push(format!("the expansion of `{text}` does not parse: {e}"));
                }
            }
        }
    }
    out
}

/// `a && b` / `a || b` whose right side suspends is rewritten as `if a { b } else { .. }`
/// without parentheses: with a struct literal on the left (`if S {} { .. }`) or an `if .. as T`
/// on the right (`{ if c {} else {} as T }`) the rewrite does not parse and `parse_quote!`
/// panicked (normalize.rs, the short-circuit arm of `lower_expr`).
#[test]
fn short_circuit_around_a_struct_literal_or_a_cast_if_does_not_panic() {
    let found = failures(&[
        (
            "yield = bool, send = bool",
            "fn f() -> bool { S {} || yield_!(true) }",
        ),
        (
            "yield = bool, send = bool",
            "fn f(p: P) -> bool { P { x: 1 } == p && yield_!(true) }",
        ),
        (
            "yield = bool, send = bool",
            "fn f(x: bool) -> bool { x || if yield_!(true) { true } else { false } as bool }",
        ),
    ]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A marker operand of `break` in a condition or a scrutinee is replaced by a bare temporary:
/// `if break __coro_t0 { .. }` reads as a struct literal, to syn and to rustc alike, and the
/// expansion no longer parses.
#[test]
fn break_of_a_marker_in_a_condition_keeps_the_expansion_parsable() {
    let found = failures(&[
        (
            "",
            "fn f() { if break yield_catch!() {} else { yield_catch!() } }",
        ),
        (
            "",
            "fn f() { match break yield_!() { _ => { yield_!() } } }",
        ),
    ]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}
