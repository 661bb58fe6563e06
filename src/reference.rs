//! A reference profile (e.g. a sector average made by `portfolio --reference`): mean levels per
//! track, pinned under the current profile in the app.

use crate::assessment::{Assessment, FrameworkRef};
use crate::error::{FileError, Problem};
use crate::framework::Framework;
use crate::msg;
use crate::score::{Profile, Scorecard};
use crate::store::{self, Overwrite};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The format name of a reference file.
pub const REFERENCE_FORMAT: &str = "retail-maturity-reference";
/// The reference format version this build writes and reads.
pub const REFERENCE_VERSION: u32 = 1;

/// Mean answers of a group of assessments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// Always `retail-maturity-reference`.
    pub format: String,
    /// Format version.
    pub version: u32,
    /// The framework of the assessments.
    pub framework: FrameworkRef,
    /// What it is, e.g. "Moyenne du portefeuille (120 évaluations)".
    pub label: String,
    /// How many assessments it averages.
    pub count: usize,
    /// Mean per track.
    pub tracks: Vec<TrackMean>,
    /// Mean per family.
    pub families: Vec<FamilyMean>,
}

/// Mean answer of one track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackMean {
    /// Track id.
    pub track: String,
    /// Mean reached level over the assessments where the family applies.
    pub mean_level: f64,
    /// Share of those assessments with the in-store counterpart.
    pub in_store_share: f64,
}

/// Mean of one family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FamilyMean {
    /// Family id.
    pub family: String,
    /// Mean family score (0–100) where the family applies.
    pub mean_score: f64,
    /// How many assessments the family applies to.
    pub applicable: usize,
}

impl Reference {
    /// The mean of `assessments` (all valid for `framework`).
    pub fn mean_of(framework: &Framework, assessments: &[&Assessment], label: String) -> Reference {
        let cards: Vec<Scorecard> = assessments
            .iter()
            .map(|a| Scorecard::compute(framework, a))
            .collect();
        Self::from_cards(framework, &cards, label)
    }

    /// The mean of already computed scorecards.
    pub fn from_cards(framework: &Framework, cards: &[Scorecard], label: String) -> Reference {
        let profiles: Vec<Profile> = cards.iter().map(Scorecard::profile).collect();
        Self::from_profiles(framework, &profiles.iter().collect::<Vec<_>>(), label)
    }

    /// The mean of the compact profiles of some scorecards (a portfolio keeps only those).
    pub fn from_profiles(framework: &Framework, profiles: &[&Profile], label: String) -> Reference {
        let mut tracks = Vec::new();
        let mut families = Vec::new();
        let mut first_track = 0;
        for (fi, f) in framework.families.iter().enumerate() {
            let applicable: Vec<&Profile> = profiles
                .iter()
                .copied()
                .filter(|p| p.families[fi].applicable)
                .collect();
            let n = applicable.len().max(1) as f64;
            families.push(FamilyMean {
                family: f.id.clone(),
                mean_score: applicable.iter().map(|p| p.families[fi].score).sum::<f64>() / n,
                applicable: applicable.len(),
            });
            for (ti, t) in f.tracks.iter().enumerate() {
                let at = first_track + ti;
                let levels = applicable.iter().map(|p| f64::from(p.tracks[at].level));
                let stores = applicable.iter().filter(|p| p.tracks[at].in_store).count();
                tracks.push(TrackMean {
                    track: t.id.clone(),
                    mean_level: levels.sum::<f64>() / n,
                    in_store_share: stores as f64 / n,
                });
            }
            first_track += f.tracks.len();
        }
        Reference {
            format: REFERENCE_FORMAT.into(),
            version: REFERENCE_VERSION,
            framework: FrameworkRef {
                id: framework.id.clone(),
                version: framework.version.clone(),
            },
            label,
            count: profiles.len(),
            tracks,
            families,
        }
    }

    /// A reference made of one assessment (to pin it).
    pub fn of_assessment(framework: &Framework, a: &Assessment) -> Reference {
        let mut r = Self::mean_of(framework, &[a], a.label());
        // A single assessment keeps its not-applicable families out of the picture.
        let card = Scorecard::compute(framework, a);
        for (fm, fs) in r.families.iter_mut().zip(&card.families) {
            fm.applicable = usize::from(fs.applicable);
        }
        r
    }

    /// Mean level of a track.
    pub fn level(&self, track: &str) -> Option<f64> {
        self.tracks
            .iter()
            .find(|t| t.track == track)
            .map(|t| t.mean_level)
    }

    /// The mean maturity score (weighted as the framework says) of the reference.
    pub fn overall(&self, framework: &Framework) -> f64 {
        let (mut sum, mut w) = (0.0, 0.0);
        for (f, m) in framework.families.iter().zip(&self.families) {
            if m.applicable > 0 {
                sum += m.mean_score * f.weight;
                w += f.weight;
            }
        }
        if w > 0.0 { sum / w } else { 0.0 }
    }

    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a reference always serializes");
        s.push('\n');
        s
    }

    /// Saves atomically.
    pub fn save(&self, path: &Path, overwrite: Overwrite) -> Result<(), FileError> {
        store::write_atomic(path, self.to_json().as_bytes(), overwrite)
    }

    /// Loads and validates a reference file.
    pub fn load(path: &Path, framework: &Framework) -> Result<Reference, FileError> {
        let bytes = store::read_limited(path, store::MAX_FILE_BYTES)?;
        Self::from_bytes(path, &bytes, framework)
    }

    /// A reference file, or an assessment file taken as one (its own profile): what can be
    /// pinned under the charts or given as `--reference`. When the bytes are neither, the
    /// assessment's error is given if they are another kind of document, else the reference's.
    pub fn pinnable_from_bytes(
        path: &Path,
        bytes: &[u8],
        framework: &Framework,
    ) -> Result<Reference, FileError> {
        Self::from_bytes(path, bytes, framework).or_else(|e| {
            Assessment::from_bytes(path, bytes, framework)
                .map(|a| Reference::of_assessment(framework, &a))
                .map_err(|ae| {
                    if e.has(crate::error::ProblemKind::WrongFormat) {
                        ae
                    } else {
                        e
                    }
                })
        })
    }

    /// [`Reference::pinnable_from_bytes`] of a file.
    pub fn load_pinnable(path: &Path, framework: &Framework) -> Result<Reference, FileError> {
        let bytes = store::read_limited(path, store::MAX_FILE_BYTES)?;
        Self::pinnable_from_bytes(path, &bytes, framework)
    }

    /// Decodes and validates reference bytes; `path` names them in errors.
    pub fn from_bytes(
        path: &Path,
        bytes: &[u8],
        framework: &Framework,
    ) -> Result<Reference, FileError> {
        let value = store::parse_json(path, bytes)?;
        store::check_format(path, &value, REFERENCE_FORMAT, "reference")?;
        let r: Reference = store::from_json_bytes(path, bytes)?;
        let mut problems = Vec::new();
        if r.version != REFERENCE_VERSION {
            problems.push(Problem::new(
                "$.version",
                msg!(
                    "reference-version",
                    version = r.version,
                    expected = REFERENCE_VERSION
                ),
            ));
        }
        if r.framework.id != framework.id {
            problems.push(Problem::new(
                "$.framework.id",
                msg!(
                    "reference-framework",
                    theirs = crate::text::short(&r.framework.id, 80).into_owned(),
                    ours = framework.id.as_str()
                ),
            ));
        }
        for (i, t) in r.tracks.iter().enumerate() {
            match framework.track(&t.track) {
                None => problems.push(Problem::new(
                    format!("$.tracks[{i}].track"),
                    msg!(
                        "reference-track-unknown",
                        track = crate::text::short(&t.track, 80).into_owned()
                    ),
                )),
                Some((_, tr)) => {
                    if !(t.mean_level.is_finite()
                        && (0.0..=f64::from(tr.top())).contains(&t.mean_level))
                    {
                        problems.push(Problem::new(
                            format!("$.tracks[{i}].mean_level"),
                            msg!(
                                "value-outside",
                                value = t.mean_level.to_string(),
                                max = tr.top()
                            ),
                        ));
                    }
                    if !(0.0..=1.0).contains(&t.in_store_share) {
                        problems.push(Problem::new(
                            format!("$.tracks[{i}].in_store_share"),
                            msg!(
                                "value-outside",
                                value = t.in_store_share.to_string(),
                                max = 1
                            ),
                        ));
                    }
                }
            }
        }
        if r.families.len() != framework.families.len()
            || r.families
                .iter()
                .zip(&framework.families)
                .any(|(m, f)| m.family != f.id)
        {
            problems.push(Problem::new("$.families", msg!("reference-families")));
        }
        for (i, f) in r.families.iter().enumerate() {
            if !(f.mean_score.is_finite() && (0.0..=100.0).contains(&f.mean_score)) {
                problems.push(Problem::new(
                    format!("$.families[{i}].mean_score"),
                    msg!("value-outside", value = f.mean_score.to_string(), max = 100),
                ));
            }
        }
        if problems.is_empty() {
            Ok(r)
        } else {
            Err(FileError::Invalid {
                path: path.to_path_buf(),
                problems,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mean_of_two_is_halfway_and_round_trips() {
        let fw = Framework::builtin();
        let mut a = Assessment::blank(fw);
        let mut b = Assessment::blank(fw);
        a.answer_mut("e-commerce").level = Some(2);
        b.answer_mut("e-commerce").level = Some(5);
        b.answer_mut("e-commerce").in_store = Some(true);
        b.set_not_applicable("pre-sales", true);
        let r = Reference::mean_of(fw, &[&a, &b], "x".into());
        assert_eq!(r.level("e-commerce"), Some(3.5));
        assert_eq!(r.tracks[0].in_store_share, 0.5);
        assert_eq!(r.families[3].applicable, 1);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ref.json");
        r.save(&p, Overwrite::Refuse).unwrap();
        assert_eq!(Reference::load(&p, fw).unwrap(), r);
        // (70 + 0·13) / 15 for a, (100 + 0) / 14 for b → means per family, then weighted mean.
        let expected = (70.0 / 1.0 + 0.0) / 15.0;
        assert!((r.overall(fw) - expected).abs() < 1e-9, "{}", r.overall(fw));
    }

    #[test]
    fn a_broken_reference_is_explained() {
        let fw = Framework::builtin();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ref.json");
        let mut r = Reference::mean_of(fw, &[&Assessment::blank(fw)], "x".into());
        r.tracks[0].mean_level = 9.0;
        r.save(&p, Overwrite::Allow).unwrap();
        let e = Reference::load(&p, fw).unwrap_err().to_string();
        assert!(e.contains("$.tracks[0].mean_level"), "{e}");
        std::fs::write(&p, Assessment::blank(fw).to_json()).unwrap();
        let e = Reference::load(&p, fw).unwrap_err().to_string();
        assert!(e.contains("not a reference"), "{e}");
    }
}
