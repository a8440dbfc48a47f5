//! A marker's operand, parsed. syn's expression parser, as cargo builds proc macros
//! (unoptimised), tries each kind of expression in turn: some 70,000 instructions for a single
//! token, and more than 100,000 for `x + 1`. The commonest operands, a variable, a literal, or
//! either joined by binary operators (`yield_!(acc ^ 1)`), are built here directly, as the
//! trees syn builds; anything else goes to syn.

use proc_macro2::{Spacing, Span, TokenTree};
use syn::{BinOp, Expr, Macro};

/// A marker's operand: built directly when it is simple (see `simple`), else parsed by syn.
pub fn parse_operand(mac: &Macro) -> syn::Result<Expr> {
    let trees: Vec<TokenTree> = mac.tokens.clone().into_iter().collect();
    match simple(&trees) {
        Some(operand) => Ok(operand),
        None => mac.parse_body(),
    }
}

/// Identifiers (not keywords) and literals joined by binary operators, `a`, `1`, `acc ^ 1`,
/// `a * b + c`: the tree syn would build, by operator precedence, left to right within a
/// level. `None` for anything else, and for chained comparisons (`a < b < c`), which syn
/// reports.
fn simple(trees: &[TokenTree]) -> Option<Expr> {
    let mut operands: Vec<Expr> = Vec::new();
    let mut operators: Vec<(BinOp, Precedence)> = Vec::new();
    let mut at = 0;
    loop {
        operands.push(atom(trees.get(at)?)?);
        at += 1;
        if at == trees.len() {
            break;
        }
        let (op, len) = binary_operator(&trees[at..])?;
        at += len;
        let precedence = Precedence::of(&op);
        while let Some(&(_, top)) = operators.last() {
            if top < precedence {
                break;
            }
            if top == Precedence::Compare && precedence == Precedence::Compare {
                return None;
            }
            reduce(&mut operands, &mut operators);
        }
        operators.push((op, precedence));
    }
    while !operators.is_empty() {
        reduce(&mut operands, &mut operators);
    }
    operands.pop()
}

/// Joins the last two operands by the last operator.
fn reduce(operands: &mut Vec<Expr>, operators: &mut Vec<(BinOp, Precedence)>) {
    let (op, _) = operators.pop().expect("an operator to reduce");
    let right = operands.pop().expect("a right operand");
    let left = operands.pop().expect("a left operand");
    operands.push(Expr::Binary(syn::ExprBinary {
        attrs: Vec::new(),
        left: Box::new(left),
        op,
        right: Box::new(right),
    }));
}

/// A variable or a literal.
fn atom(tree: &TokenTree) -> Option<Expr> {
    match tree {
        TokenTree::Ident(ident) if !is_keyword(&ident.to_string()) => {
            Some(Expr::Path(syn::ExprPath {
                attrs: Vec::new(),
                qself: None,
                path: ident.clone().into(),
            }))
        }
        TokenTree::Literal(literal) => Some(Expr::Lit(syn::ExprLit {
            attrs: Vec::new(),
            lit: syn::Lit::new(literal.clone()),
        })),
        _ => None,
    }
}

/// The binary operator `trees` starts with, and how many tokens it takes. Compound
/// assignments (`+=`, `<<=`) and ranges are not binary operators here: the token after the
/// operator is then no operand, and the whole goes to syn.
fn binary_operator(trees: &[TokenTree]) -> Option<(BinOp, usize)> {
    let TokenTree::Punct(first) = &trees[0] else {
        return None;
    };
    let span = first.span();
    if first.spacing() == Spacing::Joint {
        if let Some(TokenTree::Punct(second)) = trees.get(1) {
            let spans = [span, second.span()];
            if let Some(op) = two_char_operator(first.as_char(), second.as_char(), spans) {
                return Some((op, 2));
            }
        }
    }
    let op = match first.as_char() {
        '+' => BinOp::Add(syn::token::Plus { spans: [span] }),
        '-' => BinOp::Sub(syn::token::Minus { spans: [span] }),
        '*' => BinOp::Mul(syn::token::Star { spans: [span] }),
        '/' => BinOp::Div(syn::token::Slash { spans: [span] }),
        '%' => BinOp::Rem(syn::token::Percent { spans: [span] }),
        '^' => BinOp::BitXor(syn::token::Caret { spans: [span] }),
        '&' => BinOp::BitAnd(syn::token::And { spans: [span] }),
        '|' => BinOp::BitOr(syn::token::Or { spans: [span] }),
        '<' => BinOp::Lt(syn::token::Lt { spans: [span] }),
        '>' => BinOp::Gt(syn::token::Gt { spans: [span] }),
        _ => return None,
    };
    Some((op, 1))
}

fn two_char_operator(first: char, second: char, spans: [Span; 2]) -> Option<BinOp> {
    Some(match (first, second) {
        ('<', '<') => BinOp::Shl(syn::token::Shl { spans }),
        ('>', '>') => BinOp::Shr(syn::token::Shr { spans }),
        ('=', '=') => BinOp::Eq(syn::token::EqEq { spans }),
        ('!', '=') => BinOp::Ne(syn::token::Ne { spans }),
        ('<', '=') => BinOp::Le(syn::token::Le { spans }),
        ('>', '=') => BinOp::Ge(syn::token::Ge { spans }),
        ('&', '&') => BinOp::And(syn::token::AndAnd { spans }),
        ('|', '|') => BinOp::Or(syn::token::OrOr { spans }),
        _ => return None,
    })
}

/// How tightly a binary operator binds, loosest first (the Rust reference's table).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Precedence {
    Or,
    And,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Sum,
    Product,
}

impl Precedence {
    fn of(op: &BinOp) -> Self {
        match op {
            BinOp::Or(_) => Precedence::Or,
            BinOp::And(_) => Precedence::And,
            BinOp::Eq(_)
            | BinOp::Ne(_)
            | BinOp::Lt(_)
            | BinOp::Le(_)
            | BinOp::Gt(_)
            | BinOp::Ge(_) => Precedence::Compare,
            BinOp::BitOr(_) => Precedence::BitOr,
            BinOp::BitXor(_) => Precedence::BitXor,
            BinOp::BitAnd(_) => Precedence::BitAnd,
            BinOp::Shl(_) | BinOp::Shr(_) => Precedence::Shift,
            BinOp::Add(_) | BinOp::Sub(_) => Precedence::Sum,
            _ => Precedence::Product,
        }
    }
}

/// Rust's keywords, strict and reserved, of every edition: an identifier token that is one of
/// them is left to syn (`self`, `true`, `return` are not plain variables).
fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "Self"
            | "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "gen"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
            | "while"
            | "yield"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The single-token operands built without syn's parser are the trees syn would build.
    #[test]
    fn single_token_operands_match_syn() {
        for operand in ["total", "r#type", "3", "2.5f32", "\"text\"", "'c'", "b'x'"] {
            let mac: Macro = syn::parse_str(&format!("yield_!({operand})")).unwrap();
            let built = parse_operand(&mac).unwrap();
            let parsed: Expr = syn::parse_str(operand).unwrap();
            assert_eq!(built, parsed, "{operand}");
        }
    }

    /// Keywords, several tokens and nothing at all go to syn, errors included.
    #[test]
    fn other_operands_go_to_syn() {
        for operand in ["self", "true", "return", "break", "-1", "(x)", "Self"] {
            let mac: Macro = syn::parse_str(&format!("yield_!({operand})")).unwrap();
            let parsed: Expr = syn::parse_str(operand).unwrap();
            assert_eq!(parse_operand(&mac).unwrap(), parsed, "{operand}");
        }
        for operand in ["let", "fn", "a b"] {
            let mac: Macro = syn::parse_str(&format!("yield_!({operand})")).unwrap();
            assert!(parse_operand(&mac).is_err(), "{operand}");
        }
    }

    fn trees(operand: &str) -> Vec<TokenTree> {
        operand
            .parse::<proc_macro2::TokenStream>()
            .unwrap()
            .into_iter()
            .collect()
    }

    /// Variables and literals joined by binary operators are built here, as the trees syn
    /// builds: every operator, each pair of precedence levels both ways, and associativity.
    #[test]
    fn binary_operands_match_syn() {
        for operand in [
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
        ] {
            let mac: Macro = syn::parse_str(&format!("yield_!({operand})")).unwrap();
            assert!(simple(&trees(operand)).is_some(), "{operand}");
            let parsed: Expr = syn::parse_str(operand).unwrap();
            assert_eq!(parse_operand(&mac).unwrap(), parsed, "{operand}");
        }
    }

    /// What is not a chain of variables and literals goes to syn, which builds or reports it.
    #[test]
    fn other_binary_shapes_go_to_syn() {
        for operand in [
            "a + -1",
            "a as u64 + 1",
            "a.b + 1",
            "f(x) + 1",
            "a += 1",
            "a <<= 1",
            "a..b",
            "a = b",
            "a + (b)",
            "a + true",
            "!a",
        ] {
            assert!(simple(&trees(operand)).is_none(), "{operand}");
            let mac: Macro = syn::parse_str(&format!("yield_!({operand})")).unwrap();
            let parsed: Expr = syn::parse_str(operand).unwrap();
            assert_eq!(parse_operand(&mac).unwrap(), parsed, "{operand}");
        }
        for operand in ["a < b < c", "a == b != c", "a +", "+ a", "a b"] {
            assert!(simple(&trees(operand)).is_none(), "{operand}");
            let mac: Macro = syn::parse_str(&format!("yield_!({operand})")).unwrap();
            assert!(parse_operand(&mac).is_err(), "{operand}");
        }
    }
}
