//! Brings the body into a normal form where every suspension is a statement of its own:
//! expressions are split left to right (A4), loops become `loop` + `match`, and every
//! construct that holds a suspension becomes a node with its own scope levels.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Attribute, Expr, Ident, Lifetime, Pat, Stmt};

use crate::analyze::{MarkerKind, block_suspends, expr_suspends, marker_kind, take_marker_operand};

pub type SeqId = usize;
pub type LocalId = usize;

/// A variable the state machine may have to keep: a user binding or a hidden temporary.
pub struct Local {
    /// The user's identifier, or a hidden `__coro_t*` one.
    pub name: Ident,
    pub user: bool,
    pub mutable: bool,
    /// Declared by `let x;` and assigned later.
    pub deferred: bool,
    /// The type written on a deferred `let x: T;` (re-declarations need it).
    pub ty: Option<syn::Type>,
    /// The level that declares it.
    pub seq: SeqId,
    /// Where the user sees it: the binding, or the expression a hidden local holds.
    pub origin: Span,
    /// A hidden local whose type is named from another local's instead of inferred.
    pub typed_by: Option<TypedBy>,
}

/// How a delegation's hidden locals are typed from its awaiter's type: the enums that carry
/// them then infer one type per delegation, the awaiter's, instead of one more for each step
/// and for the returned value (each inferred type costs rustc's type check in every later
/// mention of its enum, see the emitter's `LocalTypes`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypedBy {
    /// A step of the delegate held in this awaiter (`__private::StepOf`).
    Step(LocalId),
    /// The value the delegate returned (`__private::ReturnOf`).
    Returned(LocalId),
}

impl TypedBy {
    /// The awaiter whose type names the local's.
    pub fn awaiter(self) -> LocalId {
        match self {
            TypedBy::Step(awaiter) | TypedBy::Returned(awaiter) => awaiter,
        }
    }
}

/// How control leaves a level at its end.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SeqEnd {
    /// The function body: the tail is the return value.
    FnBody,
    /// A branch or block: continue after the construct in the parent, carrying the tail as the
    /// construct's value.
    Join,
    /// A loop body: back to the loop's start.
    LoopBody,
    /// The body or a handler of a `try_!`: on through its `finally`, if any, then after it.
    TryPart,
    /// The `finally` block of a `try_!`: on with whatever was pending.
    Finally,
}

/// One scope level: a block's statements in normal form.
pub struct Seq {
    pub nodes: Vec<Node>,
    pub tail: Option<Expr>,
    /// The construct that owns this level: (parent level, node index).
    pub parent: Option<(SeqId, usize)>,
    pub end: SeqEnd,
    /// Bindings the level starts with (a match arm's pattern).
    pub intro: Vec<LocalId>,
}

pub struct MatchArm {
    pub attrs: Vec<Attribute>,
    pub pat: Pat,
    pub guard: Option<Expr>,
    pub body: SeqId,
}

/// A statement in normal form.
pub enum Node {
    /// Runs as written (its `break` / `continue` may still be redirected).
    Plain(Stmt),
    /// `let PAT (: TY)? (= INIT (else { .. })?)?;` with a suspension-free initialiser.
    Let {
        local: syn::Local,
        binds: Vec<LocalId>,
    },
    /// `let __coro_tN = EXPR;`
    Temp { local: LocalId, expr: Expr },
    /// `let __coro_tN = <suspend, handing out VALUE>;`
    Suspend {
        local: LocalId,
        value: Expr,
        kind: MarkerKind,
        span: Span,
        /// For a delegation's suspension: the awaiter it drives.
        awaiter: Option<LocalId>,
    },
    If {
        cond: Expr,
        then: SeqId,
        els: Option<SeqId>,
        result: Option<LocalId>,
    },
    Match {
        scrutinee: Expr,
        arms: Vec<MatchArm>,
        result: Option<LocalId>,
    },
    /// `init`: the first value of a loop-carried local (the body level's intro), which each
    /// pass of the body hands on as its tail value.
    Loop {
        label: Option<Lifetime>,
        body: SeqId,
        result: Option<LocalId>,
        init: Option<Expr>,
    },
    Block {
        label: Option<Lifetime>,
        body: SeqId,
        result: Option<LocalId>,
    },
    /// `try_!`: each handler level starts with its caught value (a hidden intro local), the
    /// `finally` level with what is pending.
    Try {
        body: SeqId,
        catch: Option<SeqId>,
        catch_all: Option<SeqId>,
        finally: Option<SeqId>,
        result: Option<LocalId>,
    },
}

impl Node {
    /// Locals this node declares, in declaration order.
    pub fn declares(&self) -> Vec<LocalId> {
        self.declared().to_vec()
    }

    /// `declares`, borrowed (no vector to make and drop).
    pub fn declared(&self) -> &[LocalId] {
        match self {
            Node::Plain(_) => &[],
            Node::Let { binds, .. } => binds,
            Node::Temp { local, .. } | Node::Suspend { local, .. } => std::slice::from_ref(local),
            Node::If { result, .. }
            | Node::Match { result, .. }
            | Node::Loop { result, .. }
            | Node::Block { result, .. }
            | Node::Try { result, .. } => result.as_slice(),
        }
    }

    /// The levels this node owns, in program order.
    pub fn children(&self) -> Vec<SeqId> {
        let mut children = Vec::new();
        self.for_each_child(|child| children.push(child));
        children
    }

    /// Whether `children` is not empty.
    pub fn has_children(&self) -> bool {
        match self {
            Node::Match { arms, .. } => !arms.is_empty(),
            Node::Plain(_) | Node::Let { .. } | Node::Temp { .. } | Node::Suspend { .. } => false,
            Node::If { .. } | Node::Loop { .. } | Node::Block { .. } | Node::Try { .. } => true,
        }
    }

    /// Calls `f` with each of `children`, without collecting them (unoptimised, the vector
    /// cost more than what most callers do with a child).
    pub fn for_each_child(&self, mut f: impl FnMut(SeqId)) {
        match self {
            Node::If { then, els, .. } => {
                f(*then);
                if let Some(els) = els {
                    f(*els);
                }
            }
            Node::Match { arms, .. } => {
                for arm in arms {
                    f(arm.body);
                }
            }
            Node::Loop { body, .. } | Node::Block { body, .. } => f(*body),
            Node::Try {
                body,
                catch,
                catch_all,
                finally,
                ..
            } => {
                f(*body);
                for part in [catch, catch_all, finally].into_iter().flatten() {
                    f(*part);
                }
            }
            Node::Plain(_) | Node::Let { .. } | Node::Temp { .. } | Node::Suspend { .. } => {}
        }
    }
}

/// What delegation needs to spell: the runtime path and the delegator's types.
pub struct Context {
    pub krate: TokenStream,
    /// The return type, or `_` where the user wrote `impl Trait`.
    pub return_ty: TokenStream,
    pub yield_ty: TokenStream,
    pub error_ty: TokenStream,
    /// The function that pins an awaiter to the body's types.
    pub awaiter_conversion: TokenStream,
    /// The types of the body's delegates' channel (`Y, Sd`) and its `Channel` value (whether a
    /// Rust future may be awaited).
    pub awaiter_channel: (TokenStream, TokenStream),
    /// An async generator's body: its yields hand out items and take `asend` values.
    pub async_generator: bool,
}

/// The whole body in normal form.
pub struct Program {
    pub seqs: Vec<Seq>,
    /// For each level: whether nobody uses its tail value (a construct's value that is
    /// dropped).
    unwanted: Vec<bool>,
    pub locals: Vec<Local>,
    pub errors: Vec<syn::Error>,
    pub context: Context,
    /// Each `CorePath`, built once per body and copied after (unoptimised, building one cost
    /// some 7,000 instructions, three times a copy).
    core_paths: [Option<syn::Path>; 4],
    /// Parentheses and braces at the call site, made once and copied after (unoptimised,
    /// making a delimiter's spans costs some 1,500 instructions).
    delimiters: (syn::token::Paren, syn::token::Brace),
}

pub const ROOT: SeqId = 0;

impl Program {
    /// Whether the body delegates (`await_!`, `yield_from!`, `async_for!`): its states then
    /// hold awaiters.
    pub fn delegates(&self) -> bool {
        // Plain loops: unoptimised, `flat_map` and `any` cost several times more a node.
        for seq in &self.seqs {
            for node in &seq.nodes {
                if let Node::Suspend {
                    awaiter: Some(_), ..
                } = node
                {
                    return true;
                }
            }
        }
        false
    }

    /// A level whose tail value is dropped (the construct's value is not used).
    fn unwanted_seq(&mut self, parent: Option<(SeqId, usize)>, end: SeqEnd, wanted: bool) -> SeqId {
        let seq = self.new_seq(parent, end);
        self.unwanted[seq] = !wanted;
        seq
    }

    fn new_seq(&mut self, parent: Option<(SeqId, usize)>, end: SeqEnd) -> SeqId {
        self.seqs.push(Seq {
            nodes: Vec::new(),
            tail: None,
            parent,
            end,
            intro: Vec::new(),
        });
        self.unwanted.push(false);
        self.seqs.len() - 1
    }

    fn new_local(&mut self, name: Ident, user: bool, mutable: bool, seq: SeqId) -> LocalId {
        self.locals.push(Local {
            origin: name.span(),
            name,
            user,
            mutable,
            deferred: false,
            ty: None,
            seq,
            typed_by: None,
        });
        self.locals.len() - 1
    }

    fn new_temp(&mut self, seq: SeqId) -> LocalId {
        let name = Ident::new(
            &format!("__coro_t{}", self.locals.len()),
            Span::mixed_site(),
        );
        self.new_local(name, false, true, seq)
    }

    /// A hidden local that holds the value of the user's expression at `origin`.
    fn new_temp_at(&mut self, seq: SeqId, origin: Span) -> LocalId {
        let local = self.new_temp(seq);
        self.locals[local].origin = origin;
        local
    }

    /// `await_!(a)`: converts `a` into its awaiter, then drives it in a loop whose only
    /// suspension hands the delegator's input straight to the awaiter (S5, T3, C3).
    ///
    /// Input: `await_!(a)`
    /// Output: `let aw = into_awaiter(a); let input = Start;
    ///          loop { match drive(&mut aw, input) { Yielded(y) => input = <suspend y>,
    ///                                                Returned(r) => break r, Raised(u) => raise u } }`
    fn lower_await(&mut self, operand: Expr, seq: SeqId, want: bool, span: Span) -> Expr {
        let origin = operand.span();
        // At the operand, in the context of the call it is an argument of: "a Rust future can
        // only be awaited in ..." underlines it.
        let (channel_types, channel) = self.context.awaiter_channel.clone();
        let channel = crate::rewrite::respan_over(channel, span, &operand);
        let operand = self.lower_expr(operand, seq, true);
        let Context {
            krate,
            awaiter_conversion,
            ..
        } = &self.context;
        let p = quote!(#krate::__private);
        // A coroutine or `Awaitable` is driven as it is; anything else must be a `Future`.
        let awaiter_expr: Expr = syn::parse_quote_spanned! {span=>
            #awaiter_conversion({
                // Only one of the two is used, whichever method resolution picks.
                #[allow(unused_imports)]
                use #p::{AwaitViaAwaitable as _, AwaitViaFuture as _};
                (&#p::Operand::new(#operand)).__coro_awaiter::<#channel_types>(#channel)
            })
        };
        let awaiter = self.new_temp_at(seq, origin);
        self.push(
            seq,
            Node::Temp {
                local: awaiter,
                expr: awaiter_expr,
            },
        );
        self.lower_drive(awaiter, seq, want, span)
    }

    /// The loop that drives the awaiter held in `awaiter` to its return value (the second
    /// half of `await_!`, and each "next" of an `async_for!`).
    fn lower_drive(&mut self, awaiter: LocalId, seq: SeqId, want: bool, span: Span) -> Expr {
        let krate_tokens = self.context.krate.clone();
        let start = quote!(#krate_tokens::__private::Input::Start);
        let awaiter_name = self.locals[awaiter].name.clone();
        let n = self.locals.len();
        let (y, r, u) = (hidden("y", n), hidden("r", n), hidden("u", n));
        let raise = crate::rewrite::raise_marker();
        let index = self.next_index(seq);
        let value = self.lower_loop(None, seq, want, |this, body| {
            // The loop carries the delegate's last step; each pass hands on the next one.
            let step = this.new_temp(body);
            this.locals[step].typed_by = Some(TypedBy::Step(awaiter));
            this.seqs[body].intro = vec![step];
            let step_name = this.locals[step].name.clone();
            let index = this.next_index(body);
            let krate = this.context.krate.clone();
            let yielded = this.new_seq(Some((body, index)), SeqEnd::Join);
            let y_local = this.new_local(y.clone(), false, false, yielded);
            this.seqs[yielded].intro = vec![y_local];
            let sent = this.new_temp(yielded);
            this.push(
                yielded,
                Node::Suspend {
                    local: sent,
                    value: syn::parse_quote!(#y),
                    kind: MarkerKind::Raw,
                    span,
                    awaiter: Some(awaiter),
                },
            );
            let sent_name = this.locals[sent].name.clone();
            this.seqs[yielded].tail =
                Some(syn::parse_quote!(#krate::__private::drive(&mut #awaiter_name, #sent_name)));
            let returned = this.new_seq(Some((body, index)), SeqEnd::Join);
            let r_local = this.new_local(r.clone(), false, false, returned);
            this.seqs[returned].intro = vec![r_local];
            this.push(returned, Node::Plain(syn::parse_quote!(break #r;)));
            let raised = this.new_seq(Some((body, index)), SeqEnd::Join);
            let u_local = this.new_local(u.clone(), false, false, raised);
            this.seqs[raised].intro = vec![u_local];
            this.push(raised, Node::Plain(syn::parse_quote!(#raise!(#u);)));
            let arms = vec![
                MatchArm {
                    attrs: Vec::new(),
                    pat: syn::parse_quote!(#krate::__private::Delegated::Yielded(#y)),
                    guard: None,
                    body: yielded,
                },
                MatchArm {
                    attrs: Vec::new(),
                    pat: syn::parse_quote!(#krate::__private::Delegated::Returned(#r)),
                    guard: None,
                    body: returned,
                },
                MatchArm {
                    attrs: Vec::new(),
                    pat: syn::parse_quote!(#krate::__private::Delegated::Raised(#u)),
                    guard: None,
                    body: raised,
                },
            ];
            let next = this.new_temp(body);
            this.locals[next].typed_by = Some(TypedBy::Step(awaiter));
            this.push(
                body,
                Node::Match {
                    scrutinee: syn::parse_quote!(#step_name),
                    arms,
                    result: Some(next),
                },
            );
            this.seqs[body].tail = Some(this.temp_expr(next));
        });
        let first: Expr =
            syn::parse_quote!(#krate_tokens::__private::drive(&mut #awaiter_name, #start));
        if let Node::Loop { init, result, .. } = &mut self.seqs[seq].nodes[index] {
            *init = Some(first);
            if let Some(returned) = *result {
                self.locals[returned].typed_by = Some(TypedBy::Returned(awaiter));
            }
        }
        value
    }

    /// `try_! { .. }`: a region whose levels the emitter connects (E1–E3).
    fn lower_region(&mut self, region: crate::analyze::Region, seq: SeqId, want: bool) -> Expr {
        let index = self.next_index(seq);
        let body = self.unwanted_seq(Some((seq, index)), SeqEnd::TryPart, want);
        self.lower_stmts(region.body.stmts, body);
        let handler = |this: &mut Self, part: Option<(Pat, syn::Block)>, name: &str| {
            part.map(|(pat, block)| {
                let level = this.unwanted_seq(Some((seq, index)), SeqEnd::TryPart, want);
                let caught = hidden(name, this.locals.len());
                let caught_local = this.new_local(caught.clone(), false, false, level);
                this.seqs[level].intro = vec![caught_local];
                let bind: Stmt = syn::parse_quote!(let #pat = #caught;);
                this.lower_stmt(bind, level);
                this.lower_stmts(block.stmts, level);
                level
            })
        };
        let catch = handler(self, region.catch, "caught");
        let catch_all = handler(self, region.catch_all, "caught_all");
        let finally = region.finally.map(|block| {
            let level = self.unwanted_seq(Some((seq, index)), SeqEnd::Finally, false);
            let pending = hidden("pending", self.locals.len());
            let pending_local = self.new_local(pending, false, false, level);
            self.seqs[level].intro = vec![pending_local];
            self.lower_stmts(block.stmts, level);
            level
        });
        let result = want.then(|| self.new_temp(seq));
        self.push(
            seq,
            Node::Try {
                body,
                catch,
                catch_all,
                finally,
                result,
            },
        );
        self.result_expr(result)
    }

    fn push(&mut self, seq: SeqId, node: Node) -> usize {
        self.seqs[seq].nodes.push(node);
        self.seqs[seq].nodes.len() - 1
    }

    /// The index the next node of `seq` gets.
    fn next_index(&self, seq: SeqId) -> usize {
        self.seqs[seq].nodes.len()
    }

    fn core_path(&mut self, which: CorePath) -> syn::Path {
        self.core_paths[which as usize]
            .get_or_insert_with(|| global_path(which.segments()))
            .clone()
    }

    /// `()` at the call site.
    fn unit(&self) -> Expr {
        Expr::Tuple(syn::ExprTuple {
            attrs: Vec::new(),
            paren_token: self.delimiters.0,
            elems: Default::default(),
        })
    }

    fn temp_expr(&self, local: LocalId) -> Expr {
        Expr::Path(path_expr(self.locals[local].name.clone().into()))
    }

    /// Normalises a function body. `args` are the `let` statements that bind the arguments.
    pub fn from_body(args: Vec<syn::Local>, stmts: Vec<Stmt>, context: Context) -> Program {
        let mut program = Program {
            seqs: Vec::new(),
            unwanted: Vec::new(),
            locals: Vec::new(),
            errors: Vec::new(),
            context,
            core_paths: Default::default(),
            delimiters: Default::default(),
        };
        let root = program.new_seq(None, SeqEnd::FnBody);
        for local in args {
            program.lower_let(local, root);
        }
        program.lower_stmts(stmts, root);
        program
    }

    fn lower_stmts(&mut self, stmts: Vec<Stmt>, seq: SeqId) {
        // Counted down by hand: unoptimised, `enumerate` moves each statement once more.
        let mut left = stmts.len();
        for stmt in stmts {
            left -= 1;
            let last = left == 0;
            match stmt {
                Stmt::Expr(expr, None) if last => {
                    let wanted = !self.unwanted[seq];
                    // A trailing `if` / `match` that may move an enclosing local needs its
                    // drop flag as much as one in statement position does, unless nothing
                    // runs after it (the function's own tail).
                    let flags = self.seqs[seq].end != SeqEnd::FnBody;
                    let tail = if expr_suspends(&expr) {
                        self.lower_suspending(expr, seq, wanted)
                    } else if flags && self.needs_drop_flags(&expr, seq) {
                        self.lower_with_drop_flags(expr, seq, wanted)
                    } else {
                        expr
                    };
                    self.seqs[seq].tail = Some(tail);
                }
                // `{ try_! { .. } }`: a trailing brace macro is the block's value, as in Rust.
                Stmt::Macro(mac)
                    if last
                        && mac.semi_token.is_none()
                        && (marker_kind(&mac.mac).is_some()
                            || crate::analyze::is_region(&mac.mac)) =>
                {
                    let expr = Expr::Macro(syn::ExprMacro {
                        attrs: mac.attrs,
                        mac: mac.mac,
                    });
                    let wanted = !self.unwanted[seq];
                    let tail = self.lower_expr(expr, seq, wanted);
                    self.seqs[seq].tail = Some(tail);
                }
                stmt => self.lower_stmt(stmt, seq),
            }
        }
    }

    fn lower_stmt(&mut self, stmt: Stmt, seq: SeqId) {
        match stmt {
            Stmt::Local(local) => self.lower_let(local, seq),
            Stmt::Macro(mac)
                if marker_kind(&mac.mac).is_some()
                    || crate::analyze::is_region(&mac.mac)
                    || crate::analyze::is_pseudo(&mac.mac) =>
            {
                let semi = mac.semi_token;
                let expr = Expr::Macro(syn::ExprMacro {
                    attrs: mac.attrs,
                    mac: mac.mac,
                });
                // A marker leaves its temporary (dropped here); `return` / raise leave themselves.
                let residual = self.lower_expr(expr, seq, false);
                if matches!(&residual, Expr::Macro(m) if crate::analyze::is_pseudo(&m.mac)) {
                    self.push_residual(seq, residual, semi);
                }
            }
            // Whether it suspends is asked once (unoptimised, a visit of the statement costs
            // some thousand instructions a node).
            Stmt::Expr(expr, semi) => {
                let residual = if expr_suspends(&expr) {
                    self.lower_suspending(expr, seq, false)
                } else if self.needs_drop_flags(&expr, seq) {
                    self.lower_with_drop_flags(expr, seq, false)
                } else {
                    self.push(seq, Node::Plain(Stmt::Expr(expr, semi)));
                    return;
                };
                self.push_residual(seq, residual, semi);
            }
            other => {
                self.push(seq, Node::Plain(other));
            }
        }
    }

    /// `let PAT = init else { ELSE };` whose `else` block suspends.
    ///
    /// Input: `let Some((a, mut b)) = e else { yield_!(0); return 1; };`
    /// Output: `let __coro_t = match e { Some((a, b)) => (a, b), _ => { yield_!(0); return 1; } };`
    ///         `let (a, mut b) = __coro_t;`
    fn lower_let_else(&mut self, local: syn::Local, seq: SeqId) {
        let syn::Local {
            attrs, pat, init, ..
        } = local;
        let Some(syn::LocalInit {
            expr,
            diverge: Some((_, diverge)),
            ..
        }) = init
        else {
            return;
        };
        let (pat, ty) = match pat {
            Pat::Type(typed) => (*typed.pat, Some(typed.ty)),
            other => (other, None),
        };
        let mut names = Vec::new();
        collect_bindings(&pat, &mut |ident, mutable| {
            names.push((ident.clone(), mutable))
        });
        // The arm binds by value without `mut`; the `let` after it restores each `mut`.
        let mut arm_pat = pat;
        StripMut.visit_pat_mut(&mut arm_pat);
        let idents: Vec<&Ident> = names.iter().map(|(i, _)| i).collect();
        let rebind: Vec<TokenStream> = names
            .iter()
            .map(|(ident, mutable)| {
                if *mutable {
                    quote!(mut #ident)
                } else {
                    quote!(#ident)
                }
            })
            .collect();
        let scrutinee = match ty {
            Some(ty) => {
                let v = Ident::new("__coro_let_else", Span::mixed_site());
                quote!({ let #v: #ty = #expr; #v })
            }
            None => quote!(#expr),
        };
        let as_match: Expr = syn::parse_quote! {
            match #scrutinee {
                #arm_pat => (#(#idents,)*),
                _ => #diverge,
            }
        };
        let value = self.lower_expr(as_match, seq, true);
        let rebound: Stmt = syn::parse_quote!(#(#attrs)* let (#(#rebind,)*) = #value;);
        self.lower_stmt(rebound, seq);
    }

    /// What is left of a statement after lowering, unless that is only `()`.
    fn push_residual(&mut self, seq: SeqId, residual: Expr, semi: Option<syn::Token![;]>) {
        if !is_unit_path(&residual) {
            self.push(
                seq,
                Node::Plain(Stmt::Expr(residual, Some(semi.unwrap_or_default()))),
            );
        }
    }

    fn lower_let(&mut self, mut local: syn::Local, seq: SeqId) {
        if local
            .init
            .as_ref()
            .is_some_and(|i| i.diverge.as_ref().is_some_and(|(_, d)| expr_suspends(d)))
        {
            return self.lower_let_else(local, seq);
        }
        if let Some(init) = &mut local.init {
            if expr_suspends(&init.expr) {
                let expr = std::mem::replace(&mut *init.expr, crate::analyze::placeholder());
                *init.expr = self.lower_suspending(expr, seq, true);
            }
        }
        let deferred = local.init.is_none();
        let mut binds = Vec::new();
        collect_bindings(&local.pat, &mut |ident, mutable| {
            binds.push((ident.clone(), mutable));
        });
        let binds: Vec<LocalId> = binds
            .into_iter()
            .map(|(ident, mutable)| {
                let id = self.new_local(ident, true, mutable, seq);
                self.locals[id].deferred = deferred;
                if deferred {
                    if let Pat::Type(typed) = &local.pat {
                        self.locals[id].ty = Some((*typed.ty).clone());
                    }
                }
                id
            })
            .collect();
        self.push(seq, Node::Let { local, binds });
    }

    /// Lowers `expr` into `seq`: pushes the nodes that must run before it and returns the
    /// suspension-free expression that remains. `want` says whether its value is used.
    fn lower_expr(&mut self, expr: Expr, seq: SeqId, want: bool) -> Expr {
        if !expr_suspends(&expr) {
            return expr;
        }
        self.lower_suspending(expr, seq, want)
    }

    /// `lower_expr` for an `expr` known to suspend.
    fn lower_suspending(&mut self, expr: Expr, seq: SeqId, want: bool) -> Expr {
        // Which marker a macro is, asked once (unoptimised, some 300 instructions a question);
        // a marker is none of the other macros handled here (each has its own name).
        let marker = match &expr {
            Expr::Macro(mac) => marker_kind(&mac.mac),
            _ => None,
        };
        match expr {
            Expr::Macro(mac) if marker == Some(MarkerKind::Await) => {
                let span = macro_span(&mac);
                match take_marker_operand(&mac.mac) {
                    Ok(Some(operand)) => self.lower_await(operand, seq, want, span),
                    _ => {
                        self.errors.push(syn::Error::new(
                            span,
                            "`await_!` takes the awaitable: `await_!(coroutine)`",
                        ));
                        self.unit()
                    }
                }
            }
            Expr::Macro(mac) if marker.is_some() => {
                let kind = marker.expect("checked above");
                let span = macro_span(&mac);
                let mut value = match take_marker_operand(&mac.mac) {
                    Ok(Some(operand)) => self.lower_expr(operand, seq, true),
                    Ok(None) => unit(span),
                    Err(e) => {
                        self.errors.push(e);
                        self.unit()
                    }
                };
                let krate = self.context.krate.clone();
                if self.context.async_generator {
                    // An item for the consumer (I3).
                    value = syn::parse_quote_spanned!(value.span()=> #krate::__private::AsyncYield::Item(#value));
                }
                let local = self.new_temp(seq);
                self.push(
                    seq,
                    Node::Suspend {
                        local,
                        value,
                        kind,
                        span,
                        awaiter: None,
                    },
                );
                // At the marker's place, so that a type error in its use points there.
                let mut name = self.locals[local].name.clone();
                name.set_span(name.span().located_at(span));
                if self.context.async_generator {
                    // The value `asend` carried (the other channel belongs to awaits).
                    let unwrap = if kind == MarkerKind::YieldCatch {
                        quote!(item_resumed)
                    } else {
                        quote!(item_sent)
                    };
                    let (value, unwind) = (hidden("sent", local), hidden("unwind", local));
                    let raise = crate::rewrite::raise_marker();
                    return syn::parse_quote_spanned! {span=>
                        match #krate::__private::#unwrap(#name) {
                            #krate::__private::Result::Ok(#value) => #value,
                            #krate::__private::Result::Err(#unwind) => #raise!(#unwind),
                        }
                    };
                }
                Expr::Path(path_expr(name.into()))
            }
            Expr::Macro(mac) if crate::analyze::is_region(&mac.mac) => {
                match mac.mac.parse_body::<crate::analyze::Region>() {
                    Ok(region) => self.lower_region(region, seq, want),
                    Err(e) => {
                        self.errors.push(e);
                        self.unit()
                    }
                }
            }
            Expr::Macro(mac) if crate::analyze::is_in_place_await(&mac.mac) => {
                let span = macro_span(&mac);
                let awaiter = mac
                    .mac
                    .parse_body::<Ident>()
                    .ok()
                    .and_then(|name| self.locals.iter().rposition(|local| local.name == name));
                match awaiter {
                    Some(awaiter) => self.lower_drive(awaiter, seq, want, span),
                    None => {
                        self.errors
                            .push(syn::Error::new(span, "internal: unknown awaiter"));
                        self.unit()
                    }
                }
            }
            Expr::Macro(mut mac) if crate::analyze::is_pseudo(&mac.mac) => {
                if let Ok(operand) = mac.mac.parse_body::<Expr>() {
                    let residual = self.lower_expr(operand, seq, true);
                    mac.mac.tokens = quote!(#residual);
                }
                Expr::Macro(mac)
            }
            Expr::If(expr_if) => self.lower_if(expr_if, seq, want, false),
            Expr::Match(expr_match) => self.lower_match(expr_match, seq, want, false),
            Expr::Loop(expr_loop) => {
                let label = expr_loop.label.map(|l| l.name);
                self.lower_loop(label, seq, want, |this, body| {
                    this.lower_stmts(expr_loop.body.stmts, body);
                })
            }
            Expr::While(expr_while) => {
                let label = expr_while.label.map(|l| l.name);
                let cond = *expr_while.cond;
                let stmts = expr_while.body.stmts;
                self.lower_loop(label, seq, false, move |this, body| {
                    if let Expr::Let(expr_let) = cond {
                        // `while let P = e { .. }` is `loop { match e { P => { .. } _ => break } }`
                        let scrutinee = this.lower_expr(*expr_let.expr, body, true);
                        let index = this.next_index(body);
                        let pat = *expr_let.pat;
                        let arms = vec![
                            this.lower_arm(
                                arm_of(pat, stmts, this.delimiters.1),
                                body,
                                index,
                                false,
                            ),
                            this.lower_arm(syn::parse_quote!(_ => { break; }), body, index, false),
                        ];
                        this.push(
                            body,
                            Node::Match {
                                scrutinee,
                                arms,
                                result: None,
                            },
                        );
                    } else {
                        let cond = this.lower_expr(cond, body, true);
                        this.push(body, Node::Plain(syn::parse_quote!(if !(#cond) { break; })));
                        this.lower_stmts(stmts, body);
                    }
                })
            }
            Expr::ForLoop(expr_for) => {
                let label = expr_for.label.map(|l| l.name);
                let origin = expr_span(&expr_for.expr);
                let iterable = self.lower_expr(*expr_for.expr, seq, true);
                let iter = self.new_temp_at(seq, origin);
                let into_iter = self.core_path(CorePath::IntoIter);
                self.push(
                    seq,
                    Node::Temp {
                        local: iter,
                        expr: call(into_iter, iterable, self.delimiters.0),
                    },
                );
                let iter_name = self.locals[iter].name.clone();
                let pat = *expr_for.pat;
                let stmts = expr_for.body.stmts;
                self.lower_loop(label, seq, false, move |this, body| {
                    let index = this.next_index(body);
                    let some = some_pattern(this.core_path(CorePath::Some), pat, this.delimiters.0);
                    let none = syn::Pat::Path(path_expr(this.core_path(CorePath::None)));
                    let arms = vec![
                        this.lower_arm(arm_of(some, stmts, this.delimiters.1), body, index, false),
                        this.lower_arm(
                            arm_of(
                                none,
                                vec![Stmt::Expr(
                                    Expr::Break(syn::ExprBreak {
                                        attrs: Vec::new(),
                                        break_token: Default::default(),
                                        label: None,
                                        expr: None,
                                    }),
                                    Some(Default::default()),
                                )],
                                this.delimiters.1,
                            ),
                            body,
                            index,
                            false,
                        ),
                    ];
                    let iter = Expr::Path(path_expr(iter_name.into()));
                    let scrutinee = call(
                        this.core_path(CorePath::Next),
                        Expr::Reference(syn::ExprReference {
                            attrs: Vec::new(),
                            and_token: Default::default(),
                            mutability: Some(Default::default()),
                            expr: Box::new(iter),
                        }),
                        this.delimiters.0,
                    );
                    this.push(
                        body,
                        Node::Match {
                            scrutinee,
                            arms,
                            result: None,
                        },
                    );
                })
            }
            Expr::Block(expr_block) => {
                let label = expr_block.label.map(|l| l.name);
                let index = self.next_index(seq);
                let body = self.unwanted_seq(Some((seq, index)), SeqEnd::Join, want);
                self.lower_stmts(expr_block.block.stmts, body);
                let result = want.then(|| self.new_temp(seq));
                self.push(
                    seq,
                    Node::Block {
                        label,
                        body,
                        result,
                    },
                );
                self.result_expr(result)
            }
            Expr::Unsafe(block) => {
                self.errors.push(syn::Error::new(
                    block.unsafe_token.span,
                    "a suspension inside an `unsafe` block is not supported; keep the `unsafe` block free of markers",
                ));
                self.unit()
            }
            Expr::Binary(binary)
                if is_short_circuit(&binary.op) && expr_suspends(&binary.right) =>
            {
                // `a && b` is `if a { b } else { false }`; `a || b` is `if a { true } else { b }`.
                let left = &binary.left;
                let right = &binary.right;
                // Parenthesised, so that a struct literal or a cast still parses in place.
                let as_if: syn::ExprIf = match binary.op {
                    syn::BinOp::And(_) => syn::parse_quote!(if (#left) { #right } else { false }),
                    _ => syn::parse_quote!(if (#left) { true } else { (#right) }),
                };
                self.lower_if(as_if, seq, true, false)
            }
            other => self.lower_operands(other, seq),
        }
    }

    fn result_expr(&self, result: Option<LocalId>) -> Expr {
        match result {
            Some(local) => self.temp_expr(local),
            None => self.unit(),
        }
    }

    /// An `if` / `match` that does not suspend (the caller has asked) but may move an
    /// enclosing local: it is lowered anyway, so that each branch knows whether it moved the
    /// local (a drop flag).
    fn needs_drop_flags(&self, expr: &Expr, seq: SeqId) -> bool {
        matches!(expr, Expr::If(_) | Expr::Match(_)) && self.moves_enclosing(expr, seq)
    }

    /// Lowers an `if` / `match` for which `needs_drop_flags` holds.
    fn lower_with_drop_flags(&mut self, expr: Expr, seq: SeqId, want: bool) -> Expr {
        match expr {
            Expr::If(expr_if) => self.lower_if(expr_if, seq, want, true),
            Expr::Match(expr_match) => self.lower_match(expr_match, seq, want, true),
            other => self.lower_expr(other, seq, want),
        }
    }

    /// True when a branch of `expr` (an `if` or `match`) may move a user local of an enclosing
    /// level (one that may be kept across a later suspension). The condition or scrutinee runs
    /// on every path, so a move there needs no drop flag.
    fn moves_enclosing(&self, expr: &Expr, seq: SeqId) -> bool {
        let branches: Vec<&Expr> = match expr {
            Expr::If(e) => {
                let mut b: Vec<&Expr> = Vec::new();
                b.extend(e.else_branch.as_ref().map(|(_, e)| &**e));
                return self.moves_enclosing_in(&e.then_branch.stmts, &b, seq);
            }
            Expr::Match(e) => e.arms.iter().map(|a| &*a.body).collect(),
            _ => vec![expr],
        };
        self.moves_enclosing_in(&[], &branches, seq)
    }

    fn moves_enclosing_in(&self, stmts: &[Stmt], exprs: &[&Expr], seq: SeqId) -> bool {
        let mut levels = vec![seq];
        let mut current = seq;
        while let Some((parent, _)) = self.seqs[current].parent {
            levels.push(parent);
            current = parent;
        }
        self.locals
            .iter()
            .filter(|l| l.user && levels.contains(&l.seq))
            .any(|l| {
                let name = l.name.to_string();
                stmts.iter().any(|s| crate::lower::stmt_moves(s, &name))
                    || exprs.iter().any(|e| crate::lower::expr_moves(e, &name))
            })
    }

    fn lower_match(
        &mut self,
        expr_match: syn::ExprMatch,
        seq: SeqId,
        want: bool,
        force: bool,
    ) -> Expr {
        let arms_suspend = force || expr_match.arms.iter().any(|a| expr_suspends(&a.body));
        let scrutinee = self.lower_expr(*expr_match.expr, seq, true);
        if !arms_suspend {
            return Expr::Match(syn::ExprMatch {
                expr: Box::new(scrutinee),
                ..expr_match
            });
        }
        let index = self.next_index(seq);
        let arms = expr_match
            .arms
            .into_iter()
            .map(|arm| self.lower_arm(arm, seq, index, want))
            .collect();
        let result = want.then(|| self.new_temp(seq));
        self.push(
            seq,
            Node::Match {
                scrutinee,
                arms,
                result,
            },
        );
        self.result_expr(result)
    }

    fn lower_if(&mut self, expr_if: syn::ExprIf, seq: SeqId, want: bool, force: bool) -> Expr {
        let branches_suspend = force
            || block_suspends(&expr_if.then_branch)
            || expr_if
                .else_branch
                .as_ref()
                .is_some_and(|(_, e)| expr_suspends(e));
        let cond = match *expr_if.cond {
            Expr::Let(expr_let) => {
                let scrutinee = self.lower_expr(*expr_let.expr, seq, true);
                Expr::Let(syn::ExprLet {
                    expr: Box::new(scrutinee),
                    ..expr_let
                })
            }
            cond => self.lower_expr(cond, seq, true),
        };
        if !branches_suspend {
            return Expr::If(syn::ExprIf {
                cond: Box::new(cond),
                ..expr_if
            });
        }
        let index = self.next_index(seq);
        let then = self.unwanted_seq(Some((seq, index)), SeqEnd::Join, want);
        // `if let P = e` binds P's names in the then-branch.
        let mut binds = Vec::new();
        collect_let_bindings(&cond, &mut |ident, mutable| {
            binds.push((ident.clone(), mutable))
        });
        self.seqs[then].intro = binds
            .into_iter()
            .map(|(ident, mutable)| self.new_local(ident, true, mutable, then))
            .collect();
        self.lower_stmts(expr_if.then_branch.stmts, then);
        let els = expr_if.else_branch.map(|(_, els)| {
            let els_seq = self.unwanted_seq(Some((seq, index)), SeqEnd::Join, want);
            match *els {
                Expr::Block(block) if block.label.is_none() => {
                    self.lower_stmts(block.block.stmts, els_seq)
                }
                other => {
                    let tail = self.lower_expr(other, els_seq, want);
                    self.seqs[els_seq].tail = Some(tail);
                }
            }
            els_seq
        });
        let result = want.then(|| self.new_temp(seq));
        self.push(
            seq,
            Node::If {
                cond,
                then,
                els,
                result,
            },
        );
        self.result_expr(result)
    }

    fn lower_arm(&mut self, arm: syn::Arm, seq: SeqId, index: usize, want: bool) -> MatchArm {
        let syn::Arm {
            attrs,
            pat,
            guard,
            body,
            ..
        } = arm;
        let guard = guard.map(|(_, g)| *g);
        let body = *body;
        let arm_seq = self.unwanted_seq(Some((seq, index)), SeqEnd::Join, want);
        let mut binds = Vec::new();
        collect_bindings(&pat, &mut |ident, mutable| {
            binds.push((ident.clone(), mutable))
        });
        self.seqs[arm_seq].intro = binds
            .into_iter()
            .map(|(ident, mutable)| self.new_local(ident, true, mutable, arm_seq))
            .collect();
        match body {
            Expr::Block(block) if block.label.is_none() && block.attrs.is_empty() => {
                self.lower_stmts(block.block.stmts, arm_seq);
            }
            other => {
                let tail = self.lower_expr(other, arm_seq, want);
                self.seqs[arm_seq].tail = Some(tail);
            }
        }
        MatchArm {
            attrs,
            pat,
            guard,
            body: arm_seq,
        }
    }

    fn lower_loop(
        &mut self,
        label: Option<Lifetime>,
        seq: SeqId,
        want: bool,
        fill: impl FnOnce(&mut Self, SeqId),
    ) -> Expr {
        let index = self.next_index(seq);
        let body = self.unwanted_seq(Some((seq, index)), SeqEnd::LoopBody, false);
        // Reserve the node first so that the body's parent index is right.
        self.push(
            seq,
            Node::Loop {
                label,
                body,
                result: None,
                init: None,
            },
        );
        fill(self, body);
        let result = want.then(|| self.new_temp(seq));
        if let Node::Loop { result: slot, .. } = &mut self.seqs[seq].nodes[index] {
            *slot = result;
        }
        self.result_expr(result)
    }

    /// Evaluates the operands of `expr` left to right: operands left of a suspension are
    /// evaluated into temporaries first unless they are places or constants (A4).
    fn lower_operands(&mut self, mut expr: Expr, seq: SeqId) -> Expr {
        // Each operand, and whether it is used as a place (then it stays where it is: a
        // receiver, an assignment target, a compared or indexed operand).
        let mut operands: Vec<(&mut Expr, bool)> = Vec::new();
        match &mut expr {
            Expr::Array(e) => operands.extend(e.elems.iter_mut().map(|e| (e, false))),
            Expr::Tuple(e) => operands.extend(e.elems.iter_mut().map(|e| (e, false))),
            Expr::Call(e) => {
                if expr_suspends(&e.func) {
                    operands.push((&mut e.func, false));
                }
                operands.extend(e.args.iter_mut().map(|e| (e, false)));
            }
            Expr::MethodCall(e) => {
                operands.push((&mut e.receiver, true));
                operands.extend(e.args.iter_mut().map(|e| (e, false)));
            }
            Expr::Binary(e) => {
                let place = is_place_operator(&e.op);
                operands.push((&mut e.left, place));
                operands.push((&mut e.right, false));
            }
            Expr::Assign(e) => {
                operands.push((&mut e.left, true));
                operands.push((&mut e.right, false));
            }
            Expr::Index(e) => {
                operands.push((&mut e.expr, true));
                operands.push((&mut e.index, false));
            }
            Expr::Struct(e) => {
                operands.extend(e.fields.iter_mut().map(|f| (&mut f.expr, false)));
                if let Some(rest) = &mut e.rest {
                    operands.push((rest, false));
                }
            }
            Expr::Range(e) => {
                if let Some(start) = &mut e.start {
                    operands.push((start, false));
                }
                if let Some(end) = &mut e.end {
                    operands.push((end, false));
                }
            }
            Expr::Field(e) => operands.push((&mut e.base, true)),
            Expr::Unary(e) => operands.push((&mut e.expr, false)),
            Expr::Cast(e) => operands.push((&mut e.expr, false)),
            Expr::Paren(e) => operands.push((&mut e.expr, false)),
            Expr::Group(e) => operands.push((&mut e.expr, false)),
            Expr::Reference(e) => operands.push((&mut e.expr, true)),
            Expr::Return(e) => operands.extend(e.expr.as_deref_mut().map(|e| (e, false))),
            Expr::Break(e) => operands.extend(e.expr.as_deref_mut().map(|e| (e, false))),
            Expr::Try(e) => operands.push((&mut e.expr, false)),
            Expr::Repeat(e) => operands.push((&mut e.expr, false)),
            Expr::Let(e) => operands.push((&mut e.expr, false)),
            Expr::Yield(e) => {
                self.errors.push(syn::Error::new(
                    e.yield_token.span,
                    "use `yield_!(value)` in a `#[coroutine]` body; the `yield` keyword is unstable",
                ));
            }
            other => {
                self.errors.push(syn::Error::new(
                    other.span(),
                    "a suspension marker inside this kind of expression is not supported; bind the marker's value with `let` first",
                ));
                return self.unit();
            }
        }
        // Each operand visited once.
        let suspends: Vec<bool> = operands.iter().map(|(e, _)| expr_suspends(e)).collect();
        let Some(last_suspending) = suspends.iter().rposition(|s| *s) else {
            return expr;
        };
        for (i, (operand, place)) in operands.into_iter().enumerate() {
            if suspends[i] {
                let taken = std::mem::replace(operand, crate::analyze::placeholder());
                *operand = self.lower_suspending(taken, seq, true);
            } else if i < last_suspending && !stays_in_place(operand, place) {
                let taken = std::mem::replace(operand, crate::analyze::placeholder());
                let local = self.new_temp_at(seq, taken.span());
                self.push(seq, Node::Temp { local, expr: taken });
                *operand = self.temp_expr(local);
            }
        }
        // `break t` / `return t` must stay one operand wherever they land (`if (break t) {}`).
        if matches!(expr, Expr::Break(_) | Expr::Return(_)) {
            return syn::parse_quote!((#expr));
        }
        expr
    }
}

/// Comparisons take their operands by reference: the left one is a place.
fn is_place_operator(op: &syn::BinOp) -> bool {
    use syn::BinOp::{
        AddAssign, BitAndAssign, BitOrAssign, BitXorAssign, DivAssign, Eq, Ge, Gt, Le, Lt,
        MulAssign, Ne, RemAssign, ShlAssign, ShrAssign, SubAssign,
    };
    matches!(
        op,
        Eq(_)
            | Ne(_)
            | Lt(_)
            | Le(_)
            | Gt(_)
            | Ge(_)
            | AddAssign(_)
            | SubAssign(_)
            | MulAssign(_)
            | DivAssign(_)
            | RemAssign(_)
            | BitXorAssign(_)
            | BitAndAssign(_)
            | BitOrAssign(_)
            | ShlAssign(_)
            | ShrAssign(_)
    )
}

fn is_short_circuit(op: &syn::BinOp) -> bool {
    matches!(op, syn::BinOp::And(_) | syn::BinOp::Or(_))
}

fn is_unit_path(expr: &Expr) -> bool {
    matches!(expr, Expr::Tuple(t) if t.elems.is_empty())
}

/// An operand left of a suspension that need not be evaluated into a temporary first:
/// literals, borrows of places, and places used as places (a receiver must stay the receiver:
/// `v.push(yield_!(x))` pushes to `v`, not to a copy). A value operand such as `x` in
/// `x + yield_!(y)` is read before the suspension, as A4 says.
fn stays_in_place(expr: &Expr, used_as_place: bool) -> bool {
    match expr {
        Expr::Lit(_) => true,
        Expr::Reference(r) => is_place(&r.expr),
        other => used_as_place && is_place(other),
    }
}

fn is_place(expr: &Expr) -> bool {
    match expr {
        Expr::Path(_) => true,
        Expr::Field(f) => is_place(&f.base),
        Expr::Paren(p) => is_place(&p.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => is_place(&u.expr),
        _ => false,
    }
}

/// Calls `f` with each binding a pattern introduces, in order. Upper-case single identifiers
/// are taken as constants or unit variants (`None`), as rustc's own lint convention has it.
pub fn collect_bindings(pat: &Pat, f: &mut dyn FnMut(&Ident, bool)) {
    match pat {
        Pat::Ident(p) => {
            let is_binding = p.by_ref.is_some()
                || p.mutability.is_some()
                || p.subpat.is_some()
                || !p.ident.to_string().starts_with(|c: char| c.is_uppercase());
            if is_binding {
                f(&p.ident, p.mutability.is_some());
            }
            if let Some((_, sub)) = &p.subpat {
                collect_bindings(sub, f);
            }
        }
        Pat::Or(p) => {
            if let Some(first) = p.cases.first() {
                collect_bindings(first, f);
            }
        }
        Pat::Paren(p) => collect_bindings(&p.pat, f),
        Pat::Reference(p) => collect_bindings(&p.pat, f),
        Pat::Slice(p) => p.elems.iter().for_each(|e| collect_bindings(e, f)),
        Pat::Struct(p) => p
            .fields
            .iter()
            .for_each(|field| collect_bindings(&field.pat, f)),
        Pat::Tuple(p) => p.elems.iter().for_each(|e| collect_bindings(e, f)),
        Pat::TupleStruct(p) => p.elems.iter().for_each(|e| collect_bindings(e, f)),
        Pat::Type(p) => collect_bindings(&p.pat, f),
        _ => {}
    }
}

/// Removes `mut` from a pattern's bindings.
struct StripMut;

impl syn::visit_mut::VisitMut for StripMut {
    fn visit_pat_ident_mut(&mut self, pat: &mut syn::PatIdent) {
        pat.mutability = None;
        syn::visit_mut::visit_pat_ident_mut(self, pat);
    }
}

/// A match arm `pat => { stmts }`, built without printing and re-parsing the statements (the
/// rewrite's internal macros must stay expressions).
fn arm_of(pat: Pat, stmts: Vec<Stmt>, brace: syn::token::Brace) -> syn::Arm {
    syn::Arm {
        attrs: Vec::new(),
        pat,
        guard: None,
        fat_arrow_token: Default::default(),
        body: Box::new(Expr::Block(syn::ExprBlock {
            attrs: Vec::new(),
            label: None,
            block: syn::Block {
                brace_token: brace,
                stmts,
            },
        })),
        comma: None,
    }
}

/// The bindings of the `let` patterns in an `if` condition (`if let P = e`, let-chains).
fn collect_let_bindings(cond: &Expr, f: &mut dyn FnMut(&Ident, bool)) {
    match cond {
        Expr::Let(expr_let) => collect_bindings(&expr_let.pat, f),
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            collect_let_bindings(&b.left, f);
            collect_let_bindings(&b.right, f);
        }
        Expr::Paren(p) => collect_let_bindings(&p.expr, f),
        _ => {}
    }
}

// Generated expressions built as trees: printing them to tokens and parsing those back (what
// `parse_quote!` does) cost a tenth of the normal form.

/// A path as an expression (or a pattern) with no attributes.
fn path_expr(path: syn::Path) -> syn::ExprPath {
    syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path,
    }
}

/// The `::core` paths a `for` loop's normal form names.
#[derive(Clone, Copy)]
enum CorePath {
    IntoIter,
    Next,
    Some,
    None,
}

impl CorePath {
    fn segments(self) -> &'static [&'static str] {
        match self {
            CorePath::IntoIter => &["core", "iter", "IntoIterator", "into_iter"],
            CorePath::Next => &["core", "iter", "Iterator", "next"],
            CorePath::Some => &["core", "option", "Option", "Some"],
            CorePath::None => &["core", "option", "Option", "None"],
        }
    }
}

/// `::a::b::c`.
fn global_path(segments: &[&'static str]) -> syn::Path {
    syn::Path {
        leading_colon: Some(Default::default()),
        segments: segments
            .iter()
            .map(|s| syn::PathSegment::from(crate::numbered::word(s, false)))
            .collect(),
    }
}

/// `path(arg)`.
fn call(path: syn::Path, arg: Expr, paren: syn::token::Paren) -> Expr {
    Expr::Call(syn::ExprCall {
        attrs: Vec::new(),
        func: Box::new(Expr::Path(path_expr(path))),
        paren_token: paren,
        args: std::iter::once(arg).collect(),
    })
}

/// `some(pat)`, `some` being `::core::option::Option::Some`.
fn some_pattern(some: syn::Path, pat: Pat, paren: syn::token::Paren) -> Pat {
    Pat::TupleStruct(syn::PatTupleStruct {
        attrs: Vec::new(),
        qself: None,
        path: some,
        paren_token: paren,
        elems: std::iter::once(pat).collect(),
    })
}

/// `mac.span()` without printing the macro to tokens first (unoptimised, some 6,000
/// instructions): the join of its first token's span and its delimiters', as `Spanned` does.
fn macro_span(mac: &syn::ExprMacro) -> Span {
    let path = &mac.mac.path;
    let outer = mac
        .attrs
        .iter()
        .find(|attr| matches!(attr.style, syn::AttrStyle::Outer));
    let first = match (outer, &path.leading_colon) {
        (Some(attr), _) => attr.pound_token.span,
        (None, Some(colon)) => colon.spans[0],
        (None, None) => match path.segments.first() {
            Some(segment) => segment.ident.span(),
            None => mac.mac.bang_token.span,
        },
    };
    let last = mac.mac.delimiter.span().join();
    first.join(last).unwrap_or(first)
}

/// `expr.span()` without printing the expression to tokens first (unoptimised, some 7,000
/// instructions) where its first and last tokens are at hand: a literal, a name, a range
/// between those (what a `for` loop most often iterates). As `Spanned` does, the join of the
/// two.
fn expr_span(expr: &Expr) -> Span {
    if let Some(span) = token_span(expr) {
        return span;
    }
    if let Expr::Range(range) = expr {
        let start = range.start.as_deref().and_then(token_span);
        let end = range.end.as_deref().and_then(token_span);
        if let (true, Some(first), Some(last)) = (range.attrs.is_empty(), start, end) {
            return first.join(last).unwrap_or(first);
        }
    }
    expr.span()
}

/// The span of an expression that is one token (a literal or a name).
fn token_span(expr: &Expr) -> Option<Span> {
    match expr {
        Expr::Lit(e) if e.attrs.is_empty() => Some(e.lit.span()),
        Expr::Path(e) if e.attrs.is_empty() && e.qself.is_none() => {
            e.path.get_ident().map(Ident::span)
        }
        _ => None,
    }
}

/// `()`, its parentheses at `span`.
fn unit(span: Span) -> Expr {
    Expr::Tuple(syn::ExprTuple {
        attrs: Vec::new(),
        paren_token: syn::token::Paren(span),
        elems: Default::default(),
    })
}

/// A hidden identifier for generated code.
pub fn hidden(name: &str, index: usize) -> Ident {
    // What `format_ident!` makes, without its fragments' machinery.
    Ident::new(&format!("__coro_{name}{index}"), Span::mixed_site())
}
