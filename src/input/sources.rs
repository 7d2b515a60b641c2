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
    buf: Vec<u8>,
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
                buf: Vec::new(),
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
                            buf: Vec::new(),
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

    fn next_line(&mut self) -> Option<Item> {
        let cur = self.current.as_mut()?;
        loop {
            cur.buf.clear();
            match cur.reader.read_until(b'\n', &mut cur.buf) {
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
                    return Some(item);
                }
            }
            cur.line_no += 1;
            let line_no = cur.line_no;
            if cur.buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            let (line, lossy) = decode(std::mem::take(&mut cur.buf));
            let default_id = format!("{}:{}", cur.name, line_no);
            match jsonl::parse_line(line.trim_start_matches('\u{feff}'), default_id) {
                Ok((article, note)) => {
                    if lossy {
                        self.queued.push_back(warning(
                            &cur.name,
                            Some(line_no),
                            "invalid UTF-8 replaced with U+FFFD",
                        ));
                    }
                    if let Some(note) = note {
                        self.queued
                            .push_back(warning(&cur.name, Some(line_no), note));
                    }
                    self.queued.push_back(Item::Article(article));
                    return self.queued.pop_front();
                }
                Err(message) => {
                    return Some(warning(
                        &cur.name,
                        Some(line_no),
                        format!("{message}; line skipped"),
                    ));
                }
            }
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
            if let Some(item) = self.queued.pop_front() {
                return Some(item);
            }
            if self.current.is_some() {
                if let Some(item) = self.next_line() {
                    return Some(item);
                }
                continue;
            }
            match self.pending.pop_front()? {
                Pending::Path(p) => self.open_path(p),
                Pending::Stdin => self.open_stdin(),
            }
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
