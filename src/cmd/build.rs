//! `actorgraph build`: articles in, graph out. Runs extraction exactly as `extract` does and
//! merges the triples into one graph (see `actorgraph::graph`).

use super::{Bar, DictArgs, Output, Report, ViewArgs, init_threads};
use actorgraph::export::{self, Format};
use actorgraph::extract::{self, Extractor};
use actorgraph::graph::{Builder, io};
use actorgraph::input::ArticleStream;
use anyhow::Result;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Text files, folders, .jsonl/.ndjson files, or `-` for stdin (the default).
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Write the graph to FILE (atomically) instead of stdout; repeatable. The format follows
    /// the extension: `.json` is the graph file that `merge`, `export` and `query` read;
    /// `.dot`, `.graphml`, `.gexf`, `.html`, `.csv` or a folder write that export directly.
    #[arg(short, long, value_name = "FILE")]
    pub output: Vec<PathBuf>,
    /// Threads (0 = all cores). The graph is the same whatever the number.
    #[arg(short = 'j', long = "jobs", default_value_t = 0)]
    pub jobs: usize,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub view: ViewArgs,
}

pub fn run(args: Args) -> Result<u8> {
    init_threads(args.jobs);
    let (dict, lexicon) = args.dicts.load()?;
    let mut builder = Builder::with_dictionary(&dict);
    let extractor = Extractor::from_parts(dict, lexicon);
    let namer = builder.namer();
    let bar = Bar::new(&args.inputs);
    let mut report = Report::with_bar(&bar);
    extract::run_map(
        ArticleStream::new(&args.inputs).raw(),
        &extractor,
        extract::Batch::default(),
        // Node ids and evidence records are made on the workers; the builder only files them.
        |_, triples| {
            triples
                .into_iter()
                .map(|t| namer.resolve(t))
                .collect::<Vec<_>>()
        },
        |o| {
            match o {
                extract::Output::Warning(w) => report.warn(&w),
                extract::Output::Triples(resolved) => {
                    for r in resolved {
                        builder.add_resolved(r);
                    }
                }
            }
            true
        },
        |p| bar.update(p),
    );
    bar.finish();
    let mut graph = builder.finish();
    let view = args.view.view(0);
    if !view.is_identity_at(graph.graph.level) {
        graph = view.apply(&graph).map_err(anyhow::Error::msg)?;
    }
    if args.output.is_empty() {
        let mut out = Output::create(None)?;
        io::write(&graph, &mut out)?;
        out.finish()?;
    }
    for path in &args.output {
        match Format::from_path(path) {
            Some(Format::Json) | None => {
                let mut out = Output::create(Some(path))?;
                io::write(&graph, &mut out)?;
                out.finish()?;
            }
            Some(format) => {
                // As `export` does: edges with only negated evidence are left out of pictures.
                let shown = args
                    .view
                    .view(1)
                    .apply(&graph)
                    .map_err(anyhow::Error::msg)?;
                export::save(&shown, format, &export::Options::default(), path)?;
            }
        }
    }
    Ok(report.status())
}
