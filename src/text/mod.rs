//! Text: from an article's raw text to sentences of word tokens, every piece keeping its byte
//! span into the original text.
//!
//! - [`normalize`]: character folding for matching (curly quotes, dashes, no-break spaces); the
//!   text itself is never rewritten.
//! - [`calendar`]: month and weekday names, shared by the steps that need them.
//! - [`furniture`]: lines that are page furniture ("Share", "Advertisement", "Read more: ...").
//! - [`sentences`](mod@sentences): paragraphs, headlines and sentences of news copy.
//! - [`tokens`]: word tokens, with possessives and contractions split off.
//!
//! ```
//! let text = "Share\n\nU.S. officials met Mr. Lavrov. Talks went on.";
//! let sentences = actorgraph::text::sentences(text);
//! let texts: Vec<&str> = sentences.iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(texts, ["U.S. officials met Mr. Lavrov.", "Talks went on."]);
//! ```

pub mod calendar;
pub mod furniture;
pub mod normalize;
pub mod sentences;
pub mod tokens;

pub use sentences::{Sentence, sentences};
pub use tokens::{Token, TokenKind, tokenize};
