//! The actor graph: nodes are canonical actors, edges are `source -relation-> target` with every
//! supporting triple kept as evidence (SPEC section 5).
//!
//! - [`model`]: the data model and its JSON file format (networkx node-link).
//! - [`build`]: triples and evidence in, a canonical graph out.
//! - [`merge`]: merging graphs, and the rules that make it order-free.
//! - [`io`]: saving and loading graph files.
//! - [`stats`]: summary numbers.
//! - [`view`]: roll-ups (`--level`) and filters (dates, relations, counts, top actors).

pub mod build;
pub mod io;
pub mod merge;
pub mod model;
pub mod stats;
pub mod view;

pub use build::Builder;
pub use model::{Edge, Evidence, Graph, GraphMeta, Level, MentionRef, Node, SCHEMA};
pub use view::{RelationSet, View};
