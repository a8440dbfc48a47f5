//! Identifiers the expansion names by a prefix and a number (`__coro_f3`, `S7`), each made once
//! per expansion. Unoptimised, as cargo builds proc macros, a `format_ident!` costs some 3,000
//! instructions (the formatted `String`, the identifier's validation), and the emitter names a
//! carried local's field at every block that carries it: 10,000 times in a 1,000-point body. A
//! family's `Table`, held by its user, makes each name on first use; a look-up is an index.
//! (A hash map keyed by the name cost as much as it saved.)
//!
//! `word` does the same for identifiers with a fixed text (`__CoroT`, `core`, `__coro_yielded`)
//! that the expansion writes once per suspension or per local.

use std::cell::{OnceCell, RefCell};

use proc_macro2::{Ident, Span, TokenStream};

/// The families of numbered identifiers (each named through a `Table`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbered {
    /// `__coro_f{local}`: a carried local's field in the state and block enums.
    Field,
    /// `__coro_h{local}`: the local a block binds a carried value to before its code runs.
    Holder,
    /// `__CoroL{local}`: a carried local's type parameter of an enum.
    Param,
    /// `L{local}`: the associated type that names a local's element of a folded enum.
    Element,
    /// `S{n}`: the state enum's variant for suspension `n`.
    State,
    /// `E{n}`: element `n` of a chunk of a folded enum's locals (`Chunks`).
    ChunkElement,
}

impl Numbered {
    fn make(self, index: usize) -> Ident {
        let (prefix, span) = match self {
            Numbered::Field => ("__coro_f", Span::mixed_site()),
            Numbered::Holder => ("__coro_h", Span::mixed_site()),
            Numbered::Param => ("__CoroL", Span::mixed_site()),
            Numbered::Element => ("L", Span::mixed_site()),
            Numbered::State => ("S", Span::call_site()),
            Numbered::ChunkElement => ("E", Span::call_site()),
        };
        Ident::new(&format!("{prefix}{index}"), span)
    }

    /// A table of this family's identifiers for indices below `len`, each made on first use.
    /// A look-up is an index into a vector (no thread-local borrow) and hands out a reference
    /// (interpolating it into `quote!` copies it anyway).
    pub fn table(self, len: usize) -> Table {
        Table {
            family: self,
            made: vec![OnceCell::new(); len],
        }
    }
}

/// Identifiers of one family, made on first use (see `Numbered::table`).
pub struct Table {
    family: Numbered,
    made: Vec<OnceCell<Ident>>,
}

impl Table {
    /// The identifier for `index`, which must be below the table's length.
    pub fn get(&self, index: usize) -> &Ident {
        self.made[index].get_or_init(|| self.family.make(index))
    }

    /// Makes room for indices below `len` (for a family whose count grows as it is used).
    pub fn grow_to(&mut self, len: usize) {
        if self.made.len() < len {
            self.made.resize(len, OnceCell::new());
        }
    }
}

/// The identifier `text`, spanned at the call site (`hidden: false`) or hidden from the user's
/// code (`Span::mixed_site()`), made once per expansion. `text` is a literal: the table is keyed
/// by where it lies, not by its characters (a second copy of the same literal makes a second
/// entry, which is still right).
pub fn word(text: &'static str, hidden: bool) -> Ident {
    WORDS.with_borrow_mut(|words| {
        let literal = Literal::of(text, hidden);
        match words.find(literal) {
            Some(Some((_, word))) => word.clone(),
            Some(free) => free.insert((literal, make_word(text, hidden))).1.clone(),
            None => make_word(text, hidden),
        }
    })
}

fn make_word(text: &str, hidden: bool) -> Ident {
    let span = if hidden {
        Span::mixed_site()
    } else {
        Span::call_site()
    };
    Ident::new(text, span)
}

/// The fragment `key` names, made by `make` once per expansion (as `word`, keyed by where the
/// literal `key` lies). For fragments written the same way many times (an attribute on every
/// carried binding): a copy of a made stream shares its tokens.
pub fn fragment(key: &'static str, make: impl FnOnce() -> TokenStream) -> TokenStream {
    let key = Literal::of(key, false);
    let found = FRAGMENTS.with_borrow_mut(|fragments| match fragments.find(key) {
        Some(Some((_, made))) => Some(made.clone()),
        _ => None,
    });
    if let Some(made) = found {
        return made;
    }
    // Made outside the table's borrow: `make` may ask for fragments of its own.
    let made = make();
    FRAGMENTS.with_borrow_mut(|fragments| {
        if let Some(slot @ None) = fragments.find(key) {
            *slot = Some((key, made.clone()));
        }
    });
    made
}

/// A literal `&'static str` by where it lies and its length, with one more bit of key (`word`'s
/// `hidden`).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Literal {
    address: usize,
    length_and_flag: usize,
}

impl Literal {
    fn of(text: &'static str, flag: bool) -> Self {
        Literal {
            address: text.as_ptr() as usize,
            length_and_flag: text.len() << 1 | usize::from(flag),
        }
    }
}

/// What `word` and `fragment` made, by literal: a table probed from the literal's address,
/// without hashing (unoptimised, a `HashMap` look-up cost some 800 instructions, and `word`
/// is called 18,000 times at 1,000 points). The literals number a few dozen; past `SLOTS`,
/// what is asked for is made again each time, which is still right.
struct Made<T> {
    slots: Vec<Option<(Literal, T)>>,
}

impl<T> Made<T> {
    const SLOTS: usize = 128;

    const fn new() -> Self {
        Made { slots: Vec::new() }
    }

    /// The slot that holds `literal`'s entry, or the free slot it would take; `None` when
    /// the table is full.
    fn find(&mut self, literal: Literal) -> Option<&mut Option<(Literal, T)>> {
        if self.slots.is_empty() {
            self.slots.resize_with(Self::SLOTS, || None);
        }
        // Literals lie at least a byte apart; their lengths and flags tell apart the rest.
        let start = (literal.address ^ literal.length_and_flag << 4) % Self::SLOTS;
        let mut index = start;
        loop {
            match &self.slots[index] {
                Some((held, _)) if *held != literal => {}
                _ => return Some(&mut self.slots[index]),
            }
            index = (index + 1) % Self::SLOTS;
            if index == start {
                return None;
            }
        }
    }

    fn clear(&mut self) {
        self.slots.clear();
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.slots.iter().filter(|slot| slot.is_some()).count()
    }
}

thread_local! {
    /// What `fragment` has made so far. One expansion runs start to end on one thread; the
    /// guard `NumberedIdents` empties this and `WORDS` before and after it (inside a proc macro
    /// an identifier holds the compiler's span handle, which is dead once the invocation ends).
    static FRAGMENTS: RefCell<Made<TokenStream>> = const { RefCell::new(Made::new()) };

    /// What `word` has made so far (emptied with `FRAGMENTS`).
    static WORDS: RefCell<Made<Ident>> = const { RefCell::new(Made::new()) };
}

/// While it lives, `word` and `fragment` fill their tables; they are emptied when it is made
/// and when it is dropped.
pub struct NumberedIdents(());

impl NumberedIdents {
    #[must_use]
    pub fn new() -> Self {
        clear();
        NumberedIdents(())
    }
}

impl Drop for NumberedIdents {
    fn drop(&mut self) {
        clear();
    }
}

fn clear() {
    WORDS.with_borrow_mut(Made::clear);
    FRAGMENTS.with_borrow_mut(Made::clear);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_each_family_by_its_prefix() {
        assert_eq!(Numbered::Field.table(4).get(3).to_string(), "__coro_f3");
        assert_eq!(Numbered::Holder.table(1).get(0).to_string(), "__coro_h0");
        assert_eq!(Numbered::Param.table(13).get(12).to_string(), "__CoroL12");
        assert_eq!(Numbered::Element.table(8).get(7).to_string(), "L7");
        assert_eq!(Numbered::State.table(2).get(1).to_string(), "S1");
        assert_eq!(Numbered::ChunkElement.table(16).get(15).to_string(), "E15");
    }

    #[test]
    fn a_table_makes_each_name_once() {
        let mut fields = Numbered::Field.table(5);
        // Asking again gives the same identifier, and other indices are unaffected.
        assert!(std::ptr::eq(fields.get(3), fields.get(3)));
        assert_eq!(fields.get(1).to_string(), "__coro_f1");
        fields.grow_to(41);
        assert_eq!(fields.get(40).to_string(), "__coro_f40");
        assert_eq!(fields.get(3).to_string(), "__coro_f3");
    }

    #[test]
    fn words_are_made_once_per_text_and_span() {
        let _idents = NumberedIdents::new();
        assert_eq!(word("__CoroT", true).to_string(), "__CoroT");
        assert_eq!(word("core", false).to_string(), "core");
        word("core", false);
        word("core", true);
        assert_eq!(WORDS.with_borrow(Made::len), 3);
        drop(_idents);
        assert_eq!(WORDS.with_borrow(Made::len), 0);
    }

    #[test]
    fn fragments_are_made_once_per_key() {
        let _idents = NumberedIdents::new();
        let mut made = 0;
        for _ in 0..3 {
            let fragment = fragment("allow", || {
                made += 1;
                quote::quote!(#[allow(unused_mut)])
            });
            assert_eq!(fragment.to_string(), "# [allow (unused_mut)]");
        }
        assert_eq!(made, 1);
        drop(_idents);
        assert_eq!(FRAGMENTS.with_borrow(Made::len), 0);
    }
}
