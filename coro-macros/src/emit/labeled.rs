//! The labeled-block layout: a second way to lay out the machine's blocks, with no block enum
//! and no dispatch loop. The resume closure matches on the state once; the entry and every
//! resume arm run their code inside that `match`, and each join block's code follows the
//! closing brace of a labeled block that encloses everything laid out before it:
//!
//! ```text
//! let mut acc; let mut __coro_h7;             // hoisted locals and holders
//! '__coro_b3: { '__coro_b1: {
//!     match replace(state, Running) { Created {..} => {..}, S0 {..} => {..}, .. }
//! } /* join 1 */ } /* join 3 */
//! ```
//!
//! A jump is a `break` to its target's label, after assigning what the target carries to the
//! target's holders (`__coro_hN`), which the target binds as the block enum's pattern would.
//! Locals of the function's top level are hoisted instead: declared once, under their own
//! names, at the top of the closure, so that a jump carries them by leaving them where they
//! are. The build then type-checks less per block (see BENCHMARKS.md, "Ninth session").
//!
//! The layout is used only where it is valid, which is known after the blocks are emitted:
//! every jump between joins goes forward (a `break` cannot go back), and each block's carried
//! locals are typed by code that comes before it in the source, which is the order rustc
//! checks the closure in. A resumed point whose code names a local that only a later join
//! types is deferred: its arm hands over what it carries and breaks to a label, and its code
//! follows that label among the joins, in program order. Otherwise the emitter starts again
//! with the block enum.
//!
//! It is also left to the block enum where the block enum is faster: a body that keeps more
//! locals than an enum names with a parameter each (`LocalTypes::Folded`) and has more than
//! `MAX_FOLDED_SUSPENSIONS` suspensions, whose `match` on the state would come before the code
//! that types them (the block enum converts the state after its arms: 200 points build in
//! 0.41 s, in labeled blocks 1.18 s; 100 points 0.19 s against 0.26 s; 50 points 0.12 s
//! against 0.115 s; 200 copies of a seven-local body of four suspensions cost rustc 15.5 G
//! instructions with the block enum, 10.0 G in labeled blocks), a body with more than
//! `MAX_JOINS` joins (each nests the rest one block deeper, and 800 overflowed rustc's stack
//! where 600 did not), and a kept local updated at a computed index unless its `let` shows a
//! short array, which is then moved into the state element by element (see `layout`).
//!
//! Loops whose back edge crosses no suspension stay with the block enum too. A `loop` around
//! the blocks, entered at its top with a variable that says which head to go to, does not
//! pass the borrow checker: it does not follow the variable, so it takes the first pass to
//! reach the head with the head's holders unassigned (E0381), the input moved twice (E0382)
//! and immutable locals assigned twice (E0384). Copying the loop's body to enter it only at
//! its head would double the code the layout is meant to shrink.

use std::collections::BTreeSet;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::visit::{self, Visit};
use syn::{Expr, Ident, Lifetime};

use super::{BlockKind, EnumTypes, Env, Fields, LocalTypes, Machine, Names};
use crate::hashing::{HashMap, HashSet};
use crate::normalize::hidden;
use crate::normalize::{LocalId, Node, ROOT};
use crate::owned::{AppendStream, Owned};

/// The longest array a kept local may be and still be moved into the state element by element
/// (see `element_by_element`).
const MAX_SPLIT: usize = 8;

/// `value`, an array of `length` elements, moved element by element: a call of the runtime's
/// `elements4` (for four), which takes the array apart into its elements and builds it again.
/// LLVM then copies it with one move per element, where a whole copy of an array just updated
/// at a computed index would load it with wider moves than that update's store, which cannot be
/// forwarded to them (a stall of about 10 ns a resume in `mixed`). A call rather than the
/// pattern written out here: in debug builds the crate compiles one such function per element
/// type and length, not a pattern at every suspension.
pub(super) fn element_by_element(
    value: &dyn quote::ToTokens,
    length: usize,
    krate: &syn::Path,
) -> TokenStream {
    let split = format_ident!("elements{}", length);
    quote!(#krate::__private::#split(#value))
}

/// The length of the array a `let` declares, when its type or initialiser shows it.
fn array_length(local: &syn::Local) -> Option<usize> {
    let literal = |expr: &Expr| match expr {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(n),
            ..
        }) => n.base10_parse::<usize>().ok(),
        _ => None,
    };
    // One name for the whole value.
    match &local.pat {
        syn::Pat::Ident(_) => {}
        syn::Pat::Type(typed) if matches!(*typed.pat, syn::Pat::Ident(_)) => {
            if let syn::Type::Array(array) = &*typed.ty {
                return literal(&array.len);
            }
        }
        _ => return None,
    }
    let mut init = &*local.init.as_ref()?.expr;
    while let Expr::Paren(syn::ExprParen { expr, .. }) | Expr::Group(syn::ExprGroup { expr, .. }) =
        init
    {
        init = expr;
    }
    match init {
        Expr::Repeat(repeat) => literal(&repeat.len),
        Expr::Array(array) => Some(array.elems.len()),
        _ => None,
    }
}

/// The most joins a body in labeled blocks has: each is one more level of nesting around the
/// `match` on the state, and rustc's own recursion over nested blocks overflowed its stack
/// between 600 and 800 levels (a debug build of 1,000 `if`s, each with a yield).
pub(super) const MAX_JOINS: usize = 100;

/// The most suspensions a body in labeled blocks has when its kept locals' types are folded
/// into one tuple (`LocalTypes::Folded`): every arm of the `match` on the state names a
/// variant whose fields wait on that tuple, which a later join types. One function of 25,
/// 35 and 50 points built faster in labeled blocks than with the block enum, one of 75 points
/// slower (BENCHMARKS.md, eleventh session of 2026-11-24).
pub(super) const MAX_FOLDED_SUSPENSIONS: usize = 32;

impl super::Emitter<'_> {
    /// Whether the body may take the labeled layout before its blocks are known: not for a
    /// `clone` coroutine (its state keeps `Kept`s), one that delegates (fast paths resume into
    /// a block) or one with `try_!` (pending exits go through `finally` blocks).
    pub(super) fn may_label(&self) -> bool {
        !self.clone
            && !self.program.delegates()
            && !self
                .program
                .seqs
                .iter()
                .flat_map(|seq| &seq.nodes)
                .any(|node| matches!(node, Node::Try { .. }))
    }

    /// The top-level locals hoisted under their own names, in declaration order: the longest
    /// run from the first that are each declared by a plain `let name = value;` (or are hidden
    /// temporaries) and whose names no other local has. Hoisted at the top of the closure they
    /// drop after every other local, in reverse declaration order, as they would at the end of
    /// the function: every local declared later is either one of them or declared inside an
    /// arm. A run with a gap would drop a later local before an earlier one. A hoisted local
    /// that some block carries as a drop flag (a path may have moved it away) would need the
    /// flag's `Option` in its variable: `emit` then tries again with the run cut before it.
    pub(super) fn hoistable(&self) -> Vec<LocalId> {
        let program = self.program;
        let mut counts = vec![0usize; self.live.name_count()];
        for local in 0..program.locals.len() {
            counts[self.live.name_number(local)] += 1;
        }
        let unique = |l: LocalId| counts[self.live.name_number(l)] == 1;
        let root = &program.seqs[ROOT];
        let mut hoisted = Vec::new();
        if !root.intro.is_empty() {
            return hoisted;
        }
        for node in &root.nodes {
            let plain_let = match node {
                // `let _ = value;` binds nothing (its value drops at once).
                Node::Let { binds, .. } if binds.is_empty() => true,
                Node::Let { local, binds } => binds.len() == 1 && is_plain_let(local),
                Node::Temp { expr, .. } => !extends_temporary(expr),
                _ => true,
            };
            if !plain_let {
                break;
            }
            for local in node.declares() {
                if !unique(local) || program.locals[local].deferred {
                    return hoisted;
                }
                hoisted.push(local);
            }
        }
        hoisted
    }

    /// The locals whose name some code indexes at a computed index, each with its length when
    /// its `let` shows an array of at most `MAX_SPLIT` elements (`[x; 4]`, `[a, b]`, or a type
    /// `[T; 4]`).
    pub(super) fn indexed_locals(&self) -> HashMap<LocalId, Option<usize>> {
        let mut names = IndexedBases::default();
        self.seq_names(ROOT, &mut names);
        let program = self.program;
        (0..program.locals.len())
            .filter(|&l| names.0.contains(self.live.name(l)))
            .map(|l| {
                let length = self
                    .let_of(l)
                    .and_then(array_length)
                    .filter(|n| (1..=MAX_SPLIT).contains(n));
                (l, length)
            })
            .collect()
    }

    /// Clears what an emission built, for the next attempt (with the other layout).
    pub(super) fn reset(&mut self) {
        self.blocks.clear();
        self.block_at.fill(usize::MAX);
        self.suspensions.clear();
        self.worklist.clear();
        self.errors.clear();
        self.asserted_clone.clear();
        self.reported_borrows.clear();
        self.assigned_slots.clear();
        self.entry_body = None;
        self.used_nones.clear();
        self.labeled = false;
        self.hoisted.clear();
        self.hoist_order.clear();
        self.assigned_hoisted.clear();
        self.edges.clear();
        self.too_long = false;
        self.state_locals.clear();
        self.joins = 0;
        self.flagged_hoisted.clear();
    }

    /// Whether `local` lives in a hoisted variable under its own name.
    pub(super) fn is_hoisted(&self, local: LocalId) -> bool {
        self.labeled && self.hoisted.contains(&local)
    }

    /// Notes that code assigns hoisted `local` (it is declared at the top only then: a
    /// declaration nothing assigns would leave its type unknown).
    pub(super) fn assign_hoisted(&mut self, local: LocalId) {
        self.assigned_hoisted.insert(local);
    }

    /// The variable a jump or a resumed state hands `local` over in (as a drop flag with
    /// `flag`): itself when hoisted, else its holder.
    pub(super) fn home(&self, local: LocalId, flag: bool) -> Ident {
        if self.is_hoisted(local) {
            self.program.locals[local].name.clone()
        } else if flag {
            self.flag_holder(local)
        } else {
            self.ids.holder(local).clone()
        }
    }

    /// The holder a block binds `local`'s drop flag from. In the labeled blocks one variable
    /// serves every block, and a local may be carried as itself into one block and as an
    /// `Option` into another: each has its own holder. The block enum's variants each have
    /// their own field (`holder` is their pattern's binding).
    pub(super) fn flag_holder(&self, local: LocalId) -> Ident {
        if self.labeled {
            hidden("hf", local)
        } else {
            self.ids.holder(local).clone()
        }
    }

    /// The label whose block's end is where join block `block` starts.
    fn label(block: usize) -> Lifetime {
        Lifetime::new(&format!("'__coro_b{block}"), Span::mixed_site())
    }

    /// A jump to `target` in the labeled layout: what it carries into the holders, then a
    /// `break` to the target's label. `value` as in `jump`.
    pub(super) fn labeled_jump(
        &mut self,
        target: usize,
        value: Option<TokenStream>,
        env: &Env,
        span: Span,
    ) -> TokenStream {
        self.edges.push((self.current, target));
        let result = self.blocks[target].result;
        let mut assigns = Fields::assigning(span);
        let mut prelude = TokenStream::new();
        match (result, value) {
            (Some(r), value) => {
                let value = value.unwrap_or_else(|| quote!(()));
                if self.is_hoisted(r) {
                    self.assign_hoisted(r);
                }
                assigns.push(self.home(r, false), &value);
            }
            (None, Some(v)) => prelude.append_stream(quote!(#v;)),
            (None, None) => {}
        }
        let carried = self.blocks[target].carried.clone();
        self.carry_fields(&carried, result, env, &mut assigns, false);
        let label = Self::label(target);
        let assigns = assigns.tokens;
        if prelude.is_empty() && assigns.is_empty() {
            quote_spanned!(span=> break #label)
        } else {
            quote_spanned!(span=> { #prelude #assigns break #label })
        }
    }

    /// The blocks in the order the layout writes them: the entry, the resume blocks, then the
    /// joins (each group in program order), or `None` when the layout is not valid for them.
    /// A resume block whose code names a local that only a later join types (`if c { .. }
    /// let h = ..; yield_!(..); h[0]`) is deferred: its arm only hands over what it carries
    /// and leaves with a `break`, and its code is written among the joins, in program order.
    fn layout(&self) -> Option<Layout> {
        if self.too_long || !self.flagged_hoisted.is_empty() {
            return None;
        }
        let rank = |&b: &usize| (self.live.rank(self.blocks[b].pos), b);
        let mut resumes: Vec<usize> = self.suspensions.iter().map(|s| s.block).collect();
        resumes.sort_by_key(rank);
        let mut joins: Vec<usize> = (0..self.blocks.len())
            .filter(|&b| self.blocks[b].kind == BlockKind::Join && self.blocks[b].forward.is_none())
            .collect();
        joins.sort_by_key(rank);
        let entry = (0..self.blocks.len()).find(|&b| self.blocks[b].kind == BlockKind::Entry)?;
        // A kept value updated at a computed index (`hist[v % 4] += 1`) is copied back into
        // the state after that narrow store; a wide copy would stall on it (`mixed` ran 1.9 x
        // slower). A short array of known length is moved element by element
        // (`element_by_element`); anything else takes the block enum, which copies it through
        // scalars.
        let carried_indexed = self.blocks.iter().any(|block| {
            block
                .carried
                .iter()
                .any(|&(l, _)| matches!(self.indexed.get(&l), Some(None)))
        });
        if carried_indexed {
            return None;
        }
        let mut out_edges: Vec<Vec<usize>> = vec![Vec::new(); self.blocks.len()];
        for &(from, to) in &self.edges {
            out_edges[from].push(to);
        }
        let mut deferred: HashSet<usize> = HashSet::default();
        // The names a block's code uses, found once: a deferral starts the check over.
        let mut named_in: Vec<Option<HashSet<String>>> = vec![None; self.blocks.len()];
        'order: loop {
            let mut later: Vec<usize> = joins
                .iter()
                .chain(resumes.iter().filter(|b| deferred.contains(b)))
                .copied()
                .collect();
            later.sort_by_key(rank);
            let order: Vec<usize> = std::iter::once(entry)
                .chain(resumes.iter().copied().filter(|b| !deferred.contains(b)))
                .chain(later)
                .collect();
            let mut position = vec![usize::MAX; self.blocks.len()];
            for (i, &b) in order.iter().enumerate() {
                position[b] = i;
            }
            // Control goes forward only: a jump to a join comes before it (the arms inside
            // the `match` come before every join).
            let backward = self.edges.iter().any(|&(from, to)| {
                self.blocks[to].kind == BlockKind::Join && position[from] >= position[to]
            });
            if backward {
                return None;
            }
            // Types are settled in source order: what a block binds was handed over (by a
            // jump or by a suspension's state) from a block written before it. `typed`: the
            // locals whose types code before this block settles. A block needs the types of
            // the carried locals its own code names (moving one on needs none); it settles
            // those of what it declares, which it hands on without having been handed them.
            let mut typed: HashSet<LocalId> = HashSet::default();
            for &b in &order {
                let block = &self.blocks[b];
                let carried: Vec<LocalId> = block.carried.iter().map(|&(l, _)| l).collect();
                if carried.iter().any(|l| !typed.contains(l)) {
                    let named = named_in[b]
                        .get_or_insert_with(|| self.inline_names(block.pos.0, block.pos.1));
                    let untyped = |l: &&LocalId| !typed.contains(*l);
                    let named_untyped = carried
                        .iter()
                        .filter(untyped)
                        .any(|&l| named.contains(self.live.name(l)));
                    if named_untyped {
                        if matches!(block.kind, BlockKind::Resume(_)) && deferred.insert(b) {
                            continue 'order;
                        }
                        return None;
                    }
                }
                // A drop flag handed on types nothing: a block may hand `None` for a local it
                // never had (found by `compare_layouts.py`, seed 102: E0282 on a local typed
                // only by a later block).
                for &to in &out_edges[b] {
                    for &(l, as_flag) in &self.blocks[to].carried {
                        if !as_flag && !carried.contains(&l) {
                            typed.insert(l);
                        }
                    }
                }
            }
            return Some(Layout { order, deferred });
        }
    }

    /// The machine in the labeled layout, or `None` when the blocks do not allow it.
    pub(super) fn assemble_labeled(&mut self, names: &Names) -> Option<Machine> {
        let Layout { order, deferred } = self.layout()?;
        // Each block's code is written once: moved into the layout, not copied (see `Owned`).
        // Should the layout fail below, the blocks are emitted again anyway.
        let mut codes: Vec<Option<TokenStream>> =
            self.blocks.iter_mut().map(|b| b.code.take()).collect();
        let mut entry_body = self.entry_body.take();
        let p = &self.private;
        let state_params: BTreeSet<LocalId> = self
            .suspensions
            .iter()
            .flat_map(|s| self.blocks[s.block].carried.iter().map(|&(l, _)| l))
            .collect();
        let (state_typed, state_awaiters) = self.typed_locals(&state_params);
        let state_of = EnumTypes {
            locals: &state_typed,
            awaiters: &state_awaiters,
        };
        let state_types = LocalTypes::of(state_typed.len());
        let state = self.state_items(names, &state_params, (state_types, &state_of), None);
        let (state_enum, state_var, input_var) =
            (&names.state_enum, &names.state_var, &names.input_var);
        // The hoisted locals, in declaration order, and the holders of everything else that a
        // block binds.
        let mut declarations = TokenStream::new();
        for &local in &self.hoist_order {
            if self.assigned_hoisted.contains(&local) {
                let info = &self.program.locals[local];
                let name = &info.name;
                // A hidden name needs no `allow` (see `carried_binding_lints`).
                declarations.append_stream(match (info.mutable, info.user) {
                    (true, true) => quote!(#[allow(unused_mut)] let mut #name;),
                    (true, false) => quote!(let mut #name;),
                    (false, _) => quote!(let #name;),
                });
            }
        }
        let mut held: BTreeSet<(LocalId, bool)> = BTreeSet::new();
        for &b in &order {
            held.extend(
                self.blocks[b]
                    .carried
                    .iter()
                    .filter(|&&(l, _)| !self.is_hoisted(l)),
            );
        }
        for &(local, flag) in &held {
            let h = self.home(local, flag);
            declarations.append_stream(quote!(let mut #h;));
        }
        let mut arms = TokenStream::new();
        let mut joins = Vec::new();
        for &b in &order {
            let block = &self.blocks[b];
            match block.kind {
                BlockKind::Entry => {
                    let arg_fields = self.arg_fields();
                    let args = &self.args;
                    let body = Owned::new(entry_body.take()?);
                    arms.append_stream(quote! {
                        #state_enum::Created { #(#arg_fields),* } => {
                            #(let #args = #arg_fields;)*
                            #body
                        }
                    });
                }
                BlockKind::Resume(n) => {
                    let variant = self.ids.state(n);
                    let fields = block.carried.iter().map(|&(l, _)| self.ids.field(l));
                    let code = codes[b].take()?;
                    // Into the hoisted locals and the holders. A hoisted local the resumed code
                    // never reads (kept for its drop, or assigned again first) is no mistake of
                    // the user's; a holder is always read.
                    let (hoisted, held): (Vec<(LocalId, bool)>, Vec<(LocalId, bool)>) = block
                        .carried
                        .iter()
                        .partition(|&&(l, _)| self.is_hoisted(l));
                    let assign = |locals: &[(LocalId, bool)]| {
                        let (homes, fields) = (
                            locals.iter().map(|&(l, flag)| self.home(l, flag)),
                            locals.iter().map(|&(l, _)| self.ids.field(l)),
                        );
                        quote!(#(#homes = #fields;)*)
                    };
                    let to_hoisted = (!hoisted.is_empty()).then(|| {
                        let assigns = assign(&hoisted);
                        Owned::new(quote!({ #![allow(unused_assignments)] #assigns }))
                    });
                    let to_holders = Owned::new(assign(&held));
                    // A deferred block's code comes later, among the joins (see `layout`).
                    let then = if deferred.contains(&b) {
                        let label = Self::label(b);
                        let leave = quote!(break #label;);
                        joins.push((label, code));
                        Owned::new(leave)
                    } else {
                        Owned::new(code)
                    };
                    arms.append_stream(quote! {
                        #state_enum::#variant { #(#fields),* } => {
                            #to_hoisted
                            #to_holders
                            #then
                        }
                    });
                }
                BlockKind::Join => joins.push((Self::label(b), codes[b].take()?)),
            }
        }
        let arms = Owned::new(arms);
        let mut layout = quote! {
            match #p::replace(#state_var, #state_enum::Running) {
                #arms
                _ => #p::unreachable!(),
            }
        };
        for (label, code) in joins {
            let (inner, code) = (Owned::new(layout), Owned::new(code));
            layout = quote!(#label: { #inner } #code);
        }
        let (declarations, layout) = (Owned::new(declarations), Owned::new(layout));
        let body = quote! {
            #[cfg_attr(not(debug_assertions), inline(always))]
            |#state_var, #input_var| {
                #declarations
                #layout
            }
        };
        Some(Machine {
            items: state.items,
            initial: state.initial,
            body,
            delegates: false,
        })
    }
}

/// Where the labeled layout writes the blocks (see `layout`).
struct Layout {
    order: Vec<usize>,
    /// The resume blocks whose code is written among the joins.
    deferred: HashSet<usize>,
}

/// `let name = value;` with no attributes, type, `ref`, sub-pattern or `else`: one that can
/// become an assignment to a hoisted `name`.
fn is_plain_let(local: &syn::Local) -> bool {
    let plain_ident = matches!(
        &local.pat,
        syn::Pat::Ident(syn::PatIdent {
            by_ref: None,
            subpat: None,
            attrs,
            ..
        }) if attrs.is_empty()
    );
    plain_ident
        && local.attrs.is_empty()
        && local
            .init
            .as_ref()
            .is_some_and(|init| init.diverge.is_none() && !extends_temporary(&init.expr))
}

/// Whether a `let` with this initialiser may extend a temporary's life to the end of the
/// block (`let r = &make();`, `let p = pin!(f);`): an assignment does not, so such a local
/// stays a `let` where it is. Conservative: it follows every extending position of both
/// editions and any block's, `if`'s or `match`'s value.
fn extends_temporary(expr: &Expr) -> bool {
    match expr {
        Expr::Reference(r) => !is_place(&r.expr) || extends_temporary(&r.expr),
        Expr::Array(a) => a.elems.iter().any(extends_temporary),
        Expr::Tuple(t) => t.elems.iter().any(extends_temporary),
        Expr::Struct(s) => s.fields.iter().any(|f| extends_temporary(&f.expr)),
        Expr::Cast(c) => extends_temporary(&c.expr),
        Expr::Paren(p) => extends_temporary(&p.expr),
        Expr::Group(g) => extends_temporary(&g.expr),
        Expr::Block(b) => tail_extends(&b.block),
        Expr::Unsafe(u) => tail_extends(&u.block),
        Expr::If(i) => {
            tail_extends(&i.then_branch)
                || i.else_branch
                    .as_ref()
                    .is_some_and(|(_, e)| extends_temporary(e))
        }
        Expr::Match(m) => m.arms.iter().any(|arm| extends_temporary(&arm.body)),
        // `pin!`, `format_args!` and the like lean on the extension; most macros (`vec!`)
        // do not, but their expansion is unknown here.
        Expr::Macro(m) => m.mac.path.segments.last().is_none_or(|s| s.ident != "vec"),
        _ => false,
    }
}

/// Whether a block's value may extend a temporary (see `extends_temporary`).
fn tail_extends(block: &syn::Block) -> bool {
    match block.stmts.last() {
        Some(syn::Stmt::Expr(tail, None)) => extends_temporary(tail),
        Some(syn::Stmt::Macro(_)) => true,
        _ => false,
    }
}

/// A place expression: borrowing it makes no temporary.
fn is_place(expr: &Expr) -> bool {
    match expr {
        Expr::Path(_) => true,
        Expr::Field(f) => is_place(&f.base),
        Expr::Index(i) => is_place(&i.expr),
        Expr::Unary(u) => matches!(u.op, syn::UnOp::Deref(_)),
        Expr::Paren(p) => is_place(&p.expr),
        Expr::Group(g) => is_place(&g.expr),
        _ => false,
    }
}

/// The names of the locals that code indexes with a computed index (`x[i]`, `x.f[i]`, not
/// `x[0]`).
#[derive(Default)]
struct IndexedBases(HashSet<String>);

impl<'ast> Visit<'ast> for IndexedBases {
    fn visit_expr_index(&mut self, index: &'ast syn::ExprIndex) {
        if !matches!(*index.index, Expr::Lit(_)) {
            let mut base = &*index.expr;
            loop {
                match base {
                    Expr::Index(inner) => base = &inner.expr,
                    Expr::Field(field) => base = &field.base,
                    Expr::Paren(paren) => base = &paren.expr,
                    _ => break,
                }
            }
            if let Expr::Path(path) = base {
                if let Some(name) = path.path.get_ident() {
                    self.0.insert(name.to_string());
                }
            }
        }
        visit::visit_expr_index(self, index);
    }
}
