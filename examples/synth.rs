//! Writes a synthetic news corpus as JSON Lines, for benchmarks: `cargo run --release --example
//! synth -- SIZE_MB > corpus.jsonl`. Sentences are built from templates over the default actor
//! dictionary and a few hundred filler words, so the extractor does its real work on them.
//! The same size always gives the same bytes.

use actorgraph::actors::{Dictionary, Kind};
use std::io::Write;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<T: Copy>(&mut self, v: &[T]) -> T {
        v[(self.next() % v.len() as u64) as usize]
    }
}

const TEMPLATES: &[&str] = &[
    "{A} launched air strikes against {B} near the border on {D}, officials said.",
    "{A} condemned {B} for the attack, calling it a violation of the ceasefire.",
    "The {ADJ} military said its forces had repelled an assault by {B} overnight.",
    "{A} and {B} held talks in Geneva on {D} but failed to agree on a truce.",
    "{A} accused {B} of arming militants in the region, a charge {B} denied.",
    "Officials in {A} said they would continue to provide military aid to {B}.",
    "{A} did not attack {B}, a spokesman said, rejecting the reports as false.",
    "Residents said the town was shelled by {B} for a third day.",
    "{A} urged {B} to return to the negotiating table before the end of the month.",
    "Prices of bread and fuel rose sharply in the capital, and markets were closed for the holiday.",
    "The report, published on {D}, said at least 40 people had been killed in the fighting.",
    "{A} imposed sanctions on {B} over its role in the conflict.",
];
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn main() {
    let mb: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let target = mb * 1_000_000;
    let dict = Dictionary::defaults().expect("default dictionaries");
    let names: Vec<&str> = dict
        .entries
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                Kind::Country | Kind::Igo | Kind::Militant | Kind::Rebel | Kind::Person
            )
        })
        .map(|e| e.name.as_str())
        .collect();
    let adjectives: Vec<&str> = dict
        .entries
        .iter()
        .filter_map(|e| e.adjectives.first().map(String::as_str))
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 20, out.lock());
    let mut written = 0u64;
    let mut id = 0u64;
    while written < target {
        id += 1;
        let mut text = String::new();
        let sentences = 8 + rng.next() % 20;
        for _ in 0..sentences {
            let t = rng.pick(TEMPLATES);
            let (a, b) = (rng.pick(&names), rng.pick(&names));
            let (adj, day) = (rng.pick(&adjectives), rng.pick(DAYS));
            let s = t
                .replace("{A}", a)
                .replace("{B}", b)
                .replace("{ADJ}", adj)
                .replace("{D}", day);
            text.push_str(&s);
            text.push(if rng.next().is_multiple_of(4) {
                '\n'
            } else {
                ' '
            });
        }
        let year = 2000 + rng.next() % 26;
        let month = 1 + rng.next() % 12;
        let day = 1 + rng.next() % 28;
        let line = serde_json::json!({
            "id": format!("synth-{id}"),
            "date": format!("{year:04}-{month:02}-{day:02}"),
            "text": text,
        });
        let s = line.to_string();
        written += text.len() as u64;
        if writeln!(out, "{s}").is_err() {
            return;
        }
    }
}
