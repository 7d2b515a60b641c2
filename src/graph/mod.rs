//! The actor graph: nodes are canonical actors, edges are `source -relation-> target` with every
//! supporting triple kept as evidence (SPEC section 5).
//!
//! - [`model`]: the data model and its JSON file format (networkx node-link).
//! - [`build`]: triples and evidence in, a canonical graph out.
//! - [`merge`]: merging graphs, and the rules that make it order-free.
//! - [`io`]: saving and loading graph files.
//! - [`stats`]: summary numbers.
//! - [`view`]: roll-ups (`--level`) and filters (dates, relations, counts, top actors).
//!
//! The guarantees: every count, date and mean is derived from the evidence, one record per
//! (article, sentence, trigger span, codes); merging is associative, commutative and idempotent per
//! article; the merge of the graphs of shards of a corpus is byte-identical to the graph of the
//! whole (given stable article ids); a roll-up of a merge is the merge of the roll-ups.
//!
//! ```
//! use actorgraph::actors::Kind;
//! use actorgraph::graph::{build::from_triples, io, merge::merge, Level, View};
//! use actorgraph::relations::Relation;
//! use actorgraph::triple::{ActorRef, TriggerRef, Triple};
//!
//! let who = |name: &str, code: &str, kind| ActorRef {
//!     name: name.into(), code: code.into(), kind, text: name.into(), span: [0, name.len()],
//! };
//! let triple = |article: &str, s: ActorRef, r, t: ActorRef| Triple {
//!     article: article.into(), date: "2016-02-09".parse().ok(), sentence: 0,
//!     text: "...".into(), source: s, relation: r, cameo: "".into(), negated: false, target: t,
//!     trigger: TriggerRef { text: "".into(), span: [20, 25] }, confidence: 0.7,
//! };
//! let a = triple("a1", who("Iran", "IRN", Kind::Country), Relation::Support,
//!                who("Hezbollah", "LBNMIL", Kind::Militant));
//! let b = triple("a2", who("Syrian military", "SYRMIL", Kind::Military), Relation::Attack,
//!                who("Free Syrian Army", "SYRREB", Kind::Rebel));
//! let whole = from_triples([&a, &b]);
//! let halves = merge([&from_triples([&a]), &from_triples([&b])]).unwrap();
//! assert_eq!(io::to_string(&halves), io::to_string(&whole));
//! let again = merge([&whole, &from_triples([&a])]).unwrap(); // a1 again: counted once
//! assert_eq!(again, whole);
//!
//! let countries = View { level: Level::Country, ..View::default() }.apply(&whole).unwrap();
//! let civil_war = &countries.links.iter().find(|e| e.source == "SYR").unwrap();
//! assert_eq!((civil_war.target.as_str(), civil_war.relation), ("SYR", Relation::Attack));
//! ```

pub mod build;
pub mod io;
pub mod merge;
pub mod model;
pub mod stats;
pub mod view;

pub use build::Builder;
pub use model::{Edge, Evidence, Graph, GraphMeta, Level, MentionRef, Node, SCHEMA};
pub use view::{RelationSet, View};
