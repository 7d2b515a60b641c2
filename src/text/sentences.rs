//! Sentence segmentation for news copy.
//!
//! Two levels, both in one pass over the text:
//!
//! 1. Lines. Blank lines and furniture lines ([`is_furniture`]) end a paragraph and are left
//!    out. A line without final punctuation (a headline, a caption, a dateline on its own) is a
//!    sentence of its own, unless the text is hard-wrapped: a line ending in a comma or a
//!    function word ("officials said on"), or followed by a line starting in lower case, goes
//!    on. A list item ("1. ...", "- ...", "* ...") starts a new sentence, its marker left out.
//!    A wiki heading line (`== Reactions ==`) is left out; after `== Related news ==`,
//!    `== Sources ==` and the like nothing more is read.
//! 2. Tokens. Inside a paragraph a sentence ends at `.`, `!`, `?` or an ellipsis (closing quotes
//!    and brackets right after it included) unless the next token starts in lower case or is
//!    `,;:%)`. A period kept by an abbreviation (`U.S.`, `Gen.`, `W.`, `Feb.`) ends the sentence
//!    only when the abbreviation may end one and what follows is clearly a new sentence: a
//!    typical sentence starter ("The", "He", "But", ...), or a capitalised word on the next
//!    line. Titles (`Mr.`, `Rep.`, `Lt.`), `No.` before a number and `vs.` never end one. A
//!    quote closed by `."`/`?"` and followed by its attribution (`?" Lavrov asked.`) stays one
//!    sentence. Inside a headline an abbreviation never ends a sentence. Wiki headings and
//!    bullets inside a line (`== Reactions ==`, ` * `) end the sentence and are left out.
//!
//! Sentences are byte spans into the original text, in order and without overlap; every token
//! lies inside its sentence's span. Sentences without any word are dropped, and none has more
//! than [`MAX_SENTENCE_TOKENS`] tokens. The work is linear in the length of the text.

use crate::text::furniture::is_furniture;
use crate::text::normalize::{
    fold, fold_char, is_closing_quote, is_ignorable, is_opening_quote, is_quote, is_space,
    is_word_char,
};
use crate::text::tokens::{Abbreviation, Token, TokenKind, tokenize};

/// One sentence: its byte span in the article and its tokens.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token>,
}

impl Sentence {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

/// Splits an article into sentences.
///
/// ```
/// let text = "Syria talks stall\n\nU.S. officials met Gen. Smith on Feb. 9. \u{201C}We will go on,\u{201D} he said.";
/// let texts: Vec<&str> = actorgraph::text::sentences(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(texts, [
///     "Syria talks stall",
///     "U.S. officials met Gen. Smith on Feb. 9.",
///     "\u{201C}We will go on,\u{201D} he said.",
/// ]);
/// ```
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for_each_segment(text, |seg| split_segment(text, seg, &mut out));
    out
}

/// A stretch of text split into sentences on its own: a paragraph, a headline, a list item.
#[derive(Debug, Clone, Copy)]
struct Segment {
    start: usize,
    end: usize,
    /// One short line without final punctuation: a headline, where an abbreviation's period
    /// never ends a sentence ("U.S. Troops Leave Iraq").
    headline: bool,
    /// Part of a hard-wrapped paragraph, where a line break says nothing.
    wrapped: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// `. ! ? … : ;` (closing quotes and brackets aside).
    Terminal,
    /// A comma, a hyphen or dash, an opening bracket, or a function word: the sentence goes on.
    Continuation,
    /// Anything else: a word, a number, a closing quote after a word.
    Open,
}

#[derive(Debug, Clone, Copy)]
struct Line {
    /// The content, trimmed, list marker left out.
    start: usize,
    end: usize,
    ending: Ending,
    starts_lower: bool,
    marker: bool,
}

enum LineKind {
    /// Blank, furniture or a heading: ends the paragraph.
    Break,
    /// A heading after which the article is over (related news, sources).
    Stop,
    Text(Line),
}

/// Lines of the text as byte ranges, without their line breaks (`\n`, `\r\n` or a lone `\r`).
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        let end = match memchr::memchr2(b'\n', b'\r', &bytes[pos..]) {
            Some(i) => pos + i,
            None => bytes.len(),
        };
        pos = end + 1;
        if bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n') {
            pos += 1;
        }
        Some((start, end))
    })
}

fn is_blank_char(c: char) -> bool {
    is_space(c) || is_ignorable(c) || c.is_control()
}

/// Calls `f` on the segments of `text`, in order.
fn for_each_segment(text: &str, mut f: impl FnMut(Segment) -> Flow) {
    let mut block: Vec<Line> = Vec::new();
    for (ls, le) in lines(text) {
        match classify_line(text, ls, le) {
            LineKind::Text(line) => block.push(line),
            kind => {
                if flush_block(&block, &mut f) == Flow::Stop {
                    return;
                }
                block.clear();
                if matches!(kind, LineKind::Stop) {
                    return;
                }
            }
        }
    }
    flush_block(&block, &mut f);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    Go,
    Stop,
}

/// Joins the lines of a paragraph block into segments and hands them to `f`.
fn flush_block(block: &[Line], f: &mut impl FnMut(Segment) -> Flow) -> Flow {
    let m = block.len();
    if m == 0 {
        return Flow::Go;
    }
    // Hard-wrapped text: many joints where the line plainly goes on.
    let soft = block
        .windows(2)
        .filter(|w| w[0].ending == Ending::Continuation || w[1].starts_lower)
        .count();
    let wrapped = m >= 3 && soft * 3 >= m - 1;
    let max_len = block[..m - 1]
        .iter()
        .map(|l| l.end - l.start)
        .max()
        .unwrap_or(0);
    let mut first = 0;
    for j in 0..m {
        let join = j + 1 < m && {
            let (a, b) = (&block[j], &block[j + 1]);
            !b.marker
                && match a.ending {
                    Ending::Terminal | Ending::Continuation => true,
                    Ending::Open => {
                        b.starts_lower || (wrapped && (a.end - a.start) * 10 >= max_len * 6)
                    }
                }
        };
        if !join {
            let (a, b) = (&block[first], &block[j]);
            let seg = Segment {
                start: a.start,
                end: b.end,
                headline: first == j && a.ending == Ending::Open && a.end - a.start <= 200,
                wrapped,
            };
            if f(seg) == Flow::Stop {
                return Flow::Stop;
            }
            first = j + 1;
        }
    }
    Flow::Go
}

/// Words that do not end a headline but a wrapped line of prose.
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "and"
            | "or"
            | "but"
            | "as"
            | "that"
            | "which"
            | "who"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "its"
            | "their"
            | "his"
            | "her"
            | "into"
            | "than"
    )
}

fn classify_line(text: &str, ls: usize, le: usize) -> LineKind {
    let raw = &text[ls..le];
    let trimmed_start = raw.trim_start_matches(is_blank_char);
    let content = trimmed_start.trim_end_matches(is_blank_char);
    if content.is_empty() {
        return LineKind::Break;
    }
    let start = ls + (raw.len() - trimmed_start.len());
    let end = start + content.len();
    if content.len() <= 300 && is_furniture(content) {
        return LineKind::Break;
    }
    if content.len() >= 4 && content.starts_with("==") && content.ends_with("==") {
        let title = content.trim_matches(|c: char| c == '=' || is_blank_char(c));
        return if is_tail_heading(title) {
            LineKind::Stop
        } else {
            LineKind::Break
        };
    }
    let skip = list_marker(content);
    let body = &content[skip..];
    let Some(first) = body.chars().next() else {
        return LineKind::Break;
    };
    LineKind::Text(Line {
        start: start + skip,
        end,
        ending: line_ending(body),
        starts_lower: first.is_lowercase(),
        marker: skip > 0,
    })
}

/// Headings after which a wiki article has only links.
fn is_tail_heading(title: &str) -> bool {
    let t = fold(title.trim(), true);
    [
        "related",
        "see also",
        "external link",
        "source",
        "reference",
        "further reading",
        "previous related",
        "other wikinews",
        "sister links",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// The length of a list marker and the spaces after it at the start of `s` ("1. ", "a) ",
/// "(2) ", "- ", "* ", "• "), or 0.
fn list_marker(s: &str) -> usize {
    let b = s.as_bytes();
    let after_marker = |n: usize| -> usize {
        // The marker must be followed by a space and then something.
        let rest = &s[n..];
        let body = rest.trim_start_matches(is_blank_char);
        if body.len() == rest.len() || body.is_empty() {
            0
        } else {
            s.len() - body.len()
        }
    };
    let first = s.chars().next().unwrap_or(' ');
    if matches!(
        first,
        '-' | '*'
            | '+'
            | '\u{2022}'
            | '\u{00B7}'
            | '\u{25AA}'
            | '\u{25BA}'
            | '\u{25A0}'
            | '\u{25CF}'
            | '\u{25E6}'
            | '\u{2023}'
            | '\u{2219}'
            | '\u{2013}'
            | '\u{2014}'
    ) {
        return after_marker(first.len_utf8());
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits) && matches!(b.get(digits), Some(b'.' | b')')) {
        return after_marker(digits + 1);
    }
    if b.len() >= 2 && b[0].is_ascii_lowercase() && b[1] == b')' {
        return after_marker(2);
    }
    if b.first() == Some(&b'(') {
        let inner = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=3).contains(&inner) && b.get(inner + 1) == Some(&b')') {
            return after_marker(inner + 2);
        }
        if b.len() >= 3 && b[1].is_ascii_lowercase() && b[2] == b')' {
            return after_marker(3);
        }
    }
    0
}

fn line_ending(s: &str) -> Ending {
    let core = s.trim_end_matches(|c: char| {
        is_quote(c) && !is_opening_quote(c)
            || matches!(c, ')' | ']' | '}' | '*')
            || is_blank_char(c)
    });
    let Some(last) = core.chars().next_back() else {
        return Ending::Open;
    };
    match last {
        '.' | '!' | '?' | '\u{2026}' | ':' | ';' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}' => {
            Ending::Terminal
        }
        ',' | '(' | '[' | '/' | '&' | '+' => Ending::Continuation,
        c if c == '-' || fold_char(c) == Some('-') => Ending::Continuation,
        c if is_word_char(c) => {
            // The last word, if it is short and lower case, may be a function word.
            let tail_start = core
                .char_indices()
                .rev()
                .take(8)
                .take_while(|(_, c)| c.is_alphabetic())
                .last()
                .map_or(core.len(), |(i, _)| i);
            let word = &core[tail_start..];
            let before = core[..tail_start].chars().next_back();
            if before.is_none_or(|c| !is_word_char(c)) && is_function_word(word) {
                Ending::Continuation
            } else {
                Ending::Open
            }
        }
        _ => Ending::Open,
    }
}

/// Sentence-final punctuation: `.`, `!`, `?`, `...`, `…` and the full-width forms.
#[inline]
fn is_strong_ender(t: &Token) -> bool {
    if t.kind != TokenKind::Punct {
        return false;
    }
    // By the first byte: the ASCII enders, then (all starting with a byte of at least 0xE2)
    // the others.
    match t.lower.as_bytes().first() {
        Some(b'.' | b'!' | b'?') => true,
        Some(&b) if b >= 0xE2 => matches!(
            t.lower.as_str(),
            "\u{3002}"
                | "\u{FF01}"
                | "\u{FF1F}"
                | "\u{203C}"
                | "\u{2047}"
                | "\u{2048}"
                | "\u{2049}"
        ),
        _ => false,
    }
}

/// A quote or bracket that closes, right after the token before it.
fn is_closer(t: &Token, prev: &Token, text: &str) -> bool {
    t.kind == TokenKind::Punct
        && t.start == prev.end
        && (matches!(t.lower.as_str(), "\"" | "'" | ")" | "]" | "}")
            || t.text(text).chars().next().is_some_and(is_closing_quote))
}

/// A quote or bracket that opens what follows.
fn is_opener(t: &Token, text: &str) -> bool {
    if t.kind != TokenKind::Punct {
        return false;
    }
    let c = t.text(text).chars().next().unwrap_or(' ');
    is_opening_quote(c)
        || matches!(c, '(' | '[')
        || (matches!(t.lower.as_str(), "\"" | "'")
            && (t.start == 0
                || text[..t.start]
                    .chars()
                    .next_back()
                    .is_some_and(is_blank_char)))
}

/// Capitalised words that typically begin a sentence and seldom follow an abbreviation inside
/// one: "... backed by the U.S. The talks ...".
fn is_sentence_starter(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "here"
            | "it"
            | "its"
            | "he"
            | "she"
            | "his"
            | "her"
            | "they"
            | "their"
            | "we"
            | "our"
            | "i"
            | "you"
            | "but"
            | "and"
            | "or"
            | "so"
            | "yet"
            | "however"
            | "meanwhile"
            | "moreover"
            | "still"
            | "also"
            | "then"
            | "now"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "without"
            | "after"
            | "before"
            | "during"
            | "when"
            | "while"
            | "as"
            | "if"
            | "although"
            | "though"
            | "since"
            | "because"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "many"
            | "some"
            | "most"
            | "both"
            | "each"
            | "other"
            | "another"
            | "such"
            | "several"
            | "no"
            | "not"
            | "what"
            | "why"
            | "how"
            | "who"
            | "where"
            | "which"
            | "according"
            | "asked"
            | "upon"
            | "from"
            | "by"
            | "to"
            | "until"
            | "despite"
            | "following"
            | "among"
            | "separately"
            | "instead"
            | "even"
            | "only"
            | "all"
            | "any"
            | "one"
            | "two"
            | "three"
            | "officials"
            | "yesterday"
            | "today"
    )
}

/// Verbs of saying after `?"` or `!"` that keep the quote in the sentence: `"Why?" Lavrov asked.`
fn is_speech_verb(lower: &str) -> bool {
    matches!(
        lower,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "told"
            | "added"
            | "shouted"
            | "wrote"
            | "tweeted"
            | "replied"
            | "insisted"
            | "demanded"
            | "declared"
    )
}

/// Whether `toks` (after a quote closing with `.`, `?` or `!`) begin with an attribution that
/// belongs to the quote: `." Mr Downer said.`, `?" Senator Brown asked.`; after `?` or `!` a
/// name and a verb of saying are enough: `"Why?" Lavrov asked reporters.`
fn is_attribution(toks: &[Token], exclaim: bool) -> bool {
    if exclaim && toks.get(1).is_some_and(|v| is_speech_verb(&v.lower)) {
        return true;
    }
    for (m, v) in toks.iter().enumerate().take(5).skip(1) {
        if is_speech_verb(&v.lower) {
            return toks
                .get(m + 1)
                .is_none_or(|after| matches!(after.lower.as_str(), "." | "," | "!" | "?"));
        }
        if v.kind != TokenKind::Word {
            return false;
        }
    }
    false
}

/// A U.S. party and state after a legislator's name: `D-N.Y.`, `R-Fla.`.
fn is_party_state(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// Words that may follow `a.m.`/`p.m.` inside a sentence: weekdays, months, time zones.
fn is_time_word(text: &str, lower: &str) -> bool {
    let lower = lower.trim_end_matches('.');
    text.len() <= 5
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '+' || c == '-')
        || matches!(
            lower,
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "today"
                | "tonight"
                | "local"
                | "eastern"
                | "central"
                | "pacific"
                | "mountain"
                | "moscow"
                | "greenwich"
        )
}

/// The most tokens a sentence may have. Longer runs (tables, lists and markup flattened into
/// one line, text without punctuation) are cut, preferably after a `;`, `:`, `,` or dash, so
/// that later stages never see a sentence of unbounded length.
pub const MAX_SENTENCE_TOKENS: usize = 300;

/// Cuts token ranges longer than [`MAX_SENTENCE_TOKENS`].
fn cap_lengths(toks: &[Token], ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(ranges.len());
    for &(a, b) in ranges {
        let mut a = a;
        while b - a > MAX_SENTENCE_TOKENS {
            let limit = a + MAX_SENTENCE_TOKENS;
            let floor = a + MAX_SENTENCE_TOKENS / 2;
            let cut = (floor..limit)
                .rev()
                .find(|&i| {
                    toks[i].kind == TokenKind::Punct
                        && matches!(toks[i].lower.as_str(), ";" | ":" | "," | "-" | "--")
                })
                .map_or(limit, |i| i + 1);
            out.push((a, cut));
            a = cut;
        }
        out.push((a, b));
    }
    out
}

/// A place where a sentence may end: final punctuation or an abbreviation's period at token
/// `at`, with the closing quotes, brackets and further punctuation after it up to `last`.
struct Candidate<'a> {
    text: &'a str,
    toks: &'a [Token],
    seg: Segment,
    /// The first token of the current sentence.
    first: usize,
    at: usize,
    last: usize,
    /// Words and numbers in the sentence so far, the one at `at` included.
    words: usize,
    /// Whether the sentence so far has a word (not only numbers and punctuation).
    has_word: bool,
    /// Whether a closing quote follows the punctuation.
    quoted: bool,
}

impl Candidate<'_> {
    /// After `.`, `!`, `?` or an ellipsis: the sentence ends unless what follows goes on with it.
    fn punctuation_ends(&self, next: &Token) -> bool {
        let (toks, t) = (self.toks, &self.toks[self.at]);
        let next_first = next.text(self.text).chars().next().unwrap_or(' ');
        let exclaim = toks[self.at..=self.last]
            .iter()
            .any(|x| matches!(x.lower.as_str(), "!" | "?"));
        // "The demands: 1. ..." and a list number at the start of a sentence.
        let i = self.at;
        let numbered = t.lower == "."
            && i > self.first
            && toks[i - 1].kind == TokenKind::Number
            && toks[i - 1].end == t.start
            && toks[i - 1].end - toks[i - 1].start <= 2
            && (i - 1 == self.first || matches!(toks[i - 2].lower.as_str(), ":" | ";"));
        let goes_on = !self.has_word
            || numbered
            || next_first.is_lowercase()
            || (next.kind == TokenKind::Punct
                && matches!(next.lower.as_str(), "," | ";" | ":" | "%" | ")" | "]" | "}"))
            || (self.quoted
                && next.kind == TokenKind::Word
                && next_first.is_uppercase()
                && is_attribution(&toks[self.last + 1..], exclaim));
        !goes_on
    }

    /// After an abbreviation's period: the sentence ends only when the abbreviation may end
    /// one and what follows clearly starts a new one.
    fn abbreviation_ends(&self, kind: Abbreviation, next: &Token) -> bool {
        let text = self.text;
        let t = &self.toks[self.at];
        let next_first = next.text(text).chars().next().unwrap_or(' ');
        let capital = next_first.is_uppercase();
        let capital_or_quote = capital || is_opener(next, text);
        let may_end = !matches!(
            kind,
            Abbreviation::Title | Abbreviation::Numbering | Abbreviation::Never
        );
        // The abbreviation alone ("U.S. Troops ...") is no sentence.
        let alone = self.words <= 1;
        if !may_end || alone || self.seg.headline {
            return false;
        }
        let newline =
            !self.seg.wrapped && text[self.toks[self.last].end..next.start].contains(['\n', '\r']);
        let starter = next.kind == TokenKind::Word && capital && is_sentence_starter(&next.lower);
        let time = matches!(t.lower.as_str(), "a.m." | "p.m.");
        ((newline || kind == Abbreviation::Etc) && capital_or_quote)
            || starter
            || (is_party_state(t.text(text)) && capital)
            || (time
                && next.kind == TokenKind::Word
                && capital
                && !is_time_word(next.text(text), &next.lower))
            || (kind == Abbreviation::Acronym
                && next.kind == TokenKind::Punct
                && is_quote(next_first)
                && is_opener(next, text)
                && self
                    .toks
                    .get(self.last + 2)
                    .is_some_and(|v| v.is_capitalized(text) && is_sentence_starter(&v.lower)))
    }
}

/// How many tokens at the start of `toks` are numbers or words without a final period, which
/// can neither end a sentence nor be a heading or a bullet; and whether one of them is a word.
fn plain_run(toks: &[Token]) -> (usize, bool) {
    let mut word = false;
    for (k, t) in toks.iter().enumerate() {
        if t.kind == TokenKind::Punct || t.lower.ends_with('.') {
            return (k, word);
        }
        word |= t.kind == TokenKind::Word;
    }
    (toks.len(), word)
}

/// Splits one segment into sentences, pushing them to `out`.
fn split_segment(text: &str, seg: Segment, out: &mut Vec<Sentence>) -> Flow {
    let toks = tokenize(text, seg.start, seg.end);
    let n = toks.len();
    // Token ranges of the sentences.
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut flow = Flow::Go;
    let mut start: Option<usize> = None;
    // Words and numbers in the current sentence; whether one of them is a word.
    let mut words = 0usize;
    let mut has_word = false;
    let close = |start: &mut Option<usize>, end: usize, ranges: &mut Vec<(usize, usize)>| {
        if let Some(s) = start.take()
            && end > s
        {
            ranges.push((s, end));
        }
    };
    let mut i = 0;
    while i < n {
        // Inside a sentence, numbers and words without a final period (most tokens) only
        // count: they can neither end the sentence nor be a heading or a bullet.
        if start.is_some() {
            let (k, word) = plain_run(&toks[i..]);
            words += k;
            has_word |= word;
            i += k;
            if i == n {
                break;
            }
        }
        let t = &toks[i];
        // What may end the sentence here: strong punctuation or an abbreviation's period.
        let (strong, abbr) = match t.kind {
            TokenKind::Word => {
                let abbr = t.abbreviation(text);
                (false, abbr)
            }
            TokenKind::Number => (false, None),
            TokenKind::Punct => {
                // Headings and bullets start with `=`, `*` or (the bullets U+00B7 and
                // U+2022, U+25xx) the byte 0xC2 or 0xE2: other punctuation (commas, periods,
                // quotes) is turned away on its first byte.
                if matches!(t.lower.as_bytes().first(), Some(b'=' | b'*' | 0xC2 | 0xE2)) {
                    // Wiki headings inside a line: "== Reactions ==".
                    if t.lower.starts_with("==") {
                        close(&mut start, i, &mut ranges);
                        let closing =
                            (i + 1..n.min(i + 16)).find(|&j| toks[j].lower.starts_with("=="));
                        match closing {
                            Some(j) => {
                                if is_tail_heading(&text[t.end..toks[j].start]) {
                                    flow = Flow::Stop;
                                    break;
                                }
                                i = j + 1;
                            }
                            None => i += 1,
                        }
                        continue;
                    }
                    // Bullets inside a line: "* * *", " *Rep. Jane Doe".
                    if matches!(
                        t.lower.as_str(),
                        "*" | "\u{2022}"
                            | "\u{00B7}"
                            | "\u{25AA}"
                            | "\u{25BA}"
                            | "\u{25A0}"
                            | "\u{25CF}"
                    ) && (t.start == seg.start
                        || text[..t.start]
                            .chars()
                            .next_back()
                            .is_some_and(|c| is_blank_char(c) || c == ':' || c == '>'))
                    {
                        close(&mut start, i, &mut ranges);
                        i += 1;
                        continue;
                    }
                }
                (is_strong_ender(t), None)
            }
        };
        if start.is_none() {
            start = Some(i);
            words = 0;
            has_word = false;
        }
        let first = start.unwrap_or(i);
        match t.kind {
            TokenKind::Word => {
                words += 1;
                has_word = true;
            }
            TokenKind::Number => words += 1,
            TokenKind::Punct => {}
        }
        if !strong && abbr.is_none() {
            i += 1;
            continue;
        }
        // Take further enders and closing quotes and brackets along.
        let mut k = i;
        let mut quoted = false;
        while k + 1 < n
            && (is_closer(&toks[k + 1], &toks[k], text)
                || (is_strong_ender(&toks[k + 1]) && toks[k + 1].start == toks[k].end))
        {
            quoted |= toks[k + 1].kind == TokenKind::Punct
                && !matches!(
                    toks[k + 1].lower.as_str(),
                    ")" | "]" | "}" | "." | "!" | "?"
                );
            k += 1;
        }
        let cand = Candidate {
            text,
            toks: &toks,
            seg,
            first,
            at: i,
            last: k,
            words,
            has_word,
            quoted,
        };
        let split = match (toks.get(k + 1), abbr) {
            (None, _) => true,
            (Some(next), None) => cand.punctuation_ends(next),
            (Some(next), Some(kind)) => cand.abbreviation_ends(kind, next),
        };
        if split {
            close(&mut start, k + 1, &mut ranges);
        }
        i = k + 1;
    }
    close(&mut start, n, &mut ranges);
    let ranges = cap_lengths(&toks, &ranges);

    // Move the tokens into their sentences, from the last one back, so that each sentence's
    // tokens leave the segment's vector in one block copy (`split_off`) rather than one by one
    // (the first sentence keeps the vector itself); drop sentences without a word.
    let mut toks = toks;
    let first_new = out.len();
    for &(a, b) in ranges.iter().rev() {
        toks.truncate(b);
        let tokens = if a == 0 {
            std::mem::take(&mut toks)
        } else {
            toks.split_off(a)
        };
        if !tokens.iter().any(|t| t.kind == TokenKind::Word) {
            continue;
        }
        out.push(Sentence {
            start: tokens[0].start,
            end: tokens[tokens.len() - 1].end,
            tokens,
        });
    }
    out[first_new..].reverse();
    flow
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.text(text)).collect()
    }

    /// Each case: the text, and the sentences expected, joined by " | ".
    const CASES: &[(&str, &str)] = &[
        // 1. Titles before names never end a sentence.
        (
            "Sen. Ann Reyes met Gen. Omar Haddad in Amman. The two discussed the border.",
            "Sen. Ann Reyes met Gen. Omar Haddad in Amman. | The two discussed the border.",
        ),
        (
            "Lt. Col. Mark Ellison said the convoy was hit. Mr. Ellison gave no figures.",
            "Lt. Col. Mark Ellison said the convoy was hit. | Mr. Ellison gave no figures.",
        ),
        (
            "Dr. Lena Fischer of the aid group said supplies ran out. Rep. Tom Wells, D-Ohio, disagreed.",
            "Dr. Lena Fischer of the aid group said supplies ran out. | Rep. Tom Wells, D-Ohio, disagreed.",
        ),
        (
            "Maj. Gen. Pavel Orlov denied the report. Col. Orlov spoke in Moscow.",
            "Maj. Gen. Pavel Orlov denied the report. | Col. Orlov spoke in Moscow.",
        ),
        // 5. Dotted acronyms inside a sentence.
        (
            "U.S. and U.N. officials met in Geneva on Monday. They agreed to meet again.",
            "U.S. and U.N. officials met in Geneva on Monday. | They agreed to meet again.",
        ),
        (
            "The U.N. Security Council will vote on the draft. Russia is expected to abstain.",
            "The U.N. Security Council will vote on the draft. | Russia is expected to abstain.",
        ),
        // 7. "U.S." at the real end of a sentence, before a typical sentence starter.
        (
            "The rebels are backed by the U.S. The talks resume on Friday.",
            "The rebels are backed by the U.S. | The talks resume on Friday.",
        ),
        (
            "Aid will flow through the U.N. But the border stays closed.",
            "Aid will flow through the U.N. | But the border stays closed.",
        ),
        (
            "The envoy has returned to the U.S. He will brief Congress next week.",
            "The envoy has returned to the U.S. | He will brief Congress next week.",
        ),
        // 10. ... but not before a name or a title.
        (
            "The plan was drafted by the U.S. State Department and sent to Kiev.",
            "The plan was drafted by the U.S. State Department and sent to Kiev.",
        ),
        (
            "Protesters gathered outside the U.S. Embassy in Ankara on Sunday.",
            "Protesters gathered outside the U.S. Embassy in Ankara on Sunday.",
        ),
        // 12. Initials.
        (
            "George W. Bush spoke with Vladimir V. Putin by phone. The call lasted an hour.",
            "George W. Bush spoke with Vladimir V. Putin by phone. | The call lasted an hour.",
        ),
        (
            "The inquiry was led by Judge A. J. Morrow. Its report is due in May.",
            "The inquiry was led by Judge A. J. Morrow. | Its report is due in May.",
        ),
        (
            "The army has a Plan B. It involves a retreat to the coast.",
            "The army has a Plan B. | It involves a retreat to the coast.",
        ),
        // 15. Party and state after a legislator.
        (
            "\u{201C}We cannot walk away,\u{201D} said Rep. Eliot Marsh, D-N.Y. \u{201C}Not now.\u{201D}",
            "\u{201C}We cannot walk away,\u{201D} said Rep. Eliot Marsh, D-N.Y. | \u{201C}Not now.\u{201D}",
        ),
        (
            "The bill was backed by Sen. Joan Hale, R-Fla. Critics called it rushed.",
            "The bill was backed by Sen. Joan Hale, R-Fla. | Critics called it rushed.",
        ),
        // 17. Months and dates.
        (
            "The truce began on Feb. 27 and was extended on March 9. Fighting resumed in Sept. 2016.",
            "The truce began on Feb. 27 and was extended on March 9. | Fighting resumed in Sept. 2016.",
        ),
        (
            "Talks are due to resume in Jan. The date has not been fixed.",
            "Talks are due to resume in Jan. | The date has not been fixed.",
        ),
        // 19. Decimals and money.
        (
            "Donors pledged $3.5 billion for Syria. Britain gave 1.2 billion pounds.",
            "Donors pledged $3.5 billion for Syria. | Britain gave 1.2 billion pounds.",
        ),
        (
            "Turkey hosts about 2.5 million refugees. Jordan hosts 630,000.",
            "Turkey hosts about 2.5 million refugees. | Jordan hosts 630,000.",
        ),
        // 21. A quote closing after the period.
        (
            "\u{201C}We will not negotiate under fire,\u{201D} he said. \u{201C}The bombing must stop.\u{201D} The envoy left.",
            "\u{201C}We will not negotiate under fire,\u{201D} he said. | \u{201C}The bombing must stop.\u{201D} | The envoy left.",
        ),
        (
            "\"The army will withdraw,\" the minister said. \"It is over.\" Reporters were not convinced.",
            "\"The army will withdraw,\" the minister said. | \"It is over.\" | Reporters were not convinced.",
        ),
        (
            "The ministry called the reports \"noise.\" It gave no details.",
            "The ministry called the reports \"noise.\" | It gave no details.",
        ),
        // 24. A question or exclamation inside a quote, then the speaker.
        (
            "\"What is left to discuss?\" one delegate asked. Nobody answered.",
            "\"What is left to discuss?\" one delegate asked. | Nobody answered.",
        ),
        (
            "\u{201C}Why should we trust them?\u{201D} Lavrov asked reporters. The talks ended.",
            "\u{201C}Why should we trust them?\u{201D} Lavrov asked reporters. | The talks ended.",
        ),
        (
            "\"There will be no deal.\" Mr Hollis said. The delegation left Vienna.",
            "\"There will be no deal.\" Mr Hollis said. | The delegation left Vienna.",
        ),
        // 27. Headlines without final punctuation.
        (
            "Rebels seize key town in north\n\nRebels seized the town of Ras Kifa on Tuesday.",
            "Rebels seize key town in north | Rebels seized the town of Ras Kifa on Tuesday.",
        ),
        (
            "Kremlin: Talks With U.S. Are \u{2018}Frozen\u{2019}\nThe Kremlin said on Monday that talks had stalled.",
            "Kremlin: Talks With U.S. Are \u{2018}Frozen\u{2019} | The Kremlin said on Monday that talks had stalled.",
        ),
        (
            "U.S. Troops Leave Base In North\n\nThe last troops left on Friday.",
            "U.S. Troops Leave Base In North | The last troops left on Friday.",
        ),
        // 30. Page furniture lines are left out.
        (
            "Share\n\nThe army shelled the town.\n\nAdvertisement\n\nResidents fled south.\nRead more: Ceasefire collapses",
            "The army shelled the town. | Residents fled south.",
        ),
        // 31. Ellipses.
        (
            "The minister paused... and then refused to answer. The session ended.",
            "The minister paused... and then refused to answer. | The session ended.",
        ),
        (
            "\u{201C}We waited and waited\u{2026} Nobody came,\u{201D} a resident said.",
            "\u{201C}We waited and waited\u{2026} | Nobody came,\u{201D} a resident said.",
        ),
        // 33. "No. 2" and other numbering.
        (
            "He is the No. 2 official at the ministry. He was appointed in 2014.",
            "He is the No. 2 official at the ministry. | He was appointed in 2014.",
        ),
        (
            "The council adopted Resolution No. 2254 on Friday. It calls for a ceasefire.",
            "The council adopted Resolution No. 2254 on Friday. | It calls for a ceasefire.",
        ),
        // 35. Numbered and bulleted lists.
        (
            "The demands were:\n1. A ceasefire in Aleppo.\n2. Aid access to Madaya\n3. The release of detainees.",
            "The demands were: | A ceasefire in Aleppo. | Aid access to Madaya | The release of detainees.",
        ),
        (
            "Key points:\n- Russia will halt air strikes\n- Rebels will leave the city",
            "Key points: | Russia will halt air strikes | Rebels will leave the city",
        ),
        // 37. Abbreviations that end sentences.
        (
            "The fund paid for tents, blankets, stoves, etc. The rest went to food.",
            "The fund paid for tents, blankets, stoves, etc. | The rest went to food.",
        ),
        (
            "The blast hit at 9:30 a.m. Police sealed off the area.",
            "The blast hit at 9:30 a.m. | Police sealed off the area.",
        ),
        (
            "The vote is set for 10 a.m. Tuesday in the capital.",
            "The vote is set for 10 a.m. Tuesday in the capital.",
        ),
        (
            "The contract went to Vantage Corp. The firm denied wrongdoing.",
            "The contract went to Vantage Corp. | The firm denied wrongdoing.",
        ),
        // 41. Lower case after a period does not start a sentence.
        (
            "The deal was signed in St. Petersburg by the two sides, approx. 40 pages long.",
            "The deal was signed in St. Petersburg by the two sides, approx. 40 pages long.",
        ),
        (
            "The case, Doe v. Ministry of Defence, was dismissed. An appeal is planned.",
            "The case, Doe v. Ministry of Defence, was dismissed. | An appeal is planned.",
        ),
        // 43. Question and exclamation marks.
        (
            "Will Moscow back the plan? Diplomats doubt it. \"Never!\" one said.",
            "Will Moscow back the plan? | Diplomats doubt it. | \"Never!\" one said.",
        ),
        // 44. Closing brackets after the period.
        (
            "Shelling continued overnight. (Casualty figures could not be verified.) The UN appealed for calm.",
            "Shelling continued overnight. | (Casualty figures could not be verified.) | The UN appealed for calm.",
        ),
        // 45. A dateline stays with its sentence.
        (
            "BEIRUT, Feb. 9 (Reuters) - Syrian troops advanced on Tuesday. Rebels retreated.",
            "BEIRUT, Feb. 9 (Reuters) - Syrian troops advanced on Tuesday. | Rebels retreated.",
        ),
        // 46. Hard-wrapped paragraphs are joined again.
        (
            "Turkish officials said on\nMonday that the border would\nstay closed to refugees. Aid groups\nprotested the decision.",
            "Turkish officials said on\nMonday that the border would\nstay closed to refugees. | Aid groups\nprotested the decision.",
        ),
        // 47. A line break after an abbreviation and before a capital ends the sentence.
        (
            "The statement was signed by Rep. Ana Cruz, D-Calif.\nCongress returns next week.",
            "The statement was signed by Rep. Ana Cruz, D-Calif. | Congress returns next week.",
        ),
        // 48. Curly apostrophes, non-breaking spaces and dashes.
        (
            "Russia\u{2019}s envoy met Iran\u{2019}s\u{00A0}minister \u{2013} briefly. The U.S.\u{00A0}envoy did not.",
            "Russia\u{2019}s envoy met Iran\u{2019}s\u{00A0}minister \u{2013} briefly. | The U.S.\u{00A0}envoy did not.",
        ),
        // 49. Wiki headings and bullets inside a line.
        (
            "Troops left the city. == Reactions == The UN welcomed the move. == Related news == * * *",
            "Troops left the city. | The UN welcomed the move.",
        ),
        // 50. Numbers at the start of a sentence.
        (
            "Casualties rose sharply. 2015 was the deadliest year. 37 soldiers died in May.",
            "Casualties rose sharply. | 2015 was the deadliest year. | 37 soldiers died in May.",
        ),
        // 51. A caption line after prose.
        (
            "The talks ended without a deal.\nForeign Minister Sergei Ivanov in Geneva",
            "The talks ended without a deal. | Foreign Minister Sergei Ivanov in Geneva",
        ),
        // 52. Abbreviation at the very start is never a sentence alone.
        (
            "U.S. Officials Say Deal Is Close. Negotiators met again.",
            "U.S. Officials Say Deal Is Close. | Negotiators met again.",
        ),
        // 53. Blank lines with spaces and CRLF or CR line ends.
        (
            "The strike hit a school.\r\n \u{00A0}\r\nSeven children died.\r\n",
            "The strike hit a school. | Seven children died.",
        ),
        (
            "Talks stall in Geneva\r\rThe talks stalled.\rEnvoys left.",
            "Talks stall in Geneva | The talks stalled. | Envoys left.",
        ),
        // 55. A URL with periods inside a sentence.
        (
            "The group posted the video on www.example.org. The ministry called it fake.",
            "The group posted the video on www.example.org. | The ministry called it fake.",
        ),
        // 56. More titles.
        (
            "Prof. Lena Berg and Adm. Tom Hale met Mrs. Ana Ruiz. Capt. Ruiz was absent.",
            "Prof. Lena Berg and Adm. Tom Hale met Mrs. Ana Ruiz. | Capt. Ruiz was absent.",
        ),
        // 57. A title-case headline: no split after an abbreviation inside it.
        (
            "Russia Blames U.S. For Attack On Convoy\n\nMoscow said the strike was deliberate.",
            "Russia Blames U.S. For Attack On Convoy | Moscow said the strike was deliberate.",
        ),
        // 58. An acronym before a capitalised name inside a sentence.
        (
            "The D.C. Police Department said two officers were hurt. Both are stable.",
            "The D.C. Police Department said two officers were hurt. | Both are stable.",
        ),
        // 59. Mixed final punctuation.
        (
            "They bombed a hospital?! The ministry denied it.",
            "They bombed a hospital?! | The ministry denied it.",
        ),
        // 60. Inline wiki bullets.
        (
            "The letter was signed by: *Rep. Jane Doe *Rep. John Roe",
            "The letter was signed by: | Rep. Jane Doe | Rep. John Roe",
        ),
        // 61. A time before a weekday stays; before a capitalised word it ends the sentence.
        (
            "Polls close at 8 p.m. Sunday. Results are due at 11 p.m. Officials expect a runoff.",
            "Polls close at 8 p.m. Sunday. | Results are due at 11 p.m. | Officials expect a runoff.",
        ),
        // 62. World War I at the end of a sentence.
        (
            "The treaty dates from World War I. It was never ratified.",
            "The treaty dates from World War I. | It was never ratified.",
        ),
    ];

    #[test]
    fn segmentation_cases() {
        let mut failures = Vec::new();
        for (i, (text, expected)) in CASES.iter().enumerate() {
            let got = split(text).join(" | ");
            if got != *expected {
                failures.push(format!(
                    "case {}:\n  text:     {text:?}\n  expected: {expected:?}\n  got:      {got:?}",
                    i + 1
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed:\n{}",
            failures.len(),
            CASES.len(),
            failures.join("\n")
        );
        assert!(CASES.len() >= 40);
    }

    #[test]
    fn furniture_keeps_spans() {
        let text = "Share\n\nRussia bombed Aleppo.\n\nAdvertisement\n\nTurkey protested.";
        let s = sentences(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].start, text.find("Russia").unwrap());
        assert_eq!(s[1].start, text.find("Turkey").unwrap());
        assert_eq!(s[1].end, text.len());
    }

    #[test]
    fn tokens_lie_inside_their_sentence() {
        let text = "\u{201C}We\u{2019}re ready,\u{201D} said Gen. Ali. Russia\u{2019}s army didn\u{2019}t move.";
        let s = sentences(text);
        assert_eq!(s.len(), 2);
        for sent in &s {
            for t in &sent.tokens {
                assert!(sent.start <= t.start && t.end <= sent.end);
            }
        }
        let lowers: Vec<&str> = s[1].tokens.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(lowers, ["russia", "'s", "army", "did", "n't", "move", "."]);
    }

    #[test]
    fn tail_heading_line_ends_the_article() {
        let text = "Troops withdrew.\n\n== Sources ==\n\nSome agency. \"Troops leave\" - Feb 2005.";
        assert_eq!(split(text), ["Troops withdrew."]);
    }

    #[test]
    fn wrapped_lines_do_not_split_after_an_initial() {
        let text = "The plan was first floated by George W.\nBush in his second term, aides\nsaid on Monday, and it was\nlater dropped by his successor.";
        assert_eq!(split(text), [text]);
    }

    #[test]
    fn overlong_sentences_are_cut() {
        let text = format!("{}end.", "word, word and word ".repeat(200));
        let s = sentences(&text);
        assert!(s.len() >= 3);
        assert!(s.iter().all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
        // Cut after a comma, not in the middle of nowhere.
        assert!(s[0].text(&text).ends_with(','));
        assert_eq!(s.last().map(|s| s.end), Some(text.len()));
    }

    #[test]
    fn empty_and_blank_texts() {
        assert!(sentences("").is_empty());
        assert!(sentences("\n\n \u{00A0}\n").is_empty());
        assert!(sentences("* * *\n---\n").is_empty());
    }
}
