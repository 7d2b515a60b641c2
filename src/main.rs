//! The `actorgraph` binary: parses flags, runs a subcommand, prints. The library does the work.

mod cmd;

// Extraction allocates many small strings (tokens, names); mimalloc serves them markedly faster
// than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Read war and diplomacy news and build a graph of who supports, attacks, meets and criticizes
/// whom.
#[derive(Debug, Parser)]
#[command(name = "actorgraph", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract actor-relation-actor triples from articles, as JSON Lines.
    Extract(cmd::extract::Args),
    /// Extract triples from articles and merge them into an actor graph (JSON).
    Build(cmd::build::Args),
    /// Merge graph files into one.
    Merge(cmd::merge::Args),
    /// Ask a graph: edges, allies, enemies, paths, central actors, blocs.
    Query(cmd::query::Args),
    /// Summary numbers of a graph.
    Stats(cmd::stats::Args),
    /// Write a graph as DOT, JSON, GraphML, GEXF, CSV (Neo4j) or a self-contained HTML page.
    Export(cmd::export::Args),
}

/// `mi_option_purge_delay` in mimalloc's `mi_option_e` (v2 and v3 alike).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // Extraction allocates and frees its working memory batch after batch. By default mimalloc
    // hands freed pages back to the OS after 10 ms, and the next batch faults them in again,
    // each one cleared by the kernel: 10-15% of the time in `perf`. Memory is kept instead; the
    // peak is the same.
    // SAFETY: sets a plain integer option, before any thread is started.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                cmd::EXIT_FATAL
            } else {
                cmd::EXIT_OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Build(a) => cmd::build::run(a),
        Command::Merge(a) => cmd::merge::run(a),
        Command::Query(a) => cmd::query::run(a),
        Command::Stats(a) => cmd::stats::run(a),
        Command::Export(a) => cmd::export::run(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if cmd::is_broken_pipe(&e) => ExitCode::from(cmd::EXIT_OK),
        Err(e) => {
            eprintln!("actorgraph: error: {e:#}");
            ExitCode::from(cmd::EXIT_FATAL)
        }
    }
}
