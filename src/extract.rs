//! The whole chain on articles: sentences -> mentions -> relations -> triples, and the
//! streaming, parallel, order-keeping driver over an article stream.

use crate::actors::{Dictionary, Mention, Recognizer};
use crate::error::{Result, Warning};
use crate::input::{Article, Item, Raw};
use crate::relations::{Grammar, Lexicon};
use crate::text::sentences;
use crate::triple::{ActorRef, TriggerRef, Triple};
use rayon::prelude::*;

/// Everything extraction needs, built once and shared by all threads.
pub struct Extractor {
    recognizer: Recognizer,
    grammar: Grammar,
}

fn actor_ref(text: &str, m: &Mention) -> ActorRef {
    ActorRef {
        name: m.actor.name.clone(),
        code: m.actor.code.clone(),
        kind: m.actor.kind,
        text: text[m.start..m.end].to_string(),
        span: [m.start, m.end],
    }
}

impl Extractor {
    pub fn new(dictionary: &Dictionary, lexicon: Lexicon) -> Extractor {
        Extractor::from_parts(dictionary.clone(), lexicon)
    }

    /// As [`Extractor::new`], keeping the dictionary handed over (no copy of its entries).
    pub fn from_parts(dictionary: Dictionary, lexicon: Lexicon) -> Extractor {
        Extractor {
            recognizer: Recognizer::from_dictionary(dictionary),
            grammar: Grammar::new(lexicon),
        }
    }

    /// The compiled-in dictionaries and lexicon.
    pub fn with_defaults() -> Result<Extractor> {
        Ok(Extractor::from_parts(
            Dictionary::defaults()?,
            Lexicon::defaults()?,
        ))
    }

    pub fn recognizer(&self) -> &Recognizer {
        &self.recognizer
    }

    /// The triples of one article, in sentence and trigger order.
    pub fn extract(&self, article: &Article) -> Vec<Triple> {
        let text = article.text.as_str();
        let mut out = Vec::new();
        let sentences = sentences(text);
        let per_sentence = self
            .recognizer
            .recognize_article(text, &sentences, article.date);
        for (index, (sentence, mentions)) in sentences.iter().zip(&per_sentence).enumerate() {
            if mentions.len() < 2 {
                continue;
            }
            for f in self.grammar.find(text, sentence, mentions) {
                let (s, t) = (&mentions[f.source], &mentions[f.target]);
                out.push(Triple {
                    article: article.id.clone(),
                    date: article.date,
                    sentence: index,
                    text: sentence.text(text).to_string(),
                    source: actor_ref(text, s),
                    relation: f.relation,
                    cameo: f.cameo,
                    negated: f.negated,
                    target: actor_ref(text, t),
                    trigger: TriggerRef {
                        text: text[f.trigger.0..f.trigger.1].to_string(),
                        span: [f.trigger.0, f.trigger.1],
                    },
                    confidence: (f.confidence as f64 * 100.0).round() / 100.0,
                });
            }
        }
        out
    }
}

/// What the driver hands back, in input order.
#[derive(Debug)]
pub enum Output<T = (Article, Vec<Triple>)> {
    /// What the work function made of one article (by default the article and its triples).
    Triples(T),
    /// A problem with part of the input.
    Warning(Warning),
}

/// How much input the driver takes in at a time. A batch is read, then its articles are
/// extracted in parallel while the next batch is read and the results of the previous one are
/// handed to the sink, so memory is bounded by three batches whatever the input size.
#[derive(Debug, Clone, Copy)]
pub struct Batch {
    /// At most this many input units (articles, JSON lines) a batch.
    pub items: usize,
    /// A batch is closed once it holds this many bytes of input.
    pub bytes: usize,
}

impl Default for Batch {
    fn default() -> Batch {
        Batch {
            items: 1024,
            bytes: 4 << 20,
        }
    }
}

/// Progress of a run, handed to the `progress` callback of [`run_map`] after each batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Input units (articles, JSON lines) done.
    pub items: u64,
    /// Bytes of input done (article text of text files, whole lines of JSON Lines).
    pub bytes: u64,
}

/// A batch extracted and waiting for the sink: the results of each unit, the number of units
/// and their bytes.
type Done<T> = (Vec<Vec<Output<T>>>, usize, u64);

fn read_batch<I: Iterator<Item = Raw>>(items: &mut I, limits: Batch) -> (Vec<Raw>, u64) {
    let mut batch = Vec::with_capacity(limits.items.clamp(1, 4096));
    let mut bytes = 0u64;
    for raw in items.by_ref() {
        bytes += raw.len() as u64;
        batch.push(raw);
        if batch.len() >= limits.items.max(1) || bytes >= limits.bytes as u64 {
            break;
        }
    }
    (batch, bytes)
}

/// Runs the extractor over a stream of unparsed input, in parallel on the current rayon pool.
/// Each worker parses its JSON line, extracts the triples and applies `work` to them (say, to
/// serialise them), so that the thread that reads and the sink do as little as possible. `sink`
/// gets every result in input order and returns `false` to stop early (a closed pipe);
/// `progress` is called after each batch with the running totals. Memory is bounded by the
/// batches (see [`Batch`]).
pub fn run_map<I, T, W, S, P>(
    items: I,
    extractor: &Extractor,
    limits: Batch,
    work: W,
    mut sink: S,
    mut progress: P,
) where
    I: Iterator<Item = Raw> + Send,
    T: Send,
    W: Fn(Article, Vec<Triple>) -> T + Sync,
    S: FnMut(Output<T>) -> bool + Send,
    P: FnMut(Progress) + Send,
{
    let mut items = items;
    let process = |batch: Vec<Raw>| -> Vec<Vec<Output<T>>> {
        batch
            .into_par_iter()
            .with_max_len(1)
            .map(|raw| {
                raw.parse()
                    .into_iter()
                    .map(|item| match item {
                        Item::Article(a) => {
                            let triples = extractor.extract(&a);
                            Output::Triples(work(a, triples))
                        }
                        Item::Warning(w) => Output::Warning(w),
                    })
                    .collect()
            })
            .collect()
    };
    let mut done = Progress::default();
    let mut stopped = false;
    // Hands the results of a batch to the sink; false once the sink asked to stop.
    let mut drain = |results: Vec<Vec<Output<T>>>, n: usize, bytes: u64| -> bool {
        for o in results.into_iter().flatten() {
            if !sink(o) {
                return false;
            }
        }
        done.items += n as u64;
        done.bytes += bytes;
        progress(done);
        true
    };
    rayon::in_place_scope(|_| {
        let (mut current, mut current_bytes) = read_batch(&mut items, limits);
        let mut previous: Option<Done<T>> = None;
        while !current.is_empty() {
            let n = current.len();
            // Read the next batch and drain the previous one while this one is extracted.
            let ((next, next_bytes, go_on), results) = rayon::join(
                || {
                    let go_on = match previous.take() {
                        Some((r, n, b)) => drain(r, n, b),
                        None => true,
                    };
                    let (next, bytes) = if go_on {
                        read_batch(&mut items, limits)
                    } else {
                        (Vec::new(), 0)
                    };
                    (next, bytes, go_on)
                },
                || process(current),
            );
            if !go_on {
                stopped = true;
                break;
            }
            previous = Some((results, n, current_bytes));
            current = next;
            current_bytes = next_bytes;
        }
        if let (false, Some((r, n, b))) = (stopped, previous) {
            drain(r, n, b);
        }
    });
}

/// Runs the extractor over a stream of articles in batches of `batch` items, in parallel on the
/// current rayon pool, and calls `sink` with each article and its triples in input order. Memory
/// is bounded by the batch. `sink` returns `false` to stop early (a closed pipe).
pub fn run<I>(
    items: I,
    extractor: &Extractor,
    batch: usize,
    sink: impl FnMut(Output) -> bool + Send,
) where
    I: Iterator<Item = Item> + Send,
{
    run_map(
        items.map(Raw::Item),
        extractor,
        Batch {
            items: batch,
            ..Batch::default()
        },
        |a, t| (a, t),
        sink,
        |_| {},
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::ArticleStream;

    fn corpus() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        let mut text = String::new();
        for i in 0..40 {
            if i % 7 == 3 {
                text.push_str("{broken\n");
            } else {
                text.push_str(&format!(
                    "{{\"id\":\"a{i}\",\"text\":\"Russian warplanes bombed the Free Syrian Army. \
                     Turkey condemned Russia.\"}}\n"
                ));
            }
        }
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    /// Ids and warning lines in the order the sink saw them.
    fn order(limits: Batch, stop_after: usize) -> (Vec<String>, Progress) {
        let (_dir, path) = corpus();
        let x = Extractor::with_defaults().unwrap();
        let mut seen = Vec::new();
        let mut last = Progress::default();
        run_map(
            ArticleStream::new(&[&path]).raw(),
            &x,
            limits,
            |a, t| format!("{}:{}", a.id, t.len()),
            |o| {
                seen.push(match o {
                    Output::Triples(s) => s,
                    Output::Warning(w) => format!("line {}", w.location.line.unwrap()),
                });
                seen.len() < stop_after
            },
            |p| last = p,
        );
        (seen, last)
    }

    #[test]
    fn order_and_totals_do_not_depend_on_batches() {
        let (whole, p) = order(Batch::default(), usize::MAX);
        assert_eq!(whole.len(), 40);
        assert_eq!(whole[3], "line 4");
        assert!(whole[0].starts_with("a0:") && !whole[0].ends_with(":0"));
        assert_eq!(p.items, 40);
        for items in [1, 3, 7] {
            let (small, q) = order(
                Batch {
                    items,
                    bytes: 1 << 20,
                },
                usize::MAX,
            );
            assert_eq!(small, whole, "batches of {items}");
            assert_eq!(q, p);
        }
        let (tiny, _) = order(
            Batch {
                items: 100,
                bytes: 1,
            },
            usize::MAX,
        );
        assert_eq!(tiny, whole);
    }

    #[test]
    fn the_sink_can_stop_the_run() {
        let (seen, _) = order(
            Batch {
                items: 4,
                bytes: 1 << 20,
            },
            6,
        );
        assert_eq!(seen.len(), 6);
    }
}
