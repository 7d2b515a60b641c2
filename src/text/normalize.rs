//! Character normalisation that never moves a byte: each character of the original text maps to
//! a plain form used for matching, while spans keep pointing at the original bytes.
//!
//! Nothing here rewrites an article. [`fold_char`] and [`fold`] give the form a token is matched
//! by (its `lower` field); the classifiers ([`is_space`], [`is_ignorable`], [`is_extend`],
//! [`is_apostrophe`], ...) let the tokenizer and the sentence splitter treat typographic variants
//! (curly quotes, dashes, no-break spaces) like their plain forms.

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

/// The plain form of a whole string (a token's text), lower-cased when `lower` is set. The
/// ellipsis character becomes `...`; zero-width characters are dropped.
///
/// ```
/// use actorgraph::text::normalize::fold;
/// assert_eq!(fold("Russia\u{2019}s", true), "russia's");
/// assert_eq!(fold("U.S.\u{2013}backed", false), "U.S.-backed");
/// assert_eq!(fold("pro\u{00AD}Iranian", true), "proiranian");
/// assert_eq!(fold("\u{2026}", true), "...");
/// ```
pub fn fold(s: &str, lower: bool) -> String {
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
        let c = fold_char(c).unwrap_or(c);
        if lower {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
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

/// ASCII bytes a word is made of: letters, digits, underscore.
pub(crate) static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'_';
        i += 1;
    }
    t
};

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
