//! Errors of the core: what went wrong with which file, and where in it — as catalogue messages,
//! shown in the language of whoever shows them ([`FileError::render`]; `Display` is English).

use crate::i18n::Msg;
use crate::lang::Lang;
use crate::msg;
use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in a file, at a JSON path (`$` is the whole document).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where in the document, e.g. `$.tracks[2].level`.
    pub at: String,
    /// What is wrong, and what was expected.
    pub message: Msg,
    /// What code may decide on (the message is for people).
    pub kind: ProblemKind,
}

/// The kinds of problem that code decides on; every other problem is [`ProblemKind::Content`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// Anything wrong with the content.
    Content,
    /// The file is a JSON document of another kind (a reference where an assessment was
    /// expected…): the caller may try the other kind.
    WrongFormat,
    /// The answers are of another framework than the one used: the command line suggests
    /// `--framework`.
    FrameworkMismatch,
}

impl Problem {
    /// A problem at `at` described by `message`.
    pub fn new(at: impl Into<String>, message: Msg) -> Self {
        Problem::of_kind(ProblemKind::Content, at, message)
    }

    /// A problem of `kind` at `at` described by `message`.
    pub fn of_kind(kind: ProblemKind, at: impl Into<String>, message: Msg) -> Self {
        Problem {
            at: at.into(),
            message,
            kind,
        }
    }

    /// The problem in `lang`: `at $.x: what`.
    pub fn render(&self, lang: Lang) -> String {
        crate::tr!(
            lang,
            "problem-at",
            at = self.at.as_str(),
            message = self.message.render(lang)
        )
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::EN))
    }
}

/// What was being done with a file when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    /// Opening it.
    Open,
    /// Reading it.
    Read,
    /// Writing it.
    Write,
    /// Creating a file in its folder.
    CreateIn,
    /// Renaming the new file over it.
    Replace,
    /// Creating a folder.
    CreateFolder,
    /// Reading a folder.
    ReadFolder,
    /// Creating a file in a folder that exists but takes no new file.
    FolderRefuses,
    /// Creating a file in a folder that does not exist.
    NoFolder,
}

impl IoAction {
    fn key(self) -> &'static str {
        match self {
            IoAction::Open => "io-open",
            IoAction::Read => "io-read",
            IoAction::Write => "io-write",
            IoAction::CreateIn => "io-create-in",
            IoAction::Replace => "io-replace",
            IoAction::CreateFolder => "io-create-folder",
            IoAction::ReadFolder => "io-read-folder",
            IoAction::FolderRefuses => "io-folder-refuses",
            IoAction::NoFolder => "io-no-folder",
        }
    }
}

/// Why a file could not be read, decoded, validated or written.
#[derive(Debug)]
pub enum FileError {
    /// The operating system refused to read or write it.
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done.
        action: IoAction,
        /// The cause.
        cause: std::io::Error,
    },
    /// It is larger than any file of this kind can be.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// It is not a regular file (a folder, a FIFO, a device, a socket): it is not opened.
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is: `folder`, `fifo`, `device`, `socket` or `other`.
        kind: &'static str,
    },
    /// It exists and must not be overwritten.
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// It is a file the command reads: never written, even with `--force`.
    IsAnInput {
        /// The output asked for.
        path: PathBuf,
        /// The input it is (another spelling of it, a link, a hard link).
        input: PathBuf,
    },
    /// Its content is not what it must be.
    Invalid {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

impl std::error::Error for FileError {}

impl FileError {
    /// An invalid-content error with a single problem.
    pub fn invalid(path: &Path, at: impl Into<String>, message: Msg) -> Self {
        FileError::Invalid {
            path: path.to_path_buf(),
            problems: vec![Problem::new(at, message)],
        }
    }

    /// An I/O error while doing `action` on `path`.
    pub fn io(path: &Path, action: IoAction, cause: std::io::Error) -> Self {
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
            | FileError::NotAFile { path, .. }
            | FileError::Exists { path }
            | FileError::IsAnInput { path, .. }
            | FileError::Invalid { path, .. } => path,
        }
    }

    /// Whether a problem of the file is of `kind`.
    pub fn has(&self, kind: ProblemKind) -> bool {
        matches!(self, FileError::Invalid { problems, .. } if problems.iter().any(|p| p.kind == kind))
    }

    /// The error in `lang`, naming the file first.
    pub fn render(&self, lang: Lang) -> String {
        let file = crate::text::terminal_safe(&self.path().display().to_string()).into_owned();
        let what = match self {
            // The action says it all.
            FileError::Io {
                action: a @ (IoAction::FolderRefuses | IoAction::NoFolder),
                ..
            } => lang.t(a.key()).to_string(),
            FileError::Io { action, cause, .. } => crate::tr!(
                lang,
                "io-error",
                action = lang.t(action.key()),
                cause = io_cause(cause, lang)
            ),
            FileError::TooLarge { size, limit, .. } => {
                crate::tr!(lang, "file-too-large", size = *size, limit = *limit)
            }
            FileError::NotAFile { kind, .. } => {
                crate::tr!(lang, "not-a-regular-file", kind = *kind)
            }
            FileError::Exists { .. } => lang.t("file-exists").to_string(),
            FileError::IsAnInput { input, .. } => crate::tr!(
                lang,
                "file-is-an-input",
                input = crate::text::terminal_safe(&input.display().to_string()).into_owned()
            ),
            FileError::Invalid { problems, .. } => match problems.as_slice() {
                [one] => one.render(lang),
                many => {
                    let mut s = crate::tr!(lang, "problems", count = many.len());
                    for p in many {
                        s.push_str("\n  ");
                        s.push_str(&p.render(lang));
                    }
                    s
                }
            },
        };
        crate::tr!(lang, "file-error", file = file, what = what)
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::EN))
    }
}

/// The system's reason in `lang` where the catalogue knows it, else the system's own words.
fn io_cause(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    let key = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "file-exists",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only",
        K::IsADirectory => "io-is-a-folder",
        K::NotADirectory => "io-not-a-folder",
        _ => return e.to_string(),
    };
    lang.t(key).to_string()
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

/// What every error of the core can do: say itself in a language, where it is shown. The app
/// renders it in its status bar, the command line on standard error (with a hint of the flag
/// that solves it, if any); `Display` is the English text.
pub trait Localized: fmt::Debug + Send + Sync {
    /// The error in `lang`.
    fn render(&self, lang: Lang) -> String;

    /// What a command-line user can do about it (a flag to add), if anything.
    fn cli_hint(&self) -> Option<Msg> {
        None
    }
}

/// Any error of the core, kept with its type's way of saying itself: what commands return.
#[derive(Debug)]
pub struct CommandError(Box<dyn Localized>);

impl<E: Localized + 'static> From<E> for CommandError {
    fn from(e: E) -> Self {
        CommandError(Box::new(e))
    }
}

impl CommandError {
    /// The error in `lang`, with its command-line hint.
    pub fn render(&self, lang: Lang) -> String {
        let mut s = self.0.render(lang);
        if let Some(hint) = self.0.cli_hint() {
            s.push_str(&format!(" ({})", hint.render(lang)));
        }
        s
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.render(Lang::EN))
    }
}

impl std::error::Error for CommandError {}

impl Localized for FileError {
    fn render(&self, lang: Lang) -> String {
        FileError::render(self, lang)
    }

    fn cli_hint(&self) -> Option<Msg> {
        if matches!(self, FileError::Exists { .. }) {
            Some(msg!("cli-hint-force"))
        } else if self.has(ProblemKind::FrameworkMismatch) {
            Some(msg!("cli-hint-framework"))
        } else {
            None
        }
    }
}

impl Localized for Msg {
    fn render(&self, lang: Lang) -> String {
        Msg::render(self, lang)
    }
}

/// A problem made of an outside library's English message (serde, a parser).
pub fn detail(key: &'static str, detail: impl fmt::Display) -> Msg {
    msg!(key, detail = detail.to_string())
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
        let message = FileError::io(&target, IoAction::CreateIn, e).to_string();
        assert!(
            message.starts_with(&target.display().to_string()),
            "{message}"
        );
        assert!(message.contains("no such file or folder"), "{message}");
        assert!(!message.contains("at path"), "{message}");
        let fr = FileError::io(
            &target,
            IoAction::Open,
            std::io::Error::from(std::io::ErrorKind::NotFound),
        )
        .render(Lang::FR);
        assert!(fr.contains("impossible d'ouvrir"), "{fr}");
    }

    #[test]
    fn messages_name_the_file_the_place_and_the_problem() {
        let e = FileError::invalid(
            Path::new("a.json"),
            "$.tracks[0].level",
            detail("json-type", "too high"),
        );
        assert_eq!(e.to_string(), "a.json: at $.tracks[0].level: too high");
        let e = FileError::Invalid {
            path: "b.json".into(),
            problems: vec![
                Problem::new("$.x", detail("json-type", "bad")),
                Problem::new("$.y", detail("json-type", "worse")),
            ],
        };
        assert_eq!(
            e.to_string(),
            "b.json: 2 problems:\n  at $.x: bad\n  at $.y: worse"
        );
        assert!(e.render(Lang::FR).starts_with("b.json : 2 problèmes"));
    }
}
