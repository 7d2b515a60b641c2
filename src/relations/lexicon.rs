//! The trigger lexicon: the line format of `data/relations/FORMAT.md`, and verb inflection.

use super::relation::Relation;
use crate::actors::dictionary::strip_comment;
use crate::error::{Error, Result};
use std::collections::HashMap;

/// An actor slot of a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The source of the triple.
    X,
    /// The target of the triple.
    Y,
}

/// One item of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Slot(Slot),
    /// Any one of these lower-case words.
    Word(Vec<String>),
    /// Optionally one of these words.
    Optional(Vec<String>),
    /// Up to four filler words (a comma, "and" or "or" between two modifiers not counted).
    Filler,
    /// A slot joined to a word by a hyphen: `X-backed` (`slot_first`), `pro-X`.
    Hyphen {
        slot: Slot,
        word: String,
        slot_first: bool,
    },
}

/// Which of the four shapes of FORMAT.md a pattern has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `X verb ...` or `Y verb ...`: the slot is the verb's subject.
    Verb { subject: Slot },
    /// `X and Y verb ...`: both coordinated before the verb; symmetric.
    SymmetricVerb,
    /// `Y verb ...` with no `X`: a predicate about Y ("Y be ~ obstacle"); the source is the
    /// speaker of the clause ("X said Y is ...", a headline "X: Y ...").
    Predicate,
    /// `noun ...`: the source comes from the noun's context.
    Noun,
    /// `X-backed Y`, `pro-X Y`.
    Modifier,
}

/// One lexicon line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub relation: Relation,
    pub cameo: String,
    pub items: Vec<Item>,
    pub shape: Shape,
    /// The head word: the verb lemma (verb shapes) or the noun (noun shape), lower case.
    pub head: String,
    /// The pattern as written.
    pub pattern: String,
    /// `file:line`.
    pub origin: String,
}

/// Verb forms that the regular rules get wrong.
#[derive(Debug, Clone, Default)]
pub struct Irregular {
    forms: HashMap<String, [Option<String>; 4]>,
}

pub const DEFAULT_VERBS: &[(&str, &str)] = &[(
    "data/relations/verbs.txt",
    include_str!("../../data/relations/verbs.txt"),
)];
pub const DEFAULT_IRREGULAR: (&str, &str) = (
    "data/relations/irregular.txt",
    include_str!("../../data/relations/irregular.txt"),
);

/// `stem` + `suffix` (the inflections are built for every verb at start-up; one exact
/// allocation, several times cheaper than `format!`).
fn join(stem: &str, suffix: &str) -> String {
    [stem, suffix].concat()
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

impl Irregular {
    pub fn parse(file: &str, text: &str) -> Result<Irregular> {
        let mut irr = Irregular::default();
        for (i, raw) in text.lines().enumerate() {
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('|').map(str::trim).collect();
            if f.len() != 5 || f.iter().any(|x| x.is_empty() || x.contains(' ')) {
                return Err(Error::dictionary(
                    file,
                    i + 1,
                    "expected `LEMMA | THIRD-PERSON | PAST | PAST-PARTICIPLE | GERUND`, one word each (`-` for regular)",
                ));
            }
            let opt = |s: &str| (s != "-").then(|| s.to_lowercase());
            irr.forms.insert(
                f[0].to_lowercase(),
                [opt(f[1]), opt(f[2]), opt(f[3]), opt(f[4])],
            );
        }
        Ok(irr)
    }

    /// All forms of a verb: lemma, third person, past, past participle, gerund.
    ///
    /// ```
    /// use actorgraph::relations::lexicon::Irregular;
    /// let irr = Irregular::parse("t", "strike | - | struck | struck | striking").unwrap();
    /// assert_eq!(irr.forms("strike"), ["strike", "strikes", "struck", "struck", "striking"]);
    /// assert_eq!(irr.forms("ally"), ["ally", "allies", "allied", "allied", "allying"]);
    /// assert_eq!(irr.forms("push"), ["push", "pushes", "pushed", "pushed", "pushing"]);
    /// assert_eq!(irr.forms("urge"), ["urge", "urges", "urged", "urged", "urging"]);
    /// ```
    pub fn forms(&self, lemma: &str) -> [String; 5] {
        let l = lemma.to_lowercase();
        let chars: Vec<char> = l.chars().collect();
        let last = chars.last().copied().unwrap_or(' ');
        let before = if chars.len() >= 2 {
            chars[chars.len() - 2]
        } else {
            ' '
        };
        let third = if l.ends_with(['s', 'x', 'z', 'o']) || l.ends_with("ch") || l.ends_with("sh") {
            join(&l, "es")
        } else if last == 'y' && !is_vowel(before) {
            join(&l[..l.len() - 1], "ies")
        } else {
            join(&l, "s")
        };
        let past = if last == 'e' {
            join(&l, "d")
        } else if last == 'y' && !is_vowel(before) {
            join(&l[..l.len() - 1], "ied")
        } else {
            join(&l, "ed")
        };
        let ing = if last == 'e' && !l.ends_with("ee") && !l.ends_with("ye") && l.len() > 2 {
            join(&l[..l.len() - 1], "ing")
        } else if l.ends_with("ie") {
            join(&l[..l.len() - 2], "ying")
        } else {
            join(&l, "ing")
        };
        let mut forms = [l.clone(), third, past.clone(), past, ing];
        if let Some(irr) = self.forms.get(&l) {
            for (k, f) in irr.iter().enumerate() {
                if let Some(f) = f {
                    forms[k + 1] = f.clone();
                }
            }
        }
        forms
    }
}

fn parse_words(s: &str) -> Vec<String> {
    s.split('|')
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

fn parse_item(tok: &str) -> std::result::Result<Item, String> {
    match tok {
        "X" => return Ok(Item::Slot(Slot::X)),
        "Y" => return Ok(Item::Slot(Slot::Y)),
        "~" => return Ok(Item::Filler),
        _ => {}
    }
    if let Some(inner) = tok.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        let words = parse_words(inner);
        if words.is_empty() {
            return Err(format!("empty optional item {tok:?}"));
        }
        return Ok(Item::Optional(words));
    }
    // "X-backed", "pro-Y": stripped in two steps, no string built per item.
    for (slot, name) in [(Slot::X, 'X'), (Slot::Y, 'Y')] {
        if let Some(word) = tok.strip_prefix(name).and_then(|t| t.strip_prefix('-')) {
            return Ok(Item::Hyphen {
                slot,
                word: word.to_lowercase(),
                slot_first: true,
            });
        }
        if let Some(word) = tok.strip_suffix(name).and_then(|t| t.strip_suffix('-')) {
            return Ok(Item::Hyphen {
                slot,
                word: word.to_lowercase(),
                slot_first: false,
            });
        }
    }
    if tok.contains(['(', ')', '~']) {
        return Err(format!("cannot read pattern item {tok:?}"));
    }
    let words = parse_words(tok);
    if words.is_empty() {
        return Err(format!("empty pattern item {tok:?}"));
    }
    Ok(Item::Word(words))
}

fn shape_of(items: &[Item]) -> std::result::Result<(Shape, String), String> {
    let has_hyphen = items.iter().any(|i| matches!(i, Item::Hyphen { .. }));
    if has_hyphen {
        let word = items
            .iter()
            .find_map(|i| match i {
                Item::Hyphen { word, .. } => Some(word.clone()),
                _ => None,
            })
            .unwrap_or_default();
        return Ok((Shape::Modifier, word));
    }
    let word_of = |i: &Item| match i {
        Item::Word(w) => Some(w[0].clone()),
        _ => None,
    };
    match items {
        [Item::Slot(a), Item::Word(w), Item::Slot(b), rest @ ..] if w == &["and"] && a != b => {
            let head = rest
                .first()
                .and_then(word_of)
                .ok_or("`X and Y` must be followed by a verb")?;
            Ok((Shape::SymmetricVerb, head))
        }
        [Item::Slot(s), second, ..] => {
            let head = word_of(second)
                .ok_or("a verb pattern needs a plain verb right after its first slot")?;
            let has_x = items.iter().any(|i| matches!(i, Item::Slot(Slot::X)));
            if *s == Slot::Y && !has_x {
                return Ok((Shape::Predicate, head));
            }
            Ok((Shape::Verb { subject: *s }, head))
        }
        [first, ..] => {
            let head = word_of(first).ok_or("a noun pattern must start with a plain word")?;
            Ok((Shape::Noun, head))
        }
        [] => Err("empty pattern".into()),
    }
}

/// A set of triggers and the verb inflections they use.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub triggers: Vec<Trigger>,
    pub irregular: Irregular,
}

impl Lexicon {
    /// The compiled-in default lexicon.
    pub fn defaults() -> Result<Lexicon> {
        let mut lex = Lexicon {
            triggers: Vec::new(),
            irregular: Irregular::parse(DEFAULT_IRREGULAR.0, DEFAULT_IRREGULAR.1)?,
        };
        for (file, text) in DEFAULT_VERBS {
            lex.add(file, text)?;
        }
        Ok(lex)
    }

    /// A lexicon with no triggers (for `--no-default-verbs` style use and tests).
    pub fn empty() -> Lexicon {
        Lexicon::default()
    }

    /// Reads a user's trigger file and adds its lines.
    pub fn add_file(&mut self, path: &std::path::Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        self.add(&path.display().to_string(), &text)
    }

    /// Parses trigger lines and adds them; `file` names them in errors.
    ///
    /// ```
    /// use actorgraph::relations::Lexicon;
    /// let mut lex = Lexicon::empty();
    /// lex.add("mine.txt", "attack | 190 | X go after Y").unwrap();
    /// assert_eq!(lex.triggers[0].head, "go");
    /// let err = lex.add("mine.txt", "hug | 050 | X hug Y").unwrap_err();
    /// assert!(err.to_string().starts_with("mine.txt:1: unknown relation"));
    /// ```
    pub fn add(&mut self, file: &str, text: &str) -> Result<()> {
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            let err = |m: String| Error::dictionary(file, line_no, m);
            let mut parts = line.splitn(3, '|').map(str::trim);
            let (rel, cameo, pattern) = match (parts.next(), parts.next(), parts.next()) {
                (Some(r), Some(c), Some(p)) if !p.is_empty() => (r, c, p),
                _ => return Err(err("expected `RELATION | CAMEO | PATTERN`".into())),
            };
            let relation = Relation::parse(rel).ok_or_else(|| {
                err(format!(
                    "unknown relation {rel:?} (want support, cooperate, meet, appeal, criticize, reject, threaten, sanction, coerce or attack)"
                ))
            })?;
            if !(2..=4).contains(&cameo.len()) || !cameo.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err(format!(
                    "CAMEO {cameo:?} is not a code of two to four digits"
                )));
            }
            if !relation.accepts_cameo(cameo) {
                return Err(err(format!("CAMEO {cameo} does not belong to {relation}")));
            }
            let items = pattern
                .split_whitespace()
                .map(parse_item)
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(err)?;
            let slots = |s: Slot| {
                items
                    .iter()
                    .filter(
                        |i| matches!(i, Item::Slot(x) | Item::Hyphen { slot: x, .. } if *x == s),
                    )
                    .count()
            };
            if slots(Slot::X) > 1 || slots(Slot::Y) > 1 {
                return Err(err("a slot appears twice".into()));
            }
            if slots(Slot::Y) == 0 {
                return Err(err("pattern without a target slot Y".into()));
            }
            let (shape, head) = shape_of(&items).map_err(err)?;
            self.triggers.push(Trigger {
                relation,
                cameo: cameo.to_string(),
                items,
                shape,
                head,
                pattern: pattern.to_string(),
                origin: format!("{file}:{line_no}"),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let mut lex = Lexicon::empty();
        lex.add(
            "t",
            "attack | 190 | X attack Y\n\
             attack | 190 | Y come under fire|attack from X\n\
             meet | 040 | talks between X and Y\n\
             support | 050 | X-backed Y\n",
        )
        .unwrap();
        let shapes: Vec<Shape> = lex.triggers.iter().map(|t| t.shape).collect();
        assert_eq!(
            shapes,
            [
                Shape::Verb { subject: Slot::X },
                Shape::Verb { subject: Slot::Y },
                Shape::Noun,
                Shape::Modifier
            ]
        );
        assert_eq!(
            lex.triggers[1].items[3],
            Item::Word(vec!["fire".into(), "attack".into()])
        );
    }

    #[test]
    fn errors() {
        for (line, want) in [
            ("attack | 999 | X attack Y", "does not belong"),
            ("attack | 19a | X attack Y", "two to four digits"),
            ("attack | 190 | X attack X", "slot appears twice"),
            ("attack | 190 | X attack", "without a target"),
            ("attack | 190", "expected"),
        ] {
            let e = Lexicon::empty().add("f", line).unwrap_err().to_string();
            assert!(e.contains(want), "{e}");
        }
    }
}
