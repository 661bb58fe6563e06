//! Files: reading with a size limit (regular files only), decoding JSON with precise error
//! places, atomic writes, and all-or-nothing sets of outputs.

mod json;
mod outputs;
mod write;

pub use json::{check_format, from_json_bytes, parse_json};
pub use outputs::{FileId, Plan, reserve};
pub(crate) use write::folder_of;
pub use write::{Overwrite, TEMP_PREFIX, TEMP_SUFFIX, write_atomic};

use crate::error::{FileError, IoAction};
use std::io::Read;
use std::path::Path;

/// `path` made absolute against the current folder (not resolved: a link stays a link), for
/// messages that say where a file is: the user may not know which folder the app started in.
pub fn absolute(path: &Path) -> std::path::PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The largest assessment, framework or reference file the app reads (4 MiB).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// What a path that is not a regular file is, or `None` for a regular file.
pub(crate) fn not_a_file(meta: &std::fs::Metadata) -> Option<&'static str> {
    not_a_file_type(meta.file_type())
}

/// What a file of type `t` is when it is not a regular file, or `None` for a regular file.
pub(crate) fn not_a_file_type(t: std::fs::FileType) -> Option<&'static str> {
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("fifo");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("device");
        }
        if t.is_socket() {
            return Some("socket");
        }
    }
    Some("other")
}

fn check_regular(path: &Path, meta: &std::fs::Metadata) -> Result<(), FileError> {
    match not_a_file(meta) {
        None => Ok(()),
        Some(kind) => Err(FileError::NotAFile {
            path: path.to_path_buf(),
            kind,
        }),
    }
}

/// Opens a file for reading without waiting: a FIFO swapped in after the check is not
/// waited on.
fn open_for_reading(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads a whole regular file (links followed), refusing anything else (a folder, a FIFO, a
/// device) before opening it, and a file over `limit` bytes without reading it into memory.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let meta = std::fs::metadata(path).map_err(|e| FileError::io(path, IoAction::Open, e))?;
    check_regular(path, &meta)?;
    if meta.len() > limit {
        return Err(too_large(path, meta.len(), limit));
    }
    read_regular(path, limit)
}

/// [`read_limited`] for a path already seen to be a regular file (a folder walk's entry): not
/// looked at again before it is opened; what is opened is checked as a regular file of at most
/// `limit` bytes all the same.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let file = open_for_reading(path).map_err(|e| FileError::io(path, IoAction::Open, e))?;
    // What was opened is checked again: the path may have changed since.
    let meta = file
        .metadata()
        .map_err(|e| FileError::io(path, IoAction::Read, e))?;
    check_regular(path, &meta)?;
    if meta.len() > limit {
        return Err(too_large(path, meta.len(), limit));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
    // `take` guards against a file that grows while it is read.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FileError::io(path, IoAction::Read, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, bytes.len() as u64, limit));
    }
    Ok(bytes)
}

fn too_large(path: &Path, size: u64, limit: u64) -> FileError {
    FileError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oversized_files_are_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.json");
        std::fs::write(&p, vec![b' '; 2000]).unwrap();
        let e = read_limited(&p, 1000).unwrap_err();
        assert!(matches!(e, FileError::TooLarge { size: 2000, .. }), "{e}");
    }

    #[test]
    fn folders_are_not_files() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_limited(dir.path(), 1000).unwrap_err();
        assert!(
            matches!(e, FileError::NotAFile { kind: "folder", .. }),
            "{e}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("fifo.json");
        let made = std::process::Command::new("mkfifo").arg(&p).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo here: nothing to test
        }
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&p, &link).unwrap();
        for path in [&p, &link] {
            let e = read_limited(path, 1000).unwrap_err();
            assert!(matches!(e, FileError::NotAFile { kind: "fifo", .. }), "{e}");
            assert!(e.to_string().contains("FIFO"), "{e}");
        }
    }
}
