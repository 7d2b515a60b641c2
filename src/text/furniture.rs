//! Page furniture: lines a scraper keeps that are not prose ("Share", "Advertisement",
//! "Click here to subscribe", "Read more: ..."). They are left out of sentences, and since the
//! text is never rewritten, no span moves.

/// Whether a whole line (trimmed) is page furniture.
///
/// ```
/// use actorgraph::text::furniture::is_furniture;
/// assert!(is_furniture("Advertisement"));
/// assert!(is_furniture("Read more: Syria talks stall"));
/// assert!(!is_furniture("Share prices fell sharply in Moscow on Monday."));
/// ```
pub fn is_furniture(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    let lower = crate::text::normalize::fold(line, true);
    let lower = lower.trim_end_matches(['.', ':', '!', ' ']);
    const WHOLE: &[&str] = &[
        "share",
        "share this",
        "share this article",
        "advertisement",
        "advertising",
        "sponsored",
        "sponsored content",
        "comments",
        "print",
        "email",
        "tweet",
        "related",
        "related articles",
        "related stories",
        "related coverage",
        "more",
        "read more",
        "see also",
        "watch",
        "video",
        "subscribe",
        "sign up",
        "skip to content",
        "skip to main content",
        "back to top",
        "menu",
        "close",
        "loading",
        "story continues below advertisement",
        "continue reading",
        "scroll to continue with content",
        "share on facebook",
        "share on twitter",
        "top stories",
    ];
    const STARTS: &[&str] = &[
        "click here",
        "read more:",
        "read more -",
        "read more about",
        "read also:",
        "also read:",
        "see also:",
        "related:",
        "watch:",
        "sign up for",
        "subscribe to",
        "follow us on",
        "follow @",
        "copyright ",
        "(c) ",
        "© ",
        "all rights reserved",
        "photo:",
        "image:",
        "image caption",
        "media caption",
        "getty images",
        "listen to this article",
    ];
    if WHOLE.contains(&lower) {
        return true;
    }
    let full = crate::text::normalize::fold(line, true);
    STARTS.iter().any(|p| full.starts_with(p))
}
