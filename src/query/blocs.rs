//! Blocs: groups of actors that support one another and are not hostile within.
//!
//! Between each pair of actors the *net* is the supporting triples of positive relations
//! between them (either direction) minus those of negative ones. Pairs with a net of at least
//! `min_net` are joined, strongest first, into blocs, except that two blocs are never joined if
//! any pair across them has a net below zero: a bloc has no net enemies inside. Blocs of one
//! actor are not listed. For each bloc the answer gives its members (most connected within
//! first), the positive triples inside, and the blocs it is net hostile to.

use crate::graph::Graph;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// A member of a bloc.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub id: String,
    pub name: String,
    /// Net positive triples with the other members.
    pub net: i64,
}

/// A group of mutually supporting actors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bloc {
    /// 1-based, biggest bloc first.
    pub number: usize,
    pub members: Vec<Member>,
    /// Net positive triples between members.
    pub internal: i64,
    /// Numbers of the blocs this one has a net negative relation with.
    pub hostile_to: Vec<usize>,
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// The blocs of a graph (joined by a net of at least `min_net`, at least 1).
///
/// ```
/// use actorgraph::graph::{Graph, Level};
/// assert!(actorgraph::query::blocs::blocs(&Graph::empty(Level::Actor), 1).is_empty());
/// ```
pub fn blocs(g: &Graph, min_net: i64) -> Vec<Bloc> {
    let n = g.nodes.len();
    let mut net: BTreeMap<(usize, usize), i64> = BTreeMap::new();
    for e in &g.links {
        let (Some(s), Some(t)) = (g.node_index(&e.source), g.node_index(&e.target)) else {
            continue;
        };
        if s == t || e.polarity == 0 || e.count == 0 {
            continue;
        }
        *net.entry((s.min(t), s.max(t))).or_default() += e.polarity as i64 * e.count as i64;
    }
    let mut ties: Vec<((usize, usize), i64)> = net
        .iter()
        .filter(|(_, v)| **v >= min_net.max(1))
        .map(|(k, v)| (*k, *v))
        .collect();
    ties.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut parent: Vec<usize> = (0..n).collect();
    let mut members: Vec<BTreeSet<usize>> = (0..n).map(|i| BTreeSet::from([i])).collect();
    let hostile: BTreeSet<(usize, usize)> = net
        .iter()
        .filter(|(_, v)| **v < 0)
        .map(|(k, _)| *k)
        .collect();
    for ((a, b), _) in ties {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra == rb {
            continue;
        }
        let clash = members[ra].iter().any(|&x| {
            members[rb]
                .iter()
                .any(|&y| hostile.contains(&(x.min(y), x.max(y))))
        });
        if clash {
            continue;
        }
        let (keep, gone) = if members[ra].len() >= members[rb].len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        parent[gone] = keep;
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
    }
    let mut groups: Vec<BTreeSet<usize>> = (0..n)
        .filter(|&i| find(&mut parent, i) == i && members[i].len() > 1)
        .map(|i| members[i].clone())
        .collect();
    let inside = |set: &BTreeSet<usize>| -> i64 {
        net.iter()
            .filter(|((a, b), v)| set.contains(a) && set.contains(b) && **v > 0)
            .map(|(_, v)| *v)
            .sum()
    };
    groups.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then_with(|| inside(b).cmp(&inside(a)))
            .then_with(|| a.iter().next().cmp(&b.iter().next()))
    });
    let bloc_of: BTreeMap<usize, usize> = groups
        .iter()
        .enumerate()
        .flat_map(|(k, set)| set.iter().map(move |&i| (i, k)))
        .collect();
    groups
        .iter()
        .enumerate()
        .map(|(k, set)| {
            let mut ms: Vec<Member> = set
                .iter()
                .map(|&i| Member {
                    id: g.nodes[i].id.clone(),
                    name: g.nodes[i].name.clone(),
                    net: net
                        .iter()
                        .filter(|((a, b), _)| {
                            (*a == i && set.contains(b)) || (*b == i && set.contains(a))
                        })
                        .map(|(_, v)| *v)
                        .sum(),
                })
                .collect();
            ms.sort_by(|a, b| b.net.cmp(&a.net).then_with(|| a.id.cmp(&b.id)));
            let mut hostile_to: BTreeMap<usize, i64> = BTreeMap::new();
            for (&(a, b), &v) in &net {
                let other = if set.contains(&a) && !set.contains(&b) {
                    b
                } else if set.contains(&b) && !set.contains(&a) {
                    a
                } else {
                    continue;
                };
                if let Some(&o) = bloc_of.get(&other) {
                    *hostile_to.entry(o).or_default() += v;
                }
            }
            Bloc {
                number: k + 1,
                members: ms,
                internal: inside(set),
                hostile_to: hostile_to
                    .into_iter()
                    .filter(|(_, v)| *v < 0)
                    .map(|(o, _)| o + 1)
                    .collect(),
            }
        })
        .collect()
}
