//! Page furniture: lines a scraper keeps that are not prose ("Share", "Advertisement",
//! "Click here to subscribe", "Read more: ...", bylines, time stamps, photo credits). They are
//! left out of sentences, and since the text is never rewritten, no span moves.

use crate::text::calendar;
use crate::text::normalize::{fold, is_ignorable, is_space};

/// Lines longer than this (in bytes) are never furniture: furniture is short.
const MAX_LEN: usize = 300;

/// Whole lines (folded, lower case, without trailing `.:!|>` and spaces).
const WHOLE: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share this story",
    "share article",
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "promoted",
    "recommended",
    "most read",
    "most popular",
    "trending",
    "trending now",
    "you may also like",
    "more on this story",
    "more from",
    "related topics",
    "topics",
    "tags",
    "newsletter",
    "comments",
    "comment",
    "print",
    "email",
    "e-mail",
    "tweet",
    "related",
    "related articles",
    "related stories",
    "related coverage",
    "related content",
    "related news",
    "more",
    "read more",
    "see also",
    "watch",
    "video",
    "audio",
    "gallery",
    "photo",
    "photos",
    "image",
    "subscribe",
    "sign up",
    "log in",
    "skip to content",
    "skip to main content",
    "back to top",
    "top of page",
    "menu",
    "close",
    "loading",
    "story continues below",
    "story continues below advertisement",
    "continue reading",
    "continue reading the main story",
    "scroll to continue with content",
    "top stories",
    "reuters",
    "ap",
    "afp",
    "epa",
    "associated press",
    "the associated press",
    "getty images",
    "afp/getty images",
    "afp via getty images",
    "media playback is unsupported on your device",
    "this video can not be played",
    "this video cannot be played",
    "please enable javascript",
];

/// Line beginnings (folded, lower case).
const STARTS: &[&str] = &[
    "click here",
    "click to ",
    "tap here",
    "read more:",
    "read more -",
    "read more about",
    "read more at",
    "read more on",
    "read also:",
    "also read:",
    "see also:",
    "related:",
    "related story:",
    "related article:",
    "watch:",
    "watch live",
    "watch video",
    "listen:",
    "sign up for",
    "sign up to",
    "subscribe to",
    "subscribe now",
    "follow us",
    "follow @",
    "copyright ",
    "copyright\u{a9}",
    "(c) ",
    "\u{a9}",
    "all rights reserved",
    "photo:",
    "photograph:",
    "picture:",
    "image:",
    "image caption",
    "image copyright",
    "image source",
    "media caption",
    "caption:",
    "getty images",
    "(ap photo",
    "ap photo/",
    "(reuters photo",
    "listen to this article",
    "this material may not be published",
    "(reporting by",
    "reporting by ",
    "(additional reporting",
    "additional reporting by",
    "(writing by",
    "writing by ",
    "(editing by",
    "editing by ",
    "(compiled by",
    "our standards:",
    "download the ",
    "get the app",
    "enter your email",
    "we use cookies",
    "last updated",
    "first published",
    "updated:",
    "published:",
    "posted:",
    "advertisement -",
    "advertisement:",
    "file photo",
    "reuters/",
    "(reuters/",
    "afp/",
    "ap/",
    "epa/",
    "epa-efe/",
    "anadolu agency/",
    "sana/",
    "handout/",
];

/// Line endings (folded, lower case, trailing punctuation removed).
const ENDS: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed reporting",
    "all rights reserved",
];

/// Words a share bar is made of.
const SHARE_WORDS: &[&str] = &[
    "share",
    "this",
    "article",
    "story",
    "page",
    "on",
    "via",
    "facebook",
    "twitter",
    "x",
    "email",
    "e-mail",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
    "messenger",
    "telegram",
    "print",
    "tweet",
    "copy",
    "link",
    "save",
    "comment",
    "comments",
    "flipboard",
    "sms",
    "|",
    "/",
    "-",
];

/// Words a time stamp is made of, besides numbers and the names of [`calendar`].
const DATE_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "et",
    "est",
    "edt",
    "pt",
    "pst",
    "pdt",
    "updated",
    "published",
    "posted",
    "last",
    "on",
    "at",
    "hours",
    "hour",
    "ago",
    "minutes",
    "min",
    "read",
];

/// Words a byline may have besides capitalised names.
const BYLINE_WORDS: &[&str] = &[
    "and",
    "in",
    "of",
    "the",
    "for",
    "de",
    "da",
    "al",
    "el",
    "van",
    "von",
    "staff",
    "writer",
    "writers",
    "correspondent",
    "reporter",
    "reporters",
    "editor",
    "news",
    "agencies",
];

/// Whether a whole line (trimmed) is page furniture.
///
/// ```
/// use actorgraph::text::furniture::is_furniture;
/// assert!(is_furniture("Advertisement"));
/// assert!(is_furniture("ADVERTISEMENT"));
/// assert!(is_furniture("Read more: Syria talks stall"));
/// assert!(is_furniture("Share on Facebook | Share on Twitter"));
/// assert!(is_furniture("By Jane Doe and John Roe"));
/// assert!(is_furniture("9 February 2016, 16:47 GMT"));
/// assert!(!is_furniture("Share prices fell sharply in Moscow on Monday."));
/// assert!(!is_furniture(""));
/// ```
pub fn is_furniture(line: &str) -> bool {
    let line = line.trim_matches(|c: char| is_space(c) || is_ignorable(c) || c.is_control());
    if line.is_empty() || line.len() > MAX_LEN {
        return false;
    }
    if !line.chars().any(char::is_alphanumeric) {
        // "* * *", "----", "|": separators.
        return true;
    }
    let full = fold(line, true);
    let core = full
        .trim_end_matches(|c: char| {
            matches!(c, '.' | ':' | '!' | '|' | '>' | '-' | '\u{bb}') || c.is_whitespace()
        })
        .trim_start_matches(|c: char| matches!(c, '|' | '>' | '-' | '*') || c.is_whitespace());
    if WHOLE.contains(&core) {
        return true;
    }
    if STARTS.iter().any(|p| full.starts_with(p)) {
        return true;
    }
    if ENDS.iter().any(|p| core.ends_with(p)) {
        return true;
    }
    // "Follow Jane Doe on Twitter at @janedoe".
    if full.starts_with("follow ")
        && line.len() <= 120
        && ["twitter", "facebook", "instagram", "telegram", "@"]
            .iter()
            .any(|w| full.contains(w))
    {
        return true;
    }
    let words: Vec<&str> = core
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '\u{2022}' | '\u{b7}'))
        .filter(|w| !w.is_empty())
        .collect();
    // A share bar: "Share on Facebook Share on Twitter Email".
    if words.iter().all(|w| SHARE_WORDS.contains(w))
        && words.iter().any(|w| {
            matches!(
                *w,
                "share" | "tweet" | "print" | "email" | "facebook" | "twitter"
            )
        })
    {
        return true;
    }
    // A time stamp: "Updated 9 February 2016, 16:47 GMT", "Feb 9, 2016 11:02 a.m. ET".
    if line.len() <= 80
        && line.bytes().any(|b| b.is_ascii_digit())
        && words.iter().all(|w| {
            let w = w.trim_end_matches(['.', ':', ';']);
            w.is_empty()
                || w.bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'/' | b'-'))
                || DATE_WORDS.contains(&w)
                || calendar::is_calendar_stem(w)
                || w.strip_suffix("am")
                    .or_else(|| w.strip_suffix("pm"))
                    .is_some_and(|n| {
                        !n.is_empty()
                            && n.bytes()
                                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.'))
                    })
                || w.strip_suffix("th")
                    .or_else(|| w.strip_suffix("st"))
                    .or_else(|| w.strip_suffix("nd"))
                    .or_else(|| w.strip_suffix("rd"))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
    {
        return true;
    }
    is_byline(line, &words)
}

/// "By Jane Doe", "By JANE DOE and JOHN ROE, Staff Writers": short, no final period, every word
/// capitalised or a byline word.
fn is_byline(line: &str, words: &[&str]) -> bool {
    if words.first() != Some(&"by") || words.len() < 2 || words.len() > 9 {
        return false;
    }
    if line.ends_with(['.', '!', '?']) && !line.ends_with(" Jr.") {
        return false;
    }
    line.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .skip(1)
        .all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || BYLINE_WORDS.contains(&fold(w, true).as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::is_furniture;

    #[test]
    fn furniture_lines() {
        for line in [
            "Share",
            "  Share\u{a0}",
            "Share this article",
            "SHARE",
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Click here to subscribe to our newsletter.",
            "Read more: Kremlin says talks are over",
            "Read More",
            "Related:",
            "* * *",
            "-----",
            "|",
            "Image caption Displaced families near the border",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Additional reporting by Jane Doe in Beirut",
            "Associated Press writer Jane Doe in Beirut contributed to this report.",
            "Copyright 2016 The Associated Press. All rights reserved.",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "Share on Facebook Share on Twitter Share via Email",
            "Facebook | Twitter | Email | Print",
            "By JANE DOE, Associated Press",
            "By Jane Doe and John Roe",
            "Published: 9 February 2016",
            "Updated 16:47 GMT, 9 February 2016",
            "Feb 9, 2016 11:02 a.m. ET",
            "Tuesday 9 February 2016 16.47 GMT",
            "5 hours ago",
            "Follow us on Twitter",
            "Getty Images",
            "(AP Photo/Jane Doe)",
            "REUTERS/Jane Doe",
            "FILE PHOTO: Russian jets at the Hmeimim base",
            "Follow Jane Doe on Twitter at twitter.com/janedoe",
            "Advertisement - Continue Reading Below",
        ] {
            assert!(is_furniture(line), "{line:?} should be furniture");
        }
    }

    #[test]
    fn prose_and_headlines_are_not_furniture() {
        for line in [
            "",
            "Share prices fell sharply in Moscow on Monday.",
            "Shares in state banks rose after the ceasefire took hold.",
            "Russian jets pound rebel towns north of Aleppo",
            "Kerry: Russia making Syrian peace \u{2018}difficult\u{2019}",
            "By the numbers: the cost of the war",
            "By Monday, the rebels had withdrawn from the town.",
            "More than 300 people were killed in the fighting.",
            "Reuters reported that the talks had collapsed.",
            "Print media in the capital were shut down by the junta.",
            "Watch out for a Russian veto, diplomats warned.",
            "Updated figures showed 40 people had died.",
            "On March 1 the truce took effect.",
            "2,000 troops",
            "Follow-up talks are planned for Geneva in March.",
            "Following the attack, Turkey closed the border.",
        ] {
            assert!(!is_furniture(line), "{line:?} should not be furniture");
        }
    }

    #[test]
    fn long_lines_are_never_furniture() {
        let line = format!("Share {}", "word ".repeat(100));
        assert!(!is_furniture(&line));
    }
}
