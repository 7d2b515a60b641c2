//! Sentence and token spans: on char boundaries, in order, never overlapping, for any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last_end = 0;
    for s in actorgraph::text::sentences(&text) {
        assert!(s.start >= last_end && s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let mut tok_end = s.start;
        for t in &s.tokens {
            assert!(t.start >= tok_end && t.start < t.end && t.end <= s.end);
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            tok_end = t.end;
        }
        last_end = s.end;
    }
});
