//! Graphviz DOT.
//!
//! - ids and labels are always double-quoted and escaped, so names with quotes, backslashes,
//!   newlines, `<` or `&` cannot break the file or turn into markup;
//! - a node's shape and fill colour come from its kind, its label is its name (and code);
//! - an edge's colour comes from its relation (greens for support, cooperate and meet, grey-blue
//!   for appeal, oranges for criticize, reject, threaten and sanction, reds for coerce and
//!   attack), its pen width grows with the log of its count, its label is `relation ×count`, its
//!   tooltip is one evidence sentence; an edge with only negated evidence is dashed;
//! - with [`Options::clusters`] every country's actors sit in one box;
//! - with [`Options::legend`] a legend of relation colours is drawn.
//!
//! `dot -Tsvg graph.dot > graph.svg` renders it.

use super::{Options, kind_color, relation_color, shorten, top_evidence};
use crate::actors::Kind;
use crate::graph::{Edge, Graph, Node};
use crate::relations::Relation;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// A quoted DOT id. In a DOT quoted string only `\"` is an escape (Graphviz keeps every other
/// backslash as it is), so `"` is written `\"`, a backslash is kept as is, and only a backslash
/// that would escape the next quote (before a `"` or at the end) is doubled. Line breaks stay
/// (Graphviz keeps them in the id); other control characters become spaces.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' if matches!(chars.peek(), None | Some('"')) => out.push_str("\\\\"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A quoted DOT label or tooltip (an escString, where Graphviz reads `\\` as a backslash and
/// `\n` as a line break): `"` and `\` escaped, line breaks as `\n`, and `&` as `&amp;` because
/// Graphviz reads entities in labels (`A &lt; B` must stay as written).
pub fn label(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '&' => out.push_str("&amp;"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The shape of a node of this kind.
pub fn shape(k: Kind) -> &'static str {
    match k {
        Kind::Country => "box",
        Kind::Government => "box",
        Kind::Military => "hexagon",
        Kind::Rebel => "octagon",
        Kind::Militant => "octagon",
        Kind::Igo => "component",
        Kind::Ngo => "note",
        Kind::Person => "ellipse",
        Kind::Party => "house",
        Kind::Group => "ellipse",
        Kind::Unknown => "ellipse",
    }
}

fn style(k: Kind) -> &'static str {
    match k {
        Kind::Country | Kind::Government => "filled,rounded",
        Kind::Group => "filled,dashed",
        Kind::Unknown => "dotted",
        _ => "filled",
    }
}

/// Pen width: 1 for one piece of evidence, growing with the log of the count.
pub fn pen_width(count: usize) -> f64 {
    let w = 1.0 + 1.5 * (count.max(1) as f64).log2();
    (w.min(8.0) * 10.0).round() / 10.0
}

/// Writes the graph as DOT.
pub fn write(graph: &Graph, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| default_title(graph));
    writeln!(out, "digraph {} {{", quote(&graph.graph.name))?;
    writeln!(
        out,
        "  graph [newrank=true, rankdir=LR, overlap=false, splines=true, nodesep=0.35, ranksep=1.1, \
         fontname=\"Helvetica\", fontsize=16, labelloc=t, label={}, tooltip={}];",
        label(&title),
        label(&title)
    )?;
    writeln!(
        out,
        "  node [fontname=\"Helvetica\", fontsize=11, penwidth=0.8, color=\"#555555\", \
         margin=\"0.12,0.04\"];"
    )?;
    writeln!(
        out,
        "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];"
    )?;

    // Nodes, grouped by country when asked.
    if options.clusters {
        let mut by_country: BTreeMap<&str, Vec<&Node>> = BTreeMap::new();
        for n in &graph.nodes {
            by_country.entry(n.country.as_str()).or_default().push(n);
        }
        for (country, nodes) in &by_country {
            if country.is_empty() {
                continue;
            }
            let name = graph
                .nodes
                .iter()
                .find(|n| n.kind == Kind::Country && n.code == *country)
                .map(|n| format!("{} ({country})", n.name))
                .unwrap_or_else(|| country.to_string());
            writeln!(
                out,
                "  subgraph {} {{",
                quote(&format!("cluster_{country}"))
            )?;
            writeln!(
                out,
                "    graph [label={}, style=\"rounded,filled\", color=\"#aaaaaa\", \
                 fillcolor=\"#fafafa\", fontsize=12];",
                label(&name)
            )?;
            for n in nodes {
                write_node(out, "    ", n)?;
            }
            writeln!(out, "  }}")?;
        }
        for n in by_country.get("").into_iter().flatten() {
            write_node(out, "  ", n)?;
        }
    } else {
        for n in &graph.nodes {
            write_node(out, "  ", n)?;
        }
    }

    for e in &graph.links {
        write_edge(out, e)?;
    }

    if options.legend {
        write_legend(graph, out)?;
    }
    writeln!(out, "}}")
}

fn default_title(graph: &Graph) -> String {
    let g = &graph.graph;
    let mut t = format!(
        "actorgraph: {} actors, {} relations, {} articles",
        graph.nodes.len(),
        graph.links.len(),
        g.articles
    );
    if let (Some(f), Some(l)) = (g.first, g.last) {
        t.push_str(&format!(", {f} to {l}"));
    }
    t
}

fn write_node(out: &mut dyn Write, indent: &str, n: &Node) -> io::Result<()> {
    let mut text = n.name.clone();
    if !n.code.is_empty() && n.kind != Kind::Country {
        text.push('\n');
        text.push_str(&n.code);
    }
    let mut tip = format!("{}\n{} {}", n.name, n.kind, n.code);
    tip.push_str(&format!(
        "\n{} article{}",
        n.articles,
        if n.articles == 1 { "" } else { "s" }
    ));
    if let (Some(f), Some(l)) = (n.first, n.last) {
        tip.push_str(&format!(", {f} to {l}"));
    }
    writeln!(
        out,
        "{indent}{} [label={}, shape={}, style={}, fillcolor={}, tooltip={}];",
        quote(&n.id),
        label(&text),
        shape(n.kind),
        quote(style(n.kind)),
        quote(kind_color(n.kind)),
        label(&tip),
    )
}

fn write_edge(out: &mut dyn Write, e: &Edge) -> io::Result<()> {
    let colour = relation_color(e.relation);
    let text = if e.count == 0 {
        format!("not {} ×{}", e.relation, e.negated)
    } else {
        format!("{} ×{}", e.relation, e.count)
    };
    let mut tip = format!("{} {}", e.relation, e.count);
    if let Some(ev) = top_evidence(e) {
        let when = ev.date.map(|d| format!(", {d}")).unwrap_or_default();
        tip = format!("{}\n({}{when})", shorten(&ev.text, 300), ev.article);
    }
    let extra = if e.count == 0 { ", style=dashed" } else { "" };
    writeln!(
        out,
        "  {} -> {} [label={}, color={}, fontcolor={}, penwidth={}, weight={}, tooltip={}{extra}];",
        quote(&e.source),
        quote(&e.target),
        label(&text),
        quote(colour),
        quote(colour),
        super::dot::pen_width(e.count),
        e.count.max(1),
        label(&tip),
    )
}

fn write_legend(graph: &Graph, out: &mut dyn Write) -> io::Result<()> {
    let mut used: Vec<Relation> = graph.links.iter().map(|e| e.relation).collect();
    used.sort();
    used.dedup();
    if used.is_empty() {
        return Ok(());
    }
    writeln!(out, "  subgraph \"cluster_legend\" {{")?;
    writeln!(
        out,
        "    graph [label=\"Relations\", style=\"rounded\", color=\"#cccccc\", fontsize=12];"
    )?;
    let mut html =
        String::from("<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\">");
    for r in &used {
        html.push_str(&format!(
            "<tr><td align=\"left\"><font color=\"{c}\">&#9472;&#9472;&#9654;</font></td>\
             <td align=\"left\">{r}</td></tr>",
            c = relation_color(*r)
        ));
    }
    html.push_str("</table>>");
    writeln!(
        out,
        "    \"actorgraph:legend\" [shape=plaintext, style=\"\", label={html}, tooltip=\"legend\"];"
    )?;
    writeln!(out, "  }}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_survives_hostile_names() {
        assert_eq!(quote(r#"a"b\c"#), r#""a\"b\c""#);
        assert_eq!(quote(r#"a\"#), r#""a\\""#);
        assert_eq!(quote("a\\\"b"), r#""a\\\"b""#);
        assert_eq!(label("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
        assert_eq!(label("A &lt; B"), r#""A &amp;lt; B""#);
    }

    #[test]
    fn pen_width_grows_with_log_count() {
        assert_eq!(pen_width(1), 1.0);
        assert_eq!(pen_width(2), 2.5);
        assert!(pen_width(1000) <= 8.0);
    }
}
