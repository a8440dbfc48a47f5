//! Writes the state machine: the state enum (one variant per suspension, holding exactly the
//! locals kept there), the block enum (one variant per resumable point), and a resume closure
//! that matches on them.

use crate::hashing::{HashMap, HashSet};
use std::collections::BTreeSet;

use proc_macro2::{Punct, Spacing, Span, TokenStream};
use quote::{ToTokens, TokenStreamExt, format_ident, quote, quote_spanned};
use syn::visit::Visit;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Ident, Lifetime, Path};

use crate::analyze::MarkerKind;
use crate::chunks::Chunks;
use crate::lower::{Liveness, NameCollector, Pos};
use crate::normalize::{
    LocalId, Node, Program, ROOT, SeqEnd, SeqId, TypedBy, collect_bindings, hidden,
};
use crate::numbered::{Numbered, Table, fragment, word};
use crate::owned::{AppendStream, Owned, OwnedTree, Trees, quote_onto, quote_spanned_onto};

mod labeled;

/// What a block of the machine is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum BlockKind {
    /// The function's start.
    Entry,
    /// Right after suspension `n`.
    Resume(usize),
    /// A loop's start or the point after a construct.
    Join,
}

struct Block {
    kind: BlockKind,
    pos: Pos,
    /// `Liveness::path` of `pos`, made once for `add_block` and `emit_block` (taken there).
    path: Vec<Pos>,
    /// Locals carried in, in declaration order.
    entry: Vec<LocalId>,
    /// Everything carried in, in declaration order: `(local, as a drop flag)`. Drop flags are
    /// the locals of `Liveness::maybe_alive_on`, carried as `Option`s.
    carried: Vec<(LocalId, bool)>,
    /// The construct's value, carried in under this local (joins after a valued construct).
    result: Option<LocalId>,
    variant: Ident,
    code: Option<TokenStream>,
    /// A resume block whose code only takes the input and jumps on (the suspension ends its
    /// level, and the level's end is a jump): it moves and type-checks nothing of its own, so
    /// it can run straight after the state → block conversion, before the dispatch loop.
    only_jumps: bool,
    /// A join that would only jump on (the end of a loop body or of a branch, with nothing
    /// after it): jumps to it go straight to this block instead, and it is not emitted.
    forward: Option<usize>,
}

struct Suspension {
    kind: MarkerKind,
    local: LocalId,
    block: usize,
    /// A delegation's suspension: the awaiter, and the delegation loop's header block, which
    /// takes the delegate's next step.
    delegation: Option<(LocalId, usize)>,
}

/// A carried local bound by a block arm's pattern: `#[allow(..)] mut name`.
struct Binding {
    /// See `carried_binding_lints`.
    lints: Option<Trees>,
    mutability: Option<Ident>,
    name: Ident,
}

/// How control leaves a level other than by falling off its end.
enum Exit {
    /// Raise this `Unwind`.
    Raise(TokenStream),
    /// Return this value.
    Return(TokenStream),
    /// `break` / `continue` to the join or header block `target` of the loop or labeled block
    /// `construct`.
    Jump {
        target: usize,
        construct: (SeqId, usize),
        is_continue: bool,
        value: Option<TokenStream>,
        span: Span,
    },
}

/// How a local can be named at some point of an arm.
#[derive(Clone)]
enum Name {
    Ident(Ident),
    /// Hidden by a later binding of the same name at this span.
    Shadowed(Span),
}

#[derive(Clone, Default)]
struct Env {
    names: LocalMap<Name>,
    /// User name (as the liveness index numbers it, `Liveness::name_number`) → the local that
    /// has it now (names compared by number: unoptimised, a `String` key per binding cost some
    /// 2,800 instructions).
    visible: LocalMap<LocalId>,
    /// Locals with a slot for when a `let` of this arm shadows them.
    slots: LocalMap<Ident>,
    /// Locals this arm's code may have moved away (for drop flags).
    moved: LocalMap<()>,
    /// Locals held as drop flags (`Option`s) under these names.
    flags: LocalMap<Ident>,
    /// A `None` of each flag candidate's type, made before a construct that may move it.
    nones: LocalMap<Ident>,
}

/// A map keyed by local, as a vector sorted by local. An arm has few locals in hand: unoptimised,
/// a hash map's insert cost some 1,500 instructions, and each copy of an `Env` (one per branch)
/// an allocation per map.
#[derive(Clone)]
struct LocalMap<V>(Vec<(LocalId, V)>);

impl<V> Default for LocalMap<V> {
    fn default() -> Self {
        LocalMap(Vec::new())
    }
}

impl<V> LocalMap<V> {
    /// Where `local` is, or where it would go.
    fn slot(&self, local: LocalId) -> Result<usize, usize> {
        self.0.binary_search_by_key(&local, |&(l, _)| l)
    }

    fn get(&self, local: &LocalId) -> Option<&V> {
        self.slot(*local).ok().map(|at| &self.0[at].1)
    }

    fn contains(&self, local: &LocalId) -> bool {
        self.slot(*local).is_ok()
    }

    fn insert(&mut self, local: LocalId, value: V) {
        match self.slot(local) {
            Ok(at) => self.0[at].1 = value,
            Err(at) => self.0.insert(at, (local, value)),
        }
    }

    fn iter(&self) -> impl Iterator<Item = (&LocalId, &V)> {
        self.0.iter().map(|(local, value)| (local, value))
    }
}

pub struct Emitter<'p> {
    live: Liveness<'p>,
    program: &'p Program,
    krate: Path,
    /// `#krate::__private`, the path of the runtime's hidden items, written once.
    private: Trees,
    /// `= #krate::__private::receive_or_raise!(receive(__coro_in));`, once made (see `receive`).
    receive_tail: Option<Trees>,
    /// `#krate` as tokens (printing the path anew costs a walk of syn's tree).
    krate_tokens: Trees,
    ids: Idents,
    /// See `carried_binding_lints`.
    binding_lints: Trees,
    /// The declared yield type, written at every suspension (a copy of a shared stream
    /// copies its vector).
    yield_ty: Trees,
    /// Keywords the arms' code writes many times, made once (a `quote!` makes each anew).
    keywords: Keywords,
    blocks: Vec<Block>,
    /// The join block at each position (`usize::MAX`: none yet), by `position`: an index, not
    /// a hash map's probe.
    block_at: Vec<usize>,
    /// Where each level's positions start in `block_at` (a level of `n` nodes has `n + 1`).
    level_start: Vec<usize>,
    suspensions: Vec<Suspension>,
    worklist: Vec<usize>,
    pub errors: Vec<syn::Error>,
    /// Argument holders: the hidden locals the entry arm binds the arguments to.
    args: Vec<Ident>,
    /// What the `Created` state is built from (the parameters, `self`).
    arg_sources: Vec<TokenStream>,
    /// `#[coroutine(clone)]`: the state keeps each value as a `Kept` (with its cloner) and is
    /// `Clone`; a value that is not `Clone` is asserted once, at its binding.
    pub clone: bool,
    /// Where each parameter is in the user's signature (for `clone`'s assertion).
    pub arg_origins: Vec<Span>,
    /// Kept locals already asserted to be `Clone`.
    asserted_clone: HashSet<LocalId>,
    /// The sent type is `()`: `start()` on a suspended coroutine sends `()`.
    pub unit_send: bool,
    /// Kept locals already checked for borrows of other locals.
    reported_borrows: HashSet<LocalId>,
    /// The body delegates, so its states hold awaiters (which have drop glue): a suspension
    /// stores its state with `__private::suspend`, which skips that glue for the `Running`
    /// value it replaces. Other bodies assign, which costs rustc less to build.
    delegating: bool,
    /// Slots that some shadowing `let` assigns (the others' declarations are removed).
    assigned_slots: HashSet<String>,
    /// Whether the arm being emitted declared a slot at all (else there is nothing to strip).
    declared_slots: std::cell::Cell<bool>,
    /// The entry arm's code without its pattern: with a dispatch loop it runs in the `Created`
    /// state's conversion, binding the arguments itself (no `Entry` block variant).
    entry_body: Option<TokenStream>,
    /// The locals whose typed `None` (see `typed_nones`) the code emitted since the innermost
    /// construct that made one has used.
    used_nones: HashSet<LocalId>,
    /// This emission is for the labeled-block layout (see `labeled.rs`).
    labeled: bool,
    /// The block whose code is being emitted.
    current: usize,
    /// With `labeled`: every jump and every suspension, as (from block, to block).
    edges: Vec<(usize, usize)>,
    /// With `labeled`: the top-level locals hoisted under their own names, in declaration
    /// order, and as a set.
    hoist_order: Vec<LocalId>,
    hoisted: HashSet<LocalId>,
    /// The hoisted locals that some code assigns.
    assigned_hoisted: HashSet<LocalId>,
    /// With `labeled`: the body is too long for the labeled layout (see `emit_blocks`); the
    /// emission stopped early.
    too_long: bool,
    /// With `labeled`: the locals some suspension keeps, and the join blocks, so far.
    state_locals: BTreeSet<LocalId>,
    joins: usize,
    /// With `labeled`: the hoisted locals some block carries as a drop flag (the layout is
    /// tried again with the hoisted run stopped before the first of them).
    flagged_hoisted: HashSet<LocalId>,
    /// With `labeled`: the locals some code indexes at a computed index, each with its length
    /// when it is a short array of known length (moved into the state element by element, see
    /// `labeled.rs`).
    indexed: HashMap<LocalId, Option<usize>>,
}

/// Identifiers the expansion shares between its parts.
pub struct Names {
    /// The `#[coroutine]` function's name, for `StateEnum::NAME`.
    pub function: String,
    pub state_enum: Ident,
    pub block_enum: Ident,
    pub state_var: Ident,
    pub input_var: Ident,
    pub block_var: Ident,
    pub next_label: Lifetime,
}

impl Names {
    /// `seed` (a hash of the signature) suffixes the two enums' names: items are not hygienic on
    /// stable Rust (`Span::mixed_site()` hides locals and labels only), so an unguessable name is
    /// what keeps the body from naming them.
    pub fn new(seed: u64, function: &Ident) -> Self {
        let site = Span::mixed_site();
        let suffix = seed & 0xffff_ffff;
        Names {
            function: syn::ext::IdentExt::unraw(function).to_string(),
            state_enum: Ident::new(&format!("__CoroState{suffix:08x}"), site),
            block_enum: Ident::new(&format!("__CoroBlock{suffix:08x}"), site),
            state_var: Ident::new("__coro_st", site),
            // Also the resume variants' field that holds it, so that patterns and conversions
            // name it by the shorthand.
            input_var: Ident::new("__coro_in", site),
            block_var: Ident::new("__coro_blk", site),
            next_label: Lifetime::new("'__coro_next", site),
        }
    }
}

/// The attribute on a carried local's binding in a block. A block binds everything it carries,
/// used or not, and `mut` as the local was declared, mutated in this block or not: a binding
/// with the user's name keeps the lints quiet by `allow`. A hidden name (`__coro_t3`) needs
/// none, since rustc lints no binding whose name starts with `_`, and each attribute costs
/// rustc a lint level.
///
/// Kept as trees (`Emitter::binding_lints`): a copy of a shared stream, appended, copies its
/// vector first.
fn carried_binding_lints() -> Trees {
    Trees::new(fragment(
        "carried_binding_lints",
        || quote!(#[allow(unused_mut, unused_variables)]),
    ))
}

/// The emitter's numbered identifiers, a table per family (see `Numbered::table`: an index, no
/// thread-local borrow, and a reference that `quote!` copies once), and the folded parameter,
/// made once (it is written for every local of a folded enum).
struct Idents {
    fields: Table,
    holders: Table,
    params: Table,
    elements: Table,
    /// Grown as suspensions are emitted.
    states: Table,
    folded_param: Ident,
}

impl Idents {
    fn new(locals: usize) -> Self {
        Idents {
            fields: Numbered::Field.table(locals),
            holders: Numbered::Holder.table(locals),
            params: Numbered::Param.table(locals),
            elements: Numbered::Element.table(locals),
            states: Numbered::State.table(0),
            folded_param: folded_param(),
        }
    }

    /// `__coro_f{local}`: a carried local's field.
    fn field(&self, local: LocalId) -> &Ident {
        self.fields.get(local)
    }

    /// `__coro_h{local}`: the local a block binds a carried value to.
    fn holder(&self, local: LocalId) -> &Ident {
        self.holders.get(local)
    }

    /// The type parameter of a carried local.
    fn param(&self, local: LocalId) -> &Ident {
        self.params.get(local)
    }

    /// The associated type that names a local's element of a folded enum's tuple.
    fn element(&self, local: LocalId) -> &Ident {
        self.elements.get(local)
    }

    /// `S{n}`: the state enum's variant for suspension `n`.
    fn state(&self, n: usize) -> &Ident {
        self.states.get(n)
    }
}

/// Past this many carried locals, an enum names their types through one tuple parameter (see
/// [`LocalTypes`]).
const FOLD_ABOVE: usize = 5;

/// How an enum names the types of the locals it carries.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LocalTypes {
    /// One type parameter per local: `__CoroL3`.
    Params,
    /// One type parameter, `__CoroT`, a tuple of the locals' types, and the enum's own trait
    /// that names its elements: `__CoroT::L3`. Each mention of a variant instantiates every
    /// parameter of its enum, with its obligations pending until the local's type is known:
    /// with a parameter per local, type checking a function grows with the cube of its
    /// suspension points (at 200 points, 19.4 s of front end against 5.6 s folded). With few
    /// locals the projections cost more than they save (+4 % type checking at 3). With a late
    /// conversion the tuple is a list of chunks (see `Chunks`).
    Folded,
}

impl LocalTypes {
    fn of(locals: usize) -> Self {
        if locals > FOLD_ABOVE {
            LocalTypes::Folded
        } else {
            LocalTypes::Params
        }
    }

    /// Writes the type of `local` inside the enum's items into `out`.
    fn write_local(self, out: &mut TokenStream, local: LocalId, ids: &Idents) {
        match self {
            LocalTypes::Params => out.append(ids.param(local).clone()),
            LocalTypes::Folded => {
                // `__CoroT::L3`.
                out.append(ids.folded_param.clone());
                out.append(Punct::new(':', Spacing::Joint));
                out.append(Punct::new(':', Spacing::Alone));
                out.append(ids.element(local).clone());
            }
        }
    }

    /// The type of `local` inside the enum's items.
    fn of_local(self, local: LocalId, ids: &Idents) -> TokenStream {
        typed_tokens(|out| self.write_local(out, local, ids))
    }
}

/// Identifiers that the arms' code writes once per construct or jump, made once: unoptimised,
/// a `quote!` makes each identifier it spells out anew (2,000 instructions, a copy 400).
struct Keywords {
    break_: Ident,
    if_: Ident,
    else_: Ident,
    match_: Ident,
    let_: Ident,
    mut_: Ident,
    none_of: Ident,
    /// `return`, `__private` and `yielded` (the function): with `let`, written at every
    /// suspension, spanned at its operand.
    return_: Ident,
    private: Ident,
    yielded_fn: Ident,
    /// `__coro_yielded`, hidden: the yielded value's local.
    yielded: Ident,
}

impl Keywords {
    fn new() -> Self {
        let make = |text| Ident::new(text, Span::call_site());
        Keywords {
            break_: make("break"),
            if_: make("if"),
            else_: make("else"),
            match_: make("match"),
            let_: make("let"),
            mut_: make("mut"),
            none_of: make("none_of"),
            return_: make("return"),
            private: make("__private"),
            yielded_fn: make("yielded"),
            yielded: Ident::new("__coro_yielded", Span::mixed_site()),
        }
    }
}

/// The span of an expression's first token, which is what `Spanned::span` gives inside rustc
/// on stable (spans do not join there), without printing the expression to tokens first.
fn leading_span(expr: &Expr) -> Span {
    match expr {
        Expr::Binary(e) if e.attrs.is_empty() => leading_span(&e.left),
        Expr::MethodCall(e) if e.attrs.is_empty() => leading_span(&e.receiver),
        Expr::Field(e) if e.attrs.is_empty() => leading_span(&e.base),
        Expr::Call(e) if e.attrs.is_empty() => leading_span(&e.func),
        Expr::Index(e) if e.attrs.is_empty() => leading_span(&e.expr),
        Expr::Path(e) if e.attrs.is_empty() && e.qself.is_none() => match &e.path.leading_colon {
            Some(colons) => colons.spans[0],
            None => e
                .path
                .segments
                .first()
                .map_or_else(|| syn::spanned::Spanned::span(e), |s| s.ident.span()),
        },
        Expr::Lit(e) if e.attrs.is_empty() => e.lit.span(),
        other => syn::spanned::Spanned::span(other),
    }
}

/// The name of `folded_param`.
const FOLDED_PARAM: &str = "__CoroT";

/// The tuple parameter of a folded enum.
pub(crate) fn folded_param() -> Ident {
    crate::numbered::word(FOLDED_PARAM, true)
}

/// The type parameter of a kept local's cloner (with `clone`).
fn cloner(local: LocalId) -> Ident {
    format_ident!("__CoroK{}", local, span = Span::mixed_site())
}

/// The type of a carried field: the local's type `t`, or an `Option` of it for a drop flag
/// (sharing the type, so that any typed use of the local pins the flag's type).
fn field_type(t: TokenStream, flag: bool, krate: &Path) -> TokenStream {
    if flag {
        quote!(#krate::__private::Option<#t>)
    } else {
        t
    }
}

/// Writes the declaration of a carried field into `out`: its type is the local's type, or an
/// `Option` of it for a drop flag (sharing the type, so that any typed use of the local pins
/// the flag's type); with `clone`, a `Kept` of that with its cloner. Written in place: a
/// stream per type, copied into the fields, cost 3,500 instructions a field unoptimised.
fn field_decl(
    out: &mut TokenStream,
    (local, field): (LocalId, &Ident),
    write_type: impl FnOnce(&mut TokenStream),
    flag: bool,
    krate: &Path,
    clone: bool,
) {
    out.append(field.clone());
    out.append(Punct::new(':', Spacing::Alone));
    if clone {
        let (t, k) = (typed_tokens(write_type), cloner(local));
        let t = field_type(t, flag, krate);
        out.extend(quote!(#krate::__private::Kept<#t, #k>));
    } else if flag {
        let t = typed_tokens(write_type);
        out.extend(quote!(#krate::__private::Option<#t>));
    } else {
        write_type(out);
    }
}

/// The tokens `write` writes, as a stream of their own.
fn typed_tokens(write: impl FnOnce(&mut TokenStream)) -> TokenStream {
    let mut t = TokenStream::new();
    write(&mut t);
    t
}

/// An enum's typed locals (see [`LocalTypes`]), and of those the awaiters whose types name
/// other locals' (see `TypedBy`): their types must be coroutines.
#[derive(Clone, Copy)]
struct EnumTypes<'a> {
    locals: &'a BTreeSet<LocalId>,
    awaiters: &'a BTreeSet<LocalId>,
}

/// The bound an awaiter's type needs where it names other locals' types.
fn awaiter_bound(krate: &Path) -> TokenStream {
    quote!(: #krate::Coroutine)
}

/// An enum's where clause: for a folded enum (see [`LocalTypes`]) the bound that its tuple
/// implements its trait (which bounds the awaiters' elements), else the awaiters' bounds.
fn enum_bounds(
    types: LocalTypes,
    enum_name: &Ident,
    of: &EnumTypes,
    krate: &Path,
    ids: &Idents,
) -> TokenStream {
    match types {
        LocalTypes::Folded => {
            let (t, trait_name) = (&ids.folded_param, format_ident!("{}Types", enum_name));
            quote!(#t: #trait_name)
        }
        LocalTypes::Params => {
            let bound = awaiter_bound(krate);
            let params = of.awaiters.iter().map(|&l| ids.param(l));
            quote!(#(#params #bound),*)
        }
    }
}

/// For a folded enum (see [`LocalTypes`]): its trait and the trait's impl for the tuple of its
/// locals' types, or with `chunks` for any list of chunks. `None` for an enum with a parameter
/// per local.
fn folded_items(
    types: LocalTypes,
    enum_name: &Ident,
    of: &EnumTypes,
    krate: &Path,
    chunks: Option<&Chunks>,
    ids: &Idents,
) -> Option<TokenStream> {
    if types == LocalTypes::Params {
        return None;
    }
    let trait_name = format_ident!("{}Types", enum_name);
    let bound = |l: &LocalId| of.awaiters.contains(l).then(|| awaiter_bound(krate));
    let elements: Vec<&Ident> = of.locals.iter().map(|&l| ids.element(l)).collect();
    let bounds: Vec<Option<TokenStream>> = of.locals.iter().map(bound).collect();
    // Made once (a `quote!` makes an identifier it spells out at each use).
    let type_ = Ident::new("type", Span::call_site());
    let types_impl = match chunks {
        Some(chunks) => {
            let t = &ids.folded_param;
            let write_element = chunks.elements(&trait_name, krate);
            // `type L3 = <head>::E7;` written in place: a stream per element type, copied into
            // the impl, cost 20,000 instructions a local unoptimised.
            let mut types = TokenStream::new();
            for (&l, &element) in of.locals.iter().zip(&elements) {
                types.append(type_.clone());
                types.append(element.clone());
                types.append(Punct::new('=', Spacing::Alone));
                write_element(&mut types, l);
                types.append(Punct::new(';', Spacing::Alone));
            }
            let types = Owned::new(types);
            let awaiters = of
                .awaiters
                .iter()
                .map(|&l| typed_tokens(|out| write_element(out, l)));
            let awaiter_bound = awaiter_bound(krate);
            quote! {
                impl<#t: #krate::__private::Level> #trait_name for #t
                where
                    #(#awaiters #awaiter_bound,)*
                {
                    #types
                }
            }
        }
        None => {
            let params: Vec<&Ident> = of.locals.iter().map(|&l| ids.param(l)).collect();
            quote! {
                impl<#(#params #bounds),*> #trait_name for (#(#params,)*) {
                    #(#type_ #elements = #params;)*
                }
            }
        }
    };
    let tails = chunks.map(|chunks| chunks.tails(&trait_name, krate));
    Some(quote! {
        #[allow(non_camel_case_types)]
        trait #trait_name {
            #(#type_ #elements #bounds;)*
        }
        #tails
        #[allow(non_camel_case_types, clippy::type_complexity)]
        #types_impl
    })
}

/// A folded enum's generic arguments with its parameter's shape (`folded`) written out and
/// `_` for the rest, `<_, (_, _, _), _>`: for the turbofish or annotation where the enum's type
/// starts (its projections reduce only once the parameter's shape is known).
fn shape_args(generics: &[Ident], folded: &TokenStream) -> TokenStream {
    let holes = generics.iter().map(|g| {
        if *g == FOLDED_PARAM {
            folded.clone()
        } else {
            quote!(_)
        }
    });
    quote!(<#(#holes),*>)
}

/// A flat tuple of `locals` holes, `(_, _, _,)`: the shape of a folded enum's parameter.
fn tuple_shape(locals: usize) -> TokenStream {
    let elements = (0..locals).map(|_| quote!(_));
    quote!((#(#elements,)*))
}

// Streams are appended whole (`out.append_stream(stream)`), not as token trees
// (`out.extend(stream)`): inside rustc, iterating a stream fetches each of its top-level tokens
// over the proc-macro bridge, to be sent back again with `out`; outside, each tree is pushed
// one by one.

/// The fields of a struct pattern or literal, written into one token stream as `#(#f),*`
/// would write them: a stream per field, each interpolated into another, costs copies (and,
/// inside a proc macro, calls into the compiler) for every field of every arm.
struct Fields {
    tokens: TokenStream,
    /// The commas' span.
    span: Span,
    empty: bool,
    /// Assignments `name = value;` instead (a labeled jump's, see `labeled.rs`).
    assign: bool,
}

impl Fields {
    fn new(span: Span) -> Self {
        Fields {
            tokens: TokenStream::new(),
            span,
            empty: true,
            assign: false,
        }
    }

    fn assigning(span: Span) -> Self {
        Fields {
            assign: true,
            ..Fields::new(span)
        }
    }

    /// Where the next field goes (after a comma, unless it is the first).
    fn next(&mut self) -> &mut TokenStream {
        if !self.empty && !self.assign {
            let mut comma = Punct::new(',', Spacing::Alone);
            comma.set_span(self.span);
            self.tokens.append(comma);
        }
        self.empty = false;
        &mut self.tokens
    }

    /// The fields in braces, as one tree spanned as the commas (`{ #fields }` in a `quote!`
    /// would make a stream for the braces only to replace it with these).
    fn braced(self) -> OwnedTree {
        let mut group = proc_macro2::Group::new(proc_macro2::Delimiter::Brace, self.tokens);
        group.set_span(self.span);
        OwnedTree::new(group)
    }

    /// `name: value` (`name = value;` when assigning). The name is moved in: most are made
    /// for the field, and unoptimised a copy of an identifier allocates.
    fn push(&mut self, name: Ident, value: &dyn ToTokens) {
        self.push_with(name, |out| value.to_tokens(out));
    }

    /// `name: value` for a value that is one identifier made for it (moved in too).
    fn push_ident(&mut self, name: Ident, value: Ident) {
        self.push_with(name, |out| out.append(value));
    }

    /// `name: value` (`name = value;` when assigning), the value written by `write`.
    fn push_with(&mut self, name: Ident, write: impl FnOnce(&mut TokenStream)) {
        let assign = self.assign;
        let out = self.next();
        out.append(name);
        out.append(Punct::new(if assign { '=' } else { ':' }, Spacing::Alone));
        write(out);
        if assign {
            out.append(Punct::new(';', Spacing::Alone));
        }
    }
}

/// The state enum's items and initial value (see `Emitter::state_items`).
struct StateItems {
    items: TokenStream,
    initial: TokenStream,
    generics: Vec<Ident>,
    /// Its where clause's bounds (empty for none).
    bounds: TokenStream,
}

impl StateItems {
    fn where_clause(&self) -> Option<TokenStream> {
        let bounds = &self.bounds;
        (!bounds.is_empty()).then(|| quote!(where #bounds))
    }
}

/// The machine's pieces, ready to be put into the function.
pub struct Machine {
    pub items: TokenStream,
    pub initial: TokenStream,
    pub body: TokenStream,
    /// A delegation resumes its delegate in place (with the state not marked `Running`), so
    /// the runtime must note when the body runs (P1).
    pub delegates: bool,
}

impl<'p> Emitter<'p> {
    pub fn new(
        program: &'p Program,
        krate: Path,
        args: Vec<Ident>,
        arg_sources: Vec<TokenStream>,
    ) -> Self {
        let live = Liveness::new(program);
        let mut level_start = Vec::with_capacity(program.seqs.len());
        let mut positions = 0;
        for level in &program.seqs {
            level_start.push(positions);
            positions += level.nodes.len() + 1;
        }
        Emitter {
            delegating: program.delegates(),
            live,
            program,
            private: Trees::new(quote!(#krate::__private)),
            krate_tokens: Trees::new(krate.to_token_stream()),
            receive_tail: None,
            ids: Idents::new(program.locals.len()),
            binding_lints: carried_binding_lints(),
            yield_ty: Trees::new(program.context.yield_ty.clone()),
            keywords: Keywords::new(),
            krate,
            blocks: Vec::new(),
            block_at: vec![usize::MAX; positions],
            level_start,
            suspensions: Vec::new(),
            worklist: Vec::new(),
            errors: Vec::new(),
            args,
            arg_sources,
            clone: false,
            arg_origins: Vec::new(),
            asserted_clone: HashSet::default(),
            unit_send: false,
            reported_borrows: HashSet::default(),
            assigned_slots: HashSet::default(),
            declared_slots: std::cell::Cell::new(false),
            entry_body: None,
            used_nones: HashSet::default(),
            labeled: false,
            current: 0,
            edges: Vec::new(),
            hoist_order: Vec::new(),
            hoisted: HashSet::default(),
            assigned_hoisted: HashSet::default(),
            too_long: false,
            state_locals: BTreeSet::new(),
            joins: 0,
            flagged_hoisted: HashSet::default(),
            indexed: HashMap::default(),
        }
    }

    /// Emits every reachable arm, then the enums and the resume closure: in the labeled-block
    /// layout where it holds (see `labeled.rs`), else with the block enum.
    pub fn emit(mut self, names: &Names) -> (Machine, Vec<syn::Error>) {
        if !cfg!(feature = "only-block-enum") && self.may_label() {
            let mut hoist = self.hoistable();
            self.indexed = self.indexed_locals();
            loop {
                self.labeled = true;
                self.hoist_order = hoist;
                self.hoisted = self.hoist_order.iter().copied().collect();
                self.emit_blocks(names);
                if let Some(machine) = self.assemble_labeled(names) {
                    return (machine, self.errors);
                }
                // A hoisted local carried as a drop flag: once more with the run stopped
                // before it, so that it goes through holders (each attempt hoists fewer).
                let flagged = self
                    .hoist_order
                    .iter()
                    .position(|l| self.flagged_hoisted.contains(l));
                hoist = std::mem::take(&mut self.hoist_order);
                self.reset();
                match flagged {
                    Some(first) => hoist.truncate(first),
                    None => break,
                }
            }
            self.indexed.clear();
        }
        self.emit_blocks(names);
        let machine = self.assemble(names);
        (machine, self.errors)
    }

    fn emit_blocks(&mut self, names: &Names) {
        let entry = self.add_block(BlockKind::Entry, (ROOT, 0), None);
        self.blocks[entry].entry.clear();
        while let Some(block) = self.worklist.pop() {
            let folded = LocalTypes::of(self.state_locals.len()) == LocalTypes::Folded;
            let long = (folded && self.suspensions.len() > labeled::MAX_FOLDED_SUSPENSIONS)
                || self.joins > labeled::MAX_JOINS;
            if self.labeled && long {
                // A long body: see `labeled.rs`. Stopped at once, for the block enum.
                self.too_long = true;
                return;
            }
            self.current = block;
            let code = self.emit_block(block, names);
            self.blocks[block].code = Some(code);
        }
    }

    /// The index of `pos` in `block_at`.
    fn position(&self, (seq, index): Pos) -> usize {
        self.level_start[seq] + index
    }

    fn add_block(&mut self, kind: BlockKind, pos: Pos, result: Option<LocalId>) -> usize {
        if kind == BlockKind::Join {
            let existing = self.block_at[self.position(pos)];
            if existing != usize::MAX {
                return existing;
            }
        }
        let mut entry = self.live.entry_set(pos);
        let path = self.live.path(pos);
        // The value the jumps hand in is always part of the entry.
        if let Some(provided) = result {
            if !entry.contains(&provided) {
                entry.push(provided);
                entry.sort_by_key(|&l| self.live.scope_order(l, &path));
            }
        }
        if let BlockKind::Resume(n) = kind {
            let produced = self.suspensions[n].local;
            entry.retain(|&l| l != produced);
        }
        // The entry, then the optional locals (as drop flags), both in the order of the locals
        // in scope (those not in scope are not carried). Loops, not iterator chains: unoptimised,
        // those cost more than their work.
        let produced = self.produced_by(kind);
        let mut carried: Vec<((usize, usize), (LocalId, bool))> = Vec::new();
        for &l in &entry {
            if let Some(order) = self.live.scope_order(l, &path) {
                carried.push((order, (l, false)));
            }
        }
        for l in self.live.optional_set(pos) {
            if !entry.contains(&l) && Some(l) != produced {
                if let Some(order) = self.live.scope_order(l, &path) {
                    carried.push((order, (l, true)));
                }
            }
        }
        carried.sort_by_key(|&(order, _)| order);
        let carried: Vec<(LocalId, bool)> = carried.iter().map(|&(_, c)| c).collect();
        if self.labeled {
            match kind {
                BlockKind::Resume(_) => self.state_locals.extend(carried.iter().map(|&(l, _)| l)),
                BlockKind::Join => self.joins += 1,
                BlockKind::Entry => {}
            }
        }
        let index = self.blocks.len();
        let variant = match kind {
            BlockKind::Entry => format_ident!("Entry"),
            BlockKind::Resume(n) => format_ident!("R{}", n),
            BlockKind::Join => format_ident!("B{}", index),
        };
        self.blocks.push(Block {
            kind,
            pos,
            path,
            entry,
            carried,
            result,
            variant,
            code: None,
            only_jumps: false,
            forward: None,
        });
        if kind == BlockKind::Join {
            let position = self.position(pos);
            self.block_at[position] = index;
            if let Some(next) = self.forward_of(pos, result) {
                self.blocks[index].forward = Some(next);
                return index;
            }
        }
        self.worklist.push(index);
        index
    }

    /// For a join at `pos` whose code would only jump to another block (the end of a level
    /// with no tail, whose end continues at the loop's start or after the construct), that
    /// block. Going through the dispatch once more costs a jump that LLVM does not thread
    /// (the dispatch is a loop header), and the block's code.
    fn forward_of(&mut self, pos: Pos, result: Option<LocalId>) -> Option<usize> {
        let (seq, index) = pos;
        let level = &self.program.seqs[seq];
        if result.is_some()
            || index == 0
            || index != level.nodes.len()
            || level.tail.is_some()
            || level.nodes.last().is_some_and(diverges)
        {
            return None;
        }
        match level.end {
            SeqEnd::LoopBody => Some(self.loop_header(seq)),
            SeqEnd::Join => {
                let (parent, index) = level.parent?;
                Some(self.join_after(parent, index))
            }
            SeqEnd::FnBody | SeqEnd::TryPart | SeqEnd::Finally => None,
        }
    }

    /// Whether the resume of suspension `n`, at `pos`, only receives the input (raising out of
    /// the body, or yielding nothing of the user's) and jumps: the suspension is the last node
    /// of a level with no tail that ends with a jump (see `forward_of`).
    fn resume_only_jumps(&self, n: usize, pos: Pos) -> bool {
        let (seq, index) = pos;
        let level = &self.program.seqs[seq];
        let plain = match self.suspensions[n].kind {
            MarkerKind::Yield | MarkerKind::Await => self.raise_leaves_body(seq),
            MarkerKind::YieldCatch => true,
            MarkerKind::Raw => false,
        };
        plain
            && index == level.nodes.len()
            && level.tail.is_none()
            && match level.end {
                SeqEnd::LoopBody => true,
                SeqEnd::Join => level.parent.is_some(),
                SeqEnd::FnBody | SeqEnd::TryPart | SeqEnd::Finally => false,
            }
    }

    /// The start of the loop whose body is `body` (entered with its carried value, if any).
    fn loop_header(&mut self, body: SeqId) -> usize {
        let carried = self.program.seqs[body].intro.first().copied();
        self.add_block(BlockKind::Join, (body, 0), carried)
    }

    /// The join block after the construct at `(seq, index)`.
    fn join_after(&mut self, seq: SeqId, index: usize) -> usize {
        let result = match &self.program.seqs[seq].nodes[index] {
            Node::If { result, .. }
            | Node::Match { result, .. }
            | Node::Loop { result, .. }
            | Node::Block { result, .. }
            | Node::Try { result, .. } => *result,
            _ => None,
        };
        self.add_block(BlockKind::Join, (seq, index + 1), result)
    }

    fn emit_block(&mut self, block: usize, names: &Names) -> TokenStream {
        let (kind, pos) = (self.blocks[block].kind, self.blocks[block].pos);
        // A few locals each: searched in place (a `BTreeSet` allocates node by node).
        let entry: Vec<LocalId> = self.blocks[block].entry.clone();
        let optional: Vec<LocalId> = self.blocks[block]
            .carried
            .iter()
            .filter(|(_, flag)| *flag)
            .map(|(l, _)| *l)
            .collect();
        let mut env = Env::default();
        // Deferred `let x;` declarations are only needed in arms that assign (or read) `x`.
        // Collected on first need: most arms declare none, and the walk is over the whole arm.
        let mut arm_names: Option<HashSet<String>> = None;
        // A slot is declared and assigned within one arm.
        self.assigned_slots.clear();
        self.declared_slots.set(false);
        let rebound = self.rebound_in_arm(pos);
        let mut header = Vec::new();
        // Only the locals that may be kept, carried as drop flags or declared: the others are
        // neither bound nor declared in the arm.
        let path = std::mem::take(&mut self.blocks[block].path);
        // The outermost level's leading plain rebindings are bound by the arm's pattern
        // instead of a `let` each (less code): they are declared first either way, so they
        // still drop last, in reverse order.
        // A carried local bound by the arm's pattern, its binding, and the binding's lint
        // attribute (see `carried_binding_lints`).
        let mut pattern_bound: Vec<(LocalId, Binding)> = Vec::new();
        for (depth, (seq, locals)) in self.live.candidates(pos).into_iter().enumerate() {
            let mut level = TokenStream::new();
            for &local in locals {
                let info = &self.program.locals[local];
                if Some(local) == self.produced_by(kind) {
                    continue;
                }
                let shadowed_later = || self.live.shadowed_later(local, &path);
                if self.is_hoisted(local) {
                    // Where it already is, under its own name; never a drop flag (that would
                    // need the flag's `Option` in the hoisted variable).
                    if optional.contains(&local) {
                        self.flagged_hoisted.insert(local);
                    }
                    if entry.contains(&local) || optional.contains(&local) {
                        self.declare(&mut env, local, info.name.clone(), info.user);
                    }
                } else if entry.contains(&local) {
                    let shadowed_later = shadowed_later();
                    let h = self.ids.holder(local);
                    let name = if shadowed_later {
                        hidden("v", local)
                    } else {
                        info.name.clone()
                    };
                    self.bind_slot_if_rebound(
                        &mut level,
                        &mut env,
                        local,
                        &rebound,
                        shadowed_later,
                    );
                    let mutability = info.mutable.then(|| self.keywords.mut_.clone());
                    let pinned = self.pinned_pending(local, seq);
                    let user_name = info.user && !shadowed_later;
                    let lints = user_name.then(|| self.binding_lints.clone());
                    if depth == 0 && level.is_empty() && pinned.is_none() && !self.labeled {
                        self.declare(&mut env, local, name.clone(), user_name);
                        pattern_bound.push((
                            local,
                            Binding {
                                lints,
                                mutability,
                                name,
                            },
                        ));
                        continue;
                    }
                    match pinned {
                        Some(value) => {
                            let value = Owned::new(value);
                            quote_onto!(&mut level, #lints let #mutability #name = #value;);
                        }
                        None => quote_onto!(&mut level, #lints let #mutability #name = #h;),
                    }
                    self.declare(&mut env, local, name, user_name);
                } else if optional.contains(&local) {
                    let (h, flag) = (self.flag_holder(local), hidden("o", local));
                    quote_onto!(&mut level, let #flag = #h;);
                    env.flags.insert(local, flag);
                } else if info.deferred
                    && !shadowed_later()
                    && !self.live.assigned_before(local, pos)
                    && arm_names
                        .get_or_insert_with(|| self.inline_names(pos.0, pos.1))
                        .contains(self.live.name(local))
                {
                    // Declared, not yet assigned: keep the name so the assignment finds it.
                    let name = info.name.clone();
                    let mutability = info.mutable.then(|| self.keywords.mut_.clone());
                    let ty = info.ty.as_ref().map(|t| quote!(: #t));
                    quote_onto!(&mut level, #[allow(unused_variables)] let #mutability #name #ty;);
                    self.declare(&mut env, local, name, true);
                }
            }
            header.push((seq, level));
        }
        if let BlockKind::Resume(n) = kind {
            self.blocks[block].only_jumps = self.resume_only_jumps(n, pos);
            if let Some((_, level)) = header.last_mut() {
                self.receive(level, n, pos.0, &env, names);
            }
            let local = self.suspensions[n].local;
            let name = self.program.locals[local].name.clone();
            self.declare(&mut env, local, name, false);
        }
        // The pattern binds in field order: that must be the order of the `let`s it replaces
        // (else they stay `let`s).
        let in_order = self.blocks[block]
            .carried
            .iter()
            .filter(|(l, _)| pattern_bound.iter().any(|(b, _)| b == l))
            .map(|(l, _)| *l)
            .eq(pattern_bound.iter().map(|(b, _)| *b));
        if !in_order {
            let lets = pattern_bound.drain(..).map(|(l, binding)| {
                let (
                    h,
                    Binding {
                        lints,
                        mutability,
                        name,
                    },
                ) = (self.ids.holder(l), binding);
                quote!(#lints let #mutability #name = #h;)
            });
            let mut first: TokenStream = lets.collect();
            if let Some((_, level)) = header.first_mut() {
                first.append_stream(std::mem::take(level));
                *level = first;
            }
        }
        // Nest the levels so locals drop innermost first, in reverse declaration order. The
        // innermost level's code follows its bindings in their stream (not copied after).
        // Each level's braces a tree appended to the next level out (a stream per level,
        // appended, cost an allocation and a drop more).
        let brace = |level| {
            proc_macro2::TokenTree::from(proc_macro2::Group::new(
                proc_macro2::Delimiter::Brace,
                level,
            ))
        };
        let code = match header.pop() {
            Some((_, innermost)) => {
                let mut code = brace(self.emit_seq_onto(innermost, pos.0, pos.1, &mut env, names));
                for (_, mut level) in header.into_iter().rev() {
                    level.append(code);
                    code = brace(level);
                }
                TokenStream::from(code)
            }
            None => self.emit_seq(pos.0, pos.1, &mut env, names),
        };
        let code = if self.declared_slots.get() {
            strip_unassigned_slots(code, &self.assigned_slots)
        } else {
            code
        };
        if self.labeled {
            // The layout writes where the block starts (see `assemble_labeled`).
            if kind == BlockKind::Entry {
                self.entry_body = Some(code.clone());
            }
            return code;
        }
        let variant = &self.blocks[block].variant;
        let block_enum = &names.block_enum;
        let mut fields = Fields::new(Span::call_site());
        for &(l, _) in &self.blocks[block].carried {
            match pattern_bound.iter().position(|(b, _)| *b == l) {
                Some(i) => {
                    // Each binding is written once: moved out, its identifiers moved in.
                    let Binding {
                        lints,
                        mutability,
                        name,
                    } = pattern_bound.swap_remove(i).1;
                    let (f, mutability, name) = (
                        OwnedTree::new(self.ids.field(l).clone()),
                        mutability.map(OwnedTree::new),
                        OwnedTree::new(name),
                    );
                    quote_onto!(fields.next(), #lints #f: #mutability #name);
                }
                _ => fields.push_ident(self.ids.field(l).clone(), self.ids.holder(l).clone()),
            }
        }
        match kind {
            BlockKind::Entry => {
                self.entry_body = Some(code.clone());
                for (i, arg) in self.args.iter().enumerate() {
                    fields.push(hidden("a", i), arg);
                }
            }
            BlockKind::Resume(_) => names.input_var.to_tokens(fields.next()),
            BlockKind::Join => {}
        }
        let fields = fields.braced();
        let mut arm = quote!(#block_enum::#variant #fields =>);
        arm.append_stream(code);
        arm
    }

    /// For a delegation's suspension `n` that its fast path resumes: the awaiter, the header
    /// block and the header's step local. The fast path resumes the delegate in place and goes
    /// straight to the delegation loop's header with the next step, so the header must take
    /// exactly what the suspension keeps (the awaiter among it), plus that step.
    fn fast_path_header(&self, n: usize) -> Option<(LocalId, usize, LocalId)> {
        let (awaiter, header) = self.suspensions[n].delegation?;
        let resume = &self.blocks[self.suspensions[n].block].carried;
        let header_block = &self.blocks[header];
        let step = header_block.result?;
        let same_locals = header_block
            .carried
            .iter()
            .filter(|&&(l, _)| l != step)
            .eq(resume.iter());
        (same_locals && resume.contains(&(awaiter, false))).then_some((awaiter, header, step))
    }

    /// A delegation's resume block that its fast path replaces: every resume of its state goes
    /// through the fast path into the header, so its arm, its variant and the join after the
    /// delegate's step it would jump to are not emitted (code rustc would type-check, and
    /// locals it would infer, for nothing).
    fn elided(&self, block: usize) -> bool {
        matches!(self.blocks[block].kind, BlockKind::Resume(n) if self.fast_path_header(n).is_some())
    }

    fn produced_by(&self, kind: BlockKind) -> Option<LocalId> {
        match kind {
            BlockKind::Resume(n) => Some(self.suspensions[n].local),
            _ => None,
        }
    }

    fn declare(&self, env: &mut Env, local: LocalId, name: Ident, visible: bool) {
        if visible {
            // A visible binding has its local's own name.
            let key = self.live.name_number(local);
            if let Some(&previous) = env.visible.get(&key) {
                if previous != local && !env.slots.contains(&previous) {
                    env.names.insert(previous, Name::Shadowed(name.span()));
                }
            }
            env.visible.insert(key, local);
        }
        env.names.insert(local, Name::Ident(name));
    }

    /// Declares a slot for `local` when a `let` of this arm will shadow it.
    fn bind_slot_if_rebound(
        &self,
        out: &mut TokenStream,
        env: &mut Env,
        local: LocalId,
        rebound: &HashSet<String>,
        already_hidden: bool,
    ) {
        let info = &self.program.locals[local];
        // A local is kept once shadowed when it is named again after the shadowing scope, or
        // when it is never moved (for its drop).
        if info.user
            && !already_hidden
            && rebound.contains(self.live.name(local))
            && (!self.live.possibly_moved(local) || self.named_later_in_arm(local))
        {
            let slot = hidden("s", local);
            out.append_stream(quote!(let #slot;));
            self.declared_slots.set(true);
            env.slots.insert(local, slot);
        }
    }

    /// True when code after the arm's own straight-line part names `local` (it outlives a
    /// shadowing inside a nested block).
    fn named_later_in_arm(&self, local: LocalId) -> bool {
        let info = &self.program.locals[local];
        let level = &self.program.seqs[info.seq];
        let declared = level
            .nodes
            .iter()
            .position(|n| n.declares().contains(&local));
        self.live
            .named_after(local, (info.seq, declared.map_or(0, |i| i + 1)))
    }

    /// The names the code of an arm starting at `(seq, from)` mentions (its straight-line
    /// part and the constructs it runs inline).
    fn inline_names(&self, seq: SeqId, from: usize) -> HashSet<String> {
        let mut names = HashSet::default();
        self.collect_inline_names(seq, from, &mut names);
        names
    }

    fn collect_inline_names(&self, seq: SeqId, from: usize, names: &mut HashSet<String>) {
        let level = &self.program.seqs[seq];
        let mut collector = NameCollector(names);
        for node in level.nodes.iter().skip(from) {
            match node {
                Node::Plain(stmt) => collector.visit_stmt(stmt),
                Node::Let { local, .. } => collector.visit_local(local),
                Node::Temp { expr, .. } => collector.visit_expr(expr),
                // The arm ends here; what follows belongs to other arms.
                Node::Suspend { value, .. } => return collector.visit_expr(value),
                Node::Loop { .. } => return,
                // The arm runs into each branch, up to the branch's own suspensions.
                Node::If { .. } | Node::Match { .. } | Node::Block { .. } | Node::Try { .. } => {
                    match node {
                        Node::If { cond, .. } => collector.visit_expr(cond),
                        Node::Match { scrutinee, .. } => collector.visit_expr(scrutinee),
                        _ => {}
                    }
                    let inline: Vec<SeqId> = match node {
                        Node::Try { body, .. } => vec![*body],
                        other => other.children(),
                    };
                    for child in inline {
                        self.collect_inline_names(child, 0, names);
                    }
                    return;
                }
            }
        }
        if let Some(tail) = &level.tail {
            collector.visit_expr(tail);
        }
    }

    /// User names that `let`s in the code this arm runs (from `pos` on) bind again.
    fn rebound_in_arm(&self, pos: Pos) -> HashSet<String> {
        let mut names = HashSet::default();
        self.collect_rebound(pos.0, pos.1, &mut names);
        names
    }

    fn collect_rebound(&self, seq: SeqId, from: usize, names: &mut HashSet<String>) {
        for node in self.program.seqs[seq].nodes.iter().skip(from) {
            match node {
                Node::Let { binds, .. } => {
                    names.extend(binds.iter().map(|&b| self.live.name(b).to_owned()));
                }
                Node::If { then, els, .. } => {
                    self.collect_rebound(*then, 0, names);
                    if let Some(els) = els {
                        self.collect_rebound(*els, 0, names);
                    }
                    return;
                }
                Node::Match { arms, .. } => {
                    for arm in arms {
                        self.collect_rebound(arm.body, 0, names);
                    }
                    return;
                }
                Node::Block { body, .. } => {
                    self.collect_rebound(*body, 0, names);
                    return;
                }
                Node::Try { body, .. } => {
                    self.collect_rebound(*body, 0, names);
                    return;
                }
                Node::Suspend { .. } | Node::Loop { .. } => return,
                Node::Plain(_) | Node::Temp { .. } => {}
            }
        }
    }

    /// The value a resumed suspension evaluates to, or the raise it turns into (T2, C3).
    /// Writes into `out` the binding of suspension `n`'s received value.
    fn receive(&mut self, out: &mut TokenStream, n: usize, seq: SeqId, env: &Env, names: &Names) {
        let (kind, local) = (self.suspensions[n].kind, self.suspensions[n].local);
        let name = self.program.locals[local].name.clone();
        let input = &names.input_var;
        // `start()` on a suspended coroutine reaches here only when the sent type is `()`.
        let (receive, resumed) = if self.unit_send {
            ("receive_unit", "resumed_unit")
        } else {
            ("receive", "resumed")
        };
        // A hoisted value is assigned, not declared.
        let bind = if self.is_hoisted(local) {
            self.assign_hoisted(local);
            None
        } else {
            Some(self.keywords.let_.clone())
        };
        match kind {
            // A raise that leaves the body at once: `?`, spelled so that type-checking it
            // solves no conversion (see `receive_or_raise!`).
            MarkerKind::Yield | MarkerKind::Await if self.raise_leaves_body(seq) => {
                // The same at every suspension but for the name: made once.
                let tail = self.receive_tail.get_or_insert_with(|| {
                    let (private, receive_or_raise) =
                        (&self.private, word("receive_or_raise", false));
                    let receive = word(receive, false);
                    Trees::new(quote!(= #private::#receive_or_raise!(#receive(#input));))
                });
                out.extend(bind);
                out.append(name);
                tail.to_tokens(out);
            }
            MarkerKind::Yield | MarkerKind::Await => {
                let sent = word("__coro_sent", true);
                let unwind = word("__coro_unwind", true);
                let raise = self.emit_exit(Exit::Raise(quote!(#unwind)), seq, env, names);
                let (p, receive) = (&self.private, word(receive, false));
                quote_onto! {out,
                    #bind #name = match #p::#receive(#input) {
                        #p::Result::Ok(#sent) => #sent,
                        #p::Result::Err(#unwind) => #raise,
                    };
                }
            }
            MarkerKind::YieldCatch => {
                let (private, resumed) = (&self.private, word(resumed, false));
                quote_onto!(out, #bind #name = #private::#resumed(#input););
            }
            // A delegation hands its input on as it came.
            MarkerKind::Raw => quote_onto!(out, #bind #name = #input;),
        }
    }

    /// Where control goes when it leaves level `seq` by `exit`: through the handlers and
    /// `finally` blocks of the regions it crosses (E1, E3, T5), then out of the body or to the
    /// jump's target.
    fn emit_exit(&mut self, exit: Exit, seq: SeqId, env: &Env, names: &Names) -> TokenStream {
        let p = self.private.clone();
        let mut current = seq;
        while let Some((parent, index)) = self.program.seqs[current].parent {
            if let Exit::Jump { construct, .. } = &exit {
                if *construct == (parent, index) {
                    break;
                }
            }
            let program = self.program;
            if let Node::Try {
                body,
                catch,
                catch_all,
                finally,
                ..
            } = &program.seqs[parent].nodes[index]
            {
                let in_body = current == *body;
                let in_finally = Some(current) == *finally;
                if in_body {
                    if let Exit::Raise(unwind) = &exit {
                        if catch.is_some() || catch_all.is_some() {
                            return self.emit_catch(unwind.clone(), (parent, index), env, names);
                        }
                    }
                }
                if !in_finally {
                    if let Some(finally) = finally {
                        let pending = match &exit {
                            Exit::Raise(u) => quote!(#p::Pending::Raise(#u)),
                            Exit::Return(v) => quote!(#p::Pending::Return(#v)),
                            Exit::Jump {
                                construct,
                                is_continue,
                                value,
                                span,
                                ..
                            } => {
                                if value.is_some() {
                                    self.errors.push(syn::Error::new(
                                        *span,
                                        "a `break` with a value cannot leave a `try_!` that has a `finally`; assign the value to a variable declared before the `try_!` and `break` without it",
                                    ));
                                }
                                let id = self.jump_id((parent, index), *construct, *is_continue);
                                quote!(#p::Pending::Jump(#id))
                            }
                        };
                        let target = self.finally_block(*finally);
                        return self.jump(target, Some(pending), env, names, Span::call_site());
                    }
                }
            }
            current = parent;
        }
        match exit {
            Exit::Raise(unwind) => quote!(return #p::Result::Err(#unwind)),
            Exit::Return(value) => quote!(return #p::Result::Ok(#p::Step::Complete(#value))),
            Exit::Jump {
                target,
                value,
                span,
                ..
            } => self.jump(target, value, env, names, span),
        }
    }

    /// True when a raise at level `seq` leaves the body with no handler or `finally` on the
    /// way (what `emit_exit` does with `Exit::Raise`: `return Err(unwind)`).
    fn raise_leaves_body(&self, seq: SeqId) -> bool {
        let mut current = seq;
        while let Some((parent, index)) = self.program.seqs[current].parent {
            if let Node::Try {
                body,
                catch,
                catch_all,
                finally,
                ..
            } = &self.program.seqs[parent].nodes[index]
            {
                let handled = current == *body && (catch.is_some() || catch_all.is_some());
                if handled || (finally.is_some() && Some(current) != *finally) {
                    return false;
                }
            }
            current = parent;
        }
        true
    }

    /// A raise in the body of a region with handlers: errors go to `catch`, the rest (the exit
    /// signal, protocol errors) to `catch_all` or on (C4).
    fn emit_catch(
        &mut self,
        unwind: TokenStream,
        region: (SeqId, usize),
        env: &Env,
        names: &Names,
    ) -> TokenStream {
        let p = self.private.clone();
        let program = self.program;
        let Node::Try {
            catch, catch_all, ..
        } = &program.seqs[region.0].nodes[region.1]
        else {
            return TokenStream::new();
        };
        let error = Ident::new("__coro_error", Span::mixed_site());
        let other = Ident::new("__coro_other", Span::mixed_site());
        let rest = match catch_all {
            Some(level) => {
                let target = self.handler_block(*level);
                self.jump(
                    target,
                    Some(quote!(#p::caught(#other))),
                    env,
                    names,
                    Span::call_site(),
                )
            }
            // As if raised in a handler: through `finally`, then outwards.
            None => {
                let from = catch.expect("a region with handlers has one of the two");
                self.emit_exit(Exit::Raise(quote!(#other)), from, env, names)
            }
        };
        match catch {
            Some(level) => {
                let target = self.handler_block(*level);
                let to_catch =
                    self.jump(target, Some(quote!(#error)), env, names, Span::call_site());
                quote! {
                    match #unwind {
                        #p::Unwind::Raised(#error) => #to_catch,
                        #other => #rest,
                    }
                }
            }
            None => quote!({ let #other = #unwind; #rest }),
        }
    }

    /// The entry of a handler level; it starts from its caught value.
    fn handler_block(&mut self, level: SeqId) -> usize {
        let caught = self.program.seqs[level].intro[0];
        self.add_block(BlockKind::Join, (level, 0), Some(caught))
    }

    /// The entry of a `finally` level; it starts from what is pending.
    fn finally_block(&mut self, level: SeqId) -> usize {
        let pending = self.program.seqs[level].intro[0];
        self.add_block(BlockKind::Join, (level, 0), Some(pending))
    }

    /// The loops and labeled blocks around a region that a `break` / `continue` inside it can
    /// leave to, numbered for `Pending::Jump`.
    fn jump_targets(&self, region: (SeqId, usize)) -> Vec<((SeqId, usize), bool)> {
        let mut targets = Vec::new();
        let mut current = region.0;
        while let Some((parent, index)) = self.program.seqs[current].parent {
            match &self.program.seqs[parent].nodes[index] {
                Node::Loop { .. } => {
                    targets.push(((parent, index), false));
                    targets.push(((parent, index), true));
                }
                Node::Block { label: Some(_), .. } => targets.push(((parent, index), false)),
                _ => {}
            }
            current = parent;
        }
        targets
    }

    fn jump_id(&self, region: (SeqId, usize), construct: (SeqId, usize), is_continue: bool) -> u32 {
        let position = self
            .jump_targets(region)
            .iter()
            .position(|&t| t == (construct, is_continue))
            .unwrap_or(0);
        u32::try_from(position).unwrap_or(u32::MAX)
    }

    /// After a construct's branches are emitted: the typed `None`s among `nones` that they used,
    /// and the ones they used of enclosing constructs handed on (`outer`: the set before the
    /// branches). An unused one would only cost type checking.
    fn keep_used_nones(
        &mut self,
        nones: Vec<(LocalId, TokenStream)>,
        outer: HashSet<LocalId>,
    ) -> TokenStream {
        let used = std::mem::replace(&mut self.used_nones, outer);
        let made_here: HashSet<LocalId> = nones.iter().map(|&(l, _)| l).collect();
        let mut out = TokenStream::new();
        for (local, code) in nones {
            if used.contains(&local) {
                out.append_stream(code);
            }
        }
        self.used_nones
            .extend(used.into_iter().filter(|l| !made_here.contains(l)));
        out
    }

    /// Before a construct whose branches may move a local away: a `None` of its type, for the
    /// drop flag of the branches that do (rustc cannot infer it from `None` alone).
    /// Each `let` comes back with its local: the caller keeps only those its branches used
    /// (see `keep_used_nones`).
    fn typed_nones(&self, env: &mut Env, branches: &[SeqId]) -> Vec<(LocalId, TokenStream)> {
        let (p, Keywords { let_, none_of, .. }) = (&self.private, &self.keywords);
        let mut out = Vec::new();
        let candidates: Vec<(LocalId, Ident)> = env
            .names
            .iter()
            .filter_map(|(l, name)| match name {
                Name::Ident(ident)
                    if self.program.locals[*l].user
                        && !self.program.locals[*l].deferred
                        && !env.moved.contains(l) =>
                {
                    Some((*l, ident.clone()))
                }
                _ => None,
            })
            .filter(|(l, _)| self.live.possibly_moved(*l))
            .collect();
        // Sorted, so that the expansion is the same from run to run.
        let mut candidates = candidates;
        candidates.sort_by_key(|(l, _)| *l);
        // Each branch's names, collected once for all candidates (on first need).
        let mut branch_names: Vec<Option<HashSet<String>>> = vec![None; branches.len()];
        for (local, name) in candidates {
            let text = name.to_string();
            let moved_inside = branches.iter().zip(&mut branch_names).any(|(&b, names)| {
                names
                    .get_or_insert_with(|| {
                        let mut names = HashSet::default();
                        self.seq_names(b, &mut NameCollector(&mut names));
                        names
                    })
                    .contains(&text)
            });
            if moved_inside {
                let none = hidden("n", local);
                out.push((local, quote!(#let_ #none = #p::#none_of(&#name);)));
                env.nones.insert(local, none);
            }
        }
        out
    }

    /// For the pending value of a `finally` level: its binding with the types pinned (the
    /// region's value type is `()` when the value is not used).
    fn pinned_pending(&self, local: LocalId, seq: SeqId) -> Option<TokenStream> {
        let level = &self.program.seqs[seq];
        if level.end != SeqEnd::Finally || level.intro.first() != Some(&local) {
            return None;
        }
        let (parent, index) = level.parent?;
        let Node::Try { result, .. } = &self.program.seqs[parent].nodes[index] else {
            return None;
        };
        let value_ty = if result.is_some() {
            quote!(_)
        } else {
            quote!(())
        };
        let context = &self.program.context;
        let (krate, return_ty, error_ty) = (&context.krate, &context.return_ty, &context.error_ty);
        let h = self.ids.holder(local);
        Some(quote!(#krate::__private::pin_pending::<#value_ty, #return_ty, #error_ty>(#h)))
    }

    /// Records in `env` the drop-flag candidates (locals that may be moved away) that the code
    /// just emitted may have moved.
    /// `at` is the node's position (its level's length for the tail): a local the node does
    /// not name is not looked for in it.
    /// An expression evaluated at `at` (a `let`'s temporary, a yielded value): the moves it
    /// makes noted, and the `break` / `continue` it may hold redirected (copied only then).
    fn evaluated<'x>(
        &mut self,
        expr: &'x Expr,
        at: Pos,
        env: &mut Env,
        names: &Names,
    ) -> std::borrow::Cow<'x, Expr> {
        self.note_moves(env, at, |name| crate::lower::expr_moves(expr, name));
        if !self.may_jump(at) {
            return std::borrow::Cow::Borrowed(expr);
        }
        let mut expr = expr.clone();
        self.redirect_jumps_expr(&mut expr, at.0, env, names);
        std::borrow::Cow::Owned(expr)
    }

    fn note_moves(&self, env: &mut Env, at: Pos, moves: impl Fn(&str) -> bool) {
        // A loop, not an iterator chain collected first: unoptimised, that cost more than the
        // tests (the cheap ones first).
        for (&local, name) in env.names.iter() {
            if matches!(name, Name::Ident(_))
                && self.program.locals[local].user
                && self.live.possibly_moved(local)
                && self.live.node_names(at, local)
                && moves(self.live.name(local))
            {
                env.moved.insert(local, ());
            }
        }
    }

    /// Whether the node at `at` may hold a `break`, `continue`, `return` or raise that
    /// `JumpRedirect` rewrites (else its code is written as it is, without a copy).
    fn may_jump(&self, at: Pos) -> bool {
        self.live.node_may_jump(at)
    }

    /// Code for level `seq` from node `from` to wherever control leaves this arm.
    fn emit_seq(&mut self, seq: SeqId, from: usize, env: &mut Env, names: &Names) -> TokenStream {
        self.emit_seq_onto(TokenStream::new(), seq, from, env, names)
    }

    /// `emit_seq` onto the end of `out`.
    fn emit_seq_onto(
        &mut self,
        mut out: TokenStream,
        seq: SeqId,
        from: usize,
        env: &mut Env,
        names: &Names,
    ) -> TokenStream {
        let count = self.program.seqs[seq].nodes.len();
        for index in from..count {
            let program = self.program;
            let node = &program.seqs[seq].nodes[index];
            match node {
                Node::Plain(stmt) => {
                    self.note_moves(env, (seq, index), |name| {
                        crate::lower::stmt_moves(stmt, name)
                    });
                    if self.may_jump((seq, index)) {
                        let mut stmt = stmt.clone();
                        self.redirect_jumps(&mut stmt, seq, env, names);
                        stmt.to_tokens(&mut out);
                    } else {
                        stmt.to_tokens(&mut out);
                    }
                }
                Node::Let { local, binds } => {
                    if let Some(init) = &local.init {
                        self.note_moves(env, (seq, index), |name| {
                            crate::lower::expr_moves(&init.expr, name)
                        });
                    }
                    // Copied only to be rewritten.
                    let mut local = std::borrow::Cow::Borrowed(local);
                    if local.init.is_some() && self.may_jump((seq, index)) {
                        if let Some(init) = local.to_mut().init.as_mut() {
                            self.redirect_jumps_expr(&mut init.expr, seq, env, names);
                            if let Some((_, diverge)) = &mut init.diverge {
                                self.redirect_jumps_expr(diverge, seq, env, names);
                            }
                        }
                    }
                    let deferred_unused = local.init.is_none() && {
                        let later = self.inline_names(seq, index + 1);
                        binds.iter().all(|&b| !later.contains(self.live.name(b)))
                    };
                    if deferred_unused {
                        continue;
                    }
                    out.append_stream(self.emit_let(local, binds, env, (seq, index + 1)));
                }
                Node::Temp { local, expr } => {
                    let expr = self.evaluated(expr, (seq, index), env, names);
                    let name = &program.locals[*local].name;
                    if self.is_hoisted(*local) {
                        self.assign_hoisted(*local);
                        quote_onto!(&mut out, #name = #expr;);
                    } else {
                        // A hidden name: rustc lints no `_`-prefixed binding (see `carried_binding_lints`).
                        let Keywords { let_, mut_, .. } = &self.keywords;
                        quote_onto!(&mut out, #let_ #mut_ #name = #expr;);
                    }
                    self.declare(env, *local, name.clone(), false);
                }
                Node::Suspend {
                    local,
                    value,
                    kind,
                    span,
                    awaiter,
                } => {
                    let value = self.evaluated(value, (seq, index), env, names);
                    let n = self.suspensions.len();
                    self.suspensions.push(Suspension {
                        kind: *kind,
                        local: *local,
                        block: usize::MAX,
                        delegation: None,
                    });
                    let block = self.add_block(BlockKind::Resume(n), (seq, index + 1), None);
                    self.suspensions[n].block = block;
                    if let Some(awaiter) = awaiter {
                        // The suspension sits in a match arm of the delegation loop's body.
                        let loop_body = program.seqs[seq].parent.map(|(body, _)| body);
                        if let Some(body) = loop_body {
                            let header = self.loop_header(body);
                            self.suspensions[n].delegation = Some((*awaiter, header));
                            if self.elided(block) {
                                self.worklist.retain(|&b| b != block);
                            }
                        }
                    }
                    self.check_self_borrows(block, *span);
                    self.emit_suspend(&mut out, n, &value, *span, env, names);
                    return out;
                }
                Node::If {
                    cond, then, els, ..
                } => {
                    self.note_moves(env, (seq, index), |name| {
                        crate::lower::expr_moves(cond, name)
                    });
                    let nones =
                        self.typed_nones(env, &[*then].into_iter().chain(*els).collect::<Vec<_>>());
                    let outer = std::mem::take(&mut self.used_nones);
                    // Copied only to be rewritten.
                    let mut cond = std::borrow::Cow::Borrowed(cond);
                    if self.may_jump((seq, index)) {
                        self.redirect_jumps_expr(cond.to_mut(), seq, env, names);
                    }
                    let mut then_env = env.clone();
                    for &local in &program.seqs[*then].intro {
                        let name = program.locals[local].name.clone();
                        self.declare(&mut then_env, local, name, true);
                    }
                    let then_code = self.emit_seq(*then, 0, &mut then_env, names);
                    let else_code = match els {
                        Some(els) => self.emit_seq(*els, 0, &mut env.clone(), names),
                        None => {
                            let join = self.join_after(seq, index);
                            self.jump(join, Some(quote!(())), env, names, Span::call_site())
                        }
                    };
                    out.append_stream(self.keep_used_nones(nones, outer));
                    let (then_code, else_code) = (Owned::new(then_code), Owned::new(else_code));
                    let Keywords { if_, else_, .. } = &self.keywords;
                    quote_onto!(&mut out, #if_ #cond { #then_code } #else_ { #else_code });
                    return out;
                }
                Node::Match {
                    scrutinee, arms, ..
                } => {
                    self.note_moves(env, (seq, index), |name| {
                        crate::lower::expr_moves(scrutinee, name)
                    });
                    let nones =
                        self.typed_nones(env, &arms.iter().map(|a| a.body).collect::<Vec<_>>());
                    let outer = std::mem::take(&mut self.used_nones);
                    let mut scrutinee = scrutinee.clone();
                    self.redirect_jumps_expr(&mut scrutinee, seq, env, names);
                    let mut arm_code = Vec::new();
                    for arm in arms {
                        let mut arm_env = env.clone();
                        for &local in &program.seqs[arm.body].intro {
                            let name = program.locals[local].name.clone();
                            self.declare(&mut arm_env, local, name, true);
                        }
                        let mut guard = arm.guard.clone();
                        if let Some(g) = &mut guard {
                            self.redirect_jumps_expr(g, seq, env, names);
                        }
                        let guard = guard.map(|g| quote!(if #g));
                        let body = Owned::new(self.emit_seq(arm.body, 0, &mut arm_env, names));
                        let (attrs, pat) = (&arm.attrs, &arm.pat);
                        arm_code.push(Owned::new(quote!(#(#attrs)* #pat #guard => { #body })));
                    }
                    out.append_stream(self.keep_used_nones(nones, outer));
                    let match_ = &self.keywords.match_;
                    quote_onto!(&mut out, #match_ #scrutinee { #(#arm_code)* });
                    return out;
                }
                Node::Loop { body, init, .. } => {
                    let header = self.loop_header(*body);
                    let init = init.as_ref().map(|e| {
                        let mut e = e.clone();
                        self.redirect_jumps_expr(&mut e, seq, env, names);
                        e.into_token_stream()
                    });
                    out.append_stream(self.jump(header, init, env, names, Span::call_site()));
                    return out;
                }
                Node::Block { body, .. } | Node::Try { body, .. } => {
                    let code = Owned::new(self.emit_seq(*body, 0, &mut env.clone(), names));
                    quote_onto!(&mut out, { #code });
                    return out;
                }
            }
        }
        out.append_stream(self.emit_end(seq, env, names));
        out
    }

    /// Reports a kept local whose initialiser borrows another local of the coroutine: the
    /// state would point into itself.
    fn check_self_borrows(&mut self, block: usize, suspension: Span) {
        let entry = self.blocks[block].entry.clone();
        let pos = self.blocks[block].pos;
        for &kept in &entry {
            // Each kept local is checked once (a local without an initialiser stays unchecked).
            if self.reported_borrows.contains(&kept) {
                continue;
            }
            let for_iterable = self.for_iterable_of(kept);
            let init: &Expr = match (self.let_init_of(kept), &for_iterable) {
                (Some(init), _) | (None, Some(init)) => init,
                (None, None) => continue,
            };
            self.reported_borrows.insert(kept);
            // A name's local is looked up only when the initialiser borrows that name: the
            // locals in scope are as many as the body's, and most initialisers borrow nothing.
            let candidate = |name: &str| {
                self.live
                    .chain(pos)
                    .into_iter()
                    .flat_map(|(_, l)| l)
                    .rev()
                    .find(|&l| {
                        self.live.name(l) == name
                            && (l != kept
                                && self.program.locals[l].user
                                && self.program.locals[l].seq != ROOT
                                || self.is_body_local(l))
                    })
                    .map(|l| {
                        self.let_init_of(l)
                            .is_some_and(crate::lower::initializer_owns)
                    })
            };
            if let Some((borrow, borrowed)) = crate::lower::borrow_of_local(init, &candidate) {
                if for_iterable.is_some() {
                    let mut error = syn::Error::new_spanned(
                        borrow,
                        format!(
                            "this `for` loop borrows the local `{borrowed}` and suspends inside, but a coroutine's state cannot point into itself; iterate an owned value (`for x in {borrowed}` consumes it, or `{borrowed}.clone()`), or loop over indices (`for i in 0..{borrowed}.len()` and `{borrowed}[i]`)"
                        ),
                    );
                    error.combine(syn::Error::new(
                        suspension,
                        "the loop's iterator is still alive at this suspension",
                    ));
                    self.errors.push(error);
                    continue;
                }
                let kept_name = &self.program.locals[kept].name;
                let mut error = syn::Error::new_spanned(
                    borrow,
                    format!(
                        "`{kept_name}` borrows the local `{borrowed}` and is kept across a suspension, but a coroutine's state cannot point into itself; end the borrow before the suspension (use it in a block that closes first), or keep an owned value or an index instead"
                    ),
                );
                error.combine(syn::Error::new(
                    suspension,
                    format!("`{kept_name}` is still alive at this suspension"),
                ));
                self.errors.push(error);
            }
        }
    }

    /// The initialiser of the `let` that declared `local`, when one did.
    fn let_init_of(&self, local: LocalId) -> Option<&'p Expr> {
        self.let_of(local)
            .and_then(|l| l.init.as_ref().map(|i| &*i.expr))
    }

    /// The `let` that declared `local`, when one did.
    fn let_of(&self, local: LocalId) -> Option<&'p syn::Local> {
        let info = &self.program.locals[local];
        if !info.user {
            return None;
        }
        let program = self.program;
        let nodes = &program.seqs[info.seq].nodes;
        let declaring = |node: &'p Node| match node {
            Node::Let { local: l, binds } if binds.contains(&local) => Some(l),
            _ => None,
        };
        // The node that declares it, found without a scan.
        let declared = self
            .live
            .declaring_node(local)
            .and_then(|i| declaring(&nodes[i]));
        declared.or_else(|| nodes.iter().find_map(declaring))
    }

    /// For the iterator of a `for` loop, the iterable it was made from.
    fn for_iterable_of(&self, local: LocalId) -> Option<Expr> {
        let info = &self.program.locals[local];
        if info.user {
            return None;
        }
        let nodes = &self.program.seqs[info.seq].nodes;
        // The node that declares it, found without a scan when known.
        let declared = self.live.declaring_node(local).map(|i| &nodes[i..=i]);
        declared
            .unwrap_or(nodes)
            .iter()
            .find_map(|node| match node {
                Node::Temp {
                    local: l,
                    expr: Expr::Call(call),
                } if *l == local => {
                    let Expr::Path(f) = &*call.func else {
                        return None;
                    };
                    let mut segments = f.path.segments.iter().rev();
                    let is_into_iter = segments.next().is_some_and(|s| s.ident == "into_iter")
                        && segments.next().is_some_and(|s| s.ident == "IntoIterator");
                    (is_into_iter && call.args.len() == 1).then(|| call.args[0].clone())
                }
                _ => None,
            })
    }

    /// True for locals the body declares (not the parameters, which may be references).
    fn is_body_local(&self, local: LocalId) -> bool {
        let info = &self.program.locals[local];
        info.user && !self.let_init_of(local).is_some_and(|init| {
            matches!(&init, Expr::Path(p) if p.path.get_ident().is_some_and(|i| i.to_string().starts_with("__coro_arg")))
        })
    }

    /// `let` of user code, keeping a local it shadows reachable through its slot.
    /// `let` of user code, keeping a local it shadows reachable through its slot. `after` is the
    /// point right after it (for slots of its own bindings).
    fn emit_let(
        &mut self,
        local: std::borrow::Cow<syn::Local>,
        binds: &[LocalId],
        env: &mut Env,
        after: Pos,
    ) -> TokenStream {
        if let [local_id] = binds {
            if self.is_hoisted(*local_id) {
                // A plain `let name = value;` (see `hoistable`): assigned where it is hoisted.
                self.assign_hoisted(*local_id);
                let name = self.program.locals[*local_id].name.clone();
                let value = local.init.as_ref().map(|init| &init.expr);
                let assign = quote!(#name = #value;);
                self.declare(env, *local_id, name, true);
                return assign;
            }
        }
        // Slots for these bindings, when a later `let` of this arm shadows them in turn.
        let rebound = self.rebound_in_arm(after);
        let mut slots = TokenStream::new();
        for &b in binds {
            self.bind_slot_if_rebound(&mut slots, env, b, &rebound, false);
        }
        let mut out = slots;
        let shadowed: Vec<(LocalId, Ident)> = binds
            .iter()
            .filter_map(|&b| {
                let previous = *env.visible.get(&self.live.name_number(b))?;
                // A local this arm moved away needs no slot (nothing keeps it).
                if env.moved.contains(&previous) {
                    return None;
                }
                let slot = env.slots.get(&previous)?.clone();
                matches!(env.names.get(&previous), Some(Name::Ident(i)) if i == &self.program.locals[previous].name)
                    .then_some((previous, slot))
            })
            .collect();
        // The local may only be mutated in another arm, through its rebinding.
        let allow = binds
            .iter()
            .any(|&b| self.program.locals[b].mutable)
            .then(|| quote!(#[allow(unused_mut)]));
        if shadowed.is_empty() {
            out.append_stream(quote!(#allow #local));
        } else {
            let init_var = Ident::new("__coro_init", Span::mixed_site());
            let syn::Local {
                attrs, pat, init, ..
            } = local.into_owned();
            let (pat, ty) = match pat {
                syn::Pat::Type(t) => (*t.pat, Some(t.ty)),
                other => (other, None),
            };
            let ty = ty.map(|t| quote!(: #t));
            let (init_expr, diverge) = match init {
                Some(init) => (
                    init.expr.into_token_stream(),
                    init.diverge.map(|(_, d)| quote!(else #d)),
                ),
                None => (quote!(()), None),
            };
            out.append_stream(quote!(let #init_var #ty = #init_expr;));
            for (previous, slot) in &shadowed {
                self.assigned_slots.insert(slot.to_string());
                let name = &self.program.locals[*previous].name;
                out.append_stream(quote!(#slot = #name;));
                env.names.insert(*previous, Name::Ident(slot.clone()));
            }
            out.append_stream(quote!(#(#attrs)* #allow let #pat = #init_var #diverge;));
        }
        for &b in binds {
            let name = self.program.locals[b].name.clone();
            self.declare(env, b, name, true);
        }
        out
    }

    /// What happens at the end of level `seq`.
    fn emit_end(&mut self, seq: SeqId, env: &mut Env, names: &Names) -> TokenStream {
        // A level whose last statement leaves it never reaches its end.
        if self.program.seqs[seq].tail.is_none()
            && self.program.seqs[seq].nodes.last().is_some_and(diverges)
        {
            return TokenStream::new();
        }
        let program = self.program;
        let level = &program.seqs[seq];
        let mut tail = level.tail.clone();
        if let Some(t) = &mut tail {
            self.redirect_jumps_expr(t, seq, env, names);
        }
        if let Some(tail) = &self.program.seqs[seq].tail {
            let end = self.program.seqs[seq].nodes.len();
            self.note_moves(env, (seq, end), |name| crate::lower::expr_moves(tail, name));
        }
        let krate = &self.krate;
        match level.end {
            SeqEnd::FnBody => {
                let value = tail.map_or_else(|| quote!(()), |t| t.into_token_stream());
                quote! {
                    return #krate::__private::Result::Ok(#krate::__private::Step::Complete(#value));
                }
            }
            SeqEnd::Join => {
                let (parent, index) = level.parent.expect("a joining level has a parent");
                let join = self.join_after(parent, index);
                let value = tail.map(|t| t.into_token_stream());
                self.jump(join, value, env, names, Span::call_site())
            }
            SeqEnd::LoopBody => {
                let header = self.loop_header(seq);
                if self.blocks[header].result.is_some() {
                    // A loop-carried value: the tail is the next one.
                    let value = tail.map(|t| t.into_token_stream());
                    return self.jump(header, value, env, names, Span::call_site());
                }
                let jump = self.jump(header, None, env, names, Span::call_site());
                match tail {
                    Some(t) => quote!(#t; #jump),
                    None => jump,
                }
            }
            SeqEnd::TryPart => {
                // The body or a handler ended normally: through `finally`, then after the region.
                let (parent, index) = level.parent.expect("a region part has a parent");
                let (finally, wanted) = match &program.seqs[parent].nodes[index] {
                    Node::Try {
                        finally, result, ..
                    } => (*finally, result.is_some()),
                    _ => (None, false),
                };
                let value = tail.map(|t| t.into_token_stream());
                match finally {
                    Some(finally) => {
                        let p = self.private.clone();
                        // An unused value is evaluated here, so that what is pending is `()`.
                        let value = match (value, wanted) {
                            (Some(v), true) => v,
                            (Some(v), false) => quote!({ #v; }),
                            (None, _) => quote!(()),
                        };
                        let target = self.finally_block(finally);
                        self.jump(
                            target,
                            Some(quote!(#p::Pending::Normal(#value))),
                            env,
                            names,
                            Span::call_site(),
                        )
                    }
                    None => {
                        let join = self.join_after(parent, index);
                        self.jump(join, value, env, names, Span::call_site())
                    }
                }
            }
            SeqEnd::Finally => self.emit_finally_end(seq, tail, env, names),
        }
    }

    /// The end of a `finally` block: go on with what was pending when it began (E2).
    fn emit_finally_end(
        &mut self,
        seq: SeqId,
        tail: Option<Expr>,
        env: &Env,
        names: &Names,
    ) -> TokenStream {
        let p = self.private.clone();
        let level = &self.program.seqs[seq];
        let (parent, index) = level.parent.expect("a finally block has a parent");
        let pending = match env.names.get(&level.intro[0]) {
            Some(Name::Ident(name)) => name.clone(),
            _ => hidden("pending", level.intro[0]),
        };
        let value = Ident::new("__coro_value", Span::mixed_site());
        let unwind = Ident::new("__coro_unwind", Span::mixed_site());
        let jump_id = Ident::new("__coro_jump", Span::mixed_site());
        let join = self.join_after(parent, index);
        let normal = self.jump(join, Some(quote!(#value)), env, names, Span::call_site());
        let raise = self.emit_exit(Exit::Raise(quote!(#unwind)), parent, env, names);
        let ret = self.emit_exit(Exit::Return(quote!(#value)), parent, env, names);
        // Jumps out of the region only exist when its code says `break` or `continue`.
        let mut jumps = Vec::new();
        if self.region_jumps((parent, index)) {
            for (id, (construct, is_continue)) in
                self.jump_targets((parent, index)).into_iter().enumerate()
            {
                let target = if is_continue {
                    let Node::Loop { body, .. } =
                        &self.program.seqs[construct.0].nodes[construct.1]
                    else {
                        continue;
                    };
                    self.loop_header(*body)
                } else {
                    self.join_after(construct.0, construct.1)
                };
                let exit = Exit::Jump {
                    target,
                    construct,
                    is_continue,
                    value: None,
                    span: Span::call_site(),
                };
                let code = self.emit_exit(exit, parent, env, names);
                let id = u32::try_from(id).unwrap_or(u32::MAX);
                jumps.push(quote!(#id => #code,));
            }
        }
        let tail = tail.map(|t| quote!(#t;));
        quote! {
            #tail
            match #pending {
                #p::Pending::Normal(#value) => #normal,
                #p::Pending::Raise(#unwind) => #raise,
                #p::Pending::Return(#value) => #ret,
                #p::Pending::Jump(#jump_id) => match #jump_id {
                    #(#jumps)*
                    _ => #p::unreachable!(),
                },
            }
        }
    }

    /// True when the body or handlers of the region at `region` say `break` or `continue`.
    fn region_jumps(&self, region: (SeqId, usize)) -> bool {
        let Node::Try {
            body,
            catch,
            catch_all,
            ..
        } = &self.program.seqs[region.0].nodes[region.1]
        else {
            return false;
        };
        [Some(*body), *catch, *catch_all]
            .into_iter()
            .flatten()
            .any(|level| {
                let mut names = HashSet::default();
                self.seq_names(level, &mut NameCollector(&mut names));
                names.contains("break") || names.contains("continue")
            })
    }

    /// Visits all user code of a level, its sub-levels included (`NameCollector`: its names).
    fn seq_names<V: Visit<'p>>(&self, seq: SeqId, collector: &mut V) {
        let program = self.program;
        let level = &program.seqs[seq];
        for node in &level.nodes {
            match node {
                Node::Plain(stmt) => collector.visit_stmt(stmt),
                Node::Let { local, .. } => collector.visit_local(local),
                Node::Temp { expr, .. } | Node::Suspend { value: expr, .. } => {
                    collector.visit_expr(expr);
                }
                Node::If { cond, .. } => collector.visit_expr(cond),
                Node::Match { scrutinee, .. } => collector.visit_expr(scrutinee),
                Node::Loop { .. } | Node::Block { .. } | Node::Try { .. } => {}
            }
            for child in node.children() {
                self.seq_names(child, collector);
            }
        }
        if let Some(tail) = &level.tail {
            collector.visit_expr(tail);
        }
    }

    /// Control passes to `target`, carrying what it keeps. `value` is the construct's value
    /// for a join that has one (otherwise it is evaluated and dropped).
    fn jump(
        &mut self,
        target: usize,
        value: Option<TokenStream>,
        env: &Env,
        names: &Names,
        span: Span,
    ) -> TokenStream {
        if let Some(next) = self.blocks[target].forward {
            // What the forwarded block would do: evaluate and drop the value, jump on.
            let next = self.jump(next, None, env, names, span);
            return match value {
                Some(v) => quote_spanned!(span=> { #v; #next }),
                None => next,
            };
        }
        if self.labeled {
            return self.labeled_jump(target, value, env, span);
        }
        let result = self.blocks[target].result;
        let mut fields = Fields::new(span);
        let mut prelude = TokenStream::new();
        match (result, value) {
            (Some(r), Some(v)) => fields.push(self.ids.field(r).clone(), &Owned::new(v)),
            (Some(r), None) => fields.push(self.ids.field(r).clone(), &quote!(())),
            (None, Some(v)) => prelude.append_stream(quote!(#v;)),
            (None, None) => {}
        }
        let carried = self.blocks[target].carried.clone();
        self.carry_fields(&carried, result, env, &mut fields, false);
        let fields = fields.braced();
        let block_enum = &names.block_enum;
        let variant = &self.blocks[target].variant;
        let label = &names.next_label;
        let mut break_ = self.keywords.break_.clone();
        break_.set_span(span);
        let break_ = OwnedTree::new(break_);
        let jump = quote_spanned! {span=>
            #break_ #label #block_enum::#variant #fields
        };
        // An expression of its own (the emitter puts it where an expression goes); in a block
        // only after a value it evaluates first.
        if prelude.is_empty() {
            jump
        } else {
            let (prelude, jump) = (Owned::new(prelude), Owned::new(jump));
            quote_spanned!(span=> { #prelude #jump })
        }
    }

    /// Writes the fields that hand `carried` on from this point of an arm into `fields`: a
    /// local by its name, a drop flag as `Some(local)` (still here), `None` (moved away) or the
    /// flag it already is; with `keep` (into the state), each as the state keeps it
    /// (`keep_local`).
    fn carry_fields(
        &mut self,
        carried: &[(LocalId, bool)],
        skip: Option<LocalId>,
        env: &Env,
        fields: &mut Fields,
        keep: bool,
    ) {
        let p = self.private.clone();
        for &(local, as_flag) in carried {
            if Some(local) == skip {
                continue;
            }
            if fields.assign && self.is_hoisted(local) {
                // Handed over by staying where it is (never as a drop flag: see `emit_block`).
                if as_flag {
                    self.flagged_hoisted.insert(local);
                }
                continue;
            }
            if as_flag {
                match (env.flags.get(&local), env.names.get(&local)) {
                    (Some(flag), _) => self.carry_field(fields, local, true, flag, keep),
                    (None, Some(Name::Ident(name))) if !env.moved.contains(&local) => {
                        let value = quote!(#p::Option::Some(#name));
                        self.carry_field(fields, local, true, &value, keep);
                    }
                    _ => match env.nones.get(&local) {
                        Some(none) => {
                            self.used_nones.insert(local);
                            self.carry_field(fields, local, true, none, keep);
                        }
                        None => {
                            let value = quote!(#p::Option::None);
                            self.carry_field(fields, local, true, &value, keep);
                        }
                    },
                }
                continue;
            }
            let info = &self.program.locals[local];
            match env.names.get(&local) {
                Some(Name::Ident(name)) => self.carry_field(fields, local, false, name, keep),
                Some(Name::Shadowed(at)) => self.errors.push(syn::Error::new(
                    *at,
                    format!(
                        "this binding shadows `{}` while the earlier `{}` must be kept across a suspension; rename one of them",
                        info.name, info.name
                    ),
                )),
                None => self.errors.push(syn::Error::new(
                    info.name.span(),
                    format!("`{}` is not available here (internal: not bound in this arm)", info.name),
                )),
            }
        }
    }

    /// `local: value` into `fields`; with `keep`, the value as the state keeps it.
    fn carry_field(
        &mut self,
        fields: &mut Fields,
        local: LocalId,
        flag: bool,
        value: &dyn ToTokens,
        keep: bool,
    ) {
        let name = if fields.assign {
            self.home(local, flag)
        } else {
            self.ids.field(local).clone()
        };
        if keep && self.clone {
            let value = self.keep_local(local, flag, value.to_token_stream());
            fields.push(name, &value);
        } else if let Some(&Some(length)) = self.indexed.get(&local).filter(|_| !flag) {
            fields.push(
                name,
                &labeled::element_by_element(value, length, &self.krate),
            );
        } else {
            fields.push(name, value);
        }
    }

    /// A carried value as the state keeps it: itself, or with `clone` a `Kept` with its cloner,
    /// the first time asserted `Clone` at the local's binding (the one error when it is not).
    fn keep_local(&mut self, local: LocalId, flag: bool, value: TokenStream) -> TokenStream {
        if !self.clone {
            return value;
        }
        let info = &self.program.locals[local];
        let check = match (info.user, flag) {
            (true, false) => "assert_local_clone",
            (true, true) => "assert_local_clone_flag",
            (false, false) => "assert_value_clone",
            (false, true) => "assert_value_clone_flag",
        };
        let origin = info.origin;
        let check = self
            .asserted_clone
            .insert(local)
            .then(|| Ident::new(check, Span::call_site()));
        self.kept(value, origin, check)
    }

    /// `value` wrapped in a `Kept` whose cloner is picked where its type is known, after
    /// `check(&value)` at `origin` if given.
    fn kept(&self, value: TokenStream, origin: Span, check: Option<Ident>) -> TokenStream {
        let p = &self.private;
        let v = Ident::new("__coro_kept", Span::mixed_site().located_at(origin));
        let check = check.map(|check| crate::rewrite::respan(quote!(#p::#check(&#v);), origin));
        quote!({
            let #v = #value;
            #check
            #p::Kept::new(#p::CloneProbe::of(&#v).cloner(), #v)
        })
    }

    /// A state field moved out into a block's `fields`: the value itself (unwrapped from its
    /// `Kept` with `clone`).
    fn push_unkept(&self, fields: &mut Fields, f: &Ident) {
        if self.clone {
            fields.push(f.clone(), &self.unkept_value(f));
        } else {
            fields.next().append(f.clone());
        }
    }

    /// The value a state field holds, out of its `Kept` under `clone`.
    fn unkept_value(&self, f: &Ident) -> TokenStream {
        if self.clone {
            let krate = &self.krate;
            quote!(#krate::__private::Kept::into_inner(#f))
        } else {
            quote!(#f)
        }
    }

    /// Writes suspension `n` onto the end of `out`.
    fn emit_suspend(
        &mut self,
        out: &mut TokenStream,
        n: usize,
        value: &Expr,
        span: Span,
        env: &Env,
        names: &Names,
    ) {
        let block = self.suspensions[n].block;
        if self.labeled {
            self.edges.push((self.current, block));
        }
        let state_enum = &names.state_enum;
        let state_var = &names.state_var;
        self.ids.states.grow_to(n + 1);
        let variant = OwnedTree::new(self.ids.state(n).clone());
        let carried = self.blocks[block].carried.clone();
        let mut fields = Fields::new(span);
        self.carry_fields(&carried, None, env, &mut fields, true);
        let fields = fields.braced();
        let yielded = &self.keywords.yielded;
        let (yielded, yielded_arg) = (
            OwnedTree::new(yielded.clone()),
            OwnedTree::new(yielded.clone()),
        );
        // The declared yield type, checked at the user's operand (not for a delegation, whose
        // value comes from the delegate): the colon a `Token![:]` would print, without syn's
        // printing.
        let annotation = match self.suspensions[n].kind {
            MarkerKind::Raw => None,
            _ => {
                let mut colon = Punct::new(':', Spacing::Alone);
                colon.set_span(leading_span(value));
                Some((OwnedTree::new(colon), &self.yield_ty))
            }
        };
        let (colon, yield_ty) = annotation.unzip();
        let (krate, p) = (&self.krate_tokens, &self.private);
        // Made once per expansion, then spanned at the operand.
        let spanned = |word: &Ident| {
            let mut word = word.clone();
            word.set_span(span);
            OwnedTree::new(word)
        };
        let words = &self.keywords;
        let (let_, return_) = (spanned(&words.let_), spanned(&words.return_));
        let (private, yielded_fn) = (spanned(&words.private), spanned(&words.yielded_fn));
        // One stream, written in place, by one `quote!` (each statement a stream of its own,
        // copied into the next, cost 3,000 instructions a suspension unoptimised). The operand
        // is evaluated before the locals move into the state; a borrow of one of them in the
        // yielded value is then reported at the user's operand.
        if self.delegating {
            quote_spanned_onto!(out, span=>
                #let_ #yielded #colon #yield_ty = #value;
                #p::suspend(#state_var, #state_enum::#variant #fields);
                #return_ #krate::#private::#yielded_fn(#yielded_arg);
            );
        } else {
            quote_spanned_onto!(out, span=>
                #let_ #yielded #colon #yield_ty = #value;
                *#state_var = #state_enum::#variant #fields;
                #return_ #krate::#private::#yielded_fn(#yielded_arg);
            );
        }
    }

    fn redirect_jumps(&mut self, stmt: &mut syn::Stmt, seq: SeqId, env: &Env, names: &Names) {
        JumpRedirect::new(self, seq, env, names).visit_stmt_mut(stmt);
    }

    fn redirect_jumps_expr(&mut self, expr: &mut Expr, seq: SeqId, env: &Env, names: &Names) {
        JumpRedirect::new(self, seq, env, names).visit_expr_mut(expr);
    }

    /// The lowered loop or labeled block a `break` / `continue` at level `seq` refers to.
    fn find_target(
        &self,
        seq: SeqId,
        label: Option<&Lifetime>,
        is_continue: bool,
    ) -> Option<(SeqId, usize)> {
        let same = |l: &Lifetime| label.is_some_and(|x| x.ident == l.ident);
        let mut current = seq;
        while let Some((parent, index)) = self.program.seqs[current].parent {
            match &self.program.seqs[parent].nodes[index] {
                Node::Loop { label: l, .. } if label.is_none() || l.as_ref().is_some_and(same) => {
                    return Some((parent, index));
                }
                Node::Block { label: Some(l), .. } if !is_continue && same(l) => {
                    return Some((parent, index));
                }
                _ => {}
            }
            current = parent;
        }
        None
    }

    /// The type of a state field: `ty`, or with `clone` a `Kept` of it with `cloner`.
    fn kept_type(&self, ty: TokenStream, cloner: Ident) -> TokenStream {
        if self.clone {
            let krate = &self.krate;
            quote!(#krate::__private::Kept<#ty, #cloner>)
        } else {
            ty
        }
    }

    /// `Clone` for the state enum of a `clone` coroutine, bounded by its field types (every
    /// `Kept` is `Clone`; a derive would bound the kept types themselves, and report a missing
    /// `Clone` at the return type).
    fn state_clone_impl(
        &self,
        state_enum: &Ident,
        generics: &[Ident],
        arg_fields: &[Ident],
        arg_types: &[TokenStream],
        (types, bounds_of_enum): (LocalTypes, Option<&TokenStream>),
    ) -> TokenStream {
        let krate = &self.krate;
        let p = &self.private;
        let bounds_of_enum = bounds_of_enum.iter();
        let mut bounds: Vec<String> = Vec::new();
        let mut bound_types: Vec<TokenStream> = Vec::new();
        let mut variants = vec![(quote!(Created), arg_fields.to_vec(), arg_types.to_vec())];
        for (n, suspension) in self.suspensions.iter().enumerate() {
            let carried = &self.blocks[suspension.block].carried;
            let fields = carried
                .iter()
                .map(|&(l, _)| self.ids.field(l).clone())
                .collect();
            let types = carried
                .iter()
                .map(|&(l, flag)| {
                    let t = field_type(self.local_type(l, types), flag, krate);
                    self.kept_type(t, cloner(l))
                })
                .collect();
            let variant = self.ids.state(n);
            variants.push((quote!(#variant), fields, types));
        }
        for (_, _, types) in &variants {
            for t in types {
                if !bounds.contains(&t.to_string()) {
                    bounds.push(t.to_string());
                    bound_types.push(t.clone());
                }
            }
        }
        let arms = variants.iter().map(|(variant, fields, _)| {
            quote! {
                #state_enum::#variant { #(#fields),* } => #state_enum::#variant { #(#fields: #p::Clone::clone(#fields)),* },
            }
        });
        quote! {
            impl<#(#generics),*> #p::Clone for #state_enum<#(#generics),*>
            where
                #(#bounds_of_enum,)*
                #(#bound_types: #p::Clone,)*
            {
                fn clone(&self) -> Self {
                    match self {
                        #(#arms)*
                        #state_enum::Finished => #state_enum::Finished,
                        #state_enum::Running => #state_enum::Running,
                        #state_enum::PoisonReported => #state_enum::PoisonReported,
                    }
                }
            }
        }
    }

    /// The type of `local` inside an enum's items: its own (see [`LocalTypes`]), or named from
    /// its awaiter's (see `TypedBy`).
    fn local_type(&self, local: LocalId, types: LocalTypes) -> TokenStream {
        typed_tokens(|out| self.write_local_type(out, local, types))
    }

    /// Writes `local_type` into `out`.
    fn write_local_type(&self, out: &mut TokenStream, local: LocalId, types: LocalTypes) {
        let (alias, awaiter) = match self.program.locals[local].typed_by {
            None => return types.write_local(out, local, &self.ids),
            Some(TypedBy::Step(awaiter)) => (quote!(StepOf), awaiter),
            Some(TypedBy::Returned(awaiter)) => (quote!(ReturnOf), awaiter),
        };
        let (krate, a) = (&self.krate, types.of_local(awaiter, &self.ids));
        out.extend(quote!(#krate::__private::#alias<#a>));
    }

    /// The locals whose types an enum carrying `carried` infers (each local typed by an awaiter
    /// replaced by the awaiter), and of those the awaiters that name other locals' types.
    fn typed_locals(&self, carried: &BTreeSet<LocalId>) -> (BTreeSet<LocalId>, BTreeSet<LocalId>) {
        let mut awaiters = BTreeSet::new();
        let locals = carried
            .iter()
            .map(|&l| match self.program.locals[l].typed_by {
                Some(by) => {
                    awaiters.insert(by.awaiter());
                    by.awaiter()
                }
                None => l,
            })
            .collect();
        (locals, awaiters)
    }

    /// The arguments' type parameters in the state's `Created` variant.
    fn arg_params(&self) -> Vec<Ident> {
        (0..self.args.len())
            .map(|i| format_ident!("__CoroA{}", i, span = Span::mixed_site()))
            .collect()
    }

    /// The arguments' fields in the state's `Created` variant.
    fn arg_fields(&self) -> Vec<Ident> {
        (0..self.args.len()).map(|i| hidden("a", i)).collect()
    }

    /// The state enum (`Created`, a variant per suspension holding what it keeps, `Finished`,
    /// `Running`, `PoisonReported`), its trait impls and its initial value: the same for both
    /// layouts.
    fn state_items(
        &self,
        names: &Names,
        state_params: &BTreeSet<LocalId>,
        (state_types, state_of): (LocalTypes, &EnumTypes),
        chunks: Option<&Chunks>,
    ) -> StateItems {
        let krate = &self.krate;
        let p = &self.private;
        let state_enum = &names.state_enum;
        let state_typed = state_of.locals;
        let arg_params = self.arg_params();
        let arg_fields = self.arg_fields();
        let arg_cloners: Vec<Ident> = (0..self.args.len())
            .map(|i| format_ident!("__CoroKA{}", i, span = Span::mixed_site()))
            .collect();
        let arg_types: Vec<TokenStream> = arg_params
            .iter()
            .zip(&arg_cloners)
            .map(|(a, k)| self.kept_type(quote!(#a), k.clone()))
            .collect();
        // The variants, `Created` first: the stream is then moved first into the enum's body
        // (later there, each variant's tokens would be copied one by one).
        let (arg_fields_rev, arg_types_rev) = (arg_fields.iter().rev(), arg_types.iter().rev());
        let mut state_variants = quote!(Created { #(#arg_fields_rev: #arg_types_rev),* },);
        let mut status_suspended = Vec::new();
        for (n, suspension) in self.suspensions.iter().enumerate() {
            let variant = self.ids.state(n);
            let carried = &self.blocks[suspension.block].carried;
            // Fields drop in declaration order: declare them newest first, so that dropping a
            // suspended coroutine drops its locals in reverse declaration order (C3, C5).
            let mut fields = Fields::new(Span::call_site());
            for &(l, flag) in carried.iter().rev() {
                let write_type = |out: &mut TokenStream| self.write_local_type(out, l, state_types);
                let field = (l, self.ids.field(l));
                field_decl(fields.next(), field, write_type, flag, krate, self.clone);
            }
            let fields = fields.braced();
            quote_onto!(&mut state_variants, #variant #fields,);
            if self.suspensions.len() == 1 {
                status_suspended.push(quote!(#state_enum::#variant { .. }));
            }
        }
        let mut state_generics: Vec<Ident> = arg_params.to_vec();
        match state_types {
            LocalTypes::Params => {
                state_generics.extend(state_typed.iter().map(|&l| self.ids.param(l).clone()));
            }
            LocalTypes::Folded => state_generics.push(self.ids.folded_param.clone()),
        }
        if self.clone {
            state_generics.extend(arg_cloners.iter().cloned());
            state_generics.extend(state_params.iter().map(|&l| cloner(l)));
        }
        // Past one suspension, a wildcard instead of one pattern per state (less code; with a
        // single one, a wildcard would be `clippy::match_wildcard_for_single_variants`).
        let suspended = match self.suspensions.len() {
            0 => quote!(),
            1 => quote!(#(#status_suspended)*),
            _ => quote!(_),
        };
        let state_trait = folded_items(state_types, state_enum, state_of, krate, chunks, &self.ids);
        let state_bounds = enum_bounds(state_types, state_enum, state_of, krate, &self.ids);
        let state_bound = (!state_bounds.is_empty()).then_some(&state_bounds);
        let state_where = state_bound.map(|bound| quote!(where #bound));
        let clone_impl = self.clone.then(|| {
            self.state_clone_impl(
                state_enum,
                &state_generics,
                &arg_fields,
                &arg_types,
                (state_types, state_bound),
            )
        });
        let name = format!("::{}", names.function);
        let state_variants = Owned::new(state_variants);
        let items = quote! {
            #state_trait
            #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
            enum #state_enum<#(#state_generics),*> #state_where {
                #state_variants
                Finished,
                Running,
                PoisonReported,
            }
            #clone_impl
            #p::state_enum_impl! {
                #state_enum [#(#state_generics),*] [#state_where] #name [#suspended]
            }
        };
        let args_init: Vec<TokenStream> = arg_fields
            .iter()
            .zip(&self.arg_sources)
            .enumerate()
            .map(|(i, (f, a))| {
                let a = if self.clone {
                    let origin = self
                        .arg_origins
                        .get(i)
                        .copied()
                        .unwrap_or_else(Span::call_site);
                    let check = Ident::new("assert_param_clone", Span::call_site());
                    self.kept(a.clone(), origin, Some(check))
                } else {
                    a.clone()
                };
                quote!(#f: #a)
            })
            .collect();
        // A folded enum's type starts with its parameter's shape written out: the list of
        // chunks, or the flat tuple of its `locals`.
        let folded_shape = |locals: usize| match chunks {
            Some(chunks) => chunks.shape(),
            None => tuple_shape(locals),
        };
        let state_shape = (state_types == LocalTypes::Folded).then(|| {
            let args = shape_args(&state_generics, &folded_shape(state_of.locals.len()));
            quote!(::#args)
        });
        let initial = quote!(#state_enum #state_shape::Created { #(#args_init),* });
        StateItems {
            items,
            initial,
            generics: state_generics,
            bounds: state_bounds,
        }
    }

    /// The locals that `blocks` carry, each once. Marked local by local: unoptimised, a
    /// `BTreeSet` collected from the carried lists first sorted them all (8 M instructions at
    /// 1,000 points).
    fn carried_by(&self, blocks: impl Iterator<Item = usize>) -> BTreeSet<LocalId> {
        let mut carried = vec![false; self.program.locals.len()];
        for b in blocks {
            for &(l, _) in &self.blocks[b].carried {
                carried[l] = true;
            }
        }
        (0..carried.len()).filter(|&l| carried[l]).collect()
    }

    fn assemble(&mut self, names: &Names) -> Machine {
        let krate = &self.krate;
        let p = &self.private;
        let (state_enum, block_enum) = (&names.state_enum, &names.block_enum);
        // State enum: Created, one variant per suspension, Finished, Running.
        let state_params = self.carried_by(self.suspensions.iter().map(|s| s.block));
        // A dispatch loop: some arm jumps to another (see the conversions below).
        let looping = self
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::Join && b.forward.is_none());
        // With one, the entry arm runs in the `Created` state's conversion and binds the
        // arguments there: the block enum has no `Entry` variant (fewer parameters to infer).
        // Forwarded blocks are never jumped to: no variant, no arm.
        let mut order: Vec<usize> = (0..self.blocks.len())
            .filter(|&b| self.blocks[b].forward.is_none() && !self.elided(b))
            .filter(|&b| !(looping && self.blocks[b].kind == BlockKind::Entry))
            .collect();
        order.sort_by_key(|&b| {
            (
                self.blocks[b].kind != BlockKind::Entry,
                self.live.rank(self.blocks[b].pos),
                b,
            )
        });
        let block_params = self.carried_by(order.iter().copied());
        // A long body (a folded enum) writes the conversion of a resumed state after the
        // dispatch loop, so that rustc checks it after the arms that fix the locals' types:
        // checked first, each of its mentions of a variant would leave a pending obligation for
        // every local not yet typed (at 200 points, the build takes 3.6 s instead of 5.7). The
        // top converts only the created state, else gives the `Convert` marker; the dispatch is
        // a closure, called after the conversion (see `body` below). A delegating body's fast
        // paths go there too, before the resumed states' conversion (with 50 delegations, the
        // front end takes 0.65 s instead of 1.4). Small coroutines keep the conversion at the
        // top (less code). Counted are the types each enum infers (a delegation's step and
        // returned value are named from its awaiter's type).
        let (state_typed, state_awaiters) = self.typed_locals(&state_params);
        let (block_typed, block_awaiters) = self.typed_locals(&block_params);
        let late_conversion = looping
            && (state_typed.len() > FOLD_ABOVE || block_typed.len() > FOLD_ABOVE)
            && !state_params.is_empty()
            && !block_params.is_empty();
        // Then both enums name their locals' types through one tuple: a resume arm, checked
        // before the conversion, finds its locals' types where the suspension stored them.
        let shared: Option<(BTreeSet<LocalId>, BTreeSet<LocalId>)> = late_conversion.then(|| {
            (
                state_typed.union(&block_typed).copied().collect(),
                state_awaiters.union(&block_awaiters).copied().collect(),
            )
        });
        let (state_of, block_of) = match &shared {
            Some((locals, awaiters)) => {
                let of = EnumTypes { locals, awaiters };
                (of, of)
            }
            None => (
                EnumTypes {
                    locals: &state_typed,
                    awaiters: &state_awaiters,
                },
                EnumTypes {
                    locals: &block_typed,
                    awaiters: &block_awaiters,
                },
            ),
        };
        // Blocks whose arm runs in the conversion, not in the dispatch loop (see `resume_arm`).
        let in_conversion: Vec<bool> = self
            .blocks
            .iter()
            .map(|block| {
                looping
                    && block.only_jumps
                    && matches!(block.kind, BlockKind::Resume(_))
                    && block.code.is_some()
            })
            .collect();
        let in_conversion = |b: usize| in_conversion[b];
        // The arms' code, each moved once into the machine (a copy of a shared stream copies
        // its vector).
        let mut codes: Vec<Option<TokenStream>> =
            self.blocks.iter_mut().map(|b| b.code.take()).collect();
        let entry_body = self.entry_body.take();
        // A late conversion's locals as a list of chunks.
        let chunks = late_conversion.then(|| Chunks::of(state_of.locals, state_of.awaiters));
        let (state_types, block_types) = if late_conversion {
            (LocalTypes::Folded, LocalTypes::Folded)
        } else {
            (
                LocalTypes::of(state_typed.len()),
                LocalTypes::of(block_typed.len()),
            )
        };
        let arg_params = self.arg_params();
        let arg_fields = self.arg_fields();
        let state = self.state_items(
            names,
            &state_params,
            (state_types, &state_of),
            chunks.as_ref(),
        );
        let state_generics = &state.generics;
        // Block enum: one variant per arm; the resume variants also carry the input.
        let mut block_variants = TokenStream::new();
        let convert = Ident::new("Convert", Span::call_site());
        // The fieldless `Convert` comes first: rustc folds an enum's inhabitedness over its
        // variants in order and stops at the first that is surely inhabited (one without
        // fields). Last, it followed variants whose fields' types are generic: that fold was
        // 12 % of type checking a 1,000-point function (8.1 s; 7.1 s with `Convert` first).
        if late_conversion {
            block_variants.append_stream(quote!(#convert,));
        }
        let input_param = Ident::new("__CoroIn", Span::mixed_site());
        let mut uses_input = false;
        for &b in &order {
            let block = &self.blocks[b];
            let mut fields = Fields::new(Span::call_site());
            for &(l, flag) in &block.carried {
                let write_type = |out: &mut TokenStream| self.write_local_type(out, l, block_types);
                let field = (l, self.ids.field(l));
                field_decl(fields.next(), field, write_type, flag, krate, false);
            }
            match block.kind {
                BlockKind::Entry => {
                    for (f, t) in arg_fields.iter().zip(&arg_params) {
                        fields.push(f.clone(), t);
                    }
                }
                BlockKind::Resume(_) => {
                    uses_input = true;
                    fields.push_ident(names.input_var.clone(), input_param.clone());
                }
                BlockKind::Join => {}
            }
            let fields = fields.braced();
            let variant = &block.variant;
            quote_onto!(&mut block_variants, #variant #fields,);
        }
        let block_args = if looping { &[][..] } else { &arg_params[..] };
        let mut block_generics: Vec<Ident> = block_args.to_vec();
        match block_types {
            LocalTypes::Params => {
                block_generics.extend(block_typed.iter().map(|&l| self.ids.param(l).clone()));
            }
            LocalTypes::Folded => block_generics.push(self.ids.folded_param.clone()),
        }
        block_generics.extend(uses_input.then(|| input_param.clone()));
        // With a late conversion the block enum uses the state's trait.
        let block_trait = if late_conversion {
            None
        } else {
            folded_items(block_types, block_enum, &block_of, krate, None, &self.ids)
        };
        let block_bounds = if late_conversion {
            state.bounds.clone()
        } else {
            enum_bounds(block_types, block_enum, &block_of, krate, &self.ids)
        };
        let block_bound = (!block_bounds.is_empty()).then_some(&block_bounds);
        // With a late conversion, the resume arms are checked before the conversion that hands
        // them their locals and the input: the block's type is tied first to the state's tuple
        // and to the resume's input (a type only: the state is not borrowed past the call).
        let typed_block = format_ident!("__coro_typed_{}", block_enum, span = Span::mixed_site());
        let state_where = state.where_clause();
        let typed_block_fn = late_conversion.then(|| {
            quote! {
                #[allow(non_snake_case)]
                #[inline(always)]
                fn #typed_block<#(#state_generics,)* #input_param>(
                    _: &#input_param,
                    _: &#state_enum<#(#state_generics),*>,
                ) -> #p::PhantomData<#block_enum<#(#block_generics),*>>
                #state_where
                {
                    #p::PhantomData
                }
            }
        });
        let block_where = block_bound.map(|bound| quote!(where #bound));
        let mut items = state.items;
        let block_variants = Owned::new(block_variants);
        items.append_stream(quote! {
            #block_trait
            #[allow(non_camel_case_types, clippy::large_enum_variant, dead_code)]
            enum #block_enum<#(#block_generics),*> #block_where {
                #block_variants
            }
            #typed_block_fn
        });
        // The state → block conversion moves only: no arm code before the types are known.
        let (state_var, input_var, block_var, label) = (
            &names.state_var,
            &names.input_var,
            &names.block_var,
            &names.next_label,
        );
        // With a dispatch loop, the entry arm and a resume arm that only jumps run in the state →
        // block conversion itself: each is only ever entered from there, and through the loop
        // would cost one more pass of the dispatch (LLVM does not thread jumps into a loop
        // header). The entry arm's code comes first either way, so its type-checking order is
        // unchanged; with it out of the loop, a resumed body's path no longer shares the loop
        // with the created one's, and a generator's loop compiles to its loop (`count`: 8 → 5
        // instructions per value, as native).
        let other = Ident::new("__coro_other", Span::mixed_site());
        // A state's conversion into its first block, written onto `out`, with that block's arm
        // right here when it runs before the loop (only moves: nothing to type-check before
        // the arms that fix the types). The never-taken pass-through arm gives the matched
        // block the conversion's type (else its other parameters are unknown).
        let conversion = |out: &mut TokenStream,
                          state: TokenStream,
                          block: TokenStream,
                          arm: Option<TokenStream>| {
            let (state, block) = (Owned::new(state), Owned::new(block));
            match arm.map(Owned::new) {
                Some(arm) => quote_onto! {out,
                    #state => #label: {
                        match (#block) {
                            #arm,
                            #other => #other,
                        }
                    },
                },
                None => quote_onto!(out, #state => #block,),
            }
        };
        // A late conversion: the created state's conversion at the top, the resumed states'
        // after the dispatch in the source (so checked after its arms), before it at run time.
        let mut top_conversions = TokenStream::new();
        let mut resumed_conversions = TokenStream::new();
        let created = quote!(#state_enum::Created { #(#arg_fields),* });
        match entry_body {
            Some(body) if looping => {
                let (args, values) = (&self.args, arg_fields.iter().map(|f| self.unkept_value(f)));
                let body = Owned::new(body);
                quote_onto! {&mut top_conversions,
                    #created => #label: {
                        #(let #args = #values;)*
                        #body
                    },
                }
            }
            _ => {
                let mut args_out = Fields::new(Span::call_site());
                for f in &arg_fields {
                    self.push_unkept(&mut args_out, f);
                }
                let args_out = Owned::new(args_out.tokens);
                let entry = quote!(#block_enum::Entry { #args_out });
                conversion(&mut top_conversions, created, entry, None);
            }
        }
        for (n, suspension) in self.suspensions.iter().enumerate() {
            if self.elided(suspension.block) {
                continue;
            }
            let variant = OwnedTree::new(self.ids.state(n).clone());
            let block = suspension.block;
            let block_variant = &self.blocks[block].variant;
            // The state's fields are named as the block's: bound by shorthand, then moved on.
            let mut fields = Fields::new(Span::call_site());
            let mut fields_out = Fields::new(Span::call_site());
            for &(l, _) in &self.blocks[block].carried {
                let f = self.ids.field(l).clone();
                self.push_unkept(&mut fields_out, &f);
                fields.next().append(f);
            }
            fields_out.next().append(input_var.clone());
            let (fields, fields_out) = (fields.braced(), fields_out.braced());
            let out = if late_conversion {
                &mut resumed_conversions
            } else {
                &mut top_conversions
            };
            match in_conversion(block).then(|| codes[block].take()).flatten() {
                Some(arm) => conversion(
                    out,
                    quote!(#state_enum::#variant #fields),
                    quote!(#block_enum::#block_variant #fields_out),
                    Some(arm),
                ),
                // The commonest conversion, written in place.
                None => quote_onto!(out,
                    #state_enum::#variant #fields => #block_enum::#block_variant #fields_out,
                ),
            }
        }
        let (moved, in_loop): (Vec<usize>, Vec<usize>) =
            order.iter().partition(|&&b| in_conversion(b));
        let mut arms = TokenStream::new();
        for &b in &in_loop {
            if let Some(code) = codes[b].take() {
                let code = Owned::new(code);
                quote_onto!(&mut arms, #code,);
            }
        }
        let arms = Owned::new(arms);
        let moved_variants = moved.iter().map(|&b| &self.blocks[b].variant);
        let moved_arm = (!moved.is_empty())
            .then(|| quote!(#(#block_enum::#moved_variants { .. })|* => #p::unreachable!(),));
        let convert_arm =
            late_conversion.then(|| quote!(#block_enum::#convert => #p::unreachable!(),));
        let dispatch = if looping {
            quote! {
                loop {
                    #block_var = #label: {
                        match #block_var {
                            #arms
                            #moved_arm
                            #convert_arm
                        }
                    };
                }
            }
        } else {
            // Every arm returns: no jumps, no loop.
            quote! {
                match #block_var {
                    #arms
                }
            }
        };
        let block_mut = looping.then(|| quote!(mut));
        // A list of chunks is written once, in the state's type: the block enum takes the same
        // parameter, and its first value is typed from the state (`typed_block`). Written in
        // the block's type too, it cost 0.6 s of type checking a 1,000-point function.
        let block_type = (block_types == LocalTypes::Folded && chunks.is_none()).then(|| {
            let args = shape_args(&block_generics, &tuple_shape(block_of.locals.len()));
            quote!(: #block_enum #args)
        });
        // A delegation resumes its delegate in place: while the delegate yields, the state is
        // not touched, so a chain of N delegations moves no nested states (and, through
        // `drive_inline`, compiles into one function).
        let mut fast_paths = Vec::new();
        let single_delegation = self
            .suspensions
            .iter()
            .filter(|s| s.delegation.is_some())
            .count()
            == 1;
        // The delegate's body is inlined only where this is its one resume: with several
        // points, each would carry a copy of its delegate (and of that one's, and so on).
        let drive = if single_delegation {
            format_ident!("drive_inline")
        } else {
            format_ident!("drive")
        };
        for (n, suspension) in self.suspensions.iter().enumerate() {
            let Some((awaiter, header, step)) = self.fast_path_header(n) else {
                continue;
            };
            let resume = &self.blocks[suspension.block].carried;
            let header_block = &self.blocks[header];
            let variant = self.ids.state(n);
            let header_variant = &header_block.variant;
            let aw_field = self.ids.field(awaiter);
            let step_field = self.ids.field(step).clone();
            let fields: Vec<&Ident> = resume.iter().map(|&(l, _)| self.ids.field(l)).collect();
            let aw = Ident::new("__coro_awaiter", Span::mixed_site());
            let yielded = Ident::new("__coro_yielded", Span::mixed_site());
            let next = Ident::new("__coro_next_step", Span::mixed_site());
            let mut fields_out = Fields::new(Span::call_site());
            for f in &fields {
                self.push_unkept(&mut fields_out, f);
            }
            fields_out.push(step_field, &next);
            let fields_out = Owned::new(fields_out.tokens);
            let aw_ref = if self.clone {
                quote!(#p::Kept::get_mut(#aw))
            } else {
                quote!(#aw)
            };

            fast_paths.push(quote! {
                #state_enum::#variant { #aw_field: #aw, .. } => {
                    match #p::#drive(#aw_ref, #input_var) {
                        #p::Delegated::Yielded(#yielded) => {
                            return #p::Result::Ok(#p::Step::Yielded(#yielded));
                        }

                        #next => match #p::replace(#state_var, #state_enum::Running) {
                            #state_enum::#variant { #(#fields),* } => #block_enum::#header_variant { #fields_out },
                            _ => #p::unreachable!(),
                        },
                    }
                }
            });
        }
        let delegates = !fast_paths.is_empty();
        // One `match` on the state: a delegation's state takes its fast path, any other the
        // conversion (`otherwise`). A chain of `if let`s would test the states one by one.
        let with_fast_paths = |otherwise: TokenStream| {
            if delegates {
                quote! {
                    match #state_var {
                        #(#fast_paths)*
                        _ => #otherwise,
                    }
                }
            } else {
                otherwise
            }
        };
        // In optimised builds, always inlined into the machine's resume paths and its close
        // path: one caller each, so that a delegator's fast path inlines its delegate's body
        // (`drive_inline`). Not in debug builds, where the copies would only cost build time.
        // With a late conversion only the created state converts here; for a resumed one this
        // gives the `Convert` marker, and the state stays in place for the conversion below.
        // The state taken out (leaving `Running`), converted by `conversions`.
        let convert_state = |conversions: TokenStream| {
            let conversions = Owned::new(conversions);
            quote! {
                match #p::replace(#state_var, #state_enum::Running) {
                    #conversions
                    _ => #p::unreachable!(),
                }
            }
        };
        let top = convert_state(top_conversions);
        let first_block = if late_conversion {
            quote! {
                if let #state_enum::Created { .. } = #state_var {
                    #top
                } else {
                    #block_enum::#convert
                }
            }
        } else {
            with_fast_paths(top)
        };
        let body = if late_conversion {
            // The dispatch is a closure (called once, inlined in optimised builds) so that its
            // arms come before the resumed conversion in the source, which is the order rustc
            // checks them in, while the conversion still runs first and the loop is entered
            // once.
            let first = Ident::new("__coro_first", Span::mixed_site());
            let run = Ident::new("__coro_dispatch", Span::mixed_site());
            // A delegation's fast path, which resumes the delegate in place, comes first.
            let resumed = convert_state(resumed_conversions);
            let resumed = with_fast_paths(resumed);
            quote! {
                #[cfg_attr(not(debug_assertions), inline(always))]
                |#state_var, #input_var| {
                    let #first #block_type =
                        #p::typed_as(#typed_block(&#input_var, &*#state_var), #first_block);
                    let #run = #p::dispatch_of(
                        &#first,
                        &*#state_var,
                        #[cfg_attr(not(debug_assertions), inline(always))]
                        |#block_mut #block_var, #state_var| {
                            #dispatch
                        },
                    );
                    let #block_var = match #first {
                        #block_enum::#convert => #resumed,
                        #first => #first,
                    };
                    #run(#block_var, #state_var)
                }
            }
        } else {
            quote! {
                #[cfg_attr(not(debug_assertions), inline(always))]
                |#state_var, #input_var| {
                    let #block_mut #block_var #block_type = #first_block;
                    #dispatch
                }
            }
        };
        Machine {
            items,
            initial: state.initial,
            body,
            delegates,
        }
    }
}

/// Redirects `break` / `continue` that leave a lowered loop or labeled block into jumps.
struct JumpRedirect<'e, 'p> {
    emitter: &'e mut Emitter<'p>,
    seq: SeqId,
    env: &'e Env,
    names: &'e Names,
    /// Loops written inside this code (unlabeled jumps stay theirs).
    loop_depth: usize,
    inner_labels: Vec<String>,
    /// Names bound inside this code so far: a jump that must name a carried local of the same
    /// name cannot.
    bound: Vec<String>,
}

impl<'e, 'p> JumpRedirect<'e, 'p> {
    fn new(emitter: &'e mut Emitter<'p>, seq: SeqId, env: &'e Env, names: &'e Names) -> Self {
        JumpRedirect {
            emitter,
            seq,
            env,
            names,
            loop_depth: 0,
            inner_labels: Vec::new(),
            bound: Vec::new(),
        }
    }

    fn redirect(
        &mut self,
        label: Option<&Lifetime>,
        value: Option<TokenStream>,
        is_continue: bool,
        span: Span,
    ) -> Option<TokenStream> {
        if let Some(l) = label {
            if self.inner_labels.contains(&l.ident.to_string()) {
                return None;
            }
        } else if self.loop_depth > 0 {
            return None;
        }
        let construct = self.emitter.find_target(self.seq, label, is_continue)?;
        let target = if is_continue {
            let Node::Loop { body, .. } =
                &self.emitter.program.seqs[construct.0].nodes[construct.1]
            else {
                return None;
            };
            self.emitter.add_block(BlockKind::Join, (*body, 0), None)
        } else {
            self.emitter.join_after(construct.0, construct.1)
        };
        for &local in &self.emitter.blocks[target].entry {
            let name = self.emitter.live.name(local);
            if self.bound.iter().any(|b| b == name) && self.emitter.program.locals[local].user {
                self.emitter.errors.push(syn::Error::new(
                    span,
                    format!("this jump leaves a scope that shadows `{name}`, which must be kept across a suspension; rename the inner `{name}`"),
                ));
            }
        }
        let exit = Exit::Jump {
            target,
            construct,
            is_continue,
            value,
            span,
        };
        // A statement in braces: it replaces the user's `break` / `continue` wherever that
        // was (a bare block value in statement position is `clippy::unnecessary_operation`).
        let code = self.emitter.emit_exit(exit, self.seq, self.env, self.names);
        Some(quote_spanned!(span=> { #code; }))
    }

    /// `__coro_raise!(u)` and `__coro_return!(v)`, left by the rewrite of `?` and `return`.
    fn redirect_pseudo(&mut self, mac: &syn::Macro) -> Option<TokenStream> {
        let name = mac.path.get_ident()?;
        let exit = if *name == crate::rewrite::RAISE_MARKER {
            Exit::Raise(mac.tokens.clone())
        } else if *name == crate::rewrite::RETURN_MARKER {
            Exit::Return(mac.tokens.clone())
        } else {
            return None;
        };
        Some(self.emitter.emit_exit(exit, self.seq, self.env, self.names))
    }
}

impl VisitMut for JumpRedirect<'_, '_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Break(b) => {
                if let Some(v) = &mut b.expr {
                    self.visit_expr_mut(v);
                }
                let value = b.expr.as_ref().map(|v| v.to_token_stream());
                let span = b.break_token.span;
                if let Some(code) = self.redirect(b.label.as_ref(), value, false, span) {
                    *expr = Expr::Verbatim(code);
                }
            }
            Expr::Continue(c) => {
                let span = c.continue_token.span;
                if let Some(code) = self.redirect(c.label.as_ref(), None, true, span) {
                    *expr = Expr::Verbatim(code);
                }
            }
            Expr::Loop(_) | Expr::While(_) | Expr::ForLoop(_) => {
                let label = match expr {
                    Expr::Loop(l) => l.label.as_ref(),
                    Expr::While(l) => l.label.as_ref(),
                    Expr::ForLoop(l) => l.label.as_ref(),
                    _ => None,
                }
                .map(|l| l.name.ident.to_string());
                let pushed = label.is_some();
                if let Some(l) = label {
                    self.inner_labels.push(l);
                }
                self.loop_depth += 1;
                visit_mut::visit_expr_mut(self, expr);
                self.loop_depth -= 1;
                if pushed {
                    self.inner_labels.pop();
                }
            }
            Expr::Block(b) if b.label.is_some() => {
                let l = b
                    .label
                    .as_ref()
                    .map(|l| l.name.ident.to_string())
                    .unwrap_or_default();
                self.inner_labels.push(l);
                let depth = self.bound.len();
                visit_mut::visit_expr_mut(self, expr);
                self.bound.truncate(depth);
                self.inner_labels.pop();
            }
            Expr::Block(_) => {
                let depth = self.bound.len();
                visit_mut::visit_expr_mut(self, expr);
                self.bound.truncate(depth);
            }
            Expr::Macro(m) if is_pseudo(&m.mac) => {
                // The operand may itself hold jumps (`return match x { .. => break }`).
                let mut inner: Option<Expr> = m.mac.parse_body().ok();
                if let Some(inner) = &mut inner {
                    self.visit_expr_mut(inner);
                    m.mac.tokens = inner.to_token_stream();
                }
                if let Some(code) = self.redirect_pseudo(&m.mac) {
                    *expr = Expr::Verbatim(code);
                }
            }
            Expr::Closure(_) | Expr::Async(_) => {}
            _ => visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_stmt_mut(&mut self, stmt: &mut syn::Stmt) {
        if let syn::Stmt::Macro(m) = stmt {
            if let Some(code) = self.redirect_pseudo(&m.mac) {
                *stmt = syn::Stmt::Expr(Expr::Verbatim(code), m.semi_token);
                return;
            }
        }
        visit_mut::visit_stmt_mut(self, stmt);
    }

    fn visit_local_mut(&mut self, local: &mut syn::Local) {
        visit_mut::visit_local_mut(self, local);
        let mut names = Vec::new();
        collect_bindings(&local.pat, &mut |i, _| names.push(i.to_string()));
        self.bound.extend(names);
    }

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        let depth = self.bound.len();
        let mut names = Vec::new();
        collect_bindings(&arm.pat, &mut |i, _| names.push(i.to_string()));
        self.bound.extend(names);
        visit_mut::visit_arm_mut(self, arm);
        self.bound.truncate(depth);
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

use crate::analyze::is_pseudo;

/// True for a statement that never completes: `break`, `continue`, `return`, a raise, a panic.
fn diverges(node: &Node) -> bool {
    let Node::Plain(stmt) = node else {
        return false;
    };
    let mac = match stmt {
        syn::Stmt::Expr(Expr::Break(_) | Expr::Continue(_) | Expr::Return(_), _) => return true,
        syn::Stmt::Expr(Expr::Macro(m), _) => &m.mac,
        syn::Stmt::Macro(m) => &m.mac,
        _ => return false,
    };
    is_pseudo(mac)
        || mac.path.segments.last().is_some_and(|s| {
            matches!(
                s.ident.to_string().as_str(),
                "panic" | "unreachable" | "todo" | "unimplemented"
            )
        })
}

/// Removes `let __coro_sN;` declarations of slots that no shadowing `let` assigned (a bare
/// declaration that is never assigned would leave its type unknown).
fn strip_unassigned_slots(tokens: TokenStream, assigned: &HashSet<String>) -> TokenStream {
    use proc_macro2::TokenTree;
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    let mut i = 0;
    while i < trees.len() {
        if let (TokenTree::Ident(kw), Some(TokenTree::Ident(name)), Some(TokenTree::Punct(semi))) =
            (&trees[i], trees.get(i + 1), trees.get(i + 2))
        {
            let text = name.to_string();
            if kw == "let"
                && semi.as_char() == ';'
                && text.starts_with("__coro_s")
                && !assigned.contains(&text)
            {
                i += 3;
                continue;
            }
        }
        match &trees[i] {
            TokenTree::Group(group) => {
                let mut new = proc_macro2::Group::new(
                    group.delimiter(),
                    strip_unassigned_slots(group.stream(), assigned),
                );
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
}
