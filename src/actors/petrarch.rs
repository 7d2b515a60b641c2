//! Reading PETRARCH / Phoenix / TABARI actor and agent dictionaries, so that users can bring the
//! field's large dictionaries (`--petrarch-actors FILE`, `--petrarch-agents FILE`).
//!
//! Actors file: a record is a primary phrase with an optional `[CODE]`, then synonym lines
//! starting with `+`, then indented date restrictions `[CODE <YYYYMMDD]`, `[CODE >YYYYMMDD]`,
//! `[CODE YYYYMMDD-YYYYMMDD]` (six-digit `YYMMDD` dates too). Words are joined by spaces or `_`;
//! comments are `#`, `;` (legacy) and `<!-- ... -->` (possibly over several lines). The first
//! date restriction that holds wins; the primary code is the default. A null code (`---`) makes
//! the phrase known but never an actor.
//!
//! Agents file: `PHRASE {PLURALS} [~CODE]` (code appended to the actor's) or `[CODE~]`
//! (prepended); regular plurals are generated unless `{}` is given; `!MARK! = A, B` defines a
//! substitution set used as `!MARK!_OF_X`.
//!
//! ```
//! use actorgraph::actors::petrarch;
//! let d = petrarch::parse_actors("a.txt", "GONDOR [GON]\n+MINAS_TIRITH\n\nSAM_GAMGEE [HOB]\n\t[HOBGOV 20121109-20130119]\n").unwrap();
//! assert_eq!(d.entries[0].aliases, ["Gondor", "Minas Tirith"]);
//! let when = actorgraph::date::Date::parse("2013-01-01");
//! assert_eq!(d.entries[1].code_on(when), "HOBGOV");
//! ```

use super::dictionary::{Agent, Dictionary, Entry, Role};
use super::model::Kind;
use crate::date::Date;
use crate::error::{Error, Result};
use std::collections::HashMap;

/// Removes `<!-- ... -->` comments (over lines too), keeping line breaks so line numbers hold.
fn strip_xml_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        // `<!--` and the sloppy `<! --` both open a comment.
        let open = rest.find("<!");
        match open {
            None => {
                out.push_str(rest);
                return out;
            }
            Some(i) => {
                out.push_str(&rest[..i]);
                let after = &rest[i..];
                let close = after.find("-->").map(|j| j + 3).unwrap_or(after.len());
                out.extend(after[..close].chars().filter(|&c| c == '\n'));
                rest = &after[close..];
            }
        }
    }
}

/// A line without its `#` or `;` comment.
fn strip_line_comment(line: &str) -> &str {
    let cut = line.find(['#', ';']).unwrap_or(line.len());
    &line[..cut]
}

/// The words of a phrase: `_` and spaces both separate; a final `_` (exact match in TABARI) is
/// dropped.
fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

const SMALL_WORDS: &[&str] = &[
    "of", "the", "and", "for", "de", "del", "da", "al", "el", "la", "le", "bin", "ibn", "von",
    "van", "in", "on", "to",
];

/// An upper-case dictionary word as an alias under our case rule: short words and dotted
/// acronyms keep their capitals (`UN`, `U.S.`), function words go lower case, other words need
/// only a capital initial (`GONDOR` -> `Gondor`, matching "Gondor" and "GONDOR" but not
/// "gondor").
fn alias_word(w: &str) -> String {
    let lower = w.to_lowercase();
    if SMALL_WORDS.contains(&lower.as_str()) {
        return lower;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if w.contains('.') || letters <= 2 {
        return w.to_string();
    }
    if w.chars().any(|c| c.is_lowercase()) {
        // Mixed case in the file: the author meant it.
        return w.to_string();
    }
    // Capitalise after hyphens too: AL-QAEDA -> al-Qaeda keeps "Qaeda" capitalised.
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for part in lower.split_inclusive('-') {
        let word = part.trim_end_matches('-');
        if start && !SMALL_WORDS.contains(&word) {
            let mut cs = part.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else {
            out.push_str(part);
        }
        start = true;
    }
    out
}

fn alias_of(words: &[String]) -> String {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let a = alias_word(w);
            // The first word of a name keeps a capital even when it is "the".
            if i == 0 && SMALL_WORDS.contains(&a.as_str()) && words.len() > 1 {
                let mut cs = a.chars();
                match cs.next() {
                    Some(c) => c.to_uppercase().collect::<String>() + cs.as_str(),
                    None => a,
                }
            } else {
                a
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A PETRARCH code cleaned: upper case, the first of `A/B` alternatives; `None` for a null code
/// (`---`, `+++`, empty).
fn clean_code(code: &str) -> Option<String> {
    let first = code.split('/').next().unwrap_or("").trim();
    if first.is_empty() || !first.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(first.to_ascii_uppercase())
}

/// The kind a PETRARCH code suggests.
pub fn kind_of_code(code: &str) -> Kind {
    if code.len() == 3 {
        return match code {
            "IGO" | "IMF" | "UNO" | "IBR" | "EEC" => Kind::Igo,
            "NGO" | "NGM" => Kind::Ngo,
            _ => Kind::Country,
        };
    }
    if code.starts_with("IGO") {
        return Kind::Igo;
    }
    if code.starts_with("NGO") || code.starts_with("NGM") {
        return Kind::Ngo;
    }
    if code.starts_with("IMG") {
        return Kind::Militant;
    }
    let role = |r: &str| {
        (3..code.len())
            .step_by(3)
            .any(|i| code.get(i..i + 3) == Some(r))
    };
    if role("REB") || role("INS") {
        Kind::Rebel
    } else if role("MIL") || role("COP") {
        Kind::Military
    } else if role("GOV") || role("LEG") || role("JUD") || role("SPY") {
        Kind::Government
    } else if role("PTY") {
        Kind::Party
    } else {
        Kind::Group
    }
}

/// `YYYYMMDD` or `YYMMDD` (years up to 30 are 20YY, the rest 19YY).
fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match s.len() {
        8 => Date::parse(s),
        6 => {
            let yy: u16 = s[0..2].parse().ok()?;
            let year = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            Date::parse(&format!("{year}{}", &s[2..]))
        }
        _ => None,
    }
}

/// One `[...]` block: the code and the restriction, if any.
fn parse_block(inner: &str) -> std::result::Result<(Option<String>, Option<Role>), String> {
    let mut parts = inner.split_whitespace();
    let code_s = parts.next().unwrap_or("");
    let restriction: String = parts.collect();
    let code = clean_code(code_s);
    if restriction.is_empty() {
        return Ok((code, None));
    }
    let bad = || format!("bad date restriction {restriction:?} (want <DATE, >DATE or DATE-DATE)");
    let (from, to) = if let Some(d) = restriction.strip_prefix('<') {
        (None, Some(parse_date(d).ok_or_else(bad)?))
    } else if let Some(d) = restriction.strip_prefix('>') {
        (Some(parse_date(d).ok_or_else(bad)?), None)
    } else if let Some((a, b)) = restriction.split_once('-') {
        (
            Some(parse_date(a).ok_or_else(bad)?),
            Some(parse_date(b).ok_or_else(bad)?),
        )
    } else {
        return Err(bad());
    };
    Ok((
        None,
        Some(Role {
            code: code.unwrap_or_default(),
            from,
            to,
            title: String::new(),
        }),
    ))
}

/// The `[...]` blocks of a line and the text before the first one.
fn split_blocks(line: &str) -> std::result::Result<(&str, Vec<&str>), String> {
    let head_end = line.find('[').unwrap_or(line.len());
    let mut blocks = Vec::new();
    let mut rest = &line[head_end..];
    while let Some(i) = rest.find('[') {
        let j = rest[i..]
            .find(']')
            .ok_or_else(|| format!("unclosed `[` in {:?}", line.trim()))?;
        blocks.push(&rest[i + 1..i + j]);
        rest = &rest[i + j + 1..];
    }
    Ok((&line[..head_end], blocks))
}

struct Record {
    line: usize,
    phrases: Vec<Vec<String>>,
    code: Option<String>,
    null: bool,
    roles: Vec<Role>,
}

impl Record {
    fn into_entry(self, file: &str) -> Option<Entry> {
        let first = self.phrases.first()?;
        let name = alias_of(first);
        let mut aliases: Vec<String> = Vec::new();
        for p in &self.phrases {
            let a = alias_of(p);
            if !a.is_empty() && !aliases.contains(&a) {
                aliases.push(a);
            }
        }
        let code = if self.null {
            String::new()
        } else {
            self.code.clone().unwrap_or_default()
        };
        let sample = if code.is_empty() {
            self.roles
                .first()
                .map(|r| r.code.clone())
                .unwrap_or_default()
        } else {
            code.clone()
        };
        let kind = if sample.is_empty() {
            Kind::Unknown
        } else {
            kind_of_code(&sample)
        };
        // PETRARCH: the first restriction that holds wins; `Entry::code_on` takes the last.
        let mut roles = self.roles;
        roles.reverse();
        Some(Entry {
            kind,
            code,
            name,
            aliases,
            adjectives: Vec::new(),
            seats: Vec::new(),
            roles,
            country: None,
            origin: format!("{file}:{}", self.line),
            petrarch: true,
        })
    }
}

/// Parses a PETRARCH actors dictionary.
pub fn parse_actors(file: &str, text: &str) -> Result<Dictionary> {
    let text = strip_xml_comments(text);
    let mut dict = Dictionary::new();
    let mut current: Option<Record> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let err = |m: String| Error::dictionary(file, line_no, m);
        let line = strip_line_comment(raw);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let (head, blocks) = split_blocks(trimmed).map_err(err)?;
        let head = head.trim();
        if let Some(syn) = head.strip_prefix('+') {
            let rec = current
                .as_mut()
                .ok_or_else(|| err("synonym `+` before any actor".into()))?;
            let words = phrase_words(syn);
            if !words.is_empty() {
                rec.phrases.push(words);
            }
        } else if !head.is_empty() {
            if let Some(rec) = current.take()
                && let Some(e) = rec.into_entry(file)
            {
                dict.entries.push(e);
            }
            current = Some(Record {
                line: line_no,
                phrases: vec![phrase_words(head)],
                code: None,
                null: false,
                roles: Vec::new(),
            });
        }
        for b in blocks {
            let rec = current
                .as_mut()
                .ok_or_else(|| err("code block before any actor".into()))?;
            let (code, role) = parse_block(b).map_err(err)?;
            match role {
                Some(r) => {
                    if !r.code.is_empty() {
                        rec.roles.push(r);
                    }
                }
                None => match code {
                    Some(c) if rec.code.is_none() => rec.code = Some(c),
                    Some(_) => {}
                    None if b.trim().is_empty() => {}
                    None if rec.code.is_none() => rec.null = true,
                    None => {}
                },
            }
        }
    }
    if let Some(rec) = current.take()
        && let Some(e) = rec.into_entry(file)
    {
        dict.entries.push(e);
    }
    Ok(dict)
}

/// Regular plural of the last word: S, Y -> IES, SS -> ES.
fn plural(words: &[String]) -> Vec<String> {
    let mut w = words.to_vec();
    if let Some(last) = w.last_mut() {
        let l = last.to_lowercase();
        if l.ends_with("ss") {
            last.push_str("es");
        } else if l.ends_with('y') && !l.ends_with("ay") && !l.ends_with("ey") && !l.ends_with("oy")
        {
            last.pop();
            last.push_str("ies");
        } else {
            last.push('s');
        }
    }
    w
}

/// The kind an agent role code suggests.
fn agent_kind(role: &str) -> Kind {
    match role.get(0..3).unwrap_or("") {
        "GOV" | "LEG" | "JUD" | "SPY" | "ELI" => Kind::Government,
        "MIL" | "COP" => Kind::Military,
        "REB" | "INS" => Kind::Rebel,
        "PTY" => Kind::Party,
        "NGO" | "NGM" => Kind::Ngo,
        "IGO" => Kind::Igo,
        _ => Kind::Group,
    }
}

/// Parses a PETRARCH agents dictionary.
pub fn parse_agents(file: &str, text: &str) -> Result<Dictionary> {
    let text = strip_xml_comments(text);
    let mut dict = Dictionary::new();
    let mut marks: HashMap<String, Vec<String>> = HashMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let err = |m: String| Error::dictionary(file, line_no, m);
        let line = strip_line_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        // `!PERSON! = MAN, MEN`
        if line.starts_with('!')
            && let Some((mark, list)) = line.split_once('=')
        {
            let items = list
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            marks.insert(mark.trim().to_string(), items);
            continue;
        }
        let (head, blocks) = split_blocks(line).map_err(err)?;
        let code_block = blocks
            .first()
            .ok_or_else(|| err(format!("agent {:?} without a [~CODE]", head.trim())))?;
        let code = code_block.trim().replace(' ', "");
        let (role, prepend) = if let Some(c) = code.strip_prefix('~') {
            (c.to_string(), false)
        } else if let Some(c) = code.strip_suffix('~') {
            (c.to_string(), true)
        } else {
            return Err(err(format!("agent code {code:?} has no `~`")));
        };
        let role = role.to_ascii_uppercase();
        if role.is_empty() || !role.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(err(format!("agent code {code:?} is not a code")));
        }
        // The phrase and the optional {plurals}.
        let (phrase, plurals) = match head.find('{') {
            Some(b) => {
                let close = head[b..]
                    .find('}')
                    .ok_or_else(|| err("unclosed `{`".into()))?;
                (&head[..b], Some(&head[b + 1..b + close]))
            }
            None => (head, None),
        };
        let phrase = phrase.trim();
        // Substitution markers expand without plurals.
        let mut forms: Vec<Vec<String>> = Vec::new();
        if let Some(start) = phrase.find('!')
            && let Some(len) = phrase[start + 1..].find('!')
        {
            let mark = &phrase[start..start + len + 2];
            let items = marks
                .get(mark)
                .ok_or_else(|| err(format!("substitution {mark} used before it is defined")))?;
            for it in items {
                let expanded = phrase.replacen(mark, it, 1);
                forms.push(phrase_words(&expanded));
            }
        } else {
            let words = phrase_words(phrase);
            if words.is_empty() {
                return Err(err("agent without a phrase".into()));
            }
            match plurals {
                Some(p) => {
                    for pl in p.split([',', ' ']).filter(|s| !s.is_empty()) {
                        forms.push(phrase_words(pl));
                    }
                }
                None if !phrase.ends_with('_') => forms.push(plural(&words)),
                None => {}
            }
            forms.insert(0, words);
        }
        let words: Vec<String> = forms
            .iter()
            .map(|f| f.join(" ").to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        dict.agents.push(Agent {
            kind: agent_kind(&role),
            role,
            prepend,
            words,
            origin: format!("{file}:{line_no}"),
        });
    }
    Ok(dict)
}

/// Reads a PETRARCH actors file from disk.
pub fn actors_from_file(path: &std::path::Path) -> Result<Dictionary> {
    let text = read(path)?;
    parse_actors(&path.display().to_string(), &text)
}

/// Reads a PETRARCH agents file from disk.
pub fn agents_from_file(path: &std::path::Path) -> Result<Dictionary> {
    let text = read(path)?;
    parse_agents(&path.display().to_string(), &text)
}

fn read(path: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    // Old dictionaries are often Latin-1: keep what is valid, replace the rest.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTORS: &str = "<!-- header\n# inside -->\nARNOR_  [ARN]\nAUSTRALIA [AUS]\n+AUSTRALIAN\n\
        ENT  \n\t[ENT]\nPALESTINIAN [pse]\nBOROMIR  [---]\nLORIEN  [ELR/GAL]\n\
        GOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n#\t[bad]\n\t[HOBREB > 990816]\n\
        <! -- sloppy comment -->\nSAM_GAMGEE [HOB]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n\
        UNITED_NATIONS  [IGOUNO] ; legacy comment\n+U.N.\n+UN_\nAL-QAEDA [IMGMOSALQ]\nTHE_HERMIT_KINGDOM [PRK]\n";

    fn d(s: &str) -> Option<Date> {
        Date::parse(s)
    }

    #[test]
    fn reads_records_synonyms_and_comments() {
        let dict = parse_actors("a.txt", ACTORS).unwrap();
        let names: Vec<&str> = dict.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Arnor",
                "Australia",
                "Ent",
                "Palestinian",
                "Boromir",
                "Lorien",
                "Gollum",
                "Sam Gamgee",
                "United Nations",
                "al-Qaeda",
                "The Hermit Kingdom"
            ]
        );
        assert_eq!(dict.entries[1].aliases, ["Australia", "Australian"]);
        assert_eq!(dict.entries[2].code, "ENT");
        assert_eq!(dict.entries[3].code, "PSE");
        assert_eq!(dict.entries[4].code, "");
        assert_eq!(dict.entries[5].code, "ELR");
        assert_eq!(dict.entries[8].aliases, ["United Nations", "U.N.", "UN"]);
        assert_eq!(dict.entries[8].kind, Kind::Igo);
        assert_eq!(dict.entries[0].kind, Kind::Country);
        assert_eq!(dict.entries[0].origin, "a.txt:3");
    }

    #[test]
    fn date_restrictions() {
        let dict = parse_actors("a.txt", ACTORS).unwrap();
        let gollum = &dict.entries[6];
        assert_eq!(gollum.aliases, ["Gollum", "Smeagol"]);
        assert_eq!(gollum.code_on(d("1990-01-01")), "HOB");
        assert_eq!(gollum.code_on(d("1995-06-01")), "HOB");
        assert_eq!(gollum.code_on(d("1997-01-01")), "HOBGOV");
        assert_eq!(gollum.code_on(d("2001-01-01")), "HOBREB");
        let sam = &dict.entries[7];
        // The first restriction that holds wins, as in PETRARCH.
        assert_eq!(sam.code_on(d("2010-01-10")), "ORCHOB");
        assert_eq!(sam.code_on(d("2011-01-10")), "HOBMIL");
        assert_eq!(sam.code_on(d("2015-01-10")), "HOB");
        assert_eq!(sam.code_on(None), "HOB");
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse_actors("a.txt", "X [AAA]\n\t[BBB 2001-99]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("a.txt:2: bad date restriction"), "{e}");
        let e = parse_actors("a.txt", "+SYN\n").unwrap_err().to_string();
        assert!(e.starts_with("a.txt:1: synonym"), "{e}");
        let e = parse_agents("g.txt", "\nMINISTER [GOV]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("g.txt:2: agent code"), "{e}");
    }

    #[test]
    fn reads_agents() {
        let text = "!MINST! = MINISTER, MINISTRY\n\
            PARLIAMENTARY_OPPOSITION {} [~OPP] #jap\n\
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n\
            !MINST!_OF_SILLY_WALKS [~GOV]\n\
            HUMAN_RIGHTS_BODY  [NGO~]\n\
            POLICE {} [ ~COP]\n\
            AUTHORITY  [~GOV]\n";
        let d = parse_agents("g.txt", text).unwrap();
        assert_eq!(d.agents[0].words, ["parliamentary opposition"]);
        assert_eq!(d.agents[1].words, ["attorney general", "attorneys general"]);
        assert_eq!(
            d.agents[2].words,
            ["minister of silly walks", "ministry of silly walks"]
        );
        assert!(d.agents[3].prepend);
        assert_eq!(d.agents[3].role, "NGO");
        assert_eq!(d.agents[4].role, "COP");
        assert_eq!(d.agents[4].words, ["police"]);
        assert_eq!(d.agents[5].words, ["authority", "authorities"]);
    }

    #[test]
    fn validation_dictionaries_load() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/anchors/petrarch2/dictionaries");
        if !dir.exists() {
            println!("skipped: {} is absent", dir.display());
            return;
        }
        let a = actors_from_file(&dir.join("PETR.Validate.actors.txt")).unwrap();
        let g = agents_from_file(&dir.join("PETR.Validate.agents.txt")).unwrap();
        assert!(a.entries.len() > 120, "{}", a.entries.len());
        assert!(g.agents.len() > 80, "{}", g.agents.len());
        let zim = a.entries.iter().find(|e| e.name == "Zimbabwe").unwrap();
        assert_eq!(zim.code_on(d("1970-01-01")), "RHO");
        assert_eq!(zim.code_on(d("2000-01-01")), "ZBW");
    }
}
