//! actorgraph: read war and diplomacy news, find who does what to whom, and build a graph.
//!
//! The pipeline follows the module tree:
//!
//! ```text
//! input -> text -> actors -> relations -> extract (triples) -> graph -> export / query
//! ```
//!
//! - [`input`] reads articles from text files, folders, JSON Lines and stdin, streaming.
//! - [`text`] normalises characters, drops page furniture, splits sentences and words, keeping byte
//!   spans into the original text.
//! - [`actors`] holds the actor model, the dictionaries and the recogniser that finds mentions.
//! - [`relations`] holds the trigger lexicon and the grammar that binds triggers to actors.
//! - [`extract`] runs the whole chain on articles and yields [`triple::Triple`]s.
//! - [`graph`] merges triples into one actor graph; [`export`] writes it; [`query`] asks it.
//!
//! ```
//! use actorgraph::{extract::Extractor, input::Article};
//!
//! let extractor = Extractor::with_defaults().unwrap();
//! let article = Article::new("a1", "Russian warplanes bombed rebel positions held by the Free Syrian Army.");
//! let triples = extractor.extract(&article);
//! assert!(triples.iter().any(|t| t.relation.as_str() == "attack"));
//! ```

pub mod actors;
pub mod atomic;
pub mod date;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input;
pub mod query;
pub mod relations;
pub mod text;
pub mod triple;
