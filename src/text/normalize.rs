//! Character normalisation that never moves a byte: each character of the original text maps to
//! a plain form used for matching, while spans keep pointing at the original bytes.

/// The plain form of a character for matching: curly quotes to straight, dashes to `-`, the
/// various spaces to ` `; `None` for characters that stay as they are.
pub fn fold_char(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}'
        | '\u{0060}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' | '\u{2002}'
        | '\u{2003}' | '\u{3000}' => ' ',
        _ => return None,
    })
}

/// The plain form of a whole string (a token's text), lower-cased when `lower` is set.
///
/// ```
/// use actorgraph::text::normalize::fold;
/// assert_eq!(fold("Russia\u{2019}s", true), "russia's");
/// assert_eq!(fold("U.S.\u{2013}backed", false), "U.S.-backed");
/// ```
pub fn fold(s: &str, lower: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
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
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || fold_char(c) == Some(' ')
}
