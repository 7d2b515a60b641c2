//! Word tokens with byte spans into the original text.
//!
//! A token is one of:
//! - a word: letters and digits, with inner hyphens, apostrophes and periods kept (`al-Assad`,
//!   `U.S.-backed`, `O'Brien`, `pro-Iranian`, `F-16`), the final period of an abbreviation or
//!   initial kept (`Gen.`, `W.`, `U.S.`, `D-N.Y.`), a URL or an e-mail address, a `@handle`;
//! - a number: digits with inner `.`, `,` (thousands), `/`, `:` and `-` (`3.5`, `12,000`, `9/11`);
//! - a clitic split off its word: possessive `'s` (also after a curly apostrophe), `n't`
//!   (`don't` -> `do` + `n't`, `can't` -> `ca` + `n't`), `'re`, `'ve`, `'ll`, `'d`, `'m`;
//! - one punctuation or symbol character, with the combining marks after it; a run of periods
//!   (`...`), of `=` or of `-` is one token.
//!
//! A trailing apostrophe after a plural (`rebels'`) is a punctuation token `'` of its own.
//! Spaces of every kind, control characters and zero-width characters separate tokens and
//! belong to none.

use compact_str::CompactString;

use crate::text::normalize::{
    fold, is_apostrophe, is_closing_quote, is_extend, is_ignorable, is_joining_hyphen,
    is_opening_quote, is_space, is_word_char,
};

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
    /// Folded (straight quotes, plain dashes) and lower-cased text, for matching. Inline (no
    /// allocation) up to 24 bytes, which is nearly every token.
    pub lower: CompactString,
}

impl Token {
    /// The token's text as it stands in the article.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }

    /// Whether the original text starts with an upper-case letter.
    #[inline]
    pub fn is_capitalized(&self, source: &str) -> bool {
        // ASCII fast path: most tokens start with an ASCII byte.
        if let Some(&b) = source.as_bytes().get(self.start)
            && b < 0x80
            && self.start < self.end
        {
            return b.is_ascii_uppercase();
        }
        self.text(source)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    pub fn is_punct(&self) -> bool {
        self.kind == TokenKind::Punct
    }

    /// The kind of abbreviation this token is, when it is a word ending in an absorbed period.
    pub fn abbreviation(&self, source: &str) -> Option<Abbreviation> {
        if self.kind != TokenKind::Word || !self.lower.ends_with('.') {
            return None;
        }
        abbreviation(self.text(source))
    }
}

/// What a word with a final period is, which decides whether that period may also end the
/// sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbreviation {
    /// Comes before a name and never ends a sentence: `Mr.`, `Gen.`, `Rep.`, `Lt.`, `St.`.
    Title,
    /// A single capital letter: `W.` in "George W. Bush".
    Initial,
    /// Dotted letters: `U.S.`, `U.N.`, `D-N.Y.`, `a.m.`.
    Acronym,
    /// Months, weekdays, U.S. states, company suffixes: `Feb.`, `Calif.`, `Inc.`, `Jr.`.
    Short,
    /// `etc.`, `et al.`: ends the sentence when a capitalised word follows.
    Etc,
    /// Before a number only: `No. 2`, `Art. 5`, `p. 12`.
    Numbering,
    /// Never ends a sentence: `vs.`, `v.`, `e.g.`, `i.e.`, `approx.`.
    Never,
}

#[derive(Clone, Copy)]
enum Case {
    /// First letter upper case.
    Cap,
    /// First letter lower case.
    Lower,
    Any,
}

fn lookup(w: &str) -> Option<Abbreviation> {
    use Abbreviation::*;
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 7 || !w.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 7];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    // Matched as bytes: no UTF-8 check of the lower-cased copy.
    let (kind, case) = match &buf[..b.len()] {
        b"mr" | b"mrs" | b"ms" | b"messrs" | b"mme" | b"mlle" | b"dr" | b"prof" | b"gen"
        | b"gens" | b"lt" | b"col" | b"maj" | b"capt" | b"cpt" | b"sgt" | b"cpl" | b"pvt"
        | b"pfc" | b"spc" | b"adm" | b"cmdr" | b"cdr" | b"cmdt" | b"brig" | b"rep" | b"reps"
        | b"sen" | b"sens" | b"gov" | b"govs" | b"pres" | b"amb" | b"rev" | b"fr" | b"hon"
        | b"msgr" | b"supt" | b"insp" | b"det" | b"atty" | b"sec" | b"st" | b"ste" | b"mt"
        | b"ft" | b"rt" | b"sfc" | b"ssgt" | b"msgt" | b"cpo" => (Title, Case::Cap),
        b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept"
        | b"oct" | b"nov" | b"dec" | b"mon" | b"tue" | b"tues" | b"wed" | b"thu" | b"thur"
        | b"thurs" | b"fri" | b"ala" | b"ariz" | b"ark" | b"calif" | b"colo" | b"conn" | b"del"
        | b"fla" | b"ga" | b"ill" | b"ind" | b"kan" | b"kans" | b"ky" | b"la" | b"md" | b"mass"
        | b"mich" | b"minn" | b"miss" | b"mo" | b"mont" | b"neb" | b"nev" | b"okla" | b"ore"
        | b"pa" | b"penn" | b"tenn" | b"tex" | b"va" | b"vt" | b"wash" | b"wis" | b"wyo"
        | b"inc" | b"ltd" | b"co" | b"corp" | b"cos" | b"bros" | b"plc" | b"jr" | b"sr"
        | b"esq" | b"dept" | b"univ" | b"assn" | b"ave" | b"blvd" | b"rd" => (Short, Case::Cap),
        b"etc" => (Etc, Case::Any),
        b"al" => (Etc, Case::Lower),
        b"no" | b"nos" | b"art" | b"arts" | b"vol" | b"ch" | b"fig" | b"para" | b"op" => {
            (Numbering, Case::Cap)
        }
        b"pp" => (Numbering, Case::Lower),
        b"vs" => (Never, Case::Any),
        b"govt" => (Never, Case::Any),
        b"cf" | b"viz" | b"approx" | b"est" | b"incl" | b"ca" => (Never, Case::Lower),
        _ => return None,
    };
    let upper = b[0].is_ascii_uppercase();
    match case {
        Case::Cap if !upper => None,
        Case::Lower if upper => None,
        _ => Some(kind),
    }
}

/// Whether `part` is dotted letters, each piece one or two letters: `U.S`, `N.Y`, `a.m`, `Ph.D`.
fn is_dotted(part: &str) -> bool {
    part.contains('.')
        && part.split('.').all(|seg| {
            let n = seg.chars().count();
            (1..=2).contains(&n) && seg.chars().all(char::is_alphabetic)
        })
}

/// The kind of abbreviation `word` is (with or without its final period), if any.
///
/// ```
/// use actorgraph::text::tokens::{abbreviation, Abbreviation};
/// assert_eq!(abbreviation("U.S."), Some(Abbreviation::Acronym));
/// assert_eq!(abbreviation("D-N.Y."), Some(Abbreviation::Acronym));
/// assert_eq!(abbreviation("Gen."), Some(Abbreviation::Title));
/// assert_eq!(abbreviation("Lt-Gen."), Some(Abbreviation::Title));
/// assert_eq!(abbreviation("W."), Some(Abbreviation::Initial));
/// assert_eq!(abbreviation("Feb."), Some(Abbreviation::Short));
/// assert_eq!(abbreviation("No."), Some(Abbreviation::Numbering));
/// assert_eq!(abbreviation("said."), None);
/// assert_eq!(abbreviation("ill."), None);
/// ```
pub fn abbreviation(word: &str) -> Option<Abbreviation> {
    let w = word.strip_suffix('.').unwrap_or(word);
    // Plain ASCII letters and digits, two or more (nearly every word asked about, "said" at
    // the end of a sentence): no hyphen, no inner period, not an initial, so only the table
    // can know it; the decoding and scans below are skipped.
    if w.len() >= 2 && w.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return lookup(w);
    }
    let mut chars = w.chars();
    let first = chars.next()?;
    if chars.next().is_none() {
        return match first {
            c if c.is_uppercase() => Some(Abbreviation::Initial),
            'v' => Some(Abbreviation::Never),
            'p' => Some(Abbreviation::Numbering),
            _ => None,
        };
    }
    let last_part = match w.rfind(is_joining_hyphen) {
        Some(i) => &w[i + w[i..].chars().next().map_or(1, char::len_utf8)..],
        None => w,
    };
    if is_dotted(last_part) {
        return Some(match last_part {
            "e.g" | "i.e" => Abbreviation::Never,
            _ => Abbreviation::Acronym,
        });
    }
    lookup(w).or_else(|| (last_part.len() < w.len()).then(|| lookup(last_part))?)
}

/// Whether the period after `word` belongs to it; `rest` is the text after that period.
fn absorbs_period(word: &str, rest: &str) -> bool {
    match abbreviation(word) {
        None => false,
        Some(Abbreviation::Numbering) => rest
            .chars()
            .take(8)
            .find(|c| !is_space(*c))
            .is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
    }
}

/// Splits `text[start..end]` into tokens; offsets are into `text`.
///
/// ```
/// use actorgraph::text::tokenize;
/// let s = "Russia\u{2019}s U.S.-backed allies, al-Assad said.";
/// let toks: Vec<&str> = tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect();
/// assert_eq!(toks, ["Russia", "\u{2019}s", "U.S.-backed", "allies", ",", "al-Assad", "said", "."]);
///
/// let s = "They don't want the rebels' $3.5 billion, we're told.";
/// let toks: Vec<&str> = tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect();
/// assert_eq!(toks, ["They", "do", "n't", "want", "the", "rebels", "'", "$", "3.5", "billion",
///                   ",", "we", "'re", "told", "."]);
/// ```
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let s = &text[start..end];
    // News runs at about one token per five bytes.
    let mut out: Vec<Token> = Vec::with_capacity(s.len() / 4 + 4);
    let bytes = s.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        let b = bytes[pos];
        let c = if b < 0x80 {
            // ASCII fast path: spaces and controls, then words.
            if b <= b' ' || b == 0x7F {
                pos += 1;
                continue;
            }
            if WORD_CASE[b as usize] != 0 {
                pos = word_at(text, start, s, pos, b as char, &mut out);
                continue;
            }
            b as char
        } else {
            let Some(c) = s[pos..].chars().next() else {
                break;
            };
            if is_space(c) || c.is_control() || is_ignorable(c) {
                pos += c.len_utf8();
                continue;
            }
            if is_word_char(c) {
                pos = word_at(text, start, s, pos, c, &mut out);
                continue;
            }
            c
        };
        pos = symbol_at(text, start, s, pos, c, &mut out);
    }
    out
}

/// Pushes the word (or URL) starting with `c` at `pos` and returns the position after it.
#[inline]
fn word_at(text: &str, base: usize, s: &str, pos: usize, c: char, out: &mut Vec<Token>) -> usize {
    if matches!(c, 'h' | 'H' | 'w' | 'W' | 'f' | 'F')
        && let Some(e) = url_end(s, pos)
    {
        push(out, text, base + pos, base + e, TokenKind::Word);
        return e;
    }
    if c.is_ascii() {
        // The common case: a run of ASCII letters and digits that nothing after it can go on
        // (a space, most punctuation), pushed as is. Anything else is left to `scan_word`.
        let bytes = s.as_bytes();
        // The first letter apart: a capital there only (most capitals) is lowered alone.
        let first = WORD_CASE[c as usize];
        let (end, rest) = ascii_run(bytes, pos + 1);
        let case = first | rest;
        if bytes.get(end).is_none_or(|&b| ends_word(b, bytes[end - 1]))
            || full_stop_after(s, pos, end)
        {
            let kind = if case == DIGIT {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            let capitals = if rest & UPPER != 0 {
                Capitals::Any
            } else if first == UPPER {
                Capitals::First
            } else {
                Capitals::None
            };
            push_plain(out, &s[pos..end], base + pos, kind, capitals);
            // The space after the word (the usual case) is stepped over here already.
            return if bytes.get(end) == Some(&b' ') {
                end + 1
            } else {
                end
            };
        }
    }
    scan_word(text, base, s, pos, c, out)
}

/// Whether the byte at `end`, after the plain run `s[pos..end]`, is a period that ends the
/// word there, as `scan_word` would find it: no word character comes after the period and the
/// run is no abbreviation that keeps it ("said." at the end of a sentence, the usual case).
/// The word is then pushed by the run path, without a second scan in `scan_word`. Out of line:
/// it is the rare case, and inlined it costs the run loop its registers.
#[inline(never)]
fn full_stop_after(s: &str, pos: usize, end: usize) -> bool {
    let bytes = s.as_bytes();
    bytes.get(end) == Some(&b'.')
        && bytes
            .get(end + 1)
            .is_none_or(|&b| b < 0x80 && WORD_CASE[b as usize] == 0)
        && !absorbs_period(&s[pos..end], &s[end + 1..])
}

/// The end of the run of ASCII letters, digits and underscores at `p`, and the union of their
/// [`WORD_CASE`] bits.
#[inline(always)]
fn ascii_run(bytes: &[u8], p: usize) -> (usize, u8) {
    let rest = &bytes[p..];
    // The byte that ends the run adds no bit (its class is 0), so it is or-ed in unchecked.
    let mut case = 0;
    let n = rest
        .iter()
        .position(|&x| {
            let k = WORD_CASE[x as usize];
            case |= k;
            k == 0
        })
        .unwrap_or(rest.len());
    (p + n, case)
}

/// Whether the byte `b` after a run of ASCII letters and digits ending in `last` ends the word
/// whatever follows: `scan_word` would stop there without looking further. A period, hyphen,
/// apostrophe or `@` may go on (`U.S.`, `al-Assad`, `O'Brien`, an e-mail address), so may `,`,
/// `/` and `:` after a digit (`12,000`, `9/11`, `4:30`) and `&` after a capital (`AT&T`), and
/// so may anything not ASCII.
#[inline]
fn ends_word(b: u8, last: u8) -> bool {
    match b {
        b'.' | b'-' | b'\'' | b'`' | b'@' | 0x80.. => false,
        b',' | b'/' | b':' => !last.is_ascii_digit(),
        b'&' => !last.is_ascii_uppercase(),
        _ => true,
    }
}

/// Pushes the token starting with `c` at `pos`, which is neither a space nor a word character
/// (punctuation, a symbol, a possessive `'s`, a handle), and returns the position after it.
fn symbol_at(text: &str, base: usize, s: &str, pos: usize, c: char, out: &mut Vec<Token>) -> usize {
    let after = pos + c.len_utf8();
    // A possessive 's right after a word or number, or one space after it (the remains of
    // a stripped wiki link: "Iran 's").
    if matches!(s.as_bytes().get(after), Some(b's' | b'S'))
        && is_apostrophe(c)
        && out.last().is_some_and(|t| {
            (t.end == base + pos || (t.end + 1 == base + pos && text.as_bytes()[t.end] == b' '))
                && matches!(t.kind, TokenKind::Word | TokenKind::Number)
        })
        && s[after + 1..]
            .chars()
            .next()
            .is_none_or(|d| !is_word_char(d) && !is_extend(d))
    {
        push(out, text, base + pos, base + after + 1, TokenKind::Word);
        return after + 1;
    }
    // A handle: @Reuters.
    if c == '@' && s[after..].chars().next().is_some_and(is_word_char) {
        return scan_word(text, base, s, pos, c, out);
    }
    let mut e = after;
    if matches!(c, '.' | '=' | '-') {
        while s.as_bytes().get(e) == Some(&(c as u8)) {
            e += 1;
        }
    }
    // Combining marks, skin tones and zero-width-joined symbols stay with the symbol. None of
    // them is ASCII: an ASCII byte next (nearly always) ends the token without decoding.
    let plain = c.is_ascii() && c != '`';
    if plain && s.as_bytes().get(e).is_none_or(u8::is_ascii) {
        push_plain(
            out,
            &s[pos..e],
            base + pos,
            TokenKind::Punct,
            Capitals::None,
        );
        return e;
    }
    while let Some(d) = s[e..].chars().next() {
        if !is_extend(d) {
            break;
        }
        e += d.len_utf8();
        if d == '\u{200D}'
            && let Some(f) = s[e..].chars().next()
            && !is_space(f)
            && !is_word_char(f)
            && !f.is_control()
            && !is_ignorable(f)
        {
            e += f.len_utf8();
        }
    }
    push(out, text, base + pos, base + e, TokenKind::Punct);
    e
}

/// Pushes the token `text[start..end]`, its `lower` made by [`fold`].
fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize, kind: TokenKind) {
    let s = &text[start..end];
    // Plain ASCII (nearly every token): lower-cased in place, with no allocation; the same
    // as `fold(s, true)`, whose fast path it is.
    if s.bytes().all(|b| b < 0x80 && b != b'`') {
        push_plain(out, s, start, kind, Capitals::Any);
        return;
    }
    out.push(Token {
        start,
        end,
        kind,
        lower: CompactString::from(fold(s, true)),
    });
}

/// Where a plain ASCII token may have capitals, which tells [`push_plain`] what to lower-case.
#[derive(Clone, Copy)]
enum Capitals {
    /// None at all (most tokens): nothing to lower-case.
    None,
    /// The first letter only ("Minister"): lower-cased alone.
    First,
    /// Possibly anywhere.
    Any,
}

/// Pushes the token `word` at `start`, known to be plain ASCII without a backtick, so that
/// `fold(word, true)` is `word` lower-cased; `capitals` says which bytes may need it.
#[inline(always)]
fn push_plain(out: &mut Vec<Token>, word: &str, start: usize, kind: TokenKind, capitals: Capitals) {
    let mut lower = CompactString::new(word);
    match capitals {
        Capitals::None => {}
        Capitals::First => lower.as_mut_str()[..1].make_ascii_lowercase(),
        Capitals::Any => lower.make_ascii_lowercase(),
    }
    out.push(Token {
        start,
        end: start + word.len(),
        kind,
        lower,
    });
}

/// The bytes of ASCII words by class: 0 for a byte that is no word character, else [`LOWER`],
/// [`UPPER`] or [`DIGIT`] (`_` counts as lower case; the ASCII bytes of [`is_word_char`]). A run
/// loop learns from it in one look-up per byte where the word ends, whether it needs
/// lower-casing and whether it is a number.
static WORD_CASE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_lowercase() || b == b'_' {
            LOWER
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Classes of [`WORD_CASE`].
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;

/// Scans one word starting with `first` at `begin` (in `s`, which starts at `base` in `text`),
/// pushes it (and a clitic split off it), and returns the position after it.
fn scan_word(
    text: &str,
    base: usize,
    s: &str,
    begin: usize,
    first: char,
    out: &mut Vec<Token>,
) -> usize {
    // Characters in the current piece (since the last inner '.', hyphen or apostrophe).
    let mut seg_len: usize = 0;
    let mut seg_upper = false;
    let mut prev = first;
    // Whether every character looked at so far is ASCII other than the backtick (then the
    // word's `lower` needs no folding), and the [`UPPER`] bit if one is an upper-case letter.
    let mut plain = true;
    let mut case = 0;
    let mut p = begin;
    if !first.is_ascii() {
        p += first.len_utf8();
        seg_len = usize::from(is_word_char(first));
        seg_upper = first.is_uppercase();
        plain = false;
    } else if first == '@' {
        p += 1;
    }
    // An ASCII first letter or digit is left to the run loop, which reads it the same way.
    let bytes = s.as_bytes();
    while p < bytes.len() {
        let b = bytes[p];
        if WORD_CASE[b as usize] != 0 {
            // ASCII fast path: the whole run of letters and digits at once.
            let run = p;
            let (end, k) = ascii_run(bytes, p);
            p = end;
            case |= k;
            if seg_len == 0 {
                seg_upper = b.is_ascii_uppercase();
            }
            seg_len += p - run;
            prev = bytes[p - 1] as char;
            continue;
        }
        if b == b' ' || b == b'\n' {
            break;
        }
        let Some(d) = s[p..].chars().next() else {
            break;
        };
        plain &= d.is_ascii() && d != '`';
        let dl = d.len_utf8();
        if is_word_char(d) {
            if seg_len == 0 {
                seg_upper = d.is_uppercase();
            }
            seg_len += 1;
            prev = d;
            p += dl;
            continue;
        }
        if is_extend(d) || matches!(d, '\u{00AD}' | '\u{2060}') {
            // Combining marks, a soft hyphen or a word joiner inside the word.
            p += dl;
            continue;
        }
        let after = p + dl;
        let next = s[after..].chars().next();
        let next_word = next.is_some_and(is_word_char);
        if is_joining_hyphen(d) {
            if next_word {
                p = after;
                seg_len = 0;
                prev = d;
                continue;
            }
            break;
        }
        if d == '.' {
            if let Some(n) = next.filter(|_| next_word) {
                let join = (prev.is_numeric() && n.is_numeric())
                    || (!n.is_uppercase() && !n.is_numeric())
                    || (seg_len <= 2 && seg_upper && prev.is_alphabetic());
                if join {
                    p = after;
                    seg_len = 0;
                    prev = d;
                    continue;
                }
                break;
            }
            if !absorbs_period(&s[begin..p], &s[after..]) {
                break;
            }
            p = after;
            // "U.S.-backed": a compound may go on after the abbreviation.
            let mut rest = s[p..].chars();
            if rest.next().is_some_and(is_joining_hyphen) && rest.next().is_some_and(is_word_char) {
                prev = d;
                seg_len = 0;
                continue;
            }
            break;
        }
        if is_apostrophe(d) {
            if !next_word {
                break;
            }
            // Up to three word characters after the apostrophe: a clitic is one or two.
            let mut q = after;
            let mut n_chars = 0;
            while let Some(x) = s[q..].chars().next() {
                if !is_word_char(x) || n_chars == 3 {
                    break;
                }
                q += x.len_utf8();
                n_chars += 1;
            }
            let longer = n_chars == 3
                || s[q..]
                    .chars()
                    .next()
                    .is_some_and(|x| is_word_char(x) || is_extend(x));
            if !longer {
                let mut suf = [0u8; 2];
                let sb = &s.as_bytes()[after..q];
                if sb.len() <= 2 {
                    for (o, i) in suf.iter_mut().zip(sb) {
                        *o = i.to_ascii_lowercase();
                    }
                }
                match &suf[..sb.len().min(2)] {
                    b"s" => break,
                    b"t" if p - begin >= 2 && matches!(s.as_bytes()[p - 1], b'n' | b'N') => {
                        push(out, text, base + begin, base + p - 1, TokenKind::Word);
                        push(out, text, base + p - 1, base + q, TokenKind::Word);
                        return q;
                    }
                    b"re" | b"ve" | b"ll" | b"d" | b"m" => {
                        push(out, text, base + begin, base + p, TokenKind::Word);
                        push(out, text, base + p, base + q, TokenKind::Word);
                        return q;
                    }
                    _ => {}
                }
            }
            p = after;
            seg_len = 0;
            prev = d;
            continue;
        }
        if d == '@'
            && next_word
            && let Some(e) = email_end(s, begin)
        {
            push(out, text, base + begin, base + e, TokenKind::Word);
            return e;
        }
        let join = match d {
            '&' => prev.is_uppercase() && next.is_some_and(char::is_uppercase),
            '/' | ':' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
            ',' => {
                prev.is_ascii_digit() && {
                    let b = &s.as_bytes()[after..];
                    b.len() >= 3
                        && b[..3].iter().all(u8::is_ascii_digit)
                        && b.get(3).is_none_or(|x| !x.is_ascii_digit())
                }
            }
            _ => false,
        };
        if !join {
            break;
        }
        p = after;
        seg_len = 0;
        prev = d;
    }
    let word = &s[begin..p];
    let kind = if word.as_bytes()[0].is_ascii_digit()
        && word
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'/' | b':' | b'-'))
    {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    if plain {
        let capitals = if case & UPPER != 0 {
            Capitals::Any
        } else {
            Capitals::None
        };
        push_plain(out, word, base + begin, kind, capitals);
    } else {
        push(out, text, base + begin, base + p, kind);
    }
    p
}

fn starts_with_ci(b: &[u8], prefix: &[u8]) -> bool {
    b.len() >= prefix.len() && b[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// The end of a URL starting at `pos`, if one starts there (`http://`, `https://`, `ftp://`,
/// `www.`); trailing punctuation and an unbalanced `)` are left out.
fn url_end(s: &str, pos: usize) -> Option<usize> {
    let b = &s.as_bytes()[pos..];
    // Every scheme has `t` or `w` second: most words ("he", "was", "for") are turned away
    // on one byte.
    if !matches!(b.get(1), Some(b't' | b'T' | b'w' | b'W')) {
        return None;
    }
    let scheme = starts_with_ci(b, b"http://")
        || starts_with_ci(b, b"https://")
        || starts_with_ci(b, b"ftp://")
        || (starts_with_ci(b, b"www.") && b.get(4).is_some_and(u8::is_ascii_alphanumeric));
    if !scheme {
        return None;
    }
    let mut end = pos;
    let (mut open, mut close) = (0usize, 0usize);
    for (i, ch) in s[pos..].char_indices() {
        if is_space(ch)
            || ch.is_control()
            || is_ignorable(ch)
            || is_opening_quote(ch)
            || is_closing_quote(ch)
            || matches!(
                ch,
                '<' | '>' | '"' | '[' | ']' | '{' | '}' | '|' | '\\' | '^' | '`'
            )
        {
            break;
        }
        match ch {
            '(' => open += 1,
            ')' => close += 1,
            _ => {}
        }
        end = pos + i + ch.len_utf8();
    }
    while end > pos {
        match s.as_bytes()[end - 1] {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' => end -= 1,
            b')' if close > open => {
                close -= 1;
                end -= 1;
            }
            _ => break,
        }
    }
    (end > pos).then_some(end)
}

/// The end of an e-mail address starting at `pos`, if one starts there.
fn email_end(s: &str, pos: usize) -> Option<usize> {
    let b = &s.as_bytes()[pos..];
    let at = b.iter().take(65).position(|&c| {
        !(c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-'))
    })?;
    if b[at] != b'@' || at == 0 || !b.get(at + 1).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let mut end = at + 1;
    let mut dot = false;
    while end < b.len() && (b[end].is_ascii_alphanumeric() || matches!(b[end], b'.' | b'-')) {
        if b[end] == b'.' && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) {
            dot = true;
        }
        end += 1;
    }
    while matches!(b[end - 1], b'.' | b'-') {
        end -= 1;
    }
    dot.then_some(pos + end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect()
    }

    fn lowers(s: &str) -> Vec<String> {
        tokenize(s, 0, s.len())
            .into_iter()
            .map(|t| t.lower.into_string())
            .collect()
    }

    #[test]
    fn possessives_split_off() {
        assert_eq!(toks("Russia's army"), ["Russia", "'s", "army"]);
        assert_eq!(
            toks("Russia\u{2019}s army"),
            ["Russia", "\u{2019}s", "army"]
        );
        assert_eq!(lowers("Russia\u{2019}s")[1], "'s");
        assert_eq!(
            toks("the rebels' positions"),
            ["the", "rebels", "'", "positions"]
        );
        assert_eq!(
            toks("the rebels\u{2019} positions"),
            ["the", "rebels", "\u{2019}", "positions"]
        );
        assert_eq!(toks("the U.S.'s role"), ["the", "U.S.", "'s", "role"]);
        assert_eq!(toks("the 1990's wars"), ["the", "1990", "'s", "wars"]);
        assert_eq!(toks("ASSAD'S ARMY"), ["ASSAD", "'S", "ARMY"]);
        assert_eq!(toks("it's over"), ["it", "'s", "over"]);
        assert_eq!(
            lowers("Iran 's nuclear plan"),
            ["iran", "'s", "nuclear", "plan"]
        );
        assert_eq!(
            toks("he said 'so what'"),
            ["he", "said", "'", "so", "what", "'"]
        );
        assert_eq!(toks("Kyiv\u{02BC}s army"), ["Kyiv", "\u{02BC}s", "army"]);
    }

    #[test]
    fn contractions() {
        assert_eq!(toks("We don't know"), ["We", "do", "n't", "know"]);
        assert_eq!(
            toks("We don\u{2019}t know"),
            ["We", "do", "n\u{2019}t", "know"]
        );
        assert_eq!(lowers("DON\u{2019}T")[1], "n't");
        assert_eq!(toks("they can't"), ["they", "ca", "n't"]);
        assert_eq!(toks("Moscow won't"), ["Moscow", "wo", "n't"]);
        assert_eq!(toks("we're ready"), ["we", "'re", "ready"]);
        assert_eq!(toks("we\u{2019}re ready"), ["we", "\u{2019}re", "ready"]);
        assert_eq!(
            toks("they've, we'll, I'd, I'm"),
            [
                "they", "'ve", ",", "we", "'ll", ",", "I", "'d", ",", "I", "'m"
            ]
        );
    }

    #[test]
    fn apostrophes_inside_names_stay() {
        assert_eq!(
            toks("O'Brien met Qur'an scholars"),
            ["O'Brien", "met", "Qur'an", "scholars"]
        );
        assert_eq!(
            toks("in Sana'a and Shi'ite areas"),
            ["in", "Sana'a", "and", "Shi'ite", "areas"]
        );
        assert_eq!(toks("D\u{2019}Alema said"), ["D\u{2019}Alema", "said"]);
        assert_eq!(
            toks("Hay'at Tahrir al-Sham took Ma'arrat al-Nu'man"),
            [
                "Hay'at",
                "Tahrir",
                "al-Sham",
                "took",
                "Ma'arrat",
                "al-Nu'man"
            ]
        );
        assert_eq!(
            toks("the Ba\u{2019}ath party in Sa'dah"),
            ["the", "Ba\u{2019}ath", "party", "in", "Sa'dah"]
        );
    }

    #[test]
    fn hyphenated_compounds_stay_whole() {
        assert_eq!(toks("U.S.-backed forces"), ["U.S.-backed", "forces"]);
        assert_eq!(
            toks("U.S.\u{2013}backed forces"),
            ["U.S.\u{2013}backed", "forces"]
        );
        assert_eq!(toks("Bashar al-Assad"), ["Bashar", "al-Assad"]);
        assert_eq!(toks("pro-Iranian militias"), ["pro-Iranian", "militias"]);
        assert_eq!(toks("U.N.-led talks"), ["U.N.-led", "talks"]);
        assert_eq!(toks("an F-16 and Su-24s"), ["an", "F-16", "and", "Su-24s"]);
        assert_eq!(
            toks("the anti-U.S. protests"),
            ["the", "anti-U.S.", "protests"]
        );
        assert_eq!(toks("a cease-fire."), ["a", "cease-fire", "."]);
        // An em dash sets off a clause; a hyphen at the end of a word stays apart.
        assert_eq!(
            toks("Syria\u{2014}the war"),
            ["Syria", "\u{2014}", "the", "war"]
        );
        assert_eq!(toks("pro- and anti-war"), ["pro", "-", "and", "anti-war"]);
        assert_eq!(toks("Syria -- the war"), ["Syria", "--", "the", "war"]);
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            toks("Rep. Eliot Engel, D-N.Y."),
            ["Rep.", "Eliot", "Engel", ",", "D-N.Y."]
        );
        assert_eq!(toks("George W. Bush"), ["George", "W.", "Bush"]);
        assert_eq!(toks("Lt. Col. Smith"), ["Lt.", "Col.", "Smith"]);
        assert_eq!(toks("Maj.-Gen. Smith"), ["Maj.-Gen.", "Smith"]);
        assert_eq!(
            toks("the Rt. Hon. Jane Doe"),
            ["the", "Rt.", "Hon.", "Jane", "Doe"]
        );
        assert_eq!(
            toks("on Feb. 9 at 10 a.m."),
            ["on", "Feb.", "9", "at", "10", "a.m."]
        );
        assert_eq!(toks("the No. 2 official"), ["the", "No.", "2", "official"]);
        assert_eq!(toks("said no. Then"), ["said", "no", ".", "Then"]);
        assert_eq!(toks("He was ill."), ["He", "was", "ill", "."]);
        assert_eq!(toks("It rose 3.5."), ["It", "rose", "3.5", "."]);
        assert_eq!(toks("the U.S.."), ["the", "U.S.", "."]);
        assert_eq!(toks("Kelo v. New London"), ["Kelo", "v.", "New", "London"]);
    }

    #[test]
    fn numbers() {
        let s = "$3.5 billion, 12,000 troops, 9/11, 4:30 p.m., 1,234.56 and 50%";
        assert_eq!(
            toks(s),
            [
                "$", "3.5", "billion", ",", "12,000", "troops", ",", "9/11", ",", "4:30", "p.m.",
                ",", "1,234.56", "and", "50", "%"
            ]
        );
        let t = tokenize(s, 0, s.len());
        assert_eq!(t[1].kind, TokenKind::Number);
        assert_eq!(t[4].kind, TokenKind::Number);
        assert_eq!(toks("in 2004,2005"), ["in", "2004", ",", "2005"]);
        assert_eq!(toks("1,2"), ["1", ",", "2"]);
    }

    #[test]
    fn urls_and_emails() {
        assert_eq!(
            toks("See https://example.org/a?b=1&c=(2)."),
            ["See", "https://example.org/a?b=1&c=(2)", "."]
        );
        assert_eq!(toks("(www.example.com)"), ["(", "www.example.com", ")"]);
        assert_eq!(
            toks("[http://example.org/x text]"),
            ["[", "http://example.org/x", "text", "]"]
        );
        assert_eq!(
            toks("Write to press.office@example.gov.uk."),
            ["Write", "to", "press.office@example.gov.uk", "."]
        );
        assert_eq!(toks("Follow @Reuters now"), ["Follow", "@Reuters", "now"]);
    }

    #[test]
    fn punctuation_runs_and_quotes() {
        assert_eq!(
            toks("wait... what\u{2026}"),
            ["wait", "...", "what", "\u{2026}"]
        );
        assert_eq!(lowers("\u{2026}"), ["..."]);
        assert_eq!(
            toks("\u{201C}Peace\u{201D}"),
            ["\u{201C}", "Peace", "\u{201D}"]
        );
        assert_eq!(toks("== Related news =="), ["==", "Related", "news", "=="]);
        assert_eq!(toks("said.The"), ["said", ".", "The"]);
    }

    #[test]
    fn unicode_and_spaces() {
        // NBSP and thin spaces separate; combining marks stay inside the word.
        assert_eq!(
            toks("U.S.\u{00A0}officials\u{202F}met"),
            ["U.S.", "officials", "met"]
        );
        assert_eq!(
            toks("Cafe\u{0301} Ele\u{0301}man"),
            ["Cafe\u{0301}", "Ele\u{0301}man"]
        );
        assert_eq!(
            toks("\u{0645}\u{064E}\u{0631}"),
            ["\u{0645}\u{064E}\u{0631}"]
        );
        // Emoji with a skin tone or zero-width joiner is one symbol token.
        assert_eq!(
            toks("ok \u{1F44D}\u{1F3FD} yes"),
            ["ok", "\u{1F44D}\u{1F3FD}", "yes"]
        );
        assert_eq!(
            toks("\u{1F468}\u{200D}\u{1F469}"),
            ["\u{1F468}\u{200D}\u{1F469}"]
        );
        assert_eq!(toks("a\u{200B}b \u{FEFF}c"), ["a", "b", "c"]);
        assert_eq!(toks("Dar\u{00AD}fur"), ["Dar\u{00AD}fur"]);
        assert_eq!(lowers("Dar\u{00AD}fur"), ["darfur"]);
    }

    #[test]
    fn offsets_are_absolute() {
        let s = "xx Russia\u{2019}s army yy";
        let t = tokenize(s, 3, s.len() - 3);
        assert_eq!(
            t.iter().map(|t| t.text(s)).collect::<Vec<_>>(),
            ["Russia", "\u{2019}s", "army"]
        );
        assert_eq!(t[0].start, 3);
        assert!(t.iter().all(|t| t.end <= s.len() - 3));
    }
}
