//! `actorgraph merge`: graphs in, one graph out (see `actorgraph::graph::merge`).

use super::{EXIT_FATAL, Output, Report};
use actorgraph::error::{Location, Warning};
use actorgraph::graph::{Graph, io, merge};
use anyhow::Result;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Graph files written by `build` or `merge` (`-` for stdin).
    #[arg(value_name = "GRAPH", required = true)]
    pub graphs: Vec<PathBuf>,
    /// Write the merged graph to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "GRAPH")]
    pub output: Option<PathBuf>,
    /// Stop at the first unreadable graph instead of skipping it.
    #[arg(long)]
    pub strict: bool,
}

/// A graph that cannot be read is skipped with a warning (exit status 1), or with `--strict` is
/// fatal; if none can be read nothing is written (exit status 2).
pub fn run(args: Args) -> Result<u8> {
    let mut report = Report::default();
    let mut graphs: Vec<Graph> = Vec::with_capacity(args.graphs.len());
    for p in &args.graphs {
        match io::load(p) {
            Ok(g) => graphs.push(g),
            Err(e) if !args.strict => {
                let shown = p.display().to_string();
                let message = e.to_string();
                let message = message
                    .strip_prefix(&format!("{shown}: "))
                    .unwrap_or(&message);
                report.warn(&Warning {
                    location: Location::new(shown.clone(), None),
                    message: format!("{message} (skipped)"),
                })
            }
            Err(e) => return Err(e.into()),
        }
    }
    if graphs.is_empty() {
        eprintln!("actorgraph: error: no graph could be read");
        return Ok(EXIT_FATAL);
    }
    if let Some(first) = graphs.first()
        && let Some((i, g)) = graphs
            .iter()
            .enumerate()
            .find(|(_, g)| g.graph.level != first.graph.level)
    {
        anyhow::bail!(
            "cannot merge graphs of different levels: the first is at level {}, graph {} at level {} \
             (build them at the same level, or view them at a coarser one after merging)",
            first.graph.level,
            i + 1,
            g.graph.level
        );
    }
    let merged = merge::merge(&graphs).map_err(anyhow::Error::msg)?;
    let mut out = Output::create(args.output.as_deref())?;
    io::write(&merged, &mut out)?;
    out.finish()?;
    Ok(report.status())
}
