//! Validation of an assessment: its header (format, a version this build reads), then its
//! content against the framework, every problem with its JSON path.

use super::{ASSESSMENT_FORMAT, ASSESSMENT_VERSION, Assessment, OLDEST_ASSESSMENT_VERSION};
use crate::error::{FileError, Problem, ProblemKind};
use crate::framework::Framework;
use crate::msg;
use crate::store;
use std::collections::HashSet;
use std::path::Path;

impl Assessment {
    /// Every way the assessment disagrees with `framework` (empty when valid).
    pub fn problems(&self, framework: &Framework) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.framework.id != framework.id {
            out.push(Problem::of_kind(
                ProblemKind::FrameworkMismatch,
                "$.framework.id",
                msg!(
                    "assessment-framework-mismatch",
                    answers = self.framework.id.as_str(),
                    used = framework.id.as_str()
                ),
            ));
        }
        if let Some(d) = &self.date
            && !super::is_iso_date(d)
        {
            out.push(Problem::new(
                "$.date",
                msg!(
                    "date-not-iso",
                    date = crate::text::short(d, 40).into_owned()
                ),
            ));
        }
        // Which tracks were answered already, by their place in the framework.
        let mut seen = vec![false; framework.tracks().count()];
        // The top of each answer's track, for the answers' own checks below.
        let mut tops = Vec::with_capacity(self.tracks.len());
        for (i, a) in self.tracks.iter().enumerate() {
            let at = || format!("$.tracks[{i}]");
            let Some((index, track)) = framework
                .tracks()
                .enumerate()
                .find(|(_, (_, t))| t.id == a.track)
                .map(|(index, (_, t))| (index, t))
            else {
                out.push(Problem::new(
                    format!("{}.track", at()),
                    msg!(
                        "track-unknown",
                        track = crate::text::short(&a.track, 80).into_owned(),
                        framework = framework.id.as_str()
                    ),
                ));
                tops.push(None);
                continue;
            };
            tops.push(Some(track.top()));
            if std::mem::replace(&mut seen[index], true) {
                out.push(Problem::new(
                    format!("{}.track", at()),
                    msg!("track-twice", track = a.track.as_str()),
                ));
            }
            let top = track.top();
            let offered = [
                ("level", "level-not-offered", a.level, 0),
                ("target", "target-not-offered", a.target, 1),
            ];
            for (field, key, value, lowest) in offered {
                if let Some(v) = value.filter(|v| *v < lowest || *v > top) {
                    let message = crate::i18n::Msg::new(
                        key,
                        vec![
                            (field, v.into()),
                            ("track", a.track.as_str().into()),
                            ("top", top.into()),
                        ],
                    );
                    out.push(Problem::new(format!("{}.{field}", at()), message));
                }
            }
        }
        for (i, (a, top)) in self.tracks.iter().zip(tops).enumerate() {
            if let Some(top) = top {
                answer_problems(&mut out, i, a, top);
            }
        }
        let mut seen = HashSet::new();
        for (i, f) in self.not_applicable.iter().enumerate() {
            if framework.family(f).is_none() {
                out.push(Problem::new(
                    format!("$.not_applicable[{i}]"),
                    msg!(
                        "family-unknown",
                        family = crate::text::short(f, 80).into_owned(),
                        framework = framework.id.as_str()
                    ),
                ));
            } else if !seen.insert(f.as_str()) {
                out.push(Problem::new(
                    format!("$.not_applicable[{i}]"),
                    msg!("family-twice", family = f.as_str()),
                ));
            }
        }
        out
    }
}

/// Checks an assessment's `format` and `version` (one this build reads).
pub(crate) fn check_header(path: &Path, value: &serde_json::Value) -> Result<(), FileError> {
    store::check_format(path, value, ASSESSMENT_FORMAT, "assessment")?;
    let read = OLDEST_ASSESSMENT_VERSION..=ASSESSMENT_VERSION;
    let (oldest, newest) = (OLDEST_ASSESSMENT_VERSION, ASSESSMENT_VERSION);
    match value.get("version").map(|v| v.as_u64()) {
        Some(Some(v)) if u32::try_from(v).is_ok_and(|v| read.contains(&v)) => Ok(()),
        Some(Some(v)) if v > u64::from(ASSESSMENT_VERSION) => Err(FileError::invalid(
            path,
            "$.version",
            msg!(
                "version-newer",
                version = v,
                oldest = oldest,
                newest = newest
            ),
        )),
        Some(_) => Err(FileError::invalid(
            path,
            "$.version",
            msg!(
                "version-unknown",
                version = crate::text::short(&value["version"].to_string(), 40).into_owned(),
                oldest = oldest,
                newest = newest
            ),
        )),
        None => Err(FileError::invalid(
            path,
            "$.version",
            msg!("version-missing", newest = newest),
        )),
    }
}

/// The practices in place (offered, once each, agreeing with the level) and the evidence
/// (bounded) of answer `i` (`a`, on a track of `top` levels); its JSON path is written only
/// for a problem.
fn answer_problems(out: &mut Vec<Problem>, i: usize, a: &super::TrackAnswer, top: u8) {
    use super::{MAX_EVIDENCE, MAX_EVIDENCE_REF, MAX_EVIDENCE_TITLE};
    if let Some(practices) = &a.practices {
        let mut seen = HashSet::new();
        for (j, p) in practices.iter().enumerate() {
            if *p < 1 || *p > top {
                out.push(Problem::new(
                    format!("$.tracks[{i}].practices[{j}]"),
                    msg!(
                        "practice-not-offered",
                        practice = *p,
                        track = a.track.as_str(),
                        top = top
                    ),
                ));
            } else if !seen.insert(*p) {
                out.push(Problem::new(
                    format!("$.tracks[{i}].practices[{j}]"),
                    msg!("practice-twice", practice = *p, track = a.track.as_str()),
                ));
            }
        }
        let highest = practices
            .iter()
            .copied()
            .filter(|p| *p <= top)
            .max()
            .unwrap_or(0);
        if a.level != Some(highest) {
            let level = a.level.map_or("null".to_string(), |l| l.to_string());
            out.push(Problem::new(
                format!("$.tracks[{i}].level"),
                msg!(
                    "level-practices-disagree",
                    track = a.track.as_str(),
                    level = level,
                    highest = highest
                ),
            ));
        }
    }
    if a.evidence.len() > MAX_EVIDENCE {
        out.push(Problem::new(
            format!("$.tracks[{i}].evidence"),
            msg!(
                "evidence-too-many",
                count = a.evidence.len(),
                max = MAX_EVIDENCE
            ),
        ));
    }
    for (j, e) in a.evidence.iter().enumerate().take(MAX_EVIDENCE + 1) {
        for (field, text, max) in [
            ("title", &e.title, MAX_EVIDENCE_TITLE),
            ("ref", &e.reference, MAX_EVIDENCE_REF),
            ("by", &e.by, MAX_EVIDENCE_TITLE),
        ] {
            // Counted up to one past the limit: linear in the limit, not in the text.
            let chars = text.chars().take(max + 1).count();
            if chars > max {
                out.push(Problem::new(
                    format!("$.tracks[{i}].evidence[{j}].{field}"),
                    msg!("evidence-too-long", max = max),
                ));
            }
        }
        if e.title.trim().is_empty() {
            out.push(Problem::new(
                format!("$.tracks[{i}].evidence[{j}].title"),
                msg!("evidence-no-title"),
            ));
        }
    }
}
