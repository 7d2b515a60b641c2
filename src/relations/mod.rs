//! Relations: the ten relation types, the trigger lexicon, and the grammar that binds a trigger
//! to its source and target mentions.
//!
//! - [`lexicon`] reads the trigger format of `data/relations/FORMAT.md`;
//! - [`words`] holds the closed-class word lists and suffix rules;
//! - [`clause`] analyses one sentence: subjects, objects, coordination, speakers;
//! - [`grammar`] binds triggers to mentions with those rules;
//! - [`confidence`] scores each triple.

pub mod clause;
pub mod confidence;
pub mod grammar;
pub mod lexicon;
pub mod relation;
pub mod words;

pub use grammar::{Found, Grammar};
pub use lexicon::{Lexicon, Trigger};
pub use relation::Relation;

#[cfg(test)]
mod tests;
