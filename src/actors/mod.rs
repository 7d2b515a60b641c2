//! Actors: the model (names, codes, kinds), the dictionaries that list them, and the recogniser
//! that finds their mentions in sentences.
//!
//! ```
//! use actorgraph::actors::{Dictionary, Recognizer};
//! let dict = Dictionary::defaults().unwrap();
//! let rec = Recognizer::new(&dict);
//! let text = "Russian warplanes struck Aleppo.";
//! let sentence = &actorgraph::text::sentences(text)[0];
//! let mentions = rec.find(text, sentence, None);
//! assert_eq!(mentions[0].actor.code, "RUSMIL");
//! assert_eq!(&text[mentions[0].start..mentions[0].end], "Russian warplanes");
//! ```

pub mod coref;
pub mod dictionary;
mod discover;
pub mod model;
pub mod petrarch;
pub mod recognize;
pub mod words;

pub use coref::ArticleContext;
pub use dictionary::{Dictionary, Entry, Role};
pub use model::{Actor, Kind};
pub use recognize::{Mention, MentionForm, Recognizer};

#[cfg(test)]
mod tests;
