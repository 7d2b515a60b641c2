//! Saving and loading graph files.
//!
//! The file is the canonical JSON of [`Graph`] (see [`super::model`]) with one node and one link
//! a line, so that it diffs well and a parse error's line points at the broken record. The same
//! graph always gives the same bytes. Loading checks the schema version and that every link's
//! ends are nodes, and derives every count again from the evidence (a hand-edited count does not
//! survive).
//!
//! ```
//! use actorgraph::graph::{io, Graph, Level};
//! let g = Graph::empty(Level::Actor);
//! let text = io::to_string(&g);
//! assert!(text.starts_with("{\"schema\":1,"));
//! assert_eq!(io::from_str(&text, "g.json").unwrap(), g);
//! let err = io::from_str(&text[..text.len() - 3], "g.json").unwrap_err().to_string();
//! assert!(err.starts_with("g.json: truncated"), "{err}");
//! ```

use super::build::Builder;
use super::model::{Graph, SCHEMA};
use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes the canonical JSON of a graph, ending in a newline.
pub fn write<W: Write>(g: &Graph, w: &mut W) -> std::io::Result<()> {
    write!(
        w,
        "{{\"schema\":{},\"directed\":{},\"multigraph\":{},\"graph\":",
        g.schema, g.directed, g.multigraph
    )?;
    serde_json::to_writer(&mut *w, &g.graph)?;
    w.write_all(b",\n\"nodes\":[")?;
    for (i, n) in g.nodes.iter().enumerate() {
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *w, n)?;
    }
    w.write_all(b"\n],\n\"links\":[")?;
    for (i, e) in g.links.iter().enumerate() {
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *w, e)?;
    }
    w.write_all(b"\n]}\n")
}

/// The canonical JSON of a graph as a string.
pub fn to_string(g: &Graph) -> String {
    let mut v = Vec::new();
    write(g, &mut v).expect("writing to memory");
    String::from_utf8(v).expect("JSON is UTF-8")
}

/// Reads a graph from JSON text; `name` (the file) goes into every error.
pub fn from_str(text: &str, name: &str) -> Result<Graph> {
    from_slice(text.as_bytes(), name)
}

/// Reads a graph from JSON bytes; `name` (the file) goes into every error.
pub fn from_slice(bytes: &[u8], name: &str) -> Result<Graph> {
    let err = |message: String| Error::Graph {
        path: PathBuf::from(name),
        message,
    };
    let parsed: std::result::Result<Graph, serde_json::Error> = serde_json::from_slice(bytes);
    let g = match parsed {
        Ok(g) => g,
        Err(e) => {
            // A newer or foreign file is refused for what it is, not for its first odd field.
            #[derive(serde::Deserialize)]
            struct Head {
                schema: Option<serde_json::Value>,
            }
            if let Ok(h) = serde_json::from_slice::<Head>(bytes) {
                match h.schema {
                    None => {
                        return Err(err("not an actorgraph graph (no \"schema\" field)".into()));
                    }
                    Some(serde_json::Value::Number(n))
                        if n.as_u64().is_some_and(|v| v > SCHEMA as u64) =>
                    {
                        return Err(err(format!(
                            "schema {n} was written by a newer actorgraph; this one reads schema {SCHEMA}"
                        )));
                    }
                    _ => {}
                }
            }
            let what = match e.classify() {
                serde_json::error::Category::Eof => "truncated",
                serde_json::error::Category::Syntax => "not valid JSON",
                serde_json::error::Category::Data => "not a graph",
                serde_json::error::Category::Io => "unreadable",
            };
            return Err(err(format!(
                "{what}: line {}, column {}: {e}",
                e.line(),
                e.column()
            )));
        }
    };
    if g.schema > SCHEMA {
        return Err(err(format!(
            "schema {} was written by a newer actorgraph; this one reads schema {SCHEMA}",
            g.schema
        )));
    }
    if g.schema != SCHEMA {
        return Err(err(format!(
            "schema {} is not supported; this actorgraph reads schema {SCHEMA}",
            g.schema
        )));
    }
    let ids: std::collections::HashSet<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    for (i, e) in g.links.iter().enumerate() {
        for end in [&e.source, &e.target] {
            if !ids.contains(end.as_str()) {
                return Err(err(format!(
                    "link {} ({} -{}-> {}) names node {end:?}, which is not in \"nodes\"",
                    i + 1,
                    e.source,
                    e.relation,
                    e.target
                )));
            }
        }
        if e.key != e.relation {
            return Err(err(format!(
                "link {}: key {:?} differs from relation {:?}",
                i + 1,
                e.key.as_str(),
                e.relation.as_str()
            )));
        }
    }
    Ok(canonical(&g))
}

/// The graph with every derived field computed again from its evidence, sorted canonically.
pub fn canonical(g: &Graph) -> Graph {
    let mut b = Builder::new(g.graph.level);
    b.add_graph(g).expect("same level");
    b.finish()
}

/// Reads a graph file (`-` is stdin).
pub fn load(path: &Path) -> Result<Graph> {
    let bytes = if path == Path::new("-") {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut v)
            .map_err(|e| Error::io(path, e))?;
        v
    } else {
        std::fs::read(path).map_err(|e| Error::io(path, e))?
    };
    let name = if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    from_slice(&bytes, &name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Level;

    #[test]
    fn errors_name_the_file_and_place() {
        let e = from_str("{\"schema\":1,\n\"directed\":tru", "x.json")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("x.json: "), "{e}");
        assert!(e.contains("line 2"), "{e}");
        let e = from_str("[1,2]", "y.json").unwrap_err().to_string();
        assert!(e.starts_with("y.json: not a graph"), "{e}");
        let e = from_str("{\"a\":1}", "z.json").unwrap_err().to_string();
        assert!(e.contains("no \"schema\""), "{e}");
        let mut g = Graph::empty(Level::Actor);
        g.schema = 9;
        g.graph.schema = 9;
        let e = from_str(&serde_json::to_string(&g).unwrap(), "n.json")
            .unwrap_err()
            .to_string();
        assert!(e.contains("newer actorgraph"), "{e}");
    }

    #[test]
    fn dangling_link_is_an_error() {
        let text = r#"{"schema":1,"directed":true,"multigraph":true,
          "graph":{"name":"actorgraph","schema":1,"level":"actor","articles":0,"triples":0,"first":null,"last":null},
          "nodes":[],"links":[{"source":"a","target":"b","key":"meet","relation":"meet","polarity":1,
          "count":0,"articles":0,"negated":0,"first":null,"last":null,"confidence":0,"weight":0,"evidence":[]}]}"#;
        let e = from_str(text, "d.json").unwrap_err().to_string();
        assert!(e.contains("not in \"nodes\""), "{e}");
    }
}
