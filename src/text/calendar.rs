//! Month and weekday names, lower case, as the tokeniser gives them: one list that the actor
//! recogniser (never the start of a name), the relation grammar (time words) and the page
//! furniture filter (time stamps) share.
//!
//! ```
//! use actorgraph::text::calendar;
//! assert!(calendar::is_calendar_word("sept."));
//! assert!(!calendar::is_calendar_word("sept"));
//! assert!(calendar::is_calendar_stem("sept"));
//! ```

/// Full month names.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Abbreviated months, with the period the tokeniser keeps on them.
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
];

/// Full weekday names.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Abbreviated weekdays, with their period.
pub const WEEKDAY_ABBREVIATIONS: &[&str] =
    &["mon.", "tue.", "wed.", "thu.", "fri.", "sat.", "sun."];

/// A month or weekday as a lower-case token: a full name, or an abbreviation with its period.
pub fn is_calendar_word(w: &str) -> bool {
    [MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, WEEKDAY_ABBREVIATIONS]
        .iter()
        .any(|list| list.contains(&w))
}

/// A month or weekday with a final period already trimmed: a full name or an abbreviation
/// without its period ("sept", "wed").
pub fn is_calendar_stem(w: &str) -> bool {
    MONTHS.contains(&w)
        || WEEKDAYS.contains(&w)
        || MONTH_ABBREVIATIONS
            .iter()
            .chain(WEEKDAY_ABBREVIATIONS)
            .any(|a| a.strip_suffix('.') == Some(w))
}
