//! The subcommands, one file each. Each has its `Args` (clap) and a `run` that returns the
//! process exit status. Helpers shared by several commands live here.

pub mod build;
pub mod export;
pub mod extract;
pub mod merge;
pub mod query;
pub mod stats;

use actorgraph::actors::Dictionary;
use actorgraph::error::Warning;
use actorgraph::relations::Lexicon;
use anyhow::Result;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Exit status: all went well.
pub const EXIT_OK: u8 = 0;
/// Exit status: some input was skipped or repaired (each told on stderr).
pub const EXIT_PARTIAL: u8 = 1;
/// Exit status: nothing could be done (usage error, unreadable dictionary, unwritable output).
pub const EXIT_FATAL: u8 = 2;

/// Dictionary and lexicon flags shared by `extract` and `build`.
#[derive(Debug, Clone, clap::Args)]
pub struct DictArgs {
    /// Add or override actors from FILE (data/actors/FORMAT.md); repeatable.
    #[arg(long = "actors", value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Do not load the built-in actor dictionaries.
    #[arg(long)]
    pub no_default_actors: bool,
    /// Add actors from a PETRARCH/Phoenix/TABARI actors dictionary FILE (synonyms `+`, date
    /// restrictions `[CODE >YYYYMMDD]`); repeatable.
    #[arg(long = "petrarch-actors", value_name = "FILE")]
    pub petrarch_actors: Vec<PathBuf>,
    /// Add agents from a PETRARCH/Phoenix agents dictionary FILE (`PHRASE {PLURAL} [~CODE]`);
    /// repeatable.
    #[arg(long = "petrarch-agents", value_name = "FILE")]
    pub petrarch_agents: Vec<PathBuf>,
    /// Add relation triggers from FILE (data/relations/FORMAT.md); repeatable.
    #[arg(long = "verbs", value_name = "FILE")]
    pub verbs: Vec<PathBuf>,
}

impl DictArgs {
    /// Loads the dictionaries and the lexicon, failing on the first broken line.
    pub fn load(&self) -> actorgraph::error::Result<(Dictionary, Lexicon)> {
        let mut dict = if self.no_default_actors {
            Dictionary::new()
        } else {
            Dictionary::defaults()?
        };
        for f in &self.petrarch_actors {
            dict.extend(actorgraph::actors::petrarch::actors_from_file(f)?);
        }
        for f in &self.petrarch_agents {
            dict.extend(actorgraph::actors::petrarch::agents_from_file(f)?);
        }
        for f in &self.actors {
            dict.extend(Dictionary::from_file(f)?);
        }
        let mut lexicon = Lexicon::defaults()?;
        for f in &self.verbs {
            lexicon.add_file(f)?;
        }
        Ok((dict, lexicon))
    }
}

/// Counts input problems and prints each as one line on stderr (above the progress bar, if
/// one is shown).
#[derive(Debug, Default)]
pub struct Report {
    pub warnings: usize,
    bar: Option<indicatif::ProgressBar>,
}

impl Report {
    /// A report that prints its warnings around a progress bar.
    pub fn with_bar(bar: &Bar) -> Report {
        Report {
            warnings: 0,
            bar: bar.0.clone(),
        }
    }

    pub fn warn(&mut self, w: &Warning) {
        self.warnings += 1;
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("actorgraph: warning: {w}")),
            None => eprintln!("actorgraph: warning: {w}"),
        }
    }

    pub fn status(&self) -> u8 {
        if self.warnings > 0 {
            EXIT_PARTIAL
        } else {
            EXIT_OK
        }
    }
}

/// A progress bar on stderr for `extract` and `build`: input read (of the total size when the
/// inputs are files), articles, rate. Shown only when stderr is a terminal: nothing at all is
/// printed when it is a pipe or a file (tests, logs).
pub struct Bar(Option<indicatif::ProgressBar>);

impl Bar {
    pub fn new(inputs: &[PathBuf]) -> Bar {
        use std::io::IsTerminal;
        if !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let bar = match total_size(inputs) {
            Some(total) => indicatif::ProgressBar::new(total).with_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {decimal_bytes}/{decimal_total_bytes} {msg} \
                     {decimal_bytes_per_sec} {elapsed}, eta {eta}",
                )
                .expect("a valid template"),
            ),
            None => indicatif::ProgressBar::new_spinner().with_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {decimal_bytes} {msg} {decimal_bytes_per_sec} {elapsed}",
                )
                .expect("a valid template"),
            ),
        };
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
        Bar(Some(bar))
    }

    pub fn update(&self, p: actorgraph::extract::Progress) {
        if let Some(bar) = &self.0 {
            bar.set_position(p.bytes);
            bar.set_message(format!("{} articles", p.items));
        }
    }

    /// Clears the bar (the final figures go with it: the output is what counts).
    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// The total size of the inputs when they are all files or folders of files; `None` for stdin.
fn total_size(inputs: &[PathBuf]) -> Option<u64> {
    fn size(p: &Path) -> Option<u64> {
        let meta = std::fs::metadata(p).ok()?;
        if meta.is_dir() {
            let mut total = 0;
            for e in std::fs::read_dir(p).ok()?.flatten() {
                // Hidden entries are not read (see `input`).
                if !e.file_name().to_string_lossy().starts_with('.') {
                    total += size(&e.path()).unwrap_or(0);
                }
            }
            Some(total)
        } else {
            Some(meta.len())
        }
    }
    if inputs.is_empty() {
        return None;
    }
    let mut total = 0;
    for p in inputs {
        if p == Path::new("-") {
            return None;
        }
        total += size(p)?;
    }
    Some(total)
}

/// Sets up the rayon pool for `-j N` (0 = all cores).
pub fn init_threads(jobs: usize) {
    let mut b = rayon::ThreadPoolBuilder::new();
    if jobs > 0 {
        b = b.num_threads(jobs);
    }
    // A pool can only be set once per process; a second call (tests) keeps the first.
    let _ = b.build_global();
}

/// An output that is either stdout or a file written atomically
/// ([`actorgraph::atomic::AtomicFile`]).
pub enum Output {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    File(actorgraph::atomic::AtomicFile),
}

impl Output {
    /// `None` or `-` is stdout.
    pub fn create(path: Option<&Path>) -> Result<Output> {
        match path {
            Some(p) if p != Path::new("-") => {
                Ok(Output::File(actorgraph::atomic::AtomicFile::create(p)?))
            }
            _ => Ok(Output::Stdout(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            ))),
        }
    }

    /// Flushes, and for a file renames the temporary file over the target.
    pub fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut w) => Ok(w.flush()?),
            Output::File(f) => Ok(f.commit()?),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File(f) => f.flush(),
        }
    }
}

/// Whether an error chain ends in a broken pipe (a reader such as `head` went away).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// View flags shared by `build`, `export` and `query` (see `actorgraph::graph::view`): a roll-up
/// and filters applied to the graph before it is written or asked.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ViewArgs {
    /// What a node stands for: `actor`, `code` (people and state parts roll up to their code,
    /// e.g. USAGOV, SYRMIL) or `country` (everything with a country rolls up to it).
    #[arg(long, value_name = "LEVEL", help_heading = "View")]
    pub level: Option<actorgraph::graph::Level>,
    /// Keep evidence dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); drops undated evidence.
    #[arg(long, value_name = "DATE", help_heading = "View")]
    pub since: Option<actorgraph::date::Date>,
    /// Keep evidence dated on or before DATE (inclusive: 2016 means to 2016-12-31).
    #[arg(long, value_name = "DATE", help_heading = "View")]
    pub until: Option<actorgraph::date::Date>,
    /// Keep only these relations: a comma-separated list of relation names, `positive`,
    /// `negative`, `neutral` or `all`.
    #[arg(long, value_name = "LIST", help_heading = "View")]
    pub relations: Option<actorgraph::graph::RelationSet>,
    /// Keep edges with at least N supporting (not negated) triples [default: 1; build: 0].
    #[arg(long, value_name = "N", help_heading = "View")]
    pub min_count: Option<usize>,
    /// Keep edges supported by at least N distinct articles.
    #[arg(long, value_name = "N", help_heading = "View")]
    pub min_articles: Option<usize>,
    /// Keep the N actors with the most supporting evidence, and the edges between them.
    #[arg(long, value_name = "N", help_heading = "View")]
    pub top: Option<usize>,
    /// Keep edges whose evidence is all negated ("did not attack"); their negated count stands
    /// in for the count in --min-count.
    #[arg(long, help_heading = "View")]
    pub negated: bool,
    /// Keep only actors with a code: drops unresolved mentions such as "the government" or
    /// "the president" that no dictionary entry placed.
    #[arg(long, help_heading = "View")]
    pub coded: bool,
}

impl ViewArgs {
    /// The view these flags ask for; `min_count` is the default of the command (1 for `export`
    /// and `query`, 0 for `build` so that a saved graph loses nothing unless asked).
    pub fn view(&self, min_count: usize) -> actorgraph::graph::View {
        actorgraph::graph::View {
            level: self.level.unwrap_or_default(),
            since: self.since,
            until: self.until,
            relations: self.relations.unwrap_or_default(),
            min_count: self.min_count.unwrap_or(min_count),
            min_articles: self.min_articles.unwrap_or(0),
            top: self.top,
            keep_negated: self.negated,
            coded: self.coded,
        }
    }

    /// Loads a graph file and applies the view; the level defaults to the graph's own.
    pub fn load(&self, path: &Path, min_count: usize) -> Result<actorgraph::graph::Graph> {
        let g = actorgraph::graph::io::load(path)?;
        let mut view = self.view(min_count);
        if self.level.is_none() {
            view.level = g.graph.level;
        }
        if view.is_identity_at(g.graph.level) {
            return Ok(g);
        }
        view.apply(&g)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
    }
}
