//! The output unit: one `actor -relation-> actor` triple with its evidence (SPEC section 4).

use crate::actors::Kind;
use crate::date::Date;
use crate::relations::Relation;
use serde::{Deserialize, Serialize};

/// One side of a triple: the actor and the words that named it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    pub name: String,
    pub code: String,
    pub kind: Kind,
    /// The mention's text as it stands in the article.
    pub text: String,
    /// `[start, end)` in UTF-8 bytes of the article text.
    pub span: [usize; 2],
}

/// The words that express the relation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TriggerRef {
    pub text: String,
    pub span: [usize; 2],
}

/// A triple as `actorgraph extract` writes it, one JSON object a line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Triple {
    pub article: String,
    pub date: Option<Date>,
    /// 0-based index of the sentence in the article.
    pub sentence: usize,
    /// The sentence text.
    pub text: String,
    pub source: ActorRef,
    pub relation: Relation,
    pub cameo: String,
    pub negated: bool,
    pub target: ActorRef,
    pub trigger: TriggerRef,
    /// In [0, 1]; `data/relations/FORMAT.md`, section *Confidence*, says what raises and lowers it.
    pub confidence: f64,
}
