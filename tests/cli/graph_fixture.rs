//! A small hand-made graph for the view, query and command tests (no extraction involved).

#![allow(dead_code)]

use actorgraph::actors::Kind;
use actorgraph::graph::Graph;
use actorgraph::graph::build::from_triples;
use actorgraph::relations::Relation;
use actorgraph::triple::{ActorRef, TriggerRef, Triple};

pub fn actor(name: &str, code: &str, kind: Kind) -> ActorRef {
    ActorRef {
        name: name.into(),
        code: code.into(),
        kind,
        text: name.into(),
        span: [0, name.len()],
    }
}

pub fn russia() -> ActorRef {
    actor("Russia", "RUS", Kind::Country)
}
pub fn syria() -> ActorRef {
    actor("Syria", "SYR", Kind::Country)
}
pub fn syrmil() -> ActorRef {
    actor("Syrian military", "SYRMIL", Kind::Military)
}
pub fn assad() -> ActorRef {
    actor("Bashar al-Assad", "SYRGOV", Kind::Person)
}
pub fn fsa() -> ActorRef {
    actor("Free Syrian Army", "SYRREB", Kind::Rebel)
}
pub fn iran() -> ActorRef {
    actor("Iran", "IRN", Kind::Country)
}
pub fn hezbollah() -> ActorRef {
    actor("Hezbollah", "LBNMIL", Kind::Militant)
}
pub fn turkey() -> ActorRef {
    actor("Turkey", "TUR", Kind::Country)
}
pub fn isis() -> ActorRef {
    actor("Islamic State", "IMG", Kind::Militant)
}

/// One triple; `n` makes the evidence key (article and trigger) distinct.
pub fn t(
    article: &str,
    date: Option<&str>,
    n: usize,
    s: ActorRef,
    rel: Relation,
    o: ActorRef,
    negated: bool,
) -> Triple {
    Triple {
        article: article.into(),
        date: date.and_then(|d| d.parse().ok()),
        sentence: n,
        text: format!("{} {} {} ({article} #{n}).", s.name, rel, o.name),
        source: s,
        relation: rel,
        cameo: rel.cameo_roots()[0].into(),
        negated,
        target: o,
        trigger: TriggerRef {
            text: rel.as_str().into(),
            span: [100 + n, 105 + n],
        },
        confidence: 0.8,
    }
}

pub fn triples() -> Vec<Triple> {
    use Relation::*;
    let d1 = Some("2014-05-01");
    let d2 = Some("2016-02-09");
    vec![
        t("a1", d1, 0, russia(), Support, syria(), false),
        t("a1", d1, 1, iran(), Support, hezbollah(), false),
        t("a2", d2, 0, russia(), Support, syria(), false),
        t("a2", d2, 1, syria(), Support, hezbollah(), false),
        t("a2", d2, 2, assad(), Meet, russia(), false),
        t("a2", d2, 3, russia(), Attack, fsa(), false),
        t("a2", d2, 4, syrmil(), Attack, fsa(), false),
        t("a3", d2, 0, turkey(), Criticize, russia(), false),
        t("a3", d2, 1, russia(), Attack, turkey(), true),
        t("a3", d2, 2, fsa(), Attack, isis(), false),
        t("a3", d2, 3, turkey(), Support, fsa(), false),
        t("a4", None, 0, iran(), Meet, russia(), false),
    ]
}

pub fn graph() -> Graph {
    from_triples(&triples())
}
