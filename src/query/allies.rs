//! Allies and enemies of an actor, by net polarity.
//!
//! For the actor (every node its [`Matcher`] matches) and each other node, the *net* is the
//! number of supporting triples of positive relations (support, cooperate, meet) between the two,
//! in either direction, minus those of negative ones (criticize ... attack); appeal counts for
//! neither. Allies have a net above zero, enemies below; both are listed strongest first.

use super::Matcher;
use crate::graph::Graph;
use crate::relations::Relation;
use serde::Serialize;
use std::collections::BTreeMap;

/// One partner of the actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Partner {
    pub id: String,
    pub name: String,
    /// positive - negative.
    pub net: i64,
    /// Triples of positive relations between the two, either direction.
    pub positive: usize,
    /// Triples of negative relations between the two, either direction.
    pub negative: usize,
    /// Supporting triples by relation, e.g. `[("support", 3), ("attack", 1)]`.
    pub relations: Vec<(Relation, usize)>,
}

/// Every node that shares an edge with the actor, with its net polarity, in no useful order.
pub fn partners(g: &Graph, actor: &Matcher) -> Vec<Partner> {
    let mut acc: BTreeMap<usize, BTreeMap<Relation, usize>> = BTreeMap::new();
    for e in &g.links {
        let (Some(s), Some(t)) = (g.node_index(&e.source), g.node_index(&e.target)) else {
            continue;
        };
        let other = match (actor.contains(s), actor.contains(t)) {
            (true, false) => t,
            (false, true) => s,
            _ => continue,
        };
        if e.count > 0 {
            *acc.entry(other).or_default().entry(e.relation).or_default() += e.count;
        }
    }
    acc.into_iter()
        .map(|(i, rels)| {
            let sum = |p: i8| -> usize {
                rels.iter()
                    .filter(|(r, _)| r.polarity() == p)
                    .map(|(_, c)| c)
                    .sum()
            };
            let (positive, negative) = (sum(1), sum(-1));
            let mut relations: Vec<(Relation, usize)> = rels.into_iter().collect();
            relations.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            Partner {
                id: g.nodes[i].id.clone(),
                name: g.nodes[i].name.clone(),
                net: positive as i64 - negative as i64,
                positive,
                negative,
                relations,
            }
        })
        .collect()
}

/// Partners with a net above zero, highest net first (then most evidence, then id).
///
/// ```
/// use actorgraph::graph::{Graph, Level};
/// use actorgraph::query::{allies::allies, Matcher};
/// let g = Graph::empty(Level::Actor);
/// assert!(allies(&g, &Matcher::new(&g, "Russia")).is_empty());
/// ```
pub fn allies(g: &Graph, actor: &Matcher) -> Vec<Partner> {
    let mut v: Vec<Partner> = partners(g, actor)
        .into_iter()
        .filter(|p| p.net > 0)
        .collect();
    v.sort_by(|a, b| {
        b.net
            .cmp(&a.net)
            .then(b.positive.cmp(&a.positive))
            .then_with(|| a.id.cmp(&b.id))
    });
    v
}

/// Partners with a net below zero, lowest net first (then most evidence, then id).
pub fn enemies(g: &Graph, actor: &Matcher) -> Vec<Partner> {
    let mut v: Vec<Partner> = partners(g, actor)
        .into_iter()
        .filter(|p| p.net < 0)
        .collect();
    v.sort_by(|a, b| {
        a.net
            .cmp(&b.net)
            .then(b.negative.cmp(&a.negative))
            .then_with(|| a.id.cmp(&b.id))
    });
    v
}
