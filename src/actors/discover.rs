//! Actors not in the dictionaries, found by their shape: a title before a capitalised name
//! ("Saudi Foreign Minister Adel al-Jubeir"), a name with an appositive title ("Riad Hijab,
//! chief coordinator of ..."), a capitalised name with an organisational head ("the Arakan
//! Army", "the Ministry of Defence", "Kurdistan Workers' Party"); acronyms defined in the
//! article ("High Negotiations Committee (HNC)"); placeholders for pronouns and references that
//! `coref.rs` resolves once the whole article is read.

use super::coref::{ArticleContext, WEAK};
use super::model::{Actor, Kind};
use super::recognize::{Mention, MentionForm, Recognizer};
use super::words::{Pronoun, nominal, pronoun};
use crate::text::normalize::fold;
use crate::text::{Sentence, Token, TokenKind};

/// Whether a token is a word starting with an upper-case letter.
fn cap(t: &Token, source: &str) -> bool {
    t.kind == TokenKind::Word && t.is_capitalized(source)
}

/// An ordinal that can start a unit's name ("134th", "407th").
fn ordinal(t: &Token) -> bool {
    let l = t.lower.as_str();
    l.len() > 2
        && l.as_bytes()[0].is_ascii_digit()
        && (l.ends_with("th") || l.ends_with("st") || l.ends_with("nd") || l.ends_with("rd"))
}

/// Abstract nouns that an agent word modifies rather than names an actor with: "a
/// *military* solution", "*government* policy".
const MODIFIED_NOUNS: &[&str] = &[
    "aid",
    "support",
    "campaign",
    "campaigns",
    "action",
    "option",
    "options",
    "solution",
    "intervention",
    "presence",
    "equipment",
    "assistance",
    "spending",
    "budget",
    "power",
    "might",
    "service",
    "training",
    "exercise",
    "exercises",
    "drills",
    "ties",
    "cooperation",
    "policy",
    "policies",
    "strategy",
    "hardware",
    "statement",
    "statements",
    "buffer",
    "court",
    "courts",
    "source",
    "sources",
    "involvement",
    "pressure",
    "threat",
    "threats",
    "escalation",
    "deployment",
    "buildup",
    "build-up",
    "reform",
    "reforms",
    "experts",
    "analysts",
    "analyst",
    "expert",
    "observers",
    "history",
    "style",
    "uniform",
    "uniforms",
    "career",
    "background",
];

/// An agent alone (no country) used as a modifier of an abstract noun ("a military solution")
/// is no actor.
fn drop_modifier_agents(sentence: &Sentence, ms: &mut Vec<Mention>) {
    let toks = &sentence.tokens;
    ms.retain(|m| {
        if m.form != MentionForm::Agent || m.last >= toks.len() {
            return true;
        }
        let next = &toks[m.last];
        let l = next.lower.as_str();
        // Abstract nouns only: "government positions" still stand for the government.
        let modified = next.kind == TokenKind::Word && MODIFIED_NOUNS.contains(&l);
        !modified
    });
}

/// Nouns of relation that make an actor of a possessive: "our allies", "its partners".
const RELATIONAL: &[&str] = &[
    "allies",
    "ally",
    "partners",
    "partner",
    "supporters",
    "friends",
    "counterparts",
    "enemies",
    "enemy",
    "adversaries",
    "rivals",
    "neighbours",
    "neighbors",
    "backers",
    "sponsors",
    "proxies",
];

/// Countries whose name is also a first name.
const FIRST_NAME_COUNTRIES: &[&str] = &["chad", "jordan", "georgia"];

/// Determiners and quantifiers kept at the head of a noun phrase's mention.
const KEPT_DETERMINERS: &[&str] = &[
    "these",
    "those",
    "all",
    "some",
    "many",
    "several",
    "both",
    "most",
    "few",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "dozen",
    "hundred",
    "thousand",
];

/// Lower-case words that never modify a noun phrase's head (so an extension stops there).
const NOT_MODIFIERS: &[&str] = &[
    "of", "in", "on", "at", "by", "with", "for", "from", "to", "against", "and", "or", "but",
    "that", "which", "who", "whom", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "will", "would", "could", "should", "may", "might", "can", "not", "no", "as", "than", "into",
    "over", "under", "after", "before", "during", "between", "among", "about", "said", "says",
    "say", "told", "also", "while", "when", "where", "if", "because", "since", "so", "this",
    "that", "its", "their", "his", "her", "our", "my", "your", "it", "they", "he", "she", "we",
    "i", "you", "them", "us", "him", "there", "here", "then", "now", "just", "only", "even",
    "still", "yet", "very", "more", "less", "do", "does", "did", "urge", "urges", "attack",
    "attacks", "support", "supports", "meet", "meets", "back", "backs", "condemn", "condemns",
    "reject", "rejects", "warn", "warns", "call", "calls", "help", "helps",
];

/// Title words that stand before a name only when capitalised ("General X", not "in general").
const CAP_ONLY_TITLES: &[&str] = &[
    "general",
    "major",
    "justice",
    "head",
    "lady",
    "lord",
    "sir",
    "speaker",
    "representative",
    "director",
    "coordinator",
    "king",
    "queen",
    "prince",
    "chief",
    "official",
    "cardinal",
    "bishop",
    "captain",
    "marshal",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "head",
];

/// A token made only of invisible format characters (U+200E left-to-right mark ...).
fn invisible(t: &Token, source: &str) -> bool {
    t.kind == TokenKind::Punct
        && t.text(source)
            .chars()
            .all(|c| matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}'))
}

/// Which raw mention (by index) covers each token.
fn cover(n: usize, raw: &[Mention]) -> Vec<Option<usize>> {
    let mut c = vec![None; n];
    for (k, m) in raw.iter().enumerate() {
        for slot in c.iter_mut().take(m.last).skip(m.first) {
            *slot = Some(k);
        }
    }
    c
}

/// A country mention: a country by name or adjective, or a seat.
fn countryish(m: &Mention) -> bool {
    match m.form {
        MentionForm::Name | MentionForm::Adjective => m.actor.kind == Kind::Country,
        MentionForm::Seat => true,
        _ => false,
    }
}

fn country_of(m: &Mention) -> Option<String> {
    m.actor.code.get(0..3).map(str::to_string)
}

impl Recognizer {
    /// Pass 1 over one sentence: dictionary matches, discovery, combination, acronym
    /// definitions, and placeholders for references.
    pub(super) fn scan(
        &self,
        source: &str,
        sentence: &Sentence,
        ctx: &mut ArticleContext,
    ) -> Vec<Mention> {
        let mut raw = self.dictionary_matches(source, sentence, ctx);
        self.drop_first_names(source, sentence, &mut raw);
        let raw = self.discover(source, sentence, raw, ctx);
        let mut ms = self.combine(source, sentence, raw);
        drop_modifier_agents(sentence, &mut ms);
        self.acronym_definitions(source, sentence, &mut ms, ctx);
        self.placeholders(source, sentence, &mut ms);
        self.extend_left(source, sentence, &mut ms);
        ms
    }

    /// Takes the modifiers of a noun phrase into its mention, back to the determiner: "the
    /// *wider* Global Coalition", "*these* terrorists", "*Three* Palestinian militants". Only
    /// lower-case words between a determiner and the mention are taken, so verbs are not.
    fn extend_left(&self, source: &str, sentence: &Sentence, ms: &mut [Mention]) {
        let toks = &sentence.tokens;
        for k in 0..ms.len() {
            let m = &ms[k];
            if matches!(
                m.form,
                MentionForm::Pronoun | MentionForm::Adjective | MentionForm::Seat
            ) || m.actor.kind == Kind::Person
                || m.prefix.is_some()
                || m.suffix.is_some()
            {
                continue;
            }
            let floor = if k > 0 { ms[k - 1].last } else { 0 };
            let mut x = m.first;
            let mut new_first = None;
            let mut steps = 0;
            while x > floor && steps < 4 {
                let t = &toks[x - 1];
                let l = t.lower.as_str();
                if matches!(l, "the" | "a" | "an") {
                    if x < m.first {
                        new_first = Some(x);
                    }
                    break;
                }
                if KEPT_DETERMINERS.contains(&l) || t.kind == TokenKind::Number {
                    new_first = Some(x - 1);
                    break;
                }
                let lowercase_word = t.kind == TokenKind::Word
                    && !t.is_capitalized(source)
                    && t.text(source).chars().any(|c| c.is_alphabetic())
                    && !NOT_MODIFIERS.contains(&l)
                    && !l.ends_with("ed")
                    && !l.ends_with("ing")
                    && !self.words.say.contains(l);
                if !lowercase_word {
                    break;
                }
                x -= 1;
                steps += 1;
            }
            if let Some(f) = new_first
                && f < ms[k].first
            {
                ms[k].first = f;
                ms[k].start = toks[f].start;
            }
        }
    }

    /// "Chad Smith", "Jordan Henderson": a country that is also a first name, followed by a
    /// capitalised word that is nothing else, is a person's name, not the country.
    fn drop_first_names(&self, source: &str, sentence: &Sentence, raw: &mut Vec<Mention>) {
        let toks = &sentence.tokens;
        // "US$ 200,000": a currency, not the country.
        raw.retain(|m| {
            !(m.actor.kind == Kind::Country
                && m.last < toks.len()
                && toks[m.last].start == m.end
                && toks[m.last].lower == "$")
        });
        let covered = cover(toks.len(), raw);
        raw.retain(|m| {
            !(m.form == MentionForm::Name
                && m.actor.kind == Kind::Country
                && m.last - m.first == 1
                && FIRST_NAME_COUNTRIES.contains(&toks[m.first].lower.as_str())
                && m.last < toks.len()
                && covered[m.last].is_none()
                && self.name_word(&toks[m.last], source))
        });
    }

    fn name_word(&self, t: &Token, source: &str) -> bool {
        cap(t, source)
            && !self.words.not_name.contains(t.lower.as_str())
            && !self.words.titles.contains_key(t.lower.as_str())
            && !self.words.org_heads.contains_key(t.lower.as_str())
    }

    /// Titled persons, appositive persons and organisations; they replace the raw mentions
    /// they cover (adjectives, agents, countries inside the name).
    fn discover(
        &self,
        source: &str,
        sentence: &Sentence,
        raw: Vec<Mention>,
        ctx: &mut ArticleContext,
    ) -> Vec<Mention> {
        let n = sentence.tokens.len();
        let mut found: Vec<Mention> = Vec::new();
        let mut taken = vec![false; n];
        let covered = cover(n, &raw);
        self.titled_persons(
            source, sentence, &raw, &covered, &mut found, &mut taken, ctx,
        );
        self.appositive_persons(
            source, sentence, &raw, &covered, &mut found, &mut taken, ctx,
        );
        self.speaking_persons(source, sentence, &covered, &mut found, &mut taken, ctx);
        self.organisations(source, sentence, &raw, &covered, &mut found, &mut taken);
        if found.is_empty() {
            return raw;
        }
        let mut out: Vec<Mention> = raw
            .into_iter()
            .filter(|m| (m.first..m.last).all(|i| !taken[i]))
            .collect();
        out.extend(found);
        out.sort_by_key(|m| (m.first, m.start));
        out
    }

    /// "Saudi Foreign Minister Adel al-Jubeir", "U.S. Secretary of State John Kerry", "Rep.
    /// Eliot Engel", "President Bashar Assad".
    #[allow(clippy::too_many_arguments)]
    fn titled_persons(
        &self,
        source: &str,
        sentence: &Sentence,
        raw: &[Mention],
        covered: &[Option<usize>],
        found: &mut Vec<Mention>,
        taken: &mut [bool],
        ctx: &mut ArticleContext,
    ) {
        let toks = &sentence.tokens;
        let n = toks.len();
        let w = &self.words;
        let mut j = 0;
        while j < n {
            let Some(title) = w.titles.get(toks[j].lower.as_str()) else {
                j += 1;
                continue;
            };
            // A title inside a dictionary name ("General Assembly") is not a title.
            if let Some(k) = covered[j]
                && raw[k].form != MentionForm::Agent
            {
                j += 1;
                continue;
            }
            if !cap(&toks[j], source) && CAP_ONLY_TITLES.contains(&title.word) {
                j += 1;
                continue;
            }
            let mut country: Option<String> = None;
            let mut k = j + 1;
            // "Secretary of State", "Minister for Central Asia", "Minister of Foreign Affairs of Iraq"
            while k + 1 < n
                && matches!(toks[k].lower.as_str(), "of" | "for")
                && cap(&toks[k + 1], source)
                && (w.title_domains.contains(toks[k + 1].lower.as_str())
                    || covered[k + 1].is_some_and(|c| countryish(&raw[c])))
            {
                k += 1;
                while k < n {
                    if let Some(c) = covered[k]
                        && countryish(&raw[c])
                    {
                        country = country.or_else(|| country_of(&raw[c]));
                        k = raw[c].last;
                        continue;
                    }
                    let l = toks[k].lower.as_str();
                    if w.title_domains.contains(l) && (cap(&toks[k], source) || l == "and") {
                        k += 1;
                        continue;
                    }
                    break;
                }
            }
            // Honorifics after the title: "Minister HE Dr Ibrahim al-Jaafari".
            while k < n
                && (w.honorifics.contains(toks[k].lower.as_str()) || toks[k].text(source) == "HE")
                && k + 1 < n
                && cap(&toks[k + 1], source)
            {
                k += 1;
            }
            // Invisible marks (U+200E ...) between the title and the name.
            while k < n && invisible(&toks[k], source) {
                k += 1;
            }
            let name_start = k;
            let mut entry_person: Option<&Mention> = None;
            if k < n
                && let Some(c) = covered[k]
                && raw[c].first == k
                && raw[c].actor.kind == Kind::Person
                && matches!(raw[c].form, MentionForm::Name | MentionForm::Discovered)
            {
                entry_person = Some(&raw[c]);
                k = raw[c].last;
            } else {
                while k < n && k - name_start < 4 {
                    let t = &toks[k];
                    if covered[k].is_some() {
                        break;
                    }
                    let l = t.lower.as_str();
                    let particle = (w.particles.contains(l)
                        && k + 1 < n
                        && cap(&toks[k + 1], source)
                        && k > name_start)
                        || ((l.starts_with("al-") || l.starts_with("el-")) && t.is_word());
                    // A title word inside a name ("Julie Bishop") when no name follows it.
                    let title_in_name = k > name_start
                        && cap(t, source)
                        && w.titles.contains_key(l)
                        && !(k + 1 < n && self.name_word(&toks[k + 1], source));
                    if self.name_word(t, source) || particle || title_in_name {
                        k += 1;
                    } else {
                        break;
                    }
                }
            }
            let name_end = k;
            if name_end == name_start {
                j += 1;
                continue;
            }
            // The title and its modifiers to the left; an agent phrase ending in the title
            // ("Foreign Minister") is part of it.
            let mut p = j;
            if let Some(c) = covered[j] {
                p = raw[c].first;
            }
            let mut igo: Option<String> = None;
            let mut role_mod: Option<&str> = None;
            while p > 0 && j - p < 7 {
                let q = p - 1;
                if let Some(c) = covered[q] {
                    let m = &raw[c];
                    if m.last != p {
                        break;
                    }
                    // "In Turkey Minister Ellwood met": the country named after "in" is where,
                    // not whose.
                    let place = m.form == MentionForm::Name
                        && m.first > 0
                        && toks[m.first - 1].lower == "in";
                    if countryish(m) && !place {
                        country = country.or_else(|| country_of(m));
                        p = m.first;
                        continue;
                    }
                    if matches!(m.actor.kind, Kind::Igo | Kind::Ngo) && m.form == MentionForm::Name
                    {
                        igo = igo.or_else(|| Some(m.actor.code.clone()));
                        p = m.first;
                        continue;
                    }
                    if m.form == MentionForm::Agent
                        && (m.first..m.last).all(|i| {
                            w.title_modifiers.contains(toks[i].lower.as_str())
                                || w.titles.contains_key(toks[i].lower.as_str())
                        })
                    {
                        p = m.first;
                        continue;
                    }
                    break;
                }
                let l = toks[q].lower.as_str();
                if l == "'s" && q > 0 && covered[q - 1].is_some_and(|c| countryish(&raw[c])) {
                    p = q;
                    continue;
                }
                if w.title_modifiers.contains(l) || w.titles.contains_key(l) {
                    if matches!(l, "opposition" | "rebel") {
                        role_mod = Some(if l == "rebel" { "REB" } else { "OPP" });
                    } else if matches!(l, "military" | "army") {
                        role_mod = Some("MIL");
                    }
                    p = q;
                    continue;
                }
                if cap(&toks[q], source) && !w.not_name.contains(l) && l != "'s" {
                    p = q;
                    continue;
                }
                break;
            }
            let role = role_mod.unwrap_or(title.role);
            if country.is_none() && igo.is_none() {
                country = title.country.map(str::to_string);
            }
            let title_words: Vec<String> = (p..name_start)
                .filter(|&i| covered[i].is_none_or(|c| !countryish(&raw[c])))
                .map(|i| toks[i].lower.to_string())
                .collect();
            let mut m = match entry_person {
                Some(e) => {
                    let mut m = e.clone();
                    m.first = p;
                    m.start = toks[p].start;
                    m
                }
                None => {
                    let name = fold(
                        &source[toks[name_start].start..toks[name_end - 1].end],
                        false,
                    );
                    let mut m = Mention::new(
                        sentence,
                        p,
                        name_end,
                        Actor::new(name, "", Kind::Person),
                        MentionForm::Discovered,
                    );
                    if let Some(code) = igo {
                        m.actor.code = code;
                    } else if let Some(c) = &country {
                        m.actor.code = format!("{c}{role}");
                    } else if !role.is_empty() {
                        m.pending_role = Some(format!("{WEAK}{role}"));
                    }
                    m
                }
            };
            m.end = toks[name_end - 1].end;
            m.last = name_end;
            ctx.add_person(&m, &toks[name_start..name_end], title_words);
            for t in taken.iter_mut().take(name_end).skip(p) {
                *t = true;
            }
            found.push(m);
            j = name_end;
        }
    }

    /// "Riad Hijab, chief coordinator of the opposition High Negotiations Committee".
    #[allow(clippy::too_many_arguments)]
    fn appositive_persons(
        &self,
        source: &str,
        sentence: &Sentence,
        raw: &[Mention],
        covered: &[Option<usize>],
        found: &mut Vec<Mention>,
        taken: &mut [bool],
        ctx: &mut ArticleContext,
    ) {
        let toks = &sentence.tokens;
        let n = toks.len();
        let w = &self.words;
        let mut i = 0;
        while i < n {
            if taken[i] || covered[i].is_some() || !self.name_word(&toks[i], source) {
                i += 1;
                continue;
            }
            let mut k = i;
            while k < n
                && k - i < 4
                && !taken[k]
                && covered[k].is_none()
                && (self.name_word(&toks[k], source)
                    || ((toks[k].lower.starts_with("al-")
                        || w.particles.contains(toks[k].lower.as_str()))
                        && k > i))
            {
                k += 1;
            }
            if k - i < 2 || k + 2 >= n || toks[k].lower != "," {
                i = k.max(i + 1);
                continue;
            }
            // Up to five words after the comma, ending at a title head.
            let mut h = k + 1;
            if matches!(toks[h].lower.as_str(), "the" | "a" | "an") {
                h += 1;
            }
            let mut country: Option<String> = None;
            let mut head: Option<(usize, &str)> = None;
            let mut role_mod: Option<&str> = None;
            while h < n && h - k <= 6 {
                if let Some(c) = covered[h]
                    && countryish(&raw[c])
                {
                    country = country.or_else(|| country_of(&raw[c]));
                    h = raw[c].last;
                    continue;
                }
                let l = toks[h].lower.as_str();
                if let Some(t) = w.titles.get(l)
                    && !w.honorifics.contains(l)
                {
                    head = Some((h, t.role));
                    // "chief coordinator": keep going while titles follow.
                    h += 1;
                    continue;
                }
                if head.is_some() {
                    break;
                }
                if matches!(l, "opposition" | "rebel" | "militant") {
                    role_mod = Some(if l == "opposition" { "OPP" } else { "REB" });
                }
                if w.title_modifiers.contains(l) || matches!(l, "rebel" | "militant") {
                    h += 1;
                    continue;
                }
                break;
            }
            let Some((head_at, title_role)) = head else {
                i = k;
                continue;
            };
            let role = role_mod.unwrap_or(title_role);
            let name = fold(&source[toks[i].start..toks[k - 1].end], false);
            let mut m = Mention::new(
                sentence,
                i,
                k,
                Actor::new(name, "", Kind::Person),
                MentionForm::Discovered,
            );
            if let Some(c) = &country {
                m.actor.code = format!("{c}{role}");
            } else if !role.is_empty() {
                m.pending_role = Some(format!("{WEAK}{role}"));
            }
            let title_words = (k + 1..=head_at)
                .map(|x| toks[x].lower.to_string())
                .collect();
            ctx.add_person(&m, &toks[i..k], title_words);
            for t in taken.iter_mut().take(k).skip(i) {
                *t = true;
            }
            // The appositive's own agent words ("spokesman") are the same person.
            for c in covered[k + 1..=head_at].iter().flatten() {
                let c = *c;
                if raw[c].form == MentionForm::Agent {
                    for t in taken.iter_mut().take(raw[c].last).skip(raw[c].first) {
                        *t = true;
                    }
                }
            }
            found.push(m);
            i = head_at + 1;
        }
    }

    /// "Robert Luskin said", "said Dave Coles": a full name that speaks is a person.
    fn speaking_persons(
        &self,
        source: &str,
        sentence: &Sentence,
        covered: &[Option<usize>],
        found: &mut Vec<Mention>,
        taken: &mut [bool],
        ctx: &mut ArticleContext,
    ) {
        let toks = &sentence.tokens;
        let n = toks.len();
        let w = &self.words;
        let mut i = 0;
        while i < n {
            if taken[i] || covered[i].is_some() || !self.name_word(&toks[i], source) {
                i += 1;
                continue;
            }
            let mut k = i + 1;
            while k < n
                && k - i < 3
                && !taken[k]
                && covered[k].is_none()
                && (self.name_word(&toks[k], source)
                    || (toks[k].lower.starts_with("al-") && toks[k].is_word()))
            {
                k += 1;
            }
            let says =
                |x: usize| x < n && matches!(toks[x].lower.as_str(), "said" | "says" | "told");
            let before_said = i > 0 && matches!(toks[i - 1].lower.as_str(), "said" | "says");
            // Two or three name words, the first not a sentence's capitalised common word.
            if k - i >= 2
                && (says(k) || before_said)
                && !w.not_name.contains(toks[i].lower.as_str())
            {
                let name = fold(&source[toks[i].start..toks[k - 1].end], false);
                let m = Mention::new(
                    sentence,
                    i,
                    k,
                    Actor::new(name, "", Kind::Person),
                    MentionForm::Discovered,
                );
                ctx.add_person(&m, &toks[i..k], Vec::new());
                for t in taken.iter_mut().take(k).skip(i) {
                    *t = true;
                }
                found.push(m);
            }
            i = k;
        }
    }

    /// "the Arakan Army", "the opposition High Negotiations Committee", "the Ministry of
    /// Defence", "Kurdistan Workers' Party", "the Syrian National Council".
    fn organisations(
        &self,
        source: &str,
        sentence: &Sentence,
        raw: &[Mention],
        covered: &[Option<usize>],
        found: &mut Vec<Mention>,
        taken: &mut [bool],
    ) {
        let toks = &sentence.tokens;
        let n = toks.len();
        let w = &self.words;
        // A token that can be part of a name chunk.
        let busy: Vec<bool> = taken.to_vec();
        let part = |i: usize| -> bool {
            if busy[i] {
                return false;
            }
            if let Some(c) = covered[i] {
                let m = &raw[c];
                return countryish(m) || (m.form == MentionForm::Agent && cap(&toks[i], source));
            }
            cap(&toks[i], source) || ordinal(&toks[i])
        };
        let mut i = 0;
        while i < n {
            let starts = part(i)
                && (covered[i].is_some()
                    || ordinal(&toks[i])
                    || !w.not_name.contains(toks[i].lower.as_str()));
            if !starts {
                i += 1;
                continue;
            }
            // Extend over name parts and inner connectors.
            let mut k = i + 1;
            let mut saw_of = false;
            loop {
                if k < n && part(k) {
                    k += 1;
                    continue;
                }
                let l = if k < n { toks[k].lower.as_str() } else { "" };
                // "and" joins only inside an "of" part ("Ministry of Foreign Affairs and
                // Expatriates"), not two names ("French and Royal Navy").
                if k + 1 < n
                    && (matches!(l, "of" | "for" | "the" | "'" | "al" | "de")
                        || (l == "and" && saw_of))
                    && part(k + 1)
                {
                    saw_of |= matches!(l, "of" | "for");
                    k += 2;
                    continue;
                }
                if k + 2 < n
                    && matches!(toks[k].lower.as_str(), "of" | "for")
                    && toks[k + 1].lower == "the"
                    && part(k + 2)
                {
                    k += 3;
                    continue;
                }
                break;
            }
            let (s, mut e) = (i, k);
            // The head: the last word, or a first word before "of"/"for" ("Ministry of Defence").
            let last_head = w.org_heads.get(toks[e - 1].lower.as_str());
            let head = match last_head {
                Some(h) => Some((e - 1, *h)),
                None => {
                    let mut front = None;
                    for x in s..e.saturating_sub(1) {
                        if let Some(h) = w.org_heads.get(toks[x].lower.as_str())
                            && matches!(toks[x + 1].lower.as_str(), "of" | "for")
                        {
                            front = Some((x, *h));
                            break;
                        }
                    }
                    front
                }
            };
            let Some((head_at, head)) = head else {
                i = k;
                continue;
            };
            // A chunk that ends in a head followed by "of": cut trailing words only when the
            // head is last.
            let mut s = s;
            if last_head.is_some() {
                e = head_at + 1;
                // "Fighters of the Arakan Liberation Front": the name is after the last "of".
                if let Some(c) = (s + 1..e.saturating_sub(1))
                    .rev()
                    .find(|&c| matches!(toks[c].lower.as_str(), "of" | "for"))
                    && !w.org_heads.contains_key(toks[c - 1].lower.as_str())
                {
                    s = c + 1;
                    if toks[s].lower == "the" {
                        s += 1;
                    }
                }
            }
            if e - s < 2 {
                // "the Coalition", "Coalition aircraft": a capitalised coalition word alone.
                let l = toks[s].lower.as_str();
                if e - s == 1 && matches!(l, "coalition" | "alliance") && covered[s].is_none() {
                    found.push(Mention::new(
                        sentence,
                        s,
                        e,
                        Actor::new(fold(toks[s].text(source), false), "", Kind::Group),
                        MentionForm::Discovered,
                    ));
                    taken[s] = true;
                }
                i = k;
                continue;
            }
            // Countries and agent words only ("Syrian Army", "Iraqi Security Forces"): the
            // combination of country and agent says it better.
            let mut country: Option<String> = None;
            let mut others: Vec<&str> = Vec::new();
            let mut all_agent = true;
            let mut x = s;
            while x < e {
                if let Some(c) = covered[x] {
                    let m = &raw[c];
                    if countryish(m) {
                        country = country.or_else(|| country_of(m));
                        x = m.last.max(x + 1);
                        continue;
                    }
                    for t in &toks[m.first.max(x)..m.last.min(e)] {
                        others.push(t.lower.as_str());
                    }
                    x = m.last.max(x + 1);
                    continue;
                }
                all_agent = false;
                others.push(toks[x].lower.as_str());
                x += 1;
            }
            if all_agent {
                i = k;
                continue;
            }
            let (mut role, mut kind) = match &country {
                Some(_) => (head.role_with_country, head.kind),
                None => (head.role_alone, head.kind),
            };
            // A numbered unit ("3rd Battalion", "134th Expeditionary Fighter Squadron") is a
            // state's; so is a force named only with state words ("Royal Air Force").
            let numbered = ordinal(&toks[s]);
            let state = others.iter().all(|o| {
                *o == head.word
                    || w.state_force.contains(o)
                    || o.chars().next().is_some_and(|c| c.is_ascii_digit())
            });
            let force_head = matches!(
                head.word,
                "army" | "forces" | "force" | "brigade" | "brigades" | "battalion" | "battalions"
            );
            let mut weak = false;
            if numbered || (force_head && state) || (head.kind == Kind::Military && state) {
                role = "MIL";
                kind = Kind::Military;
                weak = true;
            } else if matches!(head.word, "army" | "forces" | "force") {
                role = "REB";
                kind = Kind::Rebel;
            }
            if matches!(role, "GOV" | "LEG" | "JUD" | "COP") {
                weak = true;
            }
            if kind == Kind::Government && role == "LEG" {
                kind = Kind::Government;
            }
            // "the opposition High Negotiations Committee"
            let mut first = s;
            if s > 0
                && let Some((r, k2)) = w.group_modifiers.get(toks[s - 1].lower.as_str())
                && !busy[s - 1]
            {
                role = r;
                if head.kind == Kind::Group || head.kind == Kind::Ngo {
                    kind = if *r == "OPP" { Kind::Group } else { *k2 };
                } else {
                    kind = *k2;
                }
                first = s - 1;
            }
            // "the UN Board of Inquiry": a body of an international organisation is part of it.
            let mut igo = false;
            if first == s
                && s > 0
                && !busy[s - 1]
                && let Some(c) = covered[s - 1]
                && raw[c].last == s
                && raw[c].form == MentionForm::Name
                && raw[c].actor.kind == Kind::Igo
            {
                first = raw[c].first;
                igo = true;
                kind = Kind::Igo;
            }
            let from = if igo { first } else { s };
            let mut name = fold(&source[toks[from].start..toks[e - 1].end], false);
            if let Some(rest) = name.strip_prefix("The ") {
                name = rest.to_string();
            }
            let mut m = Mention::new(
                sentence,
                first,
                e,
                Actor::new(name, "", kind),
                MentionForm::Discovered,
            );
            if igo {
                m.actor.code = "IGO".to_string();
            } else if let Some(c) = &country {
                m.actor.code = format!("{c}{role}");
            } else if matches!(role, "REB" | "OPP" | "GOV" | "LEG" | "JUD" | "COP" | "MIL") {
                m.pending_role = Some(if weak {
                    format!("{WEAK}{role}")
                } else {
                    role.to_string()
                });
            }
            for t in taken.iter_mut().take(e).skip(first) {
                *t = true;
            }
            found.push(m);
            i = e;
        }
    }

    /// "the High Negotiations Committee (HNC)": later "HNC" is the same actor. The acronym in
    /// brackets is not a mention of its own.
    fn acronym_definitions(
        &self,
        source: &str,
        sentence: &Sentence,
        ms: &mut Vec<Mention>,
        ctx: &mut ArticleContext,
    ) {
        let toks = &sentence.tokens;
        let mut drop: Vec<usize> = Vec::new();
        for m in ms.iter() {
            if matches!(
                m.form,
                MentionForm::Adjective | MentionForm::Pronoun | MentionForm::Reference
            ) {
                continue;
            }
            let o = m.last;
            if o + 2 < toks.len() + 1
                && o + 2 < toks.len()
                && toks[o].lower == "("
                && toks[o + 2].lower == ")"
            {
                let acr = toks[o + 1].text(source);
                let letters = acr.chars().filter(|c| c.is_alphabetic()).count();
                let upper = acr.chars().filter(|c| c.is_uppercase()).count();
                if letters >= 2 && upper * 2 > letters && acr.len() <= 12 {
                    ctx.add_acronym(acr, m);
                    drop.push(o + 1);
                }
            }
        }
        if !drop.is_empty() {
            ms.retain(|m| !(m.last - m.first == 1 && drop.contains(&m.first)));
        }
    }

    /// Pronouns, "the country", "the group", "the secretary": placeholders with no actor yet.
    fn placeholders(&self, source: &str, sentence: &Sentence, ms: &mut Vec<Mention>) {
        let toks = &sentence.tokens;
        let n = toks.len();
        let covered = cover(n, ms);
        let mut add: Vec<Mention> = Vec::new();
        for i in 0..n {
            if covered[i].is_some() || toks[i].kind != TokenKind::Word {
                continue;
            }
            let l = toks[i].lower.as_str();
            let text = toks[i].text(source);
            // "members of the Security Council", "supporters of Estrada": the group itself.
            if matches!(
                l,
                "members" | "member" | "supporters" | "loyalists" | "remnants"
            ) {
                let mut t = i + 1;
                if t < n && toks[t].lower == "of" {
                    t += 1;
                    if t < n && toks[t].lower == "the" {
                        t += 1;
                    }
                    if t < n
                        && let Some(c) = covered[t]
                        && ms[c].first == t
                        && matches!(
                            ms[c].form,
                            MentionForm::Name | MentionForm::Discovered | MentionForm::Combined
                        )
                        && ms[c].actor.kind != Kind::Person
                    {
                        ms[c].first = i;
                        ms[c].start = toks[i].start;
                        continue;
                    }
                }
            }
            if let Some(p) = pronoun(l) {
                // "US" is a country, "HE" an honorific: an all-capital pronoun is not one.
                let all_caps = text.len() > 1 && text.chars().all(|c| c.is_uppercase());
                if (l == "i" && text != "I") || all_caps {
                    continue;
                }
                // Pleonastic "it is", "it was", "it seems".
                if p == Pronoun::Thing
                    && l == "it"
                    && i + 1 < n
                    && matches!(
                        toks[i + 1].lower.as_str(),
                        "is" | "was"
                            | "'s"
                            | "seems"
                            | "seemed"
                            | "appears"
                            | "appeared"
                            | "remains"
                            | "remained"
                            | "would"
                            | "will"
                            | "has"
                            | "had"
                            | "takes"
                            | "took"
                    )
                {
                    continue;
                }
                // A possessive ("its", "their", "our") is an actor only with the noun it
                // owns: "its warplanes" (an agent: the owner's military), "our allies".
                let possessive = matches!(l, "its" | "their" | "our" | "my" | "his")
                    || (l == "her"
                        && i + 1 < n
                        && toks[i + 1].kind == TokenKind::Word
                        && !matches!(
                            toks[i + 1].lower.as_str(),
                            "and"
                                | "or"
                                | "to"
                                | "in"
                                | "on"
                                | "at"
                                | "for"
                                | "with"
                                | "as"
                                | "that"
                                | "from"
                                | "by"
                                | "of"
                                | "after"
                                | "before"
                        ));
                if possessive {
                    if i + 1 < n
                        && let Some(c) = covered[i + 1]
                        && ms[c].first == i + 1
                        && ms[c].form == MentionForm::Agent
                        && !matches!(
                            toks[i + 1].lower.as_str(),
                            "presidency" | "leadership" | "premiership" | "tenure" | "rule"
                        )
                    {
                        ms[c].first = i;
                        ms[c].start = toks[i].start;
                    } else if i + 1 < n && RELATIONAL.contains(&toks[i + 1].lower.as_str()) {
                        let mut m = Mention::new(
                            sentence,
                            i,
                            i + 2,
                            Actor::new(fold(toks[i + 1].text(source), true), "", Kind::Group),
                            MentionForm::Reference,
                        );
                        m.actor.kind = Kind::Unknown;
                        add.push(m);
                    }
                    continue;
                }
                add.push(Mention::new(
                    sentence,
                    i,
                    i + 1,
                    Actor::new(fold(text, true), "", Kind::Unknown),
                    MentionForm::Pronoun,
                ));
                continue;
            }
            // "the country", "the group", "the international coalition": up to two lower-case
            // modifiers between "the" and the noun.
            if let Some(kind) = nominal(l) {
                let mut d = i;
                while d > 0
                    && i - d < 3
                    && covered[d - 1].is_none()
                    && toks[d - 1].kind == TokenKind::Word
                    && !toks[d - 1].is_capitalized(source)
                    && toks[d - 1].lower != "the"
                    && !NOT_MODIFIERS.contains(&toks[d - 1].lower.as_str())
                {
                    d -= 1;
                }
                if d > 0 && toks[d - 1].lower == "the" {
                    add.push(Mention::new(
                        sentence,
                        d,
                        i + 1,
                        Actor::new(fold(text, true), "", kind),
                        MentionForm::Reference,
                    ));
                    continue;
                }
            }
            if i > 0 && toks[i - 1].lower == "the" {
                // "the secretary", "the chief coordinator": a title with no name after it.
                if let Some(t) = self.words.titles.get(l)
                    && !self.words.honorifics.contains(l)
                    && t.word != "head"
                    && !(i + 1 < n && self.name_word(&toks[i + 1], source))
                    && !(i + 1 < n && modifies_next(&toks[i + 1], source))
                {
                    add.push(Mention::new(
                        sentence,
                        i,
                        i + 1,
                        Actor::new(fold(text, true), "", Kind::Person),
                        MentionForm::Reference,
                    ));
                }
            }
        }
        if !add.is_empty() {
            ms.extend(add);
            ms.sort_by_key(|m| (m.first, m.start));
        }
    }
}

/// Whether the word after a title makes the title a modifier of another noun ("the major
/// obstacle", "the general election"), not a person ("the general said").
fn modifies_next(next: &Token, source: &str) -> bool {
    const AFTER_HEAD: &[&str] = &[
        "said", "says", "told", "tells", "was", "is", "has", "had", "have", "will", "would",
        "could", "should", "may", "might", "can", "did", "does", "of", "and", "or", "in", "on",
        "at", "to", "for", "with", "who", "whom", "whose", "which", "that", "also", "then",
        "later", "however", "himself", "herself", "'s", "n't", "not", "met", "held", "spoke",
        "went", "came", "made", "gave", "took", "sent", "left", "led", "became", "arrived",
        "meets", "visits",
    ];
    next.kind == TokenKind::Word
        && !next.is_capitalized(source)
        && !AFTER_HEAD.contains(&next.lower.as_str())
        && !next.lower.ends_with("ed")
}
