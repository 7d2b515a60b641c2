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
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10)]
    pub limit: usize,
    #[arg(long, short = 'f', value_enum, default_value = "table")]
    pub format: Format,
    #[command(flatten)]
    pub view: ViewArgs,
}

pub fn run(args: Args) -> Result<u8> {
    // No view flag: the file as it is, negated-only edges included.
    let g = args.view.load(&args.graph, 0)?;
    let s = Stats::of(&g, args.limit);
    let mut out = Output::create(None)?;
    match args.format {
        Format::Json => {
            serde_json::to_writer(&mut out, &s)?;
            out.write_all(b"\n")?;
        }
        Format::Table => {
            let d =
                |d: Option<actorgraph::date::Date>| d.map_or("-".to_string(), |d| d.to_string());
            let cells = |c: &[&str]| -> Vec<String> { c.iter().map(|x| x.to_string()).collect() };
            let table = super::query::table;
            table(
                &mut out,
                &[
                    cells(&["level", s.level.as_str()]),
                    cells(&["articles", &s.articles.to_string()]),
                    cells(&["triples", &format!("{} ({} negated)", s.triples, s.negated)]),
                    cells(&["dates", &format!("{} .. {}", d(s.first), d(s.last))]),
                    cells(&["nodes", &s.nodes.to_string()]),
                    cells(&["edges", &s.edges.to_string()]),
                ],
            )?;
            let mut rows = vec![cells(&["KIND", "NODES"])];
            for (k, n) in &s.nodes_by_kind {
                rows.push(cells(&[k.as_str(), &n.to_string()]));
            }
            out.write_all(b"\n")?;
            table(&mut out, &rows)?;
            let mut rows = vec![cells(&["RELATION", "EDGES", "TRIPLES", "NEGATED"])];
            for (rel, x) in &s.edges_by_relation {
                rows.push(cells(&[
                    rel.as_str(),
                    &x.edges.to_string(),
                    &x.triples.to_string(),
                    &x.negated.to_string(),
                ]));
            }
            out.write_all(b"\n")?;
            table(&mut out, &rows)?;
            let mut rows = vec![cells(&[
                "RANK", "TRIPLES", "ARTICLES", "ACTOR", "CODE", "KIND",
            ])];
            for (i, a) in s.top.iter().enumerate() {
                rows.push(cells(&[
                    &(i + 1).to_string(),
                    &a.triples.to_string(),
                    &a.articles.to_string(),
                    &a.name,
                    if a.code.is_empty() { "-" } else { &a.code },
                    a.kind.as_str(),
                ]));
            }
            out.write_all(b"\n")?;
            table(&mut out, &rows)?;
        }
    }
    out.finish()?;
    Ok(EXIT_OK)
}
