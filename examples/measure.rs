//! Prints the size of a corpus as the benchmarks count it: `cargo run --release --example
//! measure -- CORPUS...` writes `BYTES SENTENCES ARTICLES`, the bytes of article text (what MB/s
//! is measured on), the sentences `extract` splits it into, and the articles read. Inputs that
//! cannot be read are skipped with a message, as `extract` skips them.

use actorgraph::input::{ArticleStream, Item};
use actorgraph::text::sentences;
use std::path::PathBuf;

fn main() {
    let inputs: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let (mut bytes, mut sents, mut articles) = (0usize, 0usize, 0usize);
    for item in ArticleStream::new(&inputs) {
        match item {
            Item::Article(a) => {
                bytes += a.text.len();
                sents += sentences(&a.text).len();
                articles += 1;
            }
            Item::Warning(w) => eprintln!("measure: {w}"),
        }
    }
    println!("{bytes} {sents} {articles}");
}
