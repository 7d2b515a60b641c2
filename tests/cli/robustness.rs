//! Bad input never panics, never loses good input, and always says what was wrong.

use super::{bin, lines, run, shared};
use std::path::Path;
use std::process::Stdio;

/// Issue "robustness": a folder of good and bad inputs. Every problem is named on stderr, the exit
/// status is 1, and every good article's triples are there.
#[test]
fn bad_inputs_are_named_and_good_ones_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = "Russian warplanes bombed positions held by the Free Syrian Army on Monday.";
    std::fs::write(d.join("01-good.txt"), good).unwrap();
    let mut bad_utf8 =
        b"Iran condemned Saudi Arabia over the execution \xff\xfe of a cleric.".to_vec();
    bad_utf8.push(b'\n');
    std::fs::write(d.join("02-bad-utf8.txt"), &bad_utf8).unwrap();
    std::fs::write(
        d.join("03-binary.bin"),
        b"\x7fELF\x02\x01\x01\x00\x00\x00garbage",
    )
    .unwrap();
    std::fs::write(d.join("04-empty.txt"), b"").unwrap();
    std::fs::write(
        d.join("05-lines.jsonl"),
        format!(
            "{}\n{{\"id\": \"broken\", \"text\": \"unterminated\n{}\n",
            serde_json::json!({"id": "j-1", "text": good}),
            serde_json::json!({"id": "j-3", "text": "Iran condemned Saudi Arabia on Sunday."}),
        ),
    )
    .unwrap();
    // A 10 MB article on one line: real sentences, and a long stretch with no punctuation at all.
    let mut huge = String::with_capacity(11 << 20);
    while huge.len() < 5 << 20 {
        huge.push_str("Officials said the talks in Geneva would resume next week. ");
    }
    while huge.len() < 10 << 20 {
        huge.push_str(
            "and the rebels attacked the army and Russia backed Turkey in talks with Iran ",
        );
    }
    huge.push_str(good);
    std::fs::write(d.join("06-huge.txt"), &huge).unwrap();

    let out = run(&["extract", d.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("02-bad-utf8.txt: invalid UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("03-binary.bin: binary file"), "{stderr}");
    assert!(stderr.contains("05-lines.jsonl:2: broken JSON"), "{stderr}");
    assert_eq!(stderr.lines().count(), 3, "one line per problem: {stderr}");
    let triples = lines(&out);
    let by_article = |id: &str| {
        triples
            .iter()
            .filter(|t| t["article"].as_str().unwrap().ends_with(id))
            .count()
    };
    assert!(by_article("01-good.txt") >= 1);
    assert!(
        by_article("02-bad-utf8.txt") >= 1,
        "a repaired article is still read"
    );
    assert!(by_article("j-1") >= 1);
    assert!(
        by_article("j-3") >= 1,
        "the line after a broken line is read"
    );
    assert!(
        by_article("06-huge.txt") >= 1,
        "the end of a huge article is read"
    );
    // Spans index the text as read (lossily decoded).
    let repaired = String::from_utf8_lossy(&bad_utf8).into_owned();
    for t in triples
        .iter()
        .filter(|t| t["article"].as_str().unwrap().ends_with("02-bad-utf8.txt"))
    {
        let s = t["source"]["span"].as_array().unwrap();
        let (a, b) = (
            s[0].as_u64().unwrap() as usize,
            s[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&repaired[a..b], t["source"]["text"].as_str().unwrap());
    }
}

#[test]
fn closed_pipe_ends_quietly() {
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles/articles.jsonl");
    let mut child = bin()
        .args(["extract", articles.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.code().unwrap_or(0) <= 1,
        "status {:?}",
        out.status
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

mod properties {
    use actorgraph::extract::Extractor;
    use actorgraph::input::Article;
    use proptest::prelude::*;
    use std::sync::LazyLock;

    static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::with_defaults().unwrap());

    fn check(text: String) {
        let article = Article::new("p", text);
        for t in EXTRACTOR.extract(&article) {
            for (span, words) in [
                (t.source.span, &t.source.text),
                (t.target.span, &t.target.text),
                (t.trigger.span, &t.trigger.text),
            ] {
                assert!(span[0] <= span[1] && span[1] <= article.text.len());
                assert_eq!(&article.text[span[0]..span[1]], words.as_str());
            }
        }
    }

    /// News-like words mixed with odd characters, so that the grammar really runs.
    fn newsy() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "Russia",
            "Syria's",
            "U.S.-backed",
            "rebels",
            "attacked",
            "did",
            "not",
            "the",
            "Kremlin",
            "said",
            ".",
            ",",
            "\u{201C}",
            "\u{201D}",
            "\u{2019}s",
            "\u{00A0}",
            "\n",
            "\n\n",
            "Kerry",
            "met",
            "al-Jubeir",
            "?",
            "if",
            "Hezbollah",
            "and",
            "Israel",
            "condemned",
            "talks",
            "between",
            "Iran",
            "\u{0301}",
            "\u{1F600}",
            "\u{05D0}",
            "Mr.",
            "Gen.",
            "(HNC)",
            "High Negotiations Committee",
            "-",
            "\u{2014}",
            "\r\n",
        ]);
        prop::collection::vec(words, 0..80).prop_map(|w| w.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_unicode_extracts_without_panic_and_spans_are_valid(s in "\\PC{0,300}") {
            check(s);
        }

        #[test]
        fn any_bytes_extract_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            check(String::from_utf8_lossy(&bytes).into_owned());
        }

        #[test]
        fn newsy_text_extracts_without_panic_and_spans_are_valid(s in newsy()) {
            check(s);
        }
    }
}

/// Every corpus in ../shared/corpora (when present) goes through `extract` without a panic and
/// with no message but the expected ones.
#[test]
fn every_shared_corpus_extracts_cleanly() {
    let Some(shared) = shared() else { return };
    let corpora = shared.join("corpora");
    let mut dirs: Vec<_> = std::fs::read_dir(&corpora)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty());
    for dir in dirs {
        let out = run(&["extract", "-j", "2", dir.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(0) | Some(1)),
            "{}: {:?}\n{stderr}",
            dir.display(),
            out.status
        );
        for line in stderr.lines() {
            assert!(
                line.starts_with("actorgraph: warning: "),
                "{}: unexpected message {line}",
                dir.display()
            );
            assert!(!line.contains("panicked"), "{line}");
        }
        // Every triple is well formed (the contract check runs on the eval sets elsewhere).
        for t in lines(&out) {
            assert!(t["source"]["span"].is_array() && t["target"]["span"].is_array());
        }
        eprintln!(
            "{}: {} bytes of triples, {} messages",
            dir.display(),
            out.stdout.len(),
            stderr.lines().count()
        );
    }
}
