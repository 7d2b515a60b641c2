//! The example graph of the bundled articles (`data/articles/articles.jsonl`) that `graphs/`
//! shows in every format, and a small builder from triples to make it.
//!
//! The builder here is the minimum export needs to make its examples and tests; the real one,
//! with views and merging, is `graph::build`. It follows the model's rules: node ids from
//! [`node_id`], every list sorted canonically, all counts derived from the evidence.

use crate::actors::model::country_of_code;
use crate::date::Date;
use crate::extract::Extractor;
use crate::graph::model::{Edge, Evidence, Graph, Level, MentionRef, Node, node_id};
use crate::input::{ArticleStream, Item};
use crate::relations::Relation;
use crate::triple::{ActorRef, Triple};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Extracts the articles at `path` with the built-in dictionaries and builds their graph.
pub fn graph_of_articles(path: &Path) -> crate::error::Result<Graph> {
    let extractor = Extractor::with_defaults()?;
    let mut triples = Vec::new();
    for item in ArticleStream::new(&[path.to_path_buf()]) {
        if let Item::Article(a) = item {
            triples.extend(extractor.extract(&a));
        }
    }
    Ok(graph_of_triples(&triples))
}

#[derive(Default)]
struct NodeAcc {
    name: String,
    kind: Option<crate::actors::Kind>,
    /// (date, article, code) of each mention, to find the latest code.
    codes: BTreeSet<String>,
    latest: Option<(Option<Date>, String, String)>,
    aliases: BTreeSet<String>,
    mentions: BTreeSet<(String, [usize; 2])>,
    articles: BTreeSet<String>,
    first: Option<Date>,
    last: Option<Date>,
}

/// Builds a graph at the actor level from triples.
pub fn graph_of_triples(triples: &[Triple]) -> Graph {
    let mut nodes: BTreeMap<String, NodeAcc> = BTreeMap::new();
    let mut edges: BTreeMap<(String, Relation, String), Vec<Evidence>> = BTreeMap::new();
    let mut articles = BTreeSet::new();
    let mut dates: Vec<Date> = Vec::new();
    let mut seen = BTreeSet::new();
    for t in triples {
        let s = note(&mut nodes, &t.source, t);
        let o = note(&mut nodes, &t.target, t);
        articles.insert(t.article.clone());
        dates.extend(t.date);
        let ev = Evidence {
            article: t.article.clone(),
            sentence: t.sentence,
            date: t.date,
            text: t.text.clone(),
            cameo: t.cameo.clone(),
            negated: t.negated,
            confidence: t.confidence,
            source: mention(&t.source),
            target: mention(&t.target),
            trigger: t.trigger.clone(),
        };
        let key = (s, t.relation, o);
        if seen.insert((key.clone(), ev.key())) {
            edges.entry(key).or_default().push(ev);
        }
    }
    let mut g = Graph::empty(Level::Actor);
    g.graph.articles = articles.len();
    g.graph.triples = edges.values().map(Vec::len).sum();
    g.graph.first = dates.iter().min().copied();
    g.graph.last = dates.iter().max().copied();
    g.nodes = nodes
        .into_iter()
        .map(|(id, a)| {
            let code = a.latest.map(|l| l.2).unwrap_or_default();
            Node {
                id,
                name: a.name,
                country: country_of_code(&code).unwrap_or("").to_string(),
                code,
                kind: a.kind.unwrap_or(crate::actors::Kind::Unknown),
                codes: a.codes.into_iter().collect(),
                aliases: a.aliases.into_iter().collect(),
                mentions: a.mentions.len(),
                articles: a.articles.len(),
                first: a.first,
                last: a.last,
            }
        })
        .collect();
    g.links = edges
        .into_iter()
        .map(|((source, relation, target), mut evidence)| {
            evidence.sort_by_key(|e| e.key());
            let support: Vec<&Evidence> = evidence.iter().filter(|e| !e.negated).collect();
            let weight: f64 = support.iter().map(|e| e.confidence).sum();
            let count = support.len();
            Edge {
                source,
                target,
                key: relation,
                relation,
                polarity: relation.polarity(),
                count,
                articles: support
                    .iter()
                    .map(|e| e.article.as_str())
                    .collect::<BTreeSet<_>>()
                    .len(),
                negated: evidence.len() - count,
                first: support.iter().filter_map(|e| e.date).min(),
                last: support.iter().filter_map(|e| e.date).max(),
                confidence: if count == 0 {
                    0.0
                } else {
                    (weight / count as f64 * 1000.0).round() / 1000.0
                },
                weight: (weight * 1000.0).round() / 1000.0,
                evidence,
            }
        })
        .collect();
    g
}

fn mention(a: &ActorRef) -> MentionRef {
    MentionRef {
        text: a.text.clone(),
        span: a.span,
        code: a.code.clone(),
    }
}

fn note(nodes: &mut BTreeMap<String, NodeAcc>, a: &ActorRef, t: &Triple) -> String {
    let id = node_id(&a.name, &a.code, a.kind);
    let acc = nodes.entry(id.clone()).or_default();
    if acc.name.is_empty() || a.name < acc.name {
        acc.name = a.name.clone();
    }
    acc.kind = Some(acc.kind.map_or(a.kind, |k| k.min(a.kind)));
    if !a.code.is_empty() {
        acc.codes.insert(a.code.clone());
    }
    let stamp = (t.date, t.article.clone(), a.code.clone());
    if acc.latest.as_ref().is_none_or(|l| stamp > *l) {
        acc.latest = Some(stamp);
    }
    acc.aliases.insert(a.text.clone());
    acc.mentions.insert((t.article.clone(), a.span));
    acc.articles.insert(t.article.clone());
    if let Some(d) = t.date {
        acc.first = Some(acc.first.map_or(d, |f| f.min(d)));
        acc.last = Some(acc.last.map_or(d, |l| l.max(d)));
    }
    id
}
