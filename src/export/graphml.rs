//! GraphML, flat: every attribute is declared once as a `<key>` with its type, and holds one
//! value (no nested data), so networkx `read_graphml`, Gephi, Cytoscape and yEd all read it.
//!
//! Lists (a node's codes and aliases) are joined with `"; "`; an edge's evidence is one text
//! attribute with its top sentence (see [`top_evidence`]) and the article and date it came
//! from. Edge ids are `e0`, `e1`, ... in link order; node ids are the graph's ids. Both nodes
//! and edges carry a `label` (the name; the relation) for the tools that show one.

use super::{date_str, top_evidence, xml_escape};
use crate::graph::Graph;
use std::io::{self, Write};

/// (id, for, attr.name, attr.type)
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("n_label", "node", "label", "string"),
    ("n_name", "node", "name", "string"),
    ("n_code", "node", "code", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_country", "node", "country", "string"),
    ("n_codes", "node", "codes", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_mentions", "node", "mentions", "int"),
    ("n_articles", "node", "articles", "int"),
    ("n_first", "node", "first", "string"),
    ("n_last", "node", "last", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_relation", "edge", "relation", "string"),
    ("e_polarity", "edge", "polarity", "int"),
    ("e_count", "edge", "count", "int"),
    ("e_articles", "edge", "articles", "int"),
    ("e_negated", "edge", "negated", "int"),
    ("e_first", "edge", "first", "string"),
    ("e_last", "edge", "last", "string"),
    ("e_confidence", "edge", "confidence", "double"),
    ("e_weight", "edge", "weight", "double"),
    ("e_evidence", "edge", "evidence", "string"),
    ("e_evidence_article", "edge", "evidence_article", "string"),
    ("e_evidence_date", "edge", "evidence_date", "string"),
];

/// Writes the graph as GraphML.
pub fn write(graph: &Graph, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, of, name, ty) in KEYS {
        writeln!(
            out,
            r#"  <key id="{id}" for="{of}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(
        out,
        r#"  <graph id="{}" edgedefault="directed">"#,
        xml_escape(&graph.graph.name)
    )?;
    for n in &graph.nodes {
        writeln!(out, r#"    <node id="{}">"#, xml_escape(&n.id))?;
        let strings = [
            ("n_label", n.name.as_str()),
            ("n_name", &n.name),
            ("n_code", &n.code),
            ("n_kind", n.kind.as_str()),
            ("n_country", &n.country),
            ("n_codes", &n.codes.join("; ")),
            ("n_aliases", &n.aliases.join("; ")),
        ];
        for (k, v) in strings {
            data(out, k, v)?;
        }
        data(out, "n_mentions", &n.mentions.to_string())?;
        data(out, "n_articles", &n.articles.to_string())?;
        data(out, "n_first", &date_str(n.first))?;
        data(out, "n_last", &date_str(n.last))?;
        writeln!(out, "    </node>")?;
    }
    for (i, e) in graph.links.iter().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{i}" source="{}" target="{}">"#,
            xml_escape(&e.source),
            xml_escape(&e.target)
        )?;
        data(out, "e_label", e.relation.as_str())?;
        data(out, "e_relation", e.relation.as_str())?;
        data(out, "e_polarity", &e.polarity.to_string())?;
        data(out, "e_count", &e.count.to_string())?;
        data(out, "e_articles", &e.articles.to_string())?;
        data(out, "e_negated", &e.negated.to_string())?;
        data(out, "e_first", &date_str(e.first))?;
        data(out, "e_last", &date_str(e.last))?;
        data(out, "e_confidence", &float(e.confidence))?;
        data(out, "e_weight", &float(e.weight))?;
        let top = top_evidence(e);
        data(out, "e_evidence", top.map_or("", |t| t.text.as_str()))?;
        data(
            out,
            "e_evidence_article",
            top.map_or("", |t| t.article.as_str()),
        )?;
        data(out, "e_evidence_date", &date_str(top.and_then(|t| t.date)))?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

/// A double as GraphML wants it: always with a decimal point.
pub fn float(x: f64) -> String {
    let s = format!("{x}");
    if s.contains(['.', 'e', 'E', 'N', 'i']) {
        s
    } else {
        format!("{s}.0")
    }
}

/// One `<data>`; an empty value is left out (the attribute is missing, not `""`).
fn data(out: &mut dyn Write, key: &str, value: &str) -> io::Result<()> {
    if value.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        r#"      <data key="{key}">{}</data>"#,
        xml_escape(value)
    )
}
