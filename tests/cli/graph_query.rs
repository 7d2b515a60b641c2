//! Views and queries on a small hand-made graph.

use super::graph_fixture;

use actorgraph::graph::{Level, RelationSet, View};
use actorgraph::query::{Matcher, allies, blocs, central, edges, path};
use actorgraph::relations::Relation;
use graph_fixture::graph;

fn names(g: &actorgraph::graph::Graph, m: &Matcher) -> Vec<String> {
    m.indices().map(|i| g.nodes[i].name.clone()).collect()
}

#[test]
fn a_country_matches_its_parts_and_names_match_in_any_case() {
    let g = graph();
    let syria = Matcher::new(&g, "syria");
    let mut got = names(&g, &syria);
    got.sort();
    assert_eq!(
        got,
        [
            "Bashar al-Assad",
            "Free Syrian Army",
            "Syria",
            "Syrian military"
        ]
    );
    assert_eq!(names(&g, &Matcher::new(&g, "SYRMIL")), ["Syrian military"]);
    assert_eq!(names(&g, &Matcher::new(&g, "assad")), ["Bashar al-Assad"]);
    assert_eq!(
        names(&g, &Matcher::new(&g, "IRAN")),
        ["Iran"],
        "a country without parts"
    );
    assert!(Matcher::new(&g, "Narnia").is_empty());
}

#[test]
fn edge_query_filters_and_sorts_by_weight() {
    let g = graph();
    let russia = Matcher::new(&g, "Russia");
    let all = edges::query(&g, Some(&russia), RelationSet::ALL, None);
    assert_eq!(all[0].relation, Relation::Support, "two triples weigh most");
    assert_eq!(all[0].count, 2);
    assert_eq!(all[0].articles, 2);
    assert_eq!(all[0].first.unwrap().to_string(), "2014-05-01");
    assert_eq!(all[0].last.unwrap().to_string(), "2016-02-09");
    assert!(all[0].evidence.is_some());
    assert!(all.windows(2).all(|w| w[0].weight >= w[1].weight));
    let hostile = edges::query(&g, Some(&russia), "negative".parse().unwrap(), None);
    assert!(
        hostile
            .iter()
            .all(|a| a.relation.polarity() < 0 && a.source == "RUS:russia")
    );
    // The negated attack on Turkey is an edge with count 0, negated 1.
    let turkey = Matcher::new(&g, "Turkey");
    let neg = edges::query(&g, Some(&russia), "attack".parse().unwrap(), Some(&turkey));
    assert_eq!((neg[0].count, neg[0].negated), (0, 1));
}

#[test]
fn allies_and_enemies_by_net_polarity() {
    let g = graph();
    let russia = Matcher::new(&g, "Russia");
    let a: Vec<String> = allies::allies(&g, &russia)
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(a[0], "Syria");
    assert!(a.contains(&"Iran".to_string()));
    let e = allies::enemies(&g, &russia);
    let fsa = e.iter().find(|p| p.name == "Free Syrian Army").unwrap();
    assert_eq!(fsa.net, -1);
    let turkey = e.iter().find(|p| p.name == "Turkey").unwrap();
    assert_eq!(turkey.net, -1, "the negated attack does not count");
}

#[test]
fn strongest_path_follows_support() {
    let g = graph();
    let p = path::strongest_path(
        &g,
        &Matcher::new(&g, "Russia"),
        &Matcher::new(&g, "Hezbollah"),
    )
    .expect("Russia -> Syria -> Hezbollah");
    assert!(p.directed);
    let hops: Vec<(&str, &str)> = p
        .hops
        .iter()
        .map(|h| (h.from_name.as_str(), h.to_name.as_str()))
        .collect();
    assert_eq!(hops, [("Russia", "Syria"), ("Syria", "Hezbollah")]);
    // No positive chain from the FSA to Iran even ignoring direction? FSA <- Turkey only.
    assert!(
        path::strongest_path(&g, &Matcher::new(&g, "FSA"), &Matcher::new(&g, "Iran")).is_none()
    );
}

#[test]
fn central_and_blocs() {
    let g = graph();
    let c = central::central(&g);
    assert_eq!(c[0].name, "Russia");
    let sum: f64 = c.iter().map(|x| x.pagerank).sum();
    assert!((sum - 1.0).abs() < 1e-3, "{sum}");
    let b = blocs::blocs(&g, 1);
    let first: Vec<&str> = b[0].members.iter().map(|m| m.name.as_str()).collect();
    assert!(
        first.contains(&"Russia") && first.contains(&"Syria"),
        "{first:?}"
    );
    assert!(!first.contains(&"Free Syrian Army"));
    for bloc in &b {
        let ids: Vec<&str> = bloc.members.iter().map(|m| m.id.as_str()).collect();
        assert!(
            !(ids.contains(&"RUS:russia") && ids.contains(&"SYRREB:free syrian army")),
            "enemies in one bloc"
        );
    }
}

#[test]
fn country_level_rolls_parts_up() {
    let g = graph();
    let v = View {
        level: Level::Country,
        ..View::default()
    };
    let c = v.apply(&g).unwrap();
    assert_eq!(c.graph.level, Level::Country);
    let syr = c.node("SYR").expect("a Syria node");
    assert_eq!(syr.name, "Syria");
    assert_eq!(syr.code, "SYR");
    // Assad's meeting with Russia is now Syria's; the FSA's and the army's attacks are SYR -> SYR.
    let meet = c
        .links
        .iter()
        .find(|e| e.source == "SYR" && e.relation == Relation::Meet)
        .unwrap();
    assert_eq!(meet.target, "RUS");
    assert!(
        c.links
            .iter()
            .any(|e| e.source == "RUS" && e.target == "SYR" && e.relation == Relation::Attack)
    );
    // Islamic State has no country: it stays itself.
    assert!(c.node("IMG:islamic state").is_some());
    // The negated-only edge is gone at min_count 1.
    assert!(
        !c.links
            .iter()
            .any(|e| e.source == "RUS" && e.target == "TUR" && e.relation == Relation::Attack)
    );
    // Evidence counts are kept: total supporting triples are the same.
    let pos = |g: &actorgraph::graph::Graph| g.links.iter().map(|e| e.count).sum::<usize>();
    assert_eq!(pos(&c), pos(&g));
    // Rolling up further from code level gives the same graph as from actor level.
    let code = View {
        level: Level::Code,
        ..View::default()
    }
    .apply(&g)
    .unwrap();
    assert!(code.node("SYRGOV").is_some(), "Assad rolls up to SYRGOV");
    assert_eq!(v.apply(&code).unwrap(), c);
    assert!(
        View {
            level: Level::Actor,
            ..View::default()
        }
        .apply(&c)
        .is_err()
    );
}

#[test]
fn date_relation_count_and_top_filters() {
    let g = graph();
    let since = View {
        since: "2016".parse().ok(),
        ..View::default()
    }
    .apply(&g)
    .unwrap();
    assert!(
        since
            .links
            .iter()
            .flat_map(|e| &e.evidence)
            .all(|ev| ev.date.is_some_and(|d| d.year == 2016))
    );
    let until = View {
        until: "2014".parse().ok(),
        ..View::default()
    }
    .apply(&g)
    .unwrap();
    assert_eq!(until.graph.triples, 2);
    let support = View {
        relations: "support".parse().unwrap(),
        min_count: 2,
        ..View::default()
    }
    .apply(&g)
    .unwrap();
    assert_eq!(support.links.len(), 1);
    assert_eq!(support.nodes.len(), 2, "nodes without edges go");
    let top = View {
        top: Some(2),
        ..View::default()
    }
    .apply(&g)
    .unwrap();
    assert!(top.nodes.len() <= 2);
    let keep = View {
        keep_negated: true,
        ..View::default()
    }
    .apply(&g)
    .unwrap();
    assert!(keep.links.iter().any(|e| e.count == 0 && e.negated == 1));
    assert_eq!(View::all().apply(&g).unwrap(), g);
}

#[test]
fn the_dictionary_resolves_names_the_graph_never_saw() {
    let g = graph();
    let dict = actorgraph::actors::Dictionary::parse(
        "d.txt",
        "country | SYR | Syria | Syrian Arab Republic | adj: Syrian | seat: Damascus\n\
         militant | LBNMIL | Hezbollah | Hizbollah; Hizballah\n",
    )
    .unwrap();
    let hz = Matcher::with_dictionary(&g, "hizballah", Some(&dict));
    assert_eq!(names(&g, &hz), ["Hezbollah"]);
    let damascus = Matcher::with_dictionary(&g, "Damascus", Some(&dict));
    assert_eq!(damascus.len(), 4, "Syria and its parts");
    assert!(Matcher::new(&g, "Damascus").is_empty());
}
