//! Property tests of graph building and merging: merge is associative, commutative and
//! idempotent per article, and the merge of the graphs of shards of a corpus is byte-identical
//! to the graph of the whole.

use actorgraph::actors::Kind;
use actorgraph::graph::build::{Builder, from_triples};
use actorgraph::graph::merge::merge;
use actorgraph::graph::{Graph, Level, View, io};
use actorgraph::relations::Relation;
use actorgraph::triple::{ActorRef, TriggerRef, Triple};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

/// Actors, with spellings that must resolve to one node (case, accents) and a person whose
/// code changes with the date.
const ACTORS: &[(&str, &str, Kind)] = &[
    ("Russia", "RUS", Kind::Country),
    ("Syria", "SYR", Kind::Country),
    ("Free Syrian Army", "SYRREB", Kind::Rebel),
    ("Islamic State", "IMG", Kind::Militant),
    ("United Nations", "IGO", Kind::Igo),
    ("John Kerry", "USALEG", Kind::Person),
    ("John Kerry", "USAGOV", Kind::Person),
    ("Erdoğan", "", Kind::Unknown),
    ("ERDOGAN", "", Kind::Unknown),
    ("erdogan", "", Kind::Unknown),
    ("civilians", "", Kind::Group),
    ("Syrian military", "SYRMIL", Kind::Military),
    ("Syrian Arab Army", "SYRMIL", Kind::Military),
    ("SYRIAN ARMY", "SYRMIL", Kind::Military),
];

const DATES: &[Option<&str>] = &[Some("2013-01-05"), Some("2016-02-09"), None, Some("2016")];
const CONFIDENCE: &[f64] = &[0.5, 0.63, 0.7, 0.8, 0.91, 0.33];

fn side(i: usize, at: usize) -> ActorRef {
    let (name, code, kind) = ACTORS[i];
    let text = if at.is_multiple_of(2) {
        name.to_string()
    } else {
        format!("the {name}")
    };
    ActorRef {
        name: name.into(),
        code: code.into(),
        kind,
        span: [at, at + text.len()],
        text,
    }
}

prop_compose! {
    fn triple()(article in 0usize..5, sentence in 0usize..3, s in 0..ACTORS.len(),
                t in 0..ACTORS.len(), rel in 0usize..10, trig in 0usize..3, neg in any::<bool>(),
                conf in 0..CONFIDENCE.len(), span in 0usize..2) -> Triple {
        Triple {
            article: format!("a{article}"),
            // An article has one date.
            date: DATES[article % DATES.len()].and_then(|d| d.parse().ok()),
            sentence,
            text: format!("Sentence {sentence} of article {article}."),
            source: side(s, span),
            relation: Relation::ALL[rel],
            cameo: Relation::ALL[rel].cameo_roots()[0].to_string(),
            negated: neg,
            target: side(t, 40 + span),
            trigger: TriggerRef { text: "hit".into(), span: [30 + trig * 4, 33 + trig * 4] },
            confidence: CONFIDENCE[conf],
        }
    }
}

fn bytes(g: &Graph) -> String {
    io::to_string(g)
}

/// Through a file and back, as `merge` reads graphs.
fn reload(g: &Graph) -> Graph {
    io::from_str(&io::to_string(g), "test.json").expect("a written graph reads back")
}

fn m(gs: &[&Graph]) -> Graph {
    merge(gs.iter().copied()).expect("same level")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn build_equals_merge_of_shards(ts in prop::collection::vec(triple(), 0..40),
                                    cut in prop::collection::vec(0usize..3, 40)) {
        let whole = from_triples(&ts);
        let mut shards: [Vec<Triple>; 3] = Default::default();
        for (i, t) in ts.iter().enumerate() {
            shards[cut[i]].push(t.clone());
        }
        let parts: Vec<Graph> = shards.iter().map(|s| reload(&from_triples(s))).collect();
        let merged = m(&[&parts[0], &parts[1], &parts[2]]);
        prop_assert_eq!(bytes(&merged), bytes(&whole));
    }

    #[test]
    fn build_equals_merge_of_article_halves(ts in prop::collection::vec(triple(), 0..40)) {
        let whole = from_triples(&ts);
        let (a, b): (Vec<Triple>, Vec<Triple>) =
            ts.iter().cloned().partition(|t| t.article.as_str() < "a2");
        let merged = m(&[&reload(&from_triples(&a)), &reload(&from_triples(&b))]);
        prop_assert_eq!(bytes(&merged), bytes(&whole));
    }

    #[test]
    fn merge_is_commutative_and_associative(a in prop::collection::vec(triple(), 0..20),
                                            b in prop::collection::vec(triple(), 0..20),
                                            c in prop::collection::vec(triple(), 0..20)) {
        let (a, b, c) = (from_triples(&a), from_triples(&b), from_triples(&c));
        prop_assert_eq!(bytes(&m(&[&a, &b])), bytes(&m(&[&b, &a])));
        let left = m(&[&m(&[&a, &b]), &c]);
        let right = m(&[&a, &m(&[&b, &c])]);
        prop_assert_eq!(bytes(&left), bytes(&right));
        prop_assert_eq!(bytes(&left), bytes(&m(&[&c, &b, &a])));
    }

    #[test]
    fn merging_an_article_twice_counts_it_once(ts in prop::collection::vec(triple(), 0..30),
                                               article in 0usize..5) {
        let g = from_triples(&ts);
        prop_assert_eq!(bytes(&m(&[&g, &g])), bytes(&g));
        let one: Vec<Triple> =
            ts.iter().filter(|t| t.article == format!("a{article}")).cloned().collect();
        let again = m(&[&g, &from_triples(&one)]);
        prop_assert_eq!(bytes(&again), bytes(&g));
    }

    #[test]
    fn roll_ups_commute_with_merge(a in prop::collection::vec(triple(), 0..25),
                                   b in prop::collection::vec(triple(), 0..25),
                                   level in prop::sample::select(vec![Level::Code, Level::Country])) {
        let view = View { level, ..View::all() };
        let (a, b) = (from_triples(&a), from_triples(&b));
        let merged_then_viewed = view.apply(&m(&[&a, &b])).unwrap();
        let viewed_then_merged =
            m(&[&reload(&view.apply(&a).unwrap()), &reload(&view.apply(&b).unwrap())]);
        prop_assert_eq!(bytes(&merged_then_viewed), bytes(&viewed_then_merged));
        // Two steps (actor -> code -> country) give what one does.
        let code = View { level: Level::Code, ..View::all() }.apply(&a).unwrap();
        let country = View { level: Level::Country, ..View::all() };
        prop_assert_eq!(
            bytes(&country.apply(&code).unwrap()),
            bytes(&country.apply(&a).unwrap())
        );
    }

    #[test]
    fn save_and_load_round_trip(ts in prop::collection::vec(triple(), 0..30)) {
        let g = from_triples(&ts);
        prop_assert_eq!(&reload(&g), &g);
    }

    #[test]
    fn derived_fields_hold(ts in prop::collection::vec(triple(), 0..30)) {
        let g = from_triples(&ts);
        let mut evidence = 0;
        for e in &g.links {
            let pos = e.evidence.iter().filter(|x| !x.negated).count();
            prop_assert_eq!(e.count, pos);
            prop_assert_eq!(e.negated, e.evidence.len() - pos);
            prop_assert!(g.node(&e.source).is_some() && g.node(&e.target).is_some());
            prop_assert!(e.count == 0 || (e.confidence > 0.0 && e.confidence <= 1.0));
            evidence += e.evidence.len();
        }
        prop_assert_eq!(evidence, g.graph.triples);
        // Resolution: the spellings of Erdoğan are one node, John Kerry is one node.
        let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
        prop_assert!(ids.iter().filter(|i| i.contains("erdogan")).count() <= 1);
        prop_assert!(ids.iter().filter(|i| i.contains("kerry")).count() <= 1);
        prop_assert!(ids.windows(2).all(|w| w[0] < w[1]));
    }
}

#[test]
fn negated_triples_stay_apart() {
    let mut t = {
        let mut r = proptest::test_runner::TestRunner::deterministic();
        triple().new_tree(&mut r).unwrap().current()
    };
    t.negated = false;
    let mut n = t.clone();
    n.negated = true;
    n.trigger.span = [90, 95];
    let g = from_triples([&t, &n]);
    assert_eq!(g.links.len(), 1);
    assert_eq!((g.links[0].count, g.links[0].negated), (1, 1));
    let only_negated = from_triples([&n]);
    assert_eq!(only_negated.links[0].count, 0);
    assert_eq!(only_negated.links[0].confidence, 0.0);
}

#[test]
fn names_prefer_mixed_case_and_accents() {
    let mk = |name: &str, at| {
        let mut r = proptest::test_runner::TestRunner::deterministic();
        let mut t = triple().new_tree(&mut r).unwrap().current();
        t.source = ActorRef {
            name: name.into(),
            code: String::new(),
            kind: Kind::Unknown,
            text: name.into(),
            span: [0, name.len()],
        };
        t.trigger.span = [at, at + 1];
        t.target = side(0, 40); // Russia
        t
    };
    let ts = [mk("ERDOGAN", 1), mk("Erdoğan", 2), mk("erdogan", 3)];
    let g = from_triples(&ts);
    let n = g.node("-:erdogan").expect("one node");
    assert_eq!(n.name, "Erdoğan");
    assert_eq!(n.aliases, ["ERDOGAN", "Erdoğan", "erdogan"]);
}

#[test]
fn a_person_keeps_one_node_and_the_latest_code() {
    let mut r = proptest::test_runner::TestRunner::deterministic();
    let mut base = triple().new_tree(&mut r).unwrap().current();
    base.target = side(0, 40); // Russia
    let mut old = base.clone();
    old.article = "old".into();
    old.date = "2010-05-01".parse().ok();
    old.source = side(5, 0); // John Kerry, USALEG
    let mut new = base;
    new.article = "new".into();
    new.date = "2015-05-01".parse().ok();
    new.source = side(6, 0); // John Kerry, USAGOV
    let g = from_triples([&new, &old]);
    let k = g.node("person:john kerry").expect("one node");
    assert_eq!(k.code, "USAGOV");
    assert_eq!(k.codes, ["USAGOV", "USALEG"]);
    assert_eq!(k.country, "USA");
}

#[test]
fn composite_actors_are_named_from_their_code() {
    let dict = actorgraph::actors::Dictionary::parse(
        "t.txt",
        "country | RUS | Russia | | adj: Russian; Russians\n",
    )
    .unwrap();
    let mut r = proptest::test_runner::TestRunner::deterministic();
    let mut t = triple().new_tree(&mut r).unwrap().current();
    let mut b = Builder::with_dictionary(&dict);
    for (i, name) in ["Russian jets", "Russia government", "Russian warplanes"]
        .into_iter()
        .enumerate()
    {
        t.source = ActorRef {
            name: name.into(),
            code: if i == 1 { "RUSGOV" } else { "RUSMIL" }.into(),
            kind: if i == 1 {
                Kind::Government
            } else {
                Kind::Military
            },
            text: name.into(),
            span: [0, name.len()],
        };
        t.trigger.span = [50 + i, 51 + i];
        b.add_triple(&t);
    }
    let g = b.finish();
    let mil = g
        .node("RUSMIL:russian military")
        .expect("one military node");
    assert_eq!(mil.aliases, ["Russian jets", "Russian warplanes"]);
    assert!(g.node("RUSGOV:russian government").is_some());
}
