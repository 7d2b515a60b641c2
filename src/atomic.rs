//! Files written atomically: the data goes to a temporary file beside the target, which is
//! renamed over it only when everything was written. An interrupted run never leaves a
//! half-written file in place of a good one.

use crate::error::{Error, Result};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written; [`AtomicFile::commit`] puts it in place, dropping it discards it.
///
/// ```
/// use std::io::Write;
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("out.txt");
/// let mut f = actorgraph::atomic::AtomicFile::create(&path).unwrap();
/// f.write_all(b"whole").unwrap();
/// assert!(!path.exists(), "nothing in place before commit");
/// f.commit().unwrap();
/// assert_eq!(std::fs::read_to_string(&path).unwrap(), "whole");
/// ```
pub struct AtomicFile {
    target: PathBuf,
    tmp: BufWriter<tempfile::NamedTempFile>,
}

impl AtomicFile {
    /// Starts writing `target` (through a temporary file in the same folder).
    pub fn create(target: &Path) -> Result<AtomicFile> {
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".actorgraph-")
            .tempfile_in(dir)
            .map_err(|e| Error::io(target, e))?;
        Ok(AtomicFile {
            target: target.to_path_buf(),
            tmp: BufWriter::with_capacity(1 << 16, tmp),
        })
    }

    pub fn path(&self) -> &Path {
        &self.target
    }

    /// Flushes and renames the temporary file over the target. The result keeps the mode of
    /// the file it replaces, or gets the usual 0644 (a temporary file is private, 0600).
    pub fn commit(self) -> Result<()> {
        let target = self.target;
        let err = |e| Error::io(&target, e);
        let tmp = self.tmp.into_inner().map_err(|e| err(e.into_error()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&target)
                .map(|m| m.permissions().mode() & 0o7777)
                .unwrap_or(0o644);
            tmp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(mode))
                .map_err(err)?;
        }
        tmp.as_file().sync_all().ok();
        tmp.persist(&target).map_err(|e| err(e.error))?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.tmp.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.tmp.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.tmp.flush()
    }
}

/// Writes `path` atomically with `body`.
pub fn write_with(path: &Path, body: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let mut f = AtomicFile::create(path)?;
    body(&mut f).map_err(|e| Error::io(path, e))?;
    f.commit()
}
