//! Word tokens with byte spans into the original text.
//!
//! A token is a word (hyphens, apostrophes and inner periods kept: `al-Assad`, `U.S.`, `3.5`),
//! a possessive `'s`, or one punctuation character.

use crate::text::normalize::{fold, fold_char, is_space};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets `[start, end)` into the article text.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Folded (straight quotes, plain dashes) and lower-cased text, for matching.
    pub lower: String,
}

impl Token {
    /// The token's text as it stands in the article.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }

    /// Whether the original text starts with an upper-case letter.
    pub fn is_capitalized(&self, source: &str) -> bool {
        self.text(source)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// Abbreviations whose final period belongs to the word.
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "adm", "cmdr", "brig", "rep", "sen", "gov", "pres", "amb", "sec", "rev", "fr", "st", "mt",
    "ft", "jr", "sr", "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "dept", "univ",
    "est", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "al", "ala",
    "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "va", "vt", "wash", "wis", "wyo", "e.g", "i.e", "a.m", "p.m",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: "W", "U.S", "D-N.Y".
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if w.contains('.') || (letters == 1 && w.chars().all(|c| c.is_uppercase())) {
        return true;
    }
    let lower = w.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Splits `text[range]` into tokens; offsets are into `text`.
///
/// ```
/// use actorgraph::text::tokenize;
/// let s = "Russia\u{2019}s U.S.-backed allies, al-Assad said.";
/// let toks: Vec<&str> = tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect();
/// assert_eq!(toks, ["Russia", "\u{2019}s", "U.S.-backed", "allies", ",", "al-Assad", "said", "."]);
/// ```
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let slice = &text[start..end];
    let mut chars = slice.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if is_space(c) || c.is_control() {
            chars.next();
            continue;
        }
        if !is_word_char(c) {
            chars.next();
            let len = c.len_utf8();
            // Possessive 's / ' after a word.
            let folded = fold_char(c).unwrap_or(c);
            if folded == '\'' && !out.is_empty() && i > 0 {
                let prev_end = start + i;
                let touching = out
                    .last()
                    .is_some_and(|t: &Token| t.end == prev_end && t.kind == TokenKind::Word);
                if touching {
                    if let Some(&(j, 's')) | Some(&(j, 'S')) = chars.peek() {
                        let after = slice[j + 1..].chars().next();
                        if after.is_none_or(|a| !is_word_char(a)) {
                            chars.next();
                            out.push(make(text, start + i, start + j + 1, TokenKind::Word));
                            continue;
                        }
                    }
                }
            }
            out.push(make(text, start + i, start + i + len, TokenKind::Punct));
            continue;
        }
        // A word: letters/digits joined by inner - ' . & / when a word character follows.
        let begin = i;
        let mut last = i + c.len_utf8();
        chars.next();
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                last = j + d.len_utf8();
                chars.next();
                continue;
            }
            let fd = fold_char(d).unwrap_or(d);
            if matches!(fd, '-' | '.' | '&' | '/' | '\'') {
                let next = slice[j + d.len_utf8()..].chars().next();
                // Keep "'s" possessive apart.
                let possessive = fd == '\''
                    && matches!(next, Some('s') | Some('S'))
                    && slice[j + d.len_utf8() + 1..]
                        .chars()
                        .next()
                        .is_none_or(|a| !is_word_char(a));
                if next.is_some_and(is_word_char) && !possessive {
                    chars.next();
                    continue;
                }
                if fd == '.' && is_abbreviation(&slice[begin..j]) {
                    // The period belongs to an abbreviation or initial.
                    last = j + 1;
                    chars.next();
                    continue;
                }
            }
            break;
        }
        let word = &slice[begin..last];
        let kind = if word.chars().next().is_some_and(|c| c.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | '-'))
        {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        out.push(make(text, start + begin, start + last, kind));
    }
    out
}

fn make(text: &str, start: usize, end: usize, kind: TokenKind) -> Token {
    Token {
        start,
        end,
        kind,
        lower: fold(&text[start..end], true),
    }
}
