//! Finds the suspension points (the markers) and reports every marker used where the state
//! machine cannot reach it: closures, async blocks, nested items, other macros, match guards.

use proc_macro2::{TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Block, Expr, Macro, Stmt};

use crate::errors::Errors;

/// The suspension markers a body may use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MarkerKind {
    /// `yield_!(v)`: evaluates to the sent value; throw and close propagate like `?`.
    Yield,
    /// `yield_catch!(v)`: evaluates to `Resumed<Send, Error>`.
    YieldCatch,
}

impl MarkerKind {
    pub fn name(self) -> &'static str {
        match self {
            MarkerKind::Yield => "yield_",
            MarkerKind::YieldCatch => "yield_catch",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        match name {
            "yield_" => Some(MarkerKind::Yield),
            "yield_catch" => Some(MarkerKind::YieldCatch),
            _ => None,
        }
    }
}

/// Which marker, if any, this macro invocation is (matched on the last path segment, so
/// `coro_core::yield_!` works too).
pub fn marker_kind(mac: &Macro) -> Option<MarkerKind> {
    let last = mac.path.segments.last()?;
    MarkerKind::from_name(&last.ident.to_string())
}

/// The marker's operand: `yield_!(v)` gives `Some(v)`, `yield_!()` gives `None` (yields `()`).
pub fn marker_operand(mac: &Macro) -> syn::Result<Option<Expr>> {
    if mac.tokens.is_empty() {
        return Ok(None);
    }
    mac.parse_body::<Expr>().map(Some)
}

/// True when `expr` holds a suspension point the state machine must split at.
pub fn expr_suspends(expr: &Expr) -> bool {
    let mut finder = SuspensionFinder { found: false };
    finder.visit_expr(expr);
    finder.found
}

/// True when `stmt` holds a suspension point.
pub fn stmt_suspends(stmt: &Stmt) -> bool {
    let mut finder = SuspensionFinder { found: false };
    finder.visit_stmt(stmt);
    finder.found
}

/// True when `block` holds a suspension point.
pub fn block_suspends(block: &Block) -> bool {
    let mut finder = SuspensionFinder { found: false };
    finder.visit_block(block);
    finder.found
}

struct SuspensionFinder {
    found: bool,
}

impl<'ast> Visit<'ast> for SuspensionFinder {
    fn visit_macro(&mut self, mac: &'ast Macro) {
        if marker_kind(mac).is_some() {
            self.found = true;
        }
    }
    // What runs in another frame cannot suspend this one (validation reports it).
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
    fn visit_expr_const(&mut self, _: &'ast syn::ExprConst) {}
}

/// Reports every marker in a place no state can resume into.
pub fn validate(body: &Block, errors: &mut Errors) {
    let mut validator = Validator {
        errors,
        context: Vec::new(),
    };
    validator.visit_block(body);
}

struct Validator<'e> {
    errors: &'e mut Errors,
    /// Innermost last: the constructs between the body and the current node that no
    /// suspension may cross, with the advice for each.
    context: Vec<&'static str>,
}

impl Validator<'_> {
    fn within<T>(&mut self, what: &'static str, f: impl FnOnce(&mut Self) -> T) -> T {
        self.context.push(what);
        let out = f(self);
        self.context.pop();
        out
    }

    fn report_marker(&mut self, mac: &Macro, kind: MarkerKind) {
        if let Some(place) = self.context.last() {
            let advice = match *place {
                "a closure" => {
                    "move it to the coroutine body, or make the closure a `#[coroutine]` function of its own"
                }
                "an `async` block" => {
                    "`async` blocks are futures, not coroutines; use the marker in the coroutine body"
                }
                "a nested function or item" => {
                    "a nested item is not part of the coroutine; mark that function `#[coroutine]` itself"
                }
                "a match guard" => {
                    "match on the yielded value first: `let v = yield_!(x); match ... { p if v ... }`"
                }
                "a `const` block" => "constants are evaluated at compile time and cannot suspend",
                _ => "move it to the coroutine body",
            };
            self.errors.push(syn::Error::new_spanned(
                mac,
                format!("`{}!` cannot be used inside {place}; {advice}", kind.name()),
            ));
        } else if let Err(e) = marker_operand(mac) {
            self.errors.push(syn::Error::new(
                e.span(),
                format!("`{}!` takes one expression: {e}", kind.name()),
            ));
        }
    }
}

impl<'ast> Visit<'ast> for Validator<'_> {
    fn visit_macro(&mut self, mac: &'ast Macro) {
        if let Some(kind) = marker_kind(mac) {
            self.report_marker(mac, kind);
            if let Ok(Some(operand)) = marker_operand(mac) {
                self.visit_expr(&operand);
            }
            return;
        }
        // Another macro's arguments are tokens we cannot lower: a marker there would be
        // expanded by that macro, outside the state machine.
        if let Some(span) = find_marker_tokens(mac.tokens.clone()) {
            let name = mac
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            self.errors.push(syn::Error::new(
                span,
                format!(
                    "a suspension marker cannot be used inside `{name}!`; bind its value first: `let v = yield_!(...);` and pass `v`"
                ),
            ));
        }
    }

    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        self.within("a closure", |v| visit::visit_expr_closure(v, closure));
    }

    fn visit_expr_async(&mut self, block: &'ast syn::ExprAsync) {
        self.within("an `async` block", |v| visit::visit_expr_async(v, block));
    }

    fn visit_expr_const(&mut self, block: &'ast syn::ExprConst) {
        self.within("a `const` block", |v| visit::visit_expr_const(v, block));
    }

    fn visit_item(&mut self, item: &'ast syn::Item) {
        self.within("a nested function or item", |v| visit::visit_item(v, item));
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        for attr in &arm.attrs {
            self.visit_attribute(attr);
        }
        self.visit_pat(&arm.pat);
        if let Some((_, guard)) = &arm.guard {
            self.within("a match guard", |v| v.visit_expr(guard));
        }
        self.visit_expr(&arm.body);
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        visit::visit_local(self, local);
        if let Some(init) = &local.init {
            if let Some((_, diverge)) = &init.diverge {
                if expr_suspends(diverge) {
                    self.errors.push(syn::Error::new(
                        diverge.span(),
                        "a suspension inside the `else` block of `let ... else` is not supported; write it as a `match` whose other arm suspends",
                    ));
                }
            }
        }
    }
}

/// Looks for `yield_ !` / `yield_catch !` in raw tokens (another macro's arguments).
fn find_marker_tokens(tokens: TokenStream) -> Option<proc_macro2::Span> {
    let mut previous_marker: Option<proc_macro2::Span> = None;
    for tree in tokens {
        match &tree {
            TokenTree::Ident(ident) if MarkerKind::from_name(&ident.to_string()).is_some() => {
                previous_marker = Some(ident.span());
                continue;
            }
            TokenTree::Punct(p) if p.as_char() == '!' => {
                if let Some(span) = previous_marker {
                    return Some(span);
                }
            }
            TokenTree::Group(g) => {
                if let Some(span) = find_marker_tokens(g.stream()) {
                    return Some(span);
                }
            }
            _ => {}
        }
        previous_marker = None;
    }
    None
}

/// The paths the body names its markers by (`yield_`, `coro_core::yield_`, ...), once each.
pub fn marker_paths(body: &Block) -> Vec<syn::Path> {
    struct Paths(Vec<syn::Path>);
    impl<'ast> Visit<'ast> for Paths {
        fn visit_macro(&mut self, mac: &'ast Macro) {
            if marker_kind(mac).is_some() {
                if !self.0.contains(&mac.path) {
                    self.0.push(mac.path.clone());
                }
                if let Ok(Some(operand)) = marker_operand(mac) {
                    self.visit_expr(&operand);
                }
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut paths = Paths(Vec::new());
    paths.visit_block(body);
    paths.0
}
