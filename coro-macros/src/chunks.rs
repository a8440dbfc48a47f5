//! How a long body's locals' types are laid out: a list of chunks (see `Chunks`), for the
//! emitter's enums with a late conversion.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Punct, Spacing, TokenStream};
use quote::{ToTokens, TokenStreamExt, format_ident, quote};
use syn::{Ident, Path};

use crate::emit::folded_param;
use crate::normalize::LocalId;
use crate::numbered::Numbered;
use crate::owned::Trees;

/// The elements of a `__private::Chunk`; must match `coro_core::__private::CHUNK`.
pub const CHUNK: usize = 16;

/// A long body's shared locals (a late conversion's) as a list of chunks of `CHUNK`,
/// `(chunk 0, (chunk 1, (.., ())))`, the whole list's shape written where the state's type
/// starts (see `coro_core`'s `chunks.rs`). As one flat tuple, each mention of a variant left
/// obligations waiting on every local not yet typed, for the rest of the body; in the list, a
/// mention reaches only its own chunk. A 200-point function builds in 0.45 s, against 2.03 s
/// with the flat tuple (BENCHMARKS.md, seventh and eighth sessions of 2026-11-24).
pub struct Chunks {
    /// Each local's chunk and element.
    place: BTreeMap<LocalId, (usize, usize)>,
    /// The number of locals in each chunk.
    sizes: Vec<usize>,
}

/// The list's rest from chunk `chunk` on: the folded parameter itself for chunk 0, else the
/// alias `tails` writes for it, `__CoroStateTypesTail2<__CoroT>`.
fn rest(prefix: &Ident, chunk: usize) -> TokenStream {
    let t = folded_param();
    if chunk == 0 {
        return t.into_token_stream();
    }
    let alias = tail_alias(prefix, chunk);
    quote!(#alias<#t>)
}

/// The name of the alias for the list's rest from chunk `chunk` on.
fn tail_alias(prefix: &Ident, chunk: usize) -> Ident {
    format_ident!("{}Tail{}", prefix, chunk)
}

impl Chunks {
    /// `locals` placed in order, the awaiters first. (Placed in the order in which the arms,
    /// in rustc's order, name them, the builds took the same time.)
    pub fn of(locals: &BTreeSet<LocalId>, awaiters: &BTreeSet<LocalId>) -> Self {
        let mut place = BTreeMap::new();
        let others = locals.difference(awaiters);
        for &local in awaiters.intersection(locals).chain(others) {
            let n = place.len();
            place.insert(local, (n / CHUNK, n % CHUNK));
        }
        let mut sizes = vec![0; locals.len().div_ceil(CHUNK).max(1)];
        for &(chunk, _) in place.values() {
            sizes[chunk] += 1;
        }
        Chunks { place, sizes }
    }

    /// A local's type as an element of the folded parameter, reached through the alias of
    /// its chunk's rest (see `tails`): `<<__CoroStateTail2<T> as Level>::Head as Chunk>::E3`.
    /// (A `Types` impl for the list with the first chunks spelled out as parameters was tried:
    /// rustc executes 1.8 × the instructions to check a 200-point function, 1.6 × for a
    /// 100-point one with 25 delegations.)
    ///
    /// Gives the function that writes a local's type onto a stream for the list named by
    /// `prefix`; each chunk's head is made once (unoptimised, making it for every local was
    /// 2 % of a 1,000-point expansion), and its tokens written in place.
    pub fn elements(&self, prefix: &Ident, krate: &Path) -> impl Fn(&mut TokenStream, LocalId) {
        let heads: Vec<Trees> = (0..self.sizes.len())
            .map(|chunk| {
                let list = rest(prefix, chunk);
                Trees::new(quote!(
                    <<#list as #krate::__private::Level>::Head as #krate::__private::Chunk>
                ))
            })
            .collect();
        let names = Numbered::ChunkElement.table(CHUNK);
        move |out, local| {
            let (chunk, index) = self.place[&local];
            heads[chunk].to_tokens(out);
            out.append(Punct::new(':', Spacing::Joint));
            out.append(Punct::new(':', Spacing::Alone));
            out.append(names.get(index).clone());
        }
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
            let before = rest(prefix, chunk - 1);
            out.extend(quote! {
                #[allow(non_camel_case_types)]
                type #alias<#t> = <#before as #krate::__private::Level>::Tail;
            });
        }
        out
    }

    /// The whole list's shape, each chunk's locals `_` and its padding `()`:
    /// `((_, _, .., _), ((_, _, (), .., ()), ()))`.
    pub fn shape(&self) -> TokenStream {
        let mut list = quote!(());
        for &size in self.sizes.iter().rev() {
            let elements = (0..CHUNK).map(|i| if i < size { quote!(_) } else { quote!(()) });
            list = quote!(((#(#elements,)*), #list));
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
    fn awaiters_come_first_then_the_others_in_order() {
        let locals: BTreeSet<usize> = (0..40).collect();
        let awaiters: BTreeSet<usize> = (20..40).collect();
        let chunks = Chunks::of(&locals, &awaiters);
        assert_eq!(chunks.place[&20], (0, 0));
        assert_eq!(chunks.place[&39], (1, 3));
        assert_eq!(chunks.place[&0], (1, 4));
        assert_eq!(chunks.place[&12], (2, 0));
        assert_eq!(chunks.place[&19], (2, 7));
        assert_eq!(chunks.sizes, [CHUNK, CHUNK, 8]);
        assert_eq!(
            chunks.shape().to_string(),
            format!(
                "(({h} ,) , (({h} ,) , (({} , {} ,) , ())))",
                holes(8),
                units(CHUNK - 8),
                h = holes(CHUNK),
            ),
        );
    }
}
