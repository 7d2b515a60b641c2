//! The strongest chain of support between two actors.
//!
//! Only positive relations (support, cooperate, meet) make links. A link `u -> v` has strength
//! `s` = its supporting triples (all positive relations from `u` to `v` together) and costs
//! `1 / s`; the path is the one of least total cost, so a short chain of well-attested links
//! beats a long or thinly attested one. Links are followed in the direction the news gives
//! (`Iran -support-> Hezbollah`); when no such path exists, the direction is ignored and the
//! answer says so (`directed: false`).

use super::Matcher;
use super::edges::{best_evidence, name_of};
use crate::graph::Graph;
use crate::graph::model::Evidence;
use crate::relations::Relation;
use petgraph::graph::{DiGraph, NodeIndex};
use serde::Serialize;
use std::collections::BTreeMap;

/// One link of a path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hop {
    pub from: String,
    pub from_name: String,
    pub to: String,
    pub to_name: String,
    /// Whether the news gives the link from `from` to `to` (else from `to` to `from`).
    pub forward: bool,
    /// The positive relations of the link with their counts, most first.
    pub relations: Vec<(Relation, usize)>,
    /// Supporting triples of the link.
    pub count: usize,
    /// The best evidence of the link's strongest relation.
    pub evidence: Option<Evidence>,
}

/// A path from one actor to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Path {
    /// Whether every hop follows the direction the news gives.
    pub directed: bool,
    /// Sum of `1 / count` over the hops.
    pub cost: f64,
    pub hops: Vec<Hop>,
}

/// Positive links between node pairs: (from, to) -> relation -> (count, edge index).
type Links = BTreeMap<(usize, usize), BTreeMap<Relation, (usize, usize)>>;

fn positive_links(g: &Graph) -> Links {
    let mut links: Links = BTreeMap::new();
    for (k, e) in g.links.iter().enumerate() {
        if e.polarity <= 0 || e.count == 0 {
            continue;
        }
        let (Some(s), Some(t)) = (g.node_index(&e.source), g.node_index(&e.target)) else {
            continue;
        };
        if s != t {
            links
                .entry((s, t))
                .or_default()
                .insert(e.relation, (e.count, k));
        }
    }
    links
}

/// The strongest path from any node of `from` to any node of `to`, or `None`.
///
/// ```
/// use actorgraph::graph::{Graph, Level};
/// use actorgraph::query::{path::strongest_path, Matcher};
/// let g = Graph::empty(Level::Actor);
/// assert!(strongest_path(&g, &Matcher::new(&g, "Iran"), &Matcher::new(&g, "Hezbollah")).is_none());
/// ```
pub fn strongest_path(g: &Graph, from: &Matcher, to: &Matcher) -> Option<Path> {
    if from.is_empty() || to.is_empty() {
        return None;
    }
    let links = positive_links(g);
    search(g, &links, from, to, true).or_else(|| search(g, &links, from, to, false))
}

fn search(g: &Graph, links: &Links, from: &Matcher, to: &Matcher, directed: bool) -> Option<Path> {
    // Node i of the graph is node i of `pg`; one more node is the start, joined to every node of
    // `from` at no cost.
    let mut pg: DiGraph<(), f64> = DiGraph::with_capacity(g.nodes.len() + 1, links.len() * 2);
    for _ in 0..g.nodes.len() {
        pg.add_node(());
    }
    let start = pg.add_node(());
    for i in from.indices() {
        pg.add_edge(start, NodeIndex::new(i), 0.0);
    }
    // Strength of each ordered pair as it may be walked.
    let mut strength: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (&(s, t), rels) in links {
        let c: usize = rels.values().map(|x| x.0).sum();
        *strength.entry((s, t)).or_default() += c;
        if !directed {
            *strength.entry((t, s)).or_default() += c;
        }
    }
    for (&(s, t), &c) in &strength {
        pg.add_edge(NodeIndex::new(s), NodeIndex::new(t), 1.0 / c as f64);
    }
    let (cost, nodes) = petgraph::algo::astar(
        &pg,
        start,
        |n| n != start && to.contains(n.index()) && !from.contains(n.index()),
        |e| *e.weight(),
        |_| 0.0,
    )?;
    let nodes: Vec<usize> = nodes.into_iter().skip(1).map(|n| n.index()).collect();
    let hops = nodes
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let forward = links.contains_key(&(a, b));
            let mut rels: BTreeMap<Relation, (usize, usize)> = BTreeMap::new();
            for key in [(a, b), (b, a)] {
                if (key == (a, b) || !directed)
                    && let Some(r) = links.get(&key)
                {
                    for (rel, v) in r {
                        let x = rels.entry(*rel).or_insert((0, v.1));
                        x.0 += v.0;
                    }
                }
            }
            let mut relations: Vec<(Relation, usize, usize)> =
                rels.into_iter().map(|(r, (c, k))| (r, c, k)).collect();
            relations.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
            let evidence = relations
                .first()
                .and_then(|x| best_evidence(&g.links[x.2]).cloned());
            Hop {
                from: g.nodes[a].id.clone(),
                from_name: name_of(g, &g.nodes[a].id),
                to: g.nodes[b].id.clone(),
                to_name: name_of(g, &g.nodes[b].id),
                forward,
                count: relations.iter().map(|x| x.1).sum(),
                relations: relations.into_iter().map(|x| (x.0, x.1)).collect(),
                evidence,
            }
        })
        .collect();
    Some(Path {
        directed,
        cost: super::round4(cost),
        hops,
    })
}
