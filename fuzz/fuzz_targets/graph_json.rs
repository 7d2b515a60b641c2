//! The graph file reader: any bytes give a graph or an error, never a panic; a graph read back
//! writes the same bytes it was read from once canonical.
#![no_main]

use actorgraph::graph::io;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(g) = io::from_slice(data, "fuzz.json") {
        let text = io::to_string(&g);
        let again = io::from_str(&text, "again.json").expect("a written graph reads back");
        assert_eq!(io::to_string(&again), text);
    }
});
