//! Summary numbers of a graph: nodes by kind, edges by relation, top actors, date range.
//!
//! ```
//! use actorgraph::graph::{stats::Stats, Graph, Level};
//! let s = Stats::of(&Graph::empty(Level::Actor), 10);
//! assert_eq!((s.nodes, s.edges, s.triples), (0, 0, 0));
//! ```

use super::model::{Graph, Level};
use crate::actors::Kind;
use crate::date::Date;
use crate::relations::Relation;
use serde::Serialize;
use std::collections::BTreeMap;

/// Edges and triples of one relation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RelationStats {
    /// Edges with at least one supporting triple.
    pub edges: usize,
    /// Supporting triples.
    pub triples: usize,
    /// Negated triples.
    pub negated: usize,
}

/// An actor among the most active.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopActor {
    pub id: String,
    pub name: String,
    pub code: String,
    pub kind: Kind,
    /// Supporting triples with the actor at either end.
    pub triples: usize,
    pub articles: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub level: Level,
    pub articles: usize,
    /// Evidence records, supporting and negated.
    pub triples: usize,
    pub negated: usize,
    pub first: Option<Date>,
    pub last: Option<Date>,
    pub nodes: usize,
    pub nodes_by_kind: BTreeMap<Kind, usize>,
    /// Links in the file (edges whose evidence is all negated included).
    pub edges: usize,
    pub edges_by_relation: BTreeMap<Relation, RelationStats>,
    pub top: Vec<TopActor>,
}

impl Stats {
    /// The numbers of a graph, with its `top` most active actors.
    pub fn of(g: &Graph, top: usize) -> Stats {
        let mut nodes_by_kind: BTreeMap<Kind, usize> = BTreeMap::new();
        for n in &g.nodes {
            *nodes_by_kind.entry(n.kind).or_default() += 1;
        }
        let mut edges_by_relation: BTreeMap<Relation, RelationStats> = BTreeMap::new();
        let mut activity = vec![0usize; g.nodes.len()];
        let mut negated = 0;
        for e in &g.links {
            let r = edges_by_relation.entry(e.relation).or_default();
            if e.count > 0 {
                r.edges += 1;
            }
            r.triples += e.count;
            r.negated += e.negated;
            negated += e.negated;
            if let Some(i) = g.node_index(&e.source) {
                activity[i] += e.count;
            }
            if e.target != e.source
                && let Some(i) = g.node_index(&e.target)
            {
                activity[i] += e.count;
            }
        }
        let mut order: Vec<usize> = (0..g.nodes.len()).filter(|&i| activity[i] > 0).collect();
        order.sort_by(|&a, &b| {
            activity[b]
                .cmp(&activity[a])
                .then_with(|| g.nodes[a].id.cmp(&g.nodes[b].id))
        });
        let top = order
            .into_iter()
            .take(top)
            .map(|i| {
                let n = &g.nodes[i];
                TopActor {
                    id: n.id.clone(),
                    name: n.name.clone(),
                    code: n.code.clone(),
                    kind: n.kind,
                    triples: activity[i],
                    articles: n.articles,
                }
            })
            .collect();
        Stats {
            level: g.graph.level,
            articles: g.graph.articles,
            triples: g.graph.triples,
            negated,
            first: g.graph.first,
            last: g.graph.last,
            nodes: g.nodes.len(),
            nodes_by_kind,
            edges: g.links.len(),
            edges_by_relation,
            top,
        }
    }
}
