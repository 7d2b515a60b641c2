//! Relations: the ten relation types, the trigger lexicon, and the grammar that binds a trigger
//! to its source and target mentions.

pub mod grammar;
pub mod lexicon;
pub mod relation;

pub use grammar::{Found, Grammar};
pub use lexicon::{Lexicon, Trigger};
pub use relation::Relation;
