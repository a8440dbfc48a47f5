//! The hash maps and sets of the macro's own bookkeeping (names, local and block ids).
//!
//! std's default hasher (SipHash, seeded per process) resists collision attacks, which a macro
//! reading its own user's code does not need, and costs more than the look-ups themselves: in
//! the unoptimised build cargo makes of proc macros by default, hashing was a fifth of the
//! instructions of a whole expansion. This is the multiply-and-rotate hash rustc uses for the
//! same kind of keys (FxHash). Iteration order is fixed too, though no output depends on it.

use std::hash::{BuildHasherDefault, Hasher};

pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type HashSet<T> = std::collections::HashSet<T, BuildHasherDefault<FxHasher>>;

#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

pub(crate) const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while let Some((word, rest)) = bytes.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*word));
            bytes = rest;
        }
        if !bytes.is_empty() {
            let mut last = [0u8; 8];
            last[..bytes.len()].copy_from_slice(bytes);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash>(value: T) -> u64 {
        BuildHasherDefault::<FxHasher>::default().hash_one(value)
    }

    #[test]
    fn equal_keys_hash_equal_and_different_keys_differ() {
        assert_eq!(hash("__coro_f2"), hash(String::from("__coro_f2")));
        // Keys that differ only past the first eight bytes still differ.
        assert_ne!(hash("__coro_f2"), hash("__coro_f3"));
        assert_ne!(hash("abcdefgh1"), hash("abcdefgh2"));
        assert_ne!(hash((1usize, 2usize)), hash((2usize, 1usize)));
    }

    #[test]
    fn maps_and_sets_work_with_it() {
        let mut map: HashMap<String, usize> = HashMap::default();
        for i in 0..1000 {
            map.insert(format!("__coro_t{i}"), i);
        }
        assert_eq!(map.len(), 1000);
        assert!((0..1000).all(|i| map[&format!("__coro_t{i}")] == i));
        let set: HashSet<usize> = (0..100).chain(0..100).collect();
        assert_eq!(set.len(), 100);
    }
}
