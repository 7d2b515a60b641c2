//! Building a [`Graph`]: triples (or evidence from other graphs) go into a [`Builder`], which
//! resolves actors to nodes, keeps one evidence record per (article, sentence, trigger span, codes) and
//! derives every count, date and mean from the evidence set when it [`finish`](Builder::finish)es.
//!
//! # Memory
//!
//! The graph keeps every evidence record, so `build` needs memory in proportion to the
//! evidence, not to the input: news gives a graph file smaller than its text (Wikinews: 3 MB for
//! 8.7 MB), a corpus where every sentence holds a relation (the synthetic benchmark corpus) one
//! about five times its text, since every record repeats its sentence, mentions and codes. What
//! is done to keep the memory close to the size of that file:
//!
//! - an edge's records are a `Vec` pushed to and put in canonical order (sorted by key, one
//!   record per key) when it has doubled and at the end, not a `BTreeMap` whose first leaf has
//!   room for eleven records: most edges of a big corpus hold one or two records, and the empty
//!   slots were most of the memory (820 MB -> 180 MB for 20 MB of synthetic text);
//! - [`finish`](Builder::finish) moves the records into the [`Graph`] and frees the builder edge
//!   by edge instead of copying them;
//! - the node ids and records are made on the worker threads ([`Namer::resolve`]).
//!
//! What is not done, and why: an evidence cap per edge (keep the first N records, aggregate the
//! rest). It would not bound memory where it grows (in the synthetic corpus 98% of edges hold
//! one record), and it would break exact merging: a merge derives every count from the union of
//! the records, which is what makes it idempotent per article (`merge(g, g) == g`, an article
//! merged twice counts once). Counters kept for records that were dropped cannot tell whether the
//! other input's records are the same ones, so a capped graph would over-count when an article
//! comes in twice, and would no longer roll up to `--level code|country` (which needs each
//! record's code). Exact merge needs per-record keys; the records without their sentence text
//! would only be a constant factor smaller.
//!
//! ```
//! use actorgraph::actors::Kind;
//! use actorgraph::graph::build::Builder;
//! use actorgraph::graph::Level;
//! use actorgraph::relations::Relation;
//! use actorgraph::triple::{ActorRef, TriggerRef, Triple};
//!
//! let side = |name: &str, code: &str, kind, text: &str, at: usize| ActorRef {
//!     name: name.into(), code: code.into(), kind, text: text.into(), span: [at, at + text.len()],
//! };
//! let t = Triple {
//!     article: "a1".into(), date: "2016-02-09".parse().ok(), sentence: 0,
//!     text: "Russian warplanes bombed the FSA.".into(),
//!     source: side("Russian military", "RUSMIL", Kind::Military, "Russian warplanes", 0),
//!     relation: Relation::Attack, cameo: "195".into(), negated: false,
//!     target: side("Free Syrian Army", "SYRREB", Kind::Rebel, "FSA", 29),
//!     trigger: TriggerRef { text: "bombed".into(), span: [18, 24] }, confidence: 0.8,
//! };
//! let mut b = Builder::new(Level::Actor);
//! b.add_triple(&t);
//! b.add_triple(&t); // the same evidence again counts once
//! let g = b.finish();
//! assert_eq!(g.links.len(), 1);
//! assert_eq!(g.links[0].count, 1);
//! assert_eq!(g.node("SYRREB:free syrian army").unwrap().aliases, ["FSA"]);
//! ```

use super::merge::{better_kind, better_name, cmp_evidence};
use super::model::{Edge, Evidence, Graph, Level, MentionRef, Node, fold_name, node_id};
use crate::actors::model::country_of_code;
use crate::actors::{Dictionary, Kind};
use crate::date::Date;
use crate::relations::Relation;
use crate::triple::Triple;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// What a node is, apart from its evidence: merged across inputs by fixed preference rules
/// (see [`super::merge`]) so that the order of inputs never matters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeInfo {
    pub name: String,
    pub kind: Kind,
    /// The dictionary's `country:` for the actor, `""` if none (the code gives it then).
    pub country: String,
}

impl NodeInfo {
    /// Folds another description of the same node into this one.
    pub fn merge(&mut self, other: &NodeInfo) {
        if better_name(&other.name, &self.name) {
            self.name.clone_from(&other.name);
        }
        if better_kind(other.kind, self.kind) {
            self.kind = other.kind;
        }
        if !other.country.is_empty() && (self.country.is_empty() || other.country < self.country) {
            self.country.clone_from(&other.country);
        }
    }
}

/// The key of an edge: (source id, relation, target id).
pub type EdgeKey = (String, Relation, String);

/// Collects nodes and evidence; [`finish`](Builder::finish) makes the canonical [`Graph`].
#[derive(Debug, Clone, Default)]
pub struct Builder {
    level: Level,
    nodes: BTreeMap<String, NodeInfo>,
    edges: BTreeMap<EdgeKey, Records>,
    /// What the dictionary says about actors, for naming nodes.
    namer: Arc<Namer>,
}

/// What a [`Builder`] takes from the dictionary to turn an extracted actor into a node: the
/// canonical actors, their `country:`, and country adjectives for naming composite actors.
/// Shared (read-only) so that worker threads can [`resolve`](Namer::resolve) triples while the
/// builder takes in the ones before.
#[derive(Debug, Clone, Default)]
pub struct Namer {
    /// Canonical name -> (kind, dictionary country or `""`) of the dictionary's actors.
    entries: FxHashMap<String, Vec<(Kind, String)>>,
    /// Country code -> adjective ("Russian"), for naming composite actors.
    adjectives: FxHashMap<String, String>,
}

/// A triple turned into what the builder stores: the ids and descriptions of its two nodes and
/// an evidence record (see [`Namer::resolve`]).
#[derive(Debug, Clone)]
pub struct Resolved {
    pub source: (String, NodeInfo),
    pub relation: Relation,
    pub target: (String, NodeInfo),
    pub evidence: Evidence,
}

impl Namer {
    /// A namer from a dictionary's entries.
    pub fn new(dict: &Dictionary) -> Namer {
        let mut n = Namer::default();
        for e in &dict.entries {
            let kinds = n.entries.entry(e.name.clone()).or_default();
            match kinds.iter_mut().find(|(k, _)| *k == e.kind) {
                Some((_, country)) => {
                    if let Some(c) = &e.country {
                        country.clone_from(c);
                    }
                }
                None => kinds.push((e.kind, e.country.clone().unwrap_or_default())),
            }
            if e.kind == Kind::Country && !e.code.is_empty() {
                let adj = e.adjectives.first().unwrap_or(&e.name);
                n.adjectives.insert(e.code.clone(), adj.clone());
            }
        }
        n
    }

    fn entry(&self, name: &str, kind: Kind) -> Option<&str> {
        self.entries
            .get(name)?
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, c)| c.as_str())
    }

    /// See [`Builder::canonical_name`].
    pub fn canonical_name(&self, a: &crate::triple::ActorRef) -> String {
        if fold_name(&a.name).is_empty() {
            return a.text.trim().to_string();
        }
        if self.entries.is_empty()
            || a.kind == Kind::Person
            || self.entry(&a.name, a.kind).is_some()
            || a.code.len() != 6
        {
            return a.name.clone();
        }
        let (country, role) = a.code.split_at(3);
        match (self.adjectives.get(country), role_word(role)) {
            (Some(adj), Some(word)) => format!("{adj} {word}"),
            _ => a.name.clone(),
        }
    }

    /// A triple's nodes and evidence record, as [`Builder::add_triple`] adds them. Pure, so it
    /// can run on the worker that extracted the triple.
    pub fn resolve(&self, t: Triple) -> Resolved {
        let node = |a: &crate::triple::ActorRef| {
            let name = self.canonical_name(a);
            let id = node_id(&name, &a.code, a.kind);
            let country = self.entry(&a.name, a.kind).unwrap_or("").to_string();
            (
                id,
                NodeInfo {
                    name,
                    kind: a.kind,
                    country,
                },
            )
        };
        let (source, target) = (node(&t.source), node(&t.target));
        let mention = |a: crate::triple::ActorRef| MentionRef {
            text: a.text,
            span: a.span,
            code: a.code,
        };
        Resolved {
            source,
            relation: t.relation,
            target,
            evidence: Evidence {
                article: t.article,
                sentence: t.sentence,
                date: t.date,
                text: t.text,
                cameo: t.cameo,
                negated: t.negated,
                confidence: t.confidence,
                source: mention(t.source),
                target: mention(t.target),
                trigger: t.trigger,
            },
        }
    }
}

/// The word for a role code in a composite actor's name ("Russian military").
fn role_word(role: &str) -> Option<&'static str> {
    Some(match role {
        "GOV" => "government",
        "MIL" => "military",
        "REB" => "rebels",
        "OPP" => "opposition",
        "INS" => "insurgents",
        "COP" => "police",
        "SPY" => "intelligence",
        "LEG" => "legislature",
        "JUD" => "judiciary",
        "PTY" => "party",
        "CVL" => "civilians",
        "REF" => "refugees",
        "MED" => "media",
        "BUS" => "business",
        _ => return None,
    })
}

/// Rounds to 4 decimals, so that a value read back from JSON is the value written.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

impl Builder {
    pub fn new(level: Level) -> Builder {
        Builder {
            level,
            ..Builder::default()
        }
    }

    /// A builder that takes the `country:` of actors from a dictionary.
    pub fn with_dictionary(dict: &Dictionary) -> Builder {
        let mut b = Builder::new(Level::Actor);
        b.namer = Arc::new(Namer::new(dict));
        b
    }

    /// What this builder names nodes by, to [`resolve`](Namer::resolve) triples elsewhere.
    pub fn namer(&self) -> Arc<Namer> {
        Arc::clone(&self.namer)
    }

    /// The canonical name of an actor as extracted. With a dictionary, a state part that is not
    /// a dictionary entry ("Russian jets", "Moscow" as `RUSGOV`, "the Russian defence ministry")
    /// is named from its code: "Russian military", "Russian government". Otherwise the name
    /// stands.
    /// An actor with no name (an extraction slip) is named by its words in the text.
    pub fn canonical_name(&self, a: &crate::triple::ActorRef) -> String {
        self.namer.canonical_name(a)
    }

    pub fn level(&self) -> Level {
        self.level
    }

    /// Records (or refines) what a node is.
    pub fn add_node(&mut self, id: &str, info: NodeInfo) {
        match self.nodes.get_mut(id) {
            Some(n) => n.merge(&info),
            None => {
                self.nodes.insert(id.to_string(), info);
            }
        }
    }

    /// Adds one evidence record to the edge `source -relation-> target`; both nodes must have been
    /// added with [`add_node`](Builder::add_node). A record with the same key as one already
    /// there is merged by a fixed rule, so adding the same article twice counts it once.
    pub fn add_evidence(&mut self, source: &str, relation: Relation, target: &str, ev: Evidence) {
        let mut ev = ev;
        ev.confidence = round4(ev.confidence);
        let key = (source.to_string(), relation, target.to_string());
        self.edges.entry(key).or_default().push(ev);
    }

    /// Adds one extracted triple at the actor level.
    pub fn add_triple(&mut self, t: &Triple) {
        let r = self.namer.resolve(t.clone());
        self.add_resolved(r);
    }

    /// Adds a triple resolved by this builder's [`Namer`] (on another thread, say).
    pub fn add_resolved(&mut self, r: Resolved) {
        let Resolved {
            source: (source, source_info),
            relation,
            target: (target, target_info),
            evidence,
        } = r;
        self.add_node(&source, source_info);
        self.add_node(&target, target_info);
        let mut ev = evidence;
        ev.confidence = round4(ev.confidence);
        self.edges
            .entry((source, relation, target))
            .or_default()
            .push(ev);
    }

    /// Adds every node and evidence record of a graph (merging). Fails if the graph is at
    /// another level.
    pub fn add_graph(&mut self, g: &Graph) -> Result<(), String> {
        if g.graph.level != self.level {
            return Err(format!(
                "graph is at level {}, expected {}",
                g.graph.level, self.level
            ));
        }
        for n in &g.nodes {
            self.add_node(&n.id, info_of(n));
        }
        for e in &g.links {
            for ev in &e.evidence {
                self.add_evidence(&e.source, e.relation, &e.target, ev.clone());
            }
        }
        Ok(())
    }

    /// The canonical graph: nodes sorted by id, links by (source, relation, target), evidence
    /// by key, every derived field computed from the evidence. Nodes without evidence are left
    /// out.
    pub fn finish(self) -> Graph {
        let Builder {
            level,
            nodes: infos,
            edges,
            ..
        } = self;
        // Edges first, each record moved (not copied) into its edge and the builder's memory
        // given back edge by edge; then the nodes and the totals from the edges.
        let mut links = Vec::with_capacity(edges.len());
        for ((source, relation, target), mut records) in edges {
            records.normalize();
            let evidence = records.list;
            if evidence.is_empty() {
                continue;
            }
            let mut e = EdgeAcc::default();
            for ev in &evidence {
                e.add(ev);
            }
            let mut edge = e.finish(source, relation, target);
            edge.evidence = evidence;
            links.push(edge);
        }
        let mut acc: BTreeMap<&str, NodeAcc> = BTreeMap::new();
        let mut articles: BTreeSet<&str> = BTreeSet::new();
        let mut triples = 0usize;
        let mut range = DateRange::default();
        for edge in &links {
            for ev in &edge.evidence {
                triples += 1;
                articles.insert(&ev.article);
                range.add(ev.date);
                acc.entry(edge.source.as_str())
                    .or_default()
                    .add(ev, &ev.source);
                acc.entry(edge.target.as_str())
                    .or_default()
                    .add(ev, &ev.target);
            }
        }
        let nodes = acc
            .into_iter()
            .map(|(id, a)| {
                let info = infos.get(id).cloned().unwrap_or_else(|| NodeInfo {
                    name: id.to_string(),
                    kind: Kind::Unknown,
                    country: String::new(),
                });
                a.finish(id, info, level)
            })
            .collect();
        let mut graph = Graph::empty(level);
        graph.graph.articles = articles.len();
        graph.graph.triples = triples;
        graph.graph.first = range.first;
        graph.graph.last = range.last;
        graph.nodes = nodes;
        graph.links = links;
        graph
    }
}

/// The evidence records of one edge as they come in. Records are pushed as they come and put
/// in canonical order (sorted by key, one record per key: the greatest by
/// [`cmp_evidence`]) when the list has doubled since the last time and at the end, so that the
/// same article added again costs memory only until the next normalisation. A sorted `Vec`
/// rather than a `BTreeMap`: most edges hold one or two records, and a B-tree leaf has room
/// for eleven (4 KB per edge of the synthetic corpus, most of the memory of `build`).
#[derive(Debug, Clone, Default)]
struct Records {
    list: Vec<Evidence>,
    /// `list[..canonical]` is in canonical order.
    canonical: usize,
}

impl Records {
    fn push(&mut self, ev: Evidence) {
        // Most edges keep one record: no room for four (what a first `push` would reserve).
        if self.list.capacity() == 0 {
            self.list.reserve_exact(1);
        }
        self.list.push(ev);
        if self.list.len() >= 2 * self.canonical.max(16) {
            self.normalize();
        }
    }

    fn normalize(&mut self) {
        if self.canonical == self.list.len() {
            return;
        }
        self.list.sort_by(cmp_evidence);
        // Of records with the same key, the greatest (the last after sorting) stays.
        let mut out: Vec<Evidence> = Vec::with_capacity(self.list.len());
        for ev in self.list.drain(..) {
            match out.last_mut() {
                Some(last) if last.key_ref() == ev.key_ref() => *last = ev,
                _ => out.push(ev),
            }
        }
        out.shrink_to_fit();
        self.list = out;
        self.canonical = self.list.len();
    }
}

/// What a loaded node says about itself. Its `country` is kept as the dictionary's only when
/// the code does not already give it, so that it is re-derived the same way after a merge.
pub fn info_of(n: &Node) -> NodeInfo {
    let derived = country_of_code(&n.code).unwrap_or("");
    NodeInfo {
        name: n.name.clone(),
        kind: n.kind,
        country: if n.country == derived {
            String::new()
        } else {
            n.country.clone()
        },
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct DateRange {
    first: Option<Date>,
    last: Option<Date>,
}

impl DateRange {
    fn add(&mut self, d: Option<Date>) {
        if let Some(d) = d {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
    }
}

#[derive(Debug, Default)]
struct EdgeAcc<'a> {
    count: usize,
    negated: usize,
    articles: BTreeSet<&'a str>,
    range: DateRange,
    sum: f64,
}

impl<'a> EdgeAcc<'a> {
    fn add(&mut self, ev: &'a Evidence) {
        if ev.negated {
            self.negated += 1;
            return;
        }
        self.count += 1;
        self.articles.insert(&ev.article);
        self.range.add(ev.date);
        self.sum += ev.confidence;
    }

    fn finish(self, source: String, relation: Relation, target: String) -> Edge {
        Edge {
            source,
            target,
            key: relation,
            relation,
            polarity: relation.polarity(),
            count: self.count,
            articles: self.articles.len(),
            negated: self.negated,
            first: self.range.first,
            last: self.range.last,
            confidence: if self.count == 0 {
                0.0
            } else {
                round4(self.sum / self.count as f64)
            },
            weight: round4(self.sum),
            evidence: Vec::new(),
        }
    }
}

#[derive(Debug, Default)]
struct NodeAcc<'a> {
    codes: BTreeSet<&'a str>,
    aliases: BTreeSet<&'a str>,
    mentions: BTreeSet<(&'a str, [usize; 2])>,
    articles: BTreeSet<&'a str>,
    range: DateRange,
    /// The code of the latest evidence: (date, code), the greatest wins.
    latest: Option<(Option<Date>, &'a str)>,
}

impl<'a> NodeAcc<'a> {
    fn add(&mut self, ev: &'a Evidence, m: &'a MentionRef) {
        self.codes.insert(&m.code);
        self.aliases.insert(&m.text);
        self.mentions.insert((&ev.article, m.span));
        self.articles.insert(&ev.article);
        self.range.add(ev.date);
        let this = (ev.date, m.code.as_str());
        if self.latest.is_none_or(|l| this > l) {
            self.latest = Some(this);
        }
    }

    fn finish(self, id: &str, info: NodeInfo, level: Level) -> Node {
        // A rolled-up node's id is its code (`SYR`, `USAGOV`); an actor's code is the one of
        // its latest evidence (a person's role changes).
        let code = if level != Level::Actor && !id.contains(':') {
            id
        } else {
            self.latest.map(|l| l.1).unwrap_or("")
        }
        .to_string();
        let country = if info.country.is_empty() {
            country_of_code(&code).unwrap_or("").to_string()
        } else {
            info.country
        };
        Node {
            id: id.to_string(),
            name: info.name,
            code,
            kind: info.kind,
            country,
            codes: self.codes.into_iter().map(String::from).collect(),
            aliases: self.aliases.into_iter().map(String::from).collect(),
            mentions: self.mentions.len(),
            articles: self.articles.len(),
            first: self.range.first,
            last: self.range.last,
        }
    }
}

/// Builds the actor graph of a set of triples.
///
/// ```
/// let g = actorgraph::graph::build::from_triples(&[]);
/// assert!(g.nodes.is_empty() && g.links.is_empty());
/// ```
pub fn from_triples<'a>(triples: impl IntoIterator<Item = &'a Triple>) -> Graph {
    let mut b = Builder::new(Level::Actor);
    for t in triples {
        b.add_triple(t);
    }
    b.finish()
}
