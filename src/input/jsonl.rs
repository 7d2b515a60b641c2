//! One JSON Lines record to one article.

use super::Article;
use crate::date::Date;

/// The fields a text may come in: `text`, or what scrapers and feeds often call it instead.
const TEXT_FIELDS: &[&str] = &["text", "body", "content", "description"];

fn as_string(v: Option<serde_json::Value>) -> Option<String> {
    match v? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Parses one line. `Ok((article, note))`, where `note` is a repair worth telling (a bad date),
/// or `Err(message)` when the line can't be used.
pub(crate) fn parse_line(
    line: &str,
    default_id: String,
) -> Result<(Article, Option<String>), String> {
    let line = line.trim_end();
    let mut record: serde_json::Map<String, serde_json::Value> = serde_json::from_str(line)
        .map_err(|e| {
            let full = e.to_string();
            let what = full.split(" at line ").next().unwrap_or(&full);
            format!("broken JSON at column {}: {what}", e.column())
        })?;
    let text = match TEXT_FIELDS
        .iter()
        .find_map(|f| record.remove(*f).filter(|v| !v.is_null()))
    {
        Some(serde_json::Value::String(s)) => s,
        None => return Err("missing field `text`".to_string()),
        Some(_) => return Err("field `text` is not a string".to_string()),
    };
    let mut note = None;
    let date = match as_string(record.remove("date")) {
        Some(d) if !d.trim().is_empty() => match Date::parse(&d) {
            Some(date) => Some(date),
            None => {
                note = Some(format!("unreadable date {d:?} ignored"));
                None
            }
        },
        _ => None,
    };
    let id = as_string(record.remove("id"))
        .filter(|s| !s.is_empty())
        .unwrap_or(default_id);
    Ok((
        Article {
            id,
            text,
            date,
            title: as_string(record.remove("title")),
            source: as_string(record.remove("source")),
        },
        note,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_and_defaults() {
        let (a, note) = parse_line(
            r#"{"id": 7, "text": "Hi.", "date": "2005-01-13"}"#,
            "f:1".into(),
        )
        .unwrap();
        assert_eq!(a.id, "7");
        assert_eq!(a.date.unwrap().to_string(), "2005-01-13");
        assert!(note.is_none());
        let (a, _) = parse_line(r#"{"text": "Hi."}"#, "f:3".into()).unwrap();
        assert_eq!(a.id, "f:3");
        let (a, _) = parse_line(r#"{"description": "A feed item."}"#, "f:4".into()).unwrap();
        assert_eq!(a.text, "A feed item.");
    }

    #[test]
    fn names_what_is_wrong() {
        assert!(
            parse_line(r#"{"id": "x"}"#, "f:1".into())
                .unwrap_err()
                .contains("missing field `text`")
        );
        assert!(
            parse_line(r#"{"text": 3}"#, "f:1".into())
                .unwrap_err()
                .contains("not a string")
        );
        assert!(
            parse_line(r#"{"text": "a""#, "f:1".into())
                .unwrap_err()
                .starts_with("broken JSON")
        );
        let (_, note) = parse_line(r#"{"text": "a", "date": "yesterday"}"#, "f:1".into()).unwrap();
        assert!(note.unwrap().contains("yesterday"));
    }
}
