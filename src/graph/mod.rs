//! The actor graph: nodes are canonical actors, edges are `source -relation-> target` with every
//! supporting triple kept as evidence (SPEC section 5).
//!
//! - [`model`]: the data model and its JSON file format (networkx node-link).

pub mod model;

pub use model::{Edge, Evidence, Graph, GraphMeta, Level, MentionRef, Node, SCHEMA};
