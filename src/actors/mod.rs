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

pub mod dictionary;
pub mod model;
pub mod recognize;

pub use dictionary::{Dictionary, Entry, Role};
pub use model::{Actor, Kind};
pub use recognize::{Mention, MentionForm, Recognizer};
