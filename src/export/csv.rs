//! CSV for Neo4j: `nodes.csv` and `edges.csv` with `neo4j-admin database import` headers.
//!
//! ```text
//! nodes.csv: id:ID,name,code,kind,country,codes:string[],aliases:string[],mentions:int,articles:int,first,last,:LABEL
//! edges.csv: :START_ID,:END_ID,:TYPE,relation,polarity:int,count:int,articles:int,negated:int,first,last,confidence:double,weight:double,evidence,evidence_article,evidence_date
//! ```
//!
//! Every node has the label `Actor` and one for its kind (`Actor;Country`, `Actor;Person`);
//! the relationship type is the relation in capitals (`ATTACK`). Arrays use Neo4j's default
//! `;` delimiter (a `;` inside an alias becomes `,`). Quoting follows RFC 4180: a field with a
//! comma, a quote, a line break or outer spaces is quoted and its quotes doubled; lines end in
//! CRLF. A name or sentence with a line break needs `--multiline-fields=true` on import.
//!
//! ```sh
//! neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv --multiline-fields=true
//! ```

use super::{date_str, top_evidence};
use crate::graph::Graph;
use std::io::{self, Write};

pub const NODE_HEADER: &[&str] = &[
    "id:ID",
    "name",
    "code",
    "kind",
    "country",
    "codes:string[]",
    "aliases:string[]",
    "mentions:int",
    "articles:int",
    "first",
    "last",
    ":LABEL",
];

pub const EDGE_HEADER: &[&str] = &[
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "relation",
    "polarity:int",
    "count:int",
    "articles:int",
    "negated:int",
    "first",
    "last",
    "confidence:double",
    "weight:double",
    "evidence",
    "evidence_article",
    "evidence_date",
];

/// One CSV field, quoted when it must be (RFC 4180).
pub fn field(s: &str) -> String {
    let needs = s.contains([',', '"', '\n', '\r'])
        || s.starts_with([' ', '\t'])
        || s.ends_with([' ', '\t']);
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn record<S: AsRef<str>>(out: &mut dyn Write, fields: &[S]) -> io::Result<()> {
    let line: Vec<String> = fields.iter().map(|f| field(f.as_ref())).collect();
    out.write_all(line.join(",").as_bytes())?;
    out.write_all(b"\r\n")
}

fn array(items: &[String]) -> String {
    items
        .iter()
        .map(|s| s.replace(';', ","))
        .collect::<Vec<_>>()
        .join(";")
}

/// The Neo4j label of a kind: `country` gives `Country`.
fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Writes `nodes.csv`.
pub fn write_nodes(graph: &Graph, out: &mut dyn Write) -> io::Result<()> {
    record(out, NODE_HEADER)?;
    for n in &graph.nodes {
        record(
            out,
            &[
                n.id.clone(),
                n.name.clone(),
                n.code.clone(),
                n.kind.as_str().to_string(),
                n.country.clone(),
                array(&n.codes),
                array(&n.aliases),
                n.mentions.to_string(),
                n.articles.to_string(),
                date_str(n.first),
                date_str(n.last),
                format!("Actor;{}", capital(n.kind.as_str())),
            ],
        )?;
    }
    Ok(())
}

/// Writes `edges.csv`.
pub fn write_edges(graph: &Graph, out: &mut dyn Write) -> io::Result<()> {
    record(out, EDGE_HEADER)?;
    for e in &graph.links {
        let top = top_evidence(e);
        record(
            out,
            &[
                e.source.clone(),
                e.target.clone(),
                e.relation.as_str().to_ascii_uppercase(),
                e.relation.as_str().to_string(),
                e.polarity.to_string(),
                e.count.to_string(),
                e.articles.to_string(),
                e.negated.to_string(),
                date_str(e.first),
                date_str(e.last),
                super::graphml::float(e.confidence),
                super::graphml::float(e.weight),
                top.map(|t| t.text.clone()).unwrap_or_default(),
                top.map(|t| t.article.clone()).unwrap_or_default(),
                date_str(top.and_then(|t| t.date)),
            ],
        )?;
    }
    Ok(())
}

/// Writes both files.
pub fn write(graph: &Graph, nodes: &mut dyn Write, edges: &mut dyn Write) -> io::Result<()> {
    write_nodes(graph, nodes)?;
    write_edges(graph, edges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4180_quoting() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(" pad"), "\" pad\"");
    }
}
