//! How a long body's locals' types are laid out: a list of chunks (see `Chunks`), for the
//! emitter's enums with a late conversion.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::{Ident, Path};

use crate::emit::folded_param;
use crate::hashing::HashMap;
use crate::normalize::LocalId;

/// The elements of a `__private::Chunk`; must match `coro_core::__private::CHUNK`.
pub const CHUNK: usize = 16;

/// A long body's shared locals (a late conversion's) as a list of chunks of `CHUNK`, each
/// chunk's shape written by the arm that first names one of its locals (see `Chunks::of` and
/// `coro_core`'s `chunks.rs`). With one flat tuple shaped where the state's type starts, each
/// mention of a variant left obligations waiting on every local not yet typed, for the rest of
/// the body; now it waits on the list's unwritten rest and on its own chunk's untyped locals.
/// Front end of a 400-point function: 15.5 s flat, 1.2 s chunked (0.6 s with the locals'
/// types written in); the 1,000-point function builds in 8.7 s instead of 1,036 s.
pub struct Chunks {
    /// Each local's chunk and element.
    pub place: BTreeMap<LocalId, (usize, usize)>,
    /// The number of locals in each chunk.
    pub sizes: Vec<usize>,
    /// How many chunks the state's start writes: those of the awaiters, at least one.
    pub at_start: usize,
    /// The chunks (after those) whose shape each arm writes at its start.
    pub written_by: HashMap<usize, Vec<usize>>,
}

/// The alias of the list's rest from chunk `chunk` on (see `Chunks::tails`).
fn tail_alias(prefix: &Ident, chunk: usize) -> Ident {
    format_ident!("{}Tail{}", prefix, chunk)
}

impl Chunks {
    /// `locals` placed in the order in which `arms`, in the order rustc checks them, name them
    /// (`named`: the locals of an arm's own variant, then of those it builds). The awaiters
    /// come first, in chunks written at the start: their elements carry a `Coroutine` bound,
    /// and a bound on an element of a chunk not yet written would be a new obligation at every
    /// mention (50 delegations: 1.9 s to build, against 0.9 s with the awaiters first). A
    /// local that no arm names (not expected) has every chunk written at the start.
    pub fn of(
        locals: &BTreeSet<LocalId>,
        awaiters: &BTreeSet<LocalId>,
        arms: &[(usize, Vec<LocalId>)],
    ) -> Self {
        let mut place = BTreeMap::new();
        let put = |place: &mut BTreeMap<_, _>, local| {
            let n = place.len();
            place.insert(local, (n / CHUNK, n % CHUNK));
            n
        };
        for &local in awaiters.intersection(locals) {
            put(&mut place, local);
        }
        let mut at_start = place.len().div_ceil(CHUNK).max(1);
        let mut written_by: HashMap<usize, Vec<usize>> = HashMap::default();
        for (arm, named) in arms {
            for &local in named {
                if !locals.contains(&local) || place.contains_key(&local) {
                    continue;
                }
                let n = put(&mut place, local);
                if n % CHUNK == 0 && n / CHUNK >= at_start {
                    written_by.entry(*arm).or_default().push(n / CHUNK);
                }
            }
        }
        let chunks = locals.len().div_ceil(CHUNK).max(1);
        if place.len() < locals.len() {
            at_start = chunks;
            written_by.clear();
            for &local in locals {
                if !place.contains_key(&local) {
                    put(&mut place, local);
                }
            }
        }
        let mut sizes = vec![0; chunks];
        for &(chunk, _) in place.values() {
            sizes[chunk] += 1;
        }
        Chunks {
            place,
            sizes,
            at_start,
            written_by,
        }
    }

    /// A local's type as an element of the folded parameter, reached through the alias of
    /// its chunk's rest (see `tails`): `<<__CoroStateTail2<T> as Level>::Head as Chunk>::E3`.
    /// (A `Types` impl for the list with the chunks the start writes spelled out as parameters
    /// was tried: rustc executes 1.8 × the instructions to check a 200-point function, 1.6 ×
    /// for a 100-point one with 25 delegations.)
    pub fn element(&self, local: LocalId, prefix: &Ident, krate: &Path) -> TokenStream {
        let (chunk, index) = self.place[&local];
        let t = folded_param();
        let list = if chunk == 0 {
            t.into_token_stream()
        } else {
            let tail = tail_alias(prefix, chunk);
            quote!(#tail<#t>)
        };
        let element = format_ident!("E{}", index);
        quote!(<<#list as #krate::__private::Level>::Head as #krate::__private::Chunk>::#element)
    }

    /// Type aliases for the list's rests, `type __CoroStateTail2<T> = <__CoroStateTail1<T> as
    /// Level>::Tail;`, one per chunk after the first: each element names its chunk's rest
    /// through one alias instead of spelling out the `Tail` projections, whose length grows
    /// with the chunk's index (the 1,000-point expansion wrote 2,000 of them, 9 % of its
    /// instructions). rustc expands the aliases where they are used: the types are the same.
    pub fn tails(&self, prefix: &Ident, krate: &Path) -> TokenStream {
        let t = folded_param();
        let mut out = TokenStream::new();
        for chunk in 1..self.sizes.len() {
            let alias = tail_alias(prefix, chunk);
            let rest = if chunk == 1 {
                t.to_token_stream()
            } else {
                let before = tail_alias(prefix, chunk - 1);
                quote!(#before<#t>)
            };
            out.extend(quote! {
                #[allow(non_camel_case_types)]
                type #alias<#t> = <#rest as #krate::__private::Level>::Tail;
            });
        }
        out
    }

    /// The list's shape with chunk `chunk` written out, `_` for the chunks before it, and `_`
    /// for the rest (`()` after the last chunk): `(_, ((_, _, (), ..), _))`. Chunk 0 gives
    /// every chunk the state's start writes.
    pub fn shape(&self, chunk: usize) -> TokenStream {
        let last = if chunk == 0 { self.at_start - 1 } else { chunk };
        let mut list = if last + 1 == self.sizes.len() {
            quote!(())
        } else {
            quote!(_)
        };
        for c in (chunk..=last).rev() {
            let elements = (0..CHUNK).map(|i| {
                if i < self.sizes[c] {
                    quote!(_)
                } else {
                    quote!(())
                }
            });
            list = quote!(((#(#elements,)*), #list));
        }
        for _ in 0..chunk {
            list = quote!((_, #list));
        }
        list
    }
}

#[cfg(test)]
mod tests {
    use super::{CHUNK, Chunks};
    use std::collections::BTreeSet;

    /// `n` holes as a shape prints them: `_ , _`.
    fn holes(n: usize) -> String {
        vec!["_"; n].join(" , ")
    }

    /// `n` padding elements: `() , ()`.
    fn units(n: usize) -> String {
        vec!["()"; n].join(" , ")
    }

    #[test]
    fn locals_are_placed_in_the_order_the_arms_name_them() {
        let locals: BTreeSet<usize> = (0..20).collect();
        // Arm 7 names 19 first, then 0..16; arm 3 names the rest (and 19 again).
        let first: Vec<usize> = std::iter::once(19).chain(0..16).collect();
        let none = BTreeSet::new();
        let chunks = Chunks::of(&locals, &none, &[(7, first), (3, vec![19, 16, 17, 18])]);
        assert_eq!(chunks.place[&19], (0, 0));
        assert_eq!(chunks.place[&15], (1, 0));
        assert_eq!(chunks.place[&18], (1, 3));
        assert_eq!(chunks.sizes, [CHUNK, 4]);
        // Chunk 1's first local, 15, is named by arm 7.
        assert_eq!(chunks.written_by.get(&7), Some(&vec![1]));
        assert_eq!(chunks.written_by.get(&3), None);
        assert_eq!(chunks.at_start, 1);
        assert_eq!(
            chunks.shape(0).to_string(),
            format!("(({} ,) , _)", holes(CHUNK)),
        );
        assert_eq!(
            chunks.shape(1).to_string(),
            format!("(_ , ((_ , _ , _ , _ , {} ,) , ()))", units(CHUNK - 4)),
        );
    }

    #[test]
    fn awaiters_come_first_in_chunks_the_start_writes() {
        let locals: BTreeSet<usize> = (0..40).collect();
        let awaiters: BTreeSet<usize> = (20..40).collect();
        // One arm per local, in order.
        let arms: Vec<(usize, Vec<usize>)> = (0..40).map(|l| (l, vec![l])).collect();
        let chunks = Chunks::of(&locals, &awaiters, &arms);
        assert_eq!(chunks.place[&20], (0, 0));
        assert_eq!(chunks.place[&39], (1, 3));
        assert_eq!(chunks.place[&0], (1, 4));
        assert_eq!(chunks.at_start, 2);
        // Chunk 2 opens with the 33rd local placed: 12, named by arm 12.
        assert_eq!(chunks.place[&12], (2, 0));
        assert_eq!(chunks.written_by.get(&12), Some(&vec![2]));
        assert_eq!(chunks.written_by.len(), 1);
        assert_eq!(chunks.sizes, [CHUNK, CHUNK, 8]);
        let shape = chunks.shape(0).to_string();
        assert_eq!(
            shape,
            format!("(({h} ,) , (({h} ,) , _))", h = holes(CHUNK))
        );
    }

    #[test]
    fn a_local_no_arm_names_puts_every_chunk_at_the_start() {
        let locals: BTreeSet<usize> = (0..18).collect();
        let chunks = Chunks::of(&locals, &BTreeSet::new(), &[(0, (0..17).collect())]);
        assert_eq!(chunks.at_start, 2);
        assert_eq!(chunks.place[&17], (1, 1));
        // Chunk 0's shape is the whole list, ended by `()`.
        let shape = chunks.shape(0).to_string();
        assert_eq!(
            shape,
            format!(
                "(({} ,) , ((_ , _ , {} ,) , ()))",
                holes(CHUNK),
                units(CHUNK - 2)
            ),
        );
    }
}
