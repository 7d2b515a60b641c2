//! The most central actors.
//!
//! Centrality is a weighted PageRank over every edge with supporting evidence, of all relations
//! and taken both ways (acting on and being acted on by many actors who matter both make an
//! actor central), each edge weighing its supporting triples, damping 0.85. Degree (distinct
//! neighbours) and the supporting triples out and in are given beside it.

use crate::graph::Graph;
use serde::Serialize;

/// One actor's centrality.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Centrality {
    pub id: String,
    pub name: String,
    /// Weighted PageRank; over all nodes these sum to 1.
    pub pagerank: f64,
    /// Distinct neighbours, either direction.
    pub degree: usize,
    /// Supporting triples with the actor as source.
    pub out: usize,
    /// Supporting triples with the actor as target.
    pub r#in: usize,
}

/// Every node's centrality, most central first (then by id).
///
/// ```
/// use actorgraph::graph::{Graph, Level};
/// assert!(actorgraph::query::central::central(&Graph::empty(Level::Actor)).is_empty());
/// ```
pub fn central(g: &Graph) -> Vec<Centrality> {
    let n = g.nodes.len();
    if n == 0 {
        return Vec::new();
    }
    let mut out_w = vec![0.0f64; n];
    let mut edges: Vec<(usize, usize, f64)> = Vec::new();
    let mut outc = vec![0usize; n];
    let mut inc = vec![0usize; n];
    let mut neigh: Vec<std::collections::BTreeSet<usize>> = vec![Default::default(); n];
    for e in &g.links {
        let (Some(s), Some(t)) = (g.node_index(&e.source), g.node_index(&e.target)) else {
            continue;
        };
        if e.count == 0 {
            continue;
        }
        outc[s] += e.count;
        inc[t] += e.count;
        if s != t {
            neigh[s].insert(t);
            neigh[t].insert(s);
        }
        let w = e.count as f64;
        out_w[s] += w;
        edges.push((s, t, w));
        if s != t {
            out_w[t] += w;
            edges.push((t, s, w));
        }
    }
    let d = 0.85;
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..100 {
        let dangling: f64 = (0..n).filter(|&i| out_w[i] == 0.0).map(|i| rank[i]).sum();
        let base = (1.0 - d) / n as f64 + d * dangling / n as f64;
        let mut next = vec![base; n];
        for &(s, t, w) in &edges {
            next[t] += d * rank[s] * w / out_w[s];
        }
        let delta: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if delta < 1e-12 {
            break;
        }
    }
    let mut v: Vec<Centrality> = (0..n)
        .map(|i| Centrality {
            id: g.nodes[i].id.clone(),
            name: g.nodes[i].name.clone(),
            pagerank: (rank[i] * 1e6).round() / 1e6,
            degree: neigh[i].len(),
            out: outc[i],
            r#in: inc[i],
        })
        .collect();
    v.sort_by(|a, b| {
        b.pagerank
            .total_cmp(&a.pagerank)
            .then(b.degree.cmp(&a.degree))
            .then_with(|| a.id.cmp(&b.id))
    });
    v
}
