//! `actorgraph extract`: articles in, triples out as JSON Lines (SPEC section 4).

use super::{DictArgs, Output, Report, init_threads};
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
    let extractor = Extractor::new(&dict, lexicon);
    let mut out = Output::create(args.output.as_deref())?;
    let mut report = Report::default();
    let mut failure: Option<std::io::Error> = None;
    let mut line = Vec::with_capacity(1024);
    extract::run(
        ArticleStream::new(&args.inputs),
        &extractor,
        256,
        |o| match o {
            extract::Output::Warning(w) => {
                report.warn(&w);
                true
            }
            extract::Output::Triples(_, triples) => {
                for t in &triples {
                    line.clear();
                    serde_json::to_writer(&mut line, t).expect("triples serialise");
                    line.push(b'\n');
                    if let Err(e) = out.write_all(&line) {
                        failure = Some(e);
                        return false;
                    }
                }
                true
            }
        },
    );
    if let Some(e) = failure {
        return Err(e.into());
    }
    out.finish()?;
    Ok(report.status())
}
