//! Closed-class words and suffix rules: what the grammar knows about English without a parser.
//!
//! Every token of a sentence that reaches the deep analysis gets one [`Class`]. The lists are
//! small and fixed; everything else is [`Class::Other`] (nouns, verbs, adjectives).

use crate::text::{Token, TokenKind, calendar};

/// The closed class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Articles, demonstratives, quantifiers, possessive pronouns: "the", "its", "several".
    Det,
    /// Forms of "be", "have", "do" and "get" that build verb chains.
    Aux,
    /// "will", "would", "can"... ; see [`HYPOTHETICAL_MODALS`] for the ones that block a triple.
    Modal,
    /// "not", "never", "n't", "no longer".
    Neg,
    /// Prepositions.
    Prep,
    /// "and", "or", "but", "nor".
    Conj,
    /// Subordinators that open a clause: "if", "because", "while", "after"...
    Sub,
    /// Relative pronouns: "who", "which", "whom", "whose" ("that" is decided in context).
    Rel,
    /// Personal pronouns that can be subjects: "he", "it", "they"...
    Pron,
    /// "to" (infinitive or preposition, decided in context).
    To,
    /// Adverbs: the "-ly" words and a short list ("also", "again", "reportedly").
    Adv,
    /// Time words that may sit between a subject and its verb: "Monday", "yesterday".
    Time,
    /// Comma.
    Comma,
    /// Parentheses and dashes: "(", ")", "-" as a token.
    Paren,
    /// Clause-final punctuation inside a sentence: ";" and ":".
    Stop,
    /// Quotation marks.
    Quote,
    /// Any other punctuation.
    Punct,
    /// Numbers.
    Number,
    /// Open-class words.
    Other,
}

pub const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "some",
    "several",
    "both",
    "all",
    "other",
    "any",
    "each",
    "every",
    "many",
    "most",
    "two",
    "three",
    "four",
    "five",
    "dozens",
    "hundreds",
    "thousands",
    "such",
    "another",
    "no",
];
pub const AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m", "has", "have",
    "had", "having", "'ve", "'d", "do", "does", "did", "get", "got", "gets", "getting", "gotten",
];
pub const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "get", "got", "gets",
    "getting", "gotten",
];
pub const MODALS: &[&str] = &[
    "will", "would", "shall", "can", "could", "may", "might", "should", "must", "'ll", "wo", "ca",
];
/// Modals that make a triple hypothetical (no triple): "could attack", "might support".
pub const HYPOTHETICAL_MODALS: &[&str] = &["could", "might", "may", "should", "must", "can", "ca"];
pub const NEGATION: &[&str] = &["not", "n't", "never", "neither", "nor", "no", "cannot"];
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "into",
    "onto",
    "against",
    "about",
    "over",
    "under",
    "between",
    "among",
    "amid",
    "amongst",
    "through",
    "across",
    "toward",
    "towards",
    "near",
    "around",
    "behind",
    "beyond",
    "during",
    "without",
    "within",
    "inside",
    "outside",
    "upon",
    "via",
    "per",
    "despite",
    "including",
    "like",
    "than",
    "except",
    "along",
    "alongside",
    "beside",
    "besides",
    "throughout",
    "off",
    "out",
    "up",
    "down",
    "regarding",
    "concerning",
    "following",
    "amidst",
];
pub const CONJUNCTIONS: &[&str] = &["and", "or", "but", "nor", "&", "plus"];
pub const SUBORDINATORS: &[&str] = &[
    "if", "unless", "whether", "because", "although", "though", "while", "whilst", "when",
    "whenever", "where", "after", "before", "since", "until", "till", "once", "as", "so",
    "whereas", "lest",
];
/// Subordinators whose clause is not asserted.
pub const CONDITIONALS: &[&str] = &["if", "unless", "whether", "lest"];
pub const RELATIVES: &[&str] = &["who", "which", "whom", "whose"];
pub const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];
pub const ADVERBS: &[&str] = &[
    "also",
    "again",
    "already",
    "still",
    "now",
    "then",
    "later",
    "soon",
    "just",
    "even",
    "only",
    "once",
    "further",
    "jointly",
    "together",
    "first",
    "repeatedly",
    "allegedly",
    "reportedly",
    "apparently",
    "recently",
    "often",
    "frequently",
    "previously",
    "subsequently",
    "formally",
    "publicly",
    "officially",
    "openly",
    "directly",
    "strongly",
    "sharply",
    "firmly",
    "heavily",
    "yet",
    "long",
    "instead",
    "too",
    "ever",
    "reluctantly",
    "quietly",
];

/// Time words besides the month and weekday names of [`calendar`].
pub const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "evening",
    "night",
    "afternoon",
    "last",
    "next",
    "earlier",
    "this",
];

/// Verbs that take a "to"-infinitive or a gerund and keep their subject: "pledged to back",
/// "continued supporting". Their effect on the embedded relation is in [`control_effect`].
#[rustfmt::skip]
pub const CONTROL_VERBS: &[&str] = &[
    "pledge", "vow", "promise", "plan", "agree", "decide", "continue", "try", "seek", "threaten",
    "refuse", "decline", "fail", "deny", "want", "intend", "hope", "aim", "begin", "start",
    "move", "vote", "expect", "prepare", "offer", "attempt", "resolve", "undertake", "wish",
    "keep", "stop", "cease", "resume", "swear", "order", "need", "help", "go", "set",
    "appear", "seem", "claim", "reject", "warn", "like", "choose", "dare", "refrain", "avoid",
    "manage", "come", "announce", "pretend", "tend", "commit", "remain", "determine", "poise",
    "ready", "able", "willing", "eager", "unable", "unwilling", "work", "struggle", "strive",
    "schedule", "slate", "due", "fly", "travel",
];

/// What a control verb does to the relation under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// The relation counts: "pledged to back", "continued to attack".
    Keep,
    /// Negated: "failed to", "denied arming", "stopped", "refrained from".
    Negate,
    /// Becomes `reject`: "refused to meet", "declined to".
    Reject,
    /// Becomes `threaten`: "threatened to attack".
    Threaten,
    /// Not asserted: "tried to"? no — kept. "seemed to", "claimed to" — kept with less confidence.
    Weak,
}

/// The effect of a control verb (given its lemma) on the relation under it.
pub fn control_effect(lemma: &str) -> Control {
    match lemma {
        "fail" | "deny" | "stop" | "cease" | "refrain" | "avoid" | "unable" => Control::Negate,
        "refuse" | "decline" | "reject" | "unwilling" => Control::Reject,
        "threaten" | "warn" => Control::Threaten,
        "appear" | "seem" | "claim" | "pretend" | "hope" | "wish" | "want" | "like" | "tend" => {
            Control::Weak
        }
        _ => Control::Keep,
    }
}

/// Reporting verbs: their subject is the speaker of the clause that follows.
pub const REPORTING: &[&str] = &[
    "say",
    "tell",
    "claim",
    "insist",
    "argue",
    "state",
    "stress",
    "allege",
    "charge",
    "add",
    "believe",
    "think",
    "warn",
    "declare",
    "assert",
    "maintain",
    "note",
    "suggest",
    "announce",
    "write",
    "contend",
    "complain",
    "acknowledge",
    "admit",
    "report",
    "reiterate",
    "explain",
    "describe",
    "call",
];

/// Verbs frequent enough in news to help find verb phrases (for coordination), by lemma.
pub const COMMON_VERBS: &[&str] = &[
    "fly",
    "travel",
    "arrive",
    "return",
    "head",
    "make",
    "take",
    "give",
    "go",
    "come",
    "hold",
    "keep",
    "send",
    "launch",
    "conduct",
    "carry",
    "provide",
    "offer",
    "express",
    "voice",
    "lend",
    "extend",
    "deliver",
    "stage",
    "mount",
    "receive",
    "seek",
    "leave",
    "put",
    "set",
    "bring",
    "show",
    "see",
    "find",
    "begin",
    "lead",
    "open",
    "step",
    "intensify",
    "renew",
    "reaffirm",
    "repeat",
    "increase",
    "join",
    "play",
];

/// Irregular forms of the closed lists above, mapped to their lemma.
const IRREGULAR_FORMS: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("told", "tell"),
    ("made", "make"),
    ("took", "take"),
    ("taken", "take"),
    ("gave", "give"),
    ("given", "give"),
    ("went", "go"),
    ("gone", "go"),
    ("goes", "go"),
    ("came", "come"),
    ("held", "hold"),
    ("kept", "keep"),
    ("sent", "send"),
    ("sought", "seek"),
    ("thought", "think"),
    ("began", "begin"),
    ("begun", "begin"),
    ("led", "lead"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("wrote", "write"),
    ("written", "write"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("brought", "bring"),
    ("showed", "show"),
    ("shown", "show"),
    ("saw", "see"),
    ("seen", "see"),
    ("found", "find"),
    ("put", "put"),
    ("set", "set"),
    ("left", "leave"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("denies", "deny"),
    ("denied", "deny"),
    ("tries", "try"),
    ("tried", "try"),
];

/// The irregular forms known to the closed lists, with their lemma.
pub fn irregular_forms() -> &'static [(&'static str, &'static str)] {
    IRREGULAR_FORMS
}

/// The lemma of a verb form by regular suffix rules, checked against `known` lemmas.
///
/// ```
/// use actorgraph::relations::words::lemma_in;
/// use actorgraph::relations::words::CONTROL_VERBS;
/// assert_eq!(lemma_in("pledged", CONTROL_VERBS), Some("pledge"));
/// assert_eq!(lemma_in("vowing", CONTROL_VERBS), Some("vow"));
/// assert_eq!(lemma_in("denied", CONTROL_VERBS), Some("deny"));
/// assert_eq!(lemma_in("stopped", CONTROL_VERBS), Some("stop"));
/// assert_eq!(lemma_in("refuses", CONTROL_VERBS), Some("refuse"));
/// assert_eq!(lemma_in("table", CONTROL_VERBS), None);
/// ```
pub fn lemma_in(word: &str, known: &[&'static str]) -> Option<&'static str> {
    let find = |w: &str| known.iter().copied().find(|k| *k == w);
    if let Some(k) = find(word) {
        return Some(k);
    }
    if let Some(&(_, l)) = IRREGULAR_FORMS.iter().find(|(f, _)| *f == word) {
        return find(l);
    }
    let mut cands: Vec<String> = Vec::with_capacity(4);
    for suf in ["ing", "ed", "es", "s", "d"] {
        if let Some(stem) = word.strip_suffix(suf) {
            if stem.len() < 2 {
                continue;
            }
            cands.push(stem.to_string());
            cands.push(format!("{stem}e"));
            if let Some(s) = stem.strip_suffix('i') {
                cands.push(format!("{s}y"));
            }
            let b = stem.as_bytes();
            if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
                cands.push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    cands.iter().find_map(|c| find(c))
}

/// The fast hasher (FxHash) for the short string keys of the per-token look-ups.
pub type FxBuild = rustc_hash::FxBuildHasher;
pub type FxMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
pub type FxSet<K> = std::collections::HashSet<K, FxBuild>;

/// Every inflected form of a list of lemmas, mapped to its lemma, built once (what
/// [`lemma_in`] computes, without allocating per look-up).
pub struct Lemmas {
    map: FxMap<String, &'static str>,
}

impl Lemmas {
    pub fn new(list: &[&'static str]) -> Lemmas {
        let regular = super::lexicon::Irregular::default();
        let mut map: FxMap<String, &'static str> = FxMap::default();
        for &l in list {
            for f in regular.forms(l) {
                map.entry(f).or_insert(l);
            }
            // Doubled final consonant: "committed", "stopped", "planning".
            if let Some(c) = l.chars().last()
                && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'w' | 'x' | 'y')
            {
                map.entry(format!("{l}{c}ed")).or_insert(l);
                map.entry(format!("{l}{c}ing")).or_insert(l);
            }
        }
        for &(f, l) in IRREGULAR_FORMS {
            if let Some(&known) = list.iter().find(|k| **k == l) {
                map.insert(f.to_string(), known);
            }
        }
        Lemmas { map }
    }

    pub fn get(&self, w: &str) -> Option<&'static str> {
        self.map.get(w).copied()
    }
}

/// Light verbs: their subject is the agent of the noun after them ("X launched an offensive
/// against Y", "X voiced support for Y").
#[rustfmt::skip]
pub const LIGHT_VERBS: &[&str] = &[
    "launch", "conduct", "carry", "mount", "stage", "begin", "start", "resume", "continue",
    "step", "intensify", "escalate", "wage", "provide", "offer", "give", "lend", "extend",
    "pledge", "promise", "send", "deliver", "voice", "express", "reiterate", "reaffirm",
    "repeat", "renew", "announce", "issue", "make", "hold", "open", "declare", "show", "throw",
    "level", "unleash", "order", "approve", "authorize", "authorise", "lead", "increase",
    "expand", "maintain", "keep", "stand", "go", "travel", "arrive", "fly", "head", "pay",
];

/// Verbs whose object is the subject of an asserted infinitive: "assisting Y to defeat Z".
pub const HELP_VERBS: &[&str] = &[
    "help", "assist", "enable", "support", "train", "equip", "back",
];

/// The closed-class words in one table, built once, with the inflected forms of the control,
/// light and help verbs.
pub struct Classes {
    words: FxMap<&'static str, Class>,
    pub control: Lemmas,
    pub light: Lemmas,
    pub help: Lemmas,
}

impl Default for Classes {
    fn default() -> Self {
        Self::new()
    }
}

impl Classes {
    pub fn new() -> Classes {
        let mut words: FxMap<&'static str, Class> = FxMap::default();
        // Later lists do not override earlier ones: a word in two lists takes the first class.
        let lists: [(&[&'static str], Class); 16] = [
            (&["to"], Class::To),
            (DETERMINERS, Class::Det),
            (NEGATION, Class::Neg),
            (AUX, Class::Aux),
            (MODALS, Class::Modal),
            (CONJUNCTIONS, Class::Conj),
            (RELATIVES, Class::Rel),
            (SUBORDINATORS, Class::Sub),
            (PREPOSITIONS, Class::Prep),
            (PRONOUNS, Class::Pron),
            (TIME_WORDS, Class::Time),
            (calendar::MONTHS, Class::Time),
            (calendar::MONTH_ABBREVIATIONS, Class::Time),
            (calendar::WEEKDAYS, Class::Time),
            (calendar::WEEKDAY_ABBREVIATIONS, Class::Time),
            (ADVERBS, Class::Adv),
        ];
        for (list, class) in lists {
            for w in list {
                words.entry(w).or_insert(class);
            }
        }
        Classes {
            words,
            control: Lemmas::new(CONTROL_VERBS),
            light: Lemmas::new(LIGHT_VERBS),
            help: Lemmas::new(HELP_VERBS),
        }
    }

    /// The class of one token: punctuation and numbers by their kind, words from the closed
    /// lists, then "-ly" adverbs.
    pub fn of(&self, t: &Token) -> Class {
        self.classify(t, self.closed(t.lower.as_str()))
    }

    /// The closed class of a word form, if it has one.
    pub fn closed(&self, w: &str) -> Option<Class> {
        self.words.get(w).copied()
    }

    /// Every closed-class word with its class.
    pub fn closed_words(&self) -> impl Iterator<Item = (&'static str, Class)> + '_ {
        self.words.iter().map(|(&w, &c)| (w, c))
    }

    /// [`Classes::of`] for a token whose closed class (`closed`, used for word tokens) was
    /// looked up elsewhere: the grammar hashes each token once for all it needs to know.
    pub fn classify(&self, t: &Token, closed: Option<Class>) -> Class {
        let w = t.lower.as_str();
        match t.kind {
            TokenKind::Number => Class::Number,
            TokenKind::Punct => match w {
                "," => Class::Comma,
                "(" | ")" | "[" | "]" | "-" | "--" => Class::Paren,
                ";" | ":" => Class::Stop,
                "\"" | "'" | "`" => Class::Quote,
                _ => Class::Punct,
            },
            TokenKind::Word => match closed {
                Some(c) => c,
                None if w.len() > 4 && w.ends_with("ly") && !is_ly_noun(w) => Class::Adv,
                None => Class::Other,
            },
        }
    }
}

/// "-ly" words that are not adverbs.
fn is_ly_noun(w: &str) -> bool {
    matches!(
        w,
        "italy"
            | "ally"
            | "rally"
            | "assembly"
            | "family"
            | "supply"
            | "reply"
            | "anomaly"
            | "monopoly"
            | "july"
            | "early"
            | "daily"
            | "weekly"
            | "monthly"
            | "likely"
            | "only"
            | "fly"
            | "apply"
            | "rely"
            | "comply"
            | "multiply"
            | "friendly"
            | "elderly"
            | "holy"
    )
}

/// Whether a lower-case word looks like a verb form by its suffix ("-ed", "-ing").
pub fn verb_suffix(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || (w.len() > 5 && w.ends_with("ing"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn classes() {
        let classes = Classes::new();
        let of = |s: &str| -> Vec<Class> {
            tokenize(s, 0, s.len())
                .iter()
                .map(|t| classes.of(t))
                .collect()
        };
        use Class::*;
        assert_eq!(
            of("They would not have quickly attacked the rebels, who fled; if"),
            [
                Pron, Modal, Neg, Aux, Adv, Other, Det, Other, Comma, Rel, Other, Stop, Sub
            ]
        );
        // A word in two lists takes the first: "that" is a determiner before a relative.
        assert_eq!(
            of("no one to Monday as that and but Sept. 12"),
            [Det, Other, To, Time, Sub, Det, Conj, Conj, Time, Number]
        );
    }

    #[test]
    fn conditionals_are_subordinators() {
        // `Sent::new` compares a token with the conditionals only when its class is `Sub`.
        let classes = Classes::new();
        for w in CONDITIONALS {
            assert_eq!(classes.closed(w), Some(Class::Sub), "{w}");
        }
    }

    #[test]
    fn lemmas_agree_with_lemma_in() {
        let table = Lemmas::new(CONTROL_VERBS);
        for w in [
            "pledged",
            "vowing",
            "denied",
            "stopped",
            "refuses",
            "committed",
            "continues",
            "threatened",
            "tried",
            "sought",
            "able",
            "table",
            "said",
        ] {
            assert_eq!(table.get(w), lemma_in(w, CONTROL_VERBS), "{w}");
        }
    }

    #[test]
    fn control() {
        assert_eq!(control_effect("refuse"), Control::Reject);
        assert_eq!(control_effect("fail"), Control::Negate);
        assert_eq!(control_effect("pledge"), Control::Keep);
    }
}
