//! Edits of an assessment: every change the app makes to the answers and details, as data,
//! applied in one place ([`Assessment::apply`]), so that undo, the unsaved mark, the autosave and
//! the scores learn of a change from the edit itself.

use super::Assessment;

/// One change of an assessment.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// The retailer's name.
    Retailer(String),
    /// Who answers.
    Assessor(String),
    /// The date, as typed (`None`: no date).
    Date(Option<String>),
    /// A track's reached level (`None`: not answered).
    Level {
        /// The track.
        track: String,
        /// The level.
        level: Option<u8>,
    },
    /// A track's target level (`None`: no target).
    Target {
        /// The track.
        track: String,
        /// The level aimed at.
        target: Option<u8>,
    },
    /// Whether a track's in-store counterpart exists (`None`: not answered).
    InStore {
        /// The track.
        track: String,
        /// The answer.
        answer: Option<bool>,
    },
    /// A track's note.
    Note {
        /// The track.
        track: String,
        /// The whole note.
        note: String,
    },
    /// Whether a family applies.
    NotApplicable {
        /// The family.
        family: String,
        /// True: it does not apply.
        not_applicable: bool,
    },
}

/// The field an edit changes: successive edits of one text field within a moment are one undo
/// step (a word typed is undone at once, not letter by letter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// The retailer's name.
    Retailer,
    /// Who answers.
    Assessor,
    /// The date.
    Date,
    /// A track's note.
    Note(String),
    /// Any other answer: each change is a step of its own.
    Answer,
}

impl Field {
    /// Whether the field is typed (its successive edits merge into one undo step).
    pub fn is_typed(&self) -> bool {
        !matches!(self, Field::Answer)
    }
}

impl Edit {
    /// The field the edit changes.
    pub fn field(&self) -> Field {
        match self {
            Edit::Retailer(_) => Field::Retailer,
            Edit::Assessor(_) => Field::Assessor,
            Edit::Date(_) => Field::Date,
            Edit::Note { track, .. } => Field::Note(track.clone()),
            _ => Field::Answer,
        }
    }
}

impl Assessment {
    /// Applies `edit`; returns whether anything changed (an edit that sets what is already
    /// there changes nothing).
    pub fn apply(&mut self, edit: &Edit) -> bool {
        fn set<T: PartialEq + Clone>(slot: &mut T, value: &T) -> bool {
            let changed = slot != value;
            if changed {
                *slot = value.clone();
            }
            changed
        }
        match edit {
            Edit::Retailer(s) => set(&mut self.retailer, s),
            Edit::Assessor(s) => set(&mut self.assessor, s),
            Edit::Date(d) => set(&mut self.date, d),
            Edit::Level { track, level } => set(&mut self.answer_mut(track).level, level),
            Edit::Target { track, target } => set(&mut self.answer_mut(track).target, target),
            Edit::InStore { track, answer } => set(&mut self.answer_mut(track).in_store, answer),
            Edit::Note { track, note } => set(&mut self.answer_mut(track).note, note),
            Edit::NotApplicable {
                family,
                not_applicable,
            } => {
                let changed = self.is_not_applicable(family) != *not_applicable;
                if changed {
                    self.set_not_applicable(family, *not_applicable);
                }
                changed
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::Framework;

    #[test]
    fn an_edit_changes_its_field_and_says_whether_it_did() {
        let mut a = Assessment::blank(Framework::builtin());
        let level = Edit::Level {
            track: "rental".into(),
            level: Some(2),
        };
        assert!(a.apply(&level));
        assert_eq!(a.level("rental"), 2);
        assert!(!a.apply(&level), "the same level again changes nothing");
        let na = Edit::NotApplicable {
            family: "pre-sales".into(),
            not_applicable: true,
        };
        assert!(a.apply(&na) && a.is_not_applicable("pre-sales"));
        assert!(!a.apply(&na));
        assert!(a.apply(&Edit::Note {
            track: "rental".into(),
            note: "pilote".into()
        }));
        assert_eq!(a.answer("rental").unwrap().note, "pilote");
    }

    #[test]
    fn typed_fields_are_told_apart_from_answers() {
        let note = |t: &str| Edit::Note {
            track: t.into(),
            note: String::new(),
        };
        assert_eq!(note("a").field(), note("a").field());
        assert_ne!(note("a").field(), note("b").field());
        assert!(Edit::Retailer(String::new()).field().is_typed());
        let target = Edit::Target {
            track: "a".into(),
            target: None,
        };
        assert!(!target.field().is_typed());
    }
}
