//! The graph commands end to end: build, merge, query, stats, their exit codes and errors, and
//! the file read by networkx.

use super::graph_fixture;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const VERBS: &str = "attack | 190 | X attack Y\nsupport | 050 | X support Y\nsupport | 050 | X back Y\n\
meet | 040 | X meet Y\ncriticize | 111 | X condemn Y\n";
const ACTORS: &str = "person | | John Kerry | Kerry | role: USALEG 1985-01-03..2013-02-01 Senator; USAGOV 2013-02-01..2017-01-20 Secretary of State\n\
rebel | SYRREB | Free Syrian Army | FSA | country: SYR\n\
militant | IMG | Islamic State | ISIS; IS\n\
militant | LBNMIL | Hezbollah | Hizbollah | country: LBN\n";
const ARTICLES: &[&str] = &[
    r#"{"id":"a1","date":"2012-05-01","text":"Russia backed Syria. John Kerry condemned Russia."}"#,
    r#"{"id":"a2","date":"2016-02-09","text":"Russia attacked the FSA. Kerry met Lavrov. Iran supported Hezbollah."}"#,
    r#"{"id":"a3","date":"2016-03-01","text":"The FSA attacked ISIS. Iran backs Syria. Syria supports Hezbollah. Russia did not attack Turkey."}"#,
    r#"{"id":"a4","text":"Turkey condemned Russia. Kerry met Syria."}"#,
];

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_actorgraph"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("actorgraph runs")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("verbs.txt"), VERBS).unwrap();
        std::fs::write(dir.path().join("actors.txt"), ACTORS).unwrap();
        let write = |name: &str, lines: &[&str]| {
            std::fs::write(dir.path().join(name), lines.join("\n") + "\n").unwrap();
        };
        write("all.jsonl", ARTICLES);
        write("half1.jsonl", &ARTICLES[..2]);
        write("half2.jsonl", &ARTICLES[2..]);
        Fixture { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn build(&self, input: &str, out: &str, extra: &[&str]) -> Output {
        let (i, o) = (self.path(input), self.path(out));
        let (a, v) = (self.path("actors.txt"), self.path("verbs.txt"));
        let mut args = vec![
            "build",
            s(&i),
            "-o",
            s(&o),
            "--actors",
            s(&a),
            "--verbs",
            s(&v),
        ];
        args.extend_from_slice(extra);
        run(&args)
    }
}

fn ok(o: &Output) {
    assert!(
        o.status.success(),
        "status {:?}\nstderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn merge_of_halves_is_byte_identical_to_build_of_whole() {
    let f = Fixture::new();
    ok(&f.build("all.jsonl", "whole.json", &["-j", "2"]));
    ok(&f.build("half1.jsonl", "h1.json", &[]));
    ok(&f.build("half2.jsonl", "h2.json", &[]));
    let (h1, h2, m12, m21) = (
        f.path("h1.json"),
        f.path("h2.json"),
        f.path("m12.json"),
        f.path("m21.json"),
    );
    ok(&run(&["merge", s(&h1), s(&h2), "-o", s(&m12)]));
    ok(&run(&["merge", s(&h2), s(&h1), s(&h2), "-o", s(&m21)]));
    let whole = std::fs::read(f.path("whole.json")).unwrap();
    let g = actorgraph::graph::io::load(&f.path("whole.json")).unwrap();
    assert!(
        !g.links.is_empty(),
        "the fixture yields no triples: the test proves nothing"
    );
    assert_eq!(std::fs::read(&m12).unwrap(), whole);
    assert_eq!(std::fs::read(&m21).unwrap(), whole);
    // Merging a graph into itself changes nothing.
    let (w, again) = (f.path("whole.json"), f.path("again.json"));
    ok(&run(&["merge", s(&w), s(&w), "-o", s(&again)]));
    assert_eq!(std::fs::read(&again).unwrap(), whole);
    // To stdout, the same bytes.
    let o = run(&["merge", s(&h1), s(&h2)]);
    ok(&o);
    assert_eq!(o.stdout, whole);
}

#[test]
fn a_broken_graph_is_an_error_naming_the_file_and_place() {
    let f = Fixture::new();
    ok(&f.build("all.jsonl", "g.json", &[]));
    let good = std::fs::read_to_string(f.path("g.json")).unwrap();
    let bad = f.path("truncated.json");
    std::fs::write(&bad, &good[..good.len() / 2]).unwrap();
    for cmd in ["query", "stats"] {
        let o = run(&[cmd, s(&bad)]);
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("truncated.json"), "{err}");
        assert!(err.contains("line") && err.contains("column"), "{err}");
        assert!(o.stdout.is_empty());
    }
    // merge skips it (exit 1) and merges the rest; --strict stops (exit 2).
    let (g, out) = (f.path("g.json"), f.path("out.json"));
    let o = run(&["merge", s(&g), s(&bad), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("truncated.json"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), good);
    let o = run(&["merge", "--strict", s(&g), s(&bad), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(2));
    let missing = f.path("nope.json");
    assert_eq!(run(&["stats", s(&missing)]).status.code(), Some(2));
}

#[test]
fn query_and_stats_on_a_graph_file() {
    let f = Fixture::new();
    let g = f.path("g.json");
    std::fs::write(
        &g,
        actorgraph::graph::io::to_string(&graph_fixture::graph()),
    )
    .unwrap();
    let o = run(&["query", s(&g), "--source", "RUSSIA", "--format", "jsonl"]);
    ok(&o);
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!lines.is_empty());
    assert_eq!(lines[0]["relation"], "support");
    assert_eq!(lines[0]["count"], 2);
    assert!(lines[0]["evidence"]["text"].is_string());
    // The negated-only edge is not shown by default.
    assert!(lines.iter().all(|l| l["count"].as_u64().unwrap() > 0));
    let o = run(&[
        "query",
        s(&g),
        "--target",
        "syria",
        "--relation",
        "negative",
    ]);
    ok(&o);
    let table = String::from_utf8(o.stdout).unwrap();
    assert!(table.starts_with("WEIGHT"), "{table}");
    assert!(table.contains("Free Syrian Army"), "{table}");
    for mode in [
        &["allies", "Russia"][..],
        &["enemies", "russia"],
        &["path", "Russia", "Hezbollah"],
        &["central"],
        &["blocs"],
    ] {
        let mut args = vec!["query", s(&g)];
        args.extend_from_slice(mode);
        let o = run(&args);
        ok(&o);
        assert!(!o.stdout.is_empty(), "{mode:?}");
        args.extend_from_slice(&["--format", "jsonl"]);
        let o = run(&args);
        ok(&o);
        for l in String::from_utf8(o.stdout).unwrap().lines() {
            serde_json::from_str::<serde_json::Value>(l).unwrap();
        }
    }
    // --exact: a country is only itself.
    let o = run(&[
        "query",
        s(&g),
        "--source",
        "Syria",
        "--exact",
        "-f",
        "jsonl",
    ]);
    ok(&o);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.is_empty());
    assert!(
        out.lines().all(|l| l.contains("\"source\":\"SYR:syria\"")),
        "{out}"
    );
    // Views apply before the query.
    let o = run(&[
        "query",
        s(&g),
        "--level",
        "country",
        "--source",
        "SYR",
        "-f",
        "jsonl",
    ]);
    ok(&o);
    assert!(
        String::from_utf8(o.stdout)
            .unwrap()
            .contains("\"source\":\"SYR\"")
    );
    // Unknown actor: told on stderr, exit 1; unknown mode: exit 2.
    let o = run(&["query", s(&g), "allies", "Narnia"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Narnia"));
    assert_eq!(run(&["query", s(&g), "friends"]).status.code(), Some(2));
    assert_eq!(
        run(&["query", s(&g), "--relation", "hug"]).status.code(),
        Some(2)
    );
    let o = run(&["stats", s(&g)]);
    ok(&o);
    let o = run(&["stats", s(&g), "--format", "json"]);
    ok(&o);
    let st: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(st["nodes_by_kind"]["person"], 1);
    assert_eq!(st["edges_by_relation"]["attack"]["negated"], 1);
}

#[test]
fn build_with_a_view_writes_the_view() {
    let f = Fixture::new();
    ok(&f.build("all.jsonl", "c.json", &["--level", "country"]));
    let g = actorgraph::graph::io::load(&f.path("c.json")).unwrap();
    assert_eq!(g.graph.level, actorgraph::graph::Level::Country);
    assert!(g.nodes.iter().all(|n| !n.id.starts_with("person:")));
}

/// networkx reads the file as a directed multigraph keyed by relation. Skipped, with a reason,
/// when python3 or networkx is missing (CI installs it: `pip install networkx`).
#[test]
fn networkx_reads_the_graph() {
    let probe = Command::new("python3")
        .args(["-c", "import networkx"])
        .output();
    match probe {
        Ok(o) if o.status.success() => {}
        _ => {
            println!("skipped: python3 with networkx is not installed (pip install networkx)");
            return;
        }
    }
    let f = Fixture::new();
    let g = f.path("g.json");
    let graph = graph_fixture::graph();
    std::fs::write(&g, actorgraph::graph::io::to_string(&graph)).unwrap();
    let script = r#"
import json, sys
import networkx as nx
data = json.load(open(sys.argv[1]))
G = nx.node_link_graph(data, edges="links")
assert G.is_directed() and G.is_multigraph()
assert data["schema"] == 1 and G.graph["schema"] == 1
r = G["RUS:russia"]["SYR:syria"]["support"]
assert r["relation"] == "support" and r["count"] == 2, r
assert G.nodes["person:bashar al-assad"]["code"] == "SYRGOV"
print(G.number_of_nodes(), G.number_of_edges())
"#;
    let o = Command::new("python3")
        .args(["-c", script, s(&g)])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let want = format!("{} {}\n", graph.nodes.len(), graph.links.len());
    assert_eq!(String::from_utf8_lossy(&o.stdout), want);
}
