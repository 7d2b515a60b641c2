//! Finding actor mentions in a sentence: longest dictionary match on token boundaries with the
//! case rule of `data/actors/FORMAT.md`, country + agent combinations ("Russian warplanes",
//! "Syria's opposition"), and hyphenated parts ("U.S.-backed", "pro-Iranian").

use super::coref::ArticleContext;
use super::dictionary::Dictionary;
use super::model::{Actor, Kind, country_of_code};
use super::words::{
    CAP_ONLY_TITLES, GROUP_MODIFIERS, GROUP_PEOPLE, HONORIFICS, KEPT_DETERMINERS, MODIFIED_NOUNS,
    NAME_PARTICLES, NOMINALS, NOT_MODIFIERS, NOT_NAME, ORG_HEADS, OrgHead, PRONOUNS, SAY_VERBS,
    STATE_FORCE_WORDS, STRIKE_WORDS, TITLE_DOMAINS, TITLE_MODIFIERS, TITLES, Title, class,
};
use crate::date::Date;
use crate::text::calendar;
use crate::text::normalize::fold;
use crate::text::{Sentence, tokenize};
use compact_str::CompactString;
use std::collections::HashMap;

/// Nouns that "military" modifies rather than names: "ISIL military targets".
const MILITARY_THINGS: &[&str] = &[
    "targets",
    "target",
    "positions",
    "position",
    "bases",
    "base",
    "facilities",
    "facility",
    "installations",
    "equipment",
    "vehicles",
    "infrastructure",
    "sites",
    "site",
    "capabilities",
    "capability",
    "assets",
    "headquarters",
    "convoys",
    "convoy",
    "depots",
    "depot",
];

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionForm {
    /// A name or alias: "Russia", "John Kerry", "ISIS".
    Name,
    /// A country adjective alone: "Russian" in "the Russian proposal". Only a modifier.
    Adjective,
    /// A seat standing for the government: "Moscow", "the Kremlin".
    Seat,
    /// A country with an agent: "Russian warplanes", "Syria's opposition".
    Combined,
    /// An agent with no country: "the rebels", "the opposition".
    Agent,
    /// A name found by its shape, not in a dictionary: "the Arakan Army", "President Bashar
    /// Assad", or an acronym or surname of such a name used later in the article.
    Discovered,
    /// A reference to an actor named earlier: "the president", "the country", "the group".
    Reference,
    /// A pronoun standing for an actor named earlier: "he", "its", "they", "we".
    Pronoun,
}

/// One actor mention in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Token range `[first, last)` in the sentence.
    pub first: usize,
    pub last: usize,
    /// Byte span in the article text (may cover part of a hyphenated token).
    pub start: usize,
    pub end: usize,
    pub actor: Actor,
    pub form: MentionForm,
    /// Index of the dictionary entry, when the mention comes from one.
    pub entry: Option<usize>,
    /// The lower-case word before a hyphen in the same token ("pro" of "pro-Iranian").
    pub prefix: Option<String>,
    /// The lower-case word after a hyphen in the same token ("backed" of "U.S.-backed").
    pub suffix: Option<String>,
    /// A role code waiting for the article's country ("the rebels" in a Syria article ->
    /// `SYRREB`); `None` once recognition is done.
    pub pending_role: Option<String>,
}

impl Mention {
    /// A mention of `actor` over tokens `[first, last)` of `sentence`.
    pub fn new(
        sentence: &Sentence,
        first: usize,
        last: usize,
        actor: Actor,
        form: MentionForm,
    ) -> Mention {
        Mention {
            first,
            last,
            start: sentence.tokens[first].start,
            end: sentence.tokens[last - 1].end,
            actor,
            form,
            entry: None,
            prefix: None,
            suffix: None,
            pending_role: None,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Target {
    Entry(usize),
    Adjective(usize),
    Seat(usize),
    Agent(usize),
}

/// One alias, stored at the trie node its last word leads to.
#[derive(Debug, Clone)]
struct Pattern {
    /// Original tokens, for the case rule; empty where the token has no upper-case letter
    /// (the rule is then moot, see `upper`).
    cased: Vec<String>,
    /// Whether each original token has an upper-case letter (else the case rule is moot).
    upper: Vec<bool>,
    target: Target,
    /// From a user's file (`--actors`, `--petrarch-*`): wins ties with the built-in lists.
    user: bool,
}

/// The aliases as a trie of lower-case words: matching at a token costs one hash look-up per
/// word walked, however many aliases share a first word ("al", "national", "islamic").
#[derive(Debug)]
struct Trie {
    nodes: Vec<TrieNode>,
    /// The first words of the aliases: most tokens ("the", ",", "said") start no alias and are
    /// turned away here without hashing the word. 2^18 bits (32 KiB) for some thousands of
    /// first words, so that few other words share a bit.
    root_filter: Box<WordFilter<4096>>,
}

/// A Bloom-style set of words with one bit per word (see [`word_hash`]): [`WordFilter::may_hold`]
/// is false for most words not inserted, and never for a word inserted. `N` words of 64 bits,
/// a power of two.
#[derive(Debug, Clone)]
pub(super) struct WordFilter<const N: usize>([u64; N]);

impl<const N: usize> Default for WordFilter<N> {
    fn default() -> Self {
        WordFilter([0; N])
    }
}

impl<const N: usize> WordFilter<N> {
    /// The bit of a word: the high bits of its hash, as many as index `N * 64` bits.
    #[inline(always)]
    fn bit(w: &str) -> usize {
        (word_hash(w) >> (64 - (N * 64).trailing_zeros())) as usize
    }

    pub(super) fn insert(&mut self, w: &str) {
        let bit = Self::bit(w);
        self.0[bit >> 6] |= 1 << (bit & 63);
    }

    /// Whether `w` may have been inserted.
    #[inline(always)]
    pub(super) fn may_hold(&self, w: &str) -> bool {
        let bit = Self::bit(w);
        self.0[bit >> 6] >> (bit & 63) & 1 != 0
    }
}

/// A cheap hash of a word for the Bloom-style pre-filters: a multiplicative hash of its first
/// three and last two bytes and its length, whose high bits mix all of them. It costs a few
/// instructions whatever the word's length.
#[inline(always)]
fn word_hash(w: &str) -> u64 {
    let b = w.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return 0;
    };
    let n = b.len();
    let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
    let x = u64::from(first)
        | at(1) << 8
        | at(2) << 16
        | at(n.wrapping_sub(2)) << 24
        | u64::from(last) << 32
        | (n as u64) << 40;
    x.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[derive(Debug, Default)]
struct TrieNode {
    children: HashMap<Box<str>, u32, FxBuild>,
    /// Aliases ending here, a user's first, then in dictionary order.
    patterns: Vec<Pattern>,
}

impl Trie {
    const ROOT: u32 = 0;

    /// An empty trie with room for about `aliases` aliases: the nodes and the root's
    /// children are sized once rather than grown alias by alias.
    fn with_capacity(aliases: usize) -> Trie {
        let mut nodes = Vec::with_capacity(2 * aliases + 1);
        nodes.push(TrieNode {
            children: HashMap::with_capacity_and_hasher(aliases, FxBuild::default()),
            patterns: Vec::new(),
        });
        Trie {
            nodes,
            root_filter: Box::default(),
        }
    }

    fn insert<'w>(&mut self, lower: impl IntoIterator<Item = &'w str>, pattern: Pattern) {
        let mut node = Trie::ROOT;
        for w in lower {
            if node == Trie::ROOT {
                self.root_filter.insert(w);
            }
            // Look first: most words are already there, and the key is allocated only when new.
            node = match self.nodes[node as usize].children.get(w) {
                Some(&child) => child,
                None => {
                    let next = self.nodes.len() as u32;
                    self.nodes[node as usize].children.insert(w.into(), next);
                    self.nodes.push(TrieNode::default());
                    next
                }
            };
        }
        self.nodes[node as usize].patterns.push(pattern);
    }

    /// Out of line: most calls stop at the pre-filter of [`Trie::first`], which is inlined.
    #[inline(never)]
    fn child(&self, node: u32, word: &str) -> Option<u32> {
        self.nodes[node as usize].children.get(word).copied()
    }

    /// The node a first word leads to from the root, with the pre-filter in front.
    #[inline(always)]
    fn first(&self, word: &str) -> Option<u32> {
        if !self.root_filter.may_hold(word) {
            return None;
        }
        self.child(Trie::ROOT, word)
    }

    fn patterns(&self, node: u32) -> &[Pattern] {
        &self.nodes[node as usize].patterns
    }
}

/// A recogniser built once from a dictionary and shared by all threads.
pub struct Recognizer {
    pub(super) dict: Dictionary,
    aliases: Trie,
    pub(super) words: Words,
    /// Country code -> index of its dictionary entry (for "we" said by a country's official).
    pub(super) country_entry: HashMap<String, usize>,
}

/// The closed word lists of `words.rs`, as hash maps built once.
pub(super) struct Words {
    pub titles: WordMap<Title>,
    pub org_heads: WordMap<OrgHead>,
    pub state_force: WordSet,
    pub group_modifiers: WordMap<(&'static str, Kind)>,
    /// Every word of the lists discovery asks about (some above, most only here), with the
    /// bits of [`class`] of all the lists it is in: one look-up per token answers them all.
    pub classes: WordMap<u32>,
}

/// A closed list of words with a cheap pre-filter: a bit for each (first byte, last byte,
/// length) that some word of the list has, so that most tokens are turned away before they
/// are hashed.
pub(super) struct WordMap<V> {
    map: HashMap<&'static str, V, FxBuild>,
    /// Bit `min(len, 63)` of `quick[ends(word)]`.
    quick: Box<[u64; 1024]>,
}

/// The index in [`WordMap::quick`] of a word's first and last bytes, by their low five bits
/// (distinct for the letters).
#[inline]
fn ends(w: &[u8]) -> Option<usize> {
    let (first, last) = (w.first()?, w.last()?);
    Some(((*first as usize & 31) << 5) | (*last as usize & 31))
}

pub(super) type WordSet = WordMap<()>;

impl<V> WordMap<V> {
    #[inline]
    fn maybe(&self, w: &str) -> bool {
        match ends(w.as_bytes()) {
            Some(i) => self.quick[i] >> w.len().min(63) & 1 != 0,
            None => true,
        }
    }

    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        if !self.maybe(w) {
            return None;
        }
        self.map.get(w)
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
}

impl<V> FromIterator<(&'static str, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(iter: I) -> WordMap<V> {
        let map: HashMap<&'static str, V, FxBuild> = iter.into_iter().collect();
        let mut quick = Box::new([0u64; 1024]);
        for w in map.keys() {
            if let Some(i) = ends(w.as_bytes()) {
                quick[i] |= 1 << w.len().min(63);
            }
        }
        WordMap { map, quick }
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(iter: I) -> WordSet {
        iter.into_iter().map(|w| (w, ())).collect()
    }
}

impl Words {
    fn new() -> Words {
        Words {
            titles: TITLES.iter().map(|t| (t.word, *t)).collect(),
            org_heads: ORG_HEADS.iter().map(|h| (h.word, *h)).collect(),
            state_force: STATE_FORCE_WORDS.iter().copied().collect(),
            group_modifiers: GROUP_MODIFIERS
                .iter()
                .map(|(w, r, k)| (*w, (*r, *k)))
                .collect(),
            classes: Words::classes(),
        }
    }

    /// Whether `w` is in one of the lists of the [`class`] bits `bits`.
    #[inline]
    pub fn is(&self, w: &str, bits: u32) -> bool {
        self.classes.get(w).is_some_and(|c| c & bits != 0)
    }

    /// The map of [`Words::classes`]: each word with the bits of the lists it is in.
    fn classes() -> WordMap<u32> {
        type Bits = HashMap<&'static str, u32, FxBuild>;
        fn add(bits: &mut Bits, words: impl IntoIterator<Item = &'static str>, bit: u32) {
            for w in words {
                *bits.entry(w).or_default() |= bit;
            }
        }
        let mut bits = Bits::default();
        add(&mut bits, TITLES.iter().map(|t| t.word), class::TITLE);
        add(&mut bits, ORG_HEADS.iter().map(|h| h.word), class::ORG_HEAD);
        let not_name = NOT_NAME
            .iter()
            .chain(calendar::MONTHS)
            .chain(calendar::MONTH_ABBREVIATIONS)
            .chain(calendar::WEEKDAYS);
        add(&mut bits, not_name.copied(), class::NOT_NAME);
        let lists: [(&[&'static str], u32); 10] = [
            (NAME_PARTICLES, class::PARTICLE),
            (TITLE_MODIFIERS, class::TITLE_MODIFIER),
            (TITLE_DOMAINS, class::TITLE_DOMAIN),
            (HONORIFICS, class::HONORIFIC),
            (SAY_VERBS, class::SAY),
            (KEPT_DETERMINERS, class::KEPT_DETERMINER),
            (NOT_MODIFIERS, class::NOT_MODIFIER),
            (MODIFIED_NOUNS, class::MODIFIED_NOUN),
            (CAP_ONLY_TITLES, class::CAP_ONLY_TITLE),
            (GROUP_PEOPLE, class::GROUP_PEOPLE),
        ];
        for (list, bit) in lists {
            add(&mut bits, list.iter().copied(), bit);
        }
        add(&mut bits, PRONOUNS.iter().map(|p| p.0), class::PRONOUN);
        add(&mut bits, NOMINALS.iter().map(|n| n.0), class::NOMINAL);
        bits.into_iter().collect()
    }
}

/// The case rule: letters upper case in the alias must be upper case in the text.
fn case_ok(alias: &str, text: &str) -> bool {
    // The usual case: the text is written as the alias.
    if alias == text {
        return true;
    }
    // ASCII fast path (nearly every alias and word): one byte is one character, and the
    // character tests below are their ASCII forms.
    if alias.is_ascii() && text.is_ascii() {
        if alias.len() != text.len() {
            return true;
        }
        return alias.bytes().zip(text.bytes()).all(|(x, y)| {
            !x.is_ascii_uppercase() || y.is_ascii_uppercase() || !y.is_ascii_alphabetic()
        });
    }
    // Folding (quotes, dashes) keeps one character for one and never changes a letter's case,
    // so the text is compared as it stands.
    if alias.chars().count() != text.chars().count() {
        return true;
    }
    alias
        .chars()
        .zip(text.chars())
        .all(|(x, y)| !x.is_uppercase() || y.is_uppercase() || !y.is_alphabetic())
}

/// The fast hasher (FxHash) for the short string keys of the per-token look-ups.
pub type FxBuild = rustc_hash::FxBuildHasher;

/// The words of an alias as the trie stores them, a leading "the" dropped ("the Kremlin"
/// matches "Kremlin"): each token's text in the alias and its lower-case form, the same as
/// [`tokenize`] gives.
fn alias_tokens(alias: &str) -> Vec<(&str, CompactString)> {
    let mut toks = plain_words(alias).unwrap_or_else(|| {
        tokenize(alias, 0, alias.len())
            .into_iter()
            .map(|t| (t.text(alias), t.lower))
            .collect()
    });
    if toks.len() > 1 && toks[0].1 == "the" {
        toks.remove(0);
    }
    toks
}

/// The tokens of an alias of ASCII letters and digits in words one space apart ("Free Syrian
/// Army"): its words, lower-cased as ASCII, as [`tokenize`] gives them (no URL, number or
/// punctuation rule is then in play). `None` for any other alias.
fn plain_words(alias: &str) -> Option<Vec<(&str, CompactString)>> {
    let mut words = Vec::with_capacity(4);
    let mut start = 0;
    let bytes = alias.as_bytes();
    for i in 0..=bytes.len() {
        match bytes.get(i) {
            Some(b) if b.is_ascii_alphanumeric() => continue,
            // A word ends; a leading or second space, a trailing space or an empty alias
            // leave an empty word.
            None | Some(b' ') if i > start => {
                let word = &alias[start..i];
                let mut lower = CompactString::from(word);
                lower.make_ascii_lowercase();
                words.push((word, lower));
                start = i + 1;
            }
            _ => return None,
        }
    }
    Some(words)
}

/// The trie patterns of a dictionary's aliases, adjectives, seats and agent words.
fn alias_trie(dict: &Dictionary) -> Trie {
    let aliases: usize = dict
        .entries
        .iter()
        .map(|e| e.aliases.len() + e.adjectives.len() + e.seats.len())
        .sum::<usize>()
        + dict.agents.iter().map(|a| a.words.len()).sum::<usize>();
    let mut trie = Trie::with_capacity(aliases);
    let mut add = |alias: &str, target: Target, user: bool| {
        let toks = alias_tokens(alias);
        if toks.is_empty() {
            return;
        }
        // Folding never changes a letter's case nor drops a letter, so the upper-case test
        // can look at the text as it stands, and only such tokens need their folded form
        // kept.
        let upper: Vec<bool> = toks.iter().map(|(text, _)| has_upper(text)).collect();
        let cased = toks
            .iter()
            .zip(&upper)
            .map(|((text, _), &u)| if u { fold(text, false) } else { String::new() })
            .collect();
        trie.insert(
            toks.iter().map(|(_, lower)| lower.as_str()),
            Pattern {
                upper,
                cased,
                target,
                user,
            },
        );
    };
    let builtin = |origin: &str| {
        crate::actors::dictionary::DEFAULT_FILES
            .iter()
            .any(|(f, _)| origin.starts_with(f))
    };
    for (i, e) in dict.entries.iter().enumerate() {
        let user = !builtin(&e.origin);
        for a in &e.aliases {
            add(a, Target::Entry(i), user);
        }
        for a in &e.adjectives {
            add(a, Target::Adjective(i), user);
        }
        for a in &e.seats {
            add(a, Target::Seat(i), user);
        }
    }
    for (i, ag) in dict.agents.iter().enumerate() {
        let user = !builtin(&ag.origin);
        for w in &ag.words {
            add(w, Target::Agent(i), user);
        }
    }
    // Ties between aliases of the same words go to a user's files, then keep dictionary
    // order (later entries override by replacement in the dictionary itself).
    for node in &mut trie.nodes {
        node.patterns.sort_by_key(|p| !p.user);
    }
    trie
}

/// Whether a word has an upper-case letter (ASCII first: nearly every alias word).
#[inline]
fn has_upper(text: &str) -> bool {
    if text.is_ascii() {
        text.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        text.chars().any(char::is_uppercase)
    }
}

impl Recognizer {
    /// A recogniser of `dict`'s actors; see [`Recognizer::from_dictionary`] to hand the
    /// dictionary over without a copy.
    pub fn new(dict: &Dictionary) -> Recognizer {
        Recognizer::from_dictionary(dict.clone())
    }

    /// A recogniser that keeps `dict` (no copy of its entries).
    pub fn from_dictionary(dict: Dictionary) -> Recognizer {
        let mut country_entry = HashMap::new();
        for (i, e) in dict.entries.iter().enumerate() {
            if e.kind == Kind::Country && e.code.len() == 3 {
                country_entry.entry(e.code.clone()).or_insert(i);
            }
        }
        Recognizer {
            aliases: alias_trie(&dict),
            dict,
            words: Words::new(),
            country_entry,
        }
    }

    pub fn dictionary(&self) -> &Dictionary {
        &self.dict
    }

    /// The longest alias matching tokens from `i`, with the case rule: an alias whose case does
    /// not fit gives way to a shorter one that does.
    ///
    /// Inlined: at most tokens it is only the pre-filter of [`Trie::first`].
    #[inline(always)]
    fn longest(&self, source: &str, sentence: &Sentence, i: usize) -> Option<(usize, Target)> {
        let node = self.aliases.first(&sentence.tokens.get(i)?.lower)?;
        self.longest_from(node, source, sentence, i)
    }

    /// [`Recognizer::longest`] once the first word has led to `node`.
    #[inline(never)]
    fn longest_from(
        &self,
        mut node: u32,
        source: &str,
        sentence: &Sentence,
        i: usize,
    ) -> Option<(usize, Target)> {
        let toks = &sentence.tokens;
        let mut best = None;
        for (k, t) in toks[i..].iter().enumerate() {
            if k > 0 {
                let Some(next) = self.aliases.child(node, &t.lower) else {
                    break;
                };
                node = next;
            }
            let fits = |p: &&Pattern| {
                p.cased
                    .iter()
                    .enumerate()
                    .all(|(j, cw)| !p.upper[j] || case_ok(cw, toks[i + j].text(source)))
            };
            if let Some(p) = self.aliases.patterns(node).iter().find(fits) {
                best = Some((k + 1, p.target));
            }
        }
        best
    }

    /// Matches one word (part of a hyphenated token) against single-word aliases.
    fn single(&self, word_lower: &str, word: &str) -> Option<Target> {
        let node = self.aliases.first(word_lower)?;
        self.aliases
            .patterns(node)
            .iter()
            .find(|p| !p.upper[0] || case_ok(&p.cased[0], word))
            .map(|p| p.target)
    }

    fn actor_of(&self, target: Target, date: Option<Date>) -> (Actor, MentionForm, Option<usize>) {
        match target {
            Target::Entry(i) => {
                let e = &self.dict.entries[i];
                (
                    Actor::new(&e.name, e.code_on(date), e.kind),
                    MentionForm::Name,
                    Some(i),
                )
            }
            Target::Adjective(i) => {
                let e = &self.dict.entries[i];
                (
                    Actor::new(&e.name, e.code_on(date), e.kind),
                    MentionForm::Adjective,
                    Some(i),
                )
            }
            Target::Seat(i) => {
                let e = &self.dict.entries[i];
                let code = format!("{}GOV", e.code_on(date));
                (
                    Actor::new(format!("{} government", e.name), code, Kind::Government),
                    MentionForm::Seat,
                    Some(i),
                )
            }
            Target::Agent(i) => {
                let a = &self.dict.agents[i];
                (
                    Actor::new(String::new(), String::new(), a.kind),
                    MentionForm::Agent,
                    None,
                )
            }
        }
    }

    /// All actor mentions of one sentence taken alone, left to right, not overlapping. Article
    /// context (acronyms, coreference, the article's country) needs [`Recognizer::recognize_article`].
    pub fn find(&self, source: &str, sentence: &Sentence, date: Option<Date>) -> Vec<Mention> {
        let mut ctx = ArticleContext::new(date);
        let mut all = vec![self.scan(source, sentence, &mut ctx)];
        self.resolve(source, std::slice::from_ref(sentence), &mut all, &mut ctx);
        all.pop().unwrap_or_default()
    }

    /// The mentions of every sentence of an article, with article-level context: acronyms
    /// defined in the article, surnames and titles of people named before, pronouns, and a
    /// country for agents named without one.
    pub fn recognize_article(
        &self,
        source: &str,
        sentences: &[Sentence],
        date: Option<Date>,
    ) -> Vec<Vec<Mention>> {
        let mut ctx = ArticleContext::new(date);
        let mut all: Vec<Vec<Mention>> = Vec::with_capacity(sentences.len());
        for s in sentences {
            ctx.sentence = all.len();
            let m = self.scan(source, s, &mut ctx);
            all.push(m);
        }
        self.resolve(source, sentences, &mut all, &mut ctx);
        all
    }

    /// Dictionary matches of a sentence, before discovery and combination.
    pub(super) fn dictionary_matches(
        &self,
        source: &str,
        sentence: &Sentence,
        ctx: &ArticleContext,
    ) -> Vec<Mention> {
        let date = ctx.date;
        let toks = &sentence.tokens;
        let mut raw: Vec<Mention> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some(m) = self.split_adjective(source, sentence, i, date) {
                i = m.last;
                raw.push(m);
                continue;
            }
            if let Some((mut len, target)) = self.longest(source, sentence, i) {
                // "President Hu Jintao": an alias with a title ("President Hu") that ends where
                // another name of the same entry starts ("Hu Jintao") covers both.
                if let Target::Entry(e) = target
                    && len >= 2
                    && let Some((more, Target::Entry(e2))) =
                        self.longest(source, sentence, i + len - 1)
                    && e2 == e
                    && more >= 2
                {
                    len += more - 1;
                }
                let (actor, form, entry) = self.actor_of(target, date);
                let mut m = Mention {
                    first: i,
                    last: i + len,
                    start: toks[i].start,
                    end: toks[i + len - 1].end,
                    actor,
                    form,
                    entry,
                    prefix: None,
                    suffix: None,
                    pending_role: None,
                };
                if let Target::Agent(a) = target {
                    m.actor.name = fold(&source[m.start..m.end], true);
                    m.actor.code = String::new();
                    m.actor.kind = self.dict.agents[a].kind;
                    m.entry = Some(a);
                } else if let Some(word) = detached_suffix(source, toks, m.last) {
                    // "US -backed forces", "the Awami League -led alliance": a hyphen suffix
                    // split from its name by the markup of the source.
                    m.suffix = Some(word);
                    m.last += 2;
                    len += 2;
                }
                raw.push(m);
                i += len;
                continue;
            }
            if let Some(m) = self.hyphenated(source, sentence, i, date) {
                raw.push(m);
                i += 1;
                continue;
            }
            if let Some(m) = ctx.known(source, sentence, i) {
                i = m.last;
                raw.push(m);
                continue;
            }
            i += 1;
        }
        // Entries with a null code (PETRARCH `---`) are known phrases but not actors.
        raw.retain(|m| {
            !(m.form == MentionForm::Name
                && m.actor.code.is_empty()
                && m.actor.kind == Kind::Unknown)
        });
        raw
    }

    /// "Japan ese Prime Minister", "Pakistan i President": a country adjective split in two by
    /// the markup of the source (a link around the name), which reads as the adjective.
    fn split_adjective(
        &self,
        source: &str,
        sentence: &Sentence,
        i: usize,
        date: Option<Date>,
    ) -> Option<Mention> {
        let toks = &sentence.tokens;
        let tail = toks.get(i + 1)?;
        // On the bytes, length first: this runs at every token, and nearly all fail here.
        let tail_bytes = &source.as_bytes()[tail.start..tail.end];
        if tail_bytes.len() > 4
            || !matches!(
                tail_bytes,
                b"n" | b"an" | b"ian" | b"ese" | b"i" | b"ish" | b"ic" | b"ean" | b"ani" | b"nese"
            )
        {
            return None;
        }
        let head = toks[i].text(source);
        if !head.starts_with(|c: char| c.is_uppercase()) || !head.chars().all(char::is_alphabetic) {
            return None;
        }
        // The name alone must be a known actor, and name + tail one of its adjectives.
        let (1, Target::Entry(e)) = self.longest(source, sentence, i)? else {
            return None;
        };
        let word = format!("{head}{}", tail.text(source));
        let t @ Target::Adjective(a) = self.single(&fold(&word, true), &word)? else {
            return None;
        };
        if a != e {
            return None;
        }
        let (actor, form, entry) = self.actor_of(t, date);
        Some(Mention {
            first: i,
            last: i + 2,
            start: toks[i].start,
            end: tail.end,
            actor,
            form,
            entry,
            prefix: None,
            suffix: None,
            pending_role: None,
        })
    }

    /// "U.S.-backed", "pro-Iranian", "Russian-led": a mention inside a hyphenated token.
    fn hyphenated(
        &self,
        source: &str,
        sentence: &Sentence,
        i: usize,
        date: Option<Date>,
    ) -> Option<Mention> {
        let tok = &sentence.tokens[i];
        // Most tokens are plain ASCII with no hyphen: nothing to fold, nothing to split. (On the
        // bytes: slicing the text checks char boundaries, at every token.)
        if source.as_bytes()[tok.start..tok.end]
            .iter()
            .all(|&b| b < 0x80 && b != b'-')
        {
            return None;
        }
        let text = tok.text(source);
        let folded = fold(text, false);
        if !folded.contains('-') || folded.len() != text.len() {
            return None;
        }
        let cut = folded.rfind('-')?;
        let (head, tail) = (&text[..cut], &text[cut + 1..]);
        // "pro-Iranian": the actor after the hyphen.
        if let Some(t) = self.single(&fold(tail, true), tail) {
            let pre = fold(head, true);
            if matches!(pre.as_str(), "pro" | "anti") {
                let (actor, form, entry) = self.actor_of(t, date);
                return Some(Mention {
                    first: i,
                    last: i + 1,
                    start: tok.start + cut + 1,
                    end: tok.end,
                    actor,
                    form,
                    entry,
                    prefix: Some(pre),
                    suffix: None,
                    pending_role: None,
                });
            }
        }
        // "U.S.-backed": the actor before the last hyphen.
        let t = self.single(&fold(head, true), head)?;
        if matches!(t, Target::Agent(_)) {
            return None;
        }
        let (actor, form, entry) = self.actor_of(t, date);
        Some(Mention {
            first: i,
            last: i + 1,
            start: tok.start,
            end: tok.start + cut,
            actor,
            form,
            entry,
            prefix: None,
            suffix: Some(fold(tail, true)),
            pending_role: None,
        })
    }

    /// The code of a country (or other actor) joined with an agent's role.
    pub(super) fn join_code(&self, base: &str, agent: usize) -> String {
        let a = &self.dict.agents[agent];
        // An actor already in that role keeps its code: "White House" (USAGOV) officials.
        let has = |role: &str| {
            !role.is_empty()
                && (3..base.len())
                    .step_by(3)
                    .any(|i| base.get(i..).is_some_and(|rest| rest.starts_with(role)))
        };
        if has(&a.role) {
            return base.to_string();
        }
        // One exact allocation: `format!` costs several times more here.
        if a.prepend {
            [a.role.as_str(), base].concat()
        } else {
            [base, a.role.as_str()].concat()
        }
    }

    /// Whether a mention can take an agent: a country by name or adjective, or (PETRARCH
    /// dictionaries) any coded actor named in full.
    fn takes_agent(&self, m: &Mention) -> bool {
        if m.suffix.is_some() || m.prefix.is_some() {
            return false;
        }
        match m.form {
            MentionForm::Name | MentionForm::Adjective | MentionForm::Discovered => {
                m.actor.kind == Kind::Country
                    || m.entry.is_some_and(|e| {
                        m.form != MentionForm::Discovered && self.dict.entries[e].origin_petrarch()
                    }) && !m.actor.code.is_empty()
                        && m.actor.kind != Kind::Person
                    || matches!(
                        m.actor.kind,
                        Kind::Igo
                            | Kind::Ngo
                            | Kind::Militant
                            | Kind::Rebel
                            | Kind::Group
                            | Kind::Party
                    )
                    || (m.actor.kind == Kind::Person && country_of_code(&m.actor.code).is_some())
            }
            _ => false,
        }
    }

    /// The code and kind of an actor joined with an agent: a country takes the agent's role
    /// ("Russian warplanes" -> RUSMIL), a person their country's ("the Assad regime" -> SYRGOV),
    /// a group keeps its own ("ISIL fighters" -> IMG); PETRARCH actors take the role as
    /// PETRARCH does ("Hamas gunmen").
    fn joined(&self, m: &Mention, agent: usize) -> Option<(String, Kind)> {
        let a = &self.dict.agents[agent];
        let petrarch = m.entry.is_some_and(|e| {
            m.form != MentionForm::Discovered && self.dict.entries[e].origin_petrarch()
        });
        match m.actor.kind {
            Kind::Country => Some((
                self.join_code(m.actor.code.get(0..3).unwrap_or(""), agent),
                a.kind,
            )),
            _ if petrarch => Some((self.join_code(&m.actor.code, agent), a.kind)),
            Kind::Person => {
                if !matches!(a.role.as_str(), "GOV" | "MIL") {
                    return None;
                }
                let c = country_of_code(&m.actor.code)?;
                Some((self.join_code(c, agent), a.kind))
            }
            k => Some((m.actor.code.clone(), k)),
        }
    }

    /// Joins a country (name, adjective, possessive) with the agent words after it ("Russian
    /// warplanes", "Syria's opposition"), and an agent with "of COUNTRY" after it ("the
    /// Government of Iraq").
    pub(super) fn combine(
        &self,
        source: &str,
        sentence: &Sentence,
        mut raw: Vec<Mention>,
    ) -> Vec<Mention> {
        let toks = &sentence.tokens;
        let mut out: Vec<Mention> = Vec::with_capacity(raw.len());
        let mut k = 0;
        while k < raw.len() {
            let m = &raw[k];
            // "the army of Syria", "the Government of Iraq"
            if m.form == MentionForm::Agent && k + 1 < raw.len() {
                let n = &raw[k + 1];
                let mut t = m.last;
                let role = &self.dict.agents[m.entry.unwrap_or(0)].role;
                // "of", "from"; "in" for all but troops (foreign troops are "in" a country).
                let prep = t < toks.len()
                    && match toks[t].lower.as_str() {
                        "of" | "from" => true,
                        "in" => role != "MIL",
                        _ => false,
                    };
                if prep {
                    t += 1;
                    if t < toks.len() && toks[t].lower == "the" {
                        t += 1;
                    }
                    let agent = m.entry.unwrap_or(0);
                    // "ministers from the U.S., Russia and Iran": a list of countries stays a
                    // list of actors, each of its own.
                    let list_follows = n.last < toks.len()
                        && matches!(toks[n.last].lower.as_str(), "," | "and" | "or")
                        && raw.get(k + 2).is_some_and(|x| x.first <= n.last + 2);
                    let joined = (!list_follows
                        && n.first == t
                        && t > m.last
                        && matches!(n.form, MentionForm::Name | MentionForm::Discovered)
                        && n.actor.kind != Kind::Person
                        && self.takes_agent(n))
                    .then(|| self.joined(n, agent))
                    .flatten();
                    if let Some((code, kind)) = joined {
                        let name = if n.actor.kind == Kind::Country {
                            format!("{} {}", n.actor.name, fold(&source[m.start..m.end], true))
                        } else {
                            n.actor.name.clone()
                        };
                        let mut c = Mention::new(
                            sentence,
                            m.first,
                            n.last,
                            Actor::new(name, code, kind),
                            MentionForm::Combined,
                        );
                        c.entry = n.entry;
                        if c.actor.code == n.actor.code {
                            c.pending_role = n.pending_role.clone();
                        }
                        out.push(c);
                        k += 2;
                        continue;
                    }
                }
            }
            // "Israeli and Palestinian officials", "U.S. and Iraqi troops": the first country
            // shares the agent of the second.
            if m.actor.kind == Kind::Country
                && self.takes_agent(m)
                && k + 2 < raw.len()
                && m.last < toks.len()
                && matches!(toks[m.last].lower.as_str(), "and" | "or")
                && raw[k + 1].first == m.last + 1
                && raw[k + 1].actor.kind == Kind::Country
                && self.takes_agent(&raw[k + 1])
                && raw[k + 2].form == MentionForm::Agent
                && raw[k + 2].first == raw[k + 1].last
                && let Some((code, kind)) = self.joined(m, raw[k + 2].entry.unwrap_or(0))
            {
                let adjective = self.dict.entries[m.entry.unwrap_or(0)]
                    .adjectives
                    .first()
                    .cloned()
                    .unwrap_or_else(|| m.actor.name.clone());
                let agent_text = fold(&source[raw[k + 2].start..raw[k + 2].end], true);
                let mut c = Mention::new(
                    sentence,
                    m.first,
                    m.last,
                    Actor::new(format!("{adjective} {agent_text}"), code, kind),
                    MentionForm::Combined,
                );
                c.start = m.start;
                c.end = m.end;
                c.entry = m.entry;
                out.push(c);
                k += 1;
                continue;
            }
            if self.takes_agent(m) {
                // Skip a possessive 's between the country and the agent.
                let mut next_tok = m.last;
                if next_tok < toks.len() && matches!(toks[next_tok].lower.as_str(), "'s" | "'") {
                    next_tok += 1;
                }
                let mut agents = Vec::new();
                let mut j = k + 1;
                while j < raw.len()
                    && raw[j].form == MentionForm::Agent
                    && raw[j].first == next_tok
                    && agents.len() < 2
                {
                    agents.push(j);
                    next_tok = raw[j].last;
                    j += 1;
                }
                // "ISIL military targets": "military" modifies the noun after it, the actor
                // is the one named.
                // "U.S. airstrikes against Y": a strike is an event of its country, and the
                // country is who acts.
                let military_thing = |a: usize| {
                    toks[raw[a].first..raw[a].last]
                        .iter()
                        .all(|t| t.lower == "military")
                        && raw[a].last < toks.len()
                        && MILITARY_THINGS.contains(&toks[raw[a].last].lower.as_str())
                };
                let strike =
                    |a: usize| STRIKE_WORDS.contains(&toks[raw[a].last - 1].lower.as_str());
                // A country's "military convoy" is its military's.
                if let [only] = agents[..]
                    && ((military_thing(only) && m.actor.kind != Kind::Country) || strike(only))
                {
                    out.push(take(&mut raw, k));
                    k = j;
                    continue;
                }
                if let Some(&first_agent) = agents.first() {
                    let mut agent = raw[first_agent].entry.unwrap_or(0);
                    if let Some(&second) = agents.get(1) {
                        let second = raw[second].entry.unwrap_or(0);
                        if self.dict.agents[agent].role == "GOV"
                            && self.dict.agents[second].role == "MIL"
                        {
                            agent = second;
                        }
                    }
                    let Some((code, kind)) = self.joined(m, agent) else {
                        out.push(take(&mut raw, k));
                        k += 1;
                        continue;
                    };
                    let last = &raw[*agents.last().unwrap_or(&first_agent)];
                    let agent_text = fold(&source[raw[first_agent].start..last.end], true);
                    let name = if m.actor.kind == Kind::Country {
                        let adjective = self.dict.entries[m.entry.unwrap_or(0)]
                            .adjectives
                            .first()
                            .cloned()
                            .unwrap_or_else(|| m.actor.name.clone());
                        format!("{adjective} {agent_text}")
                    } else if m.actor.kind == Kind::Person {
                        format!("{} {agent_text}", m.actor.name)
                    } else {
                        m.actor.name.clone()
                    };
                    let mut c = Mention::new(
                        sentence,
                        m.first,
                        last.last,
                        Actor::new(name, code, kind),
                        MentionForm::Combined,
                    );
                    c.start = m.start;
                    c.end = last.end;
                    c.entry = m.entry;
                    if c.actor.code == m.actor.code {
                        c.pending_role = m.pending_role.clone();
                    }
                    out.push(c);
                    k = j;
                    continue;
                }
            }
            if m.actor.kind == Kind::Country && m.form == MentionForm::Adjective {
                // A plural demonym alone ("the Russians") is the country; an adjective alone
                // stays a modifier.
                let w = toks[m.first].lower.as_str();
                if m.last - m.first == 1 && w.ends_with('s') && !w.ends_with("ss") {
                    let mut c = take(&mut raw, k);
                    c.form = MentionForm::Name;
                    out.push(c);
                    k += 1;
                    continue;
                }
            }
            out.push(take(&mut raw, k));
            k += 1;
        }
        self.prepend_agents(out)
    }

    /// PETRARCH agents written before the actor (`[NGO~]`): "MSF Arnor" -> NGOARN.
    fn prepend_agents(&self, mut ms: Vec<Mention>) -> Vec<Mention> {
        let mut k = 0;
        while k + 1 < ms.len() {
            let m = &ms[k];
            let n = &ms[k + 1];
            let prepend = m.form == MentionForm::Agent
                && m.entry.is_some_and(|e| self.dict.agents[e].prepend)
                && n.first == m.last
                && matches!(n.form, MentionForm::Name | MentionForm::Combined)
                && !n.actor.code.is_empty()
                && n.actor.kind != Kind::Person;
            if prepend {
                let agent = m.entry.unwrap_or(0);
                let (first, start) = (m.first, m.start);
                let base = if ms[k + 1].actor.kind == Kind::Country {
                    ms[k + 1].actor.code.get(0..3).unwrap_or("").to_string()
                } else {
                    ms[k + 1].actor.code.clone()
                };
                let rest = ms[k + 1]
                    .actor
                    .code
                    .get(base.len()..)
                    .unwrap_or("")
                    .to_string();
                let n = &mut ms[k + 1];
                n.actor.code = format!("{}{rest}", self.join_code(&base, agent));
                n.first = first;
                n.start = start;
                n.form = MentionForm::Combined;
                ms.remove(k);
                continue;
            }
            k += 1;
        }
        ms
    }
}

/// Moves mention `k` out of `raw`, leaving an empty mention (no allocation) that is never read
/// again: [`Recognizer::combine`] passes each mention once, left to right, and only looks
/// ahead, so it can move mentions into its output rather than clone them.
fn take(raw: &mut [Mention], k: usize) -> Mention {
    let empty = Mention {
        first: 0,
        last: 0,
        start: 0,
        end: 0,
        actor: Actor::new(String::new(), String::new(), Kind::Unknown),
        form: MentionForm::Name,
        entry: None,
        prefix: None,
        suffix: None,
        pending_role: None,
    };
    std::mem::replace(&mut raw[k], empty)
}

/// The lower-case word of a detached hyphen suffix at token `k` ("US -backed": "-" right before
/// "backed", a space before the hyphen), if there is one.
fn detached_suffix(source: &str, toks: &[crate::text::Token], k: usize) -> Option<String> {
    let (dash, word) = (toks.get(k)?, toks.get(k + 1)?);
    let attached =
        dash.text(source) == "-" && word.start == dash.end && k > 0 && toks[k - 1].end < dash.start;
    let w = word.text(source);
    (attached && w.len() > 2 && w.chars().all(|c| c.is_ascii_lowercase())).then(|| w.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path of `alias_tokens` gives what `tokenize` gives, on every default alias
    /// and a few edge cases.
    #[test]
    fn alias_fast_path_matches_tokenize() {
        let d = Dictionary::defaults().unwrap();
        let mut aliases: Vec<&str> = vec![
            "www",
            "http 9",
            "A1 b2",
            "the Kremlin",
            "the",
            "",
            "a ",
            " a",
            "a  b",
            "U.S. Army",
        ];
        for e in &d.entries {
            aliases.extend(
                e.aliases
                    .iter()
                    .chain(&e.adjectives)
                    .chain(&e.seats)
                    .map(|a| a.as_str()),
            );
        }
        for ag in &d.agents {
            aliases.extend(ag.words.iter().map(|w| w.as_str()));
        }
        for a in aliases {
            let mut want: Vec<(&str, CompactString)> = tokenize(a, 0, a.len())
                .into_iter()
                .map(|t| (t.text(a), t.lower))
                .collect();
            if want.len() > 1 && want[0].1 == "the" {
                want.remove(0);
            }
            assert_eq!(alias_tokens(a), want, "{a:?}");
        }
    }

    fn dict() -> Dictionary {
        Dictionary::parse(
            "t",
            "country | RUS | Russia | Russian Federation | adj: Russian; Russians | seat: Moscow; the Kremlin\n\
             country | USA | United States | U.S.; US | adj: American; Americans | seat: Washington\n\
             country | TUR | Turkey | | adj: Turkish\n\
             country | SYR | Syria | | adj: Syrian; Syrians\n\
             person | | John Kerry | Kerry | role: USALEG ..2013-02-01; USAGOV 2013-02-01..2017-01-20\n\
             agent | MIL | military | military; warplanes; forces\n\
             agent | GOV | government | government\n\
             agent | OPP | group | opposition\n",
        )
        .unwrap()
    }

    fn find(text: &str, date: Option<&str>) -> Vec<(String, String, String)> {
        let r = Recognizer::new(&dict());
        let s = &crate::text::sentences(text)[0];
        r.find(text, s, date.and_then(Date::parse))
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.actor.code, m.actor.name))
            .collect()
    }

    #[test]
    fn case_rule() {
        let m = find("Tell us about Turkey and turkey.", None);
        let codes: Vec<&str> = m.iter().map(|x| x.1.as_str()).collect();
        // "us" is a pronoun (with no antecedent here), never the United States.
        assert_eq!(codes, ["", "TUR"]);
        assert_eq!(m[0].0, "us");
        assert_eq!(find("US officials said.", None)[0].1, "USA");
        assert_eq!(find("THE KREMLIN SAID.", None)[0].1, "RUSGOV");
    }

    #[test]
    fn country_with_agent() {
        let m = find(
            "Russian warplanes and Syria's opposition and the Syrian government forces.",
            None,
        );
        let codes: Vec<&str> = m.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(codes, ["RUSMIL", "SYROPP", "SYRMIL"]);
        assert_eq!(m[1].0, "Syria's opposition");
    }

    #[test]
    fn person_role_by_date() {
        assert_eq!(find("Kerry spoke.", Some("2016-02-09"))[0].1, "USAGOV");
        assert_eq!(find("Kerry spoke.", Some("2009-02-09"))[0].1, "USALEG");
    }

    #[test]
    fn hyphenated_parts() {
        let m = find("the U.S.-backed group and pro-Russian forces.", None);
        assert_eq!(m[0].0, "U.S.");
        assert_eq!(m[1].0, "Russian");
        // A suffix split from its name by a space before the hyphen.
        let m = find("the US -backed group", None);
        assert_eq!(m[0].0, "US");
    }

    #[test]
    fn demonym_alone_is_the_country() {
        let m = find("The Russians are supporting a Syrian effort.", None);
        assert_eq!(m[0].2, "Russia");
    }
}
