//! The whole extractor on any text: no panic, and every span cuts exactly its text.
#![no_main]

use actorgraph::extract::Extractor;
use actorgraph::input::Article;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::with_defaults().expect("defaults"));

fuzz_target!(|data: &[u8]| {
    let article = Article::new("fuzz", String::from_utf8_lossy(data).into_owned());
    for t in EXTRACTOR.extract(&article) {
        for (span, words) in [(t.source.span, &t.source.text), (t.target.span, &t.target.text), (t.trigger.span, &t.trigger.text)] {
            assert_eq!(&article.text[span[0]..span[1]], words.as_str());
        }
    }
});
