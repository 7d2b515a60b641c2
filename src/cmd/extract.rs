//! `actorgraph extract`: articles in, triples out as JSON Lines (SPEC section 4).

use super::{Bar, DictArgs, Output, Report, init_threads};
use actorgraph::extract::{self, Extractor};
use actorgraph::input::ArticleStream;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Text files, folders, .jsonl/.ndjson files, or `-` for stdin (the default).
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Write the triples to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Threads (0 = all cores). The output is the same whatever the number.
    #[arg(short = 'j', long = "jobs", default_value_t = 0)]
    pub jobs: usize,
    #[command(flatten)]
    pub dicts: DictArgs,
}

pub fn run(args: Args) -> Result<u8> {
    init_threads(args.jobs);
    let (dict, lexicon) = args.dicts.load()?;
    let extractor = Extractor::from_parts(dict, lexicon);
    let mut out = Output::create(args.output.as_deref())?;
    let bar = Bar::new(&args.inputs);
    let mut report = Report::with_bar(&bar);
    let mut failure: Option<std::io::Error> = None;
    extract::run_map(
        ArticleStream::new(&args.inputs).raw(),
        &extractor,
        extract::Batch::default(),
        // Each worker serialises its article's triples: the writer only copies bytes.
        |_, triples| {
            let mut lines = Vec::with_capacity(triples.len() * 1024);
            for t in &triples {
                serde_json::to_writer(&mut lines, t).expect("triples serialise");
                lines.push(b'\n');
            }
            lines
        },
        |o| match o {
            extract::Output::Warning(w) => {
                report.warn(&w);
                true
            }
            extract::Output::Triples(lines) => match out.write_all(&lines) {
                Ok(()) => true,
                Err(e) => {
                    failure = Some(e);
                    false
                }
            },
        },
        |p| bar.update(p),
    );
    bar.finish();
    if let Some(e) = failure {
        return Err(e.into());
    }
    out.finish()?;
    Ok(report.status())
}
