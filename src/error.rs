//! Typed errors of the library. The binary turns them into messages and exit codes.

use std::path::PathBuf;

/// Where a problem was found: a file (or `<stdin>`, or a built-in dictionary) and a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: Option<usize>,
}

impl Location {
    pub fn new(file: impl Into<String>, line: Option<usize>) -> Location {
        Location {
            file: file.into(),
            line,
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.file, line),
            None => write!(f, "{}", self.file),
        }
    }
}

/// A fatal error: nothing sensible can be done (a broken dictionary, an unwritable output).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{location}: {message}")]
    Dictionary { location: Location, message: String },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Graph { path: PathBuf, message: String },
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn dictionary(file: &str, line: usize, message: impl Into<String>) -> Error {
        Error::Dictionary {
            location: Location::new(file, Some(line)),
            message: message.into(),
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// A problem with one piece of input that was skipped or repaired while the rest went on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub location: Location,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

pub type Result<T> = std::result::Result<T, Error>;
