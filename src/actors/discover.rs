//! Actors not in the dictionaries, found by their shape: a title before a capitalised name
//! ("Saudi Foreign Minister Adel al-Jubeir"), a name with an appositive title ("Riad Hijab,
//! chief coordinator of ..."), a capitalised name with an organisational head ("the Arakan
//! Army", "the Ministry of Defence", "Kurdistan Workers' Party"); acronyms defined in the
//! article ("High Negotiations Committee (HNC)"); placeholders for pronouns and references that
//! `coref.rs` resolves once the whole article is read.

use super::coref::{ArticleContext, WEAK};
use super::model::{Actor, Kind};
use super::recognize::{Mention, MentionForm, Recognizer};
use super::words::{Pronoun, class, nominal, pronoun};
use crate::text::normalize::fold;
use crate::text::{Sentence, Token, TokenKind};

/// A word token (bits of [`Facts`] above the word classes of [`class`]).
const WORD: u32 = 1 << 16;
/// A word starting with an upper-case letter.
const CAP: u32 = 1 << 17;
/// A capitalised word that can be part of a name: not a function word, title or head.
const NAME: u32 = 1 << 18;
/// An ordinal that can start a unit's name.
const ORDINAL: u32 = 1 << 19;
// The facts of a token are above its word classes.
const _: () = assert!(WORD > class::ALL);

/// What the passes ask of each token of one sentence, found once: the classes of its word
/// (one look-up for all the word lists) and its shape. The passes ask it several times per
/// token, and they skip a sentence with no word that could start what they look for.
struct Facts {
    of: Vec<u32>,
    /// The bits of all the tokens together.
    any: u32,
}

impl Facts {
    /// Whether token `i` has one of `bits`.
    #[inline]
    fn is(&self, i: usize, bits: u32) -> bool {
        self.of[i] & bits != 0
    }

    /// Whether token `i` has all of `bits`.
    #[inline]
    fn all(&self, i: usize, bits: u32) -> bool {
        self.of[i] & bits == bits
    }

    /// Whether some token has one of `bits`.
    fn any(&self, bits: u32) -> bool {
        self.any & bits != 0
    }
}

/// An ordinal that can start a unit's name ("134th", "407th"), by its lower-case text.
#[inline]
fn ordinal(l: &str) -> bool {
    l.len() > 2
        && l.as_bytes()[0].is_ascii_digit()
        && (l.ends_with("th") || l.ends_with("st") || l.ends_with("nd") || l.ends_with("rd"))
}

/// An agent alone (no country) used as a modifier of an abstract noun ("a military solution")
/// is no actor.
fn drop_modifier_agents(facts: &Facts, ms: &mut Vec<Mention>) {
    if !facts.any(class::MODIFIED_NOUN) {
        return;
    }
    ms.retain(|m| {
        if m.form != MentionForm::Agent || m.last >= facts.of.len() {
            return true;
        }
        // Abstract nouns only: "government positions" still stand for the government.
        let modified = facts.all(m.last, WORD | class::MODIFIED_NOUN);
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
        let facts = self.facts(source, sentence);
        let mut raw = self.dictionary_matches(source, sentence, ctx);
        self.drop_first_names(sentence, &facts, &mut raw);
        let raw = self.discover(source, sentence, &facts, raw, ctx);
        let mut ms = self.combine(source, sentence, raw);
        drop_modifier_agents(&facts, &mut ms);
        self.acronym_definitions(source, sentence, &mut ms, ctx);
        self.placeholders(source, sentence, &facts, &mut ms);
        self.extend_left(source, sentence, &facts, &mut ms);
        ms
    }

    /// The [`Facts`] of a sentence's tokens.
    fn facts(&self, source: &str, sentence: &Sentence) -> Facts {
        let mut any = 0;
        let of = sentence
            .tokens
            .iter()
            .map(|t| {
                let l = t.lower.as_str();
                let mut f = self.words.classes.get(l).copied().unwrap_or(0);
                if t.kind == TokenKind::Word {
                    f |= WORD;
                    if t.is_capitalized(source) {
                        f |= CAP;
                        if f & (class::NOT_NAME | class::TITLE | class::ORG_HEAD) == 0 {
                            f |= NAME;
                        }
                    }
                }
                if ordinal(l) {
                    f |= ORDINAL;
                }
                any |= f;
                f
            })
            .collect();
        Facts { of, any }
    }

    /// Takes the modifiers of a noun phrase into its mention, back to the determiner: "the
    /// *wider* Global Coalition", "*these* terrorists", "*Three* Palestinian militants". Only
    /// lower-case words between a determiner and the mention are taken, so verbs are not.
    fn extend_left(&self, source: &str, sentence: &Sentence, facts: &Facts, ms: &mut [Mention]) {
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
                if facts.is(x - 1, class::KEPT_DETERMINER) || t.kind == TokenKind::Number {
                    new_first = Some(x - 1);
                    break;
                }
                let lowercase_word = facts.of[x - 1] & (WORD | CAP) == WORD
                    && t.text(source).chars().any(|c| c.is_alphabetic())
                    && !facts.is(x - 1, class::NOT_MODIFIER | class::SAY)
                    && !l.ends_with("ed")
                    && !l.ends_with("ing");
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
    fn drop_first_names(&self, sentence: &Sentence, facts: &Facts, raw: &mut Vec<Mention>) {
        let toks = &sentence.tokens;
        // "US$ 200,000": a currency, not the country.
        raw.retain(|m| {
            !(m.actor.kind == Kind::Country
                && m.last < toks.len()
                && toks[m.last].start == m.end
                && toks[m.last].lower == "$")
        });
        // A country before a name word, if not covered by another mention.
        let before_name = |m: &Mention| {
            m.form == MentionForm::Name
                && m.actor.kind == Kind::Country
                && m.last - m.first == 1
                && FIRST_NAME_COUNTRIES.contains(&toks[m.first].lower.as_str())
                && m.last < toks.len()
                && facts.is(m.last, NAME)
        };
        // The cover is only made for a sentence that has such a country.
        if raw.iter().any(before_name) {
            let covered = cover(toks.len(), raw);
            raw.retain(|m| !(before_name(m) && covered[m.last].is_none()));
        }
    }

    /// Titled persons, appositive persons and organisations; they replace the raw mentions
    /// they cover (adjectives, agents, countries inside the name).
    fn discover(
        &self,
        source: &str,
        sentence: &Sentence,
        facts: &Facts,
        raw: Vec<Mention>,
        ctx: &mut ArticleContext,
    ) -> Vec<Mention> {
        // Each pass starts from a word of its own, and finds nothing (changes nothing) in a
        // sentence without one: a title (the appositive's after the name), a verb of saying
        // ("said", "says", "told") next to two name words, a head of an organisation name.
        let titled = facts.any(class::TITLE);
        let appositive = titled && facts.any(NAME);
        let speaking = facts.any(class::SAY) && facts.any(NAME);
        let organisations = facts.any(class::ORG_HEAD);
        if !(titled || appositive || speaking || organisations) {
            return raw;
        }
        let n = sentence.tokens.len();
        let mut found: Vec<Mention> = Vec::new();
        let mut taken = vec![false; n];
        let covered = cover(n, &raw);
        if titled {
            self.titled_persons(
                source, sentence, facts, &raw, &covered, &mut found, &mut taken, ctx,
            );
        }
        if appositive {
            self.appositive_persons(
                source, sentence, facts, &raw, &covered, &mut found, &mut taken, ctx,
            );
        }
        if speaking {
            self.speaking_persons(
                source, sentence, facts, &covered, &mut found, &mut taken, ctx,
            );
        }
        if organisations {
            self.organisations(
                source, sentence, facts, &raw, &covered, &mut found, &mut taken,
            );
        }
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
        facts: &Facts,
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
            let title = match facts.is(j, class::TITLE) {
                true => w.titles.get(toks[j].lower.as_str()),
                false => None,
            };
            let Some(title) = title else {
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
            // (The title's word is the token's.)
            if !facts.is(j, CAP) && facts.is(j, class::CAP_ONLY_TITLE) {
                j += 1;
                continue;
            }
            let mut country: Option<String> = None;
            let mut k = j + 1;
            // "Secretary of State", "Minister for Central Asia", "Minister of Foreign Affairs of Iraq"
            while k + 1 < n
                && matches!(toks[k].lower.as_str(), "of" | "for")
                && facts.is(k + 1, CAP)
                && (facts.is(k + 1, class::TITLE_DOMAIN)
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
                    if facts.is(k, class::TITLE_DOMAIN) && (facts.is(k, CAP) || l == "and") {
                        k += 1;
                        continue;
                    }
                    break;
                }
            }
            // Honorifics after the title: "Minister HE Dr Ibrahim al-Jaafari".
            while k < n
                && (facts.is(k, class::HONORIFIC) || toks[k].text(source) == "HE")
                && k + 1 < n
                && facts.is(k + 1, CAP)
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
                    let particle = (facts.is(k, class::PARTICLE)
                        && k + 1 < n
                        && facts.is(k + 1, CAP)
                        && k > name_start)
                        || ((l.starts_with("al-") || l.starts_with("el-")) && t.is_word());
                    // A title word inside a name ("Julie Bishop") when no name follows it.
                    let title_in_name = k > name_start
                        && facts.all(k, CAP | class::TITLE)
                        && !(k + 1 < n && facts.is(k + 1, NAME));
                    if facts.is(k, NAME) || particle || title_in_name {
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
                        && (m.first..m.last)
                            .all(|i| facts.is(i, class::TITLE_MODIFIER | class::TITLE))
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
                if facts.is(q, class::TITLE_MODIFIER | class::TITLE) {
                    if matches!(l, "opposition" | "rebel") {
                        role_mod = Some(if l == "rebel" { "REB" } else { "OPP" });
                    } else if matches!(l, "military" | "army") {
                        role_mod = Some("MIL");
                    }
                    p = q;
                    continue;
                }
                if facts.is(q, CAP) && !facts.is(q, class::NOT_NAME) && l != "'s" {
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
        facts: &Facts,
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
            if taken[i] || covered[i].is_some() || !facts.is(i, NAME) {
                i += 1;
                continue;
            }
            let mut k = i;
            while k < n
                && k - i < 4
                && !taken[k]
                && covered[k].is_none()
                && (facts.is(k, NAME)
                    || ((toks[k].lower.starts_with("al-") || facts.is(k, class::PARTICLE))
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
                if facts.of[h] & (class::TITLE | class::HONORIFIC) == class::TITLE
                    && let Some(t) = w.titles.get(l)
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
                if facts.is(h, class::TITLE_MODIFIER) || matches!(l, "rebel" | "militant") {
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
    #[allow(clippy::too_many_arguments)]
    fn speaking_persons(
        &self,
        source: &str,
        sentence: &Sentence,
        facts: &Facts,
        covered: &[Option<usize>],
        found: &mut Vec<Mention>,
        taken: &mut [bool],
        ctx: &mut ArticleContext,
    ) {
        let toks = &sentence.tokens;
        let n = toks.len();
        let mut i = 0;
        while i < n {
            if taken[i] || covered[i].is_some() || !facts.is(i, NAME) {
                i += 1;
                continue;
            }
            let mut k = i + 1;
            while k < n
                && k - i < 3
                && !taken[k]
                && covered[k].is_none()
                && (facts.is(k, NAME) || (toks[k].lower.starts_with("al-") && toks[k].is_word()))
            {
                k += 1;
            }
            let says =
                |x: usize| x < n && matches!(toks[x].lower.as_str(), "said" | "says" | "told");
            let before_said = i > 0 && matches!(toks[i - 1].lower.as_str(), "said" | "says");
            // Two or three name words, the first not a sentence's capitalised common word.
            if k - i >= 2 && (says(k) || before_said) && !facts.is(i, class::NOT_NAME) {
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
    #[allow(clippy::too_many_arguments)]
    fn organisations(
        &self,
        source: &str,
        sentence: &Sentence,
        facts: &Facts,
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
                return countryish(m) || (m.form == MentionForm::Agent && facts.is(i, CAP));
            }
            facts.is(i, CAP | ORDINAL)
        };
        let mut i = 0;
        while i < n {
            let starts = part(i)
                && (covered[i].is_some() || facts.is(i, ORDINAL) || !facts.is(i, class::NOT_NAME));
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
            let head_of = |x: usize| match facts.is(x, class::ORG_HEAD) {
                true => w.org_heads.get(toks[x].lower.as_str()),
                false => None,
            };
            let last_head = head_of(e - 1);
            let head = match last_head {
                Some(h) => Some((e - 1, *h)),
                None => {
                    let mut front = None;
                    for x in s..e.saturating_sub(1) {
                        if let Some(h) = head_of(x)
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
                    && !facts.is(c - 1, class::ORG_HEAD)
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
            let numbered = facts.is(s, ORDINAL);
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
    fn placeholders(
        &self,
        source: &str,
        sentence: &Sentence,
        facts: &Facts,
        ms: &mut Vec<Mention>,
    ) {
        // Each placeholder starts at one of these words; other tokens are passed over.
        const STARTS: u32 = class::GROUP_PEOPLE | class::PRONOUN | class::NOMINAL | class::TITLE;
        if !facts.any(STARTS) {
            return;
        }
        let toks = &sentence.tokens;
        let n = toks.len();
        let covered = cover(n, ms);
        let mut add: Vec<Mention> = Vec::new();
        for i in 0..n {
            if !facts.is(i, STARTS) || covered[i].is_some() || toks[i].kind != TokenKind::Word {
                continue;
            }
            let l = toks[i].lower.as_str();
            let text = toks[i].text(source);
            // "members of the Security Council", "supporters of Estrada": the group itself.
            if facts.is(i, class::GROUP_PEOPLE) {
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
            if facts.is(i, class::PRONOUN)
                && let Some(p) = pronoun(l)
            {
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
            if facts.is(i, class::NOMINAL)
                && let Some(kind) = nominal(l)
            {
                let mut d = i;
                while d > 0
                    && i - d < 3
                    && covered[d - 1].is_none()
                    && facts.of[d - 1] & (WORD | CAP) == WORD
                    && toks[d - 1].lower != "the"
                    && !facts.is(d - 1, class::NOT_MODIFIER)
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
                if facts.of[i] & (class::TITLE | class::HONORIFIC) == class::TITLE
                    && let Some(t) = self.words.titles.get(l)
                    && t.word != "head"
                    && !(i + 1 < n && facts.is(i + 1, NAME))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::dictionary::Dictionary;
    use crate::actors::words::*;

    /// Each word of a list has its class bit in the one map the passes read.
    #[test]
    fn classes_hold_the_lists() {
        let r = Recognizer::new(&Dictionary::parse("t", "").unwrap());
        let has = |w: &str, bit: u32| r.words.classes.get(w).is_some_and(|b| b & bit != 0);
        let lists: [(Vec<&str>, u32); 15] = [
            (TITLES.iter().map(|t| t.word).collect(), class::TITLE),
            (ORG_HEADS.iter().map(|h| h.word).collect(), class::ORG_HEAD),
            (NOT_NAME.to_vec(), class::NOT_NAME),
            (NAME_PARTICLES.to_vec(), class::PARTICLE),
            (TITLE_MODIFIERS.to_vec(), class::TITLE_MODIFIER),
            (TITLE_DOMAINS.to_vec(), class::TITLE_DOMAIN),
            (HONORIFICS.to_vec(), class::HONORIFIC),
            (SAY_VERBS.to_vec(), class::SAY),
            (KEPT_DETERMINERS.to_vec(), class::KEPT_DETERMINER),
            (NOT_MODIFIERS.to_vec(), class::NOT_MODIFIER),
            (MODIFIED_NOUNS.to_vec(), class::MODIFIED_NOUN),
            (CAP_ONLY_TITLES.to_vec(), class::CAP_ONLY_TITLE),
            (PRONOUNS.iter().map(|p| p.0).collect(), class::PRONOUN),
            (NOMINALS.iter().map(|n| n.0).collect(), class::NOMINAL),
            (GROUP_PEOPLE.to_vec(), class::GROUP_PEOPLE),
        ];
        for (list, bit) in &lists {
            for w in list {
                assert!(has(w, *bit), "{w} lacks bit {bit:#x}");
            }
        }
        assert!(has("monday", class::NOT_NAME) && has("january", class::NOT_NAME));
        // A bit only for the words of its list.
        assert!(!has(
            "minister",
            class::NOT_NAME | class::ORG_HEAD | class::PRONOUN
        ));
        assert!(!has("army", class::TITLE) && !has("syria", class::ALL));
    }

    /// The facts of a sentence's tokens: shape and classes.
    #[test]
    fn facts_of_a_sentence() {
        let r = Recognizer::new(&Dictionary::parse("t", "").unwrap());
        let text = "The Foreign Minister Adel Jubeir met the 3rd Army.";
        let s = &crate::text::sentences(text)[0];
        let f = r.facts(text, s);
        let word = |w: &str| s.tokens.iter().position(|t| t.text(text) == w).unwrap();
        assert!(f.all(word("The"), WORD | CAP | class::NOT_NAME) && !f.is(word("The"), NAME));
        assert!(f.all(word("Minister"), CAP | class::TITLE) && !f.is(word("Minister"), NAME));
        assert!(f.all(word("Adel"), WORD | CAP | NAME));
        assert!(f.all(word("met"), WORD) && !f.is(word("met"), CAP | NAME));
        assert!(f.is(word("3rd"), ORDINAL) && f.is(word("Army"), class::ORG_HEAD));
        assert!(f.any(class::TITLE | class::ORG_HEAD) && !f.any(class::PRONOUN));
    }
}
