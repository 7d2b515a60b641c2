//! The graph data model and its JSON file format (SPEC section 5).
//!
//! A [`Graph`] is what `actorgraph build` and `actorgraph merge` write and what `export`, `query`
//! and `stats` read. Its JSON form is networkx's node-link format, so
//! `networkx.node_link_graph(data, edges="links")` reads it as a directed multigraph whose edge
//! `key` is the relation.
//!
//! # The truth is the evidence
//!
//! Every edge keeps the triples that support it as [`Evidence`], keyed by article id, sentence
//! index, trigger span and the codes of both sides. All counts, dates and means on edges and nodes are *derived* from that
//! evidence set, and every list is sorted canonically. That is what makes merging associative,
//! commutative and idempotent per article, and `merge` of the graphs of two halves of a corpus
//! byte-identical to `build` of the whole.
//!
//! # File format (schema 1)
//!
//! ```text
//! {
//!  "schema": 1,                          // version of this format; readers refuse newer ones
//!  "directed": true, "multigraph": true, // for networkx
//!  "graph": {"name": "actorgraph", "schema": 1, "level": "actor",
//!            "articles": 16, "triples": 120, "first": "2013-02-01", "last": "2016-02-09"},
//!  "nodes": [ {Node}, ... ],             // sorted by id
//!  "links": [ {Edge}, ... ]              // sorted by (source, key, target)
//! }
//! ```
//!
//! A node (an actor):
//!
//! | field | meaning |
//! |-------|---------|
//! | `id` | stable string id, see [`node_id`]: `RUS:russia`, `person:john kerry`, `-:some group` |
//! | `name` | display name (the dictionary's canonical name) |
//! | `code` | CAMEO-style code; for a person, the one of the latest evidence (roles change) |
//! | `kind` | SPEC section 2 kind |
//! | `country` | ISO alpha-3 country it belongs to, `""` if none (IGOs, armed groups abroad) |
//! | `codes` | every code seen for it (a person's roles over time), sorted |
//! | `aliases` | every surface form seen in the evidence, sorted |
//! | `mentions` | distinct mentions (article, span) in the evidence |
//! | `articles` | distinct articles it appears in |
//! | `first`, `last` | earliest and latest article date, `null` if no dated article |
//!
//! An edge (`source -relation-> target`):
//!
//! | field | meaning |
//! |-------|---------|
//! | `source`, `target` | node ids |
//! | `key`, `relation` | the relation (`key` is what networkx uses to tell parallel edges apart) |
//! | `polarity` | +1, 0 or -1 (SPEC section 1) |
//! | `count` | supporting (not negated) evidence |
//! | `articles` | distinct articles among them |
//! | `negated` | negated evidence ("did not attack"), kept apart: never in `count` |
//! | `first`, `last` | earliest and latest date of the supporting evidence, or `null` |
//! | `confidence` | mean confidence of the supporting evidence (0 when `count` is 0) |
//! | `weight` | sum of the confidences of the supporting evidence |
//! | `evidence` | every triple, supporting and negated, sorted by (article, sentence, trigger span, codes) |
//!
//! An edge with only negated evidence (`count` 0) stays in the file so nothing is lost on
//! merge; views drop it unless asked to keep it (see `graph::view`).
//!
//! ```
//! use actorgraph::graph::model::Graph;
//! let json = r#"{"schema":1,"directed":true,"multigraph":true,
//!  "graph":{"name":"actorgraph","schema":1,"level":"actor","articles":1,"triples":1,
//!           "first":"2016-02-09","last":"2016-02-09"},
//!  "nodes":[
//!   {"id":"RUSMIL:russian military","name":"Russian military","code":"RUSMIL","kind":"military",
//!    "country":"RUS","codes":["RUSMIL"],"aliases":["Russian warplanes"],"mentions":1,
//!    "articles":1,"first":"2016-02-09","last":"2016-02-09"},
//!   {"id":"SYRREB:free syrian army","name":"Free Syrian Army","code":"SYRREB","kind":"rebel",
//!    "country":"SYR","codes":["SYRREB"],"aliases":["FSA"],"mentions":1,"articles":1,
//!    "first":"2016-02-09","last":"2016-02-09"}],
//!  "links":[
//!   {"source":"RUSMIL:russian military","target":"SYRREB:free syrian army","key":"attack",
//!    "relation":"attack","polarity":-1,"count":1,"articles":1,"negated":0,
//!    "first":"2016-02-09","last":"2016-02-09","confidence":0.8,"weight":0.8,
//!    "evidence":[{"article":"a1","sentence":0,"date":"2016-02-09",
//!      "text":"Russian warplanes bombed the FSA.","cameo":"195","negated":false,"confidence":0.8,
//!      "source":{"text":"Russian warplanes","span":[0,17],"code":"RUSMIL"},
//!      "target":{"text":"FSA","span":[29,32],"code":"SYRREB"},
//!      "trigger":{"text":"bombed","span":[18,24]}}]}]}"#;
//! let g: Graph = serde_json::from_str(json).unwrap();
//! assert_eq!(g.schema, 1);
//! assert_eq!(g.links[0].relation.as_str(), "attack");
//! assert_eq!(g.node("SYRREB:free syrian army").unwrap().name, "Free Syrian Army");
//! ```

use crate::actors::Kind;
use crate::date::Date;
use crate::relations::Relation;
use crate::triple::TriggerRef;
use serde::{Deserialize, Serialize};

/// The version of the file format this build writes and the newest it reads.
pub const SCHEMA: u32 = 1;

/// What a node stands for: an actor, or a roll-up of actors (`--level`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// One node per canonical actor (the default).
    #[default]
    Actor,
    /// One node per code: people and state parts roll up to their code on the evidence's date
    /// (`USAGOV`, `SYRMIL`); actors with no code or a non-national one (`IGO`) stay themselves.
    Code,
    /// One node per country: everything with a country rolls up to it (`SYR`); actors with no
    /// country (IGOs, transnational groups) stay themselves.
    Country,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Actor => "actor",
            Level::Code => "code",
            Level::Country => "country",
        }
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A whole graph, as it stands in a file: nodes sorted by id, links by (source, key, target).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Graph {
    /// File format version ([`SCHEMA`]).
    pub schema: u32,
    /// Always `true` (for networkx).
    pub directed: bool,
    /// Always `true` (for networkx): parallel edges differ by relation.
    pub multigraph: bool,
    /// Graph-level attributes.
    pub graph: GraphMeta,
    pub nodes: Vec<Node>,
    pub links: Vec<Edge>,
}

/// Graph-level attributes (networkx puts them in `G.graph`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphMeta {
    /// Always `"actorgraph"`.
    pub name: String,
    /// Same as the top-level `schema`, so it survives into networkx's `G.graph`.
    pub schema: u32,
    /// What a node stands for.
    pub level: Level,
    /// Distinct articles in the evidence.
    pub articles: usize,
    /// Evidence records (triples), supporting and negated.
    pub triples: usize,
    /// Earliest and latest evidence date.
    pub first: Option<Date>,
    pub last: Option<Date>,
}

/// An actor (or, at `--level code|country`, a roll-up of actors).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Stable id: see [`node_id`].
    pub id: String,
    pub name: String,
    pub code: String,
    pub kind: Kind,
    /// ISO alpha-3 country, `""` if none.
    pub country: String,
    /// Every code seen, sorted.
    pub codes: Vec<String>,
    /// Every surface form seen in the evidence, sorted.
    pub aliases: Vec<String>,
    /// Distinct mentions (article, span) in the evidence.
    pub mentions: usize,
    /// Distinct articles.
    pub articles: usize,
    pub first: Option<Date>,
    pub last: Option<Date>,
}

/// `source -relation-> target` with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub source: String,
    pub target: String,
    /// The relation again: networkx's multigraph edge key.
    pub key: Relation,
    pub relation: Relation,
    /// +1, 0 or -1 (SPEC section 1).
    pub polarity: i8,
    /// Supporting (not negated) evidence.
    pub count: usize,
    /// Distinct articles among the supporting evidence.
    pub articles: usize,
    /// Negated evidence, never counted in `count`.
    pub negated: usize,
    /// Date range of the supporting evidence.
    pub first: Option<Date>,
    pub last: Option<Date>,
    /// Mean confidence of the supporting evidence (0 if none).
    pub confidence: f64,
    /// Sum of the confidences of the supporting evidence.
    pub weight: f64,
    /// Supporting and negated evidence, sorted by [`Evidence::key`].
    pub evidence: Vec<Evidence>,
}

/// One triple behind an edge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub article: String,
    /// 0-based sentence index in the article.
    pub sentence: usize,
    pub date: Option<Date>,
    /// The sentence text.
    pub text: String,
    pub cameo: String,
    pub negated: bool,
    pub confidence: f64,
    pub source: MentionRef,
    pub target: MentionRef,
    pub trigger: TriggerRef,
}

/// How one side of a triple was mentioned.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MentionRef {
    /// The words in the article.
    pub text: String,
    /// `[start, end)` in UTF-8 bytes of the article text.
    pub span: [usize; 2],
    /// The actor's code on the article's date (a person's role then).
    pub code: String,
}

/// What makes two evidence records the same: article id, sentence index, trigger span and the
/// codes of both sides. The codes belong to the key so that two runs that coded one mention
/// differently (say, with different dictionaries) keep both records at every level: otherwise
/// which one survives would depend on whether a graph was rolled up before or after merging.
pub type EvidenceKey = (String, usize, [usize; 2], String, String);

impl Evidence {
    /// The identity of the record within its edge; merging keeps one record per key.
    pub fn key(&self) -> EvidenceKey {
        (
            self.article.clone(),
            self.sentence,
            self.trigger.span,
            self.source.code.clone(),
            self.target.code.clone(),
        )
    }

    /// [`key`](Evidence::key) without copying: for comparisons.
    pub fn key_ref(&self) -> (&str, usize, [usize; 2], &str, &str) {
        (
            &self.article,
            self.sentence,
            self.trigger.span,
            &self.source.code,
            &self.target.code,
        )
    }
}

impl Graph {
    /// An empty graph at `level`.
    pub fn empty(level: Level) -> Graph {
        Graph {
            schema: SCHEMA,
            directed: true,
            multigraph: true,
            graph: GraphMeta {
                name: "actorgraph".into(),
                schema: SCHEMA,
                level,
                articles: 0,
                triples: 0,
                first: None,
                last: None,
            },
            nodes: Vec::new(),
            links: Vec::new(),
        }
    }

    /// The node with this id (nodes are sorted by id).
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes
            .binary_search_by(|n| n.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.nodes[i])
    }

    /// The index of the node with this id.
    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.nodes.binary_search_by(|n| n.id.as_str().cmp(id)).ok()
    }
}

/// Folds a name for comparison: lower case, accents dropped, punctuation and runs of spaces
/// made one space, a leading "the " dropped.
///
/// ```
/// use actorgraph::graph::model::fold_name;
/// assert_eq!(fold_name("  Recep Tayyip  Erdoğan "), "recep tayyip erdogan");
/// assert_eq!(fold_name("The Free Syrian Army"), "free syrian army");
/// assert_eq!(fold_name("AL-NUSRA Front"), "al-nusra front");
/// ```
pub fn fold_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars() {
        let c = crate::text::normalize::fold_char(c).unwrap_or(c);
        if c.is_alphanumeric() || c == '-' || c == '\'' || c == '&' {
            for l in c.to_lowercase() {
                match strip_accent(l) {
                    Some(s) => out.push_str(s),
                    None => out.push(l),
                }
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    match out.strip_prefix("the ") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => out,
    }
}

/// The plain letters of a lower-case accented Latin letter.
fn strip_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ậ' => {
            "a"
        }
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ệ' => {
            "e"
        }
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' | 'ḥ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ị' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ộ'
        | 'ơ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ṣ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' | 'ṭ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ư' | 'ụ' | 'ủ' => {
            "u"
        }
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỹ' => "y",
        'ź' | 'ż' | 'ž' | 'ẓ' => "z",
        'þ' => "th",
        'ʻ' | 'ʼ' | 'ʿ' | 'ʾ' => "'",
        _ => return None,
    })
}

/// The stable id of an actor node.
///
/// - a person: `person:` + folded name. People merge by identity (the dictionary's canonical
///   name), whatever their code on the day: John Kerry the senator and the Secretary of State
///   are one node. A bare surname ("Kerry") is only merged when the dictionary resolved it.
/// - anything else with a code: `CODE:` + folded name (`IGO:united nations`, `IGO:nato`).
/// - no code: `-:` + folded name, so "ERDOĞAN" and "Erdogan" are one node.
///
/// ```
/// use actorgraph::actors::Kind;
/// use actorgraph::graph::model::node_id;
/// assert_eq!(node_id("John Kerry", "USAGOV", Kind::Person), "person:john kerry");
/// assert_eq!(node_id("Russia", "RUS", Kind::Country), "RUS:russia");
/// assert_eq!(node_id("Hayat Tahrir al-Sham", "", Kind::Unknown), "-:hayat tahrir al-sham");
/// ```
pub fn node_id(name: &str, code: &str, kind: Kind) -> String {
    let folded = fold_name(name);
    if kind == Kind::Person {
        format!("person:{folded}")
    } else if code.is_empty() {
        format!("-:{folded}")
    } else {
        format!("{code}:{folded}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_graph_round_trips() {
        let g = Graph::empty(Level::Country);
        let s = serde_json::to_string(&g).unwrap();
        assert!(s.contains("\"level\":\"country\""));
        let back: Graph = serde_json::from_str(&s).unwrap();
        assert_eq!(back, g);
    }

    #[test]
    fn ids_fold_case_and_accents() {
        assert_eq!(
            node_id("ERDOĞAN", "", Kind::Unknown),
            node_id("Erdogan", "", Kind::Unknown)
        );
        assert_ne!(
            node_id("Kerry", "", Kind::Person),
            node_id("John Kerry", "USAGOV", Kind::Person)
        );
        assert_eq!(
            node_id("John Kerry", "USALEG", Kind::Person),
            node_id("John Kerry", "USAGOV", Kind::Person)
        );
    }
}
