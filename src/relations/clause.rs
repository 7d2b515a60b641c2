//! One sentence under analysis: token classes, which mention covers which token, the clauses
//! that are not asserted, and the binding rules (subject of a verb, object after it,
//! coordination, the speaker of reported speech).

use super::confidence::Via;
use super::words::{self, BE, CONDITIONALS, Class, Control, HYPOTHETICAL_MODALS};
use crate::actors::words::STRIKE_WORDS;
use crate::actors::{Mention, MentionForm};
use crate::text::Token;
use words::FxSet;

/// How a verb form was inflected (the index's form numbers 0..=4).
pub const LEMMA: u8 = 0;
pub const PAST: u8 = 2;
pub const PARTICIPLE: u8 = 3;
pub const GERUND: u8 = 4;

/// What lies between a subject and its verb.
#[derive(Debug, Clone, Default)]
pub struct Chain {
    pub negated: bool,
    /// A hypothetical modal ("could", "might").
    pub hypothetical: bool,
    /// A control verb's effect ("refused to" -> Reject).
    pub control: Option<Control>,
    /// "will", "would", "is to", "pledged to".
    pub intent: bool,
    /// The subject is the object of another verb before it ("urged Y to attack Z").
    pub embedded: bool,
    /// An auxiliary, modal, "to" or control verb stands between subject and verb.
    pub aux: bool,
    /// "would": hypothetical when a conditional clause follows.
    pub would: bool,
    pub distance: usize,
    pub via: Via,
}

impl Chain {
    fn note_control(&mut self, c: Control) {
        match c {
            Control::Negate => self.negated = !self.negated,
            Control::Keep => self.intent = true,
            _ => {
                if self.control.is_none() {
                    self.control = Some(c);
                }
            }
        }
    }
}

/// The subject of a verb: one mention, or several coordinated ones.
#[derive(Debug, Clone)]
pub struct Subject {
    pub mentions: Vec<usize>,
    pub chain: Chain,
}

pub struct Sent<'a> {
    pub src: &'a str,
    pub toks: &'a [Token],
    pub ms: &'a [Mention],
    pub cls: Vec<Class>,
    /// Mention index + 1 covering each token, 0 for none.
    owner: Vec<u32>,
    /// Tokens inside a conditional clause ("if X attacks Y").
    pub hypothetical: Vec<bool>,
    /// All forms of all verbs the grammar knows (trigger verbs and the closed lists).
    verbs: &'a FxSet<String>,
    pub classes: &'a words::Classes,
}

fn is_modifier(m: &Mention) -> bool {
    m.prefix.is_some() || m.suffix.is_some()
}

impl<'a> Sent<'a> {
    /// `cls` holds the class of each token ([`words::Classes::of`]; the grammar takes it from
    /// the one look-up it makes per token).
    pub fn new(
        src: &'a str,
        toks: &'a [Token],
        ms: &'a [Mention],
        mut cls: Vec<Class>,
        verbs: &'a FxSet<String>,
        classes: &'a words::Classes,
    ) -> Sent<'a> {
        // "8,000" may reach us as three tokens.
        for i in 1..cls.len().saturating_sub(1) {
            if cls[i] == Class::Comma
                && cls[i - 1] == Class::Number
                && cls[i + 1] == Class::Number
                && toks[i].start == toks[i - 1].end
                && toks[i + 1].start == toks[i].end
            {
                cls[i] = Class::Number;
            }
        }
        let mut owner = vec![0u32; toks.len()];
        for (i, m) in ms.iter().enumerate() {
            for o in owner.iter_mut().take(m.last.min(toks.len())).skip(m.first) {
                *o = i as u32 + 1;
            }
        }
        let mut hypothetical = vec![false; toks.len()];
        let mut inside = false;
        for (i, t) in toks.iter().enumerate() {
            // The conditionals are subordinators (a test checks it): only those are compared.
            if cls[i] == Class::Sub && CONDITIONALS.contains(&t.lower.as_str()) {
                inside = true;
            } else if inside && (matches!(cls[i], Class::Comma | Class::Stop) || t.lower == "then")
            {
                inside = false;
            }
            hypothetical[i] = inside;
        }
        Sent {
            src,
            toks,
            ms,
            cls,
            owner,
            hypothetical,
            verbs,
            classes,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    pub fn lower(&self, i: usize) -> &str {
        self.toks[i].lower.as_str()
    }

    /// The mention covering token `i`.
    pub fn owner(&self, i: usize) -> Option<usize> {
        match self.owner.get(i) {
            Some(&o) if o > 0 => Some(o as usize - 1),
            _ => None,
        }
    }

    /// The mention starting at token `i`.
    /// Whether "that" at `r` opens a clause: a determiner, pronoun or adverb follows, or an
    /// actor other than a bare singular agent word ("that government").
    fn complementizer(&self, r: usize) -> bool {
        let k = r + 1;
        if k >= self.len() {
            return false;
        }
        if matches!(self.cls[k], Class::Det | Class::Pron | Class::Adv) {
            return true;
        }
        self.starts(k).is_some_and(|mi| {
            let m = &self.ms[mi];
            m.form != MentionForm::Agent || self.lower(m.last - 1).ends_with('s')
        })
    }

    pub fn starts(&self, i: usize) -> Option<usize> {
        self.owner(i).filter(|&m| self.ms[m].first == i)
    }

    /// Whether token `i` looks like a verb form.
    pub fn verb_like(&self, i: usize) -> bool {
        if self.owner(i).is_some() {
            return false;
        }
        let w = self.lower(i);
        self.cls[i] == Class::Aux
            || self.cls[i] == Class::Modal
            || (self.cls[i] == Class::Other
                && (self.verbs.contains(w)
                    || (words::verb_suffix(w) && !self.toks[i].is_capitalized(self.src))))
    }

    /// The form of a verb-like token by its ending: gerund, past, or lemma.
    pub fn form_of(&self, i: usize) -> u8 {
        let w = self.lower(i);
        if w.ends_with("ing") {
            GERUND
        } else if w.ends_with("ed") {
            PAST
        } else {
            LEMMA
        }
    }

    fn is_be(&self, i: usize) -> bool {
        BE.contains(&self.lower(i))
    }

    /// Whether the participle at `p` is passive: a form of "be" before it in its chain.
    pub fn passive_be(&self, p: usize) -> bool {
        let mut q = p;
        while q > 0 {
            q -= 1;
            match self.cls[q] {
                Class::Adv | Class::Neg => continue,
                _ => return self.is_be(q),
            }
        }
        false
    }

    /// A usable mention that an object or an agent starts with at token `q`: determiners,
    /// adverbs, quotes, hyphen modifiers ("U.S.-backed"), country adjectives, titles and up to two
    /// other words may stand before it ("the embattled Syrian opposition", "Saudi Foreign
    /// Minister Adel al-Jubeir"). An agent word followed by a name yields the name ("(rebel)
    /// Free Syria Army"); "his counterpart, Y" yields Y.
    pub fn object_at(&self, q: usize) -> Option<usize> {
        self.object_from(q, true)
    }

    /// [`Sent::object_at`]; `strict` rejects a name that modifies a following noun.
    pub fn object_from(&self, q: usize, strict: bool) -> Option<usize> {
        let n = self.len();
        let mut r = q;
        let mut others = 0;
        let mut modified = false;
        while r < n {
            if let Some(mi) = self.owner(r) {
                let m = &self.ms[mi];
                if is_modifier(m) || m.form == MentionForm::Adjective {
                    modified = true;
                    r = m.last.max(r + 1);
                    continue;
                }
                let mut k = m.last;
                if k < n && self.lower(k) == ")" {
                    k += 1;
                }
                // "his UK counterpart Gordon Brown": the name after the title.
                if k + 1 < n
                    && matches!(self.lower(k), "counterpart" | "counterparts")
                    && let Some(next) = self.starts(k + 1)
                {
                    return Some(next);
                }
                if let Some(next) = self.starts(k) {
                    let nm = &self.ms[next];
                    // "(rebel) Free Syria Army", "Saudi Foreign Minister Adel al-Jubeir".
                    let title = matches!(m.form, MentionForm::Agent | MentionForm::Combined);
                    if title
                        && !is_modifier(nm)
                        && matches!(nm.form, MentionForm::Name | MentionForm::Seat)
                    {
                        return Some(next);
                    }
                }
                // "the government of President Musharraf", "the leaders of Hamas": an agent word
                // with no country of its own stands for the actor it is "of".
                if m.form == MentionForm::Agent
                    && m.actor.code.is_empty()
                    && (REPRESENTATIVES.contains(&self.lower(m.last - 1))
                        || matches!(
                            self.lower(m.last - 1),
                            "regime" | "administration" | "cabinet" | "leadership"
                        ))
                    && k < n
                    && self.lower(k) == "of"
                {
                    let mut j = k + 1;
                    while j < n && self.cls[j] == Class::Det {
                        j += 1;
                    }
                    if let Some(next) = self.starts(j)
                        && !self.ms[next].actor.code.is_empty()
                        && matches!(
                            self.ms[next].form,
                            MentionForm::Name | MentionForm::Seat | MentionForm::Combined
                        )
                    {
                        return Some(next);
                    }
                }
                // "the military commander, Frank Bainimarama": the name in apposition.
                if matches!(m.form, MentionForm::Agent | MentionForm::Combined)
                    && k < n
                    && self.cls[k] == Class::Comma
                    && let Some(next) = self.starts(k + 1)
                    && self.ms[next].form == MentionForm::Name
                {
                    let after = self.ms[next].last;
                    if after >= n || matches!(self.cls[after], Class::Comma | Class::Punct) {
                        return Some(next);
                    }
                }
                // "the Iraq Study Group": part of a longer name.
                if strict
                    && m.last < n
                    && self.cls[m.last] == Class::Other
                    && self.owner(m.last).is_none()
                    && self.toks[m.last].is_capitalized(self.src)
                    && m.form == MentionForm::Name
                    && m.actor.kind != crate::actors::Kind::Person
                {
                    return None;
                }
                // "welcomes UNSC support for new talks": the name owns the noun after it.
                if strict
                    && m.last + 1 < n
                    && OWNED_NOUNS.contains(&self.lower(m.last))
                    && self.cls[m.last + 1] == Class::Prep
                {
                    return None;
                }
                // "the Tehran – Beirut road", "the Putin – Erdogan zone": two names joined by a
                // dash modify the noun after them.
                if strict
                    && m.last + 1 < n
                    && matches!(self.lower(m.last), "–" | "—" | "-")
                    && let Some(nx) = self.starts(m.last + 1)
                    && self.ms[nx].form == MentionForm::Name
                    && self.ms[nx].last < n
                    && self.cls[self.ms[nx].last] == Class::Other
                    && self.owner(self.ms[nx].last).is_none()
                    && !REPORTING_FORMS.contains(&self.lower(self.ms[nx].last))
                {
                    return None;
                }
                // "the Russia deal", "new Syria sanctions": a name modifying a noun.
                if strict
                    && m.last < n
                    && self.cls[m.last] == Class::Other
                    && self.owner(m.last).is_none()
                    && !self.toks[m.last].is_capitalized(self.src)
                    && !words::verb_suffix(self.lower(m.last))
                    && (!self.verb_like(m.last) || self.lower(m.last).ends_with('s'))
                    && !REPORTING_FORMS.contains(&self.lower(m.last))
                    && !VERBS_NOT_NOUNS.contains(&self.lower(m.last))
                    && !TARGET_NOUNS.contains(&self.lower(m.last))
                    && !(m.last + 1 < n
                        && (matches!(self.cls[m.last + 1], Class::Det | Class::Pron | Class::To)
                            || self.owner(m.last + 1).is_some()
                            || matches!(self.lower(m.last + 1), "them" | "him" | "her" | "us")))
                {
                    return None;
                }
                return Some(mi);
            }
            match self.cls[r] {
                // "warned that Iran ...", "warned that extremists may ...": a clause, not an
                // object ("attacked that country" keeps the determiner).
                Class::Det if self.lower(r) == "that" && self.complementizer(r) => return None,
                Class::Det | Class::Adv | Class::Quote => {}
                Class::Number if others == 0 => {}
                Class::Paren if self.lower(r) == "(" || self.lower(r) == ")" => {}
                // "the ousted President Estrada": a participle after a determiner is an
                // adjective.
                Class::Other
                    if others < 3
                        && (!self.verb_like(r)
                            || (r > q
                                && self.cls[r - 1] == Class::Det
                                && self.lower(r).ends_with("ed"))) =>
                {
                    // "demands to remove his minister": a word before a determiner is a verb
                    // ("shot dead a local official": not a resultative).
                    if r + 1 < n
                        && self.lower(r) != "dead"
                        && (self.cls[r + 1] == Class::Det
                            || matches!(self.lower(r + 1), "his" | "her" | "its" | "their"))
                    {
                        return None;
                    }
                    others += 1;
                    if others == 3 && !self.toks[r].is_capitalized(self.src) {
                        return None;
                    }
                }
                // "countries like India", "regional powers including Iran", "such as".
                Class::Prep if others > 0 && matches!(self.lower(r), "including" | "like") => {
                    others = 0;
                }
                // "destroying the terrorist scourge of ISIL", "killed members of Hamas".
                Class::Prep
                    if others > 0
                        && self.lower(r) == "of"
                        && OF_HEADS.contains(&self.lower(r - 1)) =>
                {
                    // "members of MacKay's family": the possessor is not who is meant.
                    let mut k = r + 1;
                    while k < n && self.cls[k] == Class::Det {
                        k += 1;
                    }
                    if let Some(mi) = self.starts(k)
                        && self.ms[mi].last < n
                        && matches!(self.lower(self.ms[mi].last), "'s" | "'")
                    {
                        return None;
                    }
                    others = 0;
                }
                Class::Sub
                    if others > 0
                        && self.lower(r) == "as"
                        && r > 0
                        && self.lower(r - 1) == "such" => {}
                Class::Comma => {
                    // "his Japanese counterpart, Nobutaka Machimura": an apposition.
                    let next = self.starts(r + 1)?;
                    let after = self.ms[next].last;
                    // "his counterpart, Nobutaka Machimura, where ...", "... Machimura where".
                    let closes = after >= n
                        || matches!(
                            self.cls[after],
                            Class::Comma | Class::Stop | Class::Punct | Class::Rel | Class::Sub
                        );
                    if (others > 0 || modified) && closes {
                        return Some(next);
                    }
                    return None;
                }
                _ => break,
            }
            r += 1;
        }
        None
    }

    /// Actors coordinated after mention `m` ("Y, Z and W"), not counting `m`.
    pub fn coordinated_after(&self, m: usize) -> Vec<usize> {
        let mut out = Vec::new();
        // Items joined by a bare comma count only if an "and"/"or" closes the list; otherwise
        // the comma opened an apposition ("the military commander, Frank Bainimarama").
        let mut pending = 0;
        let mut last = self.ms[m].last;
        let n = self.len();
        while last < n {
            let mut k = last;
            let mut conj = false;
            // "met Y on Thursday, Z and W on Friday".
            if k + 1 < n
                && self.cls[k] == Class::Prep
                && matches!(self.cls[k + 1], Class::Time | Class::Number)
            {
                k += 2;
                while k < n && matches!(self.cls[k], Class::Time | Class::Number) {
                    k += 1;
                }
                if k >= n || self.cls[k] != Class::Comma {
                    break;
                }
            }
            if self.cls[k] == Class::Comma {
                k += 1;
            }
            if k < n && matches!(self.lower(k), "and" | "or" | "nor") {
                conj = true;
                k += 1;
                // "spoke to Y and to Z": the preposition before Y, repeated.
                let first = self.np_start(self.ms[m].first);
                if k < n
                    && first > 0
                    && matches!(self.cls[first - 1], Class::Prep | Class::To)
                    && self.lower(k) == self.lower(first - 1)
                {
                    k += 1;
                }
            }
            if k == last || k >= n {
                break;
            }
            // Skip determiners and a modifier.
            while k < n && self.cls[k] == Class::Det {
                k += 1;
            }
            let Some(next) = self.object_at(k) else { break };
            if self.ms[next].first > k + 4 {
                break;
            }
            // "Y and Z said ...": Z starts a new clause.
            let after = self.ms[next].last;
            if after < n && (self.verb_like(after) && !self.cls[after].eq(&Class::Other)) {
                break;
            }
            if after < n && REPORTING_FORMS.contains(&self.lower(after)) {
                break;
            }
            out.push(next);
            // "A and regional powers including B, C and D": the list goes on.
            let listed = (k..self.ms[next].first)
                .any(|i| matches!(self.lower(i), "including" | "like" | "as"));
            if conj || listed {
                pending = 0;
            } else {
                pending += 1;
            }
            last = after;
            if conj && !listed {
                break;
            }
        }
        out.truncate(out.len() - pending);
        out
    }

    /// Actors coordinated before mention `m` ("A, B and m", "both A and m").
    pub fn coordinated_before(&self, m: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut first = self.np_start_wide(self.ms[m].first);
        loop {
            if first == 0 {
                break;
            }
            let mut k = first - 1;
            let conj = matches!(self.lower(k), "and" | "or" | "nor");
            if !conj && self.cls[k] != Class::Comma {
                break;
            }
            if conj && k > 0 && self.cls[k - 1] == Class::Comma {
                k -= 1;
            }
            if k == 0 {
                break;
            }
            let Some(prev) = self.owner(k - 1) else { break };
            let pm = &self.ms[prev];
            if is_modifier(pm) || pm.form == MentionForm::Adjective {
                break;
            }
            // A list needs an "and" somewhere: "A, B and C"; a bare comma before the first
            // mention is an apposition or a fronted phrase.
            if !conj && out.is_empty() && !self.has_and_between(pm.last, self.ms[m].first) {
                break;
            }
            let start = self.np_start_wide(pm.first);
            // "According to (an official of) X, A and B attacked": X is the source of the report.
            let reported = (start.saturating_sub(8)..start)
                .rev()
                .take_while(|&i| !matches!(self.cls[i], Class::Comma | Class::Stop))
                .any(|i| {
                    self.lower(i) == "according" && i + 1 < start && self.lower(i + 1) == "to"
                });
            if !conj && reported {
                break;
            }
            out.push(prev);
            first = start;
        }
        out.reverse();
        out
    }

    /// The start of a noun phrase ending in the mention at `first`, with titles and
    /// modifiers: "his German counterpart Franz Josef Jung", "Prime Minister Olmert".
    fn np_start_wide(&self, first: usize) -> usize {
        let mut f = first;
        let mut best = self.np_start(first);
        let mut others = 0;
        while f > 0 {
            let b = f - 1;
            if let Some(o) = self.owner(b) {
                let om = &self.ms[o];
                let title = matches!(
                    om.form,
                    MentionForm::Agent | MentionForm::Adjective | MentionForm::Combined
                );
                if title && !is_modifier(om) && om.last == f {
                    f = om.first;
                    best = self.np_start(f);
                    continue;
                }
                break;
            }
            match self.cls[b] {
                Class::Det => {
                    f = b;
                    best = f;
                }
                Class::Other if others < 2 && !self.verb_like(b) => {
                    others += 1;
                    f = b;
                }
                _ => break,
            }
        }
        best
    }

    fn has_and_between(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.lower(i) == "and")
    }

    /// The first token of the noun phrase that ends with a mention starting at `first`:
    /// determiners and "both" before it.
    pub fn np_start(&self, mut first: usize) -> usize {
        while first > 0 && (self.cls[first - 1] == Class::Det || self.lower(first - 1) == "both") {
            first -= 1;
        }
        first
    }

    /// The nearest verb-like token before `t` in the same clause, preferring one with the same
    /// ending as the verb at `like` ("saying ... and accusing").
    fn previous_verb(&self, t: usize, like: usize) -> Option<usize> {
        let suffix = |i: usize| {
            let w = self.lower(i);
            if w.ends_with("ing") {
                1
            } else if w.ends_with("ed") {
                2
            } else {
                0
            }
        };
        let want = suffix(like);
        let mut best = None;
        let lo = t.saturating_sub(25);
        for i in (lo..t).rev() {
            if matches!(self.cls[i], Class::Stop) {
                break;
            }
            let after_det = i > 0 && matches!(self.cls[i - 1], Class::Det);
            if self.verb_like(i) && self.cls[i] == Class::Other && !after_det {
                if want != 0 && suffix(i) == want {
                    return Some(i);
                }
                best = best.or(Some(i));
            }
        }
        best
    }

    /// The subject of the verb (or head) at `p`, walking left through the verb chain
    /// (auxiliaries, modals, negation, adverbs, time words, "to" and control verbs), relative
    /// clauses, appositions and parentheses. `form` is the verb's form (for participles and
    /// gerunds after a comma); `others` is how many open-class words may stand between (for
    /// prepositional heads: "a rebel territory under bombardment").
    pub fn subject_of(&self, p: usize, form: u8, others: usize) -> Option<Subject> {
        let mut chain = Chain::default();
        self.subject_walk(p, form, others, 0, &mut chain)
            .map(|mentions| Subject { mentions, chain })
    }

    fn subject_walk(
        &self,
        p: usize,
        form: u8,
        mut others: usize,
        depth: u8,
        chain: &mut Chain,
    ) -> Option<Vec<usize>> {
        if depth > 3 {
            return None;
        }
        let mut q = p;
        let mut first_to = None;
        let mut after_pp = false;
        // A parenthetical (relative clause, apposition) was skipped on the way.
        let mut skipped = false;
        // The token that counts as standing right before the infinitive's "to".
        let mut to_anchor = None;
        while q > 0 {
            let t = q - 1;
            chain.distance += 1;
            if chain.distance > 30 {
                return None;
            }
            if let Some(mut mi) = self.owner(t) {
                if skipped {
                    // "X, a former minister of Y's government, who ..., said": X, not Y.
                    while let Some(h) = self.apposition_head(mi) {
                        mi = h?;
                    }
                }
                let m = &self.ms[mi];
                if is_modifier(m) || m.form == MentionForm::Adjective {
                    return None;
                }
                // "in the end he said": a subject pronoun is never the object of a preposition.
                let nominative =
                    m.form == MentionForm::Pronoun && NOMINATIVE.contains(&self.lower(m.first));
                // The phrase starts at the first of coordinated actors ("in Baghdad and
                // Damascus").
                let first_conjunct = self.coordinated_before(mi).first().copied().unwrap_or(mi);
                let start = self.np_start(self.ms[first_conjunct].first);
                if let Some(b) = self.pp_before(start).filter(|_| !nominative) {
                    let bw = self.lower(b);
                    if bw == "of"
                        && b >= 2
                        && self.lower(b - 1) == "part"
                        && self.lower(b - 2) == "as"
                    {
                        // "X is working as part of the coalition to defeat Y": an adjunct.
                        q = b - 2;
                        continue;
                    } else if bw == "of" && b > 0 && REPRESENTATIVES.contains(&self.lower(b - 1)) {
                        chain.via = Via::Of;
                    } else if bw == "of" && b > 0 && QUANTITIES.contains(&self.lower(b - 1)) {
                        // "Hundreds of demonstrators marched": the demonstrators.
                    } else if let Some(v) = first_to
                        .filter(|_| !after_pp)
                        .and_then(|to| self.purpose_verb(b, to))
                    {
                        // "X took to the streets of cities across Egypt to protest against Y":
                        // the infinitive of purpose has the subject of the verb before the
                        // phrases.
                        q = v;
                        continue;
                    } else if first_to.is_some()
                        && b > 0
                        && self.verb_like(b - 1)
                        && (self.form_of(b - 1) != LEMMA
                            || self.lower(b - 1).ends_with('s')
                            || words::irregular_forms()
                                .iter()
                                .any(|(f, _)| *f == self.lower(b - 1)))
                        && (b < 2 || self.cls[b - 2] != Class::Det)
                    {
                        // "X travelled to Moscow to meet Y": skip the purpose phrase.
                        q = b - 1;
                        continue;
                    } else if !after_pp {
                        // "Rebels in northern Syria attacked": the head before the phrase.
                        after_pp = true;
                        if first_to.is_some() && first_to == Some(self.ms[mi].last) {
                            // "urged Y in Syria to attack Z": Y stands right before the phrase
                            // that stands right before "to".
                            to_anchor = Some(b);
                        }
                        q = b;
                        continue;
                    } else {
                        return None;
                    }
                }
                let neg_between = m.last < p && self.cls[m.last] == Class::Neg;
                if first_to == Some(m.last)
                    || to_anchor == Some(m.last)
                    || (neg_between && first_to == Some(m.last + 1))
                {
                    // "urged Y to attack Z", "a base in Turkey to support Y": Y to attack is
                    // a clause of its own only at the start of a sentence (a headline), or
                    // after a verb of help ("assisting Y to defeat Z").
                    let all = self.coordinated_before(mi);
                    let head = all.first().copied().unwrap_or(mi);
                    let s0 = self.np_start_wide(self.ms[head].first);
                    let helped = s0 > 0 && self.classes.help.get(self.lower(s0 - 1)).is_some();
                    if s0 > 0 && !helped && !matches!(self.cls[s0 - 1], Class::Stop | Class::Quote)
                    {
                        chain.embedded = true;
                    }
                }
                // "..., and they exchanged fire": a subject pronoun after a comma and "and"
                // opens a clause of its own.
                let clause = nominative
                    && self.ms[mi].first >= 2
                    && self.lower(self.ms[mi].first - 1) == "and"
                    && self.cls[self.ms[mi].first - 2] == Class::Comma;
                let mut all = if clause {
                    Vec::new()
                } else {
                    self.coordinated_before(mi)
                };
                all.push(mi);
                return Some(all);
            }
            if after_pp {
                return None;
            }
            let w = self.lower(t);
            if matches!(self.cls[t], Class::Aux | Class::Modal | Class::To) {
                chain.aux = true;
            }
            match self.cls[t] {
                Class::Aux => {
                    if w == "did" || w == "do" || w == "does" {
                        // "did not attack" is plain negation.
                    }
                }
                Class::Modal => {
                    if HYPOTHETICAL_MODALS.contains(&w) {
                        chain.hypothetical = true;
                    } else {
                        if w == "would" || w == "'d" {
                            chain.would = true;
                        }
                        chain.intent = true;
                    }
                }
                Class::Neg => chain.negated = !chain.negated,
                Class::Adv | Class::Time | Class::Number | Class::Quote => {}
                Class::To => {
                    first_to.get_or_insert(t);
                    // "is to host": intent.
                    chain.intent = true;
                }
                Class::Det if w == "no" => chain.negated = true,
                // "is about to restore ties": intent.
                Class::Prep if w == "about" && t + 1 < p && self.cls[t + 1] == Class::To => {
                    chain.intent = true;
                    chain.aux = true;
                }
                Class::Prep if q == p && form == GERUND && matches!(w, "of" | "for") => {
                    let known = if w == "of" { ACCUSING } else { JUDGING };
                    let v = t.checked_sub(1)?;
                    if self.owner(v).is_none()
                        && self.passive_be(v)
                        && words::lemma_in(self.lower(v), known).is_some()
                    {
                        // "Y was accused of sheltering Z": the subject of "was accused".
                        return self.borrowed_subject(v, depth, chain);
                    }
                    // "accused Y of sheltering Z", "praised Y for helping Z": Y is the doer.
                    let mi = self.owner(v)?;
                    let m = &self.ms[mi];
                    if is_modifier(m) || m.form == MentionForm::Adjective {
                        return None;
                    }
                    let mut all = self.coordinated_before(mi);
                    all.push(mi);
                    let s0 = self.np_start_wide(self.ms[all[0]].first);
                    let verb = self.lower(s0.checked_sub(1)?);
                    words::lemma_in(verb, known)?;
                    chain.via = Via::Antecedent;
                    return Some(all);
                }
                Class::Prep => {
                    // "on Monday", "in 2004": a time phrase.
                    let next = t + 1;
                    if next >= p || !matches!(self.cls[next], Class::Time | Class::Number) {
                        return None;
                    }
                }
                Class::Other => {
                    if w == "longer" && t > 0 && self.lower(t - 1) == "no" {
                        chain.negated = true;
                        q = t - 1;
                        continue;
                    }
                    // "a U.S. airstrike killed", "the Israeli air strike hit": the country.
                    let strike = STRIKE_WORDS.contains(&w)
                        || (w == "air" && t + 1 < p && STRIKE_WORDS.contains(&self.lower(t + 1)));
                    if strike && t > 0 && self.owner(t - 1).is_some() {
                        q = t;
                        continue;
                    }
                    if first_to == Some(t + 1)
                        && PURPOSE_NOUNS.contains(&w)
                        && let Some(owner) = self.noun_owner(t)
                    {
                        // "its efforts to defeat Y": the owner of the noun.
                        chain.via = owner.chain.via;
                        chain.distance += owner.chain.distance;
                        chain.embedded |= owner.chain.embedded;
                        chain.hypothetical |= owner.chain.hypothetical;
                        return Some(owner.mentions);
                    }
                    if let Some(l) = self.classes.control.get(w) {
                        // "rejected calls for ...", "continued attacks on ...": a control verb
                        // takes an infinitive or a gerund; an inflected word after it is a noun.
                        if q == p && matches!(form, 1 | PAST) {
                            return None;
                        }
                        chain.aux = true;
                        chain.note_control(words::control_effect(l));
                    } else if others > 0 {
                        others -= 1;
                    } else {
                        return None;
                    }
                }
                Class::Rel => return self.antecedent(t, chain),
                Class::Det if w == "that" => {
                    return if t > 0 && self.owner(t - 1).is_some() {
                        self.antecedent(t, chain)
                    } else {
                        None
                    };
                }
                Class::Comma | Class::Paren => {
                    let fresh = q == p;
                    if fresh && form == PARTICIPLE && self.cls[t] == Class::Comma {
                        // "Y, backed by X".
                        let mi = self.owner(t.checked_sub(1)?)?;
                        chain.via = Via::Antecedent;
                        return Some(vec![mi]);
                    }
                    if fresh && form == GERUND && self.cls[t] == Class::Comma {
                        // "X rejected the claims, saying ...": the subject of the main clause.
                        chain.via = Via::Coordinated;
                        return self.main_subject(t, depth, chain);
                    }
                    // A parenthetical: relative clause, apposition, "(...)" or dashes.
                    let open = self.opening(t)?;
                    chain.via = Via::Skipped;
                    skipped = true;
                    q = open;
                    continue;
                }
                Class::Conj if w == "and" && t > 0 && q < p && self.cls[t - 1] == Class::Adv => {
                    // "repeatedly and openly supported".
                }
                Class::Conj if matches!(w, "and" | "or" | "but") => {
                    // "X met Y and signed ...": the subject of the earlier verb (whose own
                    // negation and modality stay with it: "did not recognize Y and accuses Z").
                    let v = self.previous_verb(t, p)?;
                    return self.borrowed_subject(v, depth, chain);
                }
                Class::Sub
                    if form == GERUND
                        && matches!(
                            w,
                            "after" | "before" | "while" | "since" | "when" | "by" | "upon"
                        ) =>
                {
                    // "X said after meeting Y": the subject of the main clause; "After meeting
                    // Y, X said": the subject after the comma.
                    if let Some(v) = self.previous_verb(t, p) {
                        return self.borrowed_subject(v, depth, chain);
                    }
                    chain.via = Via::Coordinated;
                    return self.fronted_subject(p);
                }
                Class::Pron => {
                    // "X said it would ...": the pronoun is the speaker.
                    let mut b = t;
                    if b > 0 && self.lower(b - 1) == "that" {
                        b -= 1;
                    }
                    if b > 0 && REPORTING_FORMS.contains(&self.lower(b - 1)) {
                        chain.via = Via::Pronoun;
                        let mut inner = Chain::default();
                        return self.subject_walk(
                            b - 1,
                            self.form_of(b - 1),
                            0,
                            depth + 1,
                            &mut inner,
                        );
                    }
                    // "he"/"she" with one person before it in the sentence.
                    if matches!(w, "he" | "she") {
                        let persons: Vec<usize> = (0..self.ms.len())
                            .filter(|&i| {
                                self.ms[i].last <= t
                                    && self.ms[i].actor.kind == crate::actors::Kind::Person
                            })
                            .collect();
                        let distinct = persons
                            .iter()
                            .all(|&i| self.ms[i].actor == self.ms[persons[0]].actor);
                        if !persons.is_empty() && distinct {
                            chain.via = Via::Pronoun;
                            return Some(vec![persons[0]]);
                        }
                    }
                    return None;
                }
                _ => return None,
            }
            q = t;
        }
        // "Speaking on behalf of X, Y called on Z": a participle opening the sentence has the
        // subject of the main clause.
        if depth == 0 && matches!(form, GERUND | PARTICIPLE) && chain.distance <= 2 {
            chain.via = Via::Coordinated;
            return self.fronted_subject(p);
        }
        None
    }

    /// The verb that a chain of prepositional phrases ending before the preposition `b` hangs
    /// on, in the clause of the infinitive at `to` ("taken to the streets of cities across"):
    /// only determiners, adjectives, nouns, names and prepositions may stand between.
    fn purpose_verb(&self, b: usize, to: usize) -> Option<usize> {
        // The infinitive must follow the phrase directly ("across Egypt to protest").
        if (b..to)
            .any(|i| !(self.owner(i).is_some() || matches!(self.cls[i], Class::Prep | Class::Det)))
        {
            return None;
        }
        let lo = b.saturating_sub(10);
        // The verb has no object of its own: a preposition follows it ("took to the streets",
        // "gathered in the squares of X"; but "sent planes to a base in Y to support Z").
        let intransitive =
            |v: usize| v + 1 < b && matches!(self.cls[v + 1], Class::Prep | Class::To);
        for i in (lo..b).rev() {
            if self.owner(i).is_some() {
                // "called on Y of Z to act": Y is the object, not a place on the way.
                return None;
            }
            let after_det = i > 0 && matches!(self.cls[i - 1], Class::Det);
            if self.cls[i] == Class::Other && self.verb_like(i) && !after_det {
                let w = self.lower(i);
                let finite = self.form_of(i) != LEMMA
                    || words::irregular_forms().iter().any(|(f, _)| *f == w)
                    || (i > 0 && matches!(self.cls[i - 1], Class::Aux | Class::Modal | Class::To));
                return (finite && intransitive(i)).then_some(i);
            }
            match self.cls[i] {
                Class::Det | Class::Adv | Class::Number | Class::Prep | Class::Other => {}
                // "took to the streets".
                Class::To if i + 1 < b && self.cls[i + 1] == Class::Det => {}
                _ => return None,
            }
        }
        None
    }

    /// The subject of the main clause after a fronted phrase that contains token `p`: the actor
    /// right after the phrase's comma, when a verb follows it.
    fn fronted_subject(&self, p: usize) -> Option<Vec<usize>> {
        let n = self.len();
        let c = (p..n).find(|&i| matches!(self.cls[i], Class::Comma | Class::Stop))?;
        if self.cls[c] != Class::Comma {
            return None;
        }
        let mut k = c + 1;
        while k < n && self.cls[k] == Class::Det {
            k += 1;
        }
        let mut mi = self.starts(k)?;
        // A title before a name: "State Department spokesman Adam Ereli".
        while let Some(next) = self.starts(self.ms[mi].last) {
            mi = next;
        }
        let m = &self.ms[mi];
        if is_modifier(m) || m.form == MentionForm::Adjective {
            return None;
        }
        let after = m.last;
        (after < n && (self.verb_like(after) || self.cls[after] == Class::Adv)).then_some(vec![mi])
    }

    /// The owner of the noun phrase whose head noun is at `p`, when the phrase opens with a
    /// possessive pronoun or stands in an adjunct "in" phrase: "X, in its fight against Y" and
    /// "X in the fight against Y" (the actor the phrase follows), "X remains steadfast in its
    /// support of Y" (the subject of the clause), "X conducted strikes in support of Y" (the
    /// subject of the main clause), "In support of Y, X conducted ..." (the subject after the
    /// fronted phrase).
    pub fn noun_owner(&self, p: usize) -> Option<Subject> {
        let mut b = p;
        let mut adjectives = 0;
        while b > 0 && matches!(self.cls[b - 1], Class::Other | Class::Adv) && adjectives < 2 {
            if self.owner(b - 1).is_some() || self.verb_like(b - 1) {
                return None;
            }
            b -= 1;
            adjectives += 1;
        }
        // "the Coalition's strategy": the possessor.
        if b >= 2
            && matches!(self.lower(b - 1), "'s" | "'")
            && let Some(mi) = self.owner(b - 2)
            && !is_modifier(&self.ms[mi])
            && self.ms[mi].form != MentionForm::Adjective
        {
            return Some(Subject {
                mentions: vec![mi],
                chain: Chain::default(),
            });
        }
        let det = b.checked_sub(1).filter(|&d| self.cls[d] == Class::Det);
        let possessive = det.is_some_and(|d| POSSESSIVES.contains(&self.lower(d)));
        if det.is_some() && !possessive && det.is_some_and(|d| self.lower(d) != "the") {
            return None;
        }
        let before = det.unwrap_or(b);
        let in_pp = before > 0 && self.lower(before - 1) == "in";
        let chain = Chain {
            via: Via::Skipped,
            ..Chain::default()
        };
        if in_pp && det.is_some() {
            // "X in its fight", "X, in the fight": the actor the phrase follows.
            let mut a = before - 1;
            if a > 0 && self.cls[a - 1] == Class::Comma {
                a -= 1;
            }
            if a > 0
                && let Some(mi) = self.owner(a - 1)
                && self.ms[mi].last == a
                && !is_modifier(&self.ms[mi])
                && self.ms[mi].form != MentionForm::Adjective
            {
                let mut all = self.coordinated_before(mi);
                all.push(mi);
                return Some(Subject {
                    mentions: all,
                    chain,
                });
            }
        }
        if !(possessive || (in_pp && det.is_none() && adjectives == 0)) {
            return None;
        }
        // "the international community in its determination": the phrase belongs to a noun
        // phrase that is no actor.
        let np_before = |a: usize| {
            let mut a = a;
            let mut words = 0;
            while a > 0 && self.cls[a - 1] == Class::Other && words < 3 {
                a -= 1;
                words += 1;
            }
            words > 0 && a > 0 && self.cls[a - 1] == Class::Det
        };
        let personal = det.is_some_and(|d| matches!(self.lower(d), "his" | "her" | "my"));
        if in_pp && !personal && np_before(before - 1) {
            return None;
        }
        if possessive && let Some(d) = det {
            // The clause's negation and modality: "did not give their full support".
            let mut chain = chain.clone();
            if let Some(v) = self.previous_verb(d, d) {
                let mut inner = Chain::default();
                if self
                    .subject_walk(v, self.form_of(v), 0, 1, &mut inner)
                    .is_some()
                {
                    chain.negated = inner.negated;
                    chain.hypothetical = inner.hypothetical;
                    chain.control = inner.control;
                    chain.intent = inner.intent;
                }
            }
            // "X remains steadfast in its support", "called on X to end its assault": the
            // nearest actor before the possessive, in the same clause.
            let lo = d.saturating_sub(12);
            for k in (lo..d).rev() {
                if matches!(self.cls[k], Class::Stop | Class::Quote) {
                    break;
                }
                if let Some(mi) = self.owner(k) {
                    let m = &self.ms[mi];
                    // "Iraq's democratic process": a possessor inside another phrase.
                    let possessor = m.last < self.len()
                        && matches!(self.lower(m.last), "'s" | "'")
                        && self.pp_before(self.np_start(m.first)).is_some();
                    if is_modifier(m) || m.form == MentionForm::Adjective || possessor {
                        continue;
                    }
                    // "its" is no group of people ("the Palestinian people", "troops").
                    let last = self.lower(m.last - 1);
                    let plural = matches!(m.form, MentionForm::Agent | MentionForm::Combined)
                        && (last == "people" || (last.ends_with('s') && !last.ends_with("ss")));
                    if self.lower(d) == "its" && plural {
                        continue;
                    }
                    // "his", "her": a person.
                    if personal && m.actor.kind != crate::actors::Kind::Person {
                        continue;
                    }
                    let mut all = self.coordinated_before(mi);
                    all.push(mi);
                    return Some(Subject {
                        mentions: all,
                        chain,
                    });
                }
            }
        }

        // The subject of the clause: "X remains committed in its support of Y", "X conducted
        // strikes in support of Y"; "In support of Y, X conducted ...".
        let mut inner = Chain::default();
        let found = self
            .previous_verb(before, before)
            .and_then(|v| self.subject_walk(v, self.form_of(v), 0, 1, &mut inner))
            .or_else(|| {
                inner = Chain::default();
                self.main_subject(before, 0, &mut inner)
            })
            .or_else(|| self.fronted_subject(p))?;
        let mut chain = chain;
        chain.via = Via::Coordinated;
        chain.distance = inner.distance;
        chain.embedded = inner.embedded;
        chain.hypothetical = inner.hypothetical;
        chain.negated = inner.negated;
        chain.control = inner.control;
        chain.intent = inner.intent;
        Some(Subject {
            mentions: found,
            chain,
        })
    }

    /// Whether a conditional clause ("if", "unless") follows token `p` in the sentence.
    pub fn conditional_after(&self, p: usize) -> bool {
        self.toks[p..]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "if" | "unless"))
    }

    /// The subject of the verb before token `t` in its clause ("A and B signed the deal | after
    /// a meeting").
    pub fn clause_subject(&self, t: usize) -> Option<Subject> {
        let v = self.previous_verb(t, t)?;
        let mut chain = Chain::default();
        let form = self.form_of(v);
        self.subject_walk(v, form, 0, 0, &mut chain)
            .map(|mentions| Subject { mentions, chain })
    }

    /// The subject of another verb `v`, for a verb that shares it; the chain of `v` (its
    /// negation, modals, control verbs) does not carry over, only the distance.
    fn borrowed_subject(&self, v: usize, depth: u8, chain: &mut Chain) -> Option<Vec<usize>> {
        let mut inner = Chain::default();
        let found = self.subject_walk(v, self.form_of(v), 0, depth + 1, &mut inner)?;
        chain.distance += inner.distance;
        chain.via = Via::Coordinated;
        // Agreement was checked on `v`.
        chain.aux = true;
        // A subject that is not asserted for `v` ("urged Y to attack Z and ...") is not for us.
        chain.embedded |= inner.embedded;
        Some(found)
    }

    /// The subject of the first verb of the clause that ends at `t` which has one: the main
    /// clause of a participial phrase ("X rejected the claims, saying ...").
    fn main_subject(&self, t: usize, depth: u8, chain: &mut Chain) -> Option<Vec<usize>> {
        let mut lo = t;
        while lo > 0 && self.cls[lo - 1] != Class::Stop {
            lo -= 1;
        }
        for v in lo..t {
            let after_det = v > 0 && matches!(self.cls[v - 1], Class::Det);
            if !self.verb_like(v) || after_det || self.cls[v] == Class::Modal {
                continue;
            }
            let mut inner = Chain::default();
            if let Some(found) = self.subject_walk(v, self.form_of(v), 0, depth + 1, &mut inner) {
                chain.distance += inner.distance;
                chain.embedded |= inner.embedded;
                chain.aux = true;
                return Some(found);
            }
        }
        None
    }

    /// The preposition that a noun phrase starting at `start` is the object of: right before
    /// it, or before up to two adjectives or names ("in northern Syria", "in Northern Iraq").
    fn pp_before(&self, start: usize) -> Option<usize> {
        let mut b = start;
        for _ in 0..4 {
            let k = b.checked_sub(1)?;
            if self.cls[k] == Class::Prep || self.lower(k) == "to" {
                return Some(k);
            }
            // "in Baghdad, Iraq": a place with its country, inside the same phrase.
            if self.cls[k] == Class::Comma
                && k > 0
                && b == start
                && self.owner(start).is_some_and(|m| {
                    self.ms[m].actor.kind == crate::actors::Kind::Country
                        && self.ms[m].form == MentionForm::Name
                })
                && let Some(o) = self.owner(k - 1)
                && self.ms[o].form == MentionForm::Seat
            {
                return self.pp_before(self.np_start(self.ms[o].first));
            }
            let adjective = match self.owner(k) {
                Some(o) => {
                    matches!(self.ms[o].form, MentionForm::Adjective | MentionForm::Agent)
                        && !is_modifier(&self.ms[o])
                }
                None => {
                    matches!(self.cls[k], Class::Det | Class::Adv | Class::Number)
                        || (self.cls[k] == Class::Other
                            && (!self.verb_like(k) || (k > 0 && self.cls[k - 1] == Class::Det)))
                }
            };
            if !adjective {
                return None;
            }
            b = k;
        }
        None
    }

    /// "X, a former minister of Y's government": when mention `mi` ends an apposition,
    /// `Some(Some(X))`, or `Some(None)` when X is no actor; `None` when there is no apposition.
    fn apposition_head(&self, mi: usize) -> Option<Option<usize>> {
        let first = self.ms[mi].first;
        let lo = first.saturating_sub(12);
        for c in (lo..first).rev() {
            match self.cls[c] {
                Class::Aux if self.lower(c) == "'s" => {}
                Class::Stop | Class::Aux | Class::Modal | Class::Rel => return None,
                Class::Comma => {
                    let next = c + 1;
                    let opens = next < first
                        && (matches!(self.cls[next], Class::Det) || self.lower(next) == "former");
                    if !opens || c == 0 {
                        return None;
                    }
                    let Some(head) = self.owner(c - 1) else {
                        return if self.toks[c - 1].is_capitalized(self.src) {
                            Some(None)
                        } else {
                            None
                        };
                    };
                    let hm = &self.ms[head];
                    if !is_modifier(hm) && hm.form != MentionForm::Adjective {
                        return Some(Some(head));
                    }
                    return Some(None);
                }
                _ => {}
            }
        }
        None
    }

    /// The antecedent of the relative pronoun at `t` ("Kerry, who met ...").
    fn antecedent(&self, t: usize, chain: &mut Chain) -> Option<Vec<usize>> {
        let mut b = t;
        if b > 0 && self.cls[b - 1] == Class::Comma {
            b -= 1;
        }
        let mi = self.owner(b.checked_sub(1)?)?;
        if is_modifier(&self.ms[mi]) || self.ms[mi].form == MentionForm::Adjective {
            return None;
        }
        // "attacks in Syria which have killed": the antecedent is the noun before the phrase.
        if self.pp_before(self.np_start(self.ms[mi].first)).is_some() {
            return None;
        }
        chain.via = Via::Antecedent;
        Some(vec![mi])
    }

    /// The token that opens the parenthetical closed at `t` (a comma, ")" or a dash), when what
    /// is between is skippable: a relative clause, an apposition after a mention, a time phrase,
    /// or anything in brackets or dashes.
    fn opening(&self, t: usize) -> Option<usize> {
        let close = self.lower(t);
        let lo = t.saturating_sub(20);
        for o in (lo..t).rev() {
            if self.cls[o] == Class::Stop {
                return None;
            }
            let w = self.lower(o);
            let matches = match close {
                ")" => w == "(",
                "-" | "--" => w == "-" || w == "--",
                _ => self.cls[o] == Class::Comma,
            };
            if !matches {
                continue;
            }
            if close != "," {
                return Some(o);
            }
            if o + 1 >= t {
                return None;
            }
            let first = o + 1;
            let c = self.cls[first];
            let after_mention = o > 0 && self.owner(o - 1).is_some();
            let relative = c == Class::Rel || (self.lower(first) == "that" && after_mention);
            let appositive = after_mention
                && (matches!(c, Class::Det | Class::Number)
                    || self.owner(first).is_some()
                    || self.toks[first].is_capitalized(self.src));
            let timely = matches!(c, Class::Time | Class::Adv)
                || (c == Class::Prep && o + 2 < t && self.cls[o + 2] == Class::Time);
            // "Hamas and Fatah, after weeks of strife, have agreed": a phrase between the
            // subject and its verb chain.
            let phrase = after_mention
                && matches!(c, Class::Prep | Class::Sub)
                && t + 1 < self.len()
                && matches!(
                    self.cls[t + 1],
                    Class::Aux | Class::Modal | Class::Adv | Class::Neg
                );
            return (relative || appositive || timely || phrase).then_some(o);
        }
        None
    }

    /// The speaker of the clause whose subject starts at token `s`: the subject of a reporting
    /// verb before it ("Iran says the Saudis are ..."), a headline speaker ("Kerry: Russia
    /// making peace difficult"), or an attribution after it (", X said").
    pub fn speaker(&self, s: usize, end: usize) -> Option<usize> {
        let mut b = self.np_start(s);
        if b > 0 && self.lower(b - 1) == "that" {
            b -= 1;
        }
        if b > 0 && REPORTING_FORMS.contains(&self.lower(b - 1)) {
            let subj = self.subject_of(b - 1, LEMMA, 0)?;
            return subj.mentions.last().copied();
        }
        if b > 0 && self.lower(b - 1) == ":" {
            let mi = self.owner(b.checked_sub(2)?)?;
            if self.ms[mi].first == 0 {
                return Some(mi);
            }
        }
        // "According to X, Y is ...".
        if b > 0 && self.cls[b - 1] == Class::Comma && self.len() > 3 {
            let k = (0..b).find(|&i| self.lower(i) == "according");
            if let Some(k) = k
                && k + 1 < b
                && self.lower(k + 1) == "to"
                && let Some(mi) = self.object_at(k + 2)
                && self.ms[mi].last + 1 == b
            {
                return Some(mi);
            }
        }
        // ", X said." / ", said X."
        let n = self.len();
        let mut k = end;
        while k < n && self.cls[k] != Class::Comma {
            if self.cls[k] == Class::Stop {
                return None;
            }
            k += 1;
        }
        if k + 1 < n {
            if REPORTING_FORMS.contains(&self.lower(k + 1)) {
                let mi = self.object_at(k + 2)?;
                return Some(mi);
            }
            if let Some(mi) = self.object_at(k + 1)
                && self.ms[mi].last < n
                && REPORTING_FORMS.contains(&self.lower(self.ms[mi].last))
            {
                return Some(mi);
            }
        }
        None
    }
}

/// Verbs whose object is the subject of an asserted infinitive: "assisting Y to defeat Z".
pub const HELP_VERBS: &[&str] = &[
    "help", "assist", "enable", "support", "train", "equip", "back",
];

/// Nouns after a name that leave the name the target: "attacked ISIS positions".
#[rustfmt::skip]
pub const TARGET_NOUNS: &[&str] = &[
    "positions", "position", "targets", "target", "bases", "base", "fighters", "militants",
    "convoy", "convoys", "strongholds", "stronghold", "territory", "headquarters", "vehicles",
    "members", "leaders", "leader", "commanders", "commander", "officials", "units", "lines",
    "outposts", "checkpoints", "camps", "camp", "hideouts", "facilities", "installations",
    "nations", "countries", "states", "partners", "allies", "governments", "ministers", "forces",
    "troops", "authorities", "government", "delegation", "representatives", "envoy", "envoys",
    "member", "militia", "militias", "army", "military", "soldiers", "officers", "police",
    "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "air",
];

/// Nouns that, after a name and before a preposition, make the name their owner rather than
/// an object: "welcomed UNSC support for the talks".
const OWNED_NOUNS: &[&str] = &[
    "support",
    "backing",
    "aid",
    "assistance",
    "help",
    "cooperation",
    "decision",
    "role",
    "efforts",
    "effort",
    "commitment",
];

/// Heads after which "of Y" names the object: "the scourge of ISIL", "members of Hamas".
const OF_HEADS: &[&str] = &[
    "scourge",
    "remnants",
    "forces",
    "fighters",
    "militants",
    "members",
    "units",
];

/// Possessive determiners that stand for the owner of a noun phrase.
pub const POSSESSIVES: &[&str] = &["its", "their", "our", "his", "her", "my"];

/// Nouns whose infinitive has the noun's owner as subject: "its efforts to defeat Y".
#[rustfmt::skip]
pub const PURPOSE_NOUNS: &[&str] = &[
    "effort", "efforts", "determination", "strategy", "campaign", "bid", "commitment",
    "resolve", "plan", "plans", "mission", "drive", "push", "attempt", "attempts",
];

/// Third-person verb forms that are hardly ever plural nouns: "a visit to China comes amid".
#[rustfmt::skip]
const VERBS_NOT_NOUNS: &[&str] = &[
    "comes", "goes", "seems", "remains", "continues", "becomes", "appears", "wants", "hopes",
    "needs", "gets", "takes", "makes", "gives", "keeps", "holds", "knows", "follows", "marks",
    "began", "came", "went", "was", "were", "is", "are", "has", "had", "will", "would",
];

/// Verbs whose object does what "of" + gerund says: "accused Y of sheltering Z".
const ACCUSING: &[&str] = &["accuse", "suspect", "convict"];

/// Verbs whose object does what "for" + gerund says: "praised Y for helping Z".
#[rustfmt::skip]
const JUDGING: &[&str] = &[
    "blame", "criticize", "criticise", "condemn", "denounce", "praise", "thank", "commend",
    "applaud", "congratulate", "punish", "fault", "rebuke", "sanction", "reward", "hail",
];

/// Subject pronouns.
const NOMINATIVE: &[&str] = &["he", "she", "they", "we", "i"];

/// Quantities after which "of X" is X: "hundreds of demonstrators marched".
#[rustfmt::skip]
const QUANTITIES: &[&str] = &[
    "hundreds", "thousands", "dozens", "tens", "millions", "scores", "some", "many", "most",
    "several", "all", "groups", "crowds", "crowd", "group", "number", "majority",
];

/// Heads after which "of X" stands for X: "the leader of Hamas said".
pub const REPRESENTATIVES: &[&str] = &[
    "leader",
    "leaders",
    "head",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "members",
    "member",
    "forces",
    "troops",
    "fighters",
    "militants",
    "army",
    "government",
    "minister",
    "ministers",
    "officials",
    "official",
    "envoy",
    "representatives",
    "delegation",
    "ambassador",
    "commander",
    "commanders",
    "secretary",
    "militia",
    "soldiers",
    "units",
];

/// Inflected reporting verbs.
pub const REPORTING_FORMS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "argue",
    "argues",
    "argued",
    "arguing",
    "state",
    "states",
    "stated",
    "stating",
    "stress",
    "stressed",
    "stresses",
    "allege",
    "alleged",
    "alleges",
    "charged",
    "charges",
    "add",
    "added",
    "adds",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "warn",
    "warned",
    "warns",
    "warning",
    "declare",
    "declared",
    "declares",
    "assert",
    "asserted",
    "asserts",
    "maintain",
    "maintained",
    "maintains",
    "note",
    "noted",
    "notes",
    "suggest",
    "suggested",
    "suggests",
    "announce",
    "announced",
    "announces",
    "wrote",
    "writes",
    "contend",
    "contended",
    "complain",
    "complained",
    "acknowledged",
    "admitted",
    "reported",
    "reiterated",
    "explained",
];
