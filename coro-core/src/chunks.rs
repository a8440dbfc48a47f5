//! How a long body's state names the types of the locals it carries: a list of chunks.
//!
//! A long body's state and block enums (more than five carried locals) take one type
//! parameter, the locals' types, and name each local's type as an element of it. Written as
//! one flat tuple, the whole tuple's shape is fixed where the state's type starts, and each
//! mention of a variant (every jump, every suspension) leaves obligations that wait on every
//! local not yet typed at that point, for the rest of the body: type checking grows with the
//! cube of the suspension points. As a list of chunks, `(chunk 0, (chunk 1, (.., ())))`, whose
//! whole shape is written where the state's type starts, a mention reaches only the few
//! locals of its own chunk.

/// The number of elements of a [`Chunk`]; shorter chunks are padded with `()`.
pub const CHUNK: usize = 16;

/// A chunk of a long body's locals' types: a 16-tuple.
pub trait Chunk {
    type E0;
    type E1;
    type E2;
    type E3;
    type E4;
    type E5;
    type E6;
    type E7;
    type E8;
    type E9;
    type E10;
    type E11;
    type E12;
    type E13;
    type E14;
    type E15;
}

impl<E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14, E15> Chunk
    for (
        E0,
        E1,
        E2,
        E3,
        E4,
        E5,
        E6,
        E7,
        E8,
        E9,
        E10,
        E11,
        E12,
        E13,
        E14,
        E15,
    )
{
    type E0 = E0;
    type E1 = E1;
    type E2 = E2;
    type E3 = E3;
    type E4 = E4;
    type E5 = E5;
    type E6 = E6;
    type E7 = E7;
    type E8 = E8;
    type E9 = E9;
    type E10 = E10;
    type E11 = E11;
    type E12 = E12;
    type E13 = E13;
    type E14 = E14;
    type E15 = E15;
}

/// The list's end: no locals.
impl Chunk for () {
    type E0 = ();
    type E1 = ();
    type E2 = ();
    type E3 = ();
    type E4 = ();
    type E5 = ();
    type E6 = ();
    type E7 = ();
    type E8 = ();
    type E9 = ();
    type E10 = ();
    type E11 = ();
    type E12 = ();
    type E13 = ();
    type E14 = ();
    type E15 = ();
}

/// A list of chunks: `(Head, Tail)`, ended by `()`.
pub trait Level {
    type Head: Chunk;
    type Tail: Level;
}

impl<H: Chunk, T: Level> Level for (H, T) {
    type Head = H;
    type Tail = T;
}

impl Level for () {
    type Head = ();
    type Tail = ();
}
