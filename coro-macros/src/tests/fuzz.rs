//! Robustness: `expand` never panics and always answers with tokens, whatever it is given.
//!
//! Drives [`crate::expand::expand`] with generated functions (random statement trees with
//! markers in random places, random signatures, random attribute arguments) and with
//! mutations of them (truncated at any depth, tokens dropped, duplicated, swapped or
//! inserted, groups flattened or re-delimited). Every call runs under `catch_unwind`; a panic
//! is shrunk to a minimal input and reported with it.
//!
//! The run is deterministic (a fixed seed and an inline PRNG). `CORO_FUZZ_SEED=<u64>` and
//! `CORO_FUZZ_CASES=<n>` explore further, e.g. `CORO_FUZZ_CASES=200000 cargo test --release -p
//! coro-macros fuzz`.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::str::FromStr;
use std::sync::Once;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// How many inputs the default run expands (the issue asks for at least 10,000).
const DEFAULT_CASES: usize = 10_400;

/// The name prefix of the fuzzer's threads; their panics are recorded, not printed.
const FUZZ_THREAD: &str = "coro-fuzz";

/// xorshift64*: small, fast and good enough to pick grammar productions.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // splitmix64 of the seed, so that nearby seeds give unrelated streams.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// Generation: source text of random functions, lexed into tokens.

/// Names for locals: plain ones, ones that shadow, and ones the expansion uses itself.
const LOCALS: &[&str] = &[
    "x",
    "y",
    "v",
    "total",
    "state",
    "resume",
    "it",
    "r",
    "s",
    "__coro_st",
    "__coro_blk",
    "__coro_input",
    "__coro_state",
    "__coro_t1",
    "self",
];

const MARKERS: &[&str] = &[
    "yield_",
    "yield_",
    "yield_",
    "yield_catch",
    "await_",
    "yield_from",
    "coro_core::yield_",
    "::coro_core::yield_catch",
];

struct Gen<'r> {
    rng: &'r mut Rng,
    /// Remaining nodes for this function, so bodies stay small.
    budget: usize,
    /// Only what the macro accepts (markers where they may go, good arguments and
    /// signatures), so the later stages see plenty of input; otherwise anything goes.
    strict: bool,
    /// Counter for fresh `let` names.
    fresh: usize,
}

impl Gen<'_> {
    fn local(&mut self) -> &'static str {
        self.rng.pick(LOCALS)
    }

    fn block(&mut self, depth: usize, out: &mut String) {
        out.push_str("{ ");
        let n = if depth > 4 || self.budget == 0 {
            self.rng.below(2)
        } else {
            1 + self.rng.below(4)
        };
        for _ in 0..n {
            self.stmt(depth + 1, out);
        }
        if self.rng.chance(30) {
            self.expr(depth + 1, out);
        }
        out.push_str(" }");
    }

    fn marker(&mut self, depth: usize, out: &mut String) {
        let name = self.rng.pick(MARKERS);
        out.push_str(name);
        out.push_str("!(");
        if self.strict || !self.rng.chance(10) {
            self.expr(depth + 1, out);
        }
        out.push(')');
    }

    fn pat(&mut self, out: &mut String) {
        match self.rng.below(9) {
            0 => out.push('_'),
            1 => {
                let _ = write!(out, "mut {}", self.local());
            }
            2 => {
                let _ = write!(out, "({}, {})", self.local(), self.local());
            }
            3 => {
                let _ = write!(out, "Some({})", self.local());
            }
            4 => {
                let _ = write!(out, "ref {}", self.local());
            }
            5 => {
                let _ = write!(out, "[{}, ..]", self.local());
            }
            6 => out.push_str("Resumed::Sent(x)"),
            _ => out.push_str(self.local()),
        }
    }

    fn expr(&mut self, depth: usize, out: &mut String) {
        self.budget = self.budget.saturating_sub(1);
        if depth > 6 || self.budget == 0 {
            match self.rng.below(4) {
                0 => out.push_str(self.local()),
                1 => {
                    let _ = write!(out, "{}", self.rng.below(100));
                }
                2 => self.marker(depth, out),
                _ => out.push_str("()"),
            }
            return;
        }
        let mut production = self.rng.below(40);
        // Closures, async blocks, other macros, the `yield` keyword, `const` / `unsafe` blocks.
        if self.strict && matches!(production, 16 | 20 | 26 | 27) {
            production = self.rng.below(5);
        }
        match production {
            0..=4 => self.marker(depth, out),
            5 => out.push_str(self.local()),
            6 => {
                let _ = write!(out, "{}", self.rng.below(1000));
            }
            7 => {
                self.expr(depth + 1, out);
                out.push_str(
                    self.rng
                        .pick(&[" + ", " * ", " == ", " < ", " && ", " || "]),
                );
                self.expr(depth + 1, out);
            }
            8 => {
                out.push_str(
                    self.rng
                        .pick(&["f(", "g(", "Some(", "Ok(", "Err(", "drop("]),
                );
                self.expr(depth + 1, out);
                if self.rng.chance(50) {
                    out.push_str(", ");
                    self.expr(depth + 1, out);
                }
                out.push(')');
            }
            9 => {
                self.expr(depth + 1, out);
                out.push_str(self.rng.pick(&[
                    ".iter()",
                    ".len()",
                    ".clone()",
                    ".0",
                    ".await",
                    ".unwrap()",
                    ".push(1)",
                ]));
            }
            10 => {
                out.push('(');
                self.expr(depth + 1, out);
                out.push_str(", ");
                self.expr(depth + 1, out);
                out.push(')');
            }
            11 => {
                out.push_str(self.rng.pick(&["&", "&mut ", "*", "!", "-"]));
                self.expr(depth + 1, out);
            }
            12 => {
                self.expr(depth + 1, out);
                out.push('?');
            }
            13 => {
                out.push_str("if ");
                self.expr(depth + 1, out);
                out.push(' ');
                self.block(depth + 1, out);
                out.push_str(" else ");
                self.block(depth + 1, out);
            }
            14 => {
                out.push_str("match ");
                self.expr(depth + 1, out);
                out.push_str(" { ");
                for _ in 0..1 + self.rng.below(3) {
                    self.pat(out);
                    if !self.strict && self.rng.chance(15) {
                        out.push_str(" if ");
                        self.expr(depth + 1, out);
                    }
                    out.push_str(" => ");
                    self.expr(depth + 1, out);
                    out.push_str(", ");
                }
                out.push_str("_ => {} }");
            }
            15 => self.block(depth + 1, out),
            16 => {
                out.push_str(
                    self.rng
                        .pick(&["|| ", "move || ", "|x| ", "async ", "async move "]),
                );
                self.block(depth + 1, out);
            }
            17 => {
                out.push_str("loop ");
                self.block(depth + 1, out);
            }
            18 => {
                out.push_str("break ");
                self.expr(depth + 1, out);
            }
            19 => {
                out.push_str("return ");
                self.expr(depth + 1, out);
            }
            20 => {
                let (open, close) = [
                    ("println!(\"{}\", ", ")"),
                    ("vec![", "]"),
                    ("assert!(", ")"),
                    ("format!(\"{:?}\", ", ")"),
                ][self.rng.below(4)];
                out.push_str(open);
                self.expr(depth + 1, out);
                out.push_str(close);
            }
            21 => {
                out.push('[');
                self.expr(depth + 1, out);
                out.push_str("; 3]");
            }
            22 => {
                self.expr(depth + 1, out);
                out.push('[');
                self.expr(depth + 1, out);
                out.push(']');
            }
            23 => {
                self.expr(depth + 1, out);
                out.push_str("..");
                self.expr(depth + 1, out);
            }
            24 => {
                self.expr(depth + 1, out);
                out.push_str(" as u32");
            }
            25 => {
                out.push_str("S { a: ");
                self.expr(depth + 1, out);
                out.push_str(", ..Default::default() }");
            }
            26 => {
                out.push_str("yield ");
                self.expr(depth + 1, out);
            }
            27 => {
                out.push_str(self.rng.pick(&["const ", "unsafe "]));
                self.block(depth + 1, out);
            }
            28 => out.push_str("Exit?"),
            29 => {
                out.push_str(self.local());
                out.push_str(self.rng.pick(&[" = ", " += "]));
                self.expr(depth + 1, out);
            }
            30 => {
                out.push_str("if let ");
                self.pat(out);
                out.push_str(" = ");
                self.expr(depth + 1, out);
                out.push(' ');
                self.block(depth + 1, out);
            }
            31 => self.region(depth + 1, out),
            32 => out.push_str("continue"),
            33 => {
                out.push_str("'l: loop ");
                self.block(depth + 1, out);
            }
            34 => out.push_str("break 'l"),
            _ => {
                let (open, close) = if self.rng.chance(50) {
                    ("(", ")")
                } else {
                    ("{ ", " }")
                };
                out.push_str(open);
                self.expr(depth + 1, out);
                out.push_str(close);
            }
        }
    }

    /// `try_! { {..} catch (e) {..} catch_all (c) {..} finally {..} }`, sometimes malformed.
    fn region(&mut self, depth: usize, out: &mut String) {
        out.push_str("try_! { ");
        if self.strict || self.rng.chance(95) {
            self.block(depth + 1, out);
        } else {
            self.stmt(depth + 1, out);
        }
        let clauses: &[&str] = &[
            "catch (e) ",
            "catch_all (c) ",
            "finally ",
            "catch ",
            "except (e) ",
            "catch (Some(code)) ",
        ];
        let n = if self.strict {
            1 + self.rng.below(3)
        } else {
            self.rng.below(4)
        };
        for i in 0..n {
            let clause = if self.strict || self.rng.chance(85) {
                clauses[i.min(2)]
            } else {
                self.rng.pick(clauses)
            };
            out.push_str(clause);
            self.block(depth + 1, out);
            out.push(' ');
        }
        out.push('}');
    }

    fn stmt(&mut self, depth: usize, out: &mut String) {
        self.budget = self.budget.saturating_sub(1);
        out.push(' ');
        let mut production = self.rng.below(24);
        // Closures, nested items, other macros, `unsafe` blocks.
        if self.strict && matches!(production, 16 | 17 | 18 | 22) {
            production = self.rng.below(8);
        }
        match production {
            0..=3 => {
                out.push_str("let ");
                if self.strict && self.rng.chance(70) {
                    // A fresh name: shadowing a kept local is rejected often enough already.
                    self.fresh += 1;
                    let _ = write!(out, "mut n{}", self.fresh);
                } else {
                    self.pat(out);
                }
                if self.rng.chance(20) {
                    out.push_str(": u32");
                }
                out.push_str(" = ");
                self.expr(depth + 1, out);
                if !self.strict && self.rng.chance(8) {
                    out.push_str(" else ");
                    self.block(depth + 1, out);
                }
                out.push(';');
            }
            4..=7 => {
                self.expr(depth + 1, out);
                out.push(';');
            }
            8 => {
                out.push_str("if ");
                self.expr(depth + 1, out);
                out.push(' ');
                self.block(depth + 1, out);
                if self.rng.chance(50) {
                    out.push_str(" else ");
                    self.block(depth + 1, out);
                }
            }
            9 => {
                out.push_str(self.rng.pick(&["while ", "while let Some(x) = "]));
                self.expr(depth + 1, out);
                out.push(' ');
                self.block(depth + 1, out);
            }
            10 => {
                out.push_str(self.rng.pick(&["loop ", "'l: loop ", "'b: "]));
                self.block(depth + 1, out);
            }
            11 => {
                out.push_str("for ");
                self.pat(out);
                out.push_str(" in ");
                self.expr(depth + 1, out);
                out.push(' ');
                self.block(depth + 1, out);
            }
            12 => {
                out.push_str("match ");
                self.expr(depth + 1, out);
                out.push_str(" { ");
                for _ in 0..1 + self.rng.below(3) {
                    self.pat(out);
                    if !self.strict && self.rng.chance(10) {
                        out.push_str(" if ");
                        self.expr(depth + 1, out);
                    }
                    out.push_str(" => ");
                    self.block(depth + 1, out);
                }
                out.push_str(" }");
            }
            13 => {
                self.region(depth + 1, out);
                if self.rng.chance(50) {
                    out.push(';');
                }
            }
            14 => out.push_str(self.rng.pick(&[
                "break;",
                "continue;",
                "return;",
                "break 'l;",
                "continue 'l;",
                "break 'b 1;",
                "Exit?;",
                "Err(e)?;",
                "return 1;",
            ])),
            15 => self.block(depth + 1, out),
            16 => {
                out.push_str(self.rng.pick(&[
                    "let f = || ",
                    "let f = async ",
                    "let f = move |x: u32| ",
                ]));
                self.block(depth + 1, out);
                out.push(';');
            }
            17 => {
                out.push_str(self.rng.pick(&[
                    "fn inner() ",
                    "impl S ",
                    "mod m ",
                    "struct T; fn h() ",
                ]));
                self.block(depth + 1, out);
            }
            18 => {
                out.push_str(
                    self.rng
                        .pick(&["println!(\"{}\", ", "assert_eq!(1, ", "dbg!("]),
                );
                self.expr(depth + 1, out);
                out.push_str(");");
            }
            19 => {
                let _ = write!(out, "let r = &{};", self.local());
            }
            20 => {
                let _ = write!(out, "let it = {}.iter();", self.local());
            }
            21 => out.push(';'),
            22 => {
                out.push_str("unsafe ");
                self.block(depth + 1, out);
            }
            _ => {
                out.push_str("#[allow(unused)] let ");
                out.push_str(self.local());
                out.push_str(" = ");
                self.expr(depth + 1, out);
                out.push(';');
            }
        }
    }

    fn signature(&mut self, out: &mut String) {
        if self.rng.chance(10) {
            out.push_str("#[inline] ");
        }
        if self.rng.chance(5) {
            out.push_str("/// doc\n ");
        }
        out.push_str(
            self.rng
                .pick(&["", "", "", "pub ", "pub(crate) ", "default "]),
        );
        for q in ["const ", "async ", "unsafe ", "extern \"C\" "] {
            if !self.strict && self.rng.chance(4) {
                out.push_str(q);
            }
        }
        out.push_str("fn ");
        out.push_str(
            self.rng
                .pick(&["f", "numbers", "state", "__CoroState", "r#match"]),
        );
        out.push_str(self.rng.pick(&[
            "",
            "",
            "<T>",
            "<'a, T: Clone + 'a>",
            "<const N: usize>",
            "<T, U = u32>",
            "<'a, 'b: 'a>",
        ]));
        out.push('(');
        for i in 0..self.rng.below(4) {
            if i > 0 {
                out.push_str(", ");
            }
            if self.strict {
                out.push_str(self.rng.pick(&[
                    "x: u32",
                    "mut v: Vec<u32>",
                    "(a, b): (u32, u32)",
                    "f: impl Fn(u32) -> u32",
                    "s: &'a str",
                    "state: u32",
                ]));
                continue;
            }
            out.push_str(self.rng.pick(&[
                "x: u32",
                "mut v: Vec<u32>",
                "&self",
                "&mut self",
                "self",
                "mut self",
                "self: Box<Self>",
                "(a, b): (u32, u32)",
                "f: impl Fn(u32) -> u32",
                "s: &'a str",
                "_: u8",
                "...",
                "state: u32",
                "__coro_arg0: u32",
                "#[cfg(any())] z: u32",
            ]));
        }
        out.push(')');
        out.push_str(self.rng.pick(&[
            "",
            "",
            " -> u32",
            " -> impl std::fmt::Debug",
            " -> Self",
            " -> Result<u32, E>",
            " -> !",
            " -> &'a str",
            " -> (u32, impl Clone)",
        ]));
        if self.rng.chance(15) {
            out.push_str(" where T: Default");
        }
        out.push(' ');
    }

    fn function(&mut self) -> String {
        let mut out = String::new();
        self.signature(&mut out);
        if self.rng.chance(3) {
            out.push(';');
        } else {
            self.block(0, &mut out);
        }
        out
    }

    fn args(&mut self) -> String {
        const ARGS: &[&str] = &[
            "generator",
            "coroutine",
            "clone",
            "yield = u32",
            "yield = &'a str",
            "send = u32",
            "send = String",
            "error = E",
            "error = (A, B)",
            "crate = \"::coro_core\"",
            "crate = \"my_coro\"",
            "crate = \"not a path!\"",
            "crate = 5",
            "yield",
            "send",
            "yield: u32",
            "= u32",
            "generator = true",
            "yield = 1 + 2",
            "colour = red",
            "crate",
            "yield = Vec<",
            "send = impl Trait",
            "yield = _",
            "yield = !",
            "error = dyn Error",
            "1",
            "\"str\"",
            "(generator)",
            "::",
            "yield = u32 u64",
        ];
        let mut out = String::new();
        if self.strict {
            let mut parts = vec![self.rng.pick(&["generator", "coroutine", ""]).to_owned()];
            for (name, choices) in [
                ("yield", &["u32", "&'a str", "T", "()"][..]),
                ("send", &["u32", "String", "()"][..]),
                ("error", &["E", "std::io::Error"][..]),
            ] {
                if self.rng.chance(50) {
                    parts.push(format!("{name} = {}", self.rng.pick(choices)));
                }
            }
            if self.rng.chance(10) {
                parts.push("clone".to_owned());
            }
            parts.retain(|p| !p.is_empty());
            return parts.join(", ");
        }
        for i in 0..self.rng.below(5) {
            if i > 0 || self.rng.chance(3) {
                out.push_str(if self.rng.chance(95) { ", " } else { ",, " });
            }
            if self.rng.chance(80) {
                out.push_str(ARGS[self.rng.below(12)]);
            } else {
                out.push_str(self.rng.pick(ARGS));
            }
        }
        if self.rng.chance(5) {
            out.push(',');
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Mutation of token trees.

const INSERTS: &[&str] = &[
    ";", "?", "!", ",", "fn", "yield", "yield_", "try_", "let", "=", "{}", "()", "[]", "'l", "=>",
    "::", "#", "async", "move", "|", "&", "..", "catch", "finally", "Exit", "1", "\"s\"", "self",
];

fn flatten(stream: TokenStream) -> Vec<TokenTree> {
    stream.into_iter().collect()
}

fn rebuild(tokens: Vec<TokenTree>) -> TokenStream {
    tokens.into_iter().collect()
}

/// Applies one random edit at a random depth of `stream`.
fn mutate(rng: &mut Rng, stream: TokenStream) -> TokenStream {
    let mut tokens = flatten(stream);
    // Descend into a group a few times out of five.
    let groups: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t, TokenTree::Group(_)))
        .map(|(i, _)| i)
        .collect();
    if !groups.is_empty() && rng.chance(60) {
        let i = groups[rng.below(groups.len())];
        if let TokenTree::Group(g) = &tokens[i] {
            let inner = mutate(rng, g.stream());
            let mut group = Group::new(g.delimiter(), inner);
            group.set_span(g.span());
            tokens[i] = TokenTree::Group(group);
        }
        return rebuild(tokens);
    }
    let len = tokens.len();
    match rng.below(8) {
        // Truncate: what a user mid-edit (or a broken macro upstream) hands over.
        0 | 1 => {
            let keep = if len == 0 { 0 } else { rng.below(len) };
            tokens.truncate(keep);
        }
        2 if len > 0 => {
            tokens.remove(rng.below(len));
        }
        3 if len > 0 => {
            let i = rng.below(len);
            let t = tokens[i].clone();
            tokens.insert(i, t);
        }
        4 if len > 1 => {
            let i = rng.below(len - 1);
            tokens.swap(i, i + 1);
        }
        5 if len > 0 => {
            let i = rng.below(len);
            if let TokenTree::Group(g) = tokens[i].clone() {
                let delimiter = [
                    Delimiter::Parenthesis,
                    Delimiter::Brace,
                    Delimiter::Bracket,
                    Delimiter::None,
                ][rng.below(4)];
                if rng.chance(50) {
                    tokens[i] = TokenTree::Group(Group::new(delimiter, g.stream()));
                } else {
                    tokens.splice(i..=i, flatten(g.stream()));
                }
            } else {
                tokens[i] = random_token(rng);
            }
        }
        _ => {
            let at = if len == 0 { 0 } else { rng.below(len + 1) };
            let insert = flatten(TokenStream::from_str(rng.pick(INSERTS)).unwrap_or_default());
            tokens.splice(at..at, insert);
        }
    }
    rebuild(tokens)
}

fn random_token(rng: &mut Rng) -> TokenTree {
    match rng.below(4) {
        0 => TokenTree::Ident(Ident::new(
            rng.pick(&["yield_", "x", "try_", "catch", "fn"]),
            Span::call_site(),
        )),
        1 => TokenTree::Punct(Punct::new(
            ['?', '!', ';', ',', '=', '&', '#', '\''][rng.below(8)],
            Spacing::Alone,
        )),
        2 => TokenTree::Literal(Literal::u32_unsuffixed(rng.below(10) as u32)),
        _ => TokenTree::Group(Group::new(Delimiter::Brace, TokenStream::new())),
    }
}

// ---------------------------------------------------------------------------------------------
// Running and shrinking.

thread_local! {


    /// Where the last panic on the fuzz thread happened, recorded by the panic hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs (once) a panic hook that records panics on the fuzz thread instead of printing
/// them, and hands every other thread's panic to the previous hook.
fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if std::thread::current()
                .name()
                .is_some_and(|name| name.starts_with(FUZZ_THREAD))
            {
                let location = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let payload = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{payload} at {location}")));
            } else {
                previous(info);
            }
        }));
    });
}

/// What went wrong with one input, if anything.
#[derive(Debug, Clone, PartialEq)]
enum Failure {
    Panic(String),
    Empty,
    Unparsable(String),
}

/// Expands one input; the expansion, or what went wrong.
fn run_one(args: &TokenStream, item: &TokenStream) -> Result<TokenStream, Failure> {
    let original = item.clone();
    let (args, item) = (args.clone(), item.clone());
    let result = panic::catch_unwind(AssertUnwindSafe(|| crate::expand::expand(args, item)));
    match result {
        Err(_) => Err(Failure::Panic(
            LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| String::from("(no message)")),
        )),
        Ok(out) if out.is_empty() => Err(Failure::Empty),
        // An answer rustc could not even read as items is as bad as no answer. A method
        // (`default fn`, `fn f(&self)`) only reads as one inside an impl.
        // A `let` statement that the attribute was put on is given back as a statement.
        Ok(out) => match syn::parse2::<syn::File>(out.clone()) {
            Ok(_) => Ok(out),
            Err(e) => match syn::parse2::<syn::ItemImpl>(quote::quote!(impl S { #out })) {
                Ok(_) => Ok(out),
                Err(_) => match syn::parse2::<syn::Block>(quote::quote!({ #out })) {
                    Ok(_) if syn::parse2::<syn::Stmt>(original).is_ok() => Ok(out),
                    _ => Err(Failure::Unparsable(e.to_string())),
                },
            },
        },
    }
}

/// The failure with its details dropped, to report each kind once.
fn kind_of(failure: &Failure) -> Failure {
    match failure {
        Failure::Panic(message) => Failure::Panic(location_of(message).to_owned()),
        Failure::Empty => Failure::Empty,
        Failure::Unparsable(_) => Failure::Unparsable(String::new()),
    }
}

/// Shrinks a failing input while it still fails the same way: drops runs of tokens (halves,
/// then quarters, down to single tokens), flattens groups and shrinks inside them.
fn shrink(args: TokenStream, item: TokenStream, failure: &Failure) -> (TokenStream, TokenStream) {
    let wanted = kind_of(failure);
    let mut attempts = 0;
    let mut fails = |a: &TokenStream, i: &TokenStream| {
        attempts += 1;
        attempts < 20_000
            && run_one(a, i)
                .err()
                .is_some_and(|got| kind_of(&got) == wanted)
    };
    let (mut args, mut item) = (args, item);
    // Until nothing more can go (one removal can unlock another).
    loop {
        let before = (args.to_string(), item.to_string());
        item = shrink_stream(item.clone(), &mut |candidate| fails(&args, candidate));
        args = shrink_stream(args.clone(), &mut |candidate| fails(candidate, &item));
        if (args.to_string(), item.to_string()) == before {
            return (args, item);
        }
    }
}

fn shrink_stream(stream: TokenStream, fails: &mut dyn FnMut(&TokenStream) -> bool) -> TokenStream {
    let mut tokens = flatten(stream);
    // Drop runs of tokens, largest first.
    let mut chunk = tokens.len().div_ceil(2).max(1);
    loop {
        let mut start = 0;
        while start < tokens.len() {
            let end = (start + chunk).min(tokens.len());
            let mut candidate = tokens.clone();
            candidate.drain(start..end);
            if fails(&rebuild(candidate.clone())) {
                tokens = candidate;
            } else {
                start += chunk;
            }
        }
        if chunk == 1 {
            break;
        }
        chunk = chunk.div_ceil(2);
    }
    // Then work inside each group: flatten it, or shrink its contents.
    let mut i = 0;
    while i < tokens.len() {
        if let TokenTree::Group(g) = tokens[i].clone() {
            let mut flattened = tokens.clone();
            flattened.splice(i..=i, flatten(g.stream()));
            if fails(&rebuild(flattened.clone())) {
                tokens = flattened;
                continue;
            }
            let delimiter = g.delimiter();
            let before = tokens[..i].to_vec();
            let after = tokens[i + 1..].to_vec();
            let inner = shrink_stream(g.stream(), &mut |candidate| {
                let mut whole = before.clone();
                whole.push(TokenTree::Group(Group::new(delimiter, candidate.clone())));
                whole.extend(after.iter().cloned());
                fails(&rebuild(whole))
            });
            tokens[i] = TokenTree::Group(Group::new(delimiter, inner));
        }
        i += 1;
    }
    rebuild(tokens)
}

fn location_of(message: &str) -> &str {
    message.rsplit(" at ").next().unwrap_or(message)
}

struct Report {
    cases: usize,
    expansions: usize,
    compile_errors: usize,
    /// Each kind of failure once, with its shrunk input.
    failures: Vec<(Failure, String)>,
}

fn fuzz(seed: u64, cases: usize) -> Report {
    install_quiet_hook();
    let mut rng = Rng::new(seed);
    let mut report = Report {
        cases: 0,
        expansions: 0,
        compile_errors: 0,
        failures: Vec::new(),
    };
    while report.cases < cases {
        let (args_text, item_text) = {
            let budget = 4 + rng.below(28);
            let strict = rng.chance(60);
            let mut g = Gen {
                rng: &mut rng,
                budget,
                strict,
                fresh: 0,
            };
            (g.args(), g.function())
        };
        let (Ok(args), Ok(item)) = (
            TokenStream::from_str(&args_text),
            TokenStream::from_str(&item_text),
        ) else {
            // The generator wrote something that does not even lex; not the macro's problem.
            continue;
        };
        // The generated input itself, then a few mutants of it.
        let mutants = 1 + rng.below(3);
        let mut inputs = vec![(args.clone(), item.clone())];
        let (mut a, mut i) = (args, item);
        for _ in 0..mutants {
            if rng.chance(20) {
                a = mutate(&mut rng, a);
            } else {
                i = mutate(&mut rng, i);
            }
            inputs.push((a.clone(), i.clone()));
        }
        for (args, item) in inputs {
            report.cases += 1;
            match run_one(&args, &item) {
                Ok(out) => {
                    if out.to_string().contains("compile_error") {
                        report.compile_errors += 1;
                    } else {
                        report.expansions += 1;
                    }
                }
                Err(failure) => {
                    let kind = kind_of(&failure);
                    if report.failures.iter().any(|(k, _)| *k == kind)
                        || report.failures.len() >= 10
                    {
                        continue;
                    }
                    let (a, i) = shrink(args, item, &failure);
                    report.failures.push((
                        kind,
                        format!("{failure:?}\n  minimal input: #[coroutine({a})] {i}"),
                    ));
                }
            }
        }
    }
    report
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[test]
fn expand_never_panics_and_always_answers() {
    let seed = env_number("CORO_FUZZ_SEED").unwrap_or(0xC020_5EED);
    let cases = env_number("CORO_FUZZ_CASES").map_or(DEFAULT_CASES, |n| n as usize);
    // Independent streams (seed, seed + 1, ...) on a few threads: the same inputs whatever the
    // scheduling. syn recurses on nested expressions, so each gets the stack rustc gives a
    // proc macro.
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
    let handles: Vec<_> = (0..workers)
        .map(|k| {
            let share = cases.div_ceil(workers);
            std::thread::Builder::new()
                .name(format!("{FUZZ_THREAD}-{k}"))
                .stack_size(64 << 20)
                .spawn(move || fuzz(seed.wrapping_add(k as u64), share))
                .expect("spawn a fuzz thread")
        })
        .collect();
    let mut total = Report {
        cases: 0,
        expansions: 0,
        compile_errors: 0,
        failures: Vec::new(),
    };
    for handle in handles {
        let report = handle.join().expect("a fuzz thread itself does not panic");
        total.cases += report.cases;
        total.expansions += report.expansions;
        total.compile_errors += report.compile_errors;
        for (kind, text) in report.failures {
            if !total.failures.iter().any(|(k, _)| *k == kind) {
                total.failures.push((kind, text));
            }
        }
    }
    println!(
        "fuzzed {} inputs (seed {seed:#x}, {workers} streams): {} expanded, {} answered with compile errors",
        total.cases, total.expansions, total.compile_errors
    );
    assert!(total.cases >= cases);
    // Both kinds of answer must be exercised, or the generator has gone wrong.
    assert!(
        total.expansions > cases / 10,
        "too few inputs expanded cleanly"
    );
    assert!(total.compile_errors > cases / 10, "too few inputs rejected");
    assert!(
        total.failures.is_empty(),
        "`expand` failed on {} kind(s) of input:\n{}",
        total.failures.len(),
        total
            .failures
            .iter()
            .map(|(_, text)| text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn rng_is_deterministic() {
    let mut a = Rng::new(7);
    let mut b = Rng::new(7);
    assert!((0..100).all(|_| a.next() == b.next()));
    assert_ne!(Rng::new(7).next(), Rng::new(8).next());
}
