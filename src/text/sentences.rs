//! Sentence segmentation for news copy.
//!
//! Blank lines end paragraphs; a line with no final punctuation (a headline) is a sentence of its
//! own; furniture lines are left out. Inside a paragraph a sentence ends at `.`, `!` or `?`
//! (closing quotes and brackets included) followed by space and an upper-case letter, a digit or
//! an opening quote — unless the period ends an abbreviation or an initial.

use crate::text::furniture::is_furniture;
use crate::text::tokens::{Token, TokenKind, tokenize};

/// A run of this many tokens without a sentence end is cut into pieces of this size, so that a
/// page with no punctuation (a scraped table, a 10 MB line) costs linear time downstream.
pub const MAX_SENTENCE_TOKENS: usize = 200;

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

/// Lines of the text as byte ranges, without their line breaks.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let start = pos;
        let end = match memchr::memchr(b'\n', &text.as_bytes()[pos..]) {
            Some(i) => pos + i,
            None => text.len(),
        };
        pos = end + 1;
        Some((start, end))
    })
}

fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(['"', '\'', ')', ']', '\u{201D}', '\u{2019}', ' ', '\r', '\t']);
    t.ends_with(['.', '!', '?', ':', ';', '\u{2026}'])
}

/// Splits an article into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    // Group lines into paragraphs; a furniture line or blank line closes the paragraph,
    // and a line without closing punctuation closes it too (headline, list item).
    let mut para: Option<(usize, usize)> = None;
    for (ls, le) in lines(text) {
        let line = &text[ls..le];
        let blank = line.trim().is_empty();
        if blank || is_furniture(line) {
            if let Some((s, e)) = para.take() {
                split_paragraph(text, s, e, &mut out);
            }
            continue;
        }
        para = Some(match para {
            Some((s, _)) => (s, le),
            None => (ls, le),
        });
        if !ends_sentence(line) {
            let (s, e) = para.take().unwrap_or((ls, le));
            split_paragraph(text, s, e, &mut out);
        }
    }
    if let Some((s, e)) = para {
        split_paragraph(text, s, e, &mut out);
    }
    out
}

fn split_paragraph(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let tokens = tokenize(text, start, end);
    let mut current: Vec<Token> = Vec::new();
    let n = tokens.len();
    let mut i = 0;
    let mut iter = tokens.into_iter().peekable();
    while let Some(tok) = iter.next() {
        i += 1;
        let is_end = tok.kind == TokenKind::Punct
            && matches!(tok.lower.as_str(), "." | "!" | "?" | "\u{2026}");
        current.push(tok);
        if current.len() >= MAX_SENTENCE_TOKENS {
            flush(&mut current, out);
            continue;
        }
        if is_end {
            // Take closing quotes and brackets along.
            while let Some(next) = iter.peek() {
                if next.kind == TokenKind::Punct
                    && matches!(next.lower.as_str(), "\"" | "'" | ")" | "]")
                {
                    current.push(iter.next().unwrap());
                    i += 1;
                } else {
                    break;
                }
            }
            let boundary = match iter.peek() {
                None => true,
                Some(next) => {
                    let t = next.text(text);
                    let c = t.chars().next().unwrap_or(' ');
                    c.is_uppercase()
                        || c.is_ascii_digit()
                        || matches!(next.lower.as_str(), "\"" | "'" | "(" | "-")
                }
            };
            if boundary && i <= n {
                flush(&mut current, out);
            }
        }
    }
    flush(&mut current, out);
}

fn flush(current: &mut Vec<Token>, out: &mut Vec<Sentence>) {
    if current.is_empty() {
        return;
    }
    let tokens = std::mem::take(current);
    out.push(Sentence {
        start: tokens[0].start,
        end: tokens[tokens.len() - 1].end,
        tokens,
    });
}
