//! Which edges join whom: `--source A --relation R --target B`, answers by weight.

use super::Matcher;
use crate::date::Date;
use crate::graph::model::{Edge, Evidence};
use crate::graph::{Graph, RelationSet};
use crate::relations::Relation;
use serde::Serialize;

/// One answer: an edge with its counts, dates and one evidence sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EdgeAnswer {
    pub source: String,
    pub source_name: String,
    pub relation: Relation,
    pub target: String,
    pub target_name: String,
    pub weight: f64,
    pub count: usize,
    pub articles: usize,
    pub negated: usize,
    pub confidence: f64,
    pub first: Option<Date>,
    pub last: Option<Date>,
    /// The most confident supporting evidence (a negated one if there is none).
    pub evidence: Option<Evidence>,
}

/// The evidence that best shows an edge: the most confident supporting record, then the
/// earliest; a negated record only if the edge has no supporting one.
pub fn best_evidence(e: &Edge) -> Option<&Evidence> {
    let pick = |neg: bool| {
        e.evidence
            .iter()
            .filter(|x| x.negated == neg)
            .min_by(|a, b| {
                b.confidence
                    .total_cmp(&a.confidence)
                    .then_with(|| a.date.cmp(&b.date))
                    .then_with(|| a.key().cmp(&b.key()))
            })
    };
    pick(false).or_else(|| pick(true))
}

/// The edges from `source` by `relations` to `target` (`None` = any), sorted by weight, then
/// count, then (source, relation, target).
///
/// ```
/// use actorgraph::graph::{Graph, Level, RelationSet};
/// use actorgraph::query::edges::query;
/// let g = Graph::empty(Level::Actor);
/// assert!(query(&g, None, RelationSet::ALL, None).is_empty());
/// ```
pub fn query(
    g: &Graph,
    source: Option<&Matcher>,
    relations: RelationSet,
    target: Option<&Matcher>,
) -> Vec<EdgeAnswer> {
    let matches = |m: Option<&Matcher>, id: &str| match m {
        None => true,
        Some(m) => g.node_index(id).is_some_and(|i| m.contains(i)),
    };
    let mut out: Vec<EdgeAnswer> = g
        .links
        .iter()
        .filter(|e| relations.contains(e.relation))
        .filter(|e| matches(source, &e.source) && matches(target, &e.target))
        .map(|e| EdgeAnswer {
            source: e.source.clone(),
            source_name: name_of(g, &e.source),
            relation: e.relation,
            target: e.target.clone(),
            target_name: name_of(g, &e.target),
            weight: e.weight,
            count: e.count,
            articles: e.articles,
            negated: e.negated,
            confidence: e.confidence,
            first: e.first,
            last: e.last,
            evidence: best_evidence(e).cloned(),
        })
        .collect();
    out.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| b.count.cmp(&a.count))
            .then_with(|| b.negated.cmp(&a.negated))
            .then_with(|| {
                (&a.source, a.relation, &a.target).cmp(&(&b.source, b.relation, &b.target))
            })
    });
    out
}

/// The display name of a node id (the id itself if unknown).
pub fn name_of(g: &Graph, id: &str) -> String {
    g.node(id)
        .map_or_else(|| id.to_string(), |n| n.name.clone())
}
