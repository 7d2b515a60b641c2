//! The confidence of a triple: a number in [0, 1] built from the evidence the grammar used.
//!
//! It starts from the pattern class (how reliable that way of reading a relation is) and loses
//! points for every guess the grammar had to make on the way. The numbers are documented in
//! `data/relations/FORMAT.md`, section "Confidence"; keep the two in step.

use crate::actors::{Mention, MentionForm};

/// How the relation was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// `X attacked Y`, `X called on Y`: a verb with its subject and object.
    Active,
    /// `Y was attacked by X`, `Y, backed by X`.
    Passive,
    /// `X and Y met`, `talks between X and Y`: both directions.
    Symmetric,
    /// `X-backed Y`, `pro-X Y`.
    Modifier,
    /// `X's support for Y`, `the X offensive against Y`, `attacks on Y by X`.
    NounOwn,
    /// `X launched an offensive against Y`: the source is the subject of the governing verb.
    NounGoverned,
    /// `X said Y is the main obstacle to peace`: the source is the speaker.
    Reported,
}

impl Class {
    pub fn base(self) -> f32 {
        match self {
            Class::Active => 0.85,
            Class::Passive => 0.8,
            Class::Symmetric => 0.8,
            Class::Modifier => 0.8,
            Class::NounOwn => 0.75,
            Class::NounGoverned => 0.6,
            Class::Reported => 0.6,
        }
    }
}

/// How the source (the subject) was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Via {
    /// Right before the verb chain.
    #[default]
    Direct,
    /// Across a relative clause, an apposition or a parenthesis.
    Skipped,
    /// The antecedent of a relative pronoun or of a participle ("Y, backed by X").
    Antecedent,
    /// The subject of an earlier, coordinated verb ("X met Y and signed ...").
    Coordinated,
    /// A pronoun right after a reporting verb ("X said it would ...").
    Pronoun,
    /// "The leader of X".
    Of,
}

impl Via {
    pub fn penalty(self) -> f32 {
        match self {
            Via::Direct => 0.0,
            Via::Skipped => 0.05,
            Via::Antecedent => 0.05,
            Via::Coordinated => 0.1,
            Via::Pronoun => 0.15,
            Via::Of => 0.1,
        }
    }
}

/// Everything that moves the confidence of one triple.
#[derive(Debug, Clone, Copy, Default)]
pub struct Evidence {
    /// Tokens between the source and the trigger (the verb chain: auxiliaries, adverbs...).
    pub distance: usize,
    pub via: Via,
    /// One of several coordinated actors ("A and B attacked C").
    pub coordinated: bool,
    /// A weak control verb ("seemed to", "hoped to") or a future or intent ("will", "vowed to").
    pub weak: bool,
    pub intent: bool,
}

/// The confidence of a triple of class `class` between `source` and `target`.
///
/// ```
/// use actorgraph::relations::confidence::{Class, Evidence, score};
/// assert_eq!(score(Class::Active, &Evidence::default(), None, None), 0.85);
/// ```
pub fn score(
    class: Class,
    ev: &Evidence,
    source: Option<&Mention>,
    target: Option<&Mention>,
) -> f32 {
    let mut c = class.base();
    c -= (ev.distance.saturating_sub(3) as f32 * 0.02).min(0.15);
    c -= ev.via.penalty();
    if ev.coordinated {
        c -= 0.05;
    }
    if ev.weak {
        c -= 0.15;
    }
    if ev.intent {
        c -= 0.05;
    }
    for m in [source, target].into_iter().flatten() {
        if m.actor.code.is_empty() {
            c -= 0.1;
        }
        match m.form {
            MentionForm::Agent => c -= 0.05,
            MentionForm::Adjective => c -= 0.05,
            _ => {}
        }
    }
    (c.clamp(0.05, 1.0) * 100.0).round() / 100.0
}
