//! Views of a graph: roll-ups (`--level actor|code|country`) and filters (dates, relations,
//! minimum counts, top actors). A view makes a new, canonical [`Graph`] from the evidence of the
//! old one, so every count in it is true of what the view kept.
//!
//! Rules:
//! - **Dates** (`since`, `until`, both inclusive; `until 2016` means to the end of 2016) keep the
//!   evidence dated in the range; when either is set, undated evidence is dropped.
//! - **Relations** keep the evidence of those relations ([`RelationSet`]).
//! - **Coded** keeps the evidence whose two actors have a code: unresolved mentions ("the
//!   government", "the president", "protesters") go.
//! - **Level**: at `code`, each side of each evidence record becomes its code on that day (John
//!   Kerry in 2016 becomes `USAGOV`, the Syrian army `SYRMIL`) if that code starts with a
//!   country; at `country`, the country of that code, else the actor's `country` (the Free
//!   Syrian Army becomes `SYR`, the Wagner Group with `country: RUS` becomes `RUS`). Anything
//!   else stays itself: actors with no code, and those with a non-national code (`IGO`, `NGO`,
//!   `IMG`: the UN and NATO do not become one node). Rolling up in two steps (actor, code,
//!   country) gives the same graph as in one. A roll-up can make self-loops
//!   (`SYR -attack-> SYR`, a civil war): they are kept.
//! - **Counts**: an edge stays if `count >= min_count` and `articles >= min_articles`.
//!   `min_count` 1 (the default of `export` and `query`) drops edges whose evidence is all
//!   negated, unless `keep_negated` is set, which lets `negated` stand in for `count`.
//! - **Top**: keeps the `top` actors with the most supporting evidence on the remaining edges
//!   (ties by id), and the edges between them.
//! - Nodes left without edges go.
//!
//! ```
//! use actorgraph::graph::{Graph, Level, View};
//! let view: View = View { level: Level::Country, since: "2016".parse().ok(), ..View::default() };
//! let g = view.apply(&Graph::empty(Level::Actor)).unwrap();
//! assert_eq!(g.graph.level, Level::Country);
//! ```

use super::build::{Builder, NodeInfo, info_of};
use super::merge::better_name;
use super::model::{Graph, Level, MentionRef, Node};
use crate::actors::Kind;
use crate::actors::model::country_of_code;
use crate::date::Date;
use crate::relations::Relation;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A set of relations, parsed from a comma-separated list of relation names, `positive`
/// (support, cooperate, meet), `negative` (criticize ... attack), `neutral` (appeal) or `all`.
///
/// ```
/// use actorgraph::graph::RelationSet;
/// use actorgraph::relations::Relation;
/// let s: RelationSet = "positive,attack".parse().unwrap();
/// assert!(s.contains(Relation::Meet) && s.contains(Relation::Attack));
/// assert!(!s.contains(Relation::Sanction));
/// assert!("hug".parse::<RelationSet>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RelationSet(u16);

impl RelationSet {
    pub const ALL: RelationSet = RelationSet((1 << 10) - 1);
    pub const NONE: RelationSet = RelationSet(0);

    fn bit(r: Relation) -> u16 {
        1 << Relation::ALL.iter().position(|x| *x == r).unwrap_or(0)
    }

    pub fn contains(self, r: Relation) -> bool {
        self.0 & Self::bit(r) != 0
    }

    pub fn insert(&mut self, r: Relation) {
        self.0 |= Self::bit(r);
    }

    pub fn is_all(self) -> bool {
        self == Self::ALL
    }

    /// All relations of a polarity (+1, 0, -1).
    pub fn of_polarity(p: i8) -> RelationSet {
        let mut s = RelationSet::NONE;
        for r in Relation::ALL {
            if r.polarity() == p {
                s.insert(r);
            }
        }
        s
    }

    pub fn iter(self) -> impl Iterator<Item = Relation> {
        Relation::ALL.into_iter().filter(move |r| self.contains(*r))
    }
}

impl Default for RelationSet {
    fn default() -> RelationSet {
        RelationSet::ALL
    }
}

impl std::str::FromStr for RelationSet {
    type Err = String;
    fn from_str(s: &str) -> Result<RelationSet, String> {
        let mut set = RelationSet::NONE;
        for w in s.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let w = w.to_ascii_lowercase();
            let add = match w.as_str() {
                "all" => RelationSet::ALL,
                "positive" => RelationSet::of_polarity(1),
                "negative" => RelationSet::of_polarity(-1),
                "neutral" => RelationSet::of_polarity(0),
                _ => match Relation::parse(&w) {
                    Some(r) => RelationSet(Self::bit(r)),
                    None => {
                        return Err(format!(
                            "unknown relation {w:?} (want support, cooperate, meet, appeal, \
                             criticize, reject, threaten, sanction, coerce, attack, positive, \
                             negative, neutral or all)"
                        ));
                    }
                },
            };
            set.0 |= add.0;
        }
        if set == RelationSet::NONE {
            return Err("no relation given".into());
        }
        Ok(set)
    }
}

impl std::fmt::Display for RelationSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_all() {
            return f.write_str("all");
        }
        let names: Vec<&str> = self.iter().map(Relation::as_str).collect();
        f.write_str(&names.join(","))
    }
}

impl std::str::FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Level, String> {
        match s.to_ascii_lowercase().as_str() {
            "actor" => Ok(Level::Actor),
            "code" => Ok(Level::Code),
            "country" => Ok(Level::Country),
            _ => Err(format!("unknown level {s:?} (want actor, code or country)")),
        }
    }
}

/// A roll-up and a set of filters. [`View::default`] changes nothing but dropping edges with no
/// supporting evidence (`min_count` 1); [`View::all`] changes nothing at all.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub level: Level,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub relations: RelationSet,
    pub min_count: usize,
    pub min_articles: usize,
    pub top: Option<usize>,
    pub keep_negated: bool,
    /// Keep only evidence whose two actors have a code (drops unresolved mentions such as
    /// "the government" or "the president").
    pub coded: bool,
}

impl Default for View {
    fn default() -> View {
        View {
            level: Level::Actor,
            since: None,
            until: None,
            relations: RelationSet::ALL,
            min_count: 1,
            min_articles: 0,
            top: None,
            keep_negated: false,
            coded: false,
        }
    }
}

impl View {
    /// The view that keeps everything, negated-only edges included.
    pub fn all() -> View {
        View {
            min_count: 0,
            ..View::default()
        }
    }

    /// Whether applying the view to a graph at `level` would change nothing.
    pub fn is_identity_at(&self, level: Level) -> bool {
        self.level == level
            && self.since.is_none()
            && self.until.is_none()
            && self.relations.is_all()
            && self.min_count == 0
            && self.min_articles == 0
            && self.top.is_none()
            && !self.coded
    }

    fn keeps_date(&self, d: Option<Date>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let Some(d) = d else { return false };
        self.since.is_none_or(|s| s <= d) && self.until.is_none_or(|u| d <= u.end_of_period())
    }

    /// Applies the view. Fails when asked to roll down (a country graph to actors).
    pub fn apply(&self, g: &Graph) -> Result<Graph, String> {
        let from = g.graph.level;
        let ok = matches!(
            (from, self.level),
            (Level::Actor, _) | (Level::Code, Level::Code | Level::Country)
        ) || from == self.level;
        if !ok {
            return Err(format!(
                "cannot show a graph at level {from} at level {}: rebuild it at actor level",
                self.level
            ));
        }
        let roll = Rollup::new(g, self.level);
        // 1. Evidence filters and roll-up.
        let mut b = Builder::new(self.level);
        for e in &g.links {
            if !self.relations.contains(e.relation) {
                continue;
            }
            let (Some(src), Some(tgt)) = (g.node(&e.source), g.node(&e.target)) else {
                continue;
            };
            for ev in &e.evidence {
                if !self.keeps_date(ev.date)
                    || (self.coded && (ev.source.code.is_empty() || ev.target.code.is_empty()))
                {
                    continue;
                }
                let s = roll.map(src, &ev.source);
                let t = roll.map(tgt, &ev.target);
                b.add_node(&s.0, s.1);
                b.add_node(&t.0, t.1);
                b.add_evidence(&s.0, e.relation, &t.0, ev.clone());
            }
        }
        let g1 = b.finish();
        // 2. Edge filters.
        let passes = |e: &super::Edge| {
            let count = if self.keep_negated && e.count == 0 {
                e.negated
            } else {
                e.count
            };
            count >= self.min_count && (e.count == 0 || e.articles >= self.min_articles)
        };
        let mut kept: Vec<usize> = (0..g1.links.len())
            .filter(|&i| passes(&g1.links[i]))
            .collect();
        // 3. Top actors.
        if let Some(n) = self.top {
            let mut score: BTreeMap<&str, usize> = BTreeMap::new();
            for &i in &kept {
                let e = &g1.links[i];
                let w = e.count.max(if self.keep_negated { e.negated } else { 0 });
                *score.entry(&e.source).or_default() += w;
                if e.target != e.source {
                    *score.entry(&e.target).or_default() += w;
                }
            }
            let mut ranked: Vec<(&str, usize)> = score.into_iter().collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
            let top: HashSet<&str> = ranked.into_iter().take(n).map(|x| x.0).collect();
            kept.retain(|&i| {
                let e = &g1.links[i];
                top.contains(e.source.as_str()) && top.contains(e.target.as_str())
            });
        }
        if kept.len() == g1.links.len() {
            return Ok(g1);
        }
        // 4. Again from the kept evidence, so node counts are those of the view.
        let mut b = Builder::new(self.level);
        for &i in &kept {
            let e = &g1.links[i];
            for end in [&e.source, &e.target] {
                if let Some(n) = g1.node(end) {
                    b.add_node(end, info_of(n));
                }
            }
            for ev in &e.evidence {
                b.add_evidence(&e.source, e.relation, &e.target, ev.clone());
            }
        }
        Ok(b.finish())
    }
}

/// Maps actor nodes to the nodes of a coarser level.
///
/// A rolled-up node (`SYR`, `SYRMIL`) is named after the best name ([`better_name`]) among the
/// code itself and the non-person nodes with exactly that code ("Syria", "Syrian military"),
/// and its kind follows from the code. Both are the same rules as merging uses, so rolling up
/// commutes with merging: the view of a merge is the merge of the views.
struct Rollup<'g> {
    level: Level,
    from: Level,
    /// code -> the best name among the non-person nodes with that code.
    by_code: HashMap<&'g str, &'g str>,
}

impl<'g> Rollup<'g> {
    fn new(g: &'g Graph, level: Level) -> Rollup<'g> {
        let mut by_code: HashMap<&str, &str> = HashMap::new();
        for n in &g.nodes {
            if n.kind == Kind::Person || n.code.is_empty() {
                continue;
            }
            match by_code.get(n.code.as_str()) {
                Some(old) if !better_name(&n.name, old) => {}
                _ => {
                    by_code.insert(&n.code, &n.name);
                }
            }
        }
        Rollup {
            level,
            from: g.graph.level,
            by_code,
        }
    }

    fn info(&self, code: &str) -> NodeInfo {
        let name = match self.by_code.get(code) {
            Some(n) if better_name(n, code) => n.to_string(),
            _ => code.to_string(),
        };
        NodeInfo {
            name,
            kind: kind_of_code(code),
            country: String::new(),
        }
    }

    /// The node (id and description) a side of an evidence record belongs to at this level.
    fn map(&self, node: &Node, m: &MentionRef) -> (String, NodeInfo) {
        let keep = || (node.id.clone(), info_of(node));
        if self.level == self.from {
            return keep();
        }
        match self.level {
            Level::Actor => keep(),
            Level::Code => {
                if country_of_code(&m.code).is_none() {
                    keep()
                } else {
                    (m.code.clone(), self.info(&m.code))
                }
            }
            Level::Country => {
                let c = country_of_code(&m.code)
                    .filter(|_| !m.code.is_empty())
                    .or_else(|| Some(node.country.as_str()).filter(|c| !c.is_empty()));
                match c {
                    Some(c) => (c.to_string(), self.info(c)),
                    None => keep(),
                }
            }
        }
    }
}

/// The kind a bare code suggests: a country, or its role (`SYRMIL` military).
fn kind_of_code(code: &str) -> Kind {
    if code.len() == 3 && country_of_code(code).is_some() {
        return Kind::Country;
    }
    match code.get(code.len().saturating_sub(3)..).unwrap_or("") {
        "GOV" | "LEG" | "JUD" | "COP" | "SPY" => Kind::Government,
        "MIL" => Kind::Military,
        "REB" => Kind::Rebel,
        "INS" => Kind::Militant,
        "PTY" => Kind::Party,
        "OPP" | "CVL" | "REF" | "MED" | "BUS" => Kind::Group,
        "IGO" => Kind::Igo,
        "NGO" => Kind::Ngo,
        "IMG" => Kind::Militant,
        _ => Kind::Unknown,
    }
}
