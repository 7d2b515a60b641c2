//! The grammar: binds lexicon triggers in a sentence to source and target mentions.
//!
//! Two passes. The cheap one looks every token up in an index of trigger word forms built once
//! in [`Grammar::new`]; most sentences stop there (fewer than two mentions, no trigger). The deep
//! one classifies the tokens of the remaining sentences ([`super::words`]) and binds each trigger
//! with the rules of [`super::clause`]: the subject of a verb is found by walking left through
//! its verb chain, relative clauses and appositions; its object by matching the pattern after
//! it; coordination on either side multiplies the triple; negation, control verbs ("refused
//! to", "failed to") and modals set `negated`, change the relation or drop the triple.

use super::clause::{self, Chain, GERUND, LEMMA, PARTICIPLE, PAST, Sent, Subject};
use super::confidence::{self, Class as How, Evidence};
use super::lexicon::{Item, Lexicon, Shape, Slot, Trigger};
use super::relation::Relation;
use super::words::{self, Class, Classes, Control, FxMap, FxSet};
use crate::actors::words::STRIKE_WORDS;
use crate::actors::{Mention, MentionForm};
use crate::text::Sentence;

/// A relation found in a sentence, pointing at mentions by index.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub source: usize,
    pub target: usize,
    pub relation: Relation,
    pub cameo: String,
    pub negated: bool,
    /// Byte span of the trigger words in the article.
    pub trigger: (usize, usize),
    pub confidence: f32,
}

/// The triggers one word form can be the head of.
#[derive(Default)]
struct Heads {
    /// Whether the form is a preposition: decided once here rather than by scanning the
    /// preposition list for every verb trigger the token may head (20 M instructions on 1.5 MB).
    prep: bool,
    /// (trigger index, form, whether the word is also the participle), one entry per trigger.
    triggers: Vec<(usize, u8, bool)>,
}

/// The id of a word form outside the vocabulary.
const UNKNOWN: u32 = u32::MAX;

/// What the grammar knows about one word form.
#[derive(Default)]
struct Known {
    /// Its closed class as a word token ([`Classes`]).
    closed: Option<Class>,
    /// Whether its presence lets a sentence through the cheap pass: a trigger word other than
    /// a form of "be", or a word that "be" predicates need ("obstacle").
    anchor: bool,
    /// The triggers it can be the head of (none for most forms).
    heads: Heads,
}

/// Every word form the grammar looks a token up for -- pattern words, trigger heads, cheap-pass
/// anchors, closed-class words -- in one table, so that each token of a sentence is hashed
/// once. The pattern words come first: their ids `0..patterns` index the per-sentence
/// presence bits of [`Words`].
#[derive(Default)]
struct Vocab {
    ids: FxMap<String, u32>,
    known: Vec<Known>,
    /// How many ids belong to pattern words.
    patterns: usize,
    /// Whether some word starts with this byte: a pre-filter that turns most punctuation and
    /// numbers away before hashing ([`Vocab::freeze`]).
    first: Vec<bool>,
}

impl Vocab {
    /// The id of `w`, added if new.
    fn add(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.known.len() as u32;
        self.ids.insert(w.to_string(), id);
        self.known.push(Known::default());
        id
    }

    fn entry(&mut self, w: &str) -> &mut Known {
        let id = self.add(w);
        &mut self.known[id as usize]
    }

    /// The id of a known word, [`UNKNOWN`] if it is not in the table.
    fn lookup(&self, w: &str) -> u32 {
        self.ids.get(w).copied().unwrap_or(UNKNOWN)
    }

    /// Builds the first-byte pre-filter once the vocabulary is complete.
    fn freeze(&mut self) {
        self.first = vec![false; 256];
        for w in self.ids.keys() {
            if let Some(&b) = w.as_bytes().first() {
                self.first[b as usize] = true;
            }
        }
    }

    /// The id of a token's lower-case form, [`UNKNOWN`] if it is not in the table (after
    /// [`Vocab::freeze`]).
    #[inline]
    fn id(&self, w: &str) -> u32 {
        if let Some(&b) = w.as_bytes().first()
            && self.first.get(b as usize) == Some(&false)
        {
            return UNKNOWN;
        }
        self.lookup(w)
    }

    fn known(&self, id: u32) -> Option<&Known> {
        self.known.get(id as usize)
    }
}

/// A pattern item with its words as vocabulary ids, matched by comparing integers.
enum Pat {
    Slot,
    Word(Box<[u32]>),
    Optional(Box<[u32]>),
    Filler,
    Hyphen,
}

impl Pat {
    fn new(item: &Item, vocab: &Vocab) -> Pat {
        let ids = |ws: &[String]| ws.iter().map(|w| vocab.lookup(w)).collect();
        match item {
            Item::Slot(_) => Pat::Slot,
            Item::Word(ws) => Pat::Word(ids(ws)),
            Item::Optional(ws) => Pat::Optional(ids(ws)),
            Item::Filler => Pat::Filler,
            Item::Hyphen { .. } => Pat::Hyphen,
        }
    }
}

/// The tokens of a sentence as pattern words: each token's vocabulary id, and which pattern
/// words occur somewhere in the sentence.
struct Words {
    ids: Vec<u32>,
    /// One bit per pattern word id.
    present: Vec<u64>,
}

impl Words {
    /// Room for `len` tokens, bits for `patterns` pattern words.
    fn new(len: usize, patterns: usize) -> Words {
        Words {
            ids: Vec::with_capacity(len),
            present: vec![0u64; patterns.div_ceil(64)],
        }
    }

    /// The next token's vocabulary id.
    fn push(&mut self, id: u32, patterns: usize) {
        self.ids.push(id);
        if (id as usize) < patterns {
            self.present[id as usize / 64] |= 1 << (id % 64);
        }
    }

    /// Whether the pattern word `id` occurs in the sentence.
    fn has(&self, id: u32) -> bool {
        self.present
            .get(id as usize / 64)
            .is_some_and(|b| b & (1 << (id % 64)) != 0)
    }

    /// Whether token `r` is one of the words `ws`.
    fn is(&self, r: usize, ws: &[u32]) -> bool {
        ws.contains(&self.ids[r])
    }
}

/// Form numbers in the index: 0 lemma, 1 third person, 2 past, 3 participle, 4 gerund;
/// 5 noun singular, 6 noun plural.
const NOUN: u8 = 5;

/// The grammar, built once from a lexicon.
pub struct Grammar {
    lexicon: Lexicon,
    /// Every word form a token is looked up for, with what the grammar knows about it.
    vocab: Vocab,
    /// The pattern of each trigger with its words as vocabulary ids.
    pats: Vec<Vec<Pat>>,
    /// Every form of every verb the grammar knows, for finding verb phrases.
    verbs: FxSet<String>,
    classes: Classes,
    /// The triggers of shape `Modifier`.
    modifier_triggers: Vec<usize>,
}

fn plural(noun: &str) -> String {
    if noun.ends_with(['s', 'x', 'z']) || noun.ends_with("ch") || noun.ends_with("sh") {
        format!("{noun}es")
    } else if noun.ends_with('y')
        && !noun.ends_with("ay")
        && !noun.ends_with("ey")
        && !noun.ends_with("oy")
    {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    }
}

/// The forms of "be" a `be` head matches ("'s" is left out: it is mostly a possessive).
const BE_FORMS: [&str; 8] = ["be", "is", "are", "was", "were", "been", "being", "'re"];

/// Verb heads so common that a later word of their pattern is the better cheap-pass anchor.
#[rustfmt::skip]
const COMMON_HEADS: &[&str] = &[
    "be", "have", "make", "take", "give", "go", "come", "hold", "get", "put", "set", "keep",
    "do", "send", "bring", "show", "carry", "lead", "play", "turn", "stand", "pay", "reach",
    "say", "see", "find", "use", "work", "call", "move", "open", "start", "begin", "end",
];

/// The head word alternatives of a trigger and the index of the head item.
fn head_words(t: &Trigger) -> (usize, &[String]) {
    let at = match t.shape {
        Shape::Verb { .. } | Shape::Predicate => 1,
        Shape::SymmetricVerb => 3,
        Shape::Noun => 0,
        Shape::Modifier => return (0, &[]),
    };
    match t.items.get(at) {
        Some(Item::Word(ws)) => (at, ws),
        _ => (at, std::slice::from_ref(&t.head)),
    }
}

/// The trigger index being built: (trigger, form) entries per vocabulary id, and the ids each
/// trigger is found under.
struct IndexBuilder {
    entries: Vec<Vec<(usize, u8)>>,
    /// Per trigger: (vocabulary id, whether the form is one of [`BE_FORMS`]).
    keys: Vec<Vec<(u32, bool)>>,
}

impl IndexBuilder {
    fn add(&mut self, vocab: &mut Vocab, f: &str, e: (usize, u8)) {
        let id = vocab.add(f);
        self.keys[e.0].push((id, BE_FORMS.contains(&f)));
        let i = id as usize;
        if self.entries.len() <= i {
            self.entries.resize_with(i + 1, Vec::new);
        }
        let v = &mut self.entries[i];
        if v.is_empty() {
            vocab.known[i].heads.prep = words::PREPOSITIONS.contains(&f);
        }
        if !v.contains(&e) {
            v.push(e);
        }
    }
}

impl Grammar {
    pub fn new(lexicon: Lexicon) -> Grammar {
        let mut vocab = Vocab::default();
        // The pattern words first: their ids index the presence bits of `Words`.
        for t in &lexicon.triggers {
            for it in &t.items {
                if let Item::Word(ws) | Item::Optional(ws) = it {
                    for w in ws {
                        vocab.add(w);
                    }
                }
            }
        }
        vocab.patterns = vocab.known.len();
        let mut verbs: FxSet<String> = FxSet::default();
        let mut index = IndexBuilder {
            entries: Vec::new(),
            keys: vec![Vec::new(); lexicon.triggers.len()],
        };
        for (i, t) in lexicon.triggers.iter().enumerate() {
            let (_, heads) = head_words(t);
            for h in heads {
                match t.shape {
                    Shape::Verb { .. } | Shape::SymmetricVerb | Shape::Predicate => {
                        if h == "be" {
                            for it in &t.items[2..] {
                                if let Item::Word(ws) | Item::Optional(ws) = it {
                                    for w in ws {
                                        vocab.entry(w).anchor = true;
                                    }
                                }
                            }
                            for (k, f) in BE_FORMS.iter().enumerate() {
                                let form = if k == 6 { GERUND } else { LEMMA };
                                index.add(&mut vocab, f, (i, form));
                            }
                            continue;
                        }
                        let is_prep = words::PREPOSITIONS.contains(&h.as_str());
                        for (k, f) in lexicon.irregular.forms(h).into_iter().enumerate() {
                            if is_prep && k > 0 {
                                continue;
                            }
                            index.add(&mut vocab, &f, (i, k as u8));
                            if !is_prep {
                                verbs.insert(f);
                            }
                        }
                    }
                    Shape::Noun => {
                        index.add(&mut vocab, h, (i, NOUN));
                        index.add(&mut vocab, &plural(h), (i, NOUN + 1));
                    }
                    Shape::Modifier => {}
                }
            }
        }
        for lemma in words::COMMON_VERBS
            .iter()
            .chain(words::REPORTING)
            .chain(words::CONTROL_VERBS)
        {
            for f in lexicon.irregular.forms(lemma) {
                verbs.insert(f);
            }
        }
        for f in super::clause::REPORTING_FORMS {
            verbs.insert(f.to_string());
        }
        for (f, _) in words::irregular_forms() {
            verbs.insert(f.to_string());
        }
        // The cheap pass: a sentence can hold a trigger only if it holds one of the trigger's
        // words. For a common head ("have talks with", "make threats against") a later
        // required word is the rarer witness.
        for (i, t) in lexicon.triggers.iter().enumerate() {
            let (at, heads) = head_words(t);
            let common = heads.iter().any(|h| COMMON_HEADS.contains(&h.as_str()));
            let later = t.items.iter().skip(at + 1).find_map(|it| match it {
                Item::Word(ws) => Some(ws),
                _ => None,
            });
            match later {
                Some(ws) if common => {
                    for w in ws {
                        vocab.entry(w).anchor = true;
                    }
                }
                _ => {
                    for &(id, be) in &index.keys[i] {
                        if !be {
                            vocab.known[id as usize].anchor = true;
                        }
                    }
                }
            }
        }
        // One entry per trigger and word: its first form, and whether it is also the
        // participle (regular verbs: "attacked" is past and participle).
        for (id, mut v) in index.entries.into_iter().enumerate() {
            v.sort_by_key(|&(ti, _)| ti);
            let merged = &mut vocab.known[id].heads.triggers;
            for (ti, form) in v {
                match merged.last_mut() {
                    Some(last) if last.0 == ti => last.2 |= form == PARTICIPLE,
                    _ => merged.push((ti, form, form == PARTICIPLE)),
                }
            }
        }
        let modifier_triggers = (0..lexicon.triggers.len())
            .filter(|&i| lexicon.triggers[i].shape == Shape::Modifier)
            .collect();
        let classes = Classes::new();
        for (w, class) in classes.closed_words() {
            vocab.entry(w).closed = Some(class);
        }
        vocab.freeze();
        let pats = lexicon
            .triggers
            .iter()
            .map(|t| t.items.iter().map(|it| Pat::new(it, &vocab)).collect())
            .collect();
        Grammar {
            lexicon,
            vocab,
            pats,
            verbs,
            classes,
            modifier_triggers,
        }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Whether the cheap pass lets a sentence through: two mentions (or one hyphen modifier
    /// and another) and a trigger word (`anchor`: whether some token is one, found by the
    /// token look-up pass).
    fn worth(anchor: bool, mentions: &[Mention]) -> bool {
        if mentions.len() < 2 {
            return false;
        }
        anchor
            || mentions
                .iter()
                .any(|m| m.prefix.is_some() || m.suffix.is_some())
    }

    /// All relations in one sentence, in trigger order.
    pub fn find(&self, source: &str, sentence: &Sentence, mentions: &[Mention]) -> Vec<Found> {
        let toks = &sentence.tokens;
        // One look-up per token: its closed class, trigger heads, cheap-pass anchor and
        // pattern word all come from this id.
        let mut w = Words::new(toks.len(), self.vocab.patterns);
        let mut cls: Vec<Class> = Vec::with_capacity(toks.len());
        // The same pass notes whether a token anchors the cheap pass and where the tokens
        // that head triggers are (a few a sentence): the trigger loop below visits only those.
        let mut anchor = false;
        let mut heads_at: Vec<usize> = Vec::new();
        for (p, t) in toks.iter().enumerate() {
            let id = self.vocab.id(t.lower.as_str());
            let known = self.vocab.known(id);
            if let Some(k) = known {
                anchor |= k.anchor;
                if !k.heads.triggers.is_empty() {
                    heads_at.push(p);
                }
            }
            w.push(id, self.vocab.patterns);
            cls.push(self.classes.classify(t, known.and_then(|k| k.closed)));
        }
        if !Self::worth(anchor, mentions) {
            return Vec::new();
        }
        // A question asserts nothing.
        if toks
            .iter()
            .rev()
            .find(|t| !matches!(t.lower.as_str(), "\"" | "'" | ")"))
            .is_some_and(|t| t.lower == "?")
        {
            return Vec::new();
        }
        let s = Sent::new(source, toks, mentions, cls, &self.verbs, &self.classes);
        // In a Title Case headline every word is capitalized; elsewhere a capitalized trigger
        // word inside a sentence is part of a name or a title ("Press Secretary").
        // Counted only when a capitalized trigger word asks for it.
        let mut title_case: Option<bool> = None;
        let mut title_case = || {
            *title_case.get_or_insert_with(|| {
                let words = toks.iter().filter(|t| t.is_word()).count();
                let caps = toks
                    .iter()
                    .filter(|t| t.is_word() && t.is_capitalized(source))
                    .count();
                caps * 10 >= words * 6
            })
        };
        let mut out = Vec::new();
        for &p in &heads_at {
            let tok = &toks[p];
            let Some(heads) = self.vocab.known(w.ids[p]).map(|k| &k.heads) else {
                continue;
            };
            // A trigger word inside a multi-word name ("Islamic State", "Defense Ministry")
            // is part of the name; the head of "Israeli air strikes" may be a noun trigger.
            let inside = s
                .owner(p)
                .filter(|&m| mentions[m].last - mentions[m].first > 1);
            if let Some(m) = inside
                && !(mentions[m].form == MentionForm::Combined && mentions[m].last == p + 1)
            {
                continue;
            }
            if p > 0 && tok.is_capitalized(source) && !title_case() {
                let prev = s.cls[p - 1];
                if !matches!(prev, Class::Quote | Class::Stop | Class::Paren) {
                    continue;
                }
            }
            if s.hypothetical[p] {
                continue;
            }
            for &(ti, form, participle) in &heads.triggers {
                let t = &self.lexicon.triggers[ti];
                if inside.is_some() && t.shape != Shape::Noun {
                    continue;
                }
                match t.shape {
                    Shape::Verb { subject } => {
                        let verb = Verb {
                            form,
                            participle,
                            subject,
                            head_is_prep: heads.prep,
                        };
                        self.verb(&s, &w, p, ti, verb, &mut out)
                    }
                    Shape::SymmetricVerb => self.symmetric(&s, &w, p, ti, form, &mut out),
                    Shape::Predicate => self.predicate(&s, &w, p, ti, form, &mut out),
                    Shape::Noun => self.noun(&s, &w, p, ti, &mut out),
                    Shape::Modifier => {}
                }
            }
        }
        self.modifiers(&s, &mut out);
        // "X joined forces with Y": a target inside the words of another trigger of the same
        // source ("forces" for "X join Y") is part of that longer trigger.
        let words: Vec<(usize, usize, (usize, usize))> = out
            .iter()
            .map(|f| (f.source, f.target, f.trigger))
            .collect();
        out.retain(|f| {
            let m = &mentions[f.target];
            !words.iter().any(|&(src, tgt, (a, b))| {
                src == f.source && tgt != f.target && a <= m.start && m.end <= b
            })
        });
        finish(out)
    }

    fn verb(&self, s: &Sent, w: &Words, p: usize, ti: usize, v: Verb, out: &mut Vec<Found>) {
        let (t, pats) = (&self.lexicon.triggers[ti], &self.pats[ti]);
        let Verb {
            form,
            participle,
            subject,
            head_is_prep,
        } = v;
        let object_next = matches!(t.items.get(2), Some(Item::Slot(Slot::Y)));
        if participle && subject == Slot::X && !head_is_prep {
            let mut b = p + 1;
            while b < s.len() && matches!(s.cls[b], Class::Adv | Class::Time) {
                b += 1;
            }
            let by = b < s.len() && s.lower(b) == "by";
            if by && object_next {
                // "Y was attacked by X", "Y, backed by X", "rebels backed by X".
                let Some(agent) = s.object_at(b + 1) else {
                    return;
                };
                let Some(patient) = s.subject_of(p, PARTICIPLE, 0) else {
                    return;
                };
                let mut agents = vec![agent];
                agents.extend(s.coordinated_after(agent));
                let span = (s.toks[p].start, s.toks[b].end);
                self.emit(s, t, How::Passive, &agents, &patient, span, out);
                return;
            }
            // An agentless passive says nothing about who did it; without the pattern's words
            // there is nothing to match either (checked first: it is the cheaper test).
            if !self.possible(w, &pats[2..]) || s.passive_be(p) {
                return;
            }
        }
        let Some(m) = self.match_items(s, w, &pats[2..], p + 1) else {
            return;
        };
        let Some(slot) = m.slot else { return };
        // "called North Korea an outpost of tyranny", "calling Assad's promise insufficient":
        // naming, not a call.
        if t.items.len() == 3 && NAMING.contains(&t.head.as_str()) {
            let after = s.ms[slot].last;
            if after < s.len() && matches!(s.cls[after], Class::Det | Class::Quote | Class::Aux) {
                return;
            }
        }
        let form = if form == PARTICIPLE { PAST } else { form };
        let Some(subj) = s.subject_of(p, form, if head_is_prep { 2 } else { 0 }) else {
            return;
        };
        // Agreement: a bare lemma after one singular subject is no verb ("Pentagon press
        // operations director").
        if form == LEMMA && !head_is_prep && !subj.chain.aux && subj.mentions.len() == 1 {
            let m = &s.ms[subj.mentions[0]];
            let last = s.lower(m.last - 1);
            let plural = last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us");
            // "I welcome", "we condemn": the bare form agrees with a speaker pronoun whatever
            // actor it stands for, when the sentence names that speaker ("X said: I welcome").
            let lemma_pronoun = m.form == MentionForm::Pronoun
                && !m.actor.code.is_empty()
                && matches!(s.lower(m.first), "i" | "we")
                && s.ms
                    .iter()
                    .any(|o| o.form != MentionForm::Pronoun && o.actor.code == m.actor.code);
            if !plural && !lemma_pronoun {
                return;
            }
        }
        // "X would meet Y if ...": the consequent of a conditional.
        if subj.chain.would && s.conditional_after(p) {
            return;
        }
        let mut objects = vec![slot];
        objects.extend(s.coordinated_after(slot));
        let span = (s.toks[p].start, s.toks[m.last_word.max(p)].end);
        match subject {
            Slot::X => self.emit_pairs(s, t, How::Active, &subj, &objects, false, span, out),
            Slot::Y => self.emit_pairs(s, t, How::Active, &subj, &objects, true, span, out),
        }
    }

    /// `X and Y meet`: both directions between coordinated subjects.
    #[allow(clippy::too_many_arguments)]
    fn symmetric(&self, s: &Sent, w: &Words, p: usize, ti: usize, form: u8, out: &mut Vec<Found>) {
        let (t, pats) = (&self.lexicon.triggers[ti], &self.pats[ti]);
        let Some(m) = self.match_items(s, w, &pats[4..], p + 1) else {
            return;
        };
        if m.slot.is_some() {
            return;
        }
        // "A and B did not speak to reporters": the verb has an object of its own.
        // ("A and B signed an agreement to establish ties": an infinitive, no object.)
        let infinitive = m.end + 1 < s.len()
            && s.lower(m.end) == "to"
            && s.owner(m.end + 1).is_none()
            && s.cls[m.end + 1] == Class::Other
            && s.verb_like(m.end + 1);
        if m.end < s.len() && matches!(s.lower(m.end), "to" | "with") && !infinitive {
            return;
        }
        let form = if form == PARTICIPLE { PAST } else { form };
        let Some(subj) = s.subject_of(p, form, 0) else {
            return;
        };
        if subj.mentions.len() < 2 || (subj.chain.would && s.conditional_after(p)) {
            return;
        }
        let span = (s.toks[p].start, s.toks[m.last_word.max(p)].end);
        for &a in &subj.mentions {
            for &b in &subj.mentions {
                if a != b {
                    self.push(s, t, How::Symmetric, a, b, &subj.chain, true, span, out);
                }
            }
        }
    }

    /// `Y be ~ obstacle`: a predicate about Y whose source is the speaker.
    #[allow(clippy::too_many_arguments)]
    fn predicate(&self, s: &Sent, w: &Words, p: usize, ti: usize, form: u8, out: &mut Vec<Found>) {
        let (t, pats) = (&self.lexicon.triggers[ti], &self.pats[ti]);
        // "Y is not a threat", "Y is no obstacle".
        let not = p + 1 < s.len() && s.cls[p + 1] == Class::Neg;
        let no = p + 1 < s.len() && s.lower(p + 1) == "no";
        let from = if not { p + 2 } else { p + 1 };
        let Some(m) = self.match_items(s, w, &pats[2..], from) else {
            return;
        };
        if m.slot.is_some() {
            return;
        }
        let Some(subj) = s.subject_of(p, form, 0) else {
            return;
        };
        let first = subj
            .mentions
            .iter()
            .map(|&i| s.ms[i].first)
            .min()
            .unwrap_or(p);
        let Some(speaker) = s.speaker(first, m.end) else {
            return;
        };
        let mut chain = subj.chain.clone();
        if not || no {
            chain.negated = !chain.negated;
        }
        let span = (s.toks[p].start, s.toks[m.last_word.max(p)].end);
        for &y in &subj.mentions {
            self.push(
                s,
                t,
                How::Reported,
                speaker,
                y,
                &chain,
                subj.mentions.len() > 1,
                span,
                out,
            );
        }
    }

    fn noun(&self, s: &Sent, w: &Words, p: usize, ti: usize, out: &mut Vec<Found>) {
        let (t, pats) = (&self.lexicon.triggers[ti], &self.pats[ti]);
        let rest = &t.items[1..];
        let has_x = rest.iter().any(|i| matches!(i, Item::Slot(Slot::X)));
        let negated_np = p > 0 && s.lower(p - 1) == "no";
        if has_x {
            // "talks between X and Y": both slots after the noun, both directions.
            let [.., Item::Slot(_), Item::Word(and), Item::Slot(_)] = rest else {
                return;
            };
            if and != &["and"] {
                return;
            }
            let Some(m) = self.match_items(s, w, &pats[1..rest.len() - 1], p + 1) else {
                return;
            };
            let Some(first) = m.slot else { return };
            let after = s.ms[first].last;
            if after < s.len() && s.lower(after) == "and" {
                let Some(second) = s.object_at(after + 1) else {
                    return;
                };
                // "fighting between X and Y against Z": X and Y are one side, not two.
                let end = s.ms[second].last;
                if end < s.len() && matches!(s.lower(end), "against" | "versus" | "vs" | "vs.") {
                    return;
                }
                let span = (s.toks[p].start, s.toks[m.last_word.max(p)].end);
                let chain = Chain {
                    negated: negated_np,
                    ..Chain::default()
                };
                self.push(
                    s,
                    t,
                    How::Symmetric,
                    first,
                    second,
                    &chain,
                    false,
                    span,
                    out,
                );
                self.push(
                    s,
                    t,
                    How::Symmetric,
                    second,
                    first,
                    &chain,
                    false,
                    span,
                    out,
                );
            }
            return;
        }
        // "support of Y" is X's support only in "in support of Y", "its support of Y", "X's
        // support of Y"; "with the support of Y", "has the support of Y" say the reverse.
        if t.head == "support"
            && p + 1 < s.len()
            && s.lower(p + 1) == "of"
            && self.premodifier(s, p).is_none()
        {
            let mut b = p;
            while b > 0 && s.cls[b - 1] == Class::Other && b + 2 > p {
                b -= 1;
            }
            let owned = b > 0
                && (matches!(s.lower(b - 1), "in" | "'s" | "'")
                    || clause::POSSESSIVES.contains(&s.lower(b - 1)));
            if !owned {
                return;
            }
        }
        // "attacks by X on Y".
        let mut q = p + 1;
        let mut by = None;
        if q < s.len()
            && matches!(s.lower(q), "by" | "from")
            && let Some(a) = s.object_at(q + 1)
        {
            by = Some(a);
            q = s.ms[a].last;
            // "massacres by warplanes of Y": Y owns a bare agent word, it is not the target
            // ("the detention by Israeli forces of two Palestinians" keeps its target).
            if q < s.len()
                && s.lower(q) == "of"
                && s.ms[a].form == MentionForm::Agent
                && s.ms[a].last - s.ms[a].first == 1
            {
                return;
            }
        }
        let Some(m) = self.match_items(s, w, &pats[1..], q) else {
            self.joint_noun(s, p, t, out);
            return;
        };
        let Some(target) = m.slot else { return };
        let mut targets = vec![target];
        targets.extend(s.coordinated_after(target));
        let end = targets.iter().map(|&i| s.ms[i].last).max().unwrap_or(m.end);
        // "attacks on Y by X" ("from X" after Y is where Y comes from: "asylum seekers from
        // Rwanda").
        if by.is_none() && end < s.len() && s.lower(end) == "by" {
            by = s.object_at(end + 1);
        }
        let span = (s.toks[p].start, s.toks[m.last_word.max(p)].end);
        let chain = Chain {
            negated: negated_np,
            ..Chain::default()
        };
        // "supporters of (the ousted) Y": a plural agent word that is itself the trigger noun
        // is the source when nothing else is; Y stands close ("supporters of the measure
        // include Y" is no support for Y), alone ("between supporters of Y and Z").
        let own = s
            .owner(p)
            .filter(|&o| {
                let m = &s.ms[o];
                m.form == MentionForm::Agent
                    && m.first == p
                    && m.last == p + 1
                    && s.lower(p).ends_with('s')
            })
            .filter(|_| {
                let first = s.ms[target].first;
                (p + 2..first)
                    .filter(|&i| s.owner(i).is_none() && s.cls[i] != Class::Det)
                    .count()
                    <= 1
            });
        if own.is_some() {
            targets.truncate(1);
        }
        let subj = if let Some(x) = self.premodifier(s, p) {
            Subject {
                mentions: vec![x],
                chain,
            }
        } else if let Some(x) = by {
            let mut xs = vec![x];
            xs.extend(s.coordinated_after(x));
            Subject {
                mentions: xs,
                chain,
            }
        } else if let Some(subj) = s.noun_owner(p) {
            // "X in its fight against Y", "X conducted strikes in support of Y".
            let coordinated = subj.mentions.len() > 1 || targets.len() > 1;
            for &x in &subj.mentions {
                for &y in &targets {
                    self.push(
                        s,
                        t,
                        How::NounGoverned,
                        x,
                        y,
                        &subj.chain,
                        coordinated,
                        span,
                        out,
                    );
                }
            }
            return;
        } else if let Some(subj) = self.governor_subject(s, p) {
            let mut subj = subj;
            subj.chain.negated ^= negated_np;
            let sources: Vec<usize> = subj.mentions.clone();
            for &x in &sources {
                for &y in &targets {
                    self.push(
                        s,
                        t,
                        How::NounGoverned,
                        x,
                        y,
                        &subj.chain,
                        sources.len() > 1 || targets.len() > 1,
                        span,
                        out,
                    );
                }
            }
            return;
        } else if let Some(x) = own {
            Subject {
                mentions: vec![x],
                chain,
            }
        } else {
            return;
        };
        self.emit_pairs(s, t, How::NounOwn, &subj, &targets, false, span, out);
    }

    /// "A and B signed the deal after a meeting": a meeting noun without its own target, in a
    /// time phrase of a clause whose subject is coordinated, joins the coordinated actors.
    fn joint_noun(&self, s: &Sent, p: usize, t: &Trigger, out: &mut Vec<Found>) {
        if !matches!(t.relation, Relation::Meet | Relation::Cooperate) {
            return;
        }
        let mut b = p;
        while b > 0 && matches!(s.cls[b - 1], Class::Det | Class::Other) && b + 3 > p {
            b -= 1;
        }
        if b == 0
            || !matches!(
                s.lower(b - 1),
                "after" | "before" | "during" | "following" | "at"
            )
        {
            return;
        }
        let Some(subj) = s.clause_subject(b - 1) else {
            return;
        };
        if subj.mentions.len() < 2 {
            return;
        }
        let span = (s.toks[p].start, s.toks[p].end);
        for &x in &subj.mentions {
            for &y in &subj.mentions {
                if x != y {
                    self.push(s, t, How::NounGoverned, x, y, &subj.chain, true, span, out);
                }
            }
        }
    }

    /// The actor right before a noun: "Russia's support", "the Russian offensive", "Hamas
    /// attacks", "Israeli air strikes".
    fn premodifier(&self, s: &Sent, p: usize) -> Option<usize> {
        if let Some(m) = s.owner(p)
            && s.ms[m].form == MentionForm::Combined
            && s.ms[m].last == p + 1
            && s.ms[m].first < p
        {
            // "Israeli air strikes on Y".
            return Some(m);
        }
        let mut q = p;
        let mut others = 0;
        while q > 0 {
            let b = q - 1;
            if let Some(mi) = s.owner(b) {
                // "an official visit": an agent word used as an adjective.
                if s.ms[mi].form == MentionForm::Agent && ADJECTIVAL_AGENTS.contains(&s.lower(b)) {
                    return None;
                }
                return Some(mi);
            }
            match s.cls[b] {
                Class::Aux if s.lower(b) == "'s" => {}
                Class::Other | Class::Adv if others < 2 => others += 1,
                _ => return None,
            }
            q = b;
        }
        None
    }

    /// The subject of the verb that governs the noun phrase (or the prepositional phrases) the
    /// noun at `p` heads: "X launched an offensive against Y", "X is on a visit for talks
    /// with Y".
    fn governor_subject(&self, s: &Sent, p: usize) -> Option<Subject> {
        let lo = p.saturating_sub(12);
        let mut q = p;
        while q > lo {
            let b = q - 1;
            if let Some(mi) = s.owner(b) {
                // "in Riyadh for talks": a mention inside a prepositional phrase.
                let f = s.ms[mi].first;
                if f > 0 && s.cls[f - 1] == Class::Prep {
                    q = f;
                    continue;
                }
                return None;
            }
            let w = s.lower(b);
            let before_ok = b == 0 || !matches!(s.cls[b - 1], Class::Det | Class::Prep);
            if s.verb_like(b) && before_ok && (s.cls[b] != Class::Other || b + 1 < p) {
                let light = matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                    || s.classes.light.get(w).is_some();
                if !light {
                    return None;
                }
                let form = if w.ends_with("ing") { GERUND } else { PAST };
                return s.subject_of(b, form, 0);
            }
            match s.cls[b] {
                Class::Det
                | Class::Adv
                | Class::Other
                | Class::Number
                | Class::Prep
                | Class::Quote
                | Class::To
                | Class::Time => {}
                _ => return None,
            }
            q = b;
        }
        None
    }

    /// "X-backed Y", "pro-X Y".
    fn modifiers(&self, s: &Sent, out: &mut Vec<Found>) {
        if !s
            .ms
            .iter()
            .any(|m| m.prefix.is_some() || m.suffix.is_some())
        {
            return;
        }
        for t in self
            .modifier_triggers
            .iter()
            .map(|&i| &self.lexicon.triggers[i])
        {
            let Some(Item::Hyphen {
                word, slot_first, ..
            }) = t.items.iter().find(|i| matches!(i, Item::Hyphen { .. }))
            else {
                continue;
            };
            for (i, m) in s.ms.iter().enumerate() {
                if m.form == MentionForm::Agent {
                    // "anti-aircraft": an agent word is no actor to be for or against.
                    continue;
                }
                let affix = if *slot_first { &m.suffix } else { &m.prefix };
                if affix.as_deref() != Some(word.as_str()) {
                    continue;
                }
                let Some(next) = s.object_from(m.last, false).or_else(|| {
                    // "the Russian-backed Syrian offensive": a country adjective, unless it
                    // starts a name ("pro-Syrian Lebanese Democratic Party").
                    s.owner(m.last).filter(|&n| {
                        let nm = &s.ms[n];
                        nm.form == MentionForm::Adjective
                            && (nm.last >= s.len() || !s.toks[nm.last].is_capitalized(s.src))
                    })
                }) else {
                    continue;
                };
                if s.ms[next].first > m.last + 3 {
                    continue;
                }
                // "anti-Ethiopian forces" in an article about Ethiopia: the bare agent word took
                // the article's country, which the hyphen contradicts.
                let (nm, code) = (&s.ms[next], &m.actor.code);
                if m.prefix.as_deref() == Some("anti")
                    && m.actor.kind == crate::actors::Kind::Country
                    && nm.form == MentionForm::Agent
                    && code.len() >= 3
                    && nm.actor.code.get(..3) == code.get(..3)
                {
                    continue;
                }
                // In "pro-X Y" the hyphen slot is X and the modified actor is Y; in "X-backed Y"
                // likewise. Both read slot-with-hyphen as the source.
                let (src, tgt) = match t.items.iter().find_map(|it| match it {
                    Item::Hyphen { slot, .. } => Some(*slot),
                    _ => None,
                }) {
                    Some(Slot::X) => {
                        if *slot_first {
                            (i, next)
                        } else {
                            (next, i)
                        }
                    }
                    _ => (next, i),
                };
                // The whole modifier ("U.S.-backed", "Fatah -led").
                let (tok, end) = (&s.toks[m.first], s.toks[m.last - 1].end);
                self.push(
                    s,
                    t,
                    How::Modifier,
                    src,
                    tgt,
                    &Chain::default(),
                    false,
                    (tok.start, end),
                    out,
                );
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn emit_pairs(
        &self,
        s: &Sent,
        t: &Trigger,
        how: How,
        subj: &Subject,
        objects: &[usize],
        reversed: bool,
        span: (usize, usize),
        out: &mut Vec<Found>,
    ) {
        let coordinated = subj.mentions.len() > 1 || objects.len() > 1;
        for &a in &subj.mentions {
            for &b in objects {
                let (x, y) = if reversed { (b, a) } else { (a, b) };
                self.push(s, t, how, x, y, &subj.chain, coordinated, span, out);
            }
        }
    }

    /// Passive: agents are the sources, the subject's mentions the targets.
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        s: &Sent,
        t: &Trigger,
        how: How,
        agents: &[usize],
        patient: &Subject,
        span: (usize, usize),
        out: &mut Vec<Found>,
    ) {
        let coordinated = agents.len() > 1 || patient.mentions.len() > 1;
        for &x in agents {
            for &y in &patient.mentions {
                self.push(s, t, how, x, y, &patient.chain, coordinated, span, out);
            }
        }
    }

    /// One triple after the chain's verdict: dropped (hypothetical, embedded under another
    /// verb), negated, or turned into `reject`/`threaten` by a control verb.
    #[allow(clippy::too_many_arguments)]
    fn push(
        &self,
        s: &Sent,
        t: &Trigger,
        how: How,
        src: usize,
        tgt: usize,
        chain: &Chain,
        coordinated: bool,
        span: (usize, usize),
        out: &mut Vec<Found>,
    ) {
        if src == tgt || chain.hypothetical || chain.embedded {
            return;
        }
        // Talking to the press is no political interaction ("told reporters").
        if matches!(t.relation, Relation::Meet | Relation::Appeal)
            && s.ms[tgt].form == MentionForm::Agent
            && PRESS.contains(
                &s.src[s.ms[tgt].start..s.ms[tgt].end]
                    .to_lowercase()
                    .as_str(),
            )
        {
            return;
        }
        let (a, b) = (&s.ms[src], &s.ms[tgt]);
        if a.actor == b.actor || (a.start < b.end && b.start < a.end) {
            return;
        }
        // A bare agent word coded from the article's country and an actor of the same code
        // are one actor as far as the text shows ("the Iraqi government and the government").
        // "the Iraqi government and the government": a bare agent word that repeats the head
        // of an actor of the same code is that actor again (a title is one person, not the
        // body it belongs to: "the prime minister" and "President Hollande" are two).
        let repeats = |m: &Mention, other: &Mention| {
            let head = s.toks[m.last - 1].lower.as_str();
            m.form == MentionForm::Agent
                && matches!(
                    other.form,
                    MentionForm::Combined | MentionForm::Pronoun | MentionForm::Reference
                )
                && other.actor.kind != crate::actors::Kind::Person
                && !crate::actors::words::TITLES.iter().any(|t| t.word == head)
                && (other
                    .actor
                    .name
                    .to_lowercase()
                    .split(' ')
                    .any(|w| w == head)
                    || s.src[other.start..other.end]
                        .to_lowercase()
                        .split(' ')
                        .any(|w| w == head))
        };
        if !a.actor.code.is_empty()
            && a.actor.code == b.actor.code
            && (repeats(a, b) || repeats(b, a))
        {
            return;
        }
        // A strike is an event, not an actor ("the airstrikes bring the total ... in support
        // of Y").
        if [a, b].iter().any(|m| {
            m.form == MentionForm::Agent
                && STRIKE_WORDS.contains(&s.toks[m.last - 1].lower.as_str())
        }) {
            return;
        }
        // A visit is made by outsiders: an army reaching its own capital, a leader coming home,
        // migrants or refugees arriving in a country make no visit.
        if t.cameo.starts_with("042") {
            fn country(m: &Mention) -> Option<&str> {
                let c = m.actor.code.as_str();
                (c.len() >= 3 && !matches!(&c[..3], "IGO" | "NGO" | "IMG")).then(|| &c[..3])
            }
            let place = b.actor.kind == crate::actors::Kind::Country || b.form == MentionForm::Seat;
            let home = place && country(a).is_some() && country(a) == country(b);
            let civilians = a.actor.code.ends_with("CVL")
                || a.actor.code.ends_with("REF")
                || (a.actor.kind == crate::actors::Kind::Group && a.actor.code.is_empty());
            if home || civilians {
                return;
            }
        }
        // "The king dismissed the government", "Akayev dismissed his interior minister": a
        // leader dismissing his own government or officials fires them; that is no rejection.
        if t.head == "dismiss" {
            let (ca, cb) = (a.actor.code.as_str(), b.actor.code.as_str());
            let internal = ca.len() >= 3
                && cb.len() >= 3
                && ca[..3] == cb[..3]
                && !matches!(&ca[..3], "IGO" | "NGO" | "IMG");
            if internal || b.form == MentionForm::Agent {
                return;
            }
        }
        let mut relation = t.relation;
        let mut cameo = t.cameo.clone();
        let mut weak = false;
        match chain.control {
            Some(Control::Reject) => {
                relation = Relation::Reject;
                cameo = if t.relation == Relation::Meet {
                    "125".into()
                } else {
                    "120".into()
                };
            }
            Some(Control::Threaten) if t.relation == Relation::Attack => {
                relation = Relation::Threaten;
                cameo = "138".into();
            }
            Some(Control::Weak) => weak = true,
            _ => {}
        }
        // "Neither A nor B condemned C", "condemned neither A nor B": none did.
        let excluded = |m: &Mention| {
            let start = s.np_start(m.first);
            start > 0 && matches!(s.lower(start - 1), "neither" | "nor")
        };
        let negated = chain.negated || excluded(a) || excluded(b);
        let ev = Evidence {
            distance: chain.distance,
            via: chain.via,
            coordinated,
            weak,
            intent: chain.intent,
        };
        out.push(Found {
            source: src,
            target: tgt,
            relation,
            cameo,
            negated,
            trigger: span,
            confidence: confidence::score(how, &ev, Some(a), Some(b)),
        });
    }

    /// Matches pattern items from token `q`.
    fn match_items(&self, s: &Sent, w: &Words, items: &[Pat], q: usize) -> Option<Matched> {
        if !self.possible(w, items) {
            return None;
        }
        match_from(s, w, items, q, None, q.saturating_sub(1))
    }

    /// A pre-filter for [`Grammar::match_items`]: every word item must find its word somewhere
    /// in the sentence. Most candidates fail here without a walk ("said" for "X say no to Y",
    /// "is" for "Y be ~ obstacle|threat|...").
    fn possible(&self, w: &Words, items: &[Pat]) -> bool {
        items.iter().all(|it| match it {
            Pat::Word(ws) => ws.iter().any(|&id| w.has(id)),
            _ => true,
        })
    }
}

/// How the head of a verb trigger stands in the sentence.
#[derive(Debug, Clone, Copy)]
struct Verb {
    /// The index's form number of the head word.
    form: u8,
    /// Whether the head word is also the participle.
    participle: bool,
    /// Which slot is the subject.
    subject: Slot,
    /// Whether the head word is a preposition.
    head_is_prep: bool,
}

/// The press as a listener.
const PRESS: &[&str] = &[
    "reporters",
    "journalists",
    "the press",
    "press",
    "media",
    "the media",
    "newsmen",
    "correspondents",
    "reporter",
    "journalist",
];

/// Agent words that before a noun are adjectives ("an official visit").
const ADJECTIVAL_AGENTS: &[&str] = &["official", "state", "national", "public", "military"];

/// Verbs that also name their object ("called Y a threat").
const NAMING: &[&str] = &["call", "name", "label", "brand", "dub", "term"];

/// The outcome of matching pattern items.
#[derive(Debug, Clone, Copy)]
struct Matched {
    /// The slot's mention, if the items hold a slot.
    slot: Option<usize>,
    /// The last token matched by a word item (for the trigger span).
    last_word: usize,
    /// The token after the match.
    end: usize,
}

fn match_from(
    s: &Sent,
    w: &Words,
    items: &[Pat],
    q: usize,
    slot: Option<usize>,
    last_word: usize,
) -> Option<Matched> {
    let n = s.len();
    let Some((item, rest)) = items.split_first() else {
        return Some(Matched {
            slot,
            last_word,
            end: q,
        });
    };
    match item {
        Pat::Slot => {
            let m = s.object_at(q)?;
            if s.ms[m].first > q + 6 {
                return None;
            }
            match_from(s, w, rest, s.ms[m].last, Some(m), last_word)
        }
        Pat::Word(ws) => {
            let mut r = q;
            while r < n
                && matches!(
                    s.cls[r],
                    Class::Det | Class::Adv | Class::Quote | Class::Time
                )
                && !w.is(r, ws)
                && r < q + 3
            {
                r += 1;
            }
            (r < n && w.is(r, ws)).then_some(())?;
            match_from(s, w, rest, r + 1, slot, r)
        }
        Pat::Optional(ws) => {
            if q < n
                && w.is(q, ws)
                && let Some(r) = match_from(s, w, rest, q + 1, slot, q)
            {
                return Some(r);
            }
            match_from(s, w, rest, q, slot, last_word)
        }
        Pat::Filler => {
            let mut r = q;
            let mut words = 0;
            loop {
                if let Some(m) = match_from(s, w, rest, r, slot, last_word) {
                    return Some(m);
                }
                if r >= n || words >= 4 {
                    return None;
                }
                let c = s.cls[r];
                // "host on Thursday a meeting": a time phrase.
                if c == Class::Prep
                    && r + 1 < n
                    && matches!(s.cls[r + 1], Class::Time | Class::Number)
                {
                    r += 2;
                    while r < n && matches!(s.cls[r], Class::Time | Class::Number) {
                        r += 1;
                    }
                    continue;
                }
                let ok = match s.owner(r) {
                    // Country adjectives may fill ("Syrian peace").
                    Some(mi) => {
                        matches!(s.ms[mi].form, MentionForm::Adjective | MentionForm::Agent)
                    }
                    None => matches!(
                        c,
                        Class::Det | Class::Adv | Class::Other | Class::Number | Class::Time
                    ),
                };
                let quote = c == Class::Quote;
                // Coordinated modifiers ("complete, full ties", "heavy and sustained fire"): a
                // comma, "and" or "or" between two open-class words is not a word of its own.
                let open = |k: usize| {
                    s.owner(k).is_none() && matches!(s.cls[k], Class::Adv | Class::Other)
                };
                let coordinator = r > q
                    && r + 1 < n
                    && (c == Class::Comma
                        || (c == Class::Conj && matches!(s.toks[r].lower.as_str(), "and" | "or")))
                    && open(r - 1)
                    && open(r + 1);
                if coordinator {
                    r += 1;
                    continue;
                }
                if !ok && !quote {
                    return None;
                }
                // A number split by the tokenizer ("8,000") is one word.
                let number_part = c == Class::Number && r > q && s.cls[r - 1] == Class::Number;
                if !quote && !number_part {
                    words += 1;
                }
                r += 1;
            }
        }
        Pat::Hyphen => None,
    }
}

/// Sorts, keeps one triple per (source, target, relation) and trigger, the most confident.
fn finish(mut out: Vec<Found>) -> Vec<Found> {
    out.sort_by(|a, b| {
        (a.trigger, a.source, a.target, a.relation)
            .cmp(&(b.trigger, b.source, b.target, b.relation))
            .then(b.confidence.total_cmp(&a.confidence))
    });
    let mut keep: Vec<Found> = Vec::with_capacity(out.len());
    for f in out {
        if let Some(k) = keep.iter_mut().find(|k| {
            k.source == f.source
                && k.target == f.target
                && k.relation == f.relation
                && k.negated == f.negated
        }) {
            if f.confidence > k.confidence {
                *k = f;
            }
            continue;
        }
        keep.push(f);
    }
    keep.sort_by(|a, b| {
        (a.trigger, a.source, a.target, a.relation)
            .cmp(&(b.trigger, b.source, b.target, b.relation))
    });
    keep
}
