//! Character normalisation that never moves a byte: each character of the original text maps to
//! a plain form used for matching, while spans keep pointing at the original bytes.
//!
//! Nothing here rewrites an article. [`fold_char`] and [`fold`] give the form a token is matched
//! by (its `lower` field); [`fold_plain`] also drops accents, for accent-blind matching. The
//! classifiers ([`is_space`], [`is_ignorable`], [`is_extend`], [`is_apostrophe`], ...) let the
//! tokenizer and the sentence splitter treat typographic variants (curly quotes, dashes,
//! no-break spaces) like their plain forms.

/// The plain form of a character for matching: curly quotes to straight, dashes to `-`, the
/// various spaces to ` `; `None` for characters that stay as they are.
///
/// ```
/// use actorgraph::text::normalize::fold_char;
/// assert_eq!(fold_char('\u{2019}'), Some('\''));
/// assert_eq!(fold_char('\u{201C}'), Some('"'));
/// assert_eq!(fold_char('\u{2013}'), Some('-'));
/// assert_eq!(fold_char('\u{00A0}'), Some(' '));
/// assert_eq!(fold_char('a'), None);
/// ```
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return (c == '`').then_some('\'');
    }
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}'
        | '\u{02BC}' | '\u{FF07}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' | '\u{FF02}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => ' ',
        _ => return None,
    })
}

/// Characters with no width that carry nothing for matching: zero-width space, soft hyphen,
/// word joiner, byte-order mark, direction marks. [`fold`] drops them; the tokenizer skips them.
#[inline]
pub fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Base letters of U+00C0.. (one ASCII letter each, `.` where there is none), from
/// the Unicode canonical decompositions.
const LATIN_BASE_00C0: &str = concat!(
    "AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.y",
    "AaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiI...JjKk.LlLlLl.",
    "...NnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZz.",
    "................................Oo.............Uu...............",
    ".............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa....",
    "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............",
    "................",
);

/// Base letters of U+1E00.. (one ASCII letter each, `.` where there is none), from
/// the Unicode canonical decompositions.
const LATIN_BASE_1E00: &str = concat!(
    "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm",
    "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv",
    "WwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe",
    "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......",
);

/// The letters of a Latin letter without its diacritics (`\u{e9}` -> `e`, `\u{11f}` -> `g`,
/// `\u{df}` -> `ss`, `\u{141}` -> `L`), or `None` for any other character.
///
/// ```
/// use actorgraph::text::normalize::plain_latin;
/// assert_eq!(plain_latin('\u{e1}'), Some(('a', None)));
/// assert_eq!(plain_latin('\u{df}'), Some(('s', Some('s'))));
/// assert_eq!(plain_latin('a'), None);
/// ```
pub fn plain_latin(c: char) -> Option<(char, Option<char>)> {
    let cp = c as u32;
    let special = match c {
        '\u{C6}' => ('A', Some('E')),
        '\u{E6}' => ('a', Some('e')),
        '\u{152}' => ('O', Some('E')),
        '\u{153}' => ('o', Some('e')),
        '\u{DE}' => ('T', Some('h')),
        '\u{FE}' => ('t', Some('h')),
        '\u{DF}' => ('s', Some('s')),
        '\u{132}' => ('I', Some('J')),
        '\u{133}' => ('i', Some('j')),
        '\u{D0}' | '\u{110}' => ('D', None),
        '\u{F0}' | '\u{111}' => ('d', None),
        '\u{D8}' => ('O', None),
        '\u{F8}' => ('o', None),
        '\u{126}' => ('H', None),
        '\u{127}' => ('h', None),
        '\u{131}' => ('i', None),
        '\u{138}' => ('k', None),
        '\u{13F}' | '\u{141}' => ('L', None),
        '\u{140}' | '\u{142}' => ('l', None),
        '\u{149}' => ('n', None),
        '\u{14A}' => ('N', None),
        '\u{14B}' => ('n', None),
        '\u{166}' => ('T', None),
        '\u{167}' => ('t', None),
        '\u{17F}' => ('s', None),
        _ => {
            let b = match cp {
                0xC0..=0x24F => LATIN_BASE_00C0.as_bytes()[(cp - 0xC0) as usize],
                0x1E00..=0x1EFF => LATIN_BASE_1E00.as_bytes()[(cp - 0x1E00) as usize],
                _ => return None,
            };
            return (b != b'.').then_some((b as char, None));
        }
    };
    Some(special)
}

/// Combining marks that are diacritics (accents, Arabic and Hebrew vowel points): [`fold`]
/// drops them, so that a decomposed `e\u{301}` matches `e`.
#[inline]
pub fn is_diacritic_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F
        | 0x0591..=0x05BD
        | 0x05BF | 0x05C1 | 0x05C2 | 0x05C4 | 0x05C5 | 0x05C7
        | 0x064B..=0x065F
        | 0x0670
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x20D0..=0x20FF
        | 0xFE20..=0xFE2F)
}

/// The form of a whole string (a token's text) for matching: typographic quotes, dashes and
/// spaces folded ([`fold_char`]), zero-width characters dropped, the ellipsis spelt `...`;
/// lower-cased when `lower` is set. Letters keep their accents (a dictionary may list `Mal\u{e9}`
/// and not `Male` on purpose); [`fold_plain`] drops them too.
///
/// ```
/// use actorgraph::text::normalize::fold;
/// assert_eq!(fold("Russia\u{2019}s", true), "russia's");
/// assert_eq!(fold("U.S.\u{2013}backed", false), "U.S.-backed");
/// assert_eq!(fold("pro\u{00AD}Iranian", true), "proiranian");
/// assert_eq!(fold("\u{2026}", true), "...");
/// assert_eq!(fold("Ch\u{e1}vez", true), "ch\u{e1}vez");
/// ```
pub fn fold(s: &str, lower: bool) -> String {
    fold_with(s, lower, false)
}

/// As [`fold`], and Latin letters without diacritics ([`plain_latin`]), diacritic marks
/// dropped: accent-blind matching, as the evaluation compares names.
///
/// ```
/// use actorgraph::text::normalize::fold_plain;
/// assert_eq!(fold_plain("Ch\u{e1}vez", true), "chavez");
/// assert_eq!(fold_plain("Erdo\u{11f}an\u{2019}s", false), "Erdogan's");
/// ```
pub fn fold_plain(s: &str, lower: bool) -> String {
    fold_with(s, lower, true)
}

fn fold_with(s: &str, lower: bool, plain: bool) -> String {
    // ASCII fast path (usually the whole token).
    if !s.bytes().any(|b| b >= 0x80 || b == b'`') {
        let mut out = s.to_owned();
        if lower {
            out.make_ascii_lowercase();
        }
        return out;
    }
    let ascii = s
        .bytes()
        .position(|b| b >= 0x80 || b == b'`')
        .unwrap_or(s.len());
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..ascii]);
    if lower {
        out.make_ascii_lowercase();
    }
    for c in s[ascii..].chars() {
        if is_ignorable(c) {
            continue;
        }
        if c == '\u{2026}' {
            out.push_str("...");
            continue;
        }
        if plain && is_diacritic_mark(c) {
            continue;
        }
        if let Some((a, b)) = plain.then(|| plain_latin(c)).flatten() {
            for x in std::iter::once(a).chain(b) {
                out.push(if lower { x.to_ascii_lowercase() } else { x });
            }
            continue;
        }
        let c = fold_char(c).unwrap_or(c);
        if lower {
            out.extend(
                c.to_lowercase()
                    .filter(|&l| !plain || !is_diacritic_mark(l)),
            );
        } else {
            out.push(c);
        }
    }
    if out.is_empty() {
        // Nothing but marks (a stray combining accent): keep them rather than nothing.
        return if lower {
            s.to_lowercase()
        } else {
            s.to_string()
        };
    }
    out
}

/// Whether `c` is a space of any kind, the non-breaking ones included.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || fold_char(c) == Some(' ')
}

/// Characters that extend the one before them rather than starting anything: combining marks
/// (the common blocks), zero-width joiners, variation selectors, emoji skin-tone modifiers and
/// tag characters. A word keeps them; a symbol token takes them along.
#[inline]
pub fn is_extend(c: char) -> bool {
    if (c as u32) < 0x300 {
        return false;
    }
    matches!(c as u32,
        0x0300..=0x036F
        | 0x0483..=0x0489
        | 0x0591..=0x05BD
        | 0x05BF | 0x05C1 | 0x05C2 | 0x05C4 | 0x05C5 | 0x05C7
        | 0x0610..=0x061A
        | 0x064B..=0x065F
        | 0x0670
        | 0x06D6..=0x06DC
        | 0x06DF..=0x06E4
        | 0x06E7 | 0x06E8
        | 0x06EA..=0x06ED
        | 0x0900..=0x0903
        | 0x093A..=0x094F
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200C | 0x200D
        | 0x20D0..=0x20FF
        | 0x302A..=0x302F
        | 0x3099 | 0x309A
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF
        | 0xE0020..=0xE007F
        | 0xE0100..=0xE01EF)
}

/// A character a word is made of: letters, digits, underscore. The modifier letter apostrophe
/// (U+02BC, a letter to Unicode) counts as an apostrophe, so that `Kyiv\u{2BC}s` splits.
#[inline]
pub fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || c == '_') && c != '\u{02BC}'
}

/// Apostrophes and single quotes of any shape (they fold to `'`).
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || fold_char(c) == Some('\'')
}

/// A hyphen that joins the parts of a compound (`al-Assad`, `U.S.\u{2013}backed`): the hyphen
/// and the en dash family, not the em dash or horizontal bar, which set off a clause.
#[inline]
pub fn is_joining_hyphen(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2212}'
            | '\u{FE63}'
            | '\u{FF0D}'
    )
}

/// Quotes that only open: `“ ‘ « „ ‚ ‹`.
#[inline]
pub fn is_opening_quote(c: char) -> bool {
    matches!(
        c,
        '\u{201C}'
            | '\u{2018}'
            | '\u{00AB}'
            | '\u{201E}'
            | '\u{201A}'
            | '\u{2039}'
            | '\u{201F}'
            | '\u{201B}'
    )
}

/// Quotes that only close: `” ’ » ›`.
#[inline]
pub fn is_closing_quote(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}')
}

/// Quotes of either direction, straight or typographic.
#[inline]
pub fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '`')
        || is_opening_quote(c)
        || is_closing_quote(c)
        || matches!(c, '\u{FF02}' | '\u{FF07}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_typographic_variants() {
        assert_eq!(fold("\u{201C}Peace\u{201D}", false), "\"Peace\"");
        assert_eq!(fold("Assad\u{2019}s", true), "assad's");
        assert_eq!(fold("Assad\u{02BC}s", true), "assad's");
        assert_eq!(fold("1990\u{2013}1995", false), "1990-1995");
        assert_eq!(fold("U.S.\u{00A0}officials", false), "U.S. officials");
        assert_eq!(fold("KREMLIN", true), "kremlin");
        assert_eq!(fold("\u{00C9}LYS\u{00C9}E", true), "\u{00E9}lys\u{00E9}e");
        assert_eq!(fold("a\u{200B}b", false), "ab");
    }

    #[test]
    fn folds_diacritics() {
        for (from, to) in [
            ("Ch\u{e1}vez", "chavez"),
            ("\u{c1}lvaro Uribe", "alvaro uribe"),
            ("Erdo\u{11f}an", "erdogan"),
            ("Davuto\u{11f}lu", "davutoglu"),
            ("\u{130}stanbul", "istanbul"),
            ("D\u{131}yarbak\u{131}r", "diyarbakir"),
            ("Stra\u{df}e", "strasse"),
            ("\u{141}\u{f3}d\u{17a}", "lodz"),
            ("Nguy\u{1ec5}n T\u{1ea5}n D\u{169}ng", "nguyen tan dung"),
            ("Cafe\u{301}", "cafe"),
            ("\u{d8}resund", "oresund"),
            ("\u{152}uvre", "oeuvre"),
            ("Z\u{fc}rich", "zurich"),
            ("Bogot\u{e1}", "bogota"),
            (
                "\u{645}\u{64f}\u{62d}\u{64e}\u{645}\u{651}\u{64e}\u{62f}",
                "\u{645}\u{62d}\u{645}\u{62f}",
            ),
            (
                "\u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{430}",
                "\u{43c}\u{43e}\u{441}\u{43a}\u{432}\u{430}",
            ),
        ] {
            assert_eq!(fold_plain(from, true), to, "{from}");
        }
        assert_eq!(fold_plain("Erdo\u{11f}an", false), "Erdogan");
        assert_eq!(fold("Erdo\u{11f}an", true), "erdo\u{11f}an");
        assert_eq!(fold("Cafe\u{301}", true), "cafe\u{301}");
        assert_eq!(fold_plain("\u{c9}LYS\u{c9}E", false), "ELYSEE");
        assert_eq!(fold_plain("\u{301}", true), "\u{301}");
        assert_eq!(fold_plain("\u{5be}", true), "\u{5be}");
    }

    #[test]
    fn classifies() {
        assert!(is_space('\u{00A0}'));
        assert!(is_space('\u{202F}'));
        assert!(is_space('\n'));
        assert!(!is_space('a'));
        assert!(is_extend('\u{0301}'));
        assert!(is_extend('\u{1F3FD}'));
        assert!(!is_extend('a'));
        assert!(is_joining_hyphen('\u{2013}'));
        assert!(!is_joining_hyphen('\u{2014}'));
        assert!(is_apostrophe('\u{2019}'));
        assert!(is_ignorable('\u{FEFF}'));
        assert!(is_quote('\u{201C}') && is_opening_quote('\u{201C}'));
        assert!(is_closing_quote('\u{201D}'));
    }
}
