//! The assessment file: a retailer's answers to the framework, versioned, validated, saved atomically.

mod dates;
mod edit;
mod validate;

pub use dates::{date_from_day_first, is_iso_date, label};
pub use edit::{Edit, Field};

pub(crate) use validate::check_header;

use crate::error::FileError;
use crate::framework::Framework;
use crate::store::{self, Overwrite};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The format name every assessment file carries.
pub const ASSESSMENT_FORMAT: &str = "retail-maturity-assessment";

/// How much of a file's start [`looks_like_assessment`] looks at.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// Whether `bytes` (a file, or its start) look like an assessment: JSON that says
/// `"format": "retail-maturity-assessment"` within its first [`SNIFF_BYTES`] (loading it
/// checks the rest). Linear in what it looks at.
pub fn looks_like_assessment(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let text = String::from_utf8_lossy(head);
    let wanted = format!("\"{ASSESSMENT_FORMAT}\"");
    let mut rest = text.as_ref();
    while let Some(at) = rest.find("\"format\"") {
        rest = &rest[at + 8..];
        let value = rest.trim_start().strip_prefix(':').map(str::trim_start);
        if value.is_some_and(|v| v.starts_with(&wanted)) {
            return true;
        }
    }
    false
}
/// The assessment format version this build writes (and the newest it reads).
pub const ASSESSMENT_VERSION: u32 = 3;
/// The oldest assessment format version this build reads (and upgrades on reading).
pub const OLDEST_ASSESSMENT_VERSION: u32 = 1;

/// A retailer's self-assessment against one framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Assessment {
    /// Always `retail-maturity-assessment`.
    pub format: String,
    /// Format version: 3. Files of versions 1 and 2 are read and upgraded (README, "Format
    /// versions").
    pub version: u32,
    /// The framework the answers refer to.
    pub framework: FrameworkRef,
    /// Name of the retailer (or store, or brand) assessed.
    #[serde(default)]
    pub retailer: String,
    /// Who answered.
    #[serde(default)]
    pub assessor: String,
    /// Date of the assessment, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// One answer per track; a track not listed is not answered yet (level 0).
    #[serde(default)]
    pub tracks: Vec<TrackAnswer>,
    /// Ids of the families that do not apply to this retailer.
    #[serde(default)]
    pub not_applicable: Vec<String>,
}

/// The framework an assessment answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FrameworkRef {
    /// Framework id.
    pub id: String,
    /// Framework version.
    pub version: String,
}

/// The answer for one track.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub struct TrackAnswer {
    /// Track id.
    pub track: String,
    /// Reached level: 0 = not practised yet, else a position the track offers; null = not answered.
    #[serde(default)]
    pub level: Option<u8>,
    /// Level aimed at, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u8>,
    /// Whether the in-store counterpart practice exists; null = not answered yet. (Version 1
    /// had only `true`/`false`, `false` standing for "no" and for "not answered" alike.)
    #[serde(default)]
    pub in_store: Option<bool>,
    /// Free note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The positions of the practices in place (any subset; empty: none of them yet); absent:
    /// not said (the level alone answers). When given, the level is the highest of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practices: Option<Vec<u8>>,
    /// How sure the answer is; absent: not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// What the answer rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// How sure an answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Seen in data or systems.
    Checked,
    /// The respondent's judgement.
    Estimated,
    /// Not sure.
    NotSure,
}

impl Confidence {
    /// Every confidence, the surest first.
    pub const ALL: [Confidence; 3] = [
        Confidence::Checked,
        Confidence::Estimated,
        Confidence::NotSure,
    ];

    /// Its catalogue key (`confidence-checked`…).
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Checked => "confidence-checked",
            Confidence::Estimated => "confidence-estimated",
            Confidence::NotSure => "confidence-not-sure",
        }
    }

    /// Its name in files (`checked`, `estimated`, `not-sure`).
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Checked => "checked",
            Confidence::Estimated => "estimated",
            Confidence::NotSure => "not-sure",
        }
    }
}

/// A piece of evidence behind an answer: a short title and an optional reference (a URL, a
/// file name, a ticket id), never opened or fetched by the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub struct Evidence {
    /// What it is.
    pub title: String,
    /// Where to find it.
    #[serde(default, rename = "ref", skip_serializing_if = "String::is_empty")]
    pub reference: String,
    /// Who gave it (a team's consolidation attributes each respondent's evidence).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
}

impl Evidence {
    /// Whether the reference is a web link (`http://` or `https://`): only those are made
    /// links in the documents.
    pub fn is_web_link(&self) -> bool {
        let r = self.reference.trim();
        let lower = r.get(..8).unwrap_or(r).to_ascii_lowercase();
        (lower.starts_with("https://") || lower.starts_with("http://"))
            && !r.chars().any(char::is_whitespace)
    }
}

/// Most pieces of evidence on one answer.
pub const MAX_EVIDENCE: usize = 20;
/// Longest evidence title, in characters.
pub const MAX_EVIDENCE_TITLE: usize = 200;
/// Longest evidence reference, in characters.
pub const MAX_EVIDENCE_REF: usize = 1000;

impl TrackAnswer {
    /// The practices below the reached level that are not in place ("foundations to
    /// consolidate"), lowest first; none when the practices in place are not said.
    pub fn foundations(&self) -> Vec<u8> {
        let Some(ticked) = &self.practices else {
            return Vec::new();
        };
        let level = self.level.unwrap_or(0);
        (1..level).filter(|p| !ticked.contains(p)).collect()
    }
}

impl Assessment {
    /// A blank assessment of `framework`: every track listed, none answered.
    pub fn blank(framework: &Framework) -> Assessment {
        Assessment {
            format: ASSESSMENT_FORMAT.into(),
            version: ASSESSMENT_VERSION,
            framework: FrameworkRef {
                id: framework.id.clone(),
                version: framework.version.clone(),
            },
            retailer: String::new(),
            assessor: String::new(),
            date: Some(chrono::Local::now().date_naive().to_string()),
            tracks: framework
                .tracks()
                .map(|(_, t)| TrackAnswer {
                    track: t.id.clone(),
                    ..TrackAnswer::default()
                })
                .collect(),
            not_applicable: Vec::new(),
        }
    }

    /// The answer for a track, if listed.
    pub fn answer(&self, track: &str) -> Option<&TrackAnswer> {
        self.tracks.iter().find(|a| a.track == track)
    }

    /// The answer for a track, added (unanswered) if missing.
    pub fn answer_mut(&mut self, track: &str) -> &mut TrackAnswer {
        if let Some(i) = self.tracks.iter().position(|a| a.track == track) {
            &mut self.tracks[i]
        } else {
            self.tracks.push(TrackAnswer {
                track: track.to_string(),
                ..TrackAnswer::default()
            });
            self.tracks.last_mut().expect("just pushed")
        }
    }

    /// The reached level of a track (0 when not answered).
    pub fn level(&self, track: &str) -> u8 {
        self.answer(track).and_then(|a| a.level).unwrap_or(0)
    }

    /// Whether a family is marked not applicable.
    pub fn is_not_applicable(&self, family: &str) -> bool {
        self.not_applicable.iter().any(|f| f == family)
    }

    /// Marks a family applicable or not.
    pub fn set_not_applicable(&mut self, family: &str, na: bool) {
        self.not_applicable.retain(|f| f != family);
        if na {
            self.not_applicable.push(family.to_string());
        }
    }

    /// Puts tracks and families in the framework's order, so saved files diff cleanly; the
    /// practices in place in order; evidence left empty dropped (one with a reference only
    /// takes it as its title).
    pub fn normalize(&mut self, framework: &Framework) {
        for t in &mut self.tracks {
            if let Some(p) = &mut t.practices {
                p.sort_unstable();
                p.dedup();
            }
            t.evidence
                .retain(|e| !(e.title.trim().is_empty() && e.reference.trim().is_empty()));
            for e in &mut t.evidence {
                if e.title.trim().is_empty() {
                    e.title =
                        crate::text::short(e.reference.trim(), MAX_EVIDENCE_TITLE).into_owned();
                }
            }
        }
        let order = |id: &str| {
            framework
                .tracks()
                .position(|(_, t)| t.id == id)
                .unwrap_or(usize::MAX)
        };
        self.tracks.sort_by_key(|a| order(&a.track));
        let forder = |id: &str| {
            framework
                .families
                .iter()
                .position(|f| f.id == id)
                .unwrap_or(usize::MAX)
        };
        self.not_applicable.sort_by_key(|f| forder(f));
    }

    /// A label for lists and legends: retailer and date.
    pub fn label(&self) -> String {
        label(&self.retailer, self.date.as_deref())
    }

    /// Loads an assessment file (upgrading an older format version) and validates it.
    pub fn load(path: &Path, framework: &Framework) -> Result<Assessment, FileError> {
        Self::load_versioned(path, framework).map(|(a, _)| a)
    }

    /// [`Assessment::load`], also giving the format version the file was written in.
    pub fn load_versioned(
        path: &Path,
        framework: &Framework,
    ) -> Result<(Assessment, u32), FileError> {
        let bytes = store::read_limited(path, store::MAX_FILE_BYTES)?;
        Self::from_bytes_versioned(path, &bytes, framework)
    }

    /// Decodes, upgrades and validates assessment bytes; `path` names them in errors.
    pub fn from_bytes(
        path: &Path,
        bytes: &[u8],
        framework: &Framework,
    ) -> Result<Assessment, FileError> {
        Self::from_bytes_versioned(path, bytes, framework).map(|(a, _)| a)
    }

    /// [`Assessment::from_bytes`], also giving the format version the bytes were written in.
    pub fn from_bytes_versioned(
        path: &Path,
        bytes: &[u8],
        framework: &Framework,
    ) -> Result<(Assessment, u32), FileError> {
        // One parse on the happy path; when the shape is wrong, the header (format, version)
        // is looked at first, as it explains most foreign or future files best.
        let mut a = match store::from_json_bytes::<Assessment>(path, bytes) {
            Ok(a) => {
                let header = serde_json::json!({ "format": a.format, "version": a.version });
                check_header(path, &header)?;
                a
            }
            Err(typed) => {
                let value = store::parse_json(path, bytes)?;
                check_header(path, &value)?;
                return Err(typed);
            }
        };
        let written_in = a.upgrade();
        a.check(path, framework)?;
        Ok((a, written_in))
    }

    /// Brings an assessment read in an older format version up to [`ASSESSMENT_VERSION`] and
    /// returns the version it was in.
    ///
    /// Version 1 → 2: `in_store` gained "not answered yet" (null). Version 1 wrote `false` for
    /// "no" and for a track nobody had looked at yet alike; a track whose level is not
    /// answered had not been looked at, so its `false` (or missing value) becomes null. A
    /// `true` is kept; on a track whose level is answered, `false` is kept and a missing value
    /// is `false`, as version 1 read it.
    pub fn upgrade(&mut self) -> u32 {
        let was = self.version;
        if self.version == 1 {
            for t in &mut self.tracks {
                t.in_store = match (t.level, t.in_store) {
                    (_, Some(true)) => Some(true),
                    (None, _) => None,
                    (Some(_), _) => Some(false),
                };
            }
            self.version = 2;
        }
        if self.version == 2 {
            // Version 2 → 3: practices in place, confidence and evidence, all optional: a
            // version-2 file says none of them.
            self.version = 3;
        }
        was
    }

    /// Validates against `framework`: `Ok` or every problem, with `path` naming the file.
    pub fn check(&self, path: &Path, framework: &Framework) -> Result<(), FileError> {
        let problems = self.problems(framework);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(FileError::Invalid {
                path: path.to_path_buf(),
                problems,
            })
        }
    }

    /// The file's JSON text, pretty-printed, with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("an assessment always serializes");
        s.push('\n');
        s
    }

    /// Saves atomically (temporary file in the same folder, sync, rename).
    pub fn save(&self, path: &Path, overwrite: Overwrite) -> Result<(), FileError> {
        store::write_atomic(path, self.to_json().as_bytes(), overwrite)
    }
}

#[cfg(test)]
mod tests;
