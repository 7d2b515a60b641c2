//! The example graph of the bundled articles (`data/articles/articles.jsonl`) that `graphs/`
//! shows in every format: what `actorgraph build data/articles/articles.jsonl` makes, viewed as
//! `export` shows it by default (edges with no supporting evidence left out).

use crate::actors::Dictionary;
use crate::extract::Extractor;
use crate::graph::{Builder, Graph, View};
use crate::input::{ArticleStream, Item};
use crate::relations::Lexicon;
use std::path::Path;

/// Extracts the articles at `path` with the built-in dictionaries and builds their graph, as
/// `actorgraph build` does, then applies the default view.
pub fn graph_of_articles(path: &Path) -> crate::error::Result<Graph> {
    let dict = Dictionary::defaults()?;
    let extractor = Extractor::new(&dict, Lexicon::defaults()?);
    let mut builder = Builder::with_dictionary(&dict);
    for item in ArticleStream::new(&[path.to_path_buf()]) {
        if let Item::Article(a) = item {
            for t in &extractor.extract(&a) {
                builder.add_triple(t);
            }
        }
    }
    let graph = builder.finish();
    Ok(View::default().apply(&graph).expect("same level"))
}
