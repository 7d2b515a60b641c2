//! The whole chain on articles: sentences -> mentions -> relations -> triples, and the
//! streaming, parallel, order-keeping driver over an article stream.

use crate::actors::{Dictionary, Mention, Recognizer};
use crate::error::{Result, Warning};
use crate::input::{Article, Item};
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
        Extractor {
            recognizer: Recognizer::new(dictionary),
            grammar: Grammar::new(lexicon),
        }
    }

    /// The compiled-in dictionaries and lexicon.
    pub fn with_defaults() -> Result<Extractor> {
        Ok(Extractor::new(
            &Dictionary::defaults()?,
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
pub enum Output {
    /// The triples of one article (possibly none).
    Triples(Article, Vec<Triple>),
    /// A problem with part of the input.
    Warning(Warning),
}

/// Runs the extractor over a stream in batches of `batch` items, in parallel on the current
/// rayon pool, and calls `sink` with each result in input order. Memory is bounded by the batch.
/// `sink` returns `false` to stop early (a closed pipe).
pub fn run<I>(items: I, extractor: &Extractor, batch: usize, mut sink: impl FnMut(Output) -> bool)
where
    I: Iterator<Item = Item>,
{
    let mut items = items.peekable();
    let batch = batch.max(1);
    while items.peek().is_some() {
        let chunk: Vec<Item> = items.by_ref().take(batch).collect();
        let results: Vec<Output> = chunk
            .into_par_iter()
            .map(|item| match item {
                Item::Article(a) => {
                    let triples = extractor.extract(&a);
                    Output::Triples(a, triples)
                }
                Item::Warning(w) => Output::Warning(w),
            })
            .collect();
        for r in results {
            if !sink(r) {
                return;
            }
        }
    }
}
