//! The stream of articles over a list of inputs.

use super::{Article, jsonl};
use crate::error::{Location, Warning};
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// What the stream yields: an article, or a problem with part of the input.
#[derive(Debug)]
pub enum Item {
    Article(Article),
    Warning(Warning),
}

enum Pending {
    Path(PathBuf),
    Stdin,
}

struct JsonLines {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
    /// The capacity to give the next line's buffer.
    capacity: usize,
}

/// Reads articles one at a time from files, folders, JSON Lines and stdin.
///
/// ```
/// use actorgraph::input::{ArticleStream, Item};
/// let dir = std::env::temp_dir().join("actorgraph-doc-stream");
/// std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("a.jsonl"), "{\"id\":\"x\",\"text\":\"Hello.\"}\nnot json\n").unwrap();
/// let items: Vec<Item> = ArticleStream::new(&[dir.join("a.jsonl")]).collect();
/// assert!(matches!(&items[0], Item::Article(a) if a.id == "x"));
/// assert!(matches!(&items[1], Item::Warning(w) if w.location.line == Some(2)));
/// ```
pub struct ArticleStream {
    pending: VecDeque<Pending>,
    current: Option<JsonLines>,
    queued: VecDeque<Item>,
    /// Items parsed from a raw unit and not yet handed out (the `Iterator` of parsed items).
    parsed: VecDeque<Item>,
}

fn warning(file: &str, line: Option<usize>, message: impl Into<String>) -> Item {
    Item::Warning(Warning {
        location: Location::new(file, line),
        message: message.into(),
    })
}

fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref(),
        Some("jsonl") | Some("ndjson")
    )
}

/// Decodes bytes as UTF-8, replacing invalid sequences; says whether any were replaced.
fn decode(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

impl ArticleStream {
    /// A stream over these inputs; `-` is stdin, and an empty list means stdin.
    pub fn new<P: AsRef<Path>>(inputs: &[P]) -> ArticleStream {
        let mut pending: VecDeque<Pending> = inputs
            .iter()
            .map(|p| {
                let p = p.as_ref();
                if p == Path::new("-") {
                    Pending::Stdin
                } else {
                    Pending::Path(p.to_path_buf())
                }
            })
            .collect();
        if pending.is_empty() {
            pending.push_back(Pending::Stdin);
        }
        ArticleStream {
            pending,
            current: None,
            queued: VecDeque::new(),
            parsed: VecDeque::new(),
        }
    }

    fn open_path(&mut self, path: PathBuf) {
        let name = path.display().to_string();
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                return self
                    .queued
                    .push_back(warning(&name, None, format!("cannot read: {e}")));
            }
        };
        if meta.is_dir() {
            match list_dir(&path) {
                Ok(files) => {
                    for f in files.into_iter().rev() {
                        self.pending.push_front(Pending::Path(f));
                    }
                }
                Err(e) => {
                    self.queued
                        .push_back(warning(&name, None, format!("cannot list folder: {e}")))
                }
            }
            return;
        }
        let file = match File::open(&path) {
            Ok(f) => f,
            Err(e) => {
                return self
                    .queued
                    .push_back(warning(&name, None, format!("cannot open: {e}")));
            }
        };
        if is_jsonl(&path) {
            self.current = Some(JsonLines {
                name,
                reader: Box::new(BufReader::with_capacity(1 << 16, file)),
                line_no: 0,
                capacity: 256,
            });
        } else {
            let mut bytes = Vec::new();
            if let Err(e) = BufReader::new(file).read_to_end(&mut bytes) {
                return self
                    .queued
                    .push_back(warning(&name, None, format!("cannot read: {e}")));
            }
            self.push_text_article(name, bytes);
        }
    }

    fn push_text_article(&mut self, name: String, bytes: Vec<u8>) {
        if memchr::memchr(0, &bytes).is_some() {
            self.queued
                .push_back(warning(&name, None, "binary file (NUL bytes) skipped"));
            return;
        }
        let (text, lossy) = decode(bytes);
        if lossy {
            self.queued
                .push_back(warning(&name, None, "invalid UTF-8 replaced with U+FFFD"));
        }
        self.queued
            .push_back(Item::Article(Article::new(name, text)));
    }

    fn open_stdin(&mut self) {
        let mut reader = BufReader::with_capacity(1 << 16, std::io::stdin());
        // Peek at the first non-blank byte to choose the format.
        let mut head = Vec::new();
        loop {
            let buf = match reader.fill_buf() {
                Ok(b) => b,
                Err(e) => {
                    return self.queued.push_back(warning(
                        "<stdin>",
                        None,
                        format!("cannot read: {e}"),
                    ));
                }
            };
            if buf.is_empty() {
                break;
            }
            match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(i) => {
                    let first = buf[i];
                    if first == b'{' {
                        self.current = Some(JsonLines {
                            name: "<stdin>".into(),
                            reader: Box::new(std::io::Cursor::new(head).chain(reader)),
                            line_no: 0,
                            capacity: 256,
                        });
                        return;
                    }
                    break;
                }
                None => {
                    let n = buf.len();
                    head.extend_from_slice(buf);
                    reader.consume(n);
                }
            }
        }
        let mut bytes = head;
        if let Err(e) = reader.read_to_end(&mut bytes) {
            return self
                .queued
                .push_back(warning("<stdin>", None, format!("cannot read: {e}")));
        }
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return;
        }
        self.push_text_article("<stdin>".into(), bytes);
    }

    /// The next non-blank line of the current JSON Lines input, unparsed.
    fn next_line(&mut self) -> Option<Raw> {
        let cur = self.current.as_mut()?;
        loop {
            let mut buf = Vec::with_capacity(cur.capacity);
            match cur.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.current = None;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    let item = warning(
                        &cur.name,
                        Some(cur.line_no + 1),
                        format!("cannot read: {e}"),
                    );
                    self.current = None;
                    return Some(Raw::Item(item));
                }
            }
            cur.line_no += 1;
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            // The next line is likely about as long: saves the doubling reallocations.
            cur.capacity = buf.len().next_power_of_two().clamp(256, 1 << 20);
            return Some(Raw::Line {
                file: cur.name.clone(),
                line: cur.line_no,
                bytes: buf,
            });
        }
    }

    /// The next unit of input, read but not yet parsed: a JSON line is handed out as bytes so
    /// that the (costly) parsing can run on a worker thread ([`Raw::parse`]).
    pub fn next_raw(&mut self) -> Option<Raw> {
        loop {
            if let Some(item) = self.queued.pop_front() {
                return Some(Raw::Item(item));
            }
            if self.current.is_some() {
                if let Some(raw) = self.next_line() {
                    return Some(raw);
                }
                continue;
            }
            match self.pending.pop_front()? {
                Pending::Path(p) => self.open_path(p),
                Pending::Stdin => self.open_stdin(),
            }
        }
    }

    /// The stream as unparsed units (see [`next_raw`](ArticleStream::next_raw)).
    pub fn raw(self) -> RawStream {
        RawStream(self)
    }
}

/// An [`ArticleStream`] yielding unparsed units.
pub struct RawStream(ArticleStream);

impl Iterator for RawStream {
    type Item = Raw;

    fn next(&mut self) -> Option<Raw> {
        self.0.next_raw()
    }
}

/// A unit of input as read, before parsing: either already an item (a text file's article, a
/// warning) or one line of a JSON Lines input.
#[derive(Debug)]
pub enum Raw {
    Item(Item),
    Line {
        /// The input's name, as warnings and default ids give it.
        file: String,
        /// 1-based line number.
        line: usize,
        bytes: Vec<u8>,
    },
}

impl Raw {
    /// Bytes read from the input for this unit (the text of a text file, the line of a JSON
    /// Lines file); for progress reports.
    pub fn len(&self) -> usize {
        match self {
            Raw::Item(Item::Article(a)) => a.text.len(),
            Raw::Item(Item::Warning(_)) => 0,
            Raw::Line { bytes, .. } => bytes.len(),
        }
    }

    /// Whether [`len`](Raw::len) is 0.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Parses the unit into the items it stands for, in order: warnings about repairs (invalid
    /// UTF-8, an unreadable date) come before their article; a line that cannot be used is one
    /// warning.
    pub fn parse(self) -> Vec<Item> {
        let (file, line_no, bytes) = match self {
            Raw::Item(item) => return vec![item],
            Raw::Line { file, line, bytes } => (file, line, bytes),
        };
        let (line, lossy) = decode(bytes);
        let default_id = format!("{file}:{line_no}");
        match jsonl::parse_line(line.trim_start_matches('\u{feff}'), default_id) {
            Ok((article, note)) => {
                let mut out = Vec::with_capacity(1);
                if lossy {
                    out.push(warning(
                        &file,
                        Some(line_no),
                        "invalid UTF-8 replaced with U+FFFD",
                    ));
                }
                if let Some(note) = note {
                    out.push(warning(&file, Some(line_no), note));
                }
                out.push(Item::Article(article));
                out
            }
            Err(message) => vec![warning(
                &file,
                Some(line_no),
                format!("{message}; line skipped"),
            )],
        }
    }
}

/// Files under a folder, recursively, sorted by path, hidden entries left out.
fn list_dir(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    entries.sort();
    Ok(entries)
}

impl Iterator for ArticleStream {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.parsed.pop_front() {
                return Some(item);
            }
            let items = self.next_raw()?.parse();
            self.parsed.extend(items);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(paths: &[PathBuf]) -> (Vec<Article>, Vec<Warning>) {
        let mut arts = Vec::new();
        let mut warns = Vec::new();
        for item in ArticleStream::new(paths) {
            match item {
                Item::Article(a) => arts.push(a),
                Item::Warning(w) => warns.push(w),
            }
        }
        (arts, warns)
    }

    #[test]
    fn folder_is_sorted_and_recursive_and_bad_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "Second.").unwrap();
        std::fs::write(dir.path().join("a.txt"), "First.").unwrap();
        std::fs::write(dir.path().join("sub/c.txt"), b"Bad \xff byte.").unwrap();
        std::fs::write(dir.path().join("sub/d.bin"), b"\x00\x01\x02").unwrap();
        std::fs::write(dir.path().join("sub/e.txt"), "").unwrap();
        std::fs::write(dir.path().join(".hidden"), "no").unwrap();
        let (arts, warns) = collect(&[dir.path().to_path_buf()]);
        let texts: Vec<&str> = arts.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["First.", "Second.", "Bad \u{fffd} byte.", ""]);
        assert_eq!(warns.len(), 2);
        assert!(warns[0].to_string().contains("c.txt: invalid UTF-8"));
        assert!(warns[1].to_string().contains("d.bin: binary file"));
    }

    #[test]
    fn jsonl_broken_line_is_skipped_and_the_rest_read() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("x.jsonl");
        std::fs::write(&f, "{\"text\":\"one\"}\n\n{\"text\": \n{\"id\":\"3\",\"text\":\"three\"}\n{\"id\":\"4\"}\n").unwrap();
        let (arts, warns) = collect(std::slice::from_ref(&f));
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].id, format!("{}:1", f.display()));
        assert_eq!(arts[1].id, "3");
        assert_eq!(warns[0].location.line, Some(3));
        assert_eq!(warns[1].location.line, Some(5));
        assert!(warns[1].message.contains("missing field `text`"));
    }

    #[test]
    fn missing_file_is_a_warning() {
        let (arts, warns) = collect(&[PathBuf::from("/nonexistent/actorgraph.txt")]);
        assert!(arts.is_empty());
        assert!(warns[0].message.contains("cannot read"));
    }
}
