//! Article-level context and coreference: acronyms and surnames of actors named earlier in the
//! article, "the president" for the last person titled so, pronouns for the nearest compatible
//! actor, "we" for the speaker's side, and a country for agents named without one ("the
//! opposition" in a Syria article is `SYROPP`).

use super::model::{Actor, Kind, country_of_code};
use super::recognize::{FxBuild, Mention, MentionForm, Recognizer, WordFilter};
use super::words::{DOCUMENT_VERBS, Pronoun, class, pronoun};
use crate::date::Date;
use crate::text::{Sentence, Token};
use std::collections::{HashMap, HashSet};

/// Marks a pending role that only the article's clearly dominant country may fill (people and
/// bodies found by their shape: "Secretary Ash Carter" in a Pentagon release about Iraq is not
/// Iraqi).
pub const WEAK: char = '?';

/// What recognition knows about an article so far. One per article; built by
/// [`Recognizer::recognize_article`] (or by [`Recognizer::find`] for a lone sentence).
#[derive(Debug, Clone, Default)]
pub struct ArticleContext {
    pub date: Option<Date>,
    /// Index of the sentence being scanned.
    pub sentence: usize,
    /// Acronyms defined in the article: "HNC" -> the High Negotiations Committee.
    acronyms: HashMap<String, (Actor, Option<String>), FxBuild>,
    /// Names (lower case, words joined by one space) of people and groups found by their shape:
    /// "assad", "bashar assad".
    names: HashMap<String, (Actor, Option<String>), FxBuild>,
    /// First words of the names of several words, to try those only where they can start.
    first_words: HashSet<String, FxBuild>,
    /// Title words of each discovered person, by (sentence, first token).
    titles: HashMap<(usize, usize), Vec<String>, FxBuild>,
    /// Every key of `names` and every word of `first_words`: most capitalised words are no
    /// name and start none, and are turned away before hashing.
    name_filter: WordFilter<16>,
}

impl ArticleContext {
    pub fn new(date: Option<Date>) -> ArticleContext {
        ArticleContext {
            date,
            ..ArticleContext::default()
        }
    }

    /// Records a person found by title, so that the surname alone and "the TITLE" later refer
    /// to them.
    pub(super) fn add_person(&mut self, m: &Mention, name: &[Token], title: Vec<String>) {
        let value = (m.actor.clone(), m.pending_role.clone());
        let words: Vec<&str> = name.iter().map(|t| t.lower.as_str()).collect();
        if words.len() >= 2 {
            self.add_name(&words.join(" "), value.clone());
            self.add_first_word(words[0]);
            self.add_first_word(words[words.len() - 2]);
            let last = words[words.len() - 1];
            if last.chars().count() > 2 {
                self.add_name(last, value.clone());
                // "al-Jubeir" -> also "Jubeir"
                if let Some(rest) = last
                    .strip_prefix("al-")
                    .or_else(|| last.strip_prefix("el-"))
                {
                    self.add_name(rest, value.clone());
                }
            }
            if words.len() >= 3 {
                self.add_name(&words[words.len() - 2..].join(" "), value.clone());
            }
        } else if m.form == MentionForm::Discovered && words.len() == 1 {
            // "President Assad": the one word is the surname.
            self.add_name(words[0], value.clone());
        }
        self.titles.insert((self.sentence, m.first), title);
    }

    /// A name (marked whole in the filter too, whatever a token may hold).
    fn add_name(&mut self, word: &str, value: (Actor, Option<String>)) {
        self.name_filter.insert(word);
        self.names.insert(word.to_string(), value);
    }

    /// A word that starts a name of several words.
    fn add_first_word(&mut self, word: &str) {
        self.name_filter.insert(word);
        self.first_words.insert(word.to_string());
    }

    /// Records an acronym defined in brackets after a mention.
    pub(super) fn add_acronym(&mut self, acronym: &str, m: &Mention) {
        if matches!(m.form, MentionForm::Agent) {
            return;
        }
        self.acronyms.insert(
            acronym.to_string(),
            (m.actor.clone(), m.pending_role.clone()),
        );
    }

    /// A mention at token `i` of a name learnt earlier in the article: an acronym, a surname.
    ///
    /// Inlined: at most tokens (lower case, or nothing learnt yet) this is two tests.
    #[inline]
    pub(super) fn known(&self, source: &str, sentence: &Sentence, i: usize) -> Option<Mention> {
        if self.acronyms.is_empty() && self.names.is_empty() {
            return None;
        }
        if !sentence.tokens[i].is_capitalized(source) {
            return None;
        }
        self.known_capitalized(source, sentence, i)
    }

    /// [`ArticleContext::known`] at a capitalised token.
    fn known_capitalized(&self, source: &str, sentence: &Sentence, i: usize) -> Option<Mention> {
        let toks = &sentence.tokens;
        let t = &toks[i];
        let make = |last: usize, v: &(Actor, Option<String>)| {
            let mut m = Mention::new(sentence, i, last, v.0.clone(), MentionForm::Discovered);
            m.pending_role = v.1.clone();
            m
        };
        if !self.acronyms.is_empty()
            && let Some(v) = self.acronyms.get(t.text(source))
        {
            return Some(make(i + 1, v));
        }
        if !self.name_filter.may_hold(&t.lower) {
            return None;
        }
        // Names of three words, then two, where one can start; then one word.
        if self.first_words.contains(t.lower.as_str()) {
            let mut key = String::new();
            for len in [3, 2] {
                if i + len > toks.len() || !toks[i + len - 1].is_capitalized(source) {
                    continue;
                }
                key.clear();
                for (k, w) in toks[i..i + len].iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                    }
                    key.push_str(&w.lower);
                }
                if let Some(v) = self.names.get(&key) {
                    return Some(make(i + len, v));
                }
            }
        }
        let v = self.names.get(t.lower.as_str())?;
        Some(make(i + 1, v))
    }
}

/// A resolved mention seen earlier in the article, by its place: its actor is read from the
/// article's mentions when needed (cloning every actor into the history cost more than the
/// rest of resolution).
#[derive(Debug, Clone, Copy)]
struct Seen {
    sentence: usize,
    /// Index in its sentence's mentions (once that sentence's dropped mentions are gone).
    index: usize,
    plural: bool,
}

/// The history of the sentences before the current one, with their (final) mentions.
#[derive(Clone, Copy)]
struct Earlier<'a> {
    seen: &'a [Seen],
    done: &'a [Vec<Mention>],
}

impl<'a> Earlier<'a> {
    fn actor(&self, s: &Seen) -> &'a Actor {
        &self.done[s.sentence][s.index].actor
    }
}

/// The actor of a history entry: in the current sentence `si` (indices not yet shifted by its
/// dropped mentions) or an earlier one.
fn seen_actor<'a>(s: &Seen, si: usize, ms: &'a [Mention], done: &'a [Vec<Mention>]) -> &'a Actor {
    if s.sentence == si {
        &ms[s.index].actor
    } else {
        &done[s.sentence][s.index].actor
    }
}

fn is_plural(m: &Mention, toks: &[Token]) -> bool {
    if m.actor.kind == Kind::Person {
        return false;
    }
    let l = toks[m.last - 1].lower.as_str();
    matches!(m.form, MentionForm::Agent | MentionForm::Combined)
        && l.ends_with('s')
        && !l.ends_with("ss")
        && !l.ends_with("us")
}

/// The article's main country: the one most named (countries, their parts and adjectives;
/// people and pronouns left out); ties go to the one named first. Also whether it clearly
/// dominates (two thirds of the weight), and its weight (2 a mention, 1 for a person).
fn dominant_country(all: &[Vec<Mention>]) -> Option<(String, bool, usize)> {
    let mut counts: HashMap<&str, (usize, usize), FxBuild> = HashMap::default();
    let mut order = 0;
    for ms in all {
        for m in ms {
            if matches!(
                m.form,
                MentionForm::Pronoun | MentionForm::Reference | MentionForm::Agent
            ) {
                continue;
            }
            // People count half: a foreign minister's visit does not make the article his.
            let weight = if m.actor.kind == Kind::Person { 1 } else { 2 };
            if let Some(c) = country_of_code(&m.actor.code) {
                let e = counts.entry(c).or_insert((0, order));
                e.0 += weight;
                order += 1;
            }
        }
    }
    let total: usize = counts.values().map(|c| c.0).sum();
    counts
        .into_iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
        .map(|(c, (n, _))| (c.to_string(), n * 3 >= total * 2, n))
}

impl Recognizer {
    /// Pass 2 over the whole article: countries for agents, references, pronouns.
    pub(super) fn resolve(
        &self,
        _source: &str,
        sentences: &[Sentence],
        all: &mut [Vec<Mention>],
        ctx: &mut ArticleContext,
    ) {
        let (dominant, strong, weight) = match dominant_country(all) {
            Some((c, strong, weight)) => (Some(c), strong, weight),
            None => (None, false, 0),
        };
        // A bare agent takes the main country only when it is named more than once: in
        // "Russia denied arming the rebels" the rebels are not Russian.
        let agent_country = dominant.clone().filter(|_| weight >= 4);
        // Sized once for every mention of the article: it grows by one per mention kept.
        let mut hist: Vec<Seen> = Vec::with_capacity(all.iter().map(Vec::len).sum());
        // (title words, person) in order of appearance.
        let mut people: Vec<(Vec<String>, Actor)> = Vec::new();
        let mut last_speaker: Option<Actor> = None;
        for (si, sentence) in sentences.iter().enumerate().take(all.len()) {
            // Earlier sentences are final: the history reads their actors in place.
            let (done, rest) = all.split_at_mut(si);
            let (done, ms) = (&*done, &mut rest[0]);
            let toks = &sentence.tokens;
            let sentence_hist = hist.len();
            let mut drop: Vec<usize> = Vec::new();
            for idx in 0..ms.len() {
                let before_the = ms[idx].first > 0 && toks[ms[idx].first - 1].lower == "the";
                match ms[idx].form {
                    MentionForm::Agent if ms[idx].actor.code.is_empty() => {
                        let agent = ms[idx].entry.unwrap_or(0);
                        // "its forces", "their leaders": the owner's country.
                        let mut country = None;
                        let first = toks[ms[idx].first].lower.clone();
                        if pronoun(&first).is_some() {
                            country = self
                                .resolve_pronoun(
                                    &first,
                                    ms,
                                    idx,
                                    Earlier {
                                        seen: &hist[..sentence_hist],
                                        done,
                                    },
                                    toks,
                                    last_speaker.as_ref(),
                                )
                                .and_then(|a| country_of_code(&a.code).map(String::from));
                        }
                        if country.is_none() {
                            country = agent_country.clone();
                        }
                        let resolved = before_the
                            .then(|| self.title_reference(&ms[idx], toks, &people, None))
                            .flatten();
                        if let Some(p) = resolved {
                            ms[idx].actor = p;
                            ms[idx].form = MentionForm::Reference;
                        } else if let Some(c) = country
                            && agent < self.dict.agents.len()
                        {
                            ms[idx].actor.code = self.join_agent(&c, agent);
                        }
                    }
                    MentionForm::Combined if before_the => {
                        let c = country_of_code(&ms[idx].actor.code).map(String::from);
                        if let Some(p) = self.title_reference(&ms[idx], toks, &people, c) {
                            ms[idx].actor = p;
                            ms[idx].form = MentionForm::Reference;
                        }
                    }
                    MentionForm::Reference => {
                        let m = &ms[idx];
                        let seen = || hist.iter().rev().map(|s| (s, seen_actor(s, si, ms, done)));
                        let resolved = match m.actor.kind {
                            // "our allies": kept as it is.
                            Kind::Unknown => Some(m.actor.clone()),
                            Kind::Person => self.title_reference(m, toks, &people, None),
                            Kind::Country => seen()
                                .find(|(_, a)| a.kind == Kind::Country)
                                .map(|(_, a)| a.clone())
                                .or_else(|| self.country_actor(dominant.as_deref())),
                            Kind::Igo => seen()
                                .find(|(_, a)| {
                                    let n = a.name.to_lowercase();
                                    n.contains(m.actor.name.as_str())
                                })
                                .map(|(_, a)| a.clone())
                                .or_else(|| Some(Actor::new(&m.actor.name, "", Kind::Group))),
                            _ => seen()
                                .find(|(s, a)| {
                                    !s.plural
                                        && matches!(
                                            a.kind,
                                            Kind::Rebel
                                                | Kind::Militant
                                                | Kind::Group
                                                | Kind::Party
                                                | Kind::Ngo
                                                | Kind::Igo
                                        )
                                })
                                .map(|(_, a)| a.clone()),
                        };
                        match resolved {
                            Some(a) => ms[idx].actor = a,
                            None if m.actor.kind == Kind::Person => {
                                // An unnamed official of the article's country.
                                let role = self
                                    .words
                                    .titles
                                    .get(toks[m.last - 1].lower.as_str())
                                    .map(|t| t.role)
                                    .unwrap_or("");
                                if !role.is_empty()
                                    && let Some(c) = &dominant
                                {
                                    ms[idx].actor.code = format!("{c}{role}");
                                }
                            }
                            None => drop.push(idx),
                        }
                    }
                    MentionForm::Pronoun => {
                        let lower = toks[ms[idx].first].lower.clone();
                        // "it details deliberate attacks": a report, not an actor.
                        let mut next = ms[idx].last;
                        if toks
                            .get(next)
                            .is_some_and(|t| t.lower.ends_with("ly") || t.lower == "also")
                        {
                            next += 1;
                        }
                        if lower == "it"
                            && toks
                                .get(next)
                                .is_some_and(|t| DOCUMENT_VERBS.contains(&t.lower.as_str()))
                        {
                            drop.push(idx);
                            continue;
                        }
                        let resolved = self.resolve_pronoun(
                            &lower,
                            ms,
                            idx,
                            Earlier {
                                seen: &hist[..sentence_hist],
                                done,
                            },
                            toks,
                            last_speaker.as_ref(),
                        );
                        match resolved {
                            Some(a) => ms[idx].actor = a,
                            // An unresolved "he" or "they" is no actor; an unresolved "we" is
                            // still someone speaking.
                            None if pronoun(&lower) != Some(Pronoun::Speaker) => drop.push(idx),
                            None => {}
                        }
                    }
                    _ => {}
                }
                if let Some(role) = ms[idx].pending_role.take()
                    && ms[idx].actor.code.is_empty()
                    && let Some(c) = &dominant
                {
                    match role.strip_prefix(WEAK) {
                        Some(r) if strong => ms[idx].actor.code = format!("{c}{r}"),
                        Some(_) => {}
                        None => ms[idx].actor.code = format!("{c}{role}"),
                    }
                }
                let m = &ms[idx];
                if m.actor.kind == Kind::Person
                    && matches!(m.form, MentionForm::Name | MentionForm::Discovered)
                {
                    let title = ctx.titles.get(&(si, m.first)).cloned().or_else(|| {
                        let e = &self.dict.entries[m.entry?];
                        let role = match ctx.date {
                            Some(d) => e.roles.iter().rev().find(|r| r.holds_on(d)),
                            None => e.roles.last(),
                        }?;
                        Some(
                            role.title
                                .to_lowercase()
                                .split(' ')
                                .map(String::from)
                                .collect(),
                        )
                    });
                    if let Some(t) = title {
                        people.push((t, m.actor.clone()));
                    }
                }
                if m.form != MentionForm::Adjective && !drop.contains(&idx) {
                    hist.push(Seen {
                        sentence: si,
                        index: idx,
                        plural: is_plural(m, toks),
                    });
                }
            }
            if let Some(s) = self.speaker(ms, ms.len(), toks) {
                last_speaker = Some(s);
            }
            if !drop.is_empty() {
                let mut i = 0;
                ms.retain(|_| {
                    i += 1;
                    !drop.contains(&(i - 1))
                });
                // This sentence's history now points past the mentions dropped before it.
                for s in &mut hist[sentence_hist..] {
                    s.index -= drop.iter().filter(|&&d| d < s.index).count();
                }
            }
        }
    }

    fn join_agent(&self, country: &str, agent: usize) -> String {
        self.join_code(country, agent)
    }

    /// The country entry's actor for a code.
    fn country_actor(&self, code: Option<&str>) -> Option<Actor> {
        let i = *self.country_entry.get(code?)?;
        let e = &self.dict.entries[i];
        Some(Actor::new(&e.name, e.code_on(None), e.kind))
    }

    /// "we" said by a person: the person's side (their country's government).
    fn side_of(&self, speaker: Actor) -> Actor {
        if speaker.kind != Kind::Person {
            return speaker;
        }
        match country_of_code(&speaker.code).and_then(|c| self.country_entry.get(c)) {
            Some(&i) => Actor::new(
                &self.dict.entries[i].name,
                speaker.code.clone(),
                Kind::Government,
            ),
            None => speaker,
        }
    }

    /// The person last titled like the mention ("the president", "the foreign minister").
    fn title_reference(
        &self,
        m: &Mention,
        toks: &[Token],
        people: &[(Vec<String>, Actor)],
        country: Option<String>,
    ) -> Option<Actor> {
        let head = toks[m.last - 1].lower.as_str();
        let t = self.words.titles.get(head)?;
        if self.words.is(t.word, class::HONORIFIC) {
            return None;
        }
        let words: Vec<&str> = (m.first..m.last)
            .map(|i| toks[i].lower.as_str())
            .filter(|w| self.words.is(w, class::TITLE_MODIFIER | class::TITLE))
            .collect();
        people
            .iter()
            .rev()
            .find(|(title, actor)| {
                words.iter().all(|w| title.iter().any(|x| x == w))
                    && country
                        .as_deref()
                        .is_none_or(|c| country_of_code(&actor.code) == Some(c))
            })
            .map(|(_, a)| a.clone())
    }

    /// The actor a pronoun stands for.
    #[allow(clippy::too_many_arguments)]
    fn resolve_pronoun(
        &self,
        lower: &str,
        ms: &[Mention],
        idx: usize,
        earlier: Earlier<'_>,
        toks: &[Token],
        last_speaker: Option<&Actor>,
    ) -> Option<Actor> {
        // An object pronoun does not refer to its own clause's subject ("the U.S. should
        // release them"): look in earlier sentences only.
        let object = matches!(lower, "him" | "them" | "themselves" | "himself" | "herself");
        let here = if object { 0 } else { idx };
        match pronoun(lower)? {
            Pronoun::Person => {
                self.antecedent(ms, here, earlier, toks, |a, _| a.kind == Kind::Person)
            }
            Pronoun::Thing => self.antecedent(ms, here, earlier, toks, |a, plural| {
                a.kind != Kind::Person && a.kind != Kind::Unknown && !plural
            }),
            Pronoun::Plural => {
                // "they" (a subject) first looks outside a prepositional phrase: "fire from
                // ISIL fighters in a building, they requested" means the troops, not ISIL.
                let plural = |a: &Actor, plural: bool| plural && a.kind != Kind::Person;
                let group = |a: &Actor, _: bool| {
                    matches!(
                        a.kind,
                        Kind::Group | Kind::Rebel | Kind::Militant | Kind::Party | Kind::Country
                    )
                };
                (if lower == "they" {
                    self.antecedent_outside_pp(ms, here, toks, plural)
                } else {
                    None
                })
                .or_else(|| self.antecedent(ms, here, earlier, toks, plural))
                .or_else(|| self.antecedent(ms, here, earlier, toks, group))
            }
            Pronoun::Speaker => {
                let speaker = self.speaker(ms, idx, toks).or(last_speaker.cloned());
                speaker.map(|s| {
                    if matches!(lower, "i" | "me" | "my") {
                        s
                    } else {
                        self.side_of(s)
                    }
                })
            }
        }
    }

    /// A subject "they" in a sentence that named actors before it: the closest one that is not
    /// inside a prepositional phrase ("after Iraqi forces came under fire from ISIL fighters in
    /// a building, they requested support": the forces).
    fn antecedent_outside_pp(
        &self,
        ms: &[Mention],
        idx: usize,
        toks: &[Token],
        ok: impl Fn(&Actor, bool) -> bool,
    ) -> Option<Actor> {
        let in_pp = |m: &Mention| {
            m.first > 0
                && matches!(
                    toks[m.first - 1].lower.as_str(),
                    "from" | "in" | "by" | "with" | "of" | "at" | "on" | "against" | "into"
                )
        };
        // Only when an actor in a phrase stands between: otherwise the usual nearest rule.
        let nearest = ms[..idx].iter().rev().find(|m| {
            m.form != MentionForm::Adjective
                && !(m.actor.code.is_empty() && m.actor.kind == Kind::Unknown)
                && ok(&m.actor, is_plural(m, toks))
        })?;
        if !in_pp(nearest) {
            return None;
        }
        ms[..idx]
            .iter()
            .rev()
            .find(|m| {
                m.form != MentionForm::Adjective
                    && !(m.actor.code.is_empty() && m.actor.kind == Kind::Unknown)
                    && !in_pp(m)
                    && ok(&m.actor, is_plural(m, toks))
            })
            .map(|m| m.actor.clone())
    }

    /// The nearest earlier actor that `ok` accepts: in this sentence the closest before the
    /// pronoun; else, in the last sentence that has one, the first (the subject).
    fn antecedent(
        &self,
        ms: &[Mention],
        idx: usize,
        earlier: Earlier<'_>,
        toks: &[Token],
        ok: impl Fn(&Actor, bool) -> bool,
    ) -> Option<Actor> {
        for m in ms[..idx].iter().rev() {
            if m.form == MentionForm::Adjective
                || m.actor.code.is_empty() && m.actor.kind == Kind::Unknown
            {
                continue;
            }
            if ok(&m.actor, is_plural(m, toks)) {
                return Some(m.actor.clone());
            }
        }
        let last_sentence = earlier
            .seen
            .iter()
            .rev()
            .find(|s| ok(earlier.actor(s), s.plural))?
            .sentence;
        earlier
            .seen
            .iter()
            .find(|s| s.sentence == last_sentence && ok(earlier.actor(s), s.plural))
            .map(|s| earlier.actor(s).clone())
    }

    /// Who speaks in a sentence: the actor just before or after a verb of saying, ignoring the
    /// mention at `skip`.
    fn speaker(&self, ms: &[Mention], skip: usize, toks: &[Token]) -> Option<Actor> {
        for (k, m) in ms.iter().enumerate() {
            if k == skip
                || m.form == MentionForm::Adjective
                || (m.form == MentionForm::Pronoun && m.actor.kind == Kind::Unknown)
            {
                continue;
            }
            let after = toks.get(m.last).map(|t| t.lower.as_str());
            let before = m.first.checked_sub(1).map(|i| toks[i].lower.as_str());
            let says = |w: Option<&str>| w.is_some_and(|w| self.words.is(w, class::SAY));
            if says(after) || (says(before) && before != Some("according")) {
                return Some(m.actor.clone());
            }
        }
        None
    }
}
