//! Edits of an assessment: every change the app makes to the answers and details, as data,
//! applied in one place ([`Assessment::apply`]), so that undo, the unsaved mark, the autosave and
//! the scores learn of a change from the edit itself.

use super::{Assessment, Confidence};

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
    /// Whether a practice of a track is in place (the level follows: the highest in place).
    Practice {
        /// The track.
        track: String,
        /// The practice's position.
        position: u8,
        /// Whether it is in place.
        in_place: bool,
    },
    /// Say (or stop saying) which practices of a track are in place. Starting from a level, the
    /// practices up to it are taken as in place, to be corrected; stopping keeps the level.
    DetailPractices {
        /// The track.
        track: String,
        /// Whether the practices are said.
        on: bool,
    },
    /// None of a track's practices is in place yet (level 0).
    NoPractices {
        /// The track.
        track: String,
    },
    /// How sure a track's answer is.
    Confidence {
        /// The track.
        track: String,
        /// The confidence (`None`: not said).
        confidence: Option<Confidence>,
    },
    /// A new, empty piece of evidence on a track's answer.
    AddEvidence {
        /// The track.
        track: String,
    },
    /// A piece of evidence's title and reference.
    EditEvidence {
        /// The track.
        track: String,
        /// Its place in the list.
        index: usize,
        /// The title.
        title: String,
        /// The reference.
        reference: String,
    },
    /// A piece of evidence removed.
    RemoveEvidence {
        /// The track.
        track: String,
        /// Its place in the list.
        index: usize,
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
    /// A piece of evidence of a track.
    Evidence(String, usize),
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
            Edit::EditEvidence { track, index, .. } => Field::Evidence(track.clone(), *index),
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
            Edit::Level { track, level } => {
                let a = self.answer_mut(track);
                let before = a.clone();
                a.level = *level;
                // The practices said stay in step: none above the level, the level in place.
                if let Some(p) = &mut a.practices {
                    let l = level.unwrap_or(0);
                    p.retain(|x| *x < l);
                    if l > 0 {
                        p.push(l);
                    }
                }
                *a != before
            }
            Edit::Practice {
                track,
                position,
                in_place,
            } => {
                let a = self.answer_mut(track);
                let before = a.clone();
                let p = a.practices.get_or_insert_with(Vec::new);
                p.retain(|x| x != position);
                if *in_place {
                    p.push(*position);
                }
                p.sort_unstable();
                a.level = Some(p.last().copied().unwrap_or(0));
                *a != before
            }
            Edit::DetailPractices { track, on } => {
                let a = self.answer_mut(track);
                let before = a.clone();
                a.practices = on.then(|| (1..=a.level.unwrap_or(0)).collect());
                if *on && a.level.is_none() {
                    a.level = Some(0);
                }
                *a != before
            }
            Edit::NoPractices { track } => {
                let a = self.answer_mut(track);
                let before = a.clone();
                a.practices = Some(Vec::new());
                a.level = Some(0);
                *a != before
            }
            Edit::Confidence { track, confidence } => {
                set(&mut self.answer_mut(track).confidence, confidence)
            }
            Edit::AddEvidence { track } => {
                let a = self.answer_mut(track);
                let room = a.evidence.len() < super::MAX_EVIDENCE;
                if room {
                    a.evidence.push(super::Evidence::default());
                }
                room
            }
            Edit::EditEvidence {
                track,
                index,
                title,
                reference,
            } => match self.answer_mut(track).evidence.get_mut(*index) {
                Some(e) => {
                    let changed = e.title != *title || e.reference != *reference;
                    e.title.clone_from(title);
                    e.reference.clone_from(reference);
                    changed
                }
                None => false,
            },
            Edit::RemoveEvidence { track, index } => {
                let a = self.answer_mut(track);
                let there = *index < a.evidence.len();
                if there {
                    a.evidence.remove(*index);
                }
                there
            }
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

    fn practice(t: &str, position: u8, in_place: bool) -> Edit {
        Edit::Practice {
            track: t.into(),
            position,
            in_place,
        }
    }

    #[test]
    fn the_level_is_the_highest_practice_in_place() {
        let mut a = Assessment::blank(Framework::builtin());
        a.apply(&practice("e-commerce", 5, true));
        a.apply(&practice("e-commerce", 2, true));
        let e = a.answer("e-commerce").unwrap();
        assert_eq!((e.level, e.practices.clone()), (Some(5), Some(vec![2, 5])));
        assert_eq!(e.foundations(), vec![1, 3, 4], "below 5, not in place");
        a.apply(&practice("e-commerce", 5, false));
        assert_eq!(
            a.level("e-commerce"),
            2,
            "unticking the highest lowers the level"
        );
        a.apply(&Edit::NoPractices {
            track: "e-commerce".into(),
        });
        let e = a.answer("e-commerce").unwrap();
        assert_eq!((e.level, e.practices.clone()), (Some(0), Some(vec![])));
        // A level chosen keeps the practices in step.
        a.apply(&practice("e-commerce", 1, true));
        a.apply(&Edit::Level {
            track: "e-commerce".into(),
            level: Some(3),
        });
        assert_eq!(a.answer("e-commerce").unwrap().practices, Some(vec![1, 3]));
        a.apply(&Edit::DetailPractices {
            track: "e-commerce".into(),
            on: false,
        });
        let e = a.answer("e-commerce").unwrap();
        assert_eq!(
            (e.level, e.practices.clone()),
            (Some(3), None),
            "the level stays"
        );
        a.apply(&Edit::DetailPractices {
            track: "e-commerce".into(),
            on: true,
        });
        assert_eq!(
            a.answer("e-commerce").unwrap().practices,
            Some(vec![1, 2, 3])
        );
    }

    #[test]
    fn evidence_is_added_edited_and_removed() {
        let mut a = Assessment::blank(Framework::builtin());
        let t = || "rental".to_string();
        assert!(a.apply(&Edit::AddEvidence { track: t() }));
        assert!(a.apply(&Edit::EditEvidence {
            track: t(),
            index: 0,
            title: "Tableau de bord".into(),
            reference: "https://bi.example/location".into(),
        }));
        assert!(a.answer("rental").unwrap().evidence[0].is_web_link());
        assert!(a.apply(&Edit::RemoveEvidence {
            track: t(),
            index: 0
        }));
        assert!(!a.apply(&Edit::RemoveEvidence {
            track: t(),
            index: 0
        }));
        for _ in 0..super::super::MAX_EVIDENCE {
            a.apply(&Edit::AddEvidence { track: t() });
        }
        assert!(!a.apply(&Edit::AddEvidence { track: t() }), "bounded");
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
