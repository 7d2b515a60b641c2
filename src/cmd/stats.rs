//! `actorgraph stats`: the numbers of a graph (see `actorgraph::graph::stats`).

use super::{EXIT_OK, Output, ViewArgs};
use actorgraph::graph::stats::Stats;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Lines for reading.
    Table,
    /// One JSON object.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A graph file written by `build` or `merge` (`-` for stdin).
    #[arg(value_name = "GRAPH")]
    pub graph: PathBuf,
    /// How many of the most active actors to list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub actors: usize,
    #[arg(long, short = 'f', value_enum, default_value = "table")]
    pub format: Format,
    #[command(flatten)]
    pub view: ViewArgs,
}

pub fn run(args: Args) -> Result<u8> {
    // No view flag: the file as it is, negated-only edges included.
    let g = args.view.load(&args.graph, 0)?;
    let s = Stats::of(&g, args.actors);
    let mut out = Output::create(None)?;
    match args.format {
        Format::Json => {
            serde_json::to_writer(&mut out, &s)?;
            out.write_all(b"\n")?;
        }
        Format::Table => {
            let d =
                |d: Option<actorgraph::date::Date>| d.map_or("-".to_string(), |d| d.to_string());
            let mut rows: Vec<Vec<String>> = Vec::new();
            let mut r = |cells: &[&str]| rows.push(cells.iter().map(|c| c.to_string()).collect());
            r(&["level", s.level.as_str()]);
            r(&["articles", &s.articles.to_string()]);
            r(&[
                "triples",
                &s.triples.to_string(),
                &format!("negated {}", s.negated),
            ]);
            r(&["dates", &format!("{} .. {}", d(s.first), d(s.last))]);
            r(&["nodes", &s.nodes.to_string()]);
            for (k, n) in &s.nodes_by_kind {
                r(&["", &n.to_string(), k.as_str()]);
            }
            r(&["edges", &s.edges.to_string()]);
            for (rel, x) in &s.edges_by_relation {
                r(&[
                    "",
                    &x.edges.to_string(),
                    rel.as_str(),
                    &format!("triples {}", x.triples),
                    &format!("negated {}", x.negated),
                ]);
            }
            r(&["top actors"]);
            for (i, a) in s.top.iter().enumerate() {
                r(&[
                    &format!("{:>3}", i + 1),
                    &a.triples.to_string(),
                    &a.name,
                    if a.code.is_empty() { "-" } else { &a.code },
                    a.kind.as_str(),
                ]);
            }
            super::query::table(&mut out, &rows)?;
        }
    }
    out.finish()?;
    Ok(EXIT_OK)
}
