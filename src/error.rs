//! Errors of the core: what went wrong with which file, and where in it.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in a file, at a JSON path (`$` is the whole document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the document, e.g. `$.tracks[2].level`.
    pub at: String,
    /// What is wrong, and what was expected.
    pub message: String,
}

impl Problem {
    /// A problem at `at` described by `message`.
    pub fn new(at: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            at: at.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: {}", self.at, self.message)
    }
}

/// Why a file could not be read, decoded, validated or written.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The operating system refused to read or write it.
    #[error("{}: cannot {action}: {cause}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// `read`, `write`, `create` …
        action: &'static str,
        /// The cause.
        cause: std::io::Error,
    },
    /// It is larger than any file of this kind can be.
    #[error("{}: the file is {size} bytes, over the limit of {limit} bytes for this kind of file; it was not read", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// It exists and must not be overwritten.
    #[error("{}: the file already exists (use --force to overwrite it)", path.display())]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// Its content is not what it must be.
    #[error("{}", invalid_message(path, problems))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

impl FileError {
    /// An invalid-content error with a single problem.
    pub fn invalid(path: &Path, at: impl Into<String>, message: impl Into<String>) -> Self {
        FileError::Invalid {
            path: path.to_path_buf(),
            problems: vec![Problem::new(at, message)],
        }
    }

    /// An I/O error while doing `action` on `path`.
    pub fn io(path: &Path, action: &'static str, cause: std::io::Error) -> Self {
        FileError::Io {
            path: path.to_path_buf(),
            action,
            cause: without_path(cause),
        }
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            FileError::Io { path, .. }
            | FileError::TooLarge { path, .. }
            | FileError::Exists { path }
            | FileError::Invalid { path, .. } => path,
        }
    }
}

/// The operating system's error without the path some libraries (tempfile) add to it
/// (`… at path "/dir/.tmpXYZ"`): the message names the file already.
fn without_path(e: std::io::Error) -> std::io::Error {
    if e.raw_os_error().is_some() {
        return e;
    }
    let text = e.to_string();
    match text.find(" at path \"") {
        Some(at) => std::io::Error::new(e.kind(), &text[..at]),
        None => e,
    }
}

fn invalid_message(path: &Path, problems: &[Problem]) -> String {
    match problems {
        [one] => format!("{}: {one}", path.display()),
        many => {
            let mut s = format!("{}: {} problems:", path.display(), many.len());
            for p in many {
                s.push_str("\n  ");
                s.push_str(&p.to_string());
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_messages_name_the_file_once() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("gone");
        let e = tempfile::Builder::new().tempfile_in(&missing).unwrap_err();
        let target = missing.join("a.json");
        let message = FileError::io(&target, "create a file in its folder", e).to_string();
        assert!(
            message.starts_with(&target.display().to_string()),
            "{message}"
        );
        assert!(message.contains("No such file or directory"), "{message}");
        assert!(!message.contains("at path"), "{message}");
    }

    #[test]
    fn messages_name_the_file_the_place_and_the_problem() {
        let e = FileError::invalid(Path::new("a.json"), "$.tracks[0].level", "too high");
        assert_eq!(e.to_string(), "a.json: at $.tracks[0].level: too high");
        let e = FileError::Invalid {
            path: "b.json".into(),
            problems: vec![Problem::new("$.x", "bad"), Problem::new("$.y", "worse")],
        };
        assert_eq!(
            e.to_string(),
            "b.json: 2 problems:\n  at $.x: bad\n  at $.y: worse"
        );
    }
}
