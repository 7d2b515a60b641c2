//! `actorgraph export`: a graph file in, DOT, JSON, GraphML, GEXF, CSV (Neo4j) or HTML out.

use super::{EXIT_OK, Output, ViewArgs};
use actorgraph::export::{self, Format, Options};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph file (`actorgraph build` output), or `-` for stdin.
    #[arg(value_name = "GRAPH")]
    pub graph: PathBuf,
    /// Write to FILE (atomically); the format is guessed from its extension (.dot/.gv, .json,
    /// .graphml, .gexf, .html, .csv). For CSV, FILE is a folder (`neo4j/`) or a prefix
    /// (`run1.csv` gives run1-nodes.csv and run1-edges.csv). Without it, stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The format, when the extension does not tell or for stdout.
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,
    /// DOT: put each country's actors in one box.
    #[arg(long)]
    pub clusters: bool,
    /// DOT: draw a legend of the relation colours.
    #[arg(long)]
    pub legend: bool,
    /// A title for the drawing (DOT label, HTML page).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    #[command(flatten)]
    pub view: ViewArgs,
}

/// Above this many edges, `export` to DOT suggests a smaller view.
const DOT_EDGES_HINT: usize = 1500;

pub fn run(args: Args) -> Result<u8> {
    let stdout = args.output.as_deref().is_none_or(|p| p == Path::new("-"));
    let format = match (args.format, args.output.as_deref()) {
        (Some(f), _) => f,
        (None, Some(p)) if !stdout => Format::from_path(p).with_context(|| {
            format!(
                "{}: cannot tell the format from the extension; give --format",
                p.display()
            )
        })?,
        _ => bail!("writing to stdout needs --format (dot, json, graphml, gexf, html)"),
    };
    // Edges with no supporting evidence are left out unless --min-count 0 or --negated.
    let graph = args.view.load(&args.graph, 1)?;
    if format == Format::Dot && graph.links.len() > DOT_EDGES_HINT {
        eprintln!(
            "actorgraph: note: {} edges is a lot for Graphviz dot (minutes, and a hairball); \
             --top N or --min-count N keeps the main actors",
            graph.links.len()
        );
    }
    let options = Options {
        clusters: args.clusters,
        legend: args.legend,
        title: args.title.clone(),
    };
    if stdout {
        if format == Format::Csv {
            bail!("CSV is two files: give -o FOLDER/ or -o PREFIX");
        }
        let mut out = Output::create(None)?;
        export::write_with(&graph, format, &options, &mut out)?;
        out.finish()?;
    } else {
        let path = args.output.as_deref().expect("a file");
        export::save(&graph, format, &options, path)?;
    }
    Ok(EXIT_OK)
}
