//! Blocs: groups of actors that support one another and are not hostile within.
//!
//! Between each pair of actors the *net* is the supporting triples of positive relations
//! between them (either direction) minus those of negative ones. Pairs with a net of at least
//! `min_net` are *ties*, weighing their net. Blocs are found by greedy modularity (Clauset,
//! Newman and Moore): starting from single actors, the two groups whose joining raises the
//! modularity of the tie graph most are joined, until no join raises it; two groups are never
//! joined if any pair across them has a net below zero, so a bloc has no net enemies inside.
//! Modularity weighs a tie against what the two groups' total ties would give by chance, so a
//! hub with ties to everyone does not swallow the graph. Blocs of one actor are not listed. For
//! each bloc the answer gives its members (most tied within first), the net positive triples
//! inside, and the blocs it is net hostile to.

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

/// The blocs of a graph (ties of a net of at least `min_net`, at least 1).
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
    let min_net = min_net.max(1);
    // Community c: its members, its tie weight to other communities, its total tie weight
    // (degree), and how many hostile pairs it has with other communities.
    let mut members: Vec<BTreeSet<usize>> = (0..n).map(|i| BTreeSet::from([i])).collect();
    let mut ties: Vec<BTreeMap<usize, i64>> = vec![BTreeMap::new(); n];
    let mut hostile: Vec<BTreeMap<usize, usize>> = vec![BTreeMap::new(); n];
    let mut degree = vec![0i64; n];
    let mut m: i64 = 0;
    for (&(a, b), &v) in &net {
        if v >= min_net {
            *ties[a].entry(b).or_default() += v;
            *ties[b].entry(a).or_default() += v;
            degree[a] += v;
            degree[b] += v;
            m += v;
        } else if v < 0 {
            *hostile[a].entry(b).or_default() += 1;
            *hostile[b].entry(a).or_default() += 1;
        }
    }
    let mut alive: BTreeSet<usize> = (0..n).filter(|&i| !ties[i].is_empty()).collect();
    loop {
        // Gain of joining a and b, times 2m^2: 2m * w_ab - k_a * k_b (integers, so exact).
        let mut best: Option<(i128, usize, usize)> = None;
        for &a in &alive {
            for (&b, &w) in &ties[a] {
                if b <= a || hostile[a].contains_key(&b) {
                    continue;
                }
                let gain = 2 * m as i128 * w as i128 - degree[a] as i128 * degree[b] as i128;
                if gain > 0 && best.is_none_or(|x| gain > x.0) {
                    best = Some((gain, a, b));
                }
            }
        }
        let Some((_, a, b)) = best else { break };
        // Join b into a.
        let moved = std::mem::take(&mut members[b]);
        members[a].extend(moved);
        degree[a] += degree[b];
        for (c, w) in std::mem::take(&mut ties[b]) {
            ties[c].remove(&b);
            if c != a {
                *ties[a].entry(c).or_default() += w;
                *ties[c].entry(a).or_default() += w;
            }
        }
        ties[a].remove(&b);
        for (c, h) in std::mem::take(&mut hostile[b]) {
            hostile[c].remove(&b);
            if c != a {
                *hostile[a].entry(c).or_default() += h;
                *hostile[c].entry(a).or_default() += h;
            }
        }
        hostile[a].remove(&b);
        alive.remove(&b);
    }
    let mut groups: Vec<BTreeSet<usize>> = alive
        .iter()
        .filter(|&&i| members[i].len() > 1)
        .map(|&i| members[i].clone())
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
