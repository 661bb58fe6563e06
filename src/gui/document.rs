//! The open document: the assessment being answered, its file, and whether it has unsaved changes.

use crate::assessment::Assessment;
use crate::error::FileError;
use crate::framework::Framework;
use std::path::{Path, PathBuf};

/// An assessment and the file it belongs to.
#[derive(Debug, Clone)]
pub struct Document {
    /// What the user edits.
    pub assessment: Assessment,
    /// Where it is saved, if anywhere yet.
    pub path: Option<PathBuf>,
    /// The name shown while there is no file (an example, a team's consolidation).
    pub name: Option<String>,
    /// The assessment as last saved or opened, to tell unsaved changes.
    saved: Assessment,
    /// Whether `assessment` differs from `saved` (kept by [`Document::refresh_dirty`]).
    dirty: bool,
}

impl Document {
    /// A new blank assessment of `framework`, not saved anywhere.
    pub fn new(framework: &Framework) -> Document {
        let a = Assessment::blank(framework);
        Document {
            saved: a.clone(),
            assessment: a,
            path: None,
            name: None,
            dirty: false,
        }
    }

    /// An assessment read from elsewhere than a file (an example): unchanged until edited,
    /// saved through Save as.
    pub fn named(assessment: Assessment, name: String, framework: &Framework) -> Document {
        let mut a = assessment;
        for (_, t) in framework.tracks() {
            a.answer_mut(&t.id);
        }
        a.normalize(framework);
        Document {
            saved: a.clone(),
            assessment: a,
            path: None,
            name: Some(name),
            dirty: false,
        }
    }

    /// Opens a file, also giving the format version it was written in (an older one is
    /// upgraded; Save writes the current one); on error nothing changes anywhere.
    pub fn open(path: &Path, framework: &Framework) -> Result<(Document, u32), FileError> {
        let bytes = crate::gui::platform::read_file(path)?;
        let (mut a, written_in) = Assessment::from_bytes_versioned(path, &bytes, framework)?;
        // Tracks missing from the file are listed so the questionnaire can show them.
        for (_, t) in framework.tracks() {
            a.answer_mut(&t.id);
        }
        a.normalize(framework);
        let doc = Document {
            saved: a.clone(),
            assessment: a,
            path: Some(path.to_path_buf()),
            name: None,
            dirty: false,
        };
        Ok((doc, written_in))
    }

    /// Work recovered from an autosave: the answers as they were, the file they belong to, and
    /// unsaved (compared with that file's content, or with a blank assessment).
    pub fn recovered(
        assessment: Assessment,
        path: Option<PathBuf>,
        framework: &Framework,
    ) -> Document {
        let saved = path
            .as_deref()
            .and_then(|p| Document::open(p, framework).ok())
            .map(|(d, _)| d.saved)
            .unwrap_or_else(|| Assessment::blank(framework));
        let dirty = assessment != saved;
        Document {
            assessment,
            path,
            name: None,
            saved,
            dirty,
        }
    }

    /// Whether there are changes not saved to the file.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Compares the answers with what was saved (after a change).
    pub fn refresh_dirty(&mut self) {
        self.dirty = self.assessment != self.saved;
    }

    /// Saves atomically to `path`, which becomes the document's file.
    pub fn save_as(&mut self, path: &Path, framework: &Framework) -> Result<(), FileError> {
        let mut a = self.assessment.clone();
        a.normalize(framework);
        // Never write a file that the app would then refuse to open (e.g. a date half typed).
        let problems = a.problems(framework);
        if !problems.is_empty() {
            return Err(FileError::Invalid {
                path: path.to_path_buf(),
                problems,
            });
        }
        crate::gui::platform::write_file(path, a.to_json().as_bytes())?;
        self.path = Some(path.to_path_buf());
        self.name = None;
        self.saved = self.assessment.clone();
        self.dirty = false;
        Ok(())
    }

    /// The file name for the title bar.
    pub fn title(&self, untitled: &str) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .or_else(|| self.name.clone())
            .unwrap_or_else(|| untitled.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dirty_until_saved_and_a_failed_open_changes_nothing() {
        let fw = Framework::builtin();
        let mut d = Document::new(fw);
        assert!(!d.is_dirty());
        d.assessment.answer_mut("e-commerce").level = Some(2);
        d.refresh_dirty();
        assert!(d.is_dirty());
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        d.save_as(&p, fw).unwrap();
        assert!(!d.is_dirty());
        let (reopened, _) = Document::open(&p, fw).unwrap();
        assert_eq!(reopened.assessment.level("e-commerce"), 2);
        std::fs::write(dir.path().join("bad.json"), "{").unwrap();
        assert!(Document::open(&dir.path().join("bad.json"), fw).is_err());
    }
}
