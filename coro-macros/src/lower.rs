//! Works out, for each point where the state machine can resume (after a suspension, at a
//! loop's start, after a construct that holds a suspension), which locals it must keep: those
//! in scope there, less those that were moved away and are never named again.

use std::cell::RefCell;

use crate::hashing::{HashSet, SEED};

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::Expr;
use syn::visit::{self, Visit};

use crate::normalize::{LocalId, Node, Program, ROOT, SeqEnd, SeqId};

/// A point in the normal form: before node `index` of level `seq` (`index == len` is its end).
pub type Pos = (SeqId, usize);

pub struct Liveness<'p> {
    pub program: &'p Program,
    /// Each local's name, as text (comparing `Ident`s is slow inside a proc macro).
    names: Vec<String>,
    /// Each local's name, as a number: the index knows the locals' names and `JUMP_NAMES`.
    local_ids: Vec<NameId>,
    /// For each level: which nodes name what, computed once.
    levels: Vec<LevelIndex>,
    /// For each position (see `first_position`): whether the node there (past the last: the
    /// level's tail) may hold a `break`, `continue`, `return` or raise (`node_may_jump`,
    /// asked about every node).
    may_jump: Vec<bool>,
    /// For each local: where its own level's index has its name (`name_use`).
    own_slot: Vec<Option<usize>>,
    /// For each level: its locals in declaration order (its own bindings first, then what
    /// each node declares), and how many of them are declared before each node.
    declared: Declared,
    /// The index just after the node that declares each local in its level (0 for a level's
    /// own bindings).
    declaration_end: Vec<usize>,
    /// For each local: the last node of its level that names it (`usize::MAX` when its level's
    /// tail names it or its level's end reads it; `None` when nothing does). No code at or
    /// after a position past it can name the local (`named_after` is then false).
    last_named: Vec<Option<usize>>,
    /// `possibly_moved`, for each local.
    moved: Vec<bool>,
    /// For each local: the first `let` of its level after its declaration that binds its
    /// name again (`shadowed_before`).
    shadowing_let: Vec<Option<usize>>,
    /// For each name: how many entries of `declared` (all levels) have it (`shadowed_later`).
    declarations_named: Vec<u32>,
    /// For each level and each index into it (0 to its length): the locals in scope there
    /// (declared before the index) that any question about that position can concern: kept,
    /// carried as a drop flag or declared without a value. A subsequence of the locals in
    /// scope; without it every block would look at every local in scope (quadratic).
    candidates: Candidates,
    /// For each local: its level and its position in that level's declaration order.
    declared_at: Vec<Option<(SeqId, usize)>>,
    /// For each local: whether some construct of its level, after its declaration, may move
    /// it (the only way `maybe_alive_on` can be true).
    moved_in_construct: Vec<bool>,
    /// Pre-order rank of every position: the order arms are emitted in, so that every
    /// local's type is settled (at its declaration) before any arm uses it. By `first_position`
    /// (a level not reached from the root has none: `usize::MAX`).
    rank: Vec<usize>,
    /// For each level, and one past the last: how many positions (indices 0 to the length)
    /// the levels before it have. A position's number is its level's entry plus its index:
    /// what is kept per position is one vector for all levels, not one per level
    /// (unoptimised, making and dropping those cost more than their contents).
    first_position: Vec<usize>,
    /// For each level: `path` to its start (asked for about 10,000 times at 1,000
    /// suspensions; walking up and reversing each time cost 13 M instructions). `path` copies
    /// it and sets the last index: unoptimised, half the cost of building the vector.
    starts: Vec<Vec<Pos>>,
    /// The position `entry_set` last answered, and the locals it kept there that
    /// `maybe_alive_on` asks about (see `optional_set`).
    last_entry: RefCell<(Option<Pos>, Vec<LocalId>)>,
}

/// `Liveness::declared`, one vector for all levels.
struct Declared {
    /// Each level's locals in declaration order, one level after another.
    locals: Vec<LocalId>,
    /// Where each level's begin in `locals`, and then where the last one's end.
    level_starts: Vec<usize>,
    /// For each position (see `first_position`): how many of its level's locals are
    /// declared before it.
    before: Vec<usize>,
}

impl Declared {
    /// The locals of level `seq` in declaration order.
    fn locals(&self, seq: SeqId) -> &[LocalId] {
        &self.locals[self.level_starts[seq]..self.level_starts[seq + 1]]
    }
}

/// `Liveness::candidates` of every position.
struct Candidates {
    /// The candidates at each position, one position after another.
    locals: Vec<LocalId>,
    /// Where each position's candidates begin in `locals` (by its number, see
    /// `first_position`), and then where the last one's end.
    starts: Vec<usize>,
}

/// The names used in one level, indexed so that "is `x` named at or after node `i`" is a
/// look-up, not a scan. Names are numbers (`NameIds`, made in `Liveness::new`). A sorted
/// vector searched by bisection rather than hash maps: unoptimised, a `HashMap::get` cost
/// about 650 instructions.
#[derive(Default)]
struct LevelIndex {
    /// The names the level uses, binds or declares, ascending.
    ids: Vec<NameId>,
    /// For each of `ids`: where the level has it.
    uses: Vec<NameUse>,
}

/// Where one level has one name.
#[derive(Default)]
struct NameUse {
    /// The nodes (ascending) that name it, their sub-levels included.
    naming: Indices,
    /// The `let` nodes (ascending) that bind it.
    lets: Indices,
    /// Whether the level's tail names it.
    in_tail: bool,
    /// The positions, in the level's declaration order, of its locals with that name.
    declared: Indices,
}

/// A name a level does not have.
static NO_USE: NameUse = NameUse {
    naming: Indices::None,
    lets: Indices::None,
    in_tail: false,
    declared: Indices::None,
};

/// A list of indices, most often empty or of one (a name in one node of a level): held inline
/// until a second comes. Unoptimised, growing and dropping a vector for each name of each
/// level cost more than the rest of the index.
#[derive(Default)]
enum Indices {
    #[default]
    None,
    One(usize),
    Many(Vec<usize>),
}

impl Indices {
    fn push(&mut self, index: usize) {
        match self {
            Indices::None => *self = Indices::One(index),
            Indices::One(first) => *self = Indices::Many(vec![*first, index]),
            Indices::Many(indices) => indices.push(index),
        }
    }
}

impl std::ops::Deref for Indices {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        match self {
            Indices::None => &[],
            Indices::One(index) => std::slice::from_ref(index),
            Indices::Many(indices) => indices,
        }
    }
}

impl LevelIndex {
    /// Where the level has `id`, if it does.
    fn slot(&self, id: NameId) -> Option<usize> {
        let at = lower_bound(&self.ids, id);
        (self.ids.get(at) == Some(&id)).then_some(at)
    }

    fn get(&self, id: NameId) -> &NameUse {
        self.slot(id).map_or(&NO_USE, |at| &self.uses[at])
    }
}

impl NameUse {
    /// Whether anything in the level (nodes, sub-levels, tail) names it.
    fn named(&self) -> bool {
        !self.naming.is_empty() || self.in_tail
    }
}

/// The number of items of `sorted` below `key`. By hand: unoptimised, `partition_point`
/// costs several times more (closure calls at every step).
fn lower_bound<T: Ord>(sorted: &[T], key: T) -> usize {
    let (mut low, mut high) = (0, sorted.len());
    while low < high {
        let middle = (low + high) / 2;
        if sorted[middle] < key {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
}

/// The first of the ascending `indices` at or after `from`.
fn first_from(indices: &[usize], from: usize) -> Option<usize> {
    // Most lists hold one index (a name in one node of its level): no bisection.
    if let [only] = *indices {
        return if only >= from { Some(only) } else { None };
    }
    indices.get(lower_bound(indices, from)).copied()
}

impl<'p> Liveness<'p> {
    pub fn new(program: &'p Program) -> Self {
        let mut first_position = Vec::with_capacity(program.seqs.len() + 1);
        let mut positions = 0;
        for level in &program.seqs {
            first_position.push(positions);
            positions += level.nodes.len() + 1;
        }
        first_position.push(positions);
        let mut rank = vec![usize::MAX; positions];
        let mut counter = 0;
        rank_seq(program, ROOT, &first_position, &mut rank, &mut counter);
        let names: Vec<String> = program.locals.iter().map(|l| l.name.to_string()).collect();
        let mut name_ids = NameIds::with_capacity(JUMP_NAMES.len() + names.len());
        for name in JUMP_NAMES {
            name_ids.insert(name);
        }
        let local_ids: Vec<NameId> = names.iter().map(|name| name_ids.insert(name)).collect();
        let mut declaration_end = vec![0; program.locals.len()];
        let mut seen = vec![false; program.locals.len()];
        let mut declared = Declared {
            locals: Vec::new(),
            level_starts: Vec::with_capacity(program.seqs.len() + 1),
            before: Vec::with_capacity(positions),
        };
        for (seq, level) in program.seqs.iter().enumerate() {
            let start = declared.locals.len();
            declared.level_starts.push(start);
            for &local in &level.intro {
                declared.locals.push(local);
            }
            for (i, node) in level.nodes.iter().enumerate() {
                declared.before.push(declared.locals.len() - start);
                for &local in node.declared() {
                    if program.locals[local].seq == seq && !seen[local] {
                        seen[local] = true;
                        declaration_end[local] = i + 1;
                    }
                    declared.locals.push(local);
                }
            }
            declared.before.push(declared.locals.len() - start);
        }
        declared.level_starts.push(declared.locals.len());
        let mut declared_at = vec![None; program.locals.len()];
        let mut declarations_named = vec![0; name_ids.len];
        for seq in 0..program.seqs.len() {
            for (position, &local) in declared.locals(seq).iter().enumerate() {
                declared_at[local].get_or_insert((seq, position));
                declarations_named[local_ids[local] as usize] += 1;
            }
        }
        let mut indexer = Indexer {
            program,
            name_ids: &name_ids,
            local_ids: &local_ids,
            declared: &declared,
            slots: vec![usize::MAX; name_ids.len],
            levels: (0..program.seqs.len()).map(|_| None).collect(),
            sink: NameIdSink::new(&name_ids),
            first_position: &first_position,
            may_jump: vec![false; positions],
        };
        for seq in 0..program.seqs.len() {
            indexer.index_level(seq);
        }
        let may_jump = std::mem::take(&mut indexer.may_jump);
        let levels: Vec<LevelIndex> = indexer
            .levels
            .into_iter()
            .map(|level| level.expect("every level indexed"))
            .collect();
        let own_slot = program
            .locals
            .iter()
            .zip(&local_ids)
            .map(|(info, &id)| levels[info.seq].slot(id))
            .collect();
        let mut live = Liveness {
            program,
            names,
            local_ids,
            levels,
            may_jump,
            own_slot,
            declared,
            declaration_end,
            last_named: Vec::new(),
            moved: Vec::new(),
            shadowing_let: Vec::new(),
            declarations_named,
            moved_in_construct: Vec::new(),
            candidates: Candidates {
                locals: Vec::new(),
                starts: Vec::new(),
            },
            declared_at,
            rank,
            first_position,
            starts: (0..program.seqs.len())
                .map(|seq| path_to_start(program, seq))
                .collect(),
            last_entry: RefCell::new((None, Vec::new())),
        };
        live.last_named = (0..program.locals.len())
            .map(|local| live.compute_last_named(local))
            .collect();
        live.shadowing_let = (0..program.locals.len())
            .map(|local| {
                let lets = &live.name_use(program.locals[local].seq, local).lets;
                first_from(lets, live.declaration_end(local))
            })
            .collect();
        live.moved = (0..program.locals.len())
            .map(|local| live.compute_possibly_moved(local))
            .collect();
        live.moved_in_construct = (0..program.locals.len())
            .map(|local| live.compute_moved_in_construct(local))
            .collect();
        let mut candidates = Candidates {
            locals: Vec::new(),
            starts: Vec::with_capacity(positions + 1),
        };
        for seq in 0..program.seqs.len() {
            live.compute_candidates(seq, &mut candidates);
        }
        candidates.starts.push(candidates.locals.len());
        live.candidates = candidates;
        live
    }

    /// The last index of its level up to which a question can concern `local` (see
    /// `candidates`), or `None` when none can.
    fn reach(&self, local: LocalId, seq: SeqId) -> Option<usize> {
        let info = &self.program.locals[local];
        if info.seq != seq || info.deferred || !self.moved[local] || self.moved_in_construct[local]
        {
            return Some(usize::MAX);
        }
        // Moved away somewhere: kept only while something later names it (`keeps_on`).
        self.last_named[local]
    }

    /// Adds the `candidates` of each index of level `seq`. A sweep down the level with the
    /// locals in scope and their reach: unoptimised, a vector per index cost more to make and
    /// drop than its contents.
    fn compute_candidates(&self, seq: SeqId, candidates: &mut Candidates) {
        // The candidates in scope at the index, with their reach, in declaration order.
        let mut in_scope: Vec<(LocalId, usize)> = Vec::new();
        let locals = self.declared.locals(seq);
        let before = &self.declared.before[self.first_position[seq]..self.first_position[seq + 1]];
        let mut declared = 0;
        for (index, &count) in before.iter().enumerate() {
            for &local in &locals[declared..count] {
                if let Some(reach) = self.reach(local, seq) {
                    in_scope.push((local, reach));
                }
            }
            declared = count;
            in_scope.retain(|&(_, reach)| reach >= index);
            candidates.starts.push(candidates.locals.len());
            for &(local, _) in &in_scope {
                candidates.locals.push(local);
            }
        }
    }

    /// The locals in scope at `pos` that a block there may keep, carry as drop flags or
    /// declare, level by level (root first), in declaration order: a subsequence of the
    /// locals in scope.
    pub fn candidates(&self, pos: Pos) -> Vec<(SeqId, &[LocalId])> {
        let path = &self.starts[pos.0];
        let mut candidates = Vec::with_capacity(path.len());
        for &(seq, index) in &path[..path.len() - 1] {
            candidates.push((seq, self.candidates_at(seq, index)));
        }
        candidates.push((pos.0, self.candidates_at(pos.0, pos.1)));
        candidates
    }

    fn candidates_at(&self, seq: SeqId, index: usize) -> &[LocalId] {
        let Candidates { locals, starts } = &self.candidates;
        let position = self.position(seq, index);
        &locals[starts[position]..starts[position + 1]]
    }

    /// The number of index `index` of level `seq` (see `first_position`); past its end, its
    /// end's.
    fn position(&self, seq: SeqId, index: usize) -> usize {
        let position = self.first_position[seq] + index;
        let end = self.first_position[seq + 1];
        if position < end { position } else { end - 1 }
    }

    /// Where `local` comes in the locals in scope at the end of `path` (level by level, in
    /// declaration order), or `None` when it is not in scope there.
    pub fn scope_order(&self, local: LocalId, path: &[Pos]) -> Option<(usize, usize)> {
        let (seq, position) = self.declared_at[local]?;
        let depth = path.iter().position(|&(s, _)| s == seq)?;
        let before = self.declared.before[self.position(seq, path[depth].1)];
        (position < before).then_some((depth, position))
    }

    /// True when a local declared after `local` and in scope at the end of `path` has its
    /// name.
    pub fn shadowed_later(&self, local: LocalId, path: &[Pos]) -> bool {
        // Nothing else declared with its name (most locals): nothing can shadow it.
        if self.declarations_named[self.local_ids[local] as usize] < 2 {
            return false;
        }
        let Some((depth, position)) = self.scope_order(local, path) else {
            return false;
        };
        path.iter()
            .enumerate()
            .skip(depth)
            .any(|(d, &(seq, index))| {
                let count = self.declared.before[self.position(seq, index)];
                self.name_use(seq, local)
                    .declared
                    .iter()
                    .any(|&p| p < count && (d > depth || p > position))
            })
    }

    /// True when node `index` of level `seq` (its sub-levels included; `index` past the last
    /// node: the level's tail) may name `local`, as the level's index has it.
    pub fn node_names(&self, (seq, index): Pos, local: LocalId) -> bool {
        let name = self.name_use(seq, local);
        if index >= self.program.seqs[seq].nodes.len() {
            return name.in_tail;
        }
        first_from(&name.naming, index) == Some(index)
    }

    /// True when the node at `pos` (as `node_names`) may hold a `break`, `continue`, `return`
    /// or raise.
    pub fn node_may_jump(&self, (seq, index): Pos) -> bool {
        self.may_jump[self.position(seq, index)]
    }

    /// Where level `seq` has the name of `local` (a bisection, but for the local's own level,
    /// the one asked about most).
    fn name_use(&self, seq: SeqId, local: LocalId) -> &NameUse {
        let level = &self.levels[seq];
        if seq == self.program.locals[local].seq {
            return self.own_slot[local].map_or(&NO_USE, |at| &level.uses[at]);
        }
        level.get(self.local_ids[local])
    }

    pub fn rank(&self, pos: Pos) -> usize {
        let (seq, index) = pos;
        match self.first_position.get(seq + 1) {
            Some(&end) if self.first_position[seq] + index < end => {
                self.rank[self.first_position[seq] + index]
            }
            _ => usize::MAX,
        }
    }

    /// The index of the node that declares `local` in its level (`None` for a level's own
    /// bindings).
    pub fn declaring_node(&self, local: LocalId) -> Option<usize> {
        self.declaration_end[local].checked_sub(1)
    }

    /// The local's name, as text.
    pub fn name(&self, local: LocalId) -> &str {
        &self.names[local]
    }

    /// The number of the local's name: locals with the same name have the same number, below
    /// `name_count`.
    pub fn name_number(&self, local: LocalId) -> usize {
        self.local_ids[local] as usize
    }

    /// How many numbers `name_number` may give.
    pub fn name_count(&self) -> usize {
        self.declarations_named.len()
    }

    /// Levels from the root down to `seq`, each with the index of the node that leads on
    /// (for `seq` itself: `index`).
    pub fn path(&self, pos: Pos) -> Vec<Pos> {
        let mut path = self.starts[pos.0].clone();
        *path.last_mut().expect("a path ends at its level") = pos;
        path
    }

    /// The locals in scope at `pos`, level by level (root first), in declaration order.
    pub fn chain(&self, pos: Pos) -> Vec<(SeqId, Vec<LocalId>)> {
        self.chain_slices(&self.path(pos))
            .into_iter()
            .map(|(seq, locals, _)| (seq, locals.to_vec()))
            .collect()
    }

    /// `chain`, borrowed, with the index the path has in each level.
    fn chain_slices(&self, path: &[Pos]) -> Vec<(SeqId, &[LocalId], usize)> {
        path.iter()
            .map(|&(seq, index)| {
                let count = self.declared.before[self.position(seq, index)];
                (seq, &self.declared.locals(seq)[..count], index)
            })
            .collect()
    }

    /// Whether `local` must be carried into a state that resumes at the end of `path`;
    /// `index` is the path's index in the local's own level, when known.
    fn keeps_on(&self, local: LocalId, path: &[Pos], index: Option<usize>) -> bool {
        let info = &self.program.locals[local];
        if info.deferred && !self.assigned_before(local, *path.last().expect("a path")) {
            return false;
        }
        if !self.moved[local] {
            return true;
        }
        // Nothing at or after the path's node in the local's level names it: no code that
        // can run later does (every such code is inside or after that node).
        if let Some(index) = index {
            if self.last_named[local].is_none_or(|last| last < index) {
                return false;
            }
        }
        self.named_after_on(local, path)
    }

    /// The last node of the local's level that names it (see `last_named`).
    fn compute_last_named(&self, local: LocalId) -> Option<usize> {
        let info = &self.program.locals[local];
        let level = &self.program.seqs[info.seq];
        let name = self.name_use(info.seq, local);
        if name.in_tail || (level.end == SeqEnd::Finally && level.intro.contains(&local)) {
            return Some(usize::MAX);
        }
        name.naming.last().copied()
    }

    /// The index just after the node that declares `local` in its level (0 for a level's own
    /// bindings, which it starts with).
    fn declaration_end(&self, local: LocalId) -> usize {
        self.declaration_end[local]
    }

    /// The nodes that ran between `local`'s declaration and `pos`, level by level from the
    /// local's own level down: `(depth in the path, level, first node, node the path enters)`.
    fn ranges_since_declaration(
        &self,
        local: LocalId,
        path: &[Pos],
    ) -> Vec<(usize, SeqId, usize, usize)> {
        let own = self.program.locals[local].seq;
        let Some(first) = path.iter().position(|(seq, _)| *seq == own) else {
            return Vec::new();
        };
        path.iter()
            .enumerate()
            .skip(first)
            .map(|(depth, &(seq, index))| {
                let start = if depth == first {
                    self.declaration_end(local)
                } else {
                    0
                };
                (depth, seq, start, index)
            })
            .collect()
    }

    /// A local not kept at the end of `path` (moved away, never named again) that may still
    /// hold its value there, because it was moved only inside a construct that has ended
    /// (`if c { drop(a) }`) or in another branch of one the path is in (`if c { yield_!(); }
    /// else { drop(a) }`). It is carried as an `Option`, a drop flag, so that it still drops
    /// at its scope's end.
    /// `kept` answers `keeps_on` for the local.
    fn maybe_alive_on(&self, local: LocalId, path: &[Pos], kept: impl FnOnce() -> bool) -> bool {
        let info = &self.program.locals[local];
        if !info.user || info.deferred || !self.moved_in_construct[local] || kept() {
            return false;
        }
        let name = self.name(local);
        let mut moved_in_construct = false;
        for (depth, seq, start, index) in self.ranges_since_declaration(local, path) {
            let level = &self.program.seqs[seq];
            // Only the nodes that name the local can move it.
            let naming = &self.name_use(seq, local).naming;
            for &i in naming.iter().filter(|&&i| i >= start && i < index) {
                match self.node_moves(&level.nodes[i], name) {
                    // Moved by code that ran on the way here: certainly gone.
                    Moved::Certainly => return false,
                    Moved::Maybe => moved_in_construct = true,
                    Moved::No => {}
                }
            }
            // The condition or scrutinee of the construct the path enters ran first.
            if depth + 1 < path.len() {
                if level
                    .nodes
                    .get(index)
                    .is_some_and(|node| head_moves(node, name))
                {
                    return false;
                }
                // The path is in one branch of an `if` / `match` whose other branch may move it
                // (a move in the path's own branch before here was seen above, after here would
                // have kept it).
                match level.nodes.get(index) {
                    Some(node @ (Node::If { .. } | Node::Match { .. }))
                        if self.moves_in(node, name) != Moved::No =>
                    {
                        moved_in_construct = true;
                    }
                    // A `finally` runs after a handler that may have moved it, while the body's
                    // normal end (which did not, for certain) hands it on alive.
                    Some(Node::Try {
                        body,
                        catch,
                        catch_all,
                        finally: Some(finally),
                        ..
                    }) if path[depth + 1].0 == *finally => {
                        let handlers_move = catch
                            .iter()
                            .chain(catch_all)
                            .any(|&h| self.moves_in_level(h, name) != Moved::No);
                        if handlers_move && self.moves_in_level(*body, name) != Moved::Certainly {
                            moved_in_construct = true;
                        }
                    }
                    _ => {}
                }
            }
        }
        moved_in_construct
    }

    /// Whether a construct (a node with levels of its own) of the local's level, after its
    /// declaration, may move it: without one, `maybe_alive_on` is false everywhere.
    fn compute_moved_in_construct(&self, local: LocalId) -> bool {
        let info = &self.program.locals[local];
        if !info.user || info.deferred {
            return false;
        }
        let level = &self.program.seqs[info.seq];
        let name = self.name(local);
        let start = self.declaration_end(local);
        let naming = &self.name_use(info.seq, local).naming;
        naming.iter().filter(|&&i| i >= start).any(|&i| {
            let node = &level.nodes[i];
            node.has_children() && self.moves_in(node, name) != Moved::No
        })
    }

    /// How a construct that has ended moved the local called `name`: a block, a region body or
    /// a loop body runs through its straight-line code, so a move there is certain; a move in
    /// a branch of an `if` or `match` is only possible.
    fn moves_in(&self, node: &Node, name: &str) -> Moved {
        let branches = matches!(node, Node::If { .. } | Node::Match { .. });
        // A branch construct moves it certainly when every way through it does (an `if`
        // needs its `else` for that).
        let exhaustive = match node {
            Node::If { els, .. } => els.is_some(),
            Node::Match { .. } => true,
            _ => false,
        };
        let mut result = Moved::No;
        let mut every_branch = true;
        node.for_each_child(|child| {
            let branch = self.moves_in_level(child, name);
            every_branch &= branch == Moved::Certainly;
            result = result.max(branch);
        });
        if branches && result == Moved::Certainly && !(exhaustive && every_branch) {
            Moved::Maybe
        } else {
            result
        }
    }

    /// How running the level `seq` to its end moves the local called `name`.
    fn moves_in_level(&self, seq: SeqId, name: &str) -> Moved {
        let level = &self.program.seqs[seq];
        let mut moved = level
            .nodes
            .iter()
            .map(|node| self.node_moves(node, name))
            .max()
            .unwrap_or(Moved::No);
        if level
            .tail
            .as_ref()
            .is_some_and(|tail| expr_moves(tail, name))
        {
            moved = Moved::Certainly;
        }
        moved
    }

    /// How running one node moves the local called `name`: straight-line code, or a
    /// construct's condition or scrutinee (which runs whenever it does), moves it for certain.
    fn node_moves(&self, node: &Node, name: &str) -> Moved {
        if !node.has_children() {
            let mut finder = MoveFinder { name, found: false };
            self.visit_node_exprs(node, &mut finder);
            if finder.found {
                Moved::Certainly
            } else {
                Moved::No
            }
        } else if head_moves(node, name) {
            Moved::Certainly
        } else {
            self.moves_in(node, name)
        }
    }

    /// Locals carried as drop flags into a block at `pos`.
    pub fn optional_set(&self, pos: Pos) -> Vec<LocalId> {
        // The emitter asks for the entry set at the same position first: which locals
        // `keeps_on` keeps there is known.
        let last_entry = self.last_entry.borrow();
        let entry = (last_entry.0 == Some(pos)).then_some(&last_entry.1);
        self.candidates_where(pos, |local, path, index| {
            self.maybe_alive_on(local, path, || match entry {
                Some(entry) => entry.contains(&local),
                None => self.keeps_on(local, path, index),
            })
        })
    }

    pub fn entry_set(&self, pos: Pos) -> Vec<LocalId> {
        let entry =
            self.candidates_where(pos, |local, path, index| self.keeps_on(local, path, index));
        // Those `optional_set` asks about, in the same buffer each time (no allocation).
        let mut last_entry = self.last_entry.borrow_mut();
        last_entry.0 = Some(pos);
        last_entry.1.clear();
        for &local in &entry {
            if self.moved_in_construct[local] {
                last_entry.1.push(local);
            }
        }
        entry
    }

    /// The `candidates` at `pos` that `wanted` accepts, given the path to `pos` and the path's
    /// index in the local's own level (`None` for a local of another level). A plain loop:
    /// unoptimised, the iterator adaptors and the Vec of slices cost more than the questions.
    fn candidates_where(
        &self,
        pos: Pos,
        wanted: impl Fn(LocalId, &[Pos], Option<usize>) -> bool,
    ) -> Vec<LocalId> {
        self.with_path(pos, |path| {
            let mut found = Vec::new();
            for &(seq, index) in path {
                for &local in self.candidates_at(seq, index) {
                    let own_index = (self.program.locals[local].seq == seq).then_some(index);
                    if wanted(local, path, own_index) {
                        found.push(local);
                    }
                }
            }
            found
        })
    }

    /// Calls `f` with `path(pos)`, on the stack when it is short, as nearly all are
    /// (unoptimised, the vector `path` makes cost several times the copy).
    fn with_path<R>(&self, pos: Pos, f: impl FnOnce(&[Pos]) -> R) -> R {
        let start: &[Pos] = &self.starts[pos.0];
        let mut path = [(ROOT, 0); 8];
        if start.len() > path.len() {
            return f(&self.path(pos));
        }
        // By index: unoptimised, `copy_from_slice` checks cost more than a few copies.
        let mut at = 0;
        while at < start.len() {
            path[at] = start[at];
            at += 1;
        }
        path[start.len() - 1] = pos;
        f(&path[..start.len()])
    }

    /// True when code that can run after `pos` (while `local` is in scope) names it.
    pub fn named_after(&self, local: LocalId, pos: Pos) -> bool {
        self.with_path(pos, |path| self.named_after_on(local, path))
    }

    fn named_after_on(&self, local: LocalId, path: &[Pos]) -> bool {
        let info = &self.program.locals[local];
        let name = self.name(local);
        if info.user && self.shadowed_before(local, path) {
            return false;
        }
        // Innermost level first (a range, not `enumerate().rev()`: fewer calls unoptimised).
        for depth in (0..path.len()).rev() {
            let (seq, index) = path[depth];
            let level = &self.program.seqs[seq];
            let innermost = depth + 1 == path.len();
            // The node the path goes through is still running unless it is the position itself.
            let from = if innermost { index } else { index + 1 };
            if !innermost {
                // A loop runs its body again; a region runs its handlers and `finally` after
                // the part the path is in.
                let child = path[depth + 1].0;
                let again: Vec<SeqId> = match level.nodes.get(index) {
                    Some(Node::Loop { body, .. }) => vec![*body],
                    Some(Node::Try {
                        body,
                        catch,
                        catch_all,
                        finally,
                        ..
                    }) => {
                        let later: Vec<SeqId> = if child == *body {
                            [*catch, *catch_all, *finally]
                                .into_iter()
                                .flatten()
                                .collect()
                        } else if Some(child) == *finally {
                            Vec::new()
                        } else {
                            finally.iter().copied().collect()
                        };
                        later
                    }
                    _ => Vec::new(),
                };
                if again.into_iter().any(|s| self.name_use(s, local).named()) {
                    return true;
                }
            }
            let own_level = seq == info.seq;
            let name_use = self.name_use(seq, local);
            let named = first_from(&name_use.naming, from);
            if own_level && info.user {
                // A later `let` of the same name ends what can name this one; its
                // initialiser still can.
                if let Some(shadow) = first_from(&name_use.lets, from) {
                    if named.is_some_and(|n| n < shadow) {
                        return true;
                    }
                    let Node::Let {
                        local: syn_local, ..
                    } = &level.nodes[shadow]
                    else {
                        unreachable!("`lets` indexes `let` nodes")
                    };
                    return syn_local
                        .init
                        .as_ref()
                        .is_some_and(|init| names_of_expr(&init.expr).contains(name));
                }
            }
            if named.is_some() || name_use.in_tail {
                return true;
            }
            // The back edge runs the body again; a loop-carried local is handed in anew there.
            // (A local of the loop body itself is declared anew before any use.)
            if level.end == SeqEnd::LoopBody
                && !own_level
                && !level.intro.contains(&local)
                && name_use.named()
            {
                return true;
            }
            // The end of a `finally` block reads what is pending.
            if level.end == SeqEnd::Finally && level.intro.contains(&local) {
                return true;
            }
            if own_level {
                break;
            }
        }
        false
    }

    /// True when a `let` of the local's own level, between its declaration and the path to
    /// `pos`, binds its name again: from there on no code can name it.
    fn shadowed_before(&self, local: LocalId, path: &[Pos]) -> bool {
        // Most locals have no such `let`: then the path is not searched.
        let Some(shadow) = self.shadowing_let[local] else {
            return false;
        };
        let info = &self.program.locals[local];
        let Some(&(_, index)) = path.iter().find(|(seq, _)| *seq == info.seq) else {
            return false;
        };
        shadow < index
    }

    /// True when some code in the local's scope may move it (or part of it) away.
    pub fn possibly_moved(&self, local: LocalId) -> bool {
        self.moved[local]
    }

    fn compute_possibly_moved(&self, local: LocalId) -> bool {
        let info = &self.program.locals[local];
        if !info.user {
            // Temporaries are used once, by value.
            return true;
        }
        let name = self.name(local);
        let level = &self.program.seqs[info.seq];
        let start = self.declaration_end(local);
        let mut finder = MoveFinder { name, found: false };
        // Only the nodes that name the local can move it.
        let naming = &self.name_use(info.seq, local).naming;
        for &i in naming.iter().filter(|&&i| i >= start) {
            self.visit_node_exprs(&level.nodes[i], &mut finder);
            // Found: the walks of the later nodes would find nothing more.
            if finder.found {
                return true;
            }
        }
        if let Some(tail) = &level.tail {
            finder.visit_expr(tail);
        }
        finder.found
    }

    /// For `let x;`: true when an assignment to it comes before `pos` on the way there.
    pub fn assigned_before(&self, local: LocalId, pos: Pos) -> bool {
        let mut finder = AssignFinder {
            name: self.name(local),
            found: false,
        };
        let path = self.path(pos);
        for (_, seq, start, index) in self.ranges_since_declaration(local, &path) {
            let level = &self.program.seqs[seq];
            for node in level.nodes.iter().take(index).skip(start) {
                self.visit_node_exprs(node, &mut finder);
            }
        }
        finder.found
    }

    fn visit_node_exprs<'a>(&'a self, node: &'a Node, visitor: &mut impl Visit<'a>) {
        match node {
            Node::Plain(stmt) => visitor.visit_stmt(stmt),
            Node::Let { local, .. } => {
                if let Some(init) = &local.init {
                    visitor.visit_expr(&init.expr);
                    if let Some((_, diverge)) = &init.diverge {
                        visitor.visit_expr(diverge);
                    }
                }
            }
            Node::Temp { expr, .. } => visitor.visit_expr(expr),
            Node::Suspend { value, .. } => visitor.visit_expr(value),
            Node::If {
                cond, then, els, ..
            } => {
                visitor.visit_expr(cond);
                self.visit_seq_exprs(*then, visitor);
                if let Some(els) = els {
                    self.visit_seq_exprs(*els, visitor);
                }
            }
            Node::Match {
                scrutinee, arms, ..
            } => {
                visitor.visit_expr(scrutinee);
                for arm in arms {
                    if let Some(guard) = &arm.guard {
                        visitor.visit_expr(guard);
                    }
                    self.visit_seq_exprs(arm.body, visitor);
                }
            }
            Node::Loop { .. } | Node::Block { .. } | Node::Try { .. } => {
                node.for_each_child(|child| self.visit_seq_exprs(child, visitor));
            }
        }
    }

    fn visit_seq_exprs<'a>(&'a self, seq: SeqId, visitor: &mut impl Visit<'a>) {
        let level = &self.program.seqs[seq];
        for node in &level.nodes {
            self.visit_node_exprs(node, visitor);
        }
        if let Some(tail) = &level.tail {
            visitor.visit_expr(tail);
        }
    }
}

/// Whether the condition of an `if` or the scrutinee of a `match` moves the local `name`.
fn head_moves(node: &Node, name: &str) -> bool {
    let mut finder = MoveFinder { name, found: false };
    match node {
        Node::If { cond, .. } => finder.visit_expr(cond),
        Node::Match { scrutinee, .. } => finder.visit_expr(scrutinee),
        _ => {}
    }
    finder.found
}

/// Builds the `LevelIndex` of every level.
struct Indexer<'a> {
    program: &'a Program,
    name_ids: &'a NameIds<'a>,
    local_ids: &'a [NameId],
    /// `Liveness::declared`.
    declared: &'a Declared,
    /// For each name: its place in the `LevelIndex` being built (`usize::MAX`: none yet). A
    /// table indexed by name rather than a `HashMap` per level, for speed unoptimised.
    slots: Vec<usize>,
    levels: Vec<Option<LevelIndex>>,
    /// The sink each level's names go to.
    sink: NameIdSink<'a>,
    /// `Liveness::first_position`.
    first_position: &'a [usize],
    /// `Liveness::may_jump`, filled level by level.
    may_jump: Vec<bool>,
}

impl Indexer<'_> {
    /// Builds the `LevelIndex` of level `seq` (and, first, of the levels under it).
    fn index_level(&mut self, seq: SeqId) {
        if self.levels[seq].is_some() {
            return;
        }
        let program = self.program;
        let level = &program.seqs[seq];
        // The levels under it first: `slots` serves one level at a time.
        for node in &level.nodes {
            node.for_each_child(|child| self.index_level(child));
        }
        let mut index = LevelIndex::default();
        // One sink for every level (its buffers reused), put back at the end.
        let mut node_names = std::mem::replace(&mut self.sink, NameIdSink::new(self.name_ids));
        for (i, node) in level.nodes.iter().enumerate() {
            match node {
                Node::Plain(stmt) => NameCollector(&mut node_names).visit_stmt(stmt),
                Node::Let { local, binds } => {
                    if let Some(init) = &local.init {
                        NameCollector(&mut node_names).visit_expr(&init.expr);
                        if let Some((_, diverge)) = &init.diverge {
                            NameCollector(&mut node_names).visit_expr(diverge);
                        }
                    }
                    for &b in binds {
                        self.name_use(&mut index, self.local_ids[b]).lets.push(i);
                    }
                }
                Node::Temp { expr, .. } => NameCollector(&mut node_names).visit_expr(expr),
                Node::Suspend { value, .. } => NameCollector(&mut node_names).visit_expr(value),
                Node::If { cond, .. } => NameCollector(&mut node_names).visit_expr(cond),
                Node::Match {
                    scrutinee, arms, ..
                } => {
                    NameCollector(&mut node_names).visit_expr(scrutinee);
                    for arm in arms {
                        if let Some(guard) = &arm.guard {
                            NameCollector(&mut node_names).visit_expr(guard);
                        }
                    }
                }
                Node::Loop { .. } | Node::Block { .. } | Node::Try { .. } => {}
            }
            node.for_each_child(|child| {
                let child = self.levels[child].as_ref().expect("indexed above");
                for (&id, name) in child.ids.iter().zip(&child.uses) {
                    if name.named() {
                        node_names.found.push(id);
                    }
                }
            });
            for at in 0..node_names.found.len() {
                let naming = &mut self.name_use(&mut index, node_names.found[at]).naming;
                // Once per node, however often it names it.
                if naming.last() != Some(&i) {
                    naming.push(i);
                }
            }
            node_names.found.clear();
        }
        if let Some(tail) = &level.tail {
            NameCollector(&mut node_names).visit_expr(tail);
            for at in 0..node_names.found.len() {
                self.name_use(&mut index, node_names.found[at]).in_tail = true;
            }
            node_names.found.clear();
        }
        self.sink = node_names;
        for (position, &local) in self.declared.locals(seq).iter().enumerate() {
            let id = self.local_ids[local];
            self.name_use(&mut index, id).declared.push(position);
        }
        // The jump keywords' entries, found through `slots` while they are filled.
        let first = self.first_position[seq];
        for &slot in &self.slots[..JUMP_NAMES.len()] {
            if let Some(name) = index.uses.get(slot) {
                for &i in name.naming.iter() {
                    self.may_jump[first + i] = true;
                }
                self.may_jump[first + level.nodes.len()] |= name.in_tail;
            }
        }
        // Ascending by name, for bisection; `slots` emptied for the next level. Most small
        // levels meet their names in ascending order already: then nothing moves.
        if is_ascending(&index.ids) {
            for &id in &index.ids {
                self.slots[id as usize] = usize::MAX;
            }
            self.levels[seq] = Some(index);
            return;
        }
        let ids = self.ascending(std::mem::take(&mut index.ids));
        let mut uses = Vec::with_capacity(ids.len());
        for &id in &ids {
            let slot = std::mem::replace(&mut self.slots[id as usize], usize::MAX);
            uses.push(std::mem::take(&mut index.uses[slot]));
        }
        self.levels[seq] = Some(LevelIndex { ids, uses });
    }

    /// The names of the level being built, `ids`, in ascending order. Unoptimised, sorting
    /// is slow (6 M instructions for the 1,750 names of the outermost level at 1,000
    /// suspensions): when they fill much of their range, they are read off `slots` in order.
    fn ascending(&self, mut ids: Vec<NameId>) -> Vec<NameId> {
        // A few names (most levels): sorted by insertion, cheap.
        if ids.len() < 32 {
            ids.sort_unstable();
            return ids;
        }
        let (Some(&lowest), Some(&highest)) = (ids.iter().min(), ids.iter().max()) else {
            return ids;
        };
        if (highest - lowest) as usize > 4 * ids.len() {
            ids.sort_unstable();
            return ids;
        }
        (lowest..=highest)
            .filter(|&id| self.slots[id as usize] != usize::MAX)
            .collect()
    }

    /// The entry of `id` in the level being built, added if new.
    fn name_use<'i>(&mut self, index: &'i mut LevelIndex, id: NameId) -> &'i mut NameUse {
        let slot = &mut self.slots[id as usize];
        if *slot == usize::MAX {
            *slot = index.ids.len();
            index.ids.push(id);
            index.uses.push(NameUse::default());
        }
        &mut index.uses[*slot]
    }
}

/// Whether `ids` ascend (a loop by hand: unoptimised, `is_sorted` or `windows` cost more).
fn is_ascending(ids: &[NameId]) -> bool {
    for at in 1..ids.len() {
        if ids[at - 1] > ids[at] {
            return false;
        }
    }
    true
}

/// `Liveness::path` to the start of `seq`: the levels above it, root first, each with the
/// index of the node that leads on, then `(seq, 0)`.
fn path_to_start(program: &Program, seq: SeqId) -> Vec<Pos> {
    let mut depth = 1;
    let mut level = seq;
    while let Some((parent, _)) = program.seqs[level].parent {
        depth += 1;
        level = parent;
    }
    let mut path = vec![(seq, 0); depth];
    let mut level = seq;
    depth -= 1;
    while let Some(parent) = program.seqs[level].parent {
        depth -= 1;
        path[depth] = parent;
        level = parent.0;
    }
    path
}

/// Numbers the positions of `seq` and of the levels under it in pre-order into `rank` (by
/// `first_position`).
fn rank_seq(
    program: &Program,
    seq: SeqId,
    first_position: &[usize],
    rank: &mut [usize],
    counter: &mut usize,
) {
    let level = &program.seqs[seq];
    let first = first_position[seq];
    for (index, node) in level.nodes.iter().enumerate() {
        rank[first + index] = *counter;
        *counter += 1;
        node.for_each_child(|child| rank_seq(program, child, first_position, rank, counter));
    }
    rank[first + level.nodes.len()] = *counter;
    *counter += 1;
}

fn root_is_self(expr: &Expr) -> bool {
    match expr {
        Expr::Path(p) => p
            .path
            .get_ident()
            .is_some_and(|i| *i == crate::rewrite::SELF_NAME),
        Expr::Field(f) => root_is_self(&f.base),
        _ => false,
    }
}

fn is_into_iter(func: &Expr) -> bool {
    matches!(func, Expr::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "into_iter"))
}

/// How code moved a local, from least to most.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Moved {
    No,
    Maybe,
    Certainly,
}

/// Every identifier in `tokens`, plus the names that format strings capture (`"{x}"`).
pub fn names_in(tokens: &TokenStream) -> HashSet<String> {
    let mut names = HashSet::default();
    collect_names(tokens.clone(), &mut names);
    names
}

/// The names `names_in` finds in a syntax node's tokens (of the keywords, only `break` and
/// `continue`: no local is called by one), collected from the tree: printing the node to
/// tokens first costs more than the walk. Each name goes to `S`.
pub struct NameCollector<'n, S: NameSink = HashSet<String>>(pub &'n mut S);

/// Where `NameCollector` puts the names it finds.
pub trait NameSink {
    fn add(&mut self, name: String);

    /// An identifier's name (a sink that only looks names up need not own them).
    fn add_ident(&mut self, ident: &proc_macro2::Ident) {
        self.add(ident.to_string());
    }
}

impl NameSink for HashSet<String> {
    fn add(&mut self, name: String) {
        self.insert(name);
    }
}

/// A level's names for `Liveness`: only those it can ask about (its locals' names and the
/// jump keywords), each as its number in `NameIds`. The others (methods, types, paths) are
/// most of a body's identifiers, and as `String`s they were most of the index's cost.
struct NameIdSink<'i> {
    ids: &'i NameIds<'i>,
    /// The names found, in order, repeats included.
    found: Vec<NameId>,
    /// An identifier's text, written here to be looked up: unoptimised, a `to_string` and its
    /// drop per identifier cost twice the look-up.
    text: String,
}

impl<'i> NameIdSink<'i> {
    fn new(ids: &'i NameIds<'i>) -> Self {
        NameIdSink {
            ids,
            found: Vec::new(),
            text: String::new(),
        }
    }
}

impl NameSink for NameIdSink<'_> {
    fn add(&mut self, name: String) {
        if let Some(id) = self.ids.get(&name) {
            self.found.push(id);
        }
    }

    fn add_ident(&mut self, ident: &proc_macro2::Ident) {
        use std::fmt::Write;
        self.text.clear();
        write!(self.text, "{ident}").expect("writing to a String");
        if let Some(id) = self.ids.get(&self.text) {
            self.found.push(id);
        }
    }
}

/// A name `Liveness` can be asked about, by number.
type NameId = u32;

/// The names besides the locals' that the index knows (`Liveness::node_may_jump`), numbered
/// first.
const JUMP_NAMES: [&str; 4] = [
    "break",
    "continue",
    crate::rewrite::RAISE_MARKER,
    crate::rewrite::RETURN_MARKER,
];

/// The names `Liveness` can be asked about, numbered: a hash table with open addressing and
/// a plain hash. Unoptimised, a `HashMap<String, _>` look-up cost about 1,000 instructions,
/// and `NameIdSink` makes one per identifier (7,000 at 1,000 suspensions). The names are
/// borrowed (the locals' from `Liveness::names`).
struct NameIds<'n> {
    /// Each name with its number, at its hash or after (a power of two long, at most half
    /// full).
    slots: Vec<Option<(&'n str, NameId)>>,
    len: usize,
}

impl<'n> NameIds<'n> {
    fn with_capacity(names: usize) -> Self {
        NameIds {
            slots: vec![None; (2 * names).next_power_of_two()],
            len: 0,
        }
    }

    /// The slot that holds `name`, or the free one where it would go.
    fn slot(&self, name: &str) -> usize {
        // The length and the last four bytes (where generated names differ: `__coro_t12`),
        // read by a plain loop and multiplied once: unoptimised, hashing every byte, or copying the
        // bytes into a word, cost more than the rest of the look-up.
        let bytes = name.as_bytes();
        let mut word = bytes.len() as u64;
        let mut at = bytes.len();
        let stop = at.saturating_sub(4);
        while at > stop {
            at -= 1;
            word = word << 8 | bytes[at] as u64;
        }
        let hash = word.wrapping_mul(SEED);
        let mask = self.slots.len() - 1;
        // The top bits: every byte of the word reaches them.
        let mut slot = (hash >> (64 - mask.count_ones())) as usize;
        while let Some((held, _)) = &self.slots[slot] {
            if *held == name {
                break;
            }
            slot = (slot + 1) & mask;
        }
        slot
    }

    fn get(&self, name: &str) -> Option<NameId> {
        self.slots[self.slot(name)].as_ref().map(|&(_, id)| id)
    }

    /// The number of `name`, a new one if it has none yet.
    fn insert(&mut self, name: &'n str) -> NameId {
        let slot = self.slot(name);
        if let Some((_, id)) = self.slots[slot] {
            return id;
        }
        let id = NameId::try_from(self.len).expect("fewer than 2^32 names");
        self.slots[slot] = Some((name, id));
        self.len += 1;
        id
    }
}

/// The names of an expression (see `NameCollector`).
pub fn names_of_expr(expr: &Expr) -> HashSet<String> {
    let mut names = HashSet::default();
    NameCollector(&mut names).visit_expr(expr);
    names
}

/// `NameCollector` methods for nodes that may be `Verbatim` tokens: those are scanned.
macro_rules! verbatim_names {
    ($($method:ident($ty:ty) => $variant:path, $walk:path;)*) => {$(
        fn $method(&mut self, node: &'ast $ty) {
            match node {
                $variant(tokens) => collect_names(tokens.clone(), self.0),
                other => $walk(self, other),
            }
        }
    )*};
}

impl<'ast, S: NameSink> Visit<'ast> for NameCollector<'_, S> {
    fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
        self.0.add_ident(ident);
    }
    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        collect_format_names(&lit.token().to_string(), self.0);
    }
    // What the tree keeps as tokens: macro arguments, attribute arguments, verbatim nodes.
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        visit::visit_macro(self, mac);
        collect_names(mac.tokens.clone(), self.0);
    }
    fn visit_meta_list(&mut self, list: &'ast syn::MetaList) {
        visit::visit_meta_list(self, list);
        collect_names(list.tokens.clone(), self.0);
    }
    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Verbatim(tokens) => collect_names(tokens.clone(), self.0),
            // The two keywords asked about (does a region jump out?).
            Expr::Break(_) | Expr::Continue(_) => {
                let keyword = if matches!(expr, Expr::Break(_)) {
                    "break"
                } else {
                    "continue"
                };
                self.0.add(keyword.to_owned());
                visit::visit_expr(self, expr);
            }
            other => visit::visit_expr(self, other),
        }
    }
    verbatim_names! {
        visit_pat(syn::Pat) => syn::Pat::Verbatim, visit::visit_pat;
        visit_type(syn::Type) => syn::Type::Verbatim, visit::visit_type;
        visit_item(syn::Item) => syn::Item::Verbatim, visit::visit_item;
        visit_impl_item(syn::ImplItem) => syn::ImplItem::Verbatim, visit::visit_impl_item;
        visit_trait_item(syn::TraitItem) => syn::TraitItem::Verbatim, visit::visit_trait_item;
    }
}

fn collect_names(tokens: TokenStream, names: &mut impl NameSink) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => names.add_ident(&ident),
            TokenTree::Group(group) => collect_names(group.stream(), names),
            TokenTree::Literal(lit) => {
                let text = lit.to_string();
                if text.starts_with('"') || text.starts_with('r') {
                    collect_format_names(&text, names);
                }
            }
            TokenTree::Punct(_) => {}
        }
    }
}

fn collect_format_names(text: &str, names: &mut impl NameSink) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'{' {
            let start = i + 1;
            let mut end = start;
            while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_') {
                end += 1;
            }
            if end > start && !bytes[start].is_ascii_digit() {
                names.add(text[start..end].to_owned());
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
}

/// Finds uses of a name that may move it: anything but a method receiver, a field or index
/// base, a borrow, an assignment target, a comparison operand or a formatting macro argument.
///
/// It may err towards "moved": a local wrongly taken as moved and never named again is
/// dropped at the suspension instead of at its scope's end.
struct MoveFinder<'n> {
    name: &'n str,
    found: bool,
}

impl MoveFinder<'_> {
    fn is_name(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Path(p) if p.qself.is_none() && p.path.is_ident(self.name))
    }

    /// Visits the inside of a place without counting the place itself as moved.
    fn visit_place(&mut self, expr: &Expr) {
        match expr {
            e if self.is_name(e) => {}
            Expr::Field(f) => self.visit_place(&f.base),
            Expr::Index(i) => {
                self.visit_place(&i.expr);
                self.visit_expr(&i.index);
            }
            Expr::Paren(p) => self.visit_place(&p.expr),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => self.visit_place(&u.expr),
            other => self.visit_expr(other),
        }
    }
}

/// Methods that take their receiver by value in std (and by common convention). Dispatched on
/// the first letter: unoptimised, each comparison is a call, and most methods called
/// (`wrapping_add`) are in no list.
fn consumes_receiver(method: &str) -> bool {
    match method.as_bytes().first() {
        Some(b'a') => method == "and_then",
        Some(b'b') => method == "build",
        Some(b'c') => matches!(method, "collect" | "count" | "chain"),
        Some(b'e') => matches!(method, "enumerate" | "err" | "expect" | "expect_err"),
        Some(b'f') => matches!(
            method,
            "fold" | "for_each" | "filter" | "filter_map" | "flat_map" | "finish"
        ),
        Some(b'i') => method.starts_with("into"),
        Some(b'j') => method == "join",
        Some(b'l') => matches!(method, "leak" | "last"),
        Some(b'm') => matches!(method, "map" | "min" | "max") || method.starts_with("map_"),
        Some(b'o') => matches!(method, "ok" | "or_else" | "ok_or" | "ok_or_else"),
        Some(b'p') => matches!(method, "product" | "partition"),
        Some(b'r') => method == "rev",
        Some(b's') => matches!(method, "sum" | "skip" | "step_by"),
        Some(b'u') => method.starts_with("unwrap"),
        Some(b'w') => method == "wait",
        Some(b'z') => method == "zip",
        _ => false,
    }
}

const FORMAT_MACROS: &[&str] = &[
    "println",
    "print",
    "eprintln",
    "eprint",
    "format",
    "write",
    "writeln",
    "format_args",
    "panic",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "dbg",
    "todo",
    "unimplemented",
    "unreachable",
];

impl<'ast> Visit<'ast> for MoveFinder<'_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        if self.found {
            return;
        }
        match expr {
            e if self.is_name(e) => self.found = true,
            Expr::MethodCall(call) => {
                // Which methods take `self` by value is not visible in syntax: the well-known
                // consuming ones count as moves, any other receiver stays a place (so that a
                // guard whose last use is `g.name()` still drops at its scope's end).
                if consumes_receiver(&call.method.to_string()) {
                    self.visit_expr(&call.receiver);
                } else {
                    self.visit_place(&call.receiver);
                }
                for arg in &call.args {
                    self.visit_expr(arg);
                }
            }
            Expr::Reference(r) => self.visit_place(&r.expr),
            Expr::Assign(a) => {
                self.visit_place(&a.left);
                self.visit_expr(&a.right);
            }
            Expr::Binary(b) => {
                let by_ref = matches!(
                    b.op,
                    syn::BinOp::Eq(_)
                        | syn::BinOp::Ne(_)
                        | syn::BinOp::Lt(_)
                        | syn::BinOp::Le(_)
                        | syn::BinOp::Gt(_)
                        | syn::BinOp::Ge(_)
                        | syn::BinOp::AddAssign(_)
                        | syn::BinOp::SubAssign(_)
                        | syn::BinOp::MulAssign(_)
                        | syn::BinOp::DivAssign(_)
                        | syn::BinOp::RemAssign(_)
                        | syn::BinOp::BitXorAssign(_)
                        | syn::BinOp::BitAndAssign(_)
                        | syn::BinOp::BitOrAssign(_)
                        | syn::BinOp::ShlAssign(_)
                        | syn::BinOp::ShrAssign(_)
                );
                if by_ref {
                    self.visit_place(&b.left);
                    if matches!(
                        b.op,
                        syn::BinOp::Eq(_)
                            | syn::BinOp::Ne(_)
                            | syn::BinOp::Lt(_)
                            | syn::BinOp::Le(_)
                            | syn::BinOp::Gt(_)
                            | syn::BinOp::Ge(_)
                    ) {
                        self.visit_place(&b.right);
                    } else {
                        self.visit_expr(&b.right);
                    }
                } else {
                    visit::visit_expr_binary(self, b);
                }
            }
            // Reading a field or element leaves the local in place (so a guard whose `id` is read
            // still drops at its scope's end), except for the receiver `self`, whose fields a
            // by-value method moves out as a rule.
            Expr::Field(f) if self.name == "__coro_self" && root_is_self(&f.base) => {
                self.found = true
            }
            Expr::Field(_) | Expr::Index(_) => self.visit_place(expr),
            // `for x in v.field` iterates the field by value.
            Expr::Call(call) if is_into_iter(&call.func) => {
                for arg in &call.args {
                    if matches!(arg, Expr::Field(_)) && names_of_expr(arg).contains(self.name) {
                        self.found = true;
                    } else {
                        self.visit_expr(arg);
                    }
                }
            }
            Expr::Macro(m) => self.visit_macro(&m.mac),
            Expr::Closure(c) => {
                if names_of_expr(&c.body).contains(self.name) {
                    self.found = true;
                }
            }
            _ => visit::visit_expr(self, expr),
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = crate::analyze::macro_name(mac);
        if FORMAT_MACROS.contains(&name.as_str()) {
            return;
        }
        if names_in(&mac.tokens).contains(self.name) {
            self.found = true;
        }
    }

    fn visit_stmt_macro(&mut self, mac: &'ast syn::StmtMacro) {
        self.visit_macro(&mac.mac);
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// Finds `name = ...`.
struct AssignFinder<'n> {
    name: &'n str,
    found: bool,
}

impl<'ast> Visit<'ast> for AssignFinder<'_> {
    fn visit_expr_assign(&mut self, assign: &'ast syn::ExprAssign) {
        if matches!(&*assign.left, Expr::Path(p) if p.path.is_ident(self.name)) {
            self.found = true;
        }
        visit::visit_expr_assign(self, assign);
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// Finds, in `init`, a borrow of one of the local `candidates` (name → whether it certainly
/// owns its value, `None` for no such local): `&x` / `&mut x` always borrow the local itself; `&x.f`, `&x[i]` and
/// borrowing methods (`x.iter()`, ...) do when `x` owns its value. Returns the borrow's tokens
/// and the borrowed name.
pub fn borrow_of_local(
    init: &Expr,
    candidates: &dyn Fn(&str) -> Option<bool>,
) -> Option<(TokenStream, String)> {
    struct Finder<'c> {
        candidates: &'c dyn Fn(&str) -> Option<bool>,
        found: Option<(TokenStream, String)>,
    }
    fn root_name(expr: &Expr, projected: &mut bool) -> Option<String> {
        match expr {
            Expr::Path(p) if p.qself.is_none() => p.path.get_ident().map(ToString::to_string),
            Expr::Field(f) => {
                *projected = true;
                root_name(&f.base, projected)
            }
            Expr::Index(i) => {
                *projected = true;
                root_name(&i.expr, projected)
            }
            Expr::Paren(p) => root_name(&p.expr, projected),
            _ => None,
        }
    }
    const BORROWING_METHODS: &[&str] = &[
        "iter",
        "iter_mut",
        "as_str",
        "as_slice",
        "as_mut_slice",
        "as_bytes",
        "chars",
        "bytes",
        "lines",
        "split_whitespace",
        "keys",
        "values",
        "values_mut",
        "drain",
        "as_ref",
        "as_mut",
        "borrow",
        "borrow_mut",
        "lock",
        "first",
        "last",
        "get",
        "get_mut",
    ];
    impl Finder<'_> {
        fn check(&mut self, place: &Expr, span: TokenStream, via_projection_or_method: bool) {
            let mut projected = via_projection_or_method;
            if let Some(name) = root_name(place, &mut projected) {
                if let Some(owns) = (self.candidates)(&name) {
                    if !projected || owns {
                        self.found.get_or_insert((span, name));
                    }
                }
            }
        }
    }
    impl<'ast> Visit<'ast> for Finder<'_> {
        fn visit_expr_reference(&mut self, r: &'ast syn::ExprReference) {
            self.check(&r.expr, r.to_token_stream(), false);
            visit::visit_expr_reference(self, r);
        }
        fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
            if BORROWING_METHODS.contains(&call.method.to_string().as_str()) {
                self.check(&call.receiver, call.to_token_stream(), true);
            }
            visit::visit_expr_method_call(self, call);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut finder = Finder {
        candidates,
        found: None,
    };
    finder.visit_expr(init);
    finder.found
}

/// True when a `let` initialiser certainly makes an owned value (a literal, a collection
/// built in place, a constructor call), so that borrowing into it borrows the local.
pub fn initializer_owns(init: &Expr) -> bool {
    match init {
        Expr::Array(_) | Expr::Tuple(_) | Expr::Struct(_) | Expr::Repeat(_) => true,
        Expr::Lit(l) => !matches!(l.lit, syn::Lit::Str(_) | syn::Lit::ByteStr(_)),
        Expr::Macro(m) => {
            matches!(
                crate::analyze::macro_name(&m.mac).as_str(),
                "vec" | "format"
            )
        }
        Expr::Call(c) => match &*c.func {
            Expr::Path(p) => {
                let last = p
                    .path
                    .segments
                    .last()
                    .map(|s| s.ident.to_string())
                    .unwrap_or_default();
                matches!(last.as_str(), "new" | "from" | "with_capacity" | "default")
            }
            _ => false,
        },
        Expr::MethodCall(m) => {
            matches!(
                m.method.to_string().as_str(),
                "to_string" | "to_owned" | "to_vec" | "collect" | "clone"
            )
        }
        _ => false,
    }
}

/// True when `stmt` may move the local called `name` (see `MoveFinder`).
pub fn stmt_moves(stmt: &syn::Stmt, name: &str) -> bool {
    let mut finder = MoveFinder { name, found: false };
    finder.visit_stmt(stmt);
    finder.found
}

/// True when `expr` may move the local called `name`.
pub fn expr_moves(expr: &Expr, name: &str) -> bool {
    let mut finder = MoveFinder { name, found: false };
    finder.visit_expr(expr);
    finder.found
}

#[cfg(test)]
mod tests {
    use super::consumes_receiver;

    #[test]
    fn consuming_methods_by_first_letter() {
        let consuming = [
            "leak",
            "join",
            "collect",
            "sum",
            "product",
            "count",
            "fold",
            "for_each",
            "map",
            "filter",
            "filter_map",
            "flat_map",
            "zip",
            "chain",
            "enumerate",
            "rev",
            "skip",
            "step_by",
            "ok",
            "err",
            "and_then",
            "or_else",
            "ok_or",
            "ok_or_else",
            "expect",
            "expect_err",
            "finish",
            "build",
            "wait",
            "min",
            "max",
            "last",
            "partition",
            "into_iter",
            "unwrap_or",
            "map_err",
        ];
        for method in consuming {
            assert!(consumes_receiver(method), "{method}");
        }
        for method in [
            "",
            "iter",
            "len",
            "wrapping_add",
            "as_ref",
            "maps",
            "okay",
            "get",
        ] {
            assert!(!consumes_receiver(method), "{method}");
        }
    }
}
