//! GEXF 1.3 (`http://gexf.net/1.3`), for Gephi.
//!
//! - edges have a `weight` (the count of supporting evidence), a `kind` and a `label` (the
//!   relation: Gephi keeps parallel edges of different kinds apart), a colour and a thickness;
//! - nodes and edges have typed attributes (`<attributes class="node|edge">`, no `mode`: the
//!   1.3 schema has none there) and a colour;
//! - when the graph has dates, it is dynamic (`mode="dynamic" timeformat="date"`) and every node
//!   and edge carries `start` and `end` from its first and last date, so Gephi's timeline can
//!   play the graph over time. Partial dates become whole days (`2016-02` starts on
//!   `2016-02-01` and ends on `2016-02-29`).

use super::graphml::float;
use super::{date_str, full_day, kind_color, relation_color, rgb, top_evidence, xml_escape};
use crate::date::Date;
use crate::graph::Graph;
use std::io::{self, Write};

const NODE_ATTRS: &[(&str, &str)] = &[
    ("name", "string"),
    ("code", "string"),
    ("kind", "string"),
    ("country", "string"),
    ("codes", "string"),
    ("aliases", "string"),
    ("mentions", "integer"),
    ("articles", "integer"),
    ("first", "string"),
    ("last", "string"),
];

const EDGE_ATTRS: &[(&str, &str)] = &[
    ("relation", "string"),
    ("polarity", "integer"),
    ("count", "integer"),
    ("articles", "integer"),
    ("negated", "integer"),
    ("first", "string"),
    ("last", "string"),
    ("confidence", "double"),
    ("evidence", "string"),
    ("evidence_article", "string"),
    ("evidence_date", "string"),
];

/// Writes the graph as GEXF 1.3.
pub fn write(graph: &Graph, out: &mut dyn Write) -> io::Result<()> {
    let dynamic = graph.nodes.iter().any(|n| n.first.is_some());
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(out, "  <meta>")?;
    writeln!(out, "    <creator>actorgraph</creator>")?;
    writeln!(
        out,
        "    <description>{}</description>",
        xml_escape(&format!(
            "actors and relations from {} articles ({} level)",
            graph.graph.articles, graph.graph.level
        ))
    )?;
    writeln!(out, "  </meta>")?;
    if dynamic {
        writeln!(
            out,
            r#"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">"#
        )?;
    } else {
        writeln!(out, r#"  <graph defaultedgetype="directed" mode="static">"#)?;
    }
    for (class, attrs) in [("node", NODE_ATTRS), ("edge", EDGE_ATTRS)] {
        writeln!(out, r#"    <attributes class="{class}">"#)?;
        for (id, ty) in attrs {
            writeln!(
                out,
                r#"      <attribute id="{id}" title="{id}" type="{ty}"/>"#
            )?;
        }
        writeln!(out, "    </attributes>")?;
    }

    writeln!(out, "    <nodes>")?;
    for n in &graph.nodes {
        writeln!(
            out,
            r#"      <node id="{}" label="{}"{}>"#,
            xml_escape(&n.id),
            xml_escape(&n.name),
            interval(n.first, n.last)
        )?;
        let values = [
            ("name", n.name.clone()),
            ("code", n.code.clone()),
            ("kind", n.kind.as_str().to_string()),
            ("country", n.country.clone()),
            ("codes", n.codes.join("; ")),
            ("aliases", n.aliases.join("; ")),
            ("mentions", n.mentions.to_string()),
            ("articles", n.articles.to_string()),
            ("first", date_str(n.first)),
            ("last", date_str(n.last)),
        ];
        attvalues(out, &values)?;
        let (r, g, b) = rgb(kind_color(n.kind));
        writeln!(out, r#"        <viz:color r="{r}" g="{g}" b="{b}"/>"#)?;
        let size = 8.0 + 4.0 * (n.articles.max(1) as f64).sqrt();
        writeln!(
            out,
            r#"        <viz:size value="{}"/>"#,
            float((size * 10.0).round() / 10.0)
        )?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;

    writeln!(out, "    <edges>")?;
    for (i, e) in graph.links.iter().enumerate() {
        writeln!(
            out,
            r#"      <edge id="{i}" source="{}" target="{}" label="{r}" kind="{r}" weight="{}"{}>"#,
            xml_escape(&e.source),
            xml_escape(&e.target),
            float(e.count as f64),
            interval(e.first, e.last),
            r = e.relation.as_str(),
        )?;
        let top = top_evidence(e);
        let values = [
            ("relation", e.relation.as_str().to_string()),
            ("polarity", e.polarity.to_string()),
            ("count", e.count.to_string()),
            ("articles", e.articles.to_string()),
            ("negated", e.negated.to_string()),
            ("first", date_str(e.first)),
            ("last", date_str(e.last)),
            ("confidence", float(e.confidence)),
            ("evidence", top.map(|t| t.text.clone()).unwrap_or_default()),
            (
                "evidence_article",
                top.map(|t| t.article.clone()).unwrap_or_default(),
            ),
            ("evidence_date", date_str(top.and_then(|t| t.date))),
        ];
        attvalues(out, &values)?;
        let (r, g, b) = rgb(relation_color(e.relation));
        writeln!(out, r#"        <viz:color r="{r}" g="{g}" b="{b}"/>"#)?;
        writeln!(
            out,
            r#"        <viz:thickness value="{}"/>"#,
            float(super::dot::pen_width(e.count))
        )?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}

/// ` start="..." end="..."` for a dated node or edge, nothing otherwise.
fn interval(first: Option<Date>, last: Option<Date>) -> String {
    match (first, last) {
        (Some(f), Some(l)) => format!(
            r#" start="{}" end="{}""#,
            full_day(f, false),
            full_day(l, true)
        ),
        _ => String::new(),
    }
}

fn attvalues(out: &mut dyn Write, values: &[(&str, String)]) -> io::Result<()> {
    writeln!(out, "        <attvalues>")?;
    for (k, v) in values {
        if v.is_empty() {
            continue;
        }
        writeln!(
            out,
            r#"          <attvalue for="{k}" value="{}"/>"#,
            xml_escape(v)
        )?;
    }
    writeln!(out, "        </attvalues>")
}
