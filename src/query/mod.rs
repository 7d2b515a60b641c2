//! Asking a graph: which edges join whom ([`edges`]), who are an actor's allies and enemies
//! ([`allies`]), the strongest chain of support between two actors ([`path`]), the most central
//! actors ([`central`]) and the blocs of mutually supporting actors ([`blocs`]).
//!
//! Actors are named as a user would ([`Matcher`]): by name, alias or code, in any case, with or
//! without accents; a country also stands for its parts (Syria matches `SYRGOV`, `SYRMIL` and
//! Bashar al-Assad) unless `--exact`.
//!
//! The command line (`actorgraph query GRAPH [MODE ARGS...]`):
//!
//! ```text
//! actorgraph query g.json --source Russia --relation attack      # edges, by weight
//! actorgraph query g.json --target Syria --relation negative     # every hostile edge into Syria
//! actorgraph query g.json allies Russia                           # net-positive partners
//! actorgraph query g.json enemies Russia                          # net-negative partners
//! actorgraph query g.json path Iran Hezbollah                     # strongest chain of support
//! actorgraph query g.json central                                 # most central actors
//! actorgraph query g.json blocs                                   # mutually supporting groups
//! ```

pub mod allies;
pub mod blocs;
pub mod central;
pub mod edges;
pub mod path;

use crate::actors::Kind;
use crate::graph::Graph;
use crate::graph::model::fold_name;
use std::collections::BTreeSet;

/// The set of nodes a user's name for an actor stands for.
///
/// A node matches when the query equals (case and accents folded) its name, one of its aliases,
/// its id, or one of its codes. When the query names a country (a `country` node, or a
/// three-letter country code), every node of that country matches as well. When nothing matches
/// exactly, nodes whose name contains the query as whole words match ("Kerry" finds John
/// Kerry).
///
/// ```
/// use actorgraph::graph::{Graph, Level, Node};
/// use actorgraph::actors::Kind;
/// use actorgraph::query::Matcher;
/// let node = |id: &str, name: &str, code: &str, kind| Node {
///     id: id.into(), name: name.into(), code: code.into(), kind, country: code[..3].into(),
///     codes: vec![code.into()], aliases: vec![], mentions: 1, articles: 1, first: None, last: None,
/// };
/// let mut g = Graph::empty(Level::Actor);
/// g.nodes = vec![
///     node("RUS:russia", "Russia", "RUS", Kind::Country),
///     node("SYR:syria", "Syria", "SYR", Kind::Country),
///     node("SYRMIL:syrian military", "Syrian military", "SYRMIL", Kind::Military),
///     node("person:bashar al-assad", "Bashar al-Assad", "SYRGOV", Kind::Person),
/// ];
/// let m = Matcher::new(&g, "syria");
/// assert_eq!(m.len(), 3);
/// assert_eq!(Matcher::new(&g, "ASSAD").len(), 1);
/// assert!(Matcher::new(&g, "Ukraine").is_empty());
/// ```
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Indices into `graph.nodes`, sorted.
    nodes: BTreeSet<usize>,
}

impl Matcher {
    pub fn new(g: &Graph, query: &str) -> Matcher {
        Matcher::with_dictionary(g, query, None)
    }

    /// As [`Matcher::new`], and a name the dictionary knows also stands for the entry's
    /// canonical name (and a country's code), so "Hizbollah" finds Hezbollah and "Moscow" finds
    /// Russia even when the graph never saw those words.
    ///
    /// ```
    /// use actorgraph::actors::Dictionary;
    /// use actorgraph::graph::{Graph, Level};
    /// use actorgraph::query::Matcher;
    /// let dict = Dictionary::parse("d.txt", "militant | LBNMIL | Hezbollah | Hizbollah\n").unwrap();
    /// let g = Graph::empty(Level::Actor);
    /// assert!(Matcher::with_dictionary(&g, "hizbollah", Some(&dict)).is_empty());
    /// ```
    pub fn with_dictionary(
        g: &Graph,
        query: &str,
        dict: Option<&crate::actors::Dictionary>,
    ) -> Matcher {
        Matcher::build(g, query, dict, true)
    }

    /// Only the nodes the query names: a country does not stand for its parts.
    ///
    /// ```
    /// use actorgraph::graph::{Graph, Level};
    /// use actorgraph::query::Matcher;
    /// assert!(Matcher::exact(&Graph::empty(Level::Actor), "Syria", None).is_empty());
    /// ```
    pub fn exact(g: &Graph, query: &str, dict: Option<&crate::actors::Dictionary>) -> Matcher {
        Matcher::build(g, query, dict, false)
    }

    fn build(
        g: &Graph,
        query: &str,
        dict: Option<&crate::actors::Dictionary>,
        parts: bool,
    ) -> Matcher {
        let q = fold_name(query);
        let code = query.trim().to_ascii_uppercase();
        let mut nodes = BTreeSet::new();
        let mut countries: BTreeSet<String> = BTreeSet::new();
        let mut names: BTreeSet<String> = BTreeSet::from([q.clone()]);
        for e in dict.map(|d| d.entries.as_slice()).unwrap_or_default() {
            let hit = std::iter::once(&e.name)
                .chain(&e.aliases)
                .chain(&e.adjectives)
                .chain(&e.seats)
                .any(|a| fold_name(a) == q);
            if hit {
                names.insert(fold_name(&e.name));
                if e.kind == Kind::Country && !e.code.is_empty() {
                    countries.insert(e.code.clone());
                }
            }
        }
        for (i, n) in g.nodes.iter().enumerate() {
            let hit = n.id == query.trim()
                || names.contains(&fold_name(&n.name))
                || n.aliases.iter().any(|a| fold_name(a) == q)
                || n.codes.contains(&code)
                || n.code == code;
            if hit {
                nodes.insert(i);
                if n.kind == Kind::Country && !n.code.is_empty() {
                    countries.insert(n.code.clone());
                }
            }
        }
        if code.len() == 3 && crate::actors::model::country_of_code(&code).is_some() {
            let known = g
                .nodes
                .iter()
                .any(|n| n.country == code || n.codes.iter().any(|c| c.starts_with(&code)));
            if known {
                countries.insert(code);
            }
        }
        if !parts {
            countries.clear();
        }
        for (i, n) in g.nodes.iter().enumerate() {
            if countries.contains(&n.country)
                || n.codes
                    .iter()
                    .any(|c| countries.iter().any(|k| c.starts_with(k.as_str())))
            {
                nodes.insert(i);
            }
        }
        if nodes.is_empty() && !q.is_empty() {
            let words = |s: &str| format!(" {} ", s.replace('-', " "));
            let padded = words(&q);
            for (i, n) in g.nodes.iter().enumerate() {
                if words(&fold_name(&n.name)).contains(&padded) {
                    nodes.insert(i);
                }
            }
        }
        Matcher { nodes }
    }

    /// A matcher for every node.
    pub fn any(g: &Graph) -> Matcher {
        Matcher {
            nodes: (0..g.nodes.len()).collect(),
        }
    }

    pub fn contains(&self, node_index: usize) -> bool {
        self.nodes.contains(&node_index)
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Indices into `graph.nodes`, ascending.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.nodes.iter().copied()
    }
}

/// Rounds to 4 decimals for display and output.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
