//! Reports a borrow of one of the body's own locals handed out of the coroutine: `yield_!(&x)`,
//! `return &x` or a body ending in `&x`. The local lives in the coroutine's state (or in the
//! frame of one resume), so the borrow could never outlive the step that made it; rustc would
//! report it inside the generated code.

use crate::hashing::HashMap;

use syn::visit::{self, Visit};
use syn::{Block, Expr, Macro, Pat, Stmt};

use crate::analyze::{MarkerKind, marker_kind, read_marker_operand};
use crate::errors::Errors;

/// Checks `body`; the locals are the names bound by its `let`s (parameters are not: a
/// parameter may be a reference the caller lent).
pub fn check(body: &Block, errors: &mut Errors) {
    // Only a borrow is reported (see `outer_borrow`).
    if !crate::analyze::may_escape() {
        return;
    }
    let mut checker = Checker {
        scopes: vec![HashMap::default()],
        errors,
    };
    // The body's block as `visit_block` checks it, its scope kept for the tail (which
    // `check_tail` would bind again, one look-up of its initialiser per `let`).
    checker.scopes.push(HashMap::default());
    checker.visit_stmts(body);
    if let Some(Stmt::Expr(tail, None)) = body.stmts.last() {
        checker.check_value(tail);
    }
}

struct Checker<'e> {
    /// Innermost last: each block's `let` bindings, with whether the initialiser owns its value.
    scopes: Vec<HashMap<String, bool>>,
    errors: &'e mut Errors,
}

impl Checker<'_> {
    /// Whether `name` is a local in scope (innermost binding first) and owns its value.
    fn local(&self, name: &str) -> Option<bool> {
        self.scopes
            .iter()
            .rev()
            .find_map(|scope| scope.get(name).copied())
    }

    /// `what` is formatted only for a report (unoptimised, a `format!` per marker cost 700
    /// instructions).
    fn report(&mut self, value: &Expr, what: std::fmt::Arguments, fix: &str) {
        // A look-up per name, not a merge of every scope per marker (quadratic).
        if let Some((borrow, local)) = outer_borrow(value, &|name| self.local(name)) {
            self.errors.push(syn::Error::new_spanned(
                borrow,
                format!(
                    "{what} hands out a borrow of the local `{local}`, but a coroutine's locals live in its own state, which nothing outside it can borrow; {fix} an owned value instead: `{local}` itself, a clone (`{local}.clone()`), or a copy of the part needed"
                ),
            ));
        }
    }

    /// Visits a block's statements, binding its `let`s in the innermost scope.
    fn visit_stmts(&mut self, block: &Block) {
        for stmt in &block.stmts {
            self.visit_stmt(stmt);
            if let Stmt::Local(local) = stmt {
                self.bind(&local.pat, local.init.as_ref().map(|i| &*i.expr));
            }
        }
    }

    /// The body's value, through the tails of blocks, `if`s and `match`es.
    fn check_tail(&mut self, tail: &Expr, block: &Block) {
        // The tail sees the block's own `let`s.
        self.scopes.push(HashMap::default());
        for stmt in &block.stmts {
            if let Stmt::Local(local) = stmt {
                self.bind(&local.pat, local.init.as_ref().map(|i| &*i.expr));
            }
        }
        self.check_value(tail);
        self.scopes.pop();
    }

    /// `check_tail`'s check of `tail`, its block's `let`s bound.
    fn check_value(&mut self, tail: &Expr) {
        match tail {
            Expr::Block(b) => {
                if let Some(Stmt::Expr(inner, None)) = b.block.stmts.last() {
                    self.check_tail(inner, &b.block);
                }
            }
            Expr::If(i) => {
                if let Some(Stmt::Expr(inner, None)) = i.then_branch.stmts.last() {
                    self.check_tail(inner, &i.then_branch);
                }
                if let Some((_, els)) = &i.else_branch {
                    if let Expr::Block(b) = &**els {
                        if let Some(Stmt::Expr(inner, None)) = b.block.stmts.last() {
                            self.check_tail(inner, &b.block);
                        }
                    }
                }
            }
            other => self.report(
                other,
                format_args!("the function's final expression"),
                "return",
            ),
        }
    }

    fn bind(&mut self, pat: &Pat, init: Option<&Expr>) {
        let owns = init.is_some_and(crate::lower::initializer_owns);
        let mut names = Vec::new();
        collect_idents(pat, &mut names);
        if let Some(scope) = self.scopes.last_mut() {
            for name in names {
                scope.insert(name, owns);
            }
        }
    }
}

/// Methods whose value borrows from the receiver. Dispatched on the first letter: the
/// statement parser asks about every method call it builds, and most (`wrapping_add`) are
/// none of them.
pub fn is_borrowing_method(name: &str) -> bool {
    match name.as_bytes().first() {
        Some(b'a') => matches!(
            name,
            "as_str" | "as_slice" | "as_mut_slice" | "as_bytes" | "as_ref" | "as_mut"
        ),
        Some(b'b') => matches!(name, "borrow" | "borrow_mut"),
        Some(b'f') => name == "first",
        Some(b'g') => matches!(name, "get" | "get_mut"),
        Some(b'i') => matches!(name, "iter" | "iter_mut"),
        Some(b'l') => name == "last",
        _ => false,
    }
}

/// The value itself is a borrow of a local (`&x`, `&mut x.field`, `x.as_str()`): not a value
/// computed from one (`f(&x)`, `x.iter().sum()`).
fn outer_borrow(
    value: &Expr,
    locals: &dyn Fn(&str) -> Option<bool>,
) -> Option<(proc_macro2::TokenStream, String)> {
    use quote::ToTokens;
    fn root(expr: &Expr, projected: &mut bool) -> Option<String> {
        match expr {
            Expr::Path(p) if p.qself.is_none() => p.path.get_ident().map(ToString::to_string),
            Expr::Field(f) => {
                *projected = true;
                root(&f.base, projected)
            }
            Expr::Index(i) => {
                *projected = true;
                root(&i.expr, projected)
            }
            Expr::Paren(p) => root(&p.expr, projected),
            _ => None,
        }
    }
    let (place, mut projected) = match value {
        Expr::Paren(p) => return outer_borrow(&p.expr, locals),
        Expr::Reference(r) => (&*r.expr, false),
        Expr::MethodCall(m) if is_borrowing_method(&m.method.to_string()) => (&*m.receiver, true),
        _ => return None,
    };
    let name = root(place, &mut projected)?;
    let owns = locals(&name)?;
    (!projected || owns).then(|| (value.to_token_stream(), name))
}

fn collect_idents(pat: &Pat, out: &mut Vec<String>) {
    struct Idents<'o>(&'o mut Vec<String>);
    impl<'ast> Visit<'ast> for Idents<'_> {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.0.push(p.ident.to_string());
            visit::visit_pat_ident(self, p);
        }
    }
    Idents(out).visit_pat(pat);
}

impl<'ast> Visit<'ast> for Checker<'_> {
    fn visit_block(&mut self, block: &'ast Block) {
        self.scopes.push(HashMap::default());
        self.visit_stmts(block);
        self.scopes.pop();
    }

    fn visit_expr_return(&mut self, ret: &'ast syn::ExprReturn) {
        if let Some(value) = &ret.expr {
            self.report(value, format_args!("`return`"), "return");
        }
        visit::visit_expr_return(self, ret);
    }

    fn visit_macro(&mut self, mac: &'ast Macro) {
        if let Some(kind @ (MarkerKind::Yield | MarkerKind::YieldCatch)) = marker_kind(mac) {
            let _ = read_marker_operand(mac, |operand| {
                self.report(operand, format_args!("`{}!`", kind.name()), "yield");
                self.visit_expr(operand);
            });
        }
    }

    // Another frame's `return` and values are not the coroutine's.
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}
