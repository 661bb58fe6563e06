//! A team's answers consolidated: several respondents of one retailer, one assessment, and
//! where they disagree. The rule (README, "Scoring"), for each track over the respondents who
//! answered it (a level not answered is not a 0):
//!
//! - level = the lower median of their levels (the highest level a strict majority reached);
//!   min, max, spread = max − min; a disagreement when the spread is 2 levels or more;
//! - target: the same rule over the targets given; in store: yes (or no) when a strict majority
//!   of the answers says so, else not answered, flagged as a disagreement;
//! - a family does not apply when a strict majority of the respondents says so;
//! - notes: each respondent's note, prefixed with the respondent (at most
//!   [`MAX_NOTE_CHARS`] a track, so that the consolidation is a file the app opens);
//! - confidence: the least sure of those given by the respondents whose level is the
//!   consolidated one; a checked and a not-sure answer on one track are a disagreement;
//! - evidence: every respondent's, attributed to them (at most [`MAX_EVIDENCE`] a track, the
//!   note says how many more the files hold);
//! - the retailer must be the same in every file; the date is the latest; the assessor, the
//!   respondents' names. Files of another framework version are refused.

use crate::assessment::{
    ASSESSMENT_FORMAT, ASSESSMENT_VERSION, Assessment, Confidence, Evidence, FrameworkRef,
    MAX_EVIDENCE, TrackAnswer,
};
use crate::framework::Framework;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::msg;
use serde::Serialize;
use std::fmt;

/// A spread of this many levels or more between respondents is a disagreement.
pub const DISAGREEMENT_SPREAD: u8 = 2;
/// The most characters of the respondents' notes a consolidated track keeps.
pub const MAX_NOTE_CHARS: usize = 16_000;

/// One track across the respondents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackView {
    /// Track id.
    pub track: String,
    /// Each respondent's level (in respondent order); `None` where not answered.
    pub levels: Vec<Option<u8>>,
    /// The consolidated level; `None` when nobody answered.
    pub level: Option<u8>,
    /// Lowest and highest level answered.
    pub min: Option<u8>,
    /// Highest level answered.
    pub max: Option<u8>,
    /// `max − min`.
    pub spread: u8,
    /// The consolidated target.
    pub target: Option<u8>,
    /// The consolidated in-store answer.
    pub in_store: Option<bool>,
    /// Whether the respondents disagree on the level (spread ≥ 2) or on the in-store answer
    /// (no strict majority).
    pub disagreement: bool,
    /// Whether the in-store answers have no strict majority.
    pub in_store_split: bool,
    /// Each respondent's confidence (in respondent order).
    pub confidences: Vec<Option<Confidence>>,
    /// The consolidated confidence.
    pub confidence: Option<Confidence>,
    /// Whether one respondent checked what another is not sure of.
    pub confidence_split: bool,
}

/// The consolidation of a team's answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consolidation {
    /// The respondents, in a fixed order (by name, then by source).
    pub respondents: Vec<String>,
    /// Where each came from (its file).
    pub sources: Vec<String>,
    /// Per track, in framework order.
    pub tracks: Vec<TrackView>,
    /// The consolidated assessment: a valid file every command and the app open.
    pub assessment: Assessment,
}

/// Why answers cannot be consolidated.
#[derive(Debug, Clone, PartialEq)]
pub enum TeamError {
    /// Fewer than one respondent.
    Empty,
    /// The files are of different retailers.
    DifferentRetailers(Vec<String>),
    /// The files answer different framework versions.
    FrameworkVersions(Vec<String>),
}

impl TeamError {
    /// The message.
    pub fn msg(&self) -> Msg {
        match self {
            TeamError::Empty => msg!("team-empty"),
            TeamError::DifferentRetailers(names) => {
                msg!("team-different-retailers", names = names.join("; "))
            }
            TeamError::FrameworkVersions(v) => {
                msg!("team-framework-versions", versions = v.join("; "))
            }
        }
    }

    /// The error in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        self.msg().render(lang)
    }
}

impl fmt::Display for TeamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for TeamError {}

impl crate::error::Localized for TeamError {
    fn render(&self, lang: crate::lang::Lang) -> String {
        self.msg().render(lang)
    }
}

/// The lower median: the highest value a strict majority of `values` reaches.
pub fn lower_median(values: &mut [u8]) -> Option<u8> {
    values.sort_unstable();
    values.get(values.len().checked_sub(1)? / 2).copied()
}

/// The name of a respondent: the assessor, else the file's name.
fn name_of(source: &str, a: &Assessment) -> String {
    let assessor = crate::text::short(a.assessor.trim(), 80);
    if assessor.is_empty() {
        std::path::Path::new(source)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| source.to_string())
    } else {
        assessor.into_owned()
    }
}

/// Consolidates `(source, assessment)` pairs, all valid for `framework`.
pub fn consolidate(
    framework: &Framework,
    inputs: &[(String, &Assessment)],
) -> Result<Consolidation, TeamError> {
    if inputs.is_empty() {
        return Err(TeamError::Empty);
    }
    // Each value, with the files that give it, when the files disagree on it.
    let grouped = |value: &dyn Fn(&Assessment) -> String| -> Vec<String> {
        let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
        for (source, a) in inputs {
            let v = value(a);
            match groups
                .iter_mut()
                .find(|(g, _)| g.to_lowercase() == v.to_lowercase())
            {
                Some((_, files)) => files.push(source),
                None => groups.push((v, vec![source.as_str()])),
            }
        }
        if groups.len() < 2 {
            return Vec::new();
        }
        // In one order whatever the order of the files.
        groups.sort_by_key(|(v, _)| v.to_lowercase());
        groups
            .into_iter()
            .map(|(v, files)| {
                let v = crate::text::short(&v, 80).into_owned();
                format!("{v}: {}", crate::text::short(&files.join(", "), 400))
            })
            .collect()
    };
    let retailers = grouped(&|a| a.retailer.trim().to_string());
    if !retailers.is_empty() {
        return Err(TeamError::DifferentRetailers(retailers));
    }
    let versions = grouped(&|a| a.framework.version.clone());
    if !versions.is_empty() {
        return Err(TeamError::FrameworkVersions(versions));
    }
    // A fixed order, so that the order of the files changes nothing.
    let mut people: Vec<(String, &str, &Assessment)> = inputs
        .iter()
        .map(|(s, a)| (name_of(s, a), s.as_str(), *a))
        .collect();
    people.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)));
    let n = people.len();
    let majority = |count: usize| 2 * count > n;

    let mut tracks = Vec::new();
    let mut answers = Vec::new();
    for (_, t) in framework.tracks() {
        let given: Vec<Option<&TrackAnswer>> =
            people.iter().map(|(_, _, a)| a.answer(&t.id)).collect();
        let levels: Vec<Option<u8>> = given.iter().map(|g| g.and_then(|g| g.level)).collect();
        let mut answered: Vec<u8> = levels.iter().flatten().copied().collect();
        let (min, max) = (
            answered.iter().min().copied(),
            answered.iter().max().copied(),
        );
        let level = lower_median(&mut answered);
        let mut targets: Vec<u8> = given
            .iter()
            .filter_map(|g| g.and_then(|g| g.target))
            .collect();
        let target = lower_median(&mut targets).filter(|g| *g >= 1);
        let yes = given
            .iter()
            .filter(|g| g.and_then(|g| g.in_store) == Some(true))
            .count();
        let no = given
            .iter()
            .filter(|g| g.and_then(|g| g.in_store) == Some(false))
            .count();
        let votes = yes + no;
        let in_store = if 2 * yes > votes {
            Some(true)
        } else if 2 * no > votes {
            Some(false)
        } else {
            None
        };
        let in_store_split = votes > 0 && in_store.is_none();
        let spread = max.zip(min).map_or(0, |(hi, lo)| hi - lo);
        let confidences: Vec<Option<Confidence>> =
            given.iter().map(|g| g.and_then(|g| g.confidence)).collect();
        // The least sure among those who gave the consolidated level.
        let confidence = given
            .iter()
            .filter(|g| level.is_some() && g.and_then(|g| g.level) == level)
            .filter_map(|g| g.and_then(|g| g.confidence))
            .max_by_key(|c| Confidence::ALL.iter().position(|x| x == c));
        let confidence_split = confidences.contains(&Some(Confidence::Checked))
            && confidences.contains(&Some(Confidence::NotSure));
        let mut evidence: Vec<Evidence> = Vec::new();
        let mut more = 0;
        for ((name, _, _), g) in people.iter().zip(&given) {
            for e in g.map(|g| g.evidence.as_slice()).unwrap_or_default() {
                if evidence.len() < MAX_EVIDENCE {
                    let by = if e.by.trim().is_empty() {
                        name.clone()
                    } else {
                        e.by.clone()
                    };
                    evidence.push(Evidence { by, ..e.clone() });
                } else {
                    more += 1;
                }
            }
        }
        let mut note = crate::text::short(
            &people
                .iter()
                .zip(&given)
                .filter_map(|((name, _, _), g)| {
                    let note = g.map(|g| g.note.trim()).filter(|n| !n.is_empty())?;
                    Some(format!("[{name}] {note}"))
                })
                .collect::<Vec<_>>()
                .join("\n"),
            MAX_NOTE_CHARS,
        )
        .into_owned();
        if more > 0 {
            note.push_str(&format!("\n[+{more} evidence]"));
        }
        answers.push(TrackAnswer {
            track: t.id.clone(),
            level,
            target,
            in_store,
            note,
            practices: None,
            confidence,
            evidence,
        });
        tracks.push(TrackView {
            track: t.id.clone(),
            levels,
            level,
            min,
            max,
            spread,
            target,
            in_store,
            disagreement: spread >= DISAGREEMENT_SPREAD || in_store_split || confidence_split,
            in_store_split,
            confidences,
            confidence,
            confidence_split,
        });
    }
    let not_applicable: Vec<String> = framework
        .families
        .iter()
        .filter(|f| {
            majority(
                people
                    .iter()
                    .filter(|(_, _, a)| a.is_not_applicable(&f.id))
                    .count(),
            )
        })
        .map(|f| f.id.clone())
        .collect();
    let date = people.iter().filter_map(|(_, _, a)| a.date.clone()).max();
    let assessor = people
        .iter()
        .map(|(name, _, _)| name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let assessment = Assessment {
        format: ASSESSMENT_FORMAT.into(),
        version: ASSESSMENT_VERSION,
        framework: FrameworkRef {
            id: framework.id.clone(),
            version: framework.version.clone(),
        },
        retailer: people[0].2.retailer.trim().to_string(),
        assessor,
        date,
        tracks: answers,
        not_applicable,
    };
    Ok(Consolidation {
        respondents: people.iter().map(|(name, _, _)| name.clone()).collect(),
        sources: people.iter().map(|(_, s, _)| s.to_string()).collect(),
        tracks,
        assessment,
    })
}

impl TrackView {
    /// What else than the levels the respondents disagree on, in `l`: no majority in store,
    /// a checked answer against a not-sure one.
    pub fn remarks(&self, l: Lang) -> String {
        let mut v = Vec::new();
        if self.in_store_split {
            v.push(l.t("cli-team-in-store-split"));
        }
        if self.confidence_split {
            v.push(l.t("cli-team-confidence-split"));
        }
        v.join(" · ")
    }
}

impl Consolidation {
    /// The tracks where the respondents disagree, largest spread first (then table order).
    pub fn disagreements(&self) -> Vec<&TrackView> {
        let mut v: Vec<&TrackView> = self.tracks.iter().filter(|t| t.disagreement).collect();
        v.sort_by_key(|t| std::cmp::Reverse(t.spread));
        v
    }
}

#[cfg(test)]
mod tests;
