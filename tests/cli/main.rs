//! Integration tests of the `actorgraph` binary: one test binary, fixtures in `tests/data/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

// The modules of this one test binary live in tests/cli/.
mod export;
mod graph_cli;
mod graph_fixture;
mod graph_merge;
mod graph_query;
mod robustness;
mod text_properties;

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_actorgraph"))
}

pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

pub fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("eval/gold").is_dir() {
        Some(p)
    } else {
        eprintln!(
            "skipped: {} not found (the shared eval data lives outside the project)",
            p.display()
        );
        None
    }
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

pub fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// Checks the SPEC section 4 contract for every triple against the articles it came from.
fn check_contract(
    triples: &[serde_json::Value],
    texts: &std::collections::HashMap<String, String>,
) {
    for t in triples {
        for field in [
            "article",
            "date",
            "sentence",
            "text",
            "source",
            "relation",
            "cameo",
            "negated",
            "target",
            "trigger",
            "confidence",
        ] {
            assert!(t.get(field).is_some(), "missing {field} in {t}");
        }
        let text = &texts[t["article"].as_str().unwrap()];
        for side in ["source", "target", "trigger"] {
            let span = t[side]["span"].as_array().unwrap();
            let (s, e) = (
                span[0].as_u64().unwrap() as usize,
                span[1].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text[s..e],
                t[side]["text"].as_str().unwrap(),
                "{side} span of {t}"
            );
        }
        for side in ["source", "target"] {
            for f in ["name", "code", "kind"] {
                assert!(t[side][f].is_string(), "{side}.{f} in {t}");
            }
        }
        let c = t["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c));
        let rel = t["relation"].as_str().unwrap();
        assert!(
            [
                "support",
                "cooperate",
                "meet",
                "appeal",
                "criticize",
                "reject",
                "threaten",
                "sanction",
                "coerce",
                "attack"
            ]
            .contains(&rel)
        );
    }
}

fn article_texts(path: &Path) -> std::collections::HashMap<String, String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["text"].is_string())
        .map(|v| {
            (
                v["id"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn extract_bundled_articles_meets_the_contract() {
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles/articles.jsonl");
    let out = run(&["extract", articles.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let triples = lines(&out);
    assert!(
        triples.len() >= 16,
        "only {} triples from the sample articles",
        triples.len()
    );
    check_contract(&triples, &article_texts(&articles));
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles/articles.jsonl");
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("g.json");
    for args in [
        vec!["extract", articles.to_str().unwrap()],
        vec![
            "build",
            articles.to_str().unwrap(),
            "-o",
            graph.to_str().unwrap(),
        ],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0));
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn extract_seed_gold_meets_the_contract() {
    let Some(shared) = shared() else { return };
    for gold in ["seed", "wikinews-dev", "re3d-dev"] {
        let path = shared.join(format!("eval/gold/{gold}.jsonl"));
        let out = run(&["extract", path.to_str().unwrap()]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        check_contract(&lines(&out), &article_texts(&path));
    }
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles/articles.jsonl");
    let a = run(&["extract", "-j", "1", articles.to_str().unwrap()]);
    let b = run(&["extract", "-j", "4", articles.to_str().unwrap()]);
    assert!(!a.stdout.is_empty());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn broken_json_line_is_named_and_the_rest_is_processed() {
    let out = run(&["extract", data("mixed.jsonl").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("mixed.jsonl:2: broken JSON at column"),
        "{stderr}"
    );
    assert!(
        stderr.contains("mixed.jsonl:4: missing field `text`"),
        "{stderr}"
    );
    let triples = lines(&out);
    let articles: Vec<&str> = triples
        .iter()
        .map(|t| t["article"].as_str().unwrap())
        .collect();
    assert!(articles.contains(&"m-1"), "{articles:?}");
    assert!(articles.contains(&"m-3"), "{articles:?}");
}

#[test]
fn stdin_text_and_jsonl_are_both_read() {
    for input in [
        "Russian warplanes bombed the Free Syrian Army.".to_string(),
        "\n  {\"id\": \"s1\", \"text\": \"Russian warplanes bombed the Free Syrian Army.\"}\n"
            .to_string(),
    ] {
        let mut child = bin()
            .arg("extract")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let t = lines(&out);
        assert_eq!(t.len(), 1, "{input}");
        assert_eq!(t[0]["relation"], "attack");
        assert_eq!(t[0]["source"]["code"], "RUSMIL");
    }
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.jsonl");
    let out = run(&[
        "extract",
        data("good.txt").to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stdout.is_empty(),
        "stdout carries nothing when -o is given"
    );
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.ends_with('\n'));
    // No temporary file is left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn broken_user_dictionary_is_fatal_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("mine.txt");
    std::fs::write(
        &dict,
        "rebel | MMRREB | Arakan Army | AA\nwarlord | XXX | Someone\n",
    )
    .unwrap();
    let out = run(&[
        "extract",
        "--actors",
        dict.to_str().unwrap(),
        data("good.txt").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("mine.txt:2: unknown kind \"warlord\""),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn user_actor_file_adds_actors() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("mine.txt");
    std::fs::write(
        &dict,
        "rebel | ZZZREB | Blue Lotus Brigade | BLB | country: MMR\n",
    )
    .unwrap();
    let text = dir.path().join("a.txt");
    std::fs::write(
        &text,
        "The Blue Lotus Brigade attacked the Myanmar military on Sunday.",
    )
    .unwrap();
    let out = run(&[
        "extract",
        "--actors",
        dict.to_str().unwrap(),
        text.to_str().unwrap(),
    ]);
    let t = lines(&out);
    assert!(
        t.iter()
            .any(|t| t["source"]["code"] == "ZZZREB" && t["relation"] == "attack"),
        "{t:?}"
    );
}

#[test]
fn usage_error_exits_2() {
    let out = run(&["extract", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
