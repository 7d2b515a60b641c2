//! Integration tests of `actorgraph export`: every format is read back by its real consumer
//! when it is installed (Graphviz `dot`, python3 with networkx, headless Chromium), and the
//! example outputs in `graphs/` are checked to be up to date.
//!
//! Regenerate `graphs/` after a change to the extractor or to a writer with
//! `ACTORGRAPH_BLESS=1 cargo test graphs_are_up_to_date`.

use super::{bin, data};
use actorgraph::export::{self, Format, Options, sample};
use actorgraph::graph::{Graph, View, build};
use actorgraph::triple::Triple;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The name every format must carry through unharmed.
const HOSTILE: &str = "Quote\"s \\back\\slash <b>&amp; </script><!-- 🚀 شام\nline2";

fn triples(name: &str) -> Vec<Triple> {
    std::fs::read_to_string(data(name))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The fixture graph: 18 actors, 25 relations (one of them only negated) from Syria, Ukraine
/// and Yemen stories.
fn fixture() -> Graph {
    build::from_triples(&triples("export-triples.jsonl"))
}

/// What `export` shows of the fixture by default: edges with supporting evidence.
fn shown() -> Graph {
    View::default().apply(&fixture()).unwrap()
}

/// A graph whose first node has [`HOSTILE`] as its id and name, and whose edge evidence is as
/// hostile.
fn hostile() -> Graph {
    let mut g = build::from_triples(&triples("export-hostile.jsonl"));
    let old = g
        .nodes
        .iter()
        .find(|n| n.name == HOSTILE)
        .expect("hostile node")
        .id
        .clone();
    for n in &mut g.nodes {
        if n.id == old {
            n.id = HOSTILE.to_string();
        }
    }
    for e in &mut g.links {
        if e.source == old {
            e.source = HOSTILE.to_string();
        }
        if e.target == old {
            e.target = HOSTILE.to_string();
        }
    }
    g.nodes.sort_by(|a, b| a.id.cmp(&b.id));
    g
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn save_graph(g: &Graph, dir: &Path) -> PathBuf {
    let p = dir.join("graph.json");
    std::fs::write(&p, actorgraph::graph::io::to_string(g)).unwrap();
    p
}

/// Runs `actorgraph export GRAPH -o OUT ARGS...` and checks it succeeded quietly.
fn export_to(graph: &Path, out: &Path, args: &[&str]) {
    let o = bin()
        .arg("export")
        .arg(graph)
        .arg("-o")
        .arg(out)
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn have(program: &str, arg: &str) -> bool {
    let ok = Command::new(program)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("skipped: {program} is not installed");
    }
    ok
}

fn have_networkx() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import networkx"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("skipped: python3 with networkx is not installed");
    }
    ok
}

/// Runs a Python script with arguments; returns its stdout, failing on error.
fn python(script: &str, args: &[&Path]) -> String {
    let o = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "python failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// `dot -Tsvg FILE`: the SVG, and stderr must be empty.
fn dot_svg(file: &Path) -> String {
    let o = Command::new("dot").arg("-Tsvg").arg(file).output().unwrap();
    assert!(o.status.success(), "dot failed");
    assert!(
        o.stderr.is_empty(),
        "dot warned: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// The DOM of a page after its scripts ran, and Chromium's stderr.
fn chromium_dom(page: &Path) -> (String, String) {
    chromium_dom_url(&page.display().to_string())
}

fn chromium_dom_url(url: &str) -> (String, String) {
    let profile = tempdir();
    let o = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .unwrap();
    assert!(o.status.success(), "chromium failed");
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Console errors from the page, as Chromium logs them (`CONSOLE` lines), ignoring the
/// browser's own noise.
fn console_errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught"))
        .collect()
}

// ---- the command ------------------------------------------------------------------------------

#[test]
fn export_guesses_the_format_and_writes_every_one() {
    let dir = tempdir();
    let g = save_graph(&fixture(), dir.path());
    for (file, head) in [
        ("g.dot", "digraph"),
        ("g.gv", "digraph"),
        ("g.json", "{"),
        ("g.graphml", "<?xml"),
        ("g.gexf", "<?xml"),
        ("g.html", "<!DOCTYPE html>"),
    ] {
        let out = dir.path().join(file);
        export_to(&g, &out, &[]);
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.starts_with(head), "{file}: {}", &text[..40]);
    }
    // CSV: a folder, or a prefix.
    export_to(&g, &dir.path().join("neo4j/"), &[]);
    assert!(dir.path().join("neo4j/nodes.csv").is_file());
    assert!(dir.path().join("neo4j/edges.csv").is_file());
    export_to(&g, &dir.path().join("run1.csv"), &[]);
    assert!(dir.path().join("run1-nodes.csv").is_file());
    assert!(dir.path().join("run1-edges.csv").is_file());
    // An explicit format wins over the extension.
    let out = dir.path().join("graph.txt");
    export_to(&g, &out, &["--format", "dot"]);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("digraph")
    );
    // Exports are ordinary files, readable by others (not the temporary file's 0600).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("g.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644);
    }
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".actorgraph-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn export_to_stdout_and_usage_errors() {
    let dir = tempdir();
    let g = save_graph(&fixture(), dir.path());
    let o = bin()
        .args(["export", "--format", "dot"])
        .arg(&g)
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(o.stdout.starts_with(b"digraph"));
    // stdin in, stdout out
    let o = bin()
        .args(["export", "-", "--format", "json"])
        .stdin(std::fs::File::open(&g).unwrap())
        .output()
        .unwrap();
    assert!(o.status.success());
    let back: Graph = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(back, shown());
    for (args, want) in [
        (vec!["-o", "x.txt"], "extension"),
        (vec![], "--format"),
        (vec!["--format", "csv"], "CSV"),
    ] {
        let o = bin()
            .current_dir(dir.path())
            .arg("export")
            .arg(&g)
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(want), "{args:?}: {err}");
    }
    // A newer schema is refused, not misread.
    let newer = dir.path().join("newer.json");
    let text = std::fs::read_to_string(&g)
        .unwrap()
        .replacen("\"schema\":1", "\"schema\":99", 1);
    std::fs::write(&newer, text).unwrap();
    let o = bin()
        .arg("export")
        .arg(&newer)
        .args(["-o", "x.dot"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("schema 99"));
    assert!(!dir.path().join("x.dot").exists());
}

#[test]
fn views_apply_before_export() {
    let dir = tempdir();
    let g = save_graph(&fixture(), dir.path());
    let read = |args: &[&str]| -> Graph {
        let out = dir.path().join("v.json");
        export_to(&g, &out, args);
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap()
    };
    // by default, the edge with only negated evidence is left out
    assert_eq!(read(&[]).links.len(), fixture().links.len() - 1);
    assert_eq!(
        read(&["--min-count", "0"]).links.len(),
        fixture().links.len()
    );
    let attacks = read(&["--relations", "attack"]);
    assert!(!attacks.links.is_empty());
    assert!(
        attacks
            .links
            .iter()
            .all(|e| e.relation.as_str() == "attack")
    );
    assert_eq!(read(&["--top", "3"]).nodes.len(), 3);
    let countries = read(&["--level", "country"]);
    assert!(countries.nodes.iter().any(|n| n.id.starts_with("SYR")));
    assert!(countries.nodes.len() < shown().nodes.len());
    let recent = read(&["--since", "2016-03"]);
    let march: actorgraph::date::Date = "2016-03".parse().unwrap();
    assert!(!recent.links.is_empty());
    assert!(recent.links.iter().all(|e| e.first.unwrap() >= march));
    // the negated-only edge, when asked for, is drawn dashed
    let out = dir.path().join("neg.dot");
    export_to(&g, &out, &["--min-count", "0"]);
    let dot = std::fs::read_to_string(&out).unwrap();
    assert!(dot.contains("label=\"not attack ×1\"") && dot.contains("style=dashed"));
}

#[test]
fn every_format_is_byte_identical_for_the_same_graph() {
    let (a, b) = (fixture(), fixture());
    let options = Options {
        clusters: true,
        legend: true,
        title: None,
    };
    for f in Format::ALL {
        if f == Format::Csv {
            let (mut n1, mut e1, mut n2, mut e2) = (vec![], vec![], vec![], vec![]);
            export::csv::write(&a, &mut n1, &mut e1).unwrap();
            export::csv::write(&b, &mut n2, &mut e2).unwrap();
            assert_eq!((n1, e1), (n2, e2));
            continue;
        }
        let (mut x, mut y) = (vec![], vec![]);
        export::write_with(&a, f, &options, &mut x).unwrap();
        export::write_with(&b, f, &options, &mut y).unwrap();
        assert_eq!(x, y, "{f}");
        assert!(!x.is_empty());
    }
}

// ---- each format, read by its consumer --------------------------------------------------------

#[test]
fn dot_renders_without_a_warning() {
    if !have("dot", "-V") {
        return;
    }
    let dir = tempdir();
    let g = save_graph(&fixture(), dir.path());
    for args in [&[][..], &["--clusters"], &["--clusters", "--legend"]] {
        let out = dir.path().join("g.dot");
        export_to(&g, &out, args);
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains("rankdir=LR"));
        assert!(text.contains("tooltip="));
        if args.contains(&"--clusters") {
            assert!(text.contains("subgraph \"cluster_SYR\""));
        }
        let svg = dot_svg(&out);
        // every actor and a relation label are drawn
        assert!(svg.contains(">Free Syrian Army<"));
        assert!(svg.contains("attack ×2"), "labels carry relation and count");
    }
}

#[test]
fn json_reads_in_networkx_node_link_graph() {
    if !have_networkx() {
        return;
    }
    let dir = tempdir();
    let g = save_graph(&fixture(), dir.path());
    let out = dir.path().join("g.json");
    export_to(&g, &out, &[]);
    let got = python(
        r#"
import json, sys, networkx as nx
data = json.load(open(sys.argv[1], encoding="utf-8"))
G = nx.node_link_graph(data, edges="links")
assert G.is_directed() and G.is_multigraph()
assert G.graph["schema"] == 1
e = G.get_edge_data("RUSMIL:russian military", "SYRREB:free syrian army")
print(G.number_of_nodes(), G.number_of_edges(), sorted(e), e["attack"]["count"])
"#,
        &[&out],
    );
    let f = shown();
    assert_eq!(
        got.trim(),
        format!("{} {} ['attack'] 2", f.nodes.len(), f.links.len())
    );
}

#[test]
fn graphml_reads_in_networkx_with_typed_attributes() {
    if !have_networkx() {
        return;
    }
    let dir = tempdir();
    let g = save_graph(&fixture(), dir.path());
    let out = dir.path().join("g.graphml");
    export_to(&g, &out, &[]);
    let got = python(
        r#"
import sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
assert G.is_directed()
n = G.nodes["RUSMIL:russian military"]
assert n["name"] == "Russian military" and n["kind"] == "military" and n["articles"] == 2, n
edges = [d for u, v, d in G.edges(data=True) if u == "RUSMIL:russian military" and v == "SYRREB:free syrian army"]
assert len(edges) == 1, edges
d = edges[0]
assert isinstance(d["count"], int) and d["count"] == 2, d
assert isinstance(d["confidence"], float), d
assert d["relation"] == "attack" and "Free Syrian Army" in d["evidence"], d
print(G.number_of_nodes(), G.number_of_edges())
"#,
        &[&out],
    );
    let f = shown();
    assert_eq!(got.trim(), format!("{} {}", f.nodes.len(), f.links.len()));
}

#[test]
fn gexf_is_well_formed_dynamic_gexf_1_3() {
    if !have("python3", "-V") {
        return;
    }
    let dir = tempdir();
    let g = save_graph(&fixture(), dir.path());
    let out = dir.path().join("g.gexf");
    export_to(&g, &out, &[]);
    let got = python(
        r#"
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
graph = root.find("g:graph", ns)
assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
assert graph.get("defaultedgetype") == "directed"
decl = {a.get("id"): a.get("type") for a in graph.findall("g:attributes/g:attribute", ns)}
nodes = graph.findall("g:nodes/g:node", ns)
edges = graph.findall("g:edges/g:edge", ns)
for n in nodes:
    assert n.get("start") and n.get("end") and n.get("label")
    for v in n.findall("g:attvalues/g:attvalue", ns):
        assert v.get("for") in decl
for e in edges:
    float(e.get("weight"))
    assert e.get("kind") == e.get("label")
    for v in e.findall("g:attvalues/g:attvalue", ns):
        assert v.get("for") in decl
    assert e.find("viz:color", ns) is not None
for a in graph.findall("g:attributes", ns):
    assert set(a.attrib) == {"class"}, a.attrib  # the 1.3 schema allows nothing else there
span = {n.get("id"): (n.get("start"), n.get("end")) for n in nodes}
for e in edges:
    for end in (e.get("source"), e.get("target")):
        # an edge lives within the lives of its nodes, or Gephi's timeline hides it
        assert span[end][0] <= e.get("start") <= e.get("end") <= span[end][1], (e.attrib, span[end])
ua = [e for e in edges if e.get("source") == "USA:united states" and e.get("kind") == "support"]
print(len(nodes), len(edges), ua[0].get("start"), ua[0].get("end"), ua[0].get("weight"))
"#,
        &[&out],
    );
    let f = shown();
    // "2016-03" is a month: it starts on the 1st and ends on the 31st.
    assert_eq!(
        got.trim(),
        format!(
            "{} {} 2016-03-01 2016-03-31 1.0",
            f.nodes.len(),
            f.links.len()
        )
    );
    if have_networkx() {
        let got = python(
            "import sys, networkx as nx\nG = nx.read_gexf(sys.argv[1], version='1.3')\nprint(G.number_of_nodes())",
            &[&out],
        );
        assert_eq!(got.trim(), f.nodes.len().to_string());
    }
}

#[test]
fn csv_has_neo4j_headers_and_reads_back() {
    if !have("python3", "-V") {
        return;
    }
    let dir = tempdir();
    let g = save_graph(&fixture(), dir.path());
    export_to(&g, &dir.path().join("neo4j/"), &[]);
    let got = python(
        r#"
import csv, sys
nodes = list(csv.reader(open(sys.argv[1] + "/nodes.csv", newline="", encoding="utf-8")))
edges = list(csv.reader(open(sys.argv[1] + "/edges.csv", newline="", encoding="utf-8")))
nh, eh = nodes[0], edges[0]
for h in ["id:ID", "name", "code", "kind", ":LABEL"]:
    assert h in nh, h
for h in [":START_ID", ":END_ID", ":TYPE", "count:int", "articles:int", "confidence:double", "first", "last", "evidence"]:
    assert h in eh, h
ids = {r[0] for r in nodes[1:]}
for r in edges[1:]:
    assert len(r) == len(eh)
    assert r[0] in ids and r[1] in ids
    int(r[eh.index("count:int")]); float(r[eh.index("confidence:double")])
    assert r[eh.index(":TYPE")] == r[eh.index("relation")].upper()
labels = {r[nh.index(":LABEL")] for r in nodes[1:]}
assert "Actor;Country" in labels and "Actor;Person" in labels, labels
print(len(nodes) - 1, len(edges) - 1)
"#,
        &[&dir.path().join("neo4j")],
    );
    let f = shown();
    assert_eq!(got.trim(), format!("{} {}", f.nodes.len(), f.links.len()));
}

#[test]
fn html_loads_in_chromium_without_errors() {
    if !have("chromium", "--version") {
        return;
    }
    let dir = tempdir();
    let g = save_graph(&fixture(), dir.path());
    let out = dir.path().join("g.html");
    export_to(&g, &out, &[]);
    let html = std::fs::read_to_string(&out).unwrap();
    for banned in ["http://", "https://", "src=", "@import", "url(http"] {
        let outside = html
            .replace("http://www.w3.org/2000/svg", "")
            .replace("content=\"default-src", "");
        assert!(
            !outside.contains(banned),
            "the page must not fetch: {banned}"
        );
    }
    let (dom, stderr) = chromium_dom(&out);
    let f = shown();
    assert!(dom.contains("data-ready=\"1\""), "script did not finish");
    assert!(
        dom.contains(&format!("data-nodes=\"{}\"", f.nodes.len())),
        "node count"
    );
    assert!(dom.contains(&format!("data-links=\"{}\"", f.links.len())));
    assert!(!dom.contains("data-errors=\""), "page errors: {dom}");
    assert!(
        console_errors(&stderr).is_empty(),
        "{:?}",
        console_errors(&stderr)
    );
    // Search and relation filter, driven from the URL.
    let url = format!(
        "file://{}#search=russia&relations=attack,support",
        out.display()
    );
    let (dom, stderr) = chromium_dom_url(&url);
    assert!(console_errors(&stderr).is_empty(), "{stderr}");
    let russian = f
        .nodes
        .iter()
        .filter(|n| {
            let hay = format!("{}\n{}\n{}\n{}", n.name, n.code, n.id, n.aliases.join("\n"));
            hay.to_lowercase().contains("russia")
        })
        .count();
    assert!(russian >= 3);
    assert!(
        dom.contains(&format!("data-matches=\"{russian}\"")),
        "search"
    );
    let kept = f
        .links
        .iter()
        .filter(|e| matches!(e.relation.as_str(), "attack" | "support"))
        .count();
    assert!(
        dom.contains(&format!("data-visible-links=\"{kept}\"")),
        "filter"
    );
    // One match: its details; an edge: its evidence sentences.
    let (dom, _) = chromium_dom_url(&format!("file://{}#search=lavrov", out.display()));
    let details = dom.split("id=\"details\"").nth(1).unwrap();
    assert!(
        details.contains("Sergei Lavrov") && details.contains("meet"),
        "{details}"
    );
    let i = f
        .links
        .iter()
        .position(|e| e.source == "USA:united states" && e.relation.as_str() == "sanction")
        .unwrap();
    let (dom, _) = chromium_dom_url(&format!("file://{}#edge={i}", out.display()));
    let details = dom.split("id=\"details\"").nth(1).unwrap();
    assert!(
        details.contains("The United States sanctioned Russian officials."),
        "{details}"
    );
}

#[test]
fn an_empty_graph_exports_cleanly() {
    let dir = tempdir();
    let g = save_graph(&Graph::empty(actorgraph::graph::Level::Actor), dir.path());
    for f in ["e.dot", "e.json", "e.graphml", "e.gexf", "e.html", "e-csv/"] {
        export_to(&g, &dir.path().join(f), &["--clusters", "--legend"]);
    }
    if have("dot", "-V") {
        dot_svg(&dir.path().join("e.dot"));
    }
    if have("chromium", "--version") {
        let (dom, stderr) = chromium_dom(&dir.path().join("e.html"));
        assert!(dom.contains("data-ready=\"1\"") && dom.contains("data-nodes=\"0\""));
        assert!(!dom.contains("data-errors=\""), "{dom}");
        assert!(console_errors(&stderr).is_empty(), "{stderr}");
    }
    let csv = std::fs::read_to_string(dir.path().join("e-csv/nodes.csv")).unwrap();
    assert_eq!(csv.lines().count(), 1, "just the header");
}

// ---- names that try to break every format ------------------------------------------------------

#[test]
fn hostile_names_survive_every_format() {
    let dir = tempdir();
    let hostile = hostile();
    let g = save_graph(&hostile, dir.path());
    for f in ["g.dot", "g.json", "g.graphml", "g.gexf", "g.html", "csv/"] {
        export_to(&g, &dir.path().join(f), &["--clusters"]);
    }
    let p = |f: &str| dir.path().join(f);
    let name_file = p("name.txt");
    std::fs::write(&name_file, HOSTILE).unwrap();

    if have("dot", "-V") && have("python3", "-V") {
        // `dot` reads the node's id back exactly (-Tjson), and draws its name as the label.
        let o = Command::new("dot")
            .arg("-Tjson")
            .arg(p("g.dot"))
            .output()
            .unwrap();
        assert!(o.status.success() && o.stderr.is_empty());
        let json = write_tmp(
            dir.path(),
            "g.dot.json",
            &String::from_utf8(o.stdout).unwrap(),
        );
        let svg = write_tmp(dir.path(), "g.svg", &dot_svg(&p("g.dot")));
        python(
            r#"
import sys, json, xml.etree.ElementTree as ET
name = open(sys.argv[3], encoding="utf-8").read()
names = [o["name"] for o in json.load(open(sys.argv[1], encoding="utf-8"))["objects"]]
assert name in names, names
ns = "{http://www.w3.org/2000/svg}"
texts = [t.text for t in ET.parse(sys.argv[2]).getroot().iter(ns + "text")]
assert name.split("\n")[0] in texts and "line2" in texts, texts
"#,
            &[&json, &svg, &name_file],
        );
    }
    if have_networkx() {
        python(
            r#"
import sys, json, csv, networkx as nx, xml.etree.ElementTree as ET
d = sys.argv[1]
name = open(d + "/name.txt", encoding="utf-8").read()
G = nx.node_link_graph(json.load(open(d + "/g.json", encoding="utf-8")), edges="links")
assert name in G.nodes and G.nodes[name]["name"] == name
G = nx.read_graphml(d + "/g.graphml")
assert name in G.nodes and G.nodes[name]["name"] == name, list(G.nodes)
assert any("</script>" in e["evidence"] for _, _, e in G.edges(data=True))
root = ET.parse(d + "/g.gexf").getroot()
ns = {"g": "http://gexf.net/1.3"}
labels = [n.get("label") for n in root.iter("{http://gexf.net/1.3}node")]
ids = [n.get("id") for n in root.iter("{http://gexf.net/1.3}node")]
assert name in labels and name in ids, labels
rows = list(csv.reader(open(d + "/csv/nodes.csv", newline="", encoding="utf-8")))
assert any(r[0] == name and r[1] == name for r in rows[1:]), rows
"#,
            &[dir.path()],
        );
    }
    if have("chromium", "--version") {
        let (dom, stderr) = chromium_dom(&p("g.html"));
        assert!(
            dom.contains("data-ready=\"1\""),
            "script did not finish: {dom}"
        );
        assert!(dom.contains("data-nodes=\"2\""));
        assert!(!dom.contains("data-errors=\""), "{dom}");
        assert!(console_errors(&stderr).is_empty(), "{stderr}");
        // The name is in the DOM as text (escaped), never as markup.
        assert!(dom.contains("Quote\"s \\back\\slash &lt;b&gt;&amp;amp; &lt;/script&gt;"));
        assert!(!dom.contains("<b>&amp;"));
    }
}

/// Forty names drawn (with a fixed seed) from the characters that break formats, as node ids
/// and names of a ring of `attack` edges; every consumer must give each one back.
#[test]
fn random_hostile_names_survive_every_consumer() {
    const POOL: &[&str] = &[
        "\"",
        "\\",
        "<",
        ">",
        "&",
        "&amp;",
        "</script>",
        "<!--",
        "]]>",
        "\n",
        "\t",
        "'",
        ",",
        ";",
        " ",
        "\u{a0}",
        "🚀",
        "👩‍👩‍👧",
        "شام",
        "עברית",
        "\u{202e}",
        "e\u{301}",
        "{",
        "}",
        "%",
        "#",
        "a",
        "B",
        "7",
        "\u{2028}",
        "\\n",
    ];
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let mut g = fixture();
    let template_node = g.nodes[0].clone();
    let template_edge = g.links[0].clone();
    let mut names = std::collections::BTreeSet::new();
    while names.len() < 40 {
        let len = 1 + next() % 8;
        let name: String = (0..len).map(|_| POOL[next() % POOL.len()]).collect();
        names.insert(format!("x{name}"));
    }
    let names: Vec<String> = names.into_iter().collect();
    g.nodes = names
        .iter()
        .map(|n| {
            let mut node = template_node.clone();
            node.id = n.clone();
            node.name = n.clone();
            node
        })
        .collect();
    g.links = (0..names.len())
        .map(|i| {
            let mut e = template_edge.clone();
            e.source = names[i].clone();
            e.target = names[(i + 1) % names.len()].clone();
            e
        })
        .collect();
    g.links
        .sort_by(|a, b| (&a.source, a.key, &a.target).cmp(&(&b.source, b.key, &b.target)));
    let dir = tempdir();
    let graph = save_graph(&g, dir.path());
    for f in ["g.dot", "g.json", "g.graphml", "g.gexf", "g.html", "csv/"] {
        export_to(&graph, &dir.path().join(f), &[]);
    }
    let names_file = write_tmp(
        dir.path(),
        "names.json",
        &serde_json::to_string(&names).unwrap(),
    );
    if have_networkx() {
        python(
            r#"
import sys, json, csv, networkx as nx, xml.etree.ElementTree as ET
d = sys.argv[1]
names = json.load(open(d + "/names.json", encoding="utf-8"))
G = nx.node_link_graph(json.load(open(d + "/g.json", encoding="utf-8")), edges="links")
assert sorted(G.nodes) == sorted(names)
G = nx.read_graphml(d + "/g.graphml")
assert sorted(G.nodes) == sorted(names), set(G.nodes) ^ set(names)
assert sorted(G.nodes[n]["name"] for n in G.nodes) == sorted(names)
assert G.number_of_edges() == len(names)
root = ET.parse(d + "/g.gexf").getroot()
nodes = list(root.iter("{http://gexf.net/1.3}node"))
assert sorted(n.get("id") for n in nodes) == sorted(names)
assert sorted(n.get("label") for n in nodes) == sorted(names)
rows = list(csv.reader(open(d + "/csv/nodes.csv", newline="", encoding="utf-8")))[1:]
assert sorted(r[0] for r in rows) == sorted(names) and all(r[0] == r[1] for r in rows)
edges = list(csv.reader(open(d + "/csv/edges.csv", newline="", encoding="utf-8")))[1:]
assert len(edges) == len(names) and all(e[0] in names and e[1] in names for e in edges)
"#,
            &[dir.path()],
        );
    }
    if have("dot", "-V") && have("python3", "-V") {
        let o = Command::new("dot")
            .arg("-Tjson")
            .arg(dir.path().join("g.dot"))
            .output()
            .unwrap();
        assert!(o.status.success(), "dot failed");
        assert!(
            o.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let json = write_tmp(
            dir.path(),
            "g.dot.json",
            &String::from_utf8(o.stdout).unwrap(),
        );
        // A DOT id cannot hold a backslash right before a quote or at its end (Graphviz has no
        // escape for it): those come back with the backslash doubled; every other id exactly.
        python(
            r#"
import sys, json
names = json.load(open(sys.argv[2], encoding="utf-8"))
got = {o["name"] for o in json.load(open(sys.argv[1], encoding="utf-8"))["objects"]}
for n in names:
    if '\\"' in n or n.endswith("\\"):
        continue
    assert n in got, (n, got)
assert len(got) == len(names)
"#,
            &[&json, &names_file],
        );
    }
    if have("chromium", "--version") {
        let (dom, stderr) = chromium_dom(&dir.path().join("g.html"));
        assert!(dom.contains("data-ready=\"1\"") && dom.contains("data-nodes=\"40\""));
        assert!(!dom.contains("data-errors=\""), "{dom}");
        assert!(console_errors(&stderr).is_empty(), "{stderr}");
    }
}

fn write_tmp(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

// ---- graphs/: the examples stay up to date -----------------------------------------------------

/// Rebuilds the graph of the bundled articles and compares every example in `graphs/` byte for
/// byte; with `ACTORGRAPH_BLESS=1` rewrites them instead (and re-renders `sample.svg` with `dot`
/// and `sample.png` with Chromium when they are installed).
#[test]
fn graphs_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let graphs = root.join("graphs");
    let articles = root.join("data/articles/articles.jsonl");
    let built = sample::graph_of_articles(&articles).unwrap();
    // The library makes the same graph as the command.
    let o = bin().arg("build").arg(&articles).output().unwrap();
    assert!(o.status.success());
    assert!(
        o.stdout == actorgraph::graph::io::to_string(&built).into_bytes(),
        "graph_of_articles differs from `actorgraph build`"
    );
    let graph = sample::default_view(&built);
    // No clusters: for this many small countries one box each makes a tall, sparse drawing.
    let options = Options {
        clusters: false,
        legend: true,
        title: None,
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = vec![(
        graphs.join("sample.json"),
        actorgraph::graph::io::to_string(&built).into_bytes(),
    )];
    for (name, f) in [
        ("sample.dot", Format::Dot),
        ("sample.graphml", Format::Graphml),
        ("sample.gexf", Format::Gexf),
        ("sample.html", Format::Html),
    ] {
        let mut buf = Vec::new();
        export::write_with(&graph, f, &options, &mut buf).unwrap();
        files.push((graphs.join(name), buf));
    }
    let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    export::csv::write(&graph, &mut nodes, &mut edges).unwrap();
    files.push((graphs.join("sample-csv/nodes.csv"), nodes));
    files.push((graphs.join("sample-csv/edges.csv"), edges));

    if std::env::var_os("ACTORGRAPH_BLESS").is_some_and(|v| v != "0") {
        std::fs::create_dir_all(graphs.join("sample-csv")).unwrap();
        for (p, bytes) in &files {
            std::fs::write(p, bytes).unwrap();
        }
        if have("dot", "-V") {
            let svg = dot_svg(&graphs.join("sample.dot"));
            std::fs::write(graphs.join("sample.svg"), svg).unwrap();
        }
        if have("chromium", "--version") {
            let profile = tempdir();
            let o = Command::new("chromium")
                .args([
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--hide-scrollbars",
                    "--window-size=1400,900",
                    "--virtual-time-budget=5000",
                ])
                .arg(format!("--user-data-dir={}", profile.path().display()))
                .arg(format!(
                    "--screenshot={}",
                    graphs.join("sample.png").display()
                ))
                .arg(graphs.join("sample.html"))
                .output()
                .unwrap();
            assert!(o.status.success(), "screenshot failed");
        }
        eprintln!("blessed: {} rewritten", graphs.display());
        return;
    }
    // And `export` of graphs/sample.json makes the same files (DOT shown here).
    let dir = tempdir();
    let json = dir.path().join("sample.json");
    std::fs::write(&json, &files[0].1).unwrap();
    export_to(&json, &dir.path().join("sample.dot"), &["--legend"]);
    assert!(std::fs::read(dir.path().join("sample.dot")).unwrap() == files[1].1);
    for (p, bytes) in &files {
        let have = std::fs::read(p).unwrap_or_default();
        assert!(
            have == *bytes,
            "{} is stale: regenerate graphs/ with `ACTORGRAPH_BLESS=1 cargo test graphs_are_up_to_date`",
            p.display()
        );
    }
    assert!(
        graphs.join("sample.svg").is_file(),
        "graphs/sample.svg is missing"
    );
    assert!(
        graphs.join("sample.png").is_file(),
        "graphs/sample.png is missing"
    );
}
