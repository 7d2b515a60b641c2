//! Writing a [`Graph`] for other tools: Graphviz DOT, node-link JSON, GraphML, GEXF, CSV for
//! Neo4j, and a self-contained HTML view.
//!
//! Every writer is deterministic: the same graph gives the same bytes (nodes and links are
//! written in the graph's canonical order, no clocks, no hash-map order).
//!
//! | format | module | read by |
//! |--------|--------|---------|
//! | `dot` | [`dot`] | Graphviz `dot -Tsvg` |
//! | `json` | [`json`] | networkx `node_link_graph(data, edges="links")` |
//! | `graphml` | [`graphml`] | networkx `read_graphml`, Gephi, Cytoscape, yEd |
//! | `gexf` | [`gexf`] | Gephi (GEXF 1.3, dynamic: the timeline plays the graph over time) |
//! | `csv` | [`csv`] | `neo4j-admin database import` (`nodes.csv`, `edges.csv`) |
//! | `html` | [`html`] | any browser, offline: one file, no network |
//!
//! ```
//! use actorgraph::export::{self, Format};
//! use actorgraph::graph::{Graph, Level};
//!
//! let g = Graph::empty(Level::Actor);
//! assert_eq!(Format::from_path("out/graph.dot".as_ref()), Some(Format::Dot));
//! let mut out = Vec::new();
//! export::write(&g, Format::Dot, &mut out).unwrap();
//! assert!(String::from_utf8(out).unwrap().starts_with("digraph"));
//! ```

pub mod csv;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod sample;

use crate::actors::Kind;
use crate::date::Date;
use crate::graph::{Edge, Evidence, Graph};
use crate::relations::Relation;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Format {
    /// Graphviz DOT.
    Dot,
    /// networkx node-link JSON (the graph file format itself).
    Json,
    /// GraphML with declared keys.
    Graphml,
    /// GEXF 1.3 with dates, for Gephi.
    Gexf,
    /// `nodes.csv` and `edges.csv` for `neo4j-admin import`.
    Csv,
    /// One self-contained, interactive HTML page.
    Html,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Dot,
        Format::Json,
        Format::Graphml,
        Format::Gexf,
        Format::Csv,
        Format::Html,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Json => "json",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }

    /// Parses a format name (`dot`, `json`, ...).
    pub fn parse(s: &str) -> Option<Format> {
        let s = s.to_ascii_lowercase();
        Format::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// Guesses the format from a file name: `.dot`/`.gv`, `.json`, `.graphml`/`.xml`, `.gexf`,
    /// `.csv`, `.html`/`.htm`. A path ending in `/` or naming an existing folder is CSV (the
    /// folder gets `nodes.csv` and `edges.csv`).
    ///
    /// ```
    /// use actorgraph::export::Format;
    /// assert_eq!(Format::from_path("g.GV".as_ref()), Some(Format::Dot));
    /// assert_eq!(Format::from_path("neo4j/".as_ref()), Some(Format::Csv));
    /// assert_eq!(Format::from_path("g.txt".as_ref()), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<Format> {
        let s = path.to_string_lossy();
        if s.ends_with('/') || s.ends_with(std::path::MAIN_SEPARATOR) || path.is_dir() {
            return Some(Format::Csv);
        }
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        Some(match ext.as_str() {
            "dot" | "gv" => Format::Dot,
            "json" => Format::Json,
            "graphml" | "xml" => Format::Graphml,
            "gexf" => Format::Gexf,
            "csv" => Format::Csv,
            "html" | "htm" => Format::Html,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Choices that change what a writer draws (not what the graph holds).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// DOT: one cluster (box) per country.
    pub clusters: bool,
    /// DOT: a legend of the relation colours and actor kinds.
    pub legend: bool,
    /// A title (DOT graph label, HTML page title); defaults to a summary of the graph.
    pub title: Option<String>,
}

/// Writes `graph` in `format` with default [`Options`].
///
/// CSV is two files; through one writer it is refused: use [`save`] or [`csv::write`].
pub fn write(graph: &Graph, format: Format, out: &mut dyn Write) -> io::Result<()> {
    write_with(graph, format, &Options::default(), out)
}

/// Writes `graph` in `format`.
pub fn write_with(
    graph: &Graph,
    format: Format,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Dot => dot::write(graph, options, out),
        Format::Json => json::write(graph, out),
        Format::Graphml => graphml::write(graph, out),
        Format::Gexf => gexf::write(graph, out),
        Format::Html => html::write(graph, options, out),
        Format::Csv => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "CSV is two files (nodes.csv and edges.csv): give a folder or a file prefix",
        )),
    }
}

/// The two files of a CSV export at `path`:
///
/// - a folder (an existing one, or a path ending in `/`, or one without an extension):
///   `path/nodes.csv` and `path/edges.csv`;
/// - otherwise a prefix, `.csv` dropped: `run1.csv` gives `run1-nodes.csv` and `run1-edges.csv`,
///   `out/run1_` gives `out/run1_nodes.csv` and `out/run1_edges.csv`.
///
/// ```
/// use actorgraph::export::csv_paths;
/// use std::path::PathBuf;
/// assert_eq!(csv_paths("neo/".as_ref()), (PathBuf::from("neo/nodes.csv"), PathBuf::from("neo/edges.csv")));
/// assert_eq!(csv_paths("a/run1.csv".as_ref()).0, PathBuf::from("a/run1-nodes.csv"));
/// assert_eq!(csv_paths("run1_".as_ref()).1, PathBuf::from("run1_edges.csv"));
/// ```
pub fn csv_paths(path: &Path) -> (PathBuf, PathBuf) {
    let s = path.to_string_lossy();
    let folder = s.ends_with('/')
        || s.ends_with(std::path::MAIN_SEPARATOR)
        || path.is_dir()
        || (path.extension().is_none() && !s.ends_with(['-', '_', '.']));
    if folder {
        return (path.join("nodes.csv"), path.join("edges.csv"));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".csv").unwrap_or(&name);
    let sep = if stem.ends_with(['-', '_', '.']) {
        ""
    } else {
        "-"
    };
    (
        path.with_file_name(format!("{stem}{sep}nodes.csv")),
        path.with_file_name(format!("{stem}{sep}edges.csv")),
    )
}

/// Writes `graph` to `path` atomically (a temporary file beside it, renamed over it when all
/// was written); CSV writes two files (see [`csv_paths`]), creating the folder if needed.
/// Returns the files written.
pub fn save(
    graph: &Graph,
    format: Format,
    options: &Options,
    path: &Path,
) -> crate::error::Result<Vec<PathBuf>> {
    if format == Format::Csv {
        let (nodes, edges) = csv_paths(path);
        if let Some(dir) = nodes.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| crate::error::Error::io(dir, e))?;
        }
        crate::atomic::write_with(&nodes, |w| csv::write_nodes(graph, w))?;
        crate::atomic::write_with(&edges, |w| csv::write_edges(graph, w))?;
        return Ok(vec![nodes, edges]);
    }
    crate::atomic::write_with(path, |w| write_with(graph, format, options, w))?;
    Ok(vec![path.to_path_buf()])
}

// ---- shared by the writers -------------------------------------------------------------------

/// The sentence shown for an edge: the supporting evidence with the highest confidence (the
/// first in canonical order among equals), or the first negated one if there is no support.
pub fn top_evidence(edge: &Edge) -> Option<&Evidence> {
    let mut best: Option<&Evidence> = None;
    for e in edge.evidence.iter().filter(|e| !e.negated) {
        if best.is_none_or(|b| e.confidence > b.confidence) {
            best = Some(e);
        }
    }
    best.or_else(|| edge.evidence.first())
}

/// A colour for each relation, by polarity: greens for support/cooperate/meet, grey-blue for
/// appeal, oranges for criticize/reject/threaten/sanction, reds for coerce/attack.
pub fn relation_color(r: Relation) -> &'static str {
    match r {
        Relation::Support => "#1a9850",
        Relation::Cooperate => "#4daf4a",
        Relation::Meet => "#91cf60",
        Relation::Appeal => "#6f8fae",
        Relation::Criticize => "#fdae61",
        Relation::Reject => "#f39c3c",
        Relation::Threaten => "#f46d43",
        Relation::Sanction => "#e0771b",
        Relation::Coerce => "#d73027",
        Relation::Attack => "#a50026",
    }
}

/// A fill colour for each kind of actor.
pub fn kind_color(k: Kind) -> &'static str {
    match k {
        Kind::Country => "#c6dbef",
        Kind::Government => "#9ecae1",
        Kind::Military => "#bdbdbd",
        Kind::Rebel => "#fcbba1",
        Kind::Militant => "#fc9272",
        Kind::Igo => "#dadaeb",
        Kind::Ngo => "#e5f5e0",
        Kind::Person => "#fff7bc",
        Kind::Party => "#fde0ef",
        Kind::Group => "#f0f0f0",
        Kind::Unknown => "#ffffff",
    }
}

/// `#rrggbb` as three bytes.
pub fn rgb(hex: &str) -> (u8, u8, u8) {
    let h = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    (h(1), h(3), h(5))
}

/// A date as a whole day: `2016-02` gives `2016-02-01` as a start and `2016-02-29` as an end.
pub fn full_day(d: Date, end: bool) -> String {
    let month = match (d.month, end) {
        (0, false) => 1,
        (0, true) => 12,
        (m, _) => m,
    };
    let day = match (d.day, end) {
        (0, false) => 1,
        (0, true) => days_in_month(d.year, month),
        (x, _) => x.min(days_in_month(d.year, month)),
    };
    format!("{:04}-{:02}-{:02}", d.year, month, day)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// `Some(date)` as text, `""` for none.
pub fn date_str(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Escapes text for XML content and attribute values. Characters XML 1.0 cannot hold (most
/// control characters) become U+FFFD; newlines and tabs are written as character references so
/// they survive attribute-value normalisation.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Cuts text to at most `max` characters, ending with `…` when cut.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_round_trip_by_name() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.as_str()), Some(f));
            assert_eq!(
                Format::from_path(format!("x.{}", f.as_str()).as_ref()),
                Some(f)
            );
        }
    }

    #[test]
    fn whole_days() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(full_day(d("2016-02"), true), "2016-02-29");
        assert_eq!(full_day(d("2015-02"), true), "2015-02-28");
        assert_eq!(full_day(d("2016"), false), "2016-01-01");
        assert_eq!(full_day(d("2016"), true), "2016-12-31");
        assert_eq!(full_day(d("2016-02-09"), true), "2016-02-09");
    }

    #[test]
    fn xml_escapes_everything_dangerous() {
        assert_eq!(
            xml_escape("a<b>&\"'\n\u{1}"),
            "a&lt;b&gt;&amp;&quot;&apos;&#10;\u{fffd}"
        );
    }

    #[test]
    fn csv_paths_folder_and_prefix() {
        assert_eq!(csv_paths("out".as_ref()).0, PathBuf::from("out/nodes.csv"));
        assert_eq!(
            csv_paths("out/x-".as_ref()).1,
            PathBuf::from("out/x-edges.csv")
        );
    }
}
