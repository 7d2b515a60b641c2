//! Actor dictionaries: the line format of `data/actors/FORMAT.md`, parsed with file and line in
//! every error.

use super::model::{Kind, is_code};
use super::recognize::FxBuild;
use crate::date::Date;
use crate::error::{Error, Result};
use std::collections::HashMap;

/// A date-bounded role of a person: `USAGOV 2013-02-01..2017-01-20 Secretary of State`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub code: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub title: String,
}

impl Role {
    /// Whether the role is in force on `date`.
    pub fn holds_on(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t.end_of_period())
    }
}

/// One dictionary line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub code: String,
    pub name: String,
    /// Surface forms, the name included.
    pub aliases: Vec<String>,
    /// Adjectives and demonyms (countries).
    pub adjectives: Vec<String>,
    /// Places that stand for the government (countries).
    pub seats: Vec<String>,
    pub roles: Vec<Role>,
    /// The country a non-country actor belongs to.
    pub country: Option<String>,
    /// `file:line` the entry came from.
    pub origin: String,
    /// Read from a PETRARCH dictionary: any coded actor then takes agents ("Hamas gunmen").
    pub petrarch: bool,
}

impl Entry {
    /// Whether the entry comes from a PETRARCH dictionary.
    pub fn origin_petrarch(&self) -> bool {
        self.petrarch
    }

    /// The code on a date: a person's role in force then, else the entry's own code, else the
    /// last role listed.
    pub fn code_on(&self, date: Option<Date>) -> &str {
        if let Some(d) = date
            && let Some(role) = self.roles.iter().rev().find(|r| r.holds_on(d))
        {
            return &role.code;
        }
        if !self.code.is_empty() {
            return &self.code;
        }
        self.roles.last().map(|r| r.code.as_str()).unwrap_or("")
    }
}

/// Agent words that turn a country into one of its parts: "Russian warplanes" -> `RUSMIL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// Role code appended to the country code (`MIL`).
    pub role: String,
    /// The kind of the combined actor.
    pub kind: Kind,
    /// Whether the role goes before the actor's code (PETRARCH `[NGO~]`) rather than after.
    pub prepend: bool,
    pub words: Vec<String>,
    pub origin: String,
}

/// A set of actor entries and agents.
#[derive(Debug, Clone, Default)]
pub struct Dictionary {
    pub entries: Vec<Entry>,
    pub agents: Vec<Agent>,
}

/// The default dictionaries, compiled in.
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    (
        "data/actors/countries.txt",
        include_str!("../../data/actors/countries.txt"),
    ),
    (
        "data/actors/agents.txt",
        include_str!("../../data/actors/agents.txt"),
    ),
    (
        "data/actors/organisations.txt",
        include_str!("../../data/actors/organisations.txt"),
    ),
    (
        "data/actors/groups.txt",
        include_str!("../../data/actors/groups.txt"),
    ),
    (
        "data/actors/people.txt",
        include_str!("../../data/actors/people.txt"),
    ),
];

/// The items of a `;`-separated list, trimmed, empty ones left out.
fn list_items(s: &str) -> impl Iterator<Item = &str> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty())
}

fn split_list(s: &str) -> Vec<String> {
    list_items(s).map(String::from).collect()
}

/// A line of a data file without its comment: a line starting with `#` is all comment, else
/// a comment starts at the first " #" (the actor dictionaries and the relation lexicon alike).
pub(crate) fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    // The first " #": a search for the byte `#` (most lines have none), then a look at the
    // byte before it.
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(k) = line[from..].find('#') {
        let i = from + k;
        if i > 0 && bytes[i - 1] == b' ' {
            return &line[..i - 1];
        }
        from = i + 1;
    }
    line
}

fn parse_role(s: &str) -> std::result::Result<Role, String> {
    let mut parts = s.split_whitespace();
    let code = parts.next().ok_or("empty role")?;
    if !is_code(code) {
        return Err(format!(
            "role code {code:?} is not a code (capitals, a multiple of three letters)"
        ));
    }
    let range = parts
        .next()
        .ok_or_else(|| format!("role {code}: missing FROM..TO"))?;
    let (from, to) = range
        .split_once("..")
        .ok_or_else(|| format!("role {code}: {range:?} is not FROM..TO"))?;
    let date = |d: &str| -> std::result::Result<Option<Date>, String> {
        if d.is_empty() {
            Ok(None)
        } else {
            Date::parse(d)
                .map(Some)
                .ok_or_else(|| format!("role {code}: bad date {d:?}"))
        }
    };
    let (from, to) = (date(from)?, date(to)?);
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(format!("role {code}: starts after it ends"));
    }
    // The words of the title one space apart, built in place.
    let mut title = String::new();
    for w in parts {
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(w);
    }
    Ok(Role {
        code: code.to_string(),
        from,
        to,
        title,
    })
}

impl Dictionary {
    pub fn new() -> Dictionary {
        Dictionary::default()
    }

    /// The compiled-in default dictionaries.
    pub fn defaults() -> Result<Dictionary> {
        // The files' entries in order, then one `extend`: the same as extending file by file
        // (an entry takes the place of its first copy and the value of its last), with one
        // index of names instead of one a file.
        let mut all = Dictionary::new();
        for (file, text) in DEFAULT_FILES {
            let d = Dictionary::parse(file, text)?;
            all.entries.extend(d.entries);
            all.agents.extend(d.agents);
        }
        let mut dict = Dictionary::new();
        dict.extend(all);
        Ok(dict)
    }

    /// Reads a dictionary file from disk.
    pub fn from_file(path: &std::path::Path) -> Result<Dictionary> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = String::from_utf8(bytes).map_err(|e| Error::Dictionary {
            location: crate::error::Location::new(path.display().to_string(), None),
            message: format!("not UTF-8 text (at byte {})", e.utf8_error().valid_up_to()),
        })?;
        Dictionary::parse(&path.display().to_string(), &text)
    }

    /// Parses the text of one dictionary file; `file` names it in errors.
    ///
    /// ```
    /// use actorgraph::actors::Dictionary;
    /// let d = Dictionary::parse("mine.txt", "rebel | MMRREB | Arakan Army | AA | country: MMR\n").unwrap();
    /// assert_eq!(d.entries[0].aliases, ["Arakan Army", "AA"]);
    /// let err = Dictionary::parse("mine.txt", "\nwarlord | RUS | Y\n").unwrap_err();
    /// assert!(err.to_string().starts_with("mine.txt:2: unknown kind"));
    /// ```
    pub fn parse(file: &str, text: &str) -> Result<Dictionary> {
        let mut dict = Dictionary::new();
        // Alias -> (index of its entry, line): the entry gives the code to compare.
        // Keys borrowed from `text`: an alias is a slice of its line.
        // Sized once for about an alias every 32 bytes (the default files have one every 20
        // to 55 bytes) rather than grown step by step.
        let mut seen: HashMap<&str, (usize, usize), FxBuild> =
            HashMap::with_capacity_and_hasher(text.len() / 32, FxBuild::default());
        // Buffers of slices of `text` used again line after line (no vector per line).
        let mut fields: Vec<&str> = Vec::with_capacity(8);
        let mut alias_strs: Vec<&str> = Vec::with_capacity(8);
        let mut adjective_strs: Vec<&str> = Vec::with_capacity(8);
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            let err = |m: String| Error::dictionary(file, line_no, m);
            fields.clear();
            fields.extend(line.split('|').map(str::trim));
            if fields.len() < 3 {
                return Err(err(format!(
                    "expected `KIND | CODE | NAME | ALIASES ...`, found {} field(s)",
                    fields.len()
                )));
            }
            let (kind_s, code, name) = (fields[0], fields[1], fields[2]);
            if name.is_empty() {
                return Err(err("empty NAME".into()));
            }
            if !code.is_empty() && !is_code(code) {
                return Err(err(format!(
                    "CODE {code:?} is not a code (capitals, a multiple of three letters)"
                )));
            }
            // A fourth field without `:` lists aliases; else the keyed fields start there.
            let alias_field = fields.get(3).filter(|a| !a.contains(':'));
            alias_strs.clear();
            alias_strs.push(name);
            if let Some(a) = alias_field {
                for alias in list_items(a) {
                    if !alias_strs.contains(&alias) {
                        alias_strs.push(alias);
                    }
                }
            }
            adjective_strs.clear();
            // `file:line`, without the `format!` machinery (one per line of the dictionaries).
            let origin = [file, ":", &line_no.to_string()].concat();
            if kind_s == "agent" {
                let kind = Kind::parse(name)
                    .ok_or_else(|| err(format!("agent NAME must be a kind, found {name:?}")))?;
                if code.is_empty() {
                    return Err(err("agent without a role CODE".into()));
                }
                let words = fields.get(3).map(|a| split_list(a)).unwrap_or_default();
                if words.is_empty() {
                    return Err(err("agent without words".into()));
                }
                dict.agents.push(Agent {
                    role: code.to_string(),
                    kind,
                    prepend: false,
                    words,
                    origin,
                });
                continue;
            }
            let kind = Kind::parse(kind_s).ok_or_else(|| {
                err(format!(
                    "unknown kind {kind_s:?} (want country, government, military, rebel, militant, igo, ngo, person, party, group or agent)"
                ))
            })?;
            let mut entry = Entry {
                kind,
                code: code.to_string(),
                name: name.to_string(),
                aliases: alias_strs.iter().map(|a| a.to_string()).collect(),
                adjectives: Vec::new(),
                seats: Vec::new(),
                roles: Vec::new(),
                country: None,
                origin,
                petrarch: false,
            };
            let keyed_start = if alias_field.is_some() { 4 } else { 3 };
            for field in &fields[keyed_start..] {
                if field.is_empty() {
                    continue;
                }
                let (key, value) = field
                    .split_once(':')
                    .ok_or_else(|| err(format!("field {field:?} is not `key: values`")))?;
                match key.trim() {
                    "adj" => {
                        adjective_strs.clear();
                        adjective_strs.extend(list_items(value));
                        entry.adjectives = adjective_strs.iter().map(|a| a.to_string()).collect();
                    }
                    "seat" => entry.seats = split_list(value),
                    "role" => {
                        for r in value.split(';').map(str::trim).filter(|r| !r.is_empty()) {
                            entry.roles.push(parse_role(r).map_err(err)?);
                        }
                    }
                    "country" => {
                        let c = value.trim();
                        if c.len() != 3 || !is_code(c) {
                            return Err(err(format!("country {c:?} is not an ISO alpha-3 code")));
                        }
                        entry.country = Some(c.to_string());
                    }
                    other => {
                        return Err(err(format!(
                            "unknown key {other:?} (want adj, seat, role or country)"
                        )));
                    }
                }
            }
            if entry.code.is_empty() && entry.roles.is_empty() && kind != Kind::Person {
                return Err(err(
                    "empty CODE (only a person with roles may leave it empty)".into(),
                ));
            }
            let code = entry.code_on(None);
            for &alias in alias_strs.iter().chain(&adjective_strs) {
                if let Some(&(other, other_line)) = seen.get(alias) {
                    let other_code = dict.entries[other].code_on(None);
                    if other_code != code && !code.is_empty() {
                        return Err(err(format!(
                            "alias {alias:?} has code {code} here but {other_code} on line {other_line}"
                        )));
                    }
                }
            }
            let index = dict.entries.len();
            for &alias in alias_strs.iter().chain(&adjective_strs) {
                seen.insert(alias, (index, line_no));
            }
            dict.entries.push(entry);
        }
        Ok(dict)
    }

    /// Adds another dictionary's entries; an entry with the same name and kind replaces the old.
    pub fn extend(&mut self, other: Dictionary) {
        // Where each new entry goes, found first with borrowed names (no name copied): the
        // place of the entry it replaces, else the next new place (an entry repeated in
        // `other` goes where its first copy went, and the last copy stays).
        let places: Vec<usize> = {
            let mut index: HashMap<(&str, Kind), usize, FxBuild> = self
                .entries
                .iter()
                .enumerate()
                .map(|(i, e)| ((e.name.as_str(), e.kind), i))
                .collect();
            let mut next = self.entries.len();
            other
                .entries
                .iter()
                .map(|e| {
                    *index.entry((e.name.as_str(), e.kind)).or_insert_with(|| {
                        next += 1;
                        next - 1
                    })
                })
                .collect()
        };
        for (e, place) in other.entries.into_iter().zip(places) {
            if place < self.entries.len() {
                self.entries[place] = e;
            } else {
                self.entries.push(e);
            }
        }
        for a in other.agents {
            self.agents.push(a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_countries_people_and_agents() {
        let text = "# comment\n\
            country | RUS | Russia | Russian Federation | adj: Russian; Russians | seat: Moscow; the Kremlin\n\
            person |  | John Kerry | Kerry | role: USALEG 1985-01-03..2013-02-01 Senator; USAGOV 2013-02-01..2017-01-20 Secretary of State\n\
            agent | MIL | military | military; troops # trailing comment\n";
        let d = Dictionary::parse("t.txt", text).unwrap();
        assert_eq!(d.entries.len(), 2);
        assert_eq!(d.entries[0].seats, ["Moscow", "the Kremlin"]);
        let kerry = &d.entries[1];
        assert_eq!(kerry.code_on(Date::parse("2016-02-09")), "USAGOV");
        assert_eq!(kerry.code_on(Date::parse("2010-01-01")), "USALEG");
        assert_eq!(kerry.code_on(None), "USAGOV");
        assert_eq!(kerry.roles[1].title, "Secretary of State");
        assert_eq!(d.agents[0].words, ["military", "troops"]);
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("country | rus | Russia", "t.txt:1: CODE \"rus\""),
            ("country | RUS", "t.txt:1: expected"),
            (
                "person | | X | | role: USAGOV 2017..2013",
                "starts after it ends",
            ),
            ("person | | X | | role: USAGOV 2017-13-01..", "bad date"),
            (
                "country | RUS | Russia | | capital: Moscow",
                "unknown key \"capital\"",
            ),
            (
                "country | RUS | Russia\ncountry | SYR | Syria | Russia",
                "t.txt:2: alias \"Russia\" has code SYR here but RUS on line 1",
            ),
        ];
        for (text, want) in cases {
            let e = Dictionary::parse("t.txt", text).unwrap_err().to_string();
            assert!(e.contains(want), "{e} does not contain {want}");
        }
    }

    #[test]
    fn later_entries_override() {
        let mut d = Dictionary::parse("a", "rebel | SYRREB | Free Syrian Army | FSA").unwrap();
        d.extend(Dictionary::parse("b", "rebel | SYROPP | Free Syrian Army | FSA").unwrap());
        assert_eq!(d.entries.len(), 1);
        assert_eq!(d.entries[0].code, "SYROPP");
    }

    #[test]
    fn defaults_parse() {
        let d = Dictionary::defaults().unwrap();
        assert!(d.entries.iter().any(|e| e.name == "Russia"));
    }
}
