// The unstable `yield` keyword instead of the `yield_!` marker. Two errors, and rustc's cannot
// be avoided: its parser records `yield` as gated syntax when it parses the item, before the
// attribute runs (`Parser::parse_expr_yield` calls `gated_spans.gate(sym::yield_expr, ..)`),
// so even an item that `#[cfg(any())]` removes gets "yield syntax is experimental". The
// attribute's error is the one that says what to write instead.
#[coro_core::coroutine(generator, yield = u32)]
fn numbers() {
    let _ = yield 1;
}

fn main() {
    let _ = numbers();
}
