//! Merging graphs, and the fixed rules that make it associative, commutative and idempotent.
//!
//! A merge is the union of the evidence of its inputs (one record per article, sentence,
//! trigger span and pair of codes) with every count, date and mean derived again from that union. Where two inputs
//! disagree about something that is not evidence (a node's display name or kind) a fixed
//! preference order picks one, whatever the order of the inputs. So
//! `merge(a, merge(b, c)) == merge(merge(a, b), c)`, `merge(a, b) == merge(b, a)`,
//! `merge(a, a) == a`, and the merge of the graphs of two halves of a corpus is the graph of
//! the whole.
//!
//! ```
//! use actorgraph::graph::{merge::merge, Graph, Level};
//! let a = Graph::empty(Level::Actor);
//! let m = merge([&a, &a]).unwrap();
//! assert_eq!(m, a);
//! ```

use super::build::Builder;
use super::model::{Evidence, Graph};
use crate::actors::Kind;
use std::cmp::Ordering;

/// Merges graphs of the same level. Fails (saying which input, 0-based) if levels differ.
pub fn merge<'a>(graphs: impl IntoIterator<Item = &'a Graph>) -> Result<Graph, String> {
    let mut builder: Option<Builder> = None;
    for (i, g) in graphs.into_iter().enumerate() {
        let b = builder.get_or_insert_with(|| Builder::new(g.graph.level));
        b.add_graph(g)
            .map_err(|e| format!("input {}: {e}", i + 1))?;
    }
    Ok(builder
        .map(Builder::finish)
        .unwrap_or_else(|| Graph::empty(Default::default())))
}

/// Whether display name `a` is preferred to `b` for the same node: a name in mixed case over
/// one all in capitals or all in lower case, then the one with more accented letters (kept
/// rather than dropped), then the alphabetically first.
///
/// ```
/// use actorgraph::graph::merge::better_name;
/// assert!(better_name("Erdoğan", "ERDOGAN"));
/// assert!(better_name("Erdoğan", "Erdogan"));
/// assert!(!better_name("Erdogan", "Erdogan"));
/// ```
pub fn better_name(a: &str, b: &str) -> bool {
    name_rank(a).cmp(&name_rank(b)) == Ordering::Less
}

fn name_rank(s: &str) -> (bool, std::cmp::Reverse<usize>, &str) {
    let upper = s.chars().any(char::is_uppercase);
    let lower = s.chars().any(char::is_lowercase);
    let flat = !(upper && lower);
    let accents = s.chars().filter(|c| !c.is_ascii()).count();
    (flat, std::cmp::Reverse(accents), s)
}

/// Whether kind `a` is preferred to `b` for the same node: any known kind over `unknown`, then
/// the first in SPEC order.
pub fn better_kind(a: Kind, b: Kind) -> bool {
    let rank = |k: Kind| (k == Kind::Unknown, k);
    rank(a) < rank(b)
}

/// A total order on evidence records, used when two records have the same key but differ (the
/// same article extracted by two versions): the greater is kept.
pub fn cmp_evidence(a: &Evidence, b: &Evidence) -> Ordering {
    a.key_ref()
        .cmp(&b.key_ref())
        .then_with(|| a.confidence.total_cmp(&b.confidence))
        .then_with(|| b.negated.cmp(&a.negated))
        .then_with(|| a.date.cmp(&b.date))
        .then_with(|| a.text.cmp(&b.text))
        .then_with(|| a.cameo.cmp(&b.cameo))
        .then_with(|| a.source.cmp(&b.source))
        .then_with(|| a.target.cmp(&b.target))
        .then_with(|| a.trigger.text.cmp(&b.trigger.text))
}

/// Whether record `a` replaces record `b` of the same key.
pub fn better_evidence(a: &Evidence, b: &Evidence) -> bool {
    cmp_evidence(a, b) == Ordering::Greater
}
