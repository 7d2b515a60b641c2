use crate::date::Date;

/// One news article: the unit that triples point back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Stable id: given in the input, or the file path (and line for JSON Lines).
    pub id: String,
    /// The text as read; every span in the output indexes these bytes.
    pub text: String,
    pub date: Option<Date>,
    pub title: Option<String>,
    pub source: Option<String>,
}

impl Article {
    /// An article with an id and a text and nothing else.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            date: None,
            title: None,
            source: None,
        }
    }

    /// The same article with a date.
    pub fn with_date(mut self, date: Date) -> Article {
        self.date = Some(date);
        self
    }
}
