//! The open document with what follows from it: its undo history and its scores. Every change
//! of the answers goes through [`Editor::apply`] (or undo, redo, a new document), which records
//! the undo step, updates the unsaved mark, recomputes the scorecard once and moves the
//! generation on, from which the charts and the autosave learn that something changed.

use super::document::Document;
use crate::assessment::{Assessment, Edit, Field};
use crate::framework::Framework;
use crate::score::Scorecard;

/// Most undo steps kept.
const MAX_UNDOS: usize = 200;
/// Seconds within which successive edits of one typed field are one undo step.
const MERGE_SECONDS: f64 = 1.0;

/// An undo step: the answers before it, and what it changed.
#[derive(Debug, Clone)]
struct Step {
    before: Assessment,
    field: Field,
    at: f64,
}

/// The document, its history and its scores.
pub struct Editor {
    doc: Document,
    undo: Vec<Step>,
    redo: Vec<Assessment>,
    card: Scorecard,
    generation: u64,
}

impl Editor {
    /// Edits `doc`, with no history yet.
    pub fn new(framework: &Framework, doc: Document) -> Editor {
        let card = Scorecard::compute(framework, &doc.assessment);
        Editor {
            doc,
            undo: Vec::new(),
            redo: Vec::new(),
            card,
            generation: 0,
        }
    }

    /// The document.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// The answers.
    pub fn assessment(&self) -> &Assessment {
        &self.doc.assessment
    }

    /// The scores of the answers as they are.
    pub fn card(&self) -> &Scorecard {
        &self.card
    }

    /// Moves on at every change of the answers (never goes back, even on undo).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether there is a step to undo…
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// …or to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies `edit` at time `now` (seconds); returns whether the answers changed.
    pub fn apply(&mut self, framework: &Framework, edit: &Edit, now: f64) -> bool {
        let field = edit.field();
        let merge = self.undo.last().is_some_and(|last| {
            field.is_typed() && last.field == field && now - last.at < MERGE_SECONDS
        });
        let before = (!merge).then(|| self.doc.assessment.clone());
        if !self.doc.assessment.apply(edit) {
            return false;
        }
        match before {
            Some(before) => {
                self.undo.push(Step {
                    before,
                    field,
                    at: now,
                });
                if self.undo.len() > MAX_UNDOS {
                    self.undo.remove(0);
                }
            }
            None => {
                if let Some(last) = self.undo.last_mut() {
                    last.at = now;
                }
            }
        }
        self.redo.clear();
        self.changed(framework);
        true
    }

    /// Goes back one step; returns whether there was one.
    pub fn undo(&mut self, framework: &Framework) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let now = std::mem::replace(&mut self.doc.assessment, step.before);
        self.redo.push(now);
        self.changed(framework);
        true
    }

    /// Goes forward one undone step; returns whether there was one.
    pub fn redo(&mut self, framework: &Framework) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        let before = std::mem::replace(&mut self.doc.assessment, next);
        self.undo.push(Step {
            before,
            field: Field::Answer,
            at: f64::NEG_INFINITY,
        });
        self.changed(framework);
        true
    }

    /// Edits another document (new, opened, restored), with no history.
    pub fn replace(&mut self, framework: &Framework, doc: Document) {
        self.doc = doc;
        self.undo.clear();
        self.redo.clear();
        self.changed(framework);
    }

    /// Saves to `path`, which becomes the document's file.
    pub fn save_as(
        &mut self,
        path: &std::path::Path,
        framework: &Framework,
    ) -> Result<(), crate::FileError> {
        self.doc.save_as(path, framework)?;
        // Saving normalises nothing the user sees, but the unsaved mark goes.
        self.generation += 1;
        Ok(())
    }

    fn changed(&mut self, framework: &Framework) {
        self.card = Scorecard::compute(framework, &self.doc.assessment);
        self.doc.refresh_dirty();
        self.generation += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(track: &str, l: u8) -> Edit {
        Edit::Level {
            track: track.into(),
            level: Some(l),
        }
    }

    #[test]
    fn an_edit_rescores_marks_unsaved_and_is_undone_and_redone() {
        let fw = Framework::builtin();
        let mut e = Editor::new(fw, Document::new(fw));
        let g = e.generation();
        assert!(e.apply(fw, &level("e-commerce", 5), 0.0));
        assert!(e.generation() > g);
        assert!(e.card().overall > 0.0 && e.doc().is_dirty());
        assert!(!e.apply(fw, &level("e-commerce", 5), 0.1), "no change");
        assert!(e.undo(fw));
        assert_eq!(e.card().overall, 0.0);
        assert!(!e.doc().is_dirty(), "back to what was saved");
        assert!(e.redo(fw));
        assert_eq!(e.assessment().level("e-commerce"), 5);
        assert!(!e.redo(fw));
    }

    #[test]
    fn typing_in_one_field_is_one_step_but_answers_are_steps_of_their_own() {
        let fw = Framework::builtin();
        let mut e = Editor::new(fw, Document::new(fw));
        for (i, name) in ["M", "Ma", "Mai"].iter().enumerate() {
            e.apply(fw, &Edit::Retailer(name.to_string()), i as f64 * 0.2);
        }
        e.apply(fw, &level("rental", 1), 0.5);
        e.apply(fw, &level("rental", 2), 0.6);
        e.undo(fw);
        assert_eq!(e.assessment().level("rental"), 1);
        e.undo(fw);
        assert_eq!(e.assessment().retailer, "Mai");
        e.undo(fw);
        assert_eq!(
            e.assessment().retailer,
            "",
            "the name typed is undone at once"
        );
        assert!(!e.can_undo());
        // A pause makes a new step.
        e.apply(fw, &Edit::Retailer("A".into()), 10.0);
        e.apply(fw, &Edit::Retailer("AB".into()), 12.0);
        e.undo(fw);
        assert_eq!(e.assessment().retailer, "A");
    }
}
