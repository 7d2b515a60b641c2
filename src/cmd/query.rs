//! `actorgraph query`: ask a graph (see `actorgraph::query`).
//!
//! ```text
//! actorgraph query GRAPH [--source A] [--relation R] [--target B]   edges, heaviest first
//! actorgraph query GRAPH allies A                                     net-positive partners of A
//! actorgraph query GRAPH enemies A                                    net-negative partners of A
//! actorgraph query GRAPH path A B                                     strongest chain of support
//! actorgraph query GRAPH central                                      most central actors
//! actorgraph query GRAPH blocs [--min-net N]                          mutually supporting groups
//! ```
//!
//! An actor is a name, alias or code in any case (`Russia`, `kremlin`, `RUSMIL`); a country
//! stands for its parts too (`--exact`: only itself). R is a relation, a comma-separated list, `positive` or `negative`.
//! The view flags (`--level`, `--since`, `--until`, `--relations`, `--min-count`, ...) apply to
//! the graph first.

use super::{EXIT_OK, EXIT_PARTIAL, Output, ViewArgs};
use actorgraph::actors::Dictionary;
use actorgraph::graph::model::Evidence;
use actorgraph::graph::{Graph, RelationSet};
use actorgraph::query::{Matcher, allies, blocs, central, edges, path};
use anyhow::{Result, bail};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns with a header, for reading.
    Table,
    /// One JSON object a line, for programs.
    Jsonl,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Modes:\n  \
  (none)        edges matching --source/--relation/--target, heaviest first\n  \
  allies A      actors with more positive than negative relations with A\n  \
  enemies A     actors with more negative than positive relations with A\n  \
  path A B      the strongest chain of positive relations from A to B\n  \
  central       the most central actors (weighted PageRank)\n  \
  blocs         groups of mutually supporting actors, none net hostile inside\n\n\
Examples:\n  \
  actorgraph query g.json --source Russia --relation attack\n  \
  actorgraph query g.json --target Syria --relation negative --format jsonl\n  \
  actorgraph query g.json allies Russia\n  \
  actorgraph query g.json path Iran Hezbollah")]
pub struct Args {
    /// A graph file written by `build` or `merge` (`-` for stdin).
    #[arg(value_name = "GRAPH")]
    pub graph: PathBuf,
    /// Mode and its actors: `allies A`, `enemies A`, `path A B`, `central`, `blocs`; none for
    /// edges.
    #[arg(value_name = "MODE")]
    pub mode: Vec<String>,
    /// Edges from this actor (name, alias or code; a country includes its parts).
    #[arg(long, short = 's', value_name = "ACTOR")]
    pub source: Option<String>,
    /// Edges of this relation, a comma-separated list, `positive` or `negative`.
    #[arg(long, short = 'r', value_name = "R")]
    pub relation: Option<RelationSet>,
    /// Edges to this actor.
    #[arg(long, short = 't', value_name = "ACTOR")]
    pub target: Option<String>,
    #[arg(long, short = 'f', value_enum, default_value = "table")]
    pub format: Format,
    /// At most N answers (0 = all).
    #[arg(long, short = 'n', value_name = "N", default_value_t = 0)]
    pub limit: usize,
    /// A country stands only for itself, not for its government, military and people.
    #[arg(long)]
    pub exact: bool,
    /// For `blocs`: the least net positive triples that join two actors.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub min_net: i64,
    #[command(flatten)]
    pub view: ViewArgs,
}

/// Resolves an actor name, telling on stderr when nothing matches.
fn actor(g: &Graph, name: &str, exact: bool, missing: &mut bool) -> Matcher {
    // The built-in dictionary resolves names the graph never saw ("Moscow" for Russia).
    static DICT: std::sync::OnceLock<Option<Dictionary>> = std::sync::OnceLock::new();
    let dict = DICT.get_or_init(|| Dictionary::defaults().ok());
    let m = if exact {
        Matcher::exact(g, name, dict.as_ref())
    } else {
        Matcher::with_dictionary(g, name, dict.as_ref())
    };
    if m.is_empty() {
        eprintln!("actorgraph: no actor in the graph matches {name:?}");
        *missing = true;
    }
    m
}

pub fn run(args: Args) -> Result<u8> {
    let g = args.view.load(&args.graph, 1)?;
    let mut out = Output::create(None)?;
    let mut missing = false;
    let limit = |n: usize| {
        if args.limit == 0 {
            n
        } else {
            args.limit.min(n)
        }
    };
    let words: Vec<&str> = args.mode.iter().map(String::as_str).collect();
    let edge_flags = args.source.is_some() || args.target.is_some() || args.relation.is_some();
    if !words.is_empty() && edge_flags {
        bail!(
            "--source, --relation and --target go with no mode (edges), not with {:?}",
            words[0]
        );
    }
    let want = |n: usize| -> Result<()> {
        if words.len() != n + 1 {
            bail!(
                "query {} takes {n} actor{}; see `actorgraph query --help`",
                words[0],
                if n == 1 { "" } else { "s" }
            );
        }
        Ok(())
    };
    match words.first().copied() {
        None => {
            let s = args
                .source
                .as_deref()
                .map(|a| actor(&g, a, args.exact, &mut missing));
            let t = args
                .target
                .as_deref()
                .map(|a| actor(&g, a, args.exact, &mut missing));
            let answers = if missing {
                Vec::new()
            } else {
                edges::query(
                    &g,
                    s.as_ref(),
                    args.relation.unwrap_or_default(),
                    t.as_ref(),
                )
            };
            let answers = &answers[..limit(answers.len())];
            match args.format {
                Format::Jsonl => jsonl(&mut out, answers)?,
                Format::Table => {
                    let mut rows = vec![row(&[
                        "WEIGHT", "COUNT", "ARTICLES", "NEGATED", "FIRST", "LAST", "SOURCE",
                        "RELATION", "TARGET", "EVIDENCE",
                    ])];
                    for a in answers {
                        rows.push(vec![
                            format!("{:.2}", a.weight),
                            a.count.to_string(),
                            a.articles.to_string(),
                            a.negated.to_string(),
                            date(a.first),
                            date(a.last),
                            a.source_name.clone(),
                            a.relation.to_string(),
                            a.target_name.clone(),
                            evidence(a.evidence.as_ref()),
                        ]);
                    }
                    table(&mut out, &rows)?;
                }
            }
        }
        Some(mode @ ("allies" | "enemies")) => {
            want(1)?;
            let a = actor(&g, words[1], args.exact, &mut missing);
            let answers = if mode == "allies" {
                allies::allies(&g, &a)
            } else {
                allies::enemies(&g, &a)
            };
            let answers = &answers[..limit(answers.len())];
            match args.format {
                Format::Jsonl => jsonl(&mut out, answers)?,
                Format::Table => {
                    let mut rows =
                        vec![row(&["NET", "POSITIVE", "NEGATIVE", "ACTOR", "RELATIONS"])];
                    for p in answers {
                        let rels: Vec<String> = p
                            .relations
                            .iter()
                            .map(|(r, c)| format!("{r} {c}"))
                            .collect();
                        rows.push(vec![
                            format!("{:+}", p.net),
                            p.positive.to_string(),
                            p.negative.to_string(),
                            p.name.clone(),
                            rels.join(", "),
                        ]);
                    }
                    table(&mut out, &rows)?;
                }
            }
        }
        Some("path") => {
            want(2)?;
            let a = actor(&g, words[1], args.exact, &mut missing);
            let b = actor(&g, words[2], args.exact, &mut missing);
            match path::strongest_path(&g, &a, &b) {
                None => {
                    if !missing {
                        eprintln!(
                            "actorgraph: no chain of positive relations joins {:?} and {:?}",
                            words[1], words[2]
                        );
                    }
                }
                Some(p) => {
                    if !p.directed {
                        eprintln!(
                            "actorgraph: no path follows the direction of the news; \
                             this one ignores it (see FORWARD)"
                        );
                    }
                    match args.format {
                        Format::Jsonl => jsonl(&mut out, &p.hops)?,
                        Format::Table => {
                            let mut rows = vec![row(&[
                                "FROM",
                                "TO",
                                "FORWARD",
                                "COUNT",
                                "RELATIONS",
                                "EVIDENCE",
                            ])];
                            for h in &p.hops {
                                let rels: Vec<String> = h
                                    .relations
                                    .iter()
                                    .map(|(r, c)| format!("{r} {c}"))
                                    .collect();
                                rows.push(vec![
                                    h.from_name.clone(),
                                    h.to_name.clone(),
                                    if h.forward { "yes" } else { "no" }.into(),
                                    h.count.to_string(),
                                    rels.join(", "),
                                    evidence(h.evidence.as_ref()),
                                ]);
                            }
                            table(&mut out, &rows)?;
                        }
                    }
                }
            }
        }
        Some("central") => {
            want(0)?;
            let answers = central::central(&g);
            let answers = &answers[..limit(answers.len())];
            match args.format {
                Format::Jsonl => jsonl(&mut out, answers)?,
                Format::Table => {
                    let mut rows = vec![row(&["PAGERANK", "DEGREE", "OUT", "IN", "ACTOR"])];
                    for c in answers {
                        rows.push(vec![
                            format!("{:.4}", c.pagerank),
                            c.degree.to_string(),
                            c.out.to_string(),
                            c.r#in.to_string(),
                            c.name.clone(),
                        ]);
                    }
                    table(&mut out, &rows)?;
                }
            }
        }
        Some("blocs") => {
            want(0)?;
            let answers = blocs::blocs(&g, args.min_net);
            let answers = &answers[..limit(answers.len())];
            match args.format {
                Format::Jsonl => jsonl(&mut out, answers)?,
                Format::Table => {
                    let mut rows = vec![row(&["BLOC", "INTERNAL", "HOSTILE TO", "MEMBERS"])];
                    for b in answers {
                        let names: Vec<&str> = b.members.iter().map(|m| m.name.as_str()).collect();
                        let hostile: Vec<String> =
                            b.hostile_to.iter().map(|h| h.to_string()).collect();
                        rows.push(vec![
                            b.number.to_string(),
                            format!("{:+}", b.internal),
                            if hostile.is_empty() {
                                "-".into()
                            } else {
                                hostile.join(",")
                            },
                            names.join("; "),
                        ]);
                    }
                    table(&mut out, &rows)?;
                }
            }
        }
        Some(other) => bail!(
            "unknown query mode {other:?} (want allies, enemies, path, central or blocs, \
             or none with --source/--relation/--target)"
        ),
    }
    out.finish()?;
    Ok(if missing { EXIT_PARTIAL } else { EXIT_OK })
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

fn date(d: Option<actorgraph::date::Date>) -> String {
    d.map_or_else(|| "-".into(), |d| d.to_string())
}

/// An evidence sentence on one line, cut at 160 characters, with where it comes from.
fn evidence(e: Option<&Evidence>) -> String {
    let Some(e) = e else { return "-".into() };
    let text: String = e.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = if text.chars().count() > 160 {
        text.chars().take(159).chain(['…']).collect()
    } else {
        text
    };
    let neg = if e.negated { " (negated)" } else { "" };
    format!("[{}#{}]{neg} {short}", e.article, e.sentence)
}

fn jsonl<T: serde::Serialize>(out: &mut Output, items: &[T]) -> Result<()> {
    for x in items {
        serde_json::to_writer(&mut *out, x)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Prints rows as columns two spaces apart; the last column is not padded.
pub fn table(out: &mut Output, rows: &[Vec<String>]) -> Result<()> {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut width = vec![0usize; cols];
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count());
        }
    }
    for r in rows {
        let mut line = String::new();
        for (i, c) in r.iter().enumerate() {
            if i + 1 == r.len() {
                line.push_str(c);
            } else {
                line.push_str(c);
                line.extend(std::iter::repeat_n(' ', width[i] - c.chars().count() + 2));
            }
        }
        out.write_all(line.trim_end().as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
