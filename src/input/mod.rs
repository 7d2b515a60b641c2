//! Articles in: text files, folders, JSON Lines and stdin, read as a stream.
//!
//! - a text file is one article whose id is its path as given;
//! - a `.jsonl` / `.ndjson` file holds one article a line (`{"id", "text", "date", "title",
//!   "source"}`; only `text` is required, `id` defaults to `FILE:LINE`);
//! - a folder is read recursively in sorted path order (hidden entries skipped);
//! - `-` reads stdin: JSON Lines when its first non-blank character is `{`, else one article.
//!
//! Problems (invalid UTF-8, binary files, broken JSON lines, missing `text`) come out of the
//! stream as [`Warning`]s naming file and line, and reading goes on.

mod article;
mod jsonl;
mod sources;

pub use article::Article;
pub use sources::{ArticleStream, Item, Raw, RawStream};
