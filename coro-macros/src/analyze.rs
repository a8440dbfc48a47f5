//! Finds the suspension points (the markers) and reports every marker used where the state
//! machine cannot reach it: closures, async blocks, nested items, other macros, match guards.

use proc_macro2::{Ident, TokenStream, TokenTree};
use syn::visit::{self, Visit};
use syn::{Block, Expr, Macro};

use crate::errors::Errors;
use crate::statements::parse_operand;

/// The suspension markers a body may use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MarkerKind {
    /// `yield_!(v)`: evaluates to the sent value; throw and close propagate like `?`.
    Yield,
    /// `yield_catch!(v)`: evaluates to `Resumed<Send, Error>`.
    YieldCatch,
    /// `await_!(a)` / `yield_from!(a)`: delegation.
    Await,
    /// Internal: the suspension of a delegation loop, which receives the raw input.
    Raw,
}

impl MarkerKind {
    pub fn name(self) -> &'static str {
        match self {
            MarkerKind::Yield => "yield_",
            MarkerKind::YieldCatch => "yield_catch",
            MarkerKind::Await => "await_",
            MarkerKind::Raw => "yield_",
        }
    }

    /// The marker `name` names. Compared in place (`Ident == &str` does not allocate where
    /// `to_string` would), the commonest first.
    fn named(name: &Ident) -> Option<Self> {
        if name == "yield_" {
            Some(MarkerKind::Yield)
        } else if name == "await_" || name == "yield_from" {
            Some(MarkerKind::Await)
        } else if name == "yield_catch" {
            Some(MarkerKind::YieldCatch)
        } else {
            None
        }
    }
}

/// Which marker, if any, this macro invocation is (matched on the last path segment, so
/// `coro_core::yield_!` works too).
pub fn marker_kind(mac: &Macro) -> Option<MarkerKind> {
    MarkerKind::named(last_name(mac)?)
}

/// The last segment of a macro's path (`println` for `std::println!`), read by index:
/// unoptimised, `Punctuated::last` boxes an iterator (some 550 instructions), and the stages
/// ask which macro a marker is 15,000 times at 1,000 points.
pub fn last_name(mac: &Macro) -> Option<&Ident> {
    let segments = &mac.path.segments;
    match segments.len() {
        0 => None,
        count => Some(&segments[count - 1].ident),
    }
}

/// True for `try_! { .. }`, the exception region.
pub fn is_region(mac: &Macro) -> bool {
    last_name(mac).is_some_and(|name| name == "try_")
}

/// `try_! { { body } catch (p) { .. } catch_all (p) { .. } finally { .. } }`, parsed.
pub struct Region {
    pub body: Block,
    pub catch: Option<(syn::Pat, Block)>,
    pub catch_all: Option<(syn::Pat, Block)>,
    pub finally: Option<Block>,
}

/// The accepted grammar, quoted by the syntax errors.
const REGION_GRAMMAR: &str = "`try_! { { body } catch (e) { .. } catch_all (c) { .. } finally { .. } }` (at least one of the three after the body, each at most once, `finally` last)";

impl syn::parse::Parse for Region {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        if !input.peek(syn::token::Brace) {
            return Err(input.error(format!(
                "a `try_!` starts with its body in braces: {REGION_GRAMMAR}"
            )));
        }
        let body: Block = input.parse()?;
        let mut region = Region {
            body,
            catch: None,
            catch_all: None,
            finally: None,
        };
        while !input.is_empty() {
            let keyword: syn::Ident = input.parse().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    format!("expected `catch`, `catch_all` or `finally`: {REGION_GRAMMAR}"),
                )
            })?;
            let duplicate = || {
                syn::Error::new(
                    keyword.span(),
                    format!("`{keyword}` is given twice in this `try_!`: {REGION_GRAMMAR}"),
                )
            };
            match keyword.to_string().as_str() {
                "catch" | "catch_all" => {
                    if !input.peek(syn::token::Paren) {
                        let binding = if keyword == "catch" { "e" } else { "c" };
                        return Err(input.error(format!(
                            "`{keyword}` takes a binding in parentheses, then a block: `{keyword} ({binding}) {{ .. }}`"
                        )));
                    }
                    let content;
                    syn::parenthesized!(content in input);
                    let pat = syn::Pat::parse_single(&content)?;
                    if !input.peek(syn::token::Brace) {
                        return Err(input.error(format!(
                            "expected the block of `{keyword} (..)`: `{keyword} ({}) {{ .. }}`",
                            quote::ToTokens::to_token_stream(&pat)
                        )));
                    }
                    let block: Block = input.parse()?;
                    let slot = if keyword == "catch" {
                        &mut region.catch
                    } else {
                        &mut region.catch_all
                    };
                    if slot.is_some() || region.finally.is_some() {
                        return Err(if slot.is_some() {
                            duplicate()
                        } else {
                            syn::Error::new(
                                keyword.span(),
                                format!("`{keyword}` must come before `finally`: {REGION_GRAMMAR}"),
                            )
                        });
                    }
                    *slot = Some((pat, block));
                }
                "finally" => {
                    if region.finally.is_some() {
                        return Err(duplicate());
                    }
                    if !input.peek(syn::token::Brace) {
                        return Err(input.error("`finally` takes a block: `finally { .. }`"));
                    }
                    region.finally = Some(input.parse()?);
                }
                _ => {
                    return Err(syn::Error::new(
                        keyword.span(),
                        format!(
                            "expected `catch (e) {{ .. }}`, `catch_all (c) {{ .. }}` or `finally {{ .. }}`, found `{keyword}`: {REGION_GRAMMAR}"
                        ),
                    ));
                }
            }
        }
        if region.catch.is_none() && region.catch_all.is_none() && region.finally.is_none() {
            return Err(syn::Error::new(
                region.body.brace_token.span.close(),
                format!(
                    "this `try_!` has no handler: add a `catch (e) {{ .. }}`, a `catch_all (c) {{ .. }}` or a `finally {{ .. }}` after its body: {REGION_GRAMMAR}"
                ),
            ));
        }
        Ok(region)
    }
}

impl Region {
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        std::iter::once(&self.body)
            .chain(self.catch.as_ref().map(|(_, b)| b))
            .chain(self.catch_all.as_ref().map(|(_, b)| b))
            .chain(self.finally.as_ref())
    }

    pub fn blocks_mut(&mut self) -> impl Iterator<Item = &mut Block> {
        std::iter::once(&mut self.body)
            .chain(self.catch.as_mut().map(|(_, b)| b))
            .chain(self.catch_all.as_mut().map(|(_, b)| b))
            .chain(self.finally.as_mut())
    }

    /// Tokens that parse back into the same region.
    pub fn to_tokens(&self) -> TokenStream {
        use quote::quote;
        let body = &self.body;
        let catch = self.catch.as_ref().map(|(p, b)| quote!(catch (#p) #b));
        let catch_all = self
            .catch_all
            .as_ref()
            .map(|(p, b)| quote!(catch_all (#p) #b));
        let finally = self.finally.as_ref().map(|b| quote!(finally #b));
        quote!(#body #catch #catch_all #finally)
    }
}

/// Where a marker's operand is: kept by `intern_operands` at an index, or just parsed from the
/// marker's tokens.
enum Operand {
    Interned(usize),
    Parsed(Expr),
}

/// The marker's operand, found: `None` for `yield_!()`.
fn find_operand(mac: &Macro) -> syn::Result<Option<Operand>> {
    if mac.tokens.is_empty() {
        return Ok(None);
    }
    if let Some(index) = interned(&mac.tokens) {
        return Ok(Some(Operand::Interned(index)));
    }
    parse_operand(mac).map(|operand| Some(Operand::Parsed(operand)))
}

/// The marker's operand: `yield_!(v)` gives `Some(v)`, `yield_!()` gives `None` (yields `()`).
/// Taken out of where it is kept, not copied (a copy and its drop cost some 3,000 instructions
/// unoptimised): for the normal form, the operands' last reader, which lowers each marker once.
pub fn take_marker_operand(mac: &Macro) -> syn::Result<Option<Expr>> {
    Ok(find_operand(mac)?.map(|operand| match operand {
        Operand::Interned(index) => take_interned(index),
        Operand::Parsed(operand) => operand,
    }))
}

/// What is left where an expression is taken out to be moved: `_`, made without an
/// allocation (unoptimised, an empty `Verbatim`'s stream is one, and its drop another).
pub fn placeholder() -> Expr {
    Expr::Infer(syn::ExprInfer {
        attrs: Vec::new(),
        underscore_token: Default::default(),
    })
}

/// The operand kept at `index`, taken out of the table (a `placeholder` is left).
fn take_interned(index: usize) -> Expr {
    OPERANDS
        .with_borrow_mut(|operands| std::mem::replace(&mut operands[index].operand, placeholder()))
}

/// The marker's operand, looked at where it is kept (`read` sees it without a copy).
pub fn read_marker_operand<R>(
    mac: &Macro,
    read: impl FnOnce(&Expr) -> R,
) -> syn::Result<Option<R>> {
    Ok(find_operand(mac)?.map(|operand| match operand {
        Operand::Interned(index) => OPERANDS.with_borrow(|operands| read(&operands[index].operand)),
        Operand::Parsed(operand) => read(&operand),
    }))
}

/// Lets `rewrite` change the marker's operand where it is kept (parsed and kept first if it is
/// not yet): the marker's tokens are read once.
pub fn rewrite_marker_operand(mac: &mut Macro, rewrite: impl FnOnce(&mut Expr)) {
    match find_operand(mac) {
        Ok(Some(Operand::Interned(index))) => {
            // Out of the table while `rewrite` runs: it reads the operands of nested markers.
            let mut operand = take_interned(index);
            rewrite(&mut operand);
            OPERANDS.with_borrow_mut(|operands| operands[index].operand = operand);
        }
        Ok(Some(Operand::Parsed(mut operand))) => {
            rewrite(&mut operand);
            intern(mac, operand);
        }
        Ok(None) | Err(_) => {}
    }
}

/// Keeps `operand` as the operand of `mac`, whose tokens are not interned: they become the tag
/// (and are kept with the operand).
pub fn intern(mac: &mut Macro, operand: Expr) {
    let index = OPERANDS.with_borrow(Vec::len);
    let tokens = std::mem::replace(&mut mac.tokens, tag(index));
    OPERANDS.with_borrow_mut(|operands| operands.push(Kept { operand, tokens }));
}

fn tag(index: usize) -> TokenStream {
    let tag = Ident::new(
        &format!("{OPERAND_TAG}{index}"),
        proc_macro2::Span::call_site(),
    );
    TokenStream::from(TokenTree::Ident(tag))
}

/// A marker's operand, kept by `intern`, and the tokens it was parsed from.
struct Kept {
    operand: Expr,
    /// For `marker_paths`, which reads the markers' tokens after the body's parse has
    /// interned their operands.
    tokens: TokenStream,
}

thread_local! {
    /// The operands of the body's markers, each parsed once (by the body's parse, else by
    /// `intern_operands`): a marker's tokens then only say which one is its own. Validation,
    /// the escape check, the rewrite and the normal form all read operands; parsing them each
    /// time was a tenth of the expansion. One expansion runs start to end on one thread; the
    /// `InternedOperands` guard empties them before the expansion returns (inside a proc macro
    /// the operands hold the compiler's handles, which are dead once the invocation ends).
    static OPERANDS: std::cell::RefCell<Vec<Kept>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Set while `InternedOperands::parse` parses the body: the statement parser interns the
    /// operands of the markers it builds.
    static PARSING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// How many times the body may have been left with a marker still holding its tokens
    /// (`left_tokens`): `intern_operands` visits the body only then.
    static LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// How many operands the parse interned hold a macro call (`hides_macros`): only then
    /// does `marker_paths` look for the tokens an interned marker was written with.
    static HIDING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Set when the statement parser built a macro the desugaring looks at
    /// (`desugar_later`).
    static DESUGAR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The markers the statement parser built, each name once with its first path, in the
    /// body's order (`parsed_marker`): `marker_paths` when the parse built every macro of the
    /// body. `None` once it built a macro other than a marker (whose tokens are walked).
    static PARSED_MARKERS: std::cell::RefCell<Option<Vec<(String, syn::Path)>>> =
        const { std::cell::RefCell::new(None) };
    /// What the statement parser built that a later pass looks for (`Built`, one flag each):
    /// when it built the whole body (nothing left to syn), a pass whose things it did not
    /// build has nothing to do.
    static BUILT: std::cell::Cell<[bool; 3]> = const { std::cell::Cell::new([false; 3]) };
}

/// What the statement parser records building (see `BUILT`).
#[derive(Clone, Copy)]
pub enum Built {
    /// A macro other than a marker (validation reads every other macro).
    OtherMacro,
    /// `return`, `?` or `self` (what the rewrite changes).
    Rewritten,
    /// `&e`, or a call of a borrowing method (what the escape check reports).
    Borrow,
}

/// Records that the statement parser built `what`.
pub fn built(what: Built) {
    let mut flags = BUILT.get();
    flags[what as usize] = true;
    BUILT.set(flags);
}

/// Whether the body may hold `what`: a part syn parsed (or the desugaring wrote) may, else
/// only what the statement parser recorded.
fn may_hold(what: Built) -> bool {
    LEFT.get() > 0 || BUILT.get()[what as usize]
}

/// An interned marker's tokens: one identifier, this and the operand's index (`__coro_operand7`).
/// One token to read back, and one string: the stages read operands 7,000 times at 1,000 points.
const OPERAND_TAG: &str = "__coro_operand";

fn interned(tokens: &TokenStream) -> Option<usize> {
    // Printed rather than iterated: proc-macro2's fallback copies a shared stream's tokens to
    // iterate it. Only a lone tag prints as the tag and a number.
    tokens.to_string().strip_prefix(OPERAND_TAG)?.parse().ok()
}

/// While it lives, the body's parse and `intern_operands` may fill `OPERANDS`; it empties them
/// when dropped.
pub struct InternedOperands(());

impl InternedOperands {
    #[must_use]
    pub fn new() -> Self {
        OPERANDS.with_borrow_mut(Vec::clear);
        PARSING.set(false);
        LEFT.set(0);
        HIDING.set(0);
        DESUGAR.set(false);
        PARSED_MARKERS.set(Some(Vec::new()));
        BUILT.set([false; 3]);
        InternedOperands(())
    }

    /// Runs `parse` (the body's), which interns the operands of the markers the statement
    /// parser builds: read where the marker is, not from a buffer made again of its tokens.
    pub fn parse<T>(&self, parse: impl FnOnce() -> T) -> T {
        PARSING.set(true);
        let parsed = parse();
        PARSING.set(false);
        parsed
    }
}

impl Drop for InternedOperands {
    fn drop(&mut self) {
        OPERANDS.with_borrow_mut(Vec::clear);
        PARSED_MARKERS.set(None);
        PARSING.set(false);
    }
}

/// Whether the rewrite (`rewrite::BodyRewriter`) may change anything in the body: not when
/// the statement parser built all of it without `return`, `?`, `self` or a macro other than
/// a marker.
pub fn may_rewrite() -> bool {
    may_hold(Built::Rewritten) || may_hold(Built::OtherMacro)
}

/// Whether the escape check (`escapes::check`) may find a borrow to report: not when the
/// statement parser built all of the body without one.
pub fn may_escape() -> bool {
    may_hold(Built::Borrow)
}

/// Whether the statement parser interns the operands of the markers it builds.
pub fn interning_while_parsing() -> bool {
    PARSING.get()
}

/// How many times the body was left with markers that may hold their tokens (a count, so
/// that the parse of an operand can tell whether one of its own markers was).
pub fn left_count() -> usize {
    LEFT.get()
}

/// Records that the body may hold a marker with its tokens: a part syn parsed, a marker whose
/// operand the statement parser could not read, a desugared construct.
pub fn left_tokens() {
    LEFT.set(LEFT.get() + 1);
}

/// Records a macro the statement parser built, named `word`, a marker or not (see
/// `PARSED_MARKERS`).
pub fn parsed_macro(mac: &Macro, word: &str, marker: bool) {
    PARSED_MARKERS.with_borrow_mut(|parsed| {
        let Some(markers) = parsed else {
            return;
        };
        if !marker {
            built(Built::OtherMacro);
            *parsed = None;
        } else if !markers.iter().any(|(name, _)| name == word) {
            markers.push((word.to_owned(), mac.path.clone()));
        }
    });
}

/// Records that the body holds a macro the desugaring looks at (see `desugar::Desugar`).
pub fn desugar_later() {
    DESUGAR.set(true);
}

/// Whether the desugaring has anything to look at in the body: a part syn parsed, or a macro
/// that `desugar_later` recorded. (Else its visit would find nothing.)
pub fn needs_desugaring() -> bool {
    LEFT.get() > 0 || DESUGAR.get()
}

/// Records that an operand the parse interned holds a macro call (whose tokens may name a
/// marker: see `marker_paths`).
pub fn hides_macros() {
    HIDING.set(HIDING.get() + 1);
}

/// Parses the operand of every marker in `body` once (see `OPERANDS`), under a live
/// `InternedOperands`: those the body's parse did not intern already. A marker whose operand
/// does not parse keeps its tokens, for validation to report. Regions keep theirs too (their
/// markers are parsed where they are read).
pub fn intern_operands(body: &mut Block, _guard: &InternedOperands) {
    if LEFT.get() == 0 {
        // The parse interned every marker, in the body's order.
        return;
    }
    // The operands are numbered again in the order of the body's markers, as if the parse had
    // interned none (a number shows in an error message that prints an operand); those the
    // parse read are moved, not read again.
    let parsed = OPERANDS.with_borrow_mut(std::mem::take);
    syn::visit_mut::VisitMut::visit_block_mut(&mut Interner { parsed }, body);
}

/// `intern_operands`' visitor; `parsed` holds what the body's parse interned.
struct Interner {
    parsed: Vec<Kept>,
}

impl syn::visit_mut::VisitMut for Interner {
    fn visit_macro_mut(&mut self, mac: &mut Macro) {
        if marker_kind(mac).is_none() || mac.tokens.is_empty() {
            return;
        }
        let old = interned(&mac.tokens);
        let Some(kept) = old.and_then(|index| self.parsed.get_mut(index)) else {
            if let Ok(mut operand) = parse_operand(mac) {
                // Markers in the operand first (`yield_!(yield_!(x))`).
                self.visit_expr_mut(&mut operand);
                intern(mac, operand);
            }
            return;
        };
        let mut kept = Kept {
            operand: std::mem::replace(&mut kept.operand, placeholder()),
            tokens: kept.tokens.clone(),
        };
        self.visit_expr_mut(&mut kept.operand);
        let index = OPERANDS.with_borrow_mut(|operands| {
            operands.push(kept);
            operands.len() - 1
        });
        // The tag stays when the number does.
        if old != Some(index) {
            mac.tokens = tag(index);
        }
    }
}

/// The tokens `mac` was written with (an interned marker's are kept with its operand). Those
/// of an operand without a macro call name no marker: its tag is as good.
fn written_tokens(mac: &Macro) -> TokenStream {
    if HIDING.get() > 0 && marker_kind(mac).is_some() {
        if let Some(index) = interned(&mac.tokens) {
            return OPERANDS.with_borrow(|operands| operands[index].tokens.clone());
        }
    }
    mac.tokens.clone()
}

/// True when `expr` holds a suspension point the state machine must split at.
pub fn expr_suspends(expr: &Expr) -> bool {
    let mut finder = SuspensionFinder { found: false };
    finder.visit_expr(expr);
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
        // A region is lowered like a construct that suspends, whatever is inside it.
        if marker_kind(mac).is_some() || is_region(mac) || is_in_place_await(mac) {
            self.found = true;
        } else if is_pseudo(mac) {
            if let Ok(operand) = mac.parse_body::<Expr>() {
                self.visit_expr(&operand);
            }
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
    // Only markers, in a body the statement parser built: none is in such a place (it builds
    // no closure, `async` or `const` block, item, `match` or `yield`), and each operand parsed.
    if !may_hold(Built::OtherMacro) {
        return;
    }
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

    /// Reports the marker if it is where no state can resume into, or if its operand does not
    /// parse, and checks the markers inside the operand.
    fn check_marker(&mut self, mac: &Macro, kind: MarkerKind) {
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
        }
        // The operand's own markers are checked too; an operand that does not parse is
        // reported where nothing else was.
        if let Err(e) = read_marker_operand(mac, |operand| self.visit_expr(operand)) {
            if self.context.is_empty() {
                self.errors.push(syn::Error::new(
                    e.span(),
                    format!("`{}!` takes one expression: {e}", kind.name()),
                ));
            }
        }
    }
}

impl<'ast> Visit<'ast> for Validator<'_> {
    fn visit_macro(&mut self, mac: &'ast Macro) {
        // The commonest first (the names are distinct: the order changes nothing else).
        if let Some(kind) = marker_kind(mac) {
            self.check_marker(mac, kind);
            return;
        }
        if is_region(mac) {
            if let Some(place) = self.context.last() {
                self.errors.push(syn::Error::new_spanned(
                    mac,
                    format!("`try_!` cannot be used inside {place}; use it in the coroutine body"),
                ));
            }
            match mac.parse_body::<Region>() {
                Ok(region) => {
                    for block in region.blocks() {
                        self.visit_block(block);
                    }
                }
                Err(e) => self.errors.push(e),
            }
            return;
        }
        if let Some(name) = crate::desugar::async_marker(mac) {
            // The desugaring rewrote every one the state machine can reach.
            let place = self.context.last().copied().unwrap_or("another macro");
            self.errors.push(syn::Error::new_spanned(
                mac,
                format!("`{name}!` cannot be used inside {place}; use it in the coroutine body"),
            ));
            return;
        }
        // Another macro's arguments are tokens we cannot lower: a marker there would be
        // expanded by that macro, outside the state machine.
        if let Some(span) = find_marker_tokens(mac.tokens.clone()) {
            let name = macro_name(mac);
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

    fn visit_expr_yield(&mut self, expr: &'ast syn::ExprYield) {
        let operand = expr
            .expr
            .as_ref()
            .map(|e| quote::ToTokens::to_token_stream(e).to_string())
            .unwrap_or_default();
        self.errors.push(syn::Error::new(
            expr.yield_token.span,
            format!(
                "the `yield` keyword is unstable; in a `#[coroutine]` body write `yield_!({operand})` (with `use coro_core::yield_;`)"
            ),
        ));
        visit::visit_expr_yield(self, expr);
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
}

/// Looks for `yield_ !` / `yield_catch !` in raw tokens (another macro's arguments).
fn find_marker_tokens(tokens: TokenStream) -> Option<proc_macro2::Span> {
    let mut previous_marker: Option<proc_macro2::Span> = None;
    for tree in tokens {
        match &tree {
            TokenTree::Ident(ident)
                if MarkerKind::named(ident).is_some()
                    || ident == "try_"
                    || ident == "async_for"
                    || ident == "async_with" =>
            {
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
/// Markers are also found in the raw tokens of any macro (a malformed `try_!`, `println!`), so
/// that a misuse reported there does not also make the user's import look unused.
pub fn marker_paths(body: &Block) -> Vec<syn::Path> {
    // The parse built every macro of the body, markers whose tokens are their tags: the body
    // need not be visited.
    if LEFT.get() == 0 && HIDING.get() == 0 {
        if let Some(markers) = PARSED_MARKERS.take() {
            return markers.into_iter().map(|(_, path)| path).collect();
        }
    }
    struct Paths(Vec<syn::Path>);
    impl<'ast> Visit<'ast> for Paths {
        fn visit_macro(&mut self, mac: &'ast Macro) {
            let marker = marker_kind(mac).is_some();
            let marks = marker || is_region(mac) || crate::desugar::async_marker(mac).is_some();
            if marks && !self.0.contains(&mac.path) {
                self.0.push(mac.path.clone());
            }
            // When the parse interned every marker's operand, and none holds a macro call,
            // a marker's tokens (its tag) name no marker.
            if marker && LEFT.get() == 0 && HIDING.get() == 0 {
                return;
            }
            marker_paths_in_tokens(written_tokens(mac), &mut self.0);
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut paths = Paths(Vec::new());
    paths.visit_block(body);
    paths.0
}

/// Adds every `path::to::marker ! (..)` in `tokens` (at any depth) to `paths`.
fn marker_paths_in_tokens(tokens: TokenStream, paths: &mut Vec<syn::Path>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Group(g) => marker_paths_in_tokens(g.stream(), paths),
            TokenTree::Punct(bang)
                if bang.as_char() == '!'
                    && i > 0
                    && matches!(trees.get(i + 1), Some(TokenTree::Group(_))) =>
            {
                let TokenTree::Ident(last) = &trees[i - 1] else {
                    continue;
                };
                if MarkerKind::named(last).is_none()
                    && last != "try_"
                    && last != "async_for"
                    && last != "async_with"
                {
                    continue;
                }
                // Walk back over `ident ::` pairs (and a leading `::`).
                let mut start = i - 1;
                while start >= 3
                    && matches!(&trees[start - 1], TokenTree::Punct(p) if p.as_char() == ':')
                    && matches!(&trees[start - 2], TokenTree::Punct(p) if p.as_char() == ':')
                    && matches!(&trees[start - 3], TokenTree::Ident(_))
                {
                    start -= 3;
                }
                if start >= 2
                    && matches!(&trees[start - 1], TokenTree::Punct(p) if p.as_char() == ':')
                    && matches!(&trees[start - 2], TokenTree::Punct(p) if p.as_char() == ':')
                {
                    start -= 2;
                }
                // `$crate::yield_!` in a `macro_rules!` body is that macro's business.
                if start > 0
                    && matches!(&trees[start - 1], TokenTree::Punct(p) if p.as_char() == '$')
                {
                    continue;
                }
                let tokens: TokenStream = trees[start..i].iter().cloned().collect();
                if let Ok(path) = syn::parse2::<syn::Path>(tokens) {
                    if !paths.contains(&path) {
                        paths.push(path);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The rewrite's `__coro_raise!(u)` / `__coro_return!(v)`, which hold an expression.
pub fn is_pseudo(mac: &Macro) -> bool {
    mac.path.get_ident().is_some_and(|name| {
        *name == crate::rewrite::RAISE_MARKER || *name == crate::rewrite::RETURN_MARKER
    })
}

/// The desugaring's `__coro_await_in_place!(local)`: drives an awaiter held in a local.
pub fn is_in_place_await(mac: &Macro) -> bool {
    mac.path
        .get_ident()
        .is_some_and(|name| *name == crate::desugar::IN_PLACE_MARKER)
}

/// The last segment of a macro's path (`println` for `std::println!`).
pub fn macro_name(mac: &Macro) -> String {
    last_name(mac).map(Ident::to_string).unwrap_or_default()
}
