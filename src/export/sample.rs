//! The example graph of the bundled articles (`data/articles/articles.jsonl`) that `graphs/`
//! shows in every format: `graphs/sample.json` is what `actorgraph build
//! data/articles/articles.jsonl` writes, the other files what `actorgraph export` makes of it
//! (by default, edges with no supporting evidence left out).

use crate::actors::Dictionary;
use crate::extract::Extractor;
use crate::graph::{Builder, Graph, View};
use crate::input::{ArticleStream, Item};
use crate::relations::Lexicon;
use std::path::Path;

/// Extracts the articles at `path` with the built-in dictionaries and builds their graph, as
/// `actorgraph build` does.
pub fn graph_of_articles(path: &Path) -> crate::error::Result<Graph> {
    let dict = Dictionary::defaults()?;
    let mut builder = Builder::with_dictionary(&dict);
    let extractor = Extractor::from_parts(dict, Lexicon::defaults()?);
    for item in ArticleStream::new(&[path.to_path_buf()]) {
        if let Item::Article(a) = item {
            for t in &extractor.extract(&a) {
                builder.add_triple(t);
            }
        }
    }
    Ok(builder.finish())
}

/// What `actorgraph export` shows of a graph by default.
pub fn default_view(graph: &Graph) -> Graph {
    if View::default().is_identity_at(graph.graph.level) {
        return graph.clone();
    }
    View::default()
        .apply(graph)
        .expect("the default view keeps the level")
}
