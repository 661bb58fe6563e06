//! Autosave of the work in progress, and its recovery after a crash: a snapshot written
//! atomically in the app's data folder (a browser's storage) a moment after each change, off the
//! UI thread.

use crate::assessment::Assessment;
use crate::error::{FileError, Problem};
use crate::framework::Framework;
use crate::gui::platform::{self, Worker};
use crate::store;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The format name of the autosave file.
pub const AUTOSAVE_FORMAT: &str = "retail-maturity-autosave";
/// Seconds a change rests before it is written.
pub const DELAY: f64 = 1.5;
/// The autosave file's name in the data folder.
pub const FILE_NAME: &str = "autosave.json";

/// What is written: the unsaved assessment and the file it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Always `retail-maturity-autosave`.
    pub format: String,
    /// Format version (1).
    pub version: u32,
    /// When it was written (local time, RFC 3339).
    pub saved_at: String,
    /// The document's file, if it had one.
    pub file: Option<PathBuf>,
    /// The answers.
    pub assessment: Assessment,
}

/// Which state of the document a snapshot holds: the answers' generation
/// ([`crate::gui::editor::Editor::generation`]) and the file they belong to.
type Seen = (u64, Option<PathBuf>);

/// Writes snapshots off the UI thread.
pub struct Autosave {
    dir: PathBuf,
    worker: Worker,
    /// What was last written (`None` when there is no autosave file).
    written: Option<Seen>,
    /// When the unsaved state last changed.
    changed_at: Option<f64>,
    /// The last state seen.
    seen: Option<Seen>,
    /// The last write error, to show once.
    pub error: Option<String>,
    errors: Arc<Mutex<Option<String>>>,
}

impl Autosave {
    /// Autosave into the data folder `dir` (created if needed; in a browser, its storage).
    pub fn new(dir: &Path) -> Autosave {
        Autosave {
            dir: dir.to_path_buf(),
            worker: Worker::new(),
            written: None,
            changed_at: None,
            seen: None,
            error: None,
            errors: Arc::new(Mutex::new(None)),
        }
    }

    /// Writes (or with `None` removes) the autosave off the UI thread; a failure is kept to
    /// be shown once.
    fn send(&self, bytes: Option<Vec<u8>>) {
        let dir = self.dir.clone();
        let errors = self.errors.clone();
        self.worker.run(move || {
            let result = match bytes {
                Some(b) => platform::data_write(&dir, FILE_NAME, &b).map_err(|e| e.to_string()),
                None => platform::data_remove(&dir, FILE_NAME),
            };
            if let Err(e) = result {
                *errors.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
            }
        });
    }

    /// The autosave file.
    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// Called every frame with the document's state: `generation` moves on at each change of
    /// the answers `a`, which are copied only when a snapshot is written. Returns the seconds
    /// until a write is due.
    pub fn tick(
        &mut self,
        now: f64,
        dirty: bool,
        file: Option<&Path>,
        generation: u64,
        a: &Assessment,
    ) -> Option<f64> {
        if let Some(e) = self.errors.lock().unwrap_or_else(|p| p.into_inner()).take() {
            self.error = Some(e);
        }
        if !dirty {
            // Saved (or discarded): nothing to recover any more.
            if self.written.take().is_some() {
                self.send(None);
            }
            self.changed_at = None;
            self.seen = None;
            return None;
        }
        let same = |s: &Seen| s.0 == generation && s.1.as_deref() == file;
        if self.written.as_ref().is_some_and(same) {
            self.changed_at = None;
            return None;
        }
        if !self.seen.as_ref().is_some_and(same) {
            self.seen = Some((generation, file.map(Path::to_path_buf)));
            self.changed_at = Some(now);
        }
        let since = now - self.changed_at.unwrap_or(now);
        if since >= DELAY {
            let snapshot = Snapshot {
                format: AUTOSAVE_FORMAT.into(),
                version: 1,
                saved_at: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
                file: file.map(Path::to_path_buf),
                assessment: a.clone(),
            };
            let bytes = serde_json::to_vec_pretty(&snapshot).expect("a snapshot always serializes");
            self.send(Some(bytes));
            self.written = self.seen.take();
            self.changed_at = None;
            None
        } else {
            Some(DELAY - since)
        }
    }

    /// Removes the autosave file (the user discarded the work).
    pub fn discard(&mut self) {
        self.written = None;
        self.seen = None;
        self.changed_at = None;
        self.send(None);
    }

    /// Waits until every write asked for so far is done.
    pub fn flush(&self) {
        self.worker.flush();
    }
}

/// Reads a snapshot left by an earlier run; `Ok(None)` when there is none.
pub fn load(dir: &Path, framework: &Framework) -> Result<Option<Snapshot>, FileError> {
    let path = dir.join(FILE_NAME);
    let Some(bytes) = platform::data_read(dir, FILE_NAME)? else {
        return Ok(None);
    };
    let value = store::parse_json(&path, &bytes)?;
    store::check_format(&path, &value, AUTOSAVE_FORMAT, "autosave")?;
    let mut snapshot: Snapshot = store::from_json_bytes(&path, &bytes)?;
    // The answers inside are an assessment like any other: same versions read, same upgrade.
    crate::assessment::check_header(&path, &value["assessment"]).map_err(inside_assessment)?;
    snapshot.assessment.upgrade();
    // A date half typed when the app died is work in progress, not a broken file: it is
    // restored as it was, and the questionnaire flags it until it is a date.
    let problems: Vec<_> = snapshot
        .assessment
        .problems(framework)
        .into_iter()
        .filter(|p| p.at != "$.date")
        .collect();
    if !problems.is_empty() {
        return Err(inside_assessment(FileError::Invalid { path, problems }));
    }
    Ok(Some(snapshot))
}

/// An assessment's error, its JSON paths moved under the snapshot's `assessment` member.
fn inside_assessment(e: FileError) -> FileError {
    match e {
        FileError::Invalid { path, problems } => FileError::Invalid {
            path,
            problems: problems
                .into_iter()
                .map(|p| Problem::new(p.at.replacen('$', "$.assessment", 1), p.message))
                .collect(),
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_written_after_the_delay_and_removed_once_saved() {
        let dir = tempfile::tempdir().unwrap();
        let fw = Framework::builtin();
        let mut a = Assessment::blank(fw);
        let mut s = Autosave::new(dir.path());
        a.answer_mut("e-commerce").level = Some(3);
        assert!(
            s.tick(10.0, true, None, 1, &a).is_some(),
            "waits for the change to rest"
        );
        s.flush();
        assert!(load(dir.path(), fw).unwrap().is_none());
        assert!(s.tick(10.0 + DELAY, true, None, 1, &a).is_none());
        s.flush();
        let snap = load(dir.path(), fw).unwrap().expect("written");
        assert_eq!(snap.assessment.level("e-commerce"), 3);
        assert!(
            s.tick(11.0 + DELAY, true, None, 1, &a).is_none(),
            "nothing new to write"
        );
        a.answer_mut("e-commerce").level = Some(4);
        assert!(
            s.tick(12.0, true, None, 2, &a).is_some(),
            "a new change waits"
        );
        s.tick(12.0 + DELAY, true, None, 2, &a);
        s.flush();
        let snap = load(dir.path(), fw).unwrap().expect("written again");
        assert_eq!(snap.assessment.level("e-commerce"), 4);
        s.tick(20.0, false, None, 2, &a);
        s.flush();
        assert!(
            load(dir.path(), fw).unwrap().is_none(),
            "removed once saved"
        );
    }

    #[test]
    fn a_corrupt_autosave_is_reported_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "{\"format\": \"retail-maturity-autosave\", \"version\": 1",
        )
        .unwrap();
        let e = load(dir.path(), Framework::builtin())
            .unwrap_err()
            .to_string();
        assert!(e.contains("autosave.json"), "{e}");
    }

    /// An autosave left by a build that wrote version-1 assessments.
    fn snapshot_with_version(dir: &Path, version: u32) {
        let mut a = Assessment::blank(Framework::builtin());
        a.answer_mut("e-commerce").level = Some(2);
        let mut json = serde_json::to_value(Snapshot {
            format: AUTOSAVE_FORMAT.into(),
            version: 1,
            saved_at: "2025-01-20T10:00:00+01:00".into(),
            file: None,
            assessment: a,
        })
        .unwrap();
        json["assessment"]["version"] = version.into();
        for t in json["assessment"]["tracks"].as_array_mut().unwrap() {
            t["in_store"] = false.into();
        }
        std::fs::write(dir.join(FILE_NAME), json.to_string()).unwrap();
    }

    #[test]
    fn an_autosave_from_an_older_build_is_upgraded_and_a_newer_one_refused() {
        let dir = tempfile::tempdir().unwrap();
        let fw = Framework::builtin();
        snapshot_with_version(dir.path(), 1);
        let a = load(dir.path(), fw).unwrap().unwrap().assessment;
        assert_eq!(a.version, crate::assessment::ASSESSMENT_VERSION);
        assert_eq!(a.answer("e-commerce").unwrap().in_store, Some(false));
        assert_eq!(a.answer("rental").unwrap().in_store, None);
        snapshot_with_version(dir.path(), 7);
        let e = load(dir.path(), fw).unwrap_err().to_string();
        assert!(
            e.contains("autosave.json") && e.contains("$.assessment.version: version 7 is newer"),
            "{e}"
        );
    }
}
