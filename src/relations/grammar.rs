//! The grammar: binds lexicon triggers in a sentence to source and target mentions.

use super::lexicon::{Item, Lexicon, Shape, Slot};
use super::relation::Relation;
use crate::actors::{Mention, MentionForm};
use crate::text::Sentence;
use std::collections::HashMap;

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

/// The grammar, built once from a lexicon.
pub struct Grammar {
    lexicon: Lexicon,
    /// Word form -> (trigger index, form index: 0 lemma, 1 third, 2 past, 3 participle, 4 gerund;
    /// 5 noun singular, 6 noun plural).
    index: HashMap<String, Vec<(usize, u8)>>,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "some", "several", "two", "three", "both", "all", "other",
];
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "got", "gets",
];
const NEGATION: &[&str] = &["not", "n't", "never", "no", "neither", "nor"];

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

impl Grammar {
    pub fn new(lexicon: Lexicon) -> Grammar {
        let mut index: HashMap<String, Vec<(usize, u8)>> = HashMap::new();
        for (i, t) in lexicon.triggers.iter().enumerate() {
            match t.shape {
                Shape::Verb { .. } | Shape::SymmetricVerb => {
                    for (k, f) in lexicon.irregular.forms(&t.head).into_iter().enumerate() {
                        let v = index.entry(f).or_default();
                        if !v.contains(&(i, k as u8)) {
                            v.push((i, k as u8));
                        }
                    }
                }
                Shape::Noun => {
                    index.entry(t.head.clone()).or_default().push((i, 5));
                    index.entry(plural(&t.head)).or_default().push((i, 6));
                }
                Shape::Modifier => {}
            }
        }
        Grammar { lexicon, index }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// All relations in one sentence.
    pub fn find(&self, source: &str, sentence: &Sentence, mentions: &[Mention]) -> Vec<Found> {
        let mut out = Vec::new();
        if mentions.len() < 2 {
            return out;
        }
        let toks = &sentence.tokens;
        if toks.last().is_some_and(|t| t.lower == "?") {
            return out;
        }
        let starts: HashMap<usize, usize> = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| (m.first, i))
            .collect();
        let ctx = Ctx {
            source,
            sentence,
            mentions,
            starts: &starts,
        };
        for p in 0..toks.len() {
            if starts.contains_key(&p) && mentions[starts[&p]].last > p + 1 {
                continue;
            }
            let Some(cands) = self.index.get(toks[p].lower.as_str()) else {
                continue;
            };
            for &(ti, form) in cands {
                let t = &self.lexicon.triggers[ti];
                match t.shape {
                    Shape::Verb { subject } => self.verb(&ctx, p, ti, form, subject, &mut out),
                    Shape::Noun => self.noun(&ctx, p, ti, &mut out),
                    _ => {}
                }
            }
        }
        self.modifiers(&ctx, &mut out);
        out.sort_by(|a, b| (a.trigger, a.source, a.target).cmp(&(b.trigger, b.source, b.target)));
        out.dedup_by(|a, b| {
            a.source == b.source && a.target == b.target && a.relation == b.relation
        });
        out
    }

    fn verb(&self, ctx: &Ctx, p: usize, ti: usize, form: u8, subject: Slot, out: &mut Vec<Found>) {
        let t = &self.lexicon.triggers[ti];
        let toks = &ctx.sentence.tokens;
        // Passive: "was attacked by X" for `X verb Y` patterns.
        let passive = form == 3
            && p > 0
            && (BE.contains(&toks[p - 1].lower.as_str())
                || (p > 1 && BE.contains(&toks[p - 2].lower.as_str())));
        if passive && t.items.len() == 3 {
            if p + 1 < toks.len()
                && toks[p + 1].lower == "by"
                && let Some(agent) = ctx.mention_at(p + 2)
                && let Some(patient) = ctx.subject_before(p)
            {
                let negated = ctx.negated_between(ctx.mentions[patient].last, p);
                out.push(found(
                    t.relation,
                    &t.cameo,
                    agent,
                    patient,
                    negated,
                    (toks[p].start, toks[p + 1].end),
                    0.7,
                ));
            }
            return;
        }
        let Some((end, slot_mention)) = ctx.match_items(&t.items[2..], p + 1) else {
            return;
        };
        let Some(subj) = ctx.subject_before(p) else {
            return;
        };
        let negated = ctx.negated_between(ctx.mentions[subj].last, p);
        let (src, tgt) = match subject {
            Slot::X => (subj, slot_mention),
            Slot::Y => (slot_mention, subj),
        };
        if src == tgt {
            return;
        }
        let trig_end = toks[end.saturating_sub(1).max(p)].end;
        out.push(found(
            t.relation,
            &t.cameo,
            src,
            tgt,
            negated,
            (toks[p].start, trig_end.max(toks[p].end)),
            0.7,
        ));
    }

    fn noun(&self, ctx: &Ctx, p: usize, ti: usize, out: &mut Vec<Found>) {
        let t = &self.lexicon.triggers[ti];
        let toks = &ctx.sentence.tokens;
        let rest = &t.items[1..];
        let has_x = rest.iter().any(|i| matches!(i, Item::Slot(Slot::X)));
        if has_x {
            // "talks between X and Y": both slots after the noun.
            if let [.., Item::Slot(a), Item::Word(and), Item::Slot(b)] = rest
                && and == &["and"]
                && a != b
            {
                let Some((_, first)) = ctx.match_items(&rest[..rest.len() - 2], p + 1) else {
                    return;
                };
                let after = ctx.mentions[first].last;
                if after < toks.len()
                    && toks[after].lower == "and"
                    && let Some(second) = ctx.mention_at(after + 1)
                {
                    let span = (toks[p].start, toks[p].end);
                    out.push(found(t.relation, &t.cameo, first, second, false, span, 0.7));
                    out.push(found(t.relation, &t.cameo, second, first, false, span, 0.7));
                }
            }
            return;
        }
        let Some((end, target)) = ctx.match_items(rest, p + 1) else {
            return;
        };
        // Source: a modifier right before the noun ("Russian support", "Russia's support"),
        // else "by/from X" after, else the nearest subject before.
        let mut src = None;
        let mut q = p;
        while q > 0 && DETERMINERS.contains(&toks[q - 1].lower.as_str()) {
            q -= 1;
        }
        for (i, m) in ctx.mentions.iter().enumerate() {
            if m.last == p || (m.last + 1 == p && toks[m.last].lower == "'s") {
                src = Some(i);
            }
        }
        let end_tok = ctx.mentions[target].last;
        if src.is_none()
            && end_tok + 1 < toks.len()
            && matches!(toks[end_tok].lower.as_str(), "by" | "from")
        {
            src = ctx.mention_at(end_tok + 1);
        }
        let src = src.or_else(|| ctx.subject_before(q));
        let Some(src) = src else { return };
        if src == target {
            return;
        }
        let negated = ctx.negated_between(ctx.mentions[src].last.min(p), p);
        let trig_end = toks[end.saturating_sub(1).max(p)].end;
        out.push(found(
            t.relation,
            &t.cameo,
            src,
            target,
            negated,
            (toks[p].start, trig_end),
            0.6,
        ));
    }

    fn modifiers(&self, ctx: &Ctx, out: &mut Vec<Found>) {
        for t in self
            .lexicon
            .triggers
            .iter()
            .filter(|t| t.shape == Shape::Modifier)
        {
            let Some(Item::Hyphen {
                word, slot_first, ..
            }) = t.items.iter().find(|i| matches!(i, Item::Hyphen { .. }))
            else {
                continue;
            };
            for (i, m) in ctx.mentions.iter().enumerate() {
                let affix = if *slot_first { &m.suffix } else { &m.prefix };
                if affix.as_deref() != Some(word.as_str()) {
                    continue;
                }
                // The modified actor: the next mention within three tokens.
                let Some(next) = ctx
                    .mentions
                    .iter()
                    .position(|n| n.first >= m.last && n.first <= m.last + 3)
                else {
                    continue;
                };
                let (src, tgt) = if *slot_first { (i, next) } else { (next, i) };
                let tok = &ctx.sentence.tokens[m.first];
                out.push(found(
                    t.relation,
                    &t.cameo,
                    src,
                    tgt,
                    false,
                    (tok.start, tok.end),
                    0.8,
                ));
            }
        }
    }
}

fn found(
    relation: Relation,
    cameo: &str,
    source: usize,
    target: usize,
    negated: bool,
    trigger: (usize, usize),
    confidence: f32,
) -> Found {
    Found {
        source,
        target,
        relation,
        cameo: cameo.to_string(),
        negated,
        trigger,
        confidence,
    }
}

struct Ctx<'a> {
    #[allow(dead_code)]
    source: &'a str,
    sentence: &'a Sentence,
    mentions: &'a [Mention],
    starts: &'a HashMap<usize, usize>,
}

impl Ctx<'_> {
    /// A usable mention starting at token `q`, after determiners.
    fn mention_at(&self, mut q: usize) -> Option<usize> {
        let toks = &self.sentence.tokens;
        while q < toks.len()
            && DETERMINERS.contains(&toks[q].lower.as_str())
            && !self.starts.contains_key(&q)
        {
            q += 1;
        }
        let i = *self.starts.get(&q)?;
        (self.mentions[i].form != MentionForm::Adjective).then_some(i)
    }

    /// The nearest usable mention ending before token `p`, not across a clause boundary.
    fn subject_before(&self, p: usize) -> Option<usize> {
        let toks = &self.sentence.tokens;
        let mut best = None;
        for (i, m) in self.mentions.iter().enumerate() {
            if m.last <= p
                && m.form != MentionForm::Adjective
                && m.suffix.is_none()
                && m.prefix.is_none()
            {
                best = Some(i);
            }
        }
        let i = best?;
        let gap = &toks[self.mentions[i].last..p];
        if gap.len() > 8
            || gap
                .iter()
                .any(|t| matches!(t.lower.as_str(), ";" | ":" | "if" | "unless" | "whether"))
        {
            return None;
        }
        Some(i)
    }

    fn negated_between(&self, from: usize, to: usize) -> bool {
        self.sentence.tokens[from.min(to)..to].iter().any(|t| {
            NEGATION.contains(&t.lower.as_str()) || t.lower == "denied" || t.lower == "denies"
        })
    }

    /// Matches pattern items from token `q`; returns the end token and the slot's mention.
    fn match_items(&self, items: &[Item], q: usize) -> Option<(usize, usize)> {
        self.match_from(items, q, None)
    }

    fn match_from(&self, items: &[Item], q: usize, slot: Option<usize>) -> Option<(usize, usize)> {
        let toks = &self.sentence.tokens;
        let Some((item, rest)) = items.split_first() else {
            return slot.map(|s| (q, s));
        };
        match item {
            Item::Slot(_) => {
                let m = self.mention_at(q)?;
                self.match_from(rest, self.mentions[m].last, Some(m))
            }
            Item::Word(ws) => {
                let mut r = q;
                while r < toks.len()
                    && DETERMINERS.contains(&toks[r].lower.as_str())
                    && !ws.contains(&toks[r].lower)
                {
                    r += 1;
                }
                (r < toks.len() && ws.contains(&toks[r].lower)).then_some(())?;
                self.match_from(rest, r + 1, slot)
            }
            Item::Optional(ws) => {
                if q < toks.len()
                    && ws.contains(&toks[q].lower)
                    && let Some(r) = self.match_from(rest, q + 1, slot)
                {
                    return Some(r);
                }
                self.match_from(rest, q, slot)
            }
            Item::Filler => {
                for skip in 0..=3 {
                    let r = q + skip;
                    if r > toks.len() {
                        break;
                    }
                    if skip > 0 {
                        let t = &toks[r - 1];
                        if !t.is_word() && t.kind != crate::text::TokenKind::Number
                            || self.starts.contains_key(&(r - 1))
                        {
                            break;
                        }
                    }
                    if let Some(m) = self.match_from(rest, r, slot) {
                        return Some(m);
                    }
                }
                None
            }
            Item::Hyphen { .. } => None,
        }
    }
}
