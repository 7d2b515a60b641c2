//! `cargo bench`: the stages of the pipeline, one benchmark each, on the project's sample
//! articles (`data/articles/articles.jsonl`) and, when it is present next to the project, on the
//! first 200 articles of the Wikinews corpus (`../shared/corpora/...`; skipped otherwise).
//! Throughput is reported in bytes of article text.
//!
//! - `sentences`: segmentation (sentence splitting, which tokenises each sentence);
//! - `tokenize`: tokenising and case folding alone, over whole article texts;
//! - `recognize`: actor recognition over segmented articles (dictionary automata, discovery,
//!   co-reference);
//! - `relations`: the grammar binding triggers to recognised actors;
//! - `extract`: the whole article chain, text to triples;
//! - `parse_and_extract`: the same from JSON lines, with serialisation of the triples, as a
//!   worker of `actorgraph extract` does it;
//! - `graph_build`: merging the triples of the corpus into a graph;
//! - `startup`: building the extractor from the compiled-in dictionaries.

use actorgraph::extract::Extractor;
use actorgraph::graph::Builder;
use actorgraph::input::{Article, ArticleStream, Item};
use actorgraph::relations::{Grammar, Lexicon};
use actorgraph::text::{Sentence, sentences, tokenize};
use actorgraph::triple::Triple;
use divan::counter::BytesCount;
use std::path::Path;
use std::sync::LazyLock;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

const WIKINEWS: &str = "../shared/corpora/wikinews_politics_conflicts_2004_2009/articles.jsonl";

/// A named corpus: its articles and their JSON lines.
struct Corpus {
    articles: Vec<Article>,
    lines: Vec<String>,
}

impl Corpus {
    fn load(path: &Path, limit: usize) -> Option<Corpus> {
        if !path.exists() {
            return None;
        }
        let articles: Vec<Article> = ArticleStream::new(&[path])
            .filter_map(|i| match i {
                Item::Article(a) => Some(a),
                Item::Warning(_) => None,
            })
            .take(limit)
            .collect();
        let text = std::fs::read_to_string(path).ok()?;
        let lines = text.lines().take(limit).map(str::to_string).collect();
        Some(Corpus { articles, lines })
    }

    fn bytes(&self) -> BytesCount {
        BytesCount::new(self.articles.iter().map(|a| a.text.len()).sum::<usize>())
    }
}

static SAMPLE: LazyLock<Corpus> = LazyLock::new(|| {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles/articles.jsonl");
    Corpus::load(&path, usize::MAX).expect("the sample articles are part of the project")
});

static NEWS: LazyLock<Option<Corpus>> = LazyLock::new(|| {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(WIKINEWS);
    Corpus::load(&path, 200)
});

static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::with_defaults().expect("default dictionaries"));

static GRAMMAR: LazyLock<Grammar> =
    LazyLock::new(|| Grammar::new(Lexicon::defaults().expect("default lexicon")));

/// The corpora to run on: `sample`, and `wikinews` when present.
const CORPORA: &[&str] = &["sample", "wikinews"];

fn corpus(name: &str) -> Option<&'static Corpus> {
    match name {
        "sample" => Some(&SAMPLE),
        _ => NEWS.as_ref(),
    }
}

fn segmented(c: &Corpus) -> Vec<Vec<Sentence>> {
    c.articles.iter().map(|a| sentences(&a.text)).collect()
}

#[divan::bench(name = "sentences", args = CORPORA)]
fn segmentation(bencher: divan::Bencher, name: &str) {
    let Some(c) = corpus(name) else { return };
    bencher.counter(c.bytes()).bench(|| {
        for a in &c.articles {
            divan::black_box(sentences(&a.text));
        }
    });
}

#[divan::bench(name = "tokenize", args = CORPORA)]
fn tokenizing(bencher: divan::Bencher, name: &str) {
    let Some(c) = corpus(name) else { return };
    bencher.counter(c.bytes()).bench(|| {
        for a in &c.articles {
            divan::black_box(tokenize(&a.text, 0, a.text.len()));
        }
    });
}

#[divan::bench(args = CORPORA)]
fn recognize(bencher: divan::Bencher, name: &str) {
    let Some(c) = corpus(name) else { return };
    let segs = segmented(c);
    let r = EXTRACTOR.recognizer();
    bencher.counter(c.bytes()).bench(|| {
        for (a, s) in c.articles.iter().zip(&segs) {
            divan::black_box(r.recognize_article(&a.text, s, a.date));
        }
    });
}

#[divan::bench(args = CORPORA)]
fn relations(bencher: divan::Bencher, name: &str) {
    let Some(c) = corpus(name) else { return };
    let r = EXTRACTOR.recognizer();
    let prepared: Vec<_> = c
        .articles
        .iter()
        .map(|a| {
            let s = sentences(&a.text);
            let m = r.recognize_article(&a.text, &s, a.date);
            (s, m)
        })
        .collect();
    let grammar = &*GRAMMAR;
    bencher.counter(c.bytes()).bench(|| {
        for (a, (ss, ms)) in c.articles.iter().zip(&prepared) {
            for (s, m) in ss.iter().zip(ms) {
                if m.len() >= 2 {
                    divan::black_box(grammar.find(&a.text, s, m));
                }
            }
        }
    });
}

#[divan::bench(args = CORPORA)]
fn extract(bencher: divan::Bencher, name: &str) {
    let Some(c) = corpus(name) else { return };
    let x = &*EXTRACTOR;
    bencher.counter(c.bytes()).bench(|| {
        for a in &c.articles {
            divan::black_box(x.extract(a));
        }
    });
}

#[divan::bench(args = CORPORA)]
fn parse_and_extract(bencher: divan::Bencher, name: &str) {
    let Some(c) = corpus(name) else { return };
    let x = &*EXTRACTOR;
    bencher.counter(c.bytes()).bench(|| {
        let mut out = Vec::new();
        for (i, line) in c.lines.iter().enumerate() {
            let raw = actorgraph::input::Raw::Line {
                file: "bench.jsonl".into(),
                line: i + 1,
                bytes: line.as_bytes().to_vec(),
            };
            for item in raw.parse() {
                if let Item::Article(a) = item {
                    for t in x.extract(&a) {
                        serde_json::to_writer(&mut out, &t).expect("serialises");
                        out.push(b'\n');
                    }
                }
            }
        }
        divan::black_box(out)
    });
}

#[divan::bench(args = CORPORA)]
fn graph_build(bencher: divan::Bencher, name: &str) {
    let Some(c) = corpus(name) else { return };
    let triples: Vec<Triple> = c
        .articles
        .iter()
        .flat_map(|a| EXTRACTOR.extract(a))
        .collect();
    bencher
        .counter(divan::counter::ItemsCount::new(triples.len()))
        .bench(|| {
            let mut b = Builder::new(actorgraph::graph::Level::Actor);
            for t in &triples {
                b.add_triple(t);
            }
            divan::black_box(b.finish())
        });
}

#[divan::bench(sample_count = 10)]
fn startup() -> Extractor {
    Extractor::with_defaults().expect("default dictionaries")
}
