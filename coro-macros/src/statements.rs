//! A body's statements, parsed. syn's statement parser, as cargo builds proc macros
//! (unoptimised), asks at every expression whether each of thirty binary operators follows
//! and checks every identifier against every keyword: a quarter of a long body's expansion.
//! The commonest statements (`let x = e;`, `x += e;`, `e;`, `if`, `for`, `while` and `loop`
//! over such statements) are built here as the trees syn builds, with syn's grammar; a
//! statement in any other shape, or in doubt, is parsed by syn from where it starts. The
//! tests check the trees against syn's on every block of the repository's sources.
//!
//! Every function here reads a fork of the input and answers `None` when it cannot build the
//! statement exactly as syn would: nothing it reads is then kept, and syn reads the statement
//! again (and reports any error itself).

use proc_macro2::{Delimiter, Spacing, Span, TokenTree};
use syn::buffer::Cursor;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseBuffer, ParseStream};
use syn::punctuated::Punctuated;
use syn::{BinOp, Block, Expr, Stmt, Token, UnOp, token};

use crate::analyze::Built;

/// `Block::parse_within`: a block's statements, each built here when it can be, else by syn.
pub fn parse_within(input: ParseStream) -> syn::Result<Vec<Stmt>> {
    let mut stmts = Vec::new();
    // The statements built here are read one after another on a fork of the input, which the
    // input catches up with once, at the end or where syn reads a statement: advancing the
    // input past each one, and dropping a fork short of its end, cost 2,000 instructions a
    // statement.
    let mut ahead = input.fork();
    loop {
        while let semi @ Some(_) = ahead.parse::<Option<Token![;]>>()? {
            stmts.push(Stmt::Expr(Expr::Verbatim(Default::default()), semi));
        }
        if ahead.is_empty() {
            break;
        }
        // Where the statement starts, for syn if it is not built here.
        let start = ahead.fork();
        if let Some(stmt) = statement(&ahead) {
            finish(&start);
            #[cfg(test)]
            FAST.with(|fast| fast.set(fast.get() + 1));
            stmts.push(stmt);
            continue;
        }
        input.advance_to(&start);
        // syn's statement parser, one statement: it succeeds only on statements that need no
        // semicolon after them. Anything else (a block's value, an error) is the rest of the
        // block to syn. (Its markers keep their tokens.)
        crate::analyze::left_tokens();
        let by_syn = input.fork();
        match by_syn.parse::<Stmt>() {
            Ok(stmt) => {
                input.advance_to(&by_syn);
                stmts.push(stmt);
                ahead = input.fork();
            }
            Err(_) => {
                stmts.extend(Block::parse_within(input)?);
                return Ok(stmts);
            }
        }
    }
    input.advance_to(&ahead);
    Ok(stmts)
}

/// Moves `fork` to the end, where dropping it costs nothing (short of it, syn records the
/// token there as unexpected, in case the fork was a group's content).
fn finish(fork: ParseStream) -> Option<()> {
    fork.step(|_| Ok(((), Cursor::empty()))).ok()
}

/// A marker's operand (`yield_!(e)`, `Macro::parse_body` as an `Expr`): built here when it
/// can be, else by syn.
pub fn parse_operand(mac: &syn::Macro) -> syn::Result<Expr> {
    mac.parse_body_with(|input: ParseStream| {
        let ahead = input.fork();
        if let Some(expr) = expression(&ahead, true) {
            if ahead.is_empty() {
                input.advance_to(&ahead);
                return Ok(expr);
            }
        }
        input.parse()
    })
}

#[cfg(test)]
thread_local! {
    /// How many statements `parse_within` built here (for the tests).
    static FAST: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A body's statements (`parse_within`), where a literal written again is a copy of the first
/// (see `LITERALS`).
pub fn parse_body(input: ParseStream) -> syn::Result<Vec<Stmt>> {
    LITERALS.set(Some(Vec::new()));
    let stmts = parse_within(input);
    LITERALS.set(None);
    stmts
}

/// How many literals `LITERALS` keeps: a body repeats a few (`0`, `1`), and a look-up goes
/// through all of them.
const KEPT_LITERALS: usize = 16;

thread_local! {
    /// While `parse_body` runs, the first literals of the body, by their text, each with its
    /// tree once it is written twice (most are written once). Unoptimised, `Lit::new` costs
    /// some 4,500 instructions (it prints the literal and reads its digits and suffix
    /// again), a copy less than half. (Emptied after: inside a proc macro a literal holds the
    /// compiler's handles, dead once the invocation ends.)
    static LITERALS: std::cell::RefCell<Option<Vec<(String, Option<syn::Lit>)>>> =
        const { std::cell::RefCell::new(None) };
    /// How many macro calls the statement parser built (`intern_operand` tells from it whether
    /// an operand holds one).
    static MACROS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// One statement, as syn's `parse_stmt` builds it, or `None`.
fn statement(input: ParseStream) -> Option<Stmt> {
    let cursor = input.cursor();
    if !plain(cursor) {
        return None;
    }
    // A name is taken as it is read (one copy of it); the keywords' tokens are made from its
    // span.
    let lhs = if let Some(ident) = take_word(input) {
        let (word, span) = (ident.to_string(), ident.span());
        match word.as_str() {
            "let" => return local(input, token::Let { span }).map(Stmt::Local),
            "if" | "while" | "for" | "loop" => {
                let expr = block_like(input, &word, span)?;
                return block_like_statement(input, expr);
            }
            // An atom (`unary` would read the name again).
            _ => trailers(input, named(input, true, ident, &word)?)?,
        }
    } else if cursor.group(Delimiter::Brace).is_some() {
        let expr = Expr::Block(syn::ExprBlock {
            attrs: Vec::new(),
            label: None,
            block: body(input)?,
        });
        return block_like_statement(input, expr);
    } else {
        unary(input, true)?
    };
    let expr = binary(input, lhs, true, Precedence::Jump)?;
    if let Some(semi) = semicolon(input) {
        return Some(match expr {
            Expr::Macro(syn::ExprMacro { attrs, mac }) => Stmt::Macro(syn::StmtMacro {
                attrs,
                mac,
                semi_token: Some(semi),
            }),
            expr => Stmt::Expr(expr, Some(semi)),
        });
    }
    // A block's value: syn takes it without a semicolon only at the end of the block.
    input.is_empty().then_some(Stmt::Expr(expr, None))
}

/// A statement that starts with a block-like expression: it ends there, with an optional
/// semicolon. (syn continues it with a method call or `?`: left to syn.)
fn block_like_statement(input: ParseStream, expr: Expr) -> Option<Stmt> {
    let cursor = input.cursor();
    if is_dot(cursor) || punct_is(cursor, '?') {
        return None;
    }
    Some(Stmt::Expr(expr, semicolon(input)))
}

/// `let x = e;`, `let mut x: T = e;`, `let _ = e;`, `let x;`.
/// (After its `let`.)
fn local(input: ParseStream, let_token: Token![let]) -> Option<syn::Local> {
    let mut pat = binding(input)?;
    let cursor = input.cursor();
    if punct_is(cursor, ':') && !is_joint(cursor) {
        let colon_token: Token![:] = input.parse().ok()?;
        // A type may hold a macro (syn's, with its tokens).
        crate::analyze::left_tokens();
        let ty: syn::Type = input.parse().ok()?;
        pat = syn::Pat::Type(syn::PatType {
            attrs: Vec::new(),
            pat: Box::new(pat),
            colon_token,
            ty: Box::new(ty),
        });
    }
    let cursor = input.cursor();
    let init = if punct_is(cursor, '=') && !is_joint(cursor) {
        let eq_token: Token![=] = input.parse().ok()?;
        let expr = expression(input, true)?;
        if word_is(input.cursor(), "else") {
            return None;
        }
        Some(syn::LocalInit {
            eq_token,
            expr: Box::new(expr),
            diverge: None,
        })
    } else {
        None
    };
    Some(syn::Local {
        attrs: Vec::new(),
        let_token,
        pat,
        init,
        semi_token: semicolon(input)?,
    })
}

/// A pattern that is one name, `x` or `mut x`, or `_`, followed by what may follow a
/// `let`'s or a `for`'s pattern (`=`, `;`, `:` or `in`); else `None`.
fn binding(input: ParseStream) -> Option<syn::Pat> {
    let (word, after) = word_token(input.cursor())?;
    let ends = |cursor: Cursor| {
        (punct_is(cursor, '=') || punct_is(cursor, ';') || punct_is(cursor, ':'))
            && !is_joint(cursor)
            || word_is(cursor, "in")
    };
    if word == "_" {
        if !ends(after) {
            return None;
        }
        let underscore_token: Token![_] = input.parse().ok()?;
        return Some(syn::Pat::Wild(syn::PatWild {
            attrs: Vec::new(),
            underscore_token,
        }));
    }
    let (mutability, (name, after)): (Option<Token![mut]>, _) = if word == "mut" {
        (Some(input.parse().ok()?), word_token(after)?)
    } else {
        (None, (word, after))
    };
    if is_keyword(&name) || name == "_" || !ends(after) {
        return None;
    }
    Some(syn::Pat::Ident(syn::PatIdent {
        attrs: Vec::new(),
        by_ref: None,
        mutability,
        ident: take_ident(input)?,
        subpat: None,
    }))
}

/// `if`, `while`, `for` or `loop` (as `word` says, at `span`, which the input has moved past),
/// without label or attributes.
fn block_like(input: ParseStream, word: &str, span: Span) -> Option<Expr> {
    Some(match word {
        "if" => Expr::If(if_rest(input, token::If { span })?),
        "while" => {
            let while_token = token::While { span };
            let cond = expression(input, false)?;
            Expr::While(syn::ExprWhile {
                attrs: Vec::new(),
                label: None,
                while_token,
                cond: Box::new(cond),
                body: body(input)?,
            })
        }
        "for" => {
            let for_token = token::For { span };
            let pat = binding(input)?;
            if !word_is(input.cursor(), "in") {
                return None;
            }
            let in_token: Token![in] = input.parse().ok()?;
            let expr = expression(input, false)?;
            Expr::ForLoop(syn::ExprForLoop {
                attrs: Vec::new(),
                label: None,
                for_token,
                pat: Box::new(pat),
                in_token,
                expr: Box::new(expr),
                body: body(input)?,
            })
        }
        "loop" => Expr::Loop(syn::ExprLoop {
            attrs: Vec::new(),
            label: None,
            loop_token: token::Loop { span },
            body: body(input)?,
        }),
        _ => return None,
    })
}

/// `if c { .. } else if d { .. } else { .. }`, nested as syn nests it.
fn if_expr(input: ParseStream) -> Option<syn::ExprIf> {
    if_rest(input, input.parse().ok()?)
}

/// `if_expr` after its `if`.
fn if_rest(input: ParseStream, if_token: Token![if]) -> Option<syn::ExprIf> {
    let cond = expression(input, false)?;
    let then_branch = block(input)?;
    let mut expr = syn::ExprIf {
        attrs: Vec::new(),
        if_token,
        cond: Box::new(cond),
        then_branch,
        else_branch: None,
    };
    if word_is(input.cursor(), "else") {
        let else_token: Token![else] = input.parse().ok()?;
        let cursor = input.cursor();
        let otherwise = if word_is(cursor, "if") {
            Expr::If(if_expr(input)?)
        } else if group_at(cursor, Delimiter::Brace) {
            Expr::Block(syn::ExprBlock {
                attrs: Vec::new(),
                label: None,
                block: block(input)?,
            })
        } else {
            return None;
        };
        expr.else_branch = Some((else_token, Box::new(otherwise)));
    }
    Some(expr)
}

/// A `{ .. }` block (`Block::parse`).
fn block(input: ParseStream) -> Option<Block> {
    let (brace_token, content) = braces(input)?;
    Some(Block {
        brace_token,
        stmts: parse_within(&content).ok()?,
    })
}

/// A loop's or a block expression's body, where syn also reads inner attributes: none here.
fn body(input: ParseStream) -> Option<Block> {
    let (inside, _, _) = input.cursor().group(Delimiter::Brace)?;
    if punct_is(inside, '#') {
        return None;
    }
    block(input)
}

/// `Expr::parse` (`allow_struct`) or `Expr::parse_without_eager_brace`.
fn expression(input: ParseStream, allow_struct: bool) -> Option<Expr> {
    let lhs = unary(input, allow_struct)?;
    binary(input, lhs, allow_struct, Precedence::Jump)
}

/// How tightly an operator binds, loosest first: syn's `Precedence`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Precedence {
    Jump,
    Assign,
    Range,
    Or,
    And,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Sum,
    Product,
    Cast,
}

impl Precedence {
    fn of(op: &BinOp) -> Self {
        match op {
            BinOp::Add(_) | BinOp::Sub(_) => Precedence::Sum,
            BinOp::Mul(_) | BinOp::Div(_) | BinOp::Rem(_) => Precedence::Product,
            BinOp::And(_) => Precedence::And,
            BinOp::Or(_) => Precedence::Or,
            BinOp::BitXor(_) => Precedence::BitXor,
            BinOp::BitAnd(_) => Precedence::BitAnd,
            BinOp::BitOr(_) => Precedence::BitOr,
            BinOp::Shl(_) | BinOp::Shr(_) => Precedence::Shift,
            BinOp::Eq(_)
            | BinOp::Lt(_)
            | BinOp::Le(_)
            | BinOp::Ne(_)
            | BinOp::Ge(_)
            | BinOp::Gt(_) => Precedence::Compare,
            _ => Precedence::Assign,
        }
    }

    /// syn's `peek_precedence`.
    fn peek(cursor: Cursor) -> Self {
        match operator(cursor) {
            Operator::Binary(op, _) => Precedence::of(&op),
            Operator::Assign => Precedence::Assign,
            Operator::Range => Precedence::Range,
            Operator::Cast => Precedence::Cast,
            Operator::None => Precedence::Jump,
        }
    }
}

/// What may continue an expression at a cursor, read once: unoptimised, each look at a token
/// costs a few hundred instructions, and operators are looked for after every operand.
enum Operator {
    /// A binary operator or a compound assignment, and its length in tokens.
    Binary(BinOp, usize),
    /// `=`, not `==` or `=>`.
    Assign,
    /// `..` or `..=`.
    Range,
    /// `as`.
    Cast,
    None,
}

fn operator(cursor: Cursor) -> Operator {
    let Some((first, spacing, span, after)) = punct_with_span(cursor) else {
        return if word_is(cursor, "as") {
            Operator::Cast
        } else {
            Operator::None
        };
    };
    if let Some((op, len)) = binary_operator(first, spacing, span, after) {
        return Operator::Binary(op, len);
    }
    let joint_with = |ch| spacing == Spacing::Joint && punct_is(after, ch);
    match first {
        '=' if !joint_with('>') => Operator::Assign,
        '.' if joint_with('.') => Operator::Range,
        _ => Operator::None,
    }
}

/// syn's `parse_expr`: `lhs` continued by operators binding at least as tightly as `base`.
fn binary(input: ParseStream, mut lhs: Expr, allow_struct: bool, base: Precedence) -> Option<Expr> {
    loop {
        if let Expr::Range(_) = lhs {
            break;
        }
        match operator(input.cursor()) {
            Operator::Binary(op, len) => {
                let precedence = Precedence::of(&op);
                if precedence < base {
                    break;
                }
                if precedence == Precedence::Compare {
                    if let Expr::Binary(lhs) = &lhs {
                        if Precedence::of(&lhs.op) == Precedence::Compare {
                            return None;
                        }
                    }
                }
                skip(input, len)?;
                let right = binary_rhs(input, allow_struct, precedence)?;
                lhs = Expr::Binary(syn::ExprBinary {
                    attrs: Vec::new(),
                    left: Box::new(lhs),
                    op,
                    right,
                });
            }
            Operator::Assign if Precedence::Assign >= base => {
                let eq_token: Token![=] = input.parse().ok()?;
                let right = binary_rhs(input, allow_struct, Precedence::Assign)?;
                lhs = Expr::Assign(syn::ExprAssign {
                    attrs: Vec::new(),
                    left: Box::new(lhs),
                    eq_token,
                    right,
                });
            }
            Operator::Range if Precedence::Range >= base => {
                let limits = range_limits(input)?;
                let end = range_end(input, &limits, allow_struct)?;
                lhs = Expr::Range(syn::ExprRange {
                    attrs: Vec::new(),
                    start: Some(Box::new(lhs)),
                    limits,
                    end,
                });
            }
            Operator::Cast if Precedence::Cast >= base => return None,
            _ => break,
        }
    }
    Some(lhs)
}

/// syn's `parse_binop_rhs`.
fn binary_rhs(input: ParseStream, allow_struct: bool, precedence: Precedence) -> Option<Box<Expr>> {
    let mut rhs = unary(input, allow_struct)?;
    loop {
        let next = Precedence::peek(input.cursor());
        if next > precedence || next == precedence && precedence == Precedence::Assign {
            let cursor = input.cursor();
            rhs = binary(input, rhs, allow_struct, next)?;
            if cursor == input.cursor() {
                break;
            }
        } else {
            break;
        }
    }
    Some(Box::new(rhs))
}

/// `..` or `..=` (`...` is left to syn).
fn range_limits(input: ParseStream) -> Option<syn::RangeLimits> {
    let (_, _, after) = punct(input.cursor())?;
    let (_, spacing, after) = punct(after)?;
    if spacing == Spacing::Joint && punct_is(after, '=') {
        return Some(syn::RangeLimits::Closed(input.parse().ok()?));
    }
    if punct_is(after, '.') && spacing == Spacing::Joint {
        return None;
    }
    Some(syn::RangeLimits::HalfOpen(input.parse().ok()?))
}

/// syn's `parse_range_end`: `None` where a half-open range ends at once.
fn range_end(
    input: ParseStream,
    limits: &syn::RangeLimits,
    allow_struct: bool,
) -> Option<Option<Box<Expr>>> {
    let cursor = input.cursor();
    let ends = || {
        if cursor.eof() || word_is(cursor, "as") {
            return true;
        }
        if !allow_struct && group_at(cursor, Delimiter::Brace) {
            return true;
        }
        let Some((first, spacing, after)) = punct(cursor) else {
            return false;
        };
        let then_eq = spacing == Spacing::Joint && punct_is(after, '=');
        match first {
            ',' | ';' | '?' | '=' | '+' | '/' | '%' | '^' | '>' => true,
            '.' => !is_dot_dot(cursor),
            '-' | '*' | '&' | '|' | '!' => then_eq,
            '<' => then_eq || spacing == Spacing::Joint && is_shl_assign(after),
            _ => false,
        }
    };
    if matches!(limits, syn::RangeLimits::HalfOpen(_)) && ends() {
        return Some(None);
    }
    Some(Some(binary_rhs(input, allow_struct, Precedence::Range)?))
}

/// syn's `unary_expr`: `&e`, `&mut e`, `*e`, `!e`, `-e`, or an atom with its trailers.
fn unary(input: ParseStream, allow_struct: bool) -> Option<Expr> {
    let cursor = input.cursor();
    let (first, spacing, span, after) = match punct_with_span(cursor) {
        Some(punct) => punct,
        None => return trailers(input, atom(input, allow_struct)?),
    };
    if spacing == Spacing::Joint {
        return None;
    }
    match first {
        '&' => {
            if word_is(after, "raw") {
                return None;
            }
            let and_token: Token![&] = input.parse().ok()?;
            crate::analyze::built(Built::Borrow);
            let mutability: Option<Token![mut]> = if word_is(after, "mut") {
                Some(input.parse().ok()?)
            } else {
                None
            };
            Some(Expr::Reference(syn::ExprReference {
                attrs: Vec::new(),
                and_token,
                mutability,
                expr: Box::new(unary(input, allow_struct)?),
            }))
        }
        '*' | '!' | '-' => {
            let span = [span];
            skip(input, 1)?;
            let op = match first {
                '*' => UnOp::Deref(syn::token::Star { spans: span }),
                '!' => UnOp::Not(syn::token::Not { spans: span }),
                _ => UnOp::Neg(syn::token::Minus { spans: span }),
            };
            Some(Expr::Unary(syn::ExprUnary {
                attrs: Vec::new(),
                op,
                expr: Box::new(unary(input, allow_struct)?),
            }))
        }
        _ => None,
    }
}

/// syn's `trailer_helper`: calls, method calls, fields, indexing and `?` after `e`.
fn trailers(input: ParseStream, mut e: Expr) -> Option<Expr> {
    loop {
        let cursor = input.cursor();
        // The token is looked at once, as a group or as punctuation (a `None` group, which
        // `plain` refuses, ends the trailers).
        if let Some((_, delimiter, _, _)) = cursor.any_group() {
            e = match delimiter {
                Delimiter::Parenthesis => {
                    let (paren_token, args) = arguments(input)?;
                    Expr::Call(syn::ExprCall {
                        attrs: Vec::new(),
                        func: Box::new(e),
                        paren_token,
                        args,
                    })
                }
                Delimiter::Bracket => {
                    let (bracket_token, content) = brackets(input)?;
                    let index = expression(&content, true)?;
                    if !content.is_empty() {
                        return None;
                    }
                    Expr::Index(syn::ExprIndex {
                        attrs: Vec::new(),
                        expr: Box::new(e),
                        bracket_token,
                        index: Box::new(index),
                    })
                }
                _ => break,
            };
            continue;
        }
        let Some((first, spacing, after)) = punct(cursor) else {
            break;
        };
        if matches!(e, Expr::Range(_)) {
            break;
        }
        if first == '?' {
            crate::analyze::built(Built::Rewritten);
            e = Expr::Try(syn::ExprTry {
                attrs: Vec::new(),
                expr: Box::new(e),
                question_token: input.parse().ok()?,
            });
            continue;
        }
        // `.`, not `..`.
        if first != '.' || spacing == Spacing::Joint && punct_is(after, '.') {
            break;
        }
        if let Some((literal, _)) = literal(after) {
            // `.0`: an unsuffixed decimal index (`.0.1` and the rest go to syn).
            let text = literal.to_string();
            if !text.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let dot_token: Token![.] = input.parse().ok()?;
            let index = syn::Index {
                index: text.parse().ok()?,
                span: literal.span(),
            };
            skip(input, 1)?;
            e = Expr::Field(syn::ExprField {
                attrs: Vec::new(),
                base: Box::new(e),
                dot_token,
                member: syn::Member::Unnamed(index),
            });
            continue;
        }
        let (name, after_name) = word_token(after)?;
        if is_keyword(&name) || name == "_" || punct_is(after_name, ':') {
            return None;
        }
        let dot_token: Token![.] = input.parse().ok()?;
        let member = take_ident(input)?;
        if group_at(after_name, Delimiter::Parenthesis) {
            if crate::escapes::is_borrowing_method(&name) {
                crate::analyze::built(Built::Borrow);
            }
            let (paren_token, args) = arguments(input)?;
            e = Expr::MethodCall(syn::ExprMethodCall {
                attrs: Vec::new(),
                receiver: Box::new(e),
                dot_token,
                method: member,
                turbofish: None,
                paren_token,
                args,
            });
        } else {
            e = Expr::Field(syn::ExprField {
                attrs: Vec::new(),
                base: Box::new(e),
                dot_token,
                member: syn::Member::Named(member),
            });
        }
    }
    Some(e)
}

/// `(a, b, ..)`: a call's arguments, or a tuple's elements
/// (`parse_terminated(Expr::parse, Token![,])`).
fn arguments(input: ParseStream) -> Option<(token::Paren, Punctuated<Expr, Token![,]>)> {
    let (paren_token, content) = parens(input)?;
    let mut args = Punctuated::new();
    while !content.is_empty() {
        args.push_value(expression(&content, true)?);
        if content.is_empty() {
            break;
        }
        if !punct_is(content.cursor(), ',') {
            return None;
        }
        args.push_punct(content.parse().ok()?);
    }
    Some((paren_token, args))
}

/// syn's `atom_expr`, for literals, names, `name!(..)`, parentheses and tuples, `if`, and
/// `break`, `continue` and `return` without a label.
fn atom(input: ParseStream, allow_struct: bool) -> Option<Expr> {
    let cursor = input.cursor();
    if !plain(cursor) {
        return None;
    }
    // A name is taken as it is read (one copy of it: looking at it first copies it too).
    if let Some(ident) = take_word(input) {
        let word = ident.to_string();
        return named(input, allow_struct, ident, &word);
    }
    if cursor.group(Delimiter::Parenthesis).is_some() {
        return paren_or_tuple(input);
    }
    // A literal, or nothing this module reads: taken as it is read (one copy of it).
    let literal = input
        .step(|cursor| cursor.literal().ok_or_else(|| cursor.error("")))
        .ok()?;
    Some(Expr::Lit(syn::ExprLit {
        attrs: Vec::new(),
        lit: lit(literal),
    }))
}

/// `Lit::new(literal)`; in the body's parse, a copy of an earlier literal written the same
/// way (at its own span), if it is one of the first few kept (see `LITERALS`).
fn lit(literal: proc_macro2::Literal) -> syn::Lit {
    LITERALS.with_borrow_mut(|kept| {
        let Some(kept) = kept else {
            return syn::Lit::new(literal);
        };
        let text = literal.to_string();
        match kept.iter_mut().find(|(kept, _)| *kept == text) {
            Some((_, Some(lit))) => {
                let mut lit = lit.clone();
                lit.set_span(literal.span());
                lit
            }
            // Written a second time: kept from now on.
            Some((_, slot)) => slot.insert(syn::Lit::new(literal)).clone(),
            None => {
                if kept.len() < KEPT_LITERALS {
                    kept.push((text, None));
                }
                syn::Lit::new(literal)
            }
        }
    })
}

/// `atom` at the identifier `ident` (`word`), which the input has moved past.
fn named(
    input: ParseStream,
    allow_struct: bool,
    ident: proc_macro2::Ident,
    word: &str,
) -> Option<Expr> {
    let (span, after) = (ident.span(), input.cursor());
    // Most names are none of the keywords below: one look at the keywords first.
    if is_keyword(word) || word == "_" {
        match word {
            "true" | "false" => {
                return Some(Expr::Lit(syn::ExprLit {
                    attrs: Vec::new(),
                    lit: syn::Lit::Bool(syn::LitBool::new(word == "true", span)),
                }));
            }
            "if" => return if_rest(input, token::If { span }).map(Expr::If),
            "break" | "continue" | "return" => {
                // Without a label or a value (`return e` takes a value as syn does).
                let bare = after.eof() || punct_is(after, ';') && !is_joint(after);
                return match (word, bare) {
                    ("break", true) => Some(Expr::Break(syn::ExprBreak {
                        attrs: Vec::new(),
                        break_token: token::Break { span },
                        label: None,
                        expr: None,
                    })),
                    ("continue", true) => Some(Expr::Continue(syn::ExprContinue {
                        attrs: Vec::new(),
                        continue_token: token::Continue { span },
                        label: None,
                    })),
                    ("return", _) => {
                        crate::analyze::built(Built::Rewritten);
                        let return_token = token::Return { span };
                        let expr = if bare {
                            None
                        } else if begins_value(after) {
                            Some(Box::new(expression(input, true)?))
                        } else {
                            return None;
                        };
                        Some(Expr::Return(syn::ExprReturn {
                            attrs: Vec::new(),
                            return_token,
                            expr,
                        }))
                    }
                    _ => None,
                };
            }
            "self" => crate::analyze::built(Built::Rewritten),
            _ => return None,
        }
    }
    // `name!(..)` or `name![..]`: a macro call.
    if let Some((bang, spacing, after_bang)) = punct(after) {
        if bang == '!' && !(spacing == Spacing::Joint && punct_is(after_bang, '=')) {
            if word == "self" {
                return None;
            }
            let (tree, _) = after_bang.token_tree()?;
            let TokenTree::Group(group) = tree else {
                return None;
            };
            let delimiter = match group.delimiter() {
                Delimiter::Parenthesis => syn::MacroDelimiter::Paren(token::Paren {
                    span: group.delim_span(),
                }),
                Delimiter::Bracket => syn::MacroDelimiter::Bracket(token::Bracket {
                    span: group.delim_span(),
                }),
                _ => return None,
            };
            let bang_token: Token![!] = input.parse().ok()?;
            MACROS.set(MACROS.get() + 1);
            let mut mac = syn::Macro {
                path: ident.into(),
                bang_token,
                delimiter,
                tokens: group.stream(),
            };
            if matches!(word, "async_for" | "async_with" | "try_" | "yield_from") {
                crate::analyze::desugar_later();
            }
            if !crate::analyze::interning_while_parsing() {
                skip(input, 1)?;
            } else {
                // `analyze::MarkerKind`'s names.
                let marker = matches!(word, "yield_" | "await_" | "yield_from" | "yield_catch");
                crate::analyze::parsed_macro(&mac, word, marker);
                if marker && !mac.tokens.is_empty() {
                    intern_operand(input, &mut mac)?;
                } else {
                    skip(input, 1)?;
                }
            }
            return Some(Expr::Macro(syn::ExprMacro {
                attrs: Vec::new(),
                mac,
            }));
        }
        if bang == ':' && spacing == Spacing::Joint {
            return None; // a path: left to syn
        }
    }
    if allow_struct && group_at(after, Delimiter::Brace) {
        return None; // a struct expression
    }
    Some(Expr::Path(syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path: ident.into(),
    }))
}

/// Reads the operand of the marker `mac` from its group, at the input, and interns it (see
/// `analyze::OPERANDS`) as `analyze::intern_operands` would: read here, it is not read again
/// from a buffer made of the marker's tokens. An operand read only in part (or with a marker
/// of its own that was) is left to `intern_operands`.
fn intern_operand(input: ParseStream, mac: &mut syn::Macro) -> Option<()> {
    let content = match mac.delimiter {
        syn::MacroDelimiter::Paren(_) => parens(input)?.1,
        _ => brackets(input)?.1,
    };
    // On a fork: an operand read in part leaves nothing in the statement's input.
    let ahead = content.fork();
    let (left, macros) = (crate::analyze::left_count(), MACROS.get());
    match expression(&ahead, true) {
        Some(operand) if ahead.is_empty() && crate::analyze::left_count() == left => {
            if MACROS.get() != macros {
                crate::analyze::hides_macros();
            }
            crate::analyze::intern(mac, operand);
        }
        _ => crate::analyze::left_tokens(),
    }
    // The content is done with (its tokens are in `mac`).
    finish(&content)
}

/// syn's `paren_or_tuple`: `(e)` is a parenthesised expression; `()`, `(a,)` and `(a, b)`
/// are tuples.
fn paren_or_tuple(input: ParseStream) -> Option<Expr> {
    let (paren_token, mut elems) = arguments(input)?;
    if elems.len() == 1 && !elems.trailing_punct() {
        return Some(Expr::Paren(syn::ExprParen {
            attrs: Vec::new(),
            paren_token,
            expr: Box::new(elems.pop()?.into_value()),
        }));
    }
    Some(Expr::Tuple(syn::ExprTuple {
        attrs: Vec::new(),
        paren_token,
        elems,
    }))
}

/// Whether a value this module parses starts here (a subset of syn's `Expr::peek`).
fn begins_value(cursor: Cursor) -> bool {
    if literal(cursor).is_some() || group_at(cursor, Delimiter::Parenthesis) {
        return true;
    }
    if let Some((word, _)) = word_token(cursor) {
        return !is_keyword(&word) || word == "self" || word == "true" || word == "false";
    }
    matches!(
        punct(cursor),
        Some(('-' | '!' | '*' | '&', Spacing::Alone, _))
    )
}

/// The binary operator (compound assignments included) that starts with the punctuation
/// `first` (at `span`, followed by `after`), and its length in tokens, tried in syn's order: a
/// character joins the next only when joint.
fn binary_operator(
    first: char,
    spacing: Spacing,
    span: Span,
    after: Cursor,
) -> Option<(BinOp, usize)> {
    let second = (spacing == Spacing::Joint)
        .then(|| punct_with_span(after))
        .flatten();
    if let Some((second, second_spacing, second_span, after_second)) = second {
        let spans = [span, second_span];
        // `<<=` and `>>=` before `<<` and `>>`.
        let third = (matches!((first, second), ('<', '<') | ('>', '>'))
            && second_spacing == Spacing::Joint)
            .then(|| punct_with_span(after_second))
            .flatten();
        if let Some(('=', _, third_span, _)) = third {
            let spans = [span, second_span, third_span];
            return Some(if first == '<' {
                (BinOp::ShlAssign(token::ShlEq { spans }), 3)
            } else {
                (BinOp::ShrAssign(token::ShrEq { spans }), 3)
            });
        }
        let op = match (first, second) {
            ('+', '=') => Some(BinOp::AddAssign(token::PlusEq { spans })),
            ('-', '=') => Some(BinOp::SubAssign(token::MinusEq { spans })),
            ('*', '=') => Some(BinOp::MulAssign(token::StarEq { spans })),
            ('/', '=') => Some(BinOp::DivAssign(token::SlashEq { spans })),
            ('%', '=') => Some(BinOp::RemAssign(token::PercentEq { spans })),
            ('^', '=') => Some(BinOp::BitXorAssign(token::CaretEq { spans })),
            ('&', '=') => Some(BinOp::BitAndAssign(token::AndEq { spans })),
            ('|', '=') => Some(BinOp::BitOrAssign(token::OrEq { spans })),
            ('&', '&') => Some(BinOp::And(token::AndAnd { spans })),
            ('|', '|') => Some(BinOp::Or(token::OrOr { spans })),
            ('<', '<') => Some(BinOp::Shl(token::Shl { spans })),
            ('>', '>') => Some(BinOp::Shr(token::Shr { spans })),
            ('=', '=') => Some(BinOp::Eq(token::EqEq { spans })),
            ('<', '=') => Some(BinOp::Le(token::Le { spans })),
            ('!', '=') => Some(BinOp::Ne(token::Ne { spans })),
            ('>', '=') => Some(BinOp::Ge(token::Ge { spans })),
            _ => None,
        };
        if let Some(op) = op {
            return Some((op, 2));
        }
    }
    let spans = [span];
    let op = match first {
        '+' => BinOp::Add(token::Plus { spans }),
        '-' => BinOp::Sub(token::Minus { spans }),
        '*' => BinOp::Mul(token::Star { spans }),
        '/' => BinOp::Div(token::Slash { spans }),
        '%' => BinOp::Rem(token::Percent { spans }),
        '^' => BinOp::BitXor(token::Caret { spans }),
        '&' => BinOp::BitAnd(token::And { spans }),
        '|' => BinOp::BitOr(token::Or { spans }),
        '<' => BinOp::Lt(token::Lt { spans }),
        '>' => BinOp::Gt(token::Gt { spans }),
        _ => return None,
    };
    Some((op, 1))
}

// Reading tokens without syn's parsers.

fn punct(cursor: Cursor) -> Option<(char, Spacing, Cursor)> {
    // The punctuation first: most calls find none, and then need not look for a `None` group
    // (this is asked 55,000 times at 1,000 points).
    let (punct, rest) = cursor.punct()?;
    if !plain(cursor) {
        return None;
    }
    Some((punct.as_char(), punct.spacing(), rest))
}

/// `punct`, with the punctuation's span.
fn punct_with_span(cursor: Cursor) -> Option<(char, Spacing, Span, Cursor)> {
    let (punct, rest) = cursor.punct()?;
    if !plain(cursor) {
        return None;
    }
    Some((punct.as_char(), punct.spacing(), punct.span(), rest))
}

fn punct_is(cursor: Cursor, ch: char) -> bool {
    matches!(punct(cursor), Some((c, _, _)) if c == ch)
}

fn is_joint(cursor: Cursor) -> bool {
    matches!(punct(cursor), Some((_, Spacing::Joint, _)))
}

/// `.` not followed by `.` (syn's `peek(Token![.]) && !peek(Token![..])`).
fn is_dot(cursor: Cursor) -> bool {
    punct_is(cursor, '.') && !is_dot_dot(cursor)
}

fn is_dot_dot(cursor: Cursor) -> bool {
    matches!(punct(cursor), Some(('.', Spacing::Joint, after)) if punct_is(after, '.'))
}

fn is_shl_assign(cursor: Cursor) -> bool {
    matches!(punct(cursor), Some(('<', Spacing::Joint, after)) if punct_is(after, '='))
}

/// The identifier at `cursor` as text, and what follows it.
fn word_token(cursor: Cursor) -> Option<(String, Cursor)> {
    if !plain(cursor) {
        return None;
    }
    cursor
        .ident()
        .map(|(ident, rest)| (ident.to_string(), rest))
}

fn word_is(cursor: Cursor, text: &str) -> bool {
    plain(cursor) && matches!(cursor.ident(), Some((ident, _)) if ident == text)
}

fn literal(cursor: Cursor) -> Option<(proc_macro2::Literal, Cursor)> {
    if !plain(cursor) {
        return None;
    }
    cursor.literal()
}

fn group_at(cursor: Cursor, delimiter: Delimiter) -> bool {
    plain(cursor) && cursor.group(delimiter).is_some()
}

/// Not at a `None`-delimited group (a fragment a `macro_rules!` passed on), which syn's
/// cursors look through but syn's expression parser treats as one operand: every reader
/// here answers "nothing" there, so that the statement goes to syn.
fn plain(cursor: Cursor) -> bool {
    cursor.group(Delimiter::None).is_none()
}

/// Moves past `n` tokens the caller has read.
fn skip(input: ParseStream, n: usize) -> Option<()> {
    input
        .step(|cursor| {
            let mut rest = *cursor;
            for _ in 0..n {
                rest = match rest.token_tree() {
                    Some((_, next)) => next,
                    None => return Err(cursor.error("")),
                };
            }
            Ok(((), rest))
        })
        .ok()
}

/// The identifier at the input, taken, or `None` (without the error `take_ident` makes).
fn take_word(input: ParseStream) -> Option<proc_macro2::Ident> {
    input
        .step(|cursor| {
            Ok(match cursor.ident() {
                Some((ident, rest)) => (Some(ident), rest),
                None => (None, *cursor),
            })
        })
        .ok()
        .flatten()
}

/// The identifier the caller has read (no keyword check: the caller has made it).
fn take_ident(input: ParseStream) -> Option<proc_macro2::Ident> {
    input
        .step(|cursor| cursor.ident().ok_or_else(|| cursor.error("")))
        .ok()
}

/// `parens`, `braces` and `brackets`: the group the caller has seen at the input, and a
/// stream over its content.
macro_rules! delimited {
    ($name:ident, $token:ty, $syn_macro:ident) => {
        fn $name<'a>(input: ParseStream<'a>) -> Option<($token, ParseBuffer<'a>)> {
            let parse = |input: ParseStream<'a>| -> syn::Result<_> {
                let content;
                let token = syn::$syn_macro!(content in input);
                Ok((token, content))
            };
            parse(input).ok()
        }
    };
}

delimited!(parens, token::Paren, parenthesized);
delimited!(braces, token::Brace, braced);
delimited!(brackets, token::Bracket, bracketed);

fn semicolon(input: ParseStream) -> Option<Token![;]> {
    if punct_is(input.cursor(), ';') {
        input.parse().ok()
    } else {
        None
    }
}

/// Rust's keywords, strict and reserved, of every edition: an identifier token that is one of
/// them is left to syn (`self`, `true`, `return` are not plain variables).
fn is_keyword(word: &str) -> bool {
    // Narrowed by the first letter: unoptimised, each comparison costs some 35 instructions,
    // and a `matches!` over the whole list makes 50 of them for an identifier that is none
    // (`contains` over a list of candidates costs as much again as the comparisons).
    match word.as_bytes().first() {
        Some(b'S') => word == "Self",
        Some(b'a') => matches!(word, "abstract" | "as" | "async" | "await"),
        Some(b'b') => matches!(word, "become" | "box" | "break"),
        Some(b'c') => matches!(word, "const" | "continue" | "crate"),
        Some(b'd') => matches!(word, "do" | "dyn"),
        Some(b'e') => matches!(word, "else" | "enum" | "extern"),
        Some(b'f') => matches!(word, "false" | "final" | "fn" | "for"),
        Some(b'g') => word == "gen",
        Some(b'i') => matches!(word, "if" | "impl" | "in"),
        Some(b'l') => matches!(word, "let" | "loop"),
        Some(b'm') => matches!(word, "macro" | "match" | "mod" | "move" | "mut"),
        Some(b'o') => word == "override",
        Some(b'p') => matches!(word, "priv" | "pub"),
        Some(b'r') => matches!(word, "ref" | "return"),
        Some(b's') => matches!(word, "self" | "static" | "struct" | "super"),
        Some(b't') => matches!(word, "trait" | "true" | "try" | "type" | "typeof"),
        Some(b'u') => matches!(word, "unsafe" | "unsized" | "use"),
        Some(b'v') => word == "virtual",
        Some(b'w') => matches!(word, "where" | "while"),
        Some(b'y') => word == "yield",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::{Group, TokenStream};
    use syn::parse::Parser;

    /// Parses `tokens` as a block's content both ways: the same trees, or the same error.
    /// Answers how many statements were built here.
    fn compare(tokens: TokenStream) -> usize {
        let by_syn = Block::parse_within.parse2(tokens.clone());
        FAST.with(|fast| fast.set(0));
        let here = parse_body.parse2(tokens.clone());
        match (by_syn, here) {
            (Ok(expected), Ok(built)) => assert_eq!(built, expected, "{tokens}"),
            (Err(expected), Err(reported)) => {
                assert_eq!(reported.to_string(), expected.to_string(), "{tokens}")
            }
            (expected, built) => panic!("{tokens}: syn {expected:?}, here {built:?}"),
        }
        FAST.with(std::cell::Cell::get)
    }

    /// Every brace group in `tokens`, nested ones included, compared; the statements built here.
    fn compare_every_block(tokens: TokenStream) -> usize {
        let mut built = 0;
        for tree in tokens {
            if let TokenTree::Group(group) = tree {
                if group.delimiter() == Delimiter::Brace {
                    built += compare(group.stream());
                }
                built += compare_every_block(group.stream());
            }
        }
        built
    }

    fn sources(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|name| name != "target") {
                    sources(&path, files);
                }
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }

    /// Every block of every Rust file in the repository (behaviour tests, compile-fail
    /// cases, examples, benchmarks, the runtime and this crate) parses here as syn parses it.
    #[test]
    fn every_block_in_the_repository_matches_syn() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = Vec::new();
        for dir in [
            "tests",
            "ui-tests",
            "examples",
            "benches",
            "difftest",
            "coro-core",
            "coro-macros",
        ] {
            sources(&root.join(dir), &mut files);
        }
        assert!(files.len() > 100, "{} files", files.len());
        let mut built = 0;
        for file in &files {
            let text = std::fs::read_to_string(file).unwrap();
            let Ok(tokens) = text.parse::<TokenStream>() else {
                continue;
            };
            built += compare_every_block(tokens);
        }
        // Not vacuous: most statements of the suite take the direct way.
        assert!(built > 10_000, "{built} statements built directly");
    }

    /// Each shape built here, its edges, and shapes left to syn, against syn.
    #[test]
    fn shapes_and_their_edges_match_syn() {
        let cases = [
            "let x = 1; let mut y: u64 = x; let _ = f(); let z; x",
            "a = b = c; a += b -= c; a <<= 1; a >>= 2; a ^= b & c | d;",
            "x = a.b.c(d, e,).f[g][h](); y = (a, b); z = (a,); w = (); v = (a);",
            "t.0 = u.1 + v.0.1; w = x.0u8;",
            "r = 0..n; s = a..=b; u = ..; p = a..; q = a.. + 1; f(a.., b..);",
            "x = a..b.c(); y = a..-b; z = (a..b).len(); for i in 0.. {}",
            "x = -a.b() * !c - *d & &e | &mut f; y = --a; z = !!b; w = &&c;",
            "x = a < b && c >= d || !(e != f); g = a == b;",
            "a < b < c;",
            "if a { b; } else if c { d } else { e } if x {} f; if y {};",
            "if s { 1 } else { 2 }.to_string(); if t {}?;",
            "for i in 0..10u64 { s += i; } for _ in v.iter() { } for mut x in it {}",
            "for (a, b) in pairs {} for x in S { } while i < n { i += 1; } loop { break; }",
            "while let Some(x) = it.next() {} 'a: loop { continue 'a; } loop { break 1; }",
            "{ let x = 1; x } { }; return; return x + 1; break; continue;",
            "let v = yield_!(acc ^ 1); acc += yield_!(acc); m![1, 2]; m!{ x } n!(a);",
            "x = yield_!(a).b(); let y = await_!(f()).unwrap(); z = m!(x)?;",
            "let x = if a { 1 } else { 2 }; let y = match z { _ => 0 };",
            "let x = S { a: 1 }; if x == S {} let y = a as u64 + 1; f::<u8>(); a::b();",
            "let x = 1 else { return; }; let Some(y) = z else { return };",
            "#[allow(unused)] let x = 1; let y = #[a] 2;",
            "let x = true && false; let y = 'c'; let z = b\"bytes\"; let w = 1.5e3;",
            "self.x += 1; self.f(); let s = self;",
            "x.await; f(|a| a + 1); move || 1; async {}; unsafe { a } const { 1 };",
            "let x = ; a +; let = 1; if {} ",
            "x = [1, 2]; y = [0u8; 4]; z = a[..]; w = a[1..];",
            "a.b::<u8>(); a.match; a.0.1.2; r#type = 1; let r#fn = 2;",
            "let x = 1 ;; ; y",
            "union = 1; auto = 2; default = 3; raw = &raw const x;",
            "macro_rules! m { () => {} } fn f() {} struct S; use a::b;",
            "x = a = b..c; y = a..b..c;",
            "f(x)(y); (f)(x); a.b(c)(d);",
        ];
        for case in cases {
            compare(case.parse().unwrap());
        }
    }

    /// Random statements of operands, operators and brackets, spaced at random so that
    /// operator characters join or stand apart: built here exactly where syn builds them,
    /// with the same trees, and the same errors elsewhere.
    #[test]
    fn random_statements_match_syn() {
        const OPERANDS: &[&str] = &[
            "a",
            "b",
            "x.y",
            "f(a)",
            "v[i]",
            "1",
            "2u8",
            "true",
            "s.0",
            "m!(a)",
            "self",
            "(a, b)",
            "()",
            "if a { 1 } else { 2 }",
            "{ 3 }",
            "g(a, b,)",
            "t.len()",
            "&mut a",
        ];
        const OPERATORS: &[&str] = &[
            "+", "-", "*", "/", "%", "^", "&", "|", "&&", "||", "<<", ">>", "==", "!=", "<", "<=",
            ">", ">=", "=", "+=", "-=", "<<=", ">>=", "|=", "..", "..=", "!", "?", "as u8", ",",
            ".", "=>", "...", "return", "break", "let", "_",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        let mut built = 0;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..1 + next(3) {
                if next(3) == 0 {
                    text.push_str(["let x = ", "let mut y: u8 = ", "for i in ", "while "][next(4)]);
                }
                for _ in 0..1 + next(5) {
                    let word = if next(2) == 0 {
                        OPERANDS[next(OPERANDS.len())]
                    } else {
                        OPERATORS[next(OPERATORS.len())]
                    };
                    text.push_str(word);
                    text.push_str(["", " "][next(2)]);
                }
                text.push_str(["; ", " {} ", " ", ";; "][next(4)]);
            }
            if let Ok(tokens) = text.parse::<TokenStream>() {
                built += compare(tokens);
            }
        }
        assert!(built > 1200, "{built} statements built directly");
    }

    /// Whether `expression` builds all of `operand` itself.
    fn built_here(operand: &str) -> bool {
        let parser = |input: ParseStream| {
            let ahead = input.fork();
            let built = expression(&ahead, true).is_some() && ahead.is_empty();
            input.parse::<TokenStream>()?;
            Ok(built)
        };
        parser.parse_str(operand).unwrap()
    }

    /// A marker's operand: the tree syn builds (`Macro::parse_body`), or syn's error.
    fn compare_operand(operand: &str) {
        let mac: syn::Macro = syn::parse_str(&format!("yield_!({operand})")).unwrap();
        match (mac.parse_body::<Expr>(), parse_operand(&mac)) {
            (Ok(expected), Ok(built)) => assert_eq!(built, expected, "{operand}"),
            (Err(expected), Err(reported)) => {
                assert_eq!(reported.to_string(), expected.to_string(), "{operand}")
            }
            (expected, built) => panic!("{operand}: syn {expected:?}, here {built:?}"),
        }
    }

    /// Operands built here: names, literals, binary operators at every pair of precedence
    /// levels both ways, and the shapes of statements' expressions.
    #[test]
    fn operands_built_here_match_syn() {
        for operand in [
            "total",
            "r#type",
            "3",
            "2.5f32",
            "\"text\"",
            "'c'",
            "b'x'",
            "true",
            "self",
            "acc ^ 1",
            "a + b * c",
            "a * b + c",
            "a - b - c",
            "a / b % c * d",
            "a << 2 | b & 1 ^ c",
            "a | b ^ c & d << e + f * g",
            "a * b + c << d & e ^ f | g",
            "a >> 1 >= b",
            "a == b && c != d || e",
            "a || b && c",
            "x % 4 == 0",
            "a < b",
            "a <= b",
            "a > b",
            "total + last + hist",
            "1 + 2.5f32 * 'c'",
            "r#type + 1",
            "a + -1",
            "a.b + 1",
            "f(x) + 1",
            "a += 1",
            "a <<= 1",
            "a..b",
            "a = b",
            "a + (b)",
            "a + true",
            "!a",
            "-1",
            "(x)",
            "hist[(v % 4) as usize]",
            "x.0",
            "m!(a).b()",
            "return",
            "break",
            "return a + 1",
        ] {
            // A cast takes a type, which only syn reads.
            let expected = !operand.contains(" as ");
            assert_eq!(built_here(operand), expected, "{operand}");
            compare_operand(operand);
        }
    }

    /// Other operands and broken ones go to syn, which builds or reports them.
    #[test]
    fn other_operands_go_to_syn() {
        for operand in [
            "return if a { 1 } else { 2 }",
            "break 'a",
            "Self",
            "a as u64 + 1",
            "S { a: 1 }",
            "a::b",
            "f::<u8>()",
            "|x| x",
            "match a { _ => 1 }",
            "[1, 2]",
            "let",
            "fn",
            "a b",
            "a < b < c",
            "a == b != c",
            "a +",
            "+ a",
            "",
            "a,",
        ] {
            assert!(!built_here(operand), "{operand}");
            compare_operand(operand);
        }
    }

    /// A `macro_rules!` fragment arrives in a `None`-delimited group: such statements are
    /// syn's (which treats the group as one operand), around statements built here.
    #[test]
    fn fragments_in_invisible_groups_match_syn() {
        let group =
            |text: &str| TokenTree::Group(Group::new(Delimiter::None, text.parse().unwrap()));
        let mut tokens: TokenStream = "let x =".parse().unwrap();
        tokens.extend([group("a + b")]);
        tokens.extend("* 2; y =".parse::<TokenStream>().unwrap());
        tokens.extend([group("f(x)")]);
        tokens.extend(". g(); if".parse::<TokenStream>().unwrap());
        tokens.extend([group("c")]);
        tokens.extend("{ z += 1; }".parse::<TokenStream>().unwrap());
        tokens.extend([group("w")]);
        tokens.extend("= 1; v = 2;".parse::<TokenStream>().unwrap());
        assert_eq!(compare(tokens), 1);
    }
}
