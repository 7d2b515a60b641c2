//! One self-contained HTML page: no network access (a Content-Security-Policy forbids it), no
//! third-party code. The graph is embedded as JSON in a `<script type="application/json">` tag
//! with `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`, so no name (`</script>`
//! included) can end the tag early; the page only ever puts data into the DOM as text.
//!
//! The page draws the graph in SVG with a force-directed layout (Fruchterman-Reingold with a
//! fixed seed, so the same graph always looks the same), and offers:
//!
//! - hover or click a node or an edge: its details and evidence sentences in the side panel;
//! - a checkbox per relation to show or hide its edges;
//! - a search box: matching actors are highlighted and the view zooms to them;
//! - wheel to zoom, drag to pan, "Reset view" to fit;
//! - `page.html#search=kerry&relations=attack,support` opens it searched and filtered.
//!
//! When the script has run it writes the counts it drew into the page (`<body data-nodes="N"
//! data-links="M" data-ready="1">`, after a search `data-matches`, after filtering
//! `data-visible-links`) and any script error into `#errors` and `data-errors`, which is what
//! the tests read with `chromium --headless --dump-dom`.

use super::{Options, kind_color, relation_color, xml_escape};
use crate::actors::Kind;
use crate::graph::Graph;
use crate::relations::Relation;
use serde::Serialize;
use std::io::{self, Write};

/// Evidence sentences kept per edge in the page.
pub const MAX_EVIDENCE: usize = 5;

#[derive(Serialize)]
struct Page<'a> {
    title: String,
    level: &'a str,
    articles: usize,
    first: String,
    last: String,
    nodes: Vec<PageNode<'a>>,
    links: Vec<PageLink<'a>>,
    relations: Vec<(&'static str, &'static str)>,
    kinds: Vec<(&'static str, &'static str)>,
}

#[derive(Serialize)]
struct PageNode<'a> {
    id: &'a str,
    name: &'a str,
    code: &'a str,
    kind: &'static str,
    country: &'a str,
    aliases: &'a [String],
    articles: usize,
    mentions: usize,
    first: String,
    last: String,
}

#[derive(Serialize)]
struct PageLink<'a> {
    s: usize,
    t: usize,
    relation: &'static str,
    count: usize,
    negated: usize,
    articles: usize,
    first: String,
    last: String,
    confidence: f64,
    evidence: Vec<PageEvidence<'a>>,
    more: usize,
}

#[derive(Serialize)]
struct PageEvidence<'a> {
    text: &'a str,
    article: &'a str,
    date: String,
    negated: bool,
}

/// The graph as the page's JSON, safe inside a `<script>` element.
pub fn page_json(graph: &Graph, options: &Options) -> String {
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| "actorgraph".to_string());
    let d = super::date_str;
    let nodes = graph
        .nodes
        .iter()
        .map(|n| PageNode {
            id: &n.id,
            name: &n.name,
            code: &n.code,
            kind: n.kind.as_str(),
            country: &n.country,
            aliases: &n.aliases,
            articles: n.articles,
            mentions: n.mentions,
            first: d(n.first),
            last: d(n.last),
        })
        .collect();
    let links = graph
        .links
        .iter()
        .filter_map(|e| {
            let s = graph.node_index(&e.source)?;
            let t = graph.node_index(&e.target)?;
            // Supporting evidence first, the most confident first; then the negated.
            let mut ev: Vec<&crate::graph::Evidence> = e.evidence.iter().collect();
            ev.sort_by(|a, b| {
                a.negated
                    .cmp(&b.negated)
                    .then(b.confidence.total_cmp(&a.confidence))
            });
            let more = ev.len().saturating_sub(MAX_EVIDENCE);
            Some(PageLink {
                s,
                t,
                relation: e.relation.as_str(),
                count: e.count,
                negated: e.negated,
                articles: e.articles,
                first: d(e.first),
                last: d(e.last),
                confidence: e.confidence,
                evidence: ev
                    .into_iter()
                    .take(MAX_EVIDENCE)
                    .map(|x| PageEvidence {
                        text: &x.text,
                        article: &x.article,
                        date: d(x.date),
                        negated: x.negated,
                    })
                    .collect(),
                more,
            })
        })
        .collect();
    let page = Page {
        title,
        level: graph.graph.level.as_str(),
        articles: graph.graph.articles,
        first: d(graph.graph.first),
        last: d(graph.graph.last),
        nodes,
        links,
        relations: Relation::ALL
            .iter()
            .map(|r| (r.as_str(), relation_color(*r)))
            .collect(),
        kinds: Kind::ALL
            .iter()
            .map(|k| (k.as_str(), kind_color(*k)))
            .collect(),
    };
    let json = serde_json::to_string(&page).expect("page data serialises");
    script_safe(&json)
}

/// JSON text made safe inside `<script>`: `<`, `>` and `&` as JSON escapes (still the same
/// JSON), so neither `</script>` nor `<!--` can appear.
pub fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// Writes the page.
pub fn write(graph: &Graph, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| "actorgraph".to_string());
    let (head, rest) = TEMPLATE
        .split_once("{{TITLE}}")
        .expect("template has a title");
    let (mid, tail) = rest.split_once("{{DATA}}").expect("template has data");
    out.write_all(head.as_bytes())?;
    out.write_all(xml_escape(&title).as_bytes())?;
    out.write_all(mid.as_bytes())?;
    out.write_all(page_json(graph, options).as_bytes())?;
    out.write_all(tail.as_bytes())
}

const TEMPLATE: &str = include_str!("html_template.html");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_safe_json_stays_json() {
        let s = serde_json::to_string("</script><!-- & x").unwrap();
        let safe = script_safe(&s);
        assert!(!safe.contains('<'));
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "</script><!-- & x");
    }
}
