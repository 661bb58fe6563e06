//! The assessment file: a retailer's answers to the framework, versioned, validated, saved atomically.

use crate::error::{FileError, Problem};
use crate::framework::Framework;
use crate::store::{self, Overwrite};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;

/// The format name every assessment file carries.
pub const ASSESSMENT_FORMAT: &str = "retail-maturity-assessment";
/// The assessment format version this build writes (and the newest it reads).
pub const ASSESSMENT_VERSION: u32 = 2;
/// The oldest assessment format version this build reads (and upgrades on reading).
pub const OLDEST_ASSESSMENT_VERSION: u32 = 1;

/// A retailer's self-assessment against one framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Assessment {
    /// Always `retail-maturity-assessment`.
    pub format: String,
    /// Format version: 2. Files of version 1 are read and upgraded (README, "Format versions").
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

    /// Puts tracks and families in the framework's order, so saved files diff cleanly.
    pub fn normalize(&mut self, framework: &Framework) {
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

    /// Every way the assessment disagrees with `framework` (empty when valid).
    pub fn problems(&self, framework: &Framework) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.framework.id != framework.id {
            out.push(Problem::new(
                "$.framework.id",
                format!(
                    "answers framework `{}`, but the framework in use is `{}` (load it with --framework)",
                    self.framework.id, framework.id
                ),
            ));
        }
        if let Some(d) = &self.date
            && !is_iso_date(d)
        {
            out.push(Problem::new(
                "$.date",
                format!("`{d}` is not a date as YYYY-MM-DD"),
            ));
        }
        // Which tracks were answered already, by their place in the framework.
        let mut seen = vec![false; framework.tracks().count()];
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
                    format!(
                        "unknown track `{}` in framework `{}`",
                        a.track, framework.id
                    ),
                ));
                continue;
            };
            if std::mem::replace(&mut seen[index], true) {
                out.push(Problem::new(
                    format!("{}.track", at()),
                    format!("track `{}` is answered twice", a.track),
                ));
            }
            let top = track.top();
            if let Some(l) = a.level
                && l > top
            {
                out.push(Problem::new(
                    format!("{}.level", at()),
                    format!(
                        "level {l} is not offered by track `{}` (0 to {top})",
                        a.track
                    ),
                ));
            }
            if let Some(t) = a.target
                && (t == 0 || t > top)
            {
                out.push(Problem::new(
                    format!("{}.target", at()),
                    format!(
                        "target {t} is not offered by track `{}` (1 to {top})",
                        a.track
                    ),
                ));
            }
        }
        let mut seen = HashSet::new();
        for (i, f) in self.not_applicable.iter().enumerate() {
            if framework.family(f).is_none() {
                out.push(Problem::new(
                    format!("$.not_applicable[{i}]"),
                    format!("unknown family `{f}` in framework `{}`", framework.id),
                ));
            } else if !seen.insert(f.as_str()) {
                out.push(Problem::new(
                    format!("$.not_applicable[{i}]"),
                    format!("family `{f}` is listed twice"),
                ));
            }
        }
        out
    }
}

/// Whether `d` is a real calendar date written exactly `YYYY-MM-DD`.
pub fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let number = |r: std::ops::Range<usize>| d[r].parse::<u32>().unwrap_or(0);
    chrono::NaiveDate::from_ymd_opt(number(0..4) as i32, number(5..7), number(8..10)).is_some()
}

/// A date typed day first, as in France (`14/03/2025`, `14.03.2025`, `14-03-2025`, `1/3/2025`),
/// written `YYYY-MM-DD`; `None` when it is not such a date.
pub fn date_from_day_first(d: &str) -> Option<String> {
    let parts: Vec<&str> = d.trim().split(['/', '.', '-']).collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (day, month) = (number(day, 2)?, number(month, 2)?);
    let year = number(year, 4).filter(|_| year.len() == 4)?;
    chrono::NaiveDate::from_ymd_opt(year as i32, month, day).map(|d| d.to_string())
}

/// `retailer (date)`, or `?` for a retailer not named yet.
pub fn label(retailer: &str, date: Option<&str>) -> String {
    let name = if retailer.trim().is_empty() {
        "?"
    } else {
        retailer.trim()
    };
    match date {
        Some(d) => format!("{name} ({d})"),
        None => name.to_string(),
    }
}

/// The format versions this build reads, in words: "1 or 2", "1 to 3".
fn versions_read() -> String {
    let joiner = if ASSESSMENT_VERSION == OLDEST_ASSESSMENT_VERSION + 1 {
        "or"
    } else {
        "to"
    };
    format!("{OLDEST_ASSESSMENT_VERSION} {joiner} {ASSESSMENT_VERSION}")
}

/// Checks an assessment's `format` and `version` (one this build reads).
pub(crate) fn check_header(path: &Path, value: &serde_json::Value) -> Result<(), FileError> {
    store::check_format(path, value, ASSESSMENT_FORMAT, "assessment")?;
    let read = OLDEST_ASSESSMENT_VERSION..=ASSESSMENT_VERSION;
    match value.get("version").map(|v| v.as_u64()) {
        Some(Some(v)) if u32::try_from(v).is_ok_and(|v| read.contains(&v)) => Ok(()),
        Some(Some(v)) if v > u64::from(ASSESSMENT_VERSION) => Err(FileError::invalid(
            path,
            "$.version",
            format!(
                "version {v} is newer than this build understands (it reads {}); update retail-maturity",
                versions_read()
            ),
        )),
        Some(_) => Err(FileError::invalid(
            path,
            "$.version",
            format!(
                "unknown version {}; expected {}",
                value["version"],
                versions_read()
            ),
        )),
        None => Err(FileError::invalid(
            path,
            "$.version",
            format!("missing `version` (expected {ASSESSMENT_VERSION})"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fw() -> &'static Framework {
        Framework::builtin()
    }

    #[test]
    fn dates_typed_day_first_become_iso_dates() {
        assert_eq!(
            date_from_day_first("14/03/2025").as_deref(),
            Some("2025-03-14")
        );
        assert_eq!(
            date_from_day_first(" 1.3.2025 ").as_deref(),
            Some("2025-03-01")
        );
        assert_eq!(
            date_from_day_first("29-02-2024").as_deref(),
            Some("2024-02-29")
        );
        for no in [
            "2025-03-14",
            "31/02/2025",
            "14/03/25",
            "14/03",
            "a/b/cdef",
            "14//2025",
            "",
        ] {
            assert_eq!(date_from_day_first(no), None, "{no}");
        }
    }

    #[test]
    fn dates_are_real_days_written_yyyy_mm_dd() {
        for ok in ["2024-03-14", "2024-02-29", "1999-12-31"] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "",
            "2024-3-14",
            "14/03/2024",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-03-14 ",
            "+2024-03-1",
            "２０２４-03-14",
            "2024-03-1é",
            "2024_03_14",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    fn load_str(s: &str) -> Result<Assessment, FileError> {
        Assessment::from_bytes(Path::new("t.json"), s.as_bytes(), fw())
    }

    #[test]
    fn blank_round_trips_and_is_valid() {
        let a = Assessment::blank(fw());
        assert_eq!(a.tracks.len(), 17);
        let b = load_str(&a.to_json()).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let mut a = Assessment::blank(fw());
        a.tracks[0].level = Some(6);
        a.tracks[7].level = Some(5); // a ReCommerce track stops at 4
        a.tracks[1].target = Some(0);
        a.tracks.push(TrackAnswer {
            track: "teleportation".into(),
            ..Default::default()
        });
        a.not_applicable.push("nope".into());
        a.date = Some("14/03/2025".into());
        let e = load_str(&a.to_json()).unwrap_err().to_string();
        for needle in [
            "t.json: 6 problems",
            "$.tracks[0].level: level 6 is not offered",
            "$.tracks[7].level: level 5 is not offered by track `rental` (0 to 4)",
            "$.tracks[1].target",
            "$.tracks[17].track: unknown track `teleportation`",
            "$.not_applicable[0]: unknown family `nope`",
            "$.date",
        ] {
            assert!(e.contains(needle), "missing {needle:?} in {e}");
        }
    }

    #[test]
    fn upgrading_from_version_1_marks_untouched_in_store_answers_not_answered() {
        let mut a = Assessment::blank(fw());
        a.version = 1;
        let cases = [
            // (level, in_store as version 1 had it, in_store after the upgrade)
            (None, Some(false), None),
            (None, None, None),
            (None, Some(true), Some(true)),
            (Some(0), Some(false), Some(false)),
            (Some(3), None, Some(false)),
            (Some(3), Some(true), Some(true)),
        ];
        for (t, (level, was, _)) in a.tracks.iter_mut().zip(cases) {
            t.level = level;
            t.in_store = was;
        }
        assert_eq!(a.upgrade(), 1);
        assert_eq!(a.version, ASSESSMENT_VERSION);
        for (t, (level, _, now)) in a.tracks.iter().zip(cases) {
            assert_eq!(t.in_store, now, "level {level:?}");
        }
        let upgraded = a.clone();
        assert_eq!(a.upgrade(), 2, "a current assessment is left alone");
        assert_eq!(a, upgraded);
    }

    #[test]
    fn versions_and_formats_are_checked_first() {
        let mut v: serde_json::Value =
            serde_json::from_str(&Assessment::blank(fw()).to_json()).unwrap();
        v["version"] = 9.into();
        let e = load_str(&v.to_string()).unwrap_err().to_string();
        assert!(
            e.contains(
                "$.version: version 9 is newer than this build understands (it reads 1 or 2)"
            ),
            "{e}"
        );
        v["version"] = 0.into();
        let e = load_str(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("unknown version 0; expected 1 or 2"), "{e}");
        v["version"] = (u64::from(u32::MAX) + 2).into();
        let e = load_str(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("is newer"), "{e}");
        v.as_object_mut().unwrap().remove("version");
        assert!(
            load_str(&v.to_string())
                .unwrap_err()
                .to_string()
                .contains("missing `version`")
        );
        v["version"] = 1.into();
        v["format"] = "retail-maturity-framework".into();
        assert!(
            load_str(&v.to_string())
                .unwrap_err()
                .to_string()
                .contains("not an assessment")
        );
        assert!(
            load_str("[1,2]")
                .unwrap_err()
                .to_string()
                .contains("expected a JSON object")
        );
    }

    #[test]
    fn type_errors_name_the_json_path() {
        let mut v: serde_json::Value =
            serde_json::from_str(&Assessment::blank(fw()).to_json()).unwrap();
        v["tracks"][3]["level"] = "high".into();
        let e = load_str(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("$.tracks[3].level"), "{e}");
        v["tracks"][3]["level"] = (-1).into();
        let e = load_str(&v.to_string()).unwrap_err().to_string();
        assert!(e.contains("$.tracks[3].level") && e.contains("-1"), "{e}");
    }

    #[test]
    fn duplicates_are_refused() {
        let mut a = Assessment::blank(fw());
        a.tracks.push(a.tracks[0].clone());
        a.not_applicable = vec!["pre-sales".into(), "pre-sales".into()];
        let e = load_str(&a.to_json()).unwrap_err().to_string();
        assert!(
            e.contains("answered twice") && e.contains("listed twice"),
            "{e}"
        );
    }
}
