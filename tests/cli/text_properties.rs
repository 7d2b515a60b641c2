//! Property tests of the text pipeline: whatever the input, spans are sound and nothing panics.

use actorgraph::text::furniture::is_furniture;
use actorgraph::text::normalize::{fold, is_space};
use actorgraph::text::{Token, sentences, tokenize};
use proptest::prelude::*;

/// Pieces news text (and broken news text) is made of.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "\u{00A0}",
        "\u{202F}",
        "\u{2009}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{00AD}",
        "\u{200D}",
        "\u{0301}",
        "\u{0308}",
        "\u{064E}",
        ".",
        ".",
        ". ",
        "...",
        "\u{2026}",
        "!",
        "?",
        ",",
        ";",
        ":",
        "'",
        "\"",
        "\u{2018}",
        "\u{2019}",
        "\u{201C}",
        "\u{201D}",
        "\u{00AB}",
        "\u{00BB}",
        "-",
        "--",
        "\u{2013}",
        "\u{2014}",
        "(",
        ")",
        "[",
        "]",
        "=",
        "==",
        "*",
        "\u{2022}",
        "/",
        "@",
        "&",
        "$",
        "%",
        "#",
        "_",
        "U.S.",
        "U.N.",
        "Mr.",
        "Gen.",
        "No.",
        "D-N.Y.",
        "a.m.",
        "etc.",
        "W.",
        "Feb.",
        "St.",
        "v.",
        "e.g.",
        "The",
        "He",
        "But",
        "Russia",
        "Russia's",
        "Russia\u{2019}s",
        "rebels'",
        "don't",
        "can\u{2019}t",
        "we're",
        "al-Assad",
        "U.S.-backed",
        "pro-Iranian",
        "3.5",
        "12,000",
        "9/11",
        "1.",
        "2)",
        "- ",
        "* ",
        "http://example.org/a.b",
        "www.x.org.",
        "a@b.org",
        "Share",
        "Advertisement",
        "Read more:",
        "said",
        "talks",
        "\u{1F600}",
        "\u{1F44D}\u{1F3FD}",
        "\u{1F468}\u{200D}\u{1F469}",
        "\u{4E2D}\u{56FD}",
        "\u{0645}\u{0631}",
        "\u{00E9}",
        "\u{0130}",
        "\u{FB01}",
        "\u{3002}",
        "\u{0000}",
        "\u{007F}",
        "\u{0085}",
        "\u{2028}",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        6 => fixed,
        2 => "[a-zA-Z]{1,8}",
        1 => "[0-9]{1,5}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

fn check_tokens(text: &str, toks: &[Token], lo: usize, hi: usize) {
    let mut last = lo;
    for t in toks {
        assert!(t.start < t.end, "empty token {t:?}");
        assert!(t.start >= last, "tokens out of order or overlapping: {t:?}");
        assert!(t.end <= hi, "token {t:?} past {hi}");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        let s = t.text(text);
        assert!(!s.chars().any(is_space), "space in token {s:?}");
        assert_eq!(t.lower, fold(s, true));
        assert!(!t.lower.is_empty(), "empty lower for {s:?}");
        last = t.end;
    }
}

fn check(text: &str) {
    let all = tokenize(text, 0, text.len());
    check_tokens(text, &all, 0, text.len());
    let sents = sentences(text);
    let mut last = 0;
    for s in &sents {
        assert!(s.start < s.end, "empty sentence");
        assert!(s.start >= last, "sentences out of order or overlapping");
        assert!(s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(!s.tokens.is_empty());
        assert!(s.tokens.len() <= actorgraph::text::sentences::MAX_SENTENCE_TOKENS);
        assert_eq!(s.tokens[0].start, s.start);
        assert_eq!(s.tokens[s.tokens.len() - 1].end, s.end);
        check_tokens(text, &s.tokens, s.start, s.end);
        last = s.end;
    }
    for line in text.split('\n') {
        is_furniture(line);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_are_sound_on_news_like_text(text in news_like()) {
        check(&text);
    }

    #[test]
    fn spans_are_sound_on_any_string(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn tokenize_respects_any_range(text in news_like(), a in 0usize..400, b in 0usize..400) {
        let (mut a, mut b) = (a.min(text.len()), b.min(text.len()));
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        while !text.is_char_boundary(b) {
            b += 1;
        }
        let toks = tokenize(&text, a, b);
        check_tokens(&text, &toks, a, b);
    }
}

/// Huge inputs go through in one pass: a single 10 MB line of prose; 2 MB of one word, one URL,
/// periods, spaces, initials, `No.`, wiki heading marks, hyphens and clitics. (Nothing is timed;
/// a quadratic step would make this test hang rather than fail.)
#[test]
fn huge_single_lines() {
    let unit = "U.S. officials said Mr. Lavrov met Gen. Smith on Feb. 9 \u{2026} \u{201C}We don\u{2019}t want war,\u{201D} he said. ";
    let prose = unit.repeat(10_000_000 / unit.len());
    let s = sentences(&prose);
    assert!(s.len() > 100_000);
    check(&prose[..100_000]);
    for text in [
        "a".repeat(2_000_000),
        format!("http://example.org/{}", "a".repeat(2_000_000)),
        ".".repeat(2_000_000),
        format!("x{}y", " ".repeat(2_000_000)),
        "U.".repeat(1_000_000),
        "No. ".repeat(500_000),
        "== ".repeat(600_000),
        "a-".repeat(1_000_000),
        "'s".repeat(1_000_000),
    ] {
        let s = sentences(&text);
        assert!(s.len() <= text.len());
    }
}
