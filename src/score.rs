//! Scoring, as README's "Scoring" section defines it: tracks, families, maturity score, stage,
//! gaps, roadmap.

use crate::assessment::{Assessment, Confidence};
use crate::framework::Framework;
use serde::Serialize;

/// How the scores are computed, one message each (the report's appendix, the app's help).
pub const RULES: &[&str] = &[
    "report-scoring-track",
    "report-scoring-family",
    "report-scoring-maturity",
    "report-scoring-stage",
    "report-scoring-coverage",
    "report-scoring-target",
    "report-scoring-plan",
];

/// The score of one track.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackScore {
    /// Track id.
    pub id: String,
    /// Reached level (0 = not yet).
    pub level: u8,
    /// The track's highest position.
    pub top: u8,
    /// `level / top × 100`.
    pub score: f64,
    /// Target level (never below the reached level), if a target is set.
    pub target: Option<u8>,
    /// `target / top × 100`, if a target is set.
    pub target_score: Option<f64>,
    /// Whether the in-store counterpart exists; `None` when not answered yet.
    pub in_store: Option<bool>,
    /// Whether the track has been answered.
    pub answered: bool,
    /// Practices below the reached level not in place (when the practices are said).
    pub foundations: Vec<u8>,
    /// How sure the answer is, if said.
    pub confidence: Option<Confidence>,
    /// How many pieces of evidence the answer rests on.
    pub evidence: usize,
}

/// The score of one family.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FamilyScore {
    /// Family id.
    pub id: String,
    /// False when marked not applicable.
    pub applicable: bool,
    /// Highest reached level among its tracks.
    pub level: u8,
    /// Highest track score.
    pub score: f64,
    /// Highest target level among its tracks (reached level where no target is set).
    pub target_level: u8,
    /// Highest target track score (the reached score where no target is set).
    pub target_score: f64,
    /// `target_score − score`.
    pub gap: f64,
    /// Weight in the maturity score.
    pub weight: f64,
    /// Its tracks.
    pub tracks: Vec<TrackScore>,
}

/// The next step on one track, for the roadmap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoadmapStep {
    /// Family id.
    pub family: String,
    /// Track id.
    pub track: String,
    /// The family's gap in points.
    pub family_gap: f64,
    /// Reached level.
    pub level: u8,
    /// Target level.
    pub target: u8,
    /// The next level to reach (`level + 1`).
    pub next: u8,
}

/// Everything computed from one assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    /// Maturity score, 0–100: weighted mean of applicable family scores.
    pub overall: f64,
    /// Index of the stage in the framework's stages.
    pub stage: usize,
    /// Share (0–1) of applicable tracks whose in-store counterpart exists.
    pub in_store_coverage: f64,
    /// Applicable tracks whose in-store answer is not given yet (counted as "no" in coverage).
    pub in_store_unanswered: usize,
    /// Maturity score computed on target levels (equal to `overall` when no target is set).
    pub target_overall: f64,
    /// Whether any target is set.
    pub has_targets: bool,
    /// Tracks answered, out of all tracks.
    pub answered: usize,
    /// Number of tracks.
    pub total_tracks: usize,
    /// Families in framework order.
    pub families: Vec<FamilyScore>,
    /// Next steps, families with the largest gap first.
    pub roadmap: Vec<RoadmapStep>,
}

impl Scorecard {
    /// Scores `assessment` on `framework`. The assessment is assumed valid for the framework;
    /// answers for unknown tracks are ignored and levels are capped at each track's top.
    pub fn compute(framework: &Framework, assessment: &Assessment) -> Scorecard {
        let mut families = Vec::with_capacity(framework.families.len());
        let mut answered = 0;
        let mut total_tracks = 0;
        // Files list their tracks in framework order: look there first, search otherwise.
        let mut next = 0;
        let mut answer_for = |id: &str| {
            let found = match assessment.tracks.get(next) {
                Some(a) if a.track == id => Some(next),
                _ => assessment.tracks.iter().position(|a| a.track == id),
            };
            found.map(|i| {
                next = i + 1;
                &assessment.tracks[i]
            })
        };
        for family in &framework.families {
            let applicable = !assessment.is_not_applicable(&family.id);
            let tracks: Vec<TrackScore> = family
                .tracks
                .iter()
                .map(|t| {
                    let top = t.top().max(1);
                    let a = answer_for(&t.id);
                    let level = a.and_then(|a| a.level).unwrap_or(0).min(top);
                    let target = a.and_then(|a| a.target).map(|g| g.min(top).max(level));
                    TrackScore {
                        id: t.id.clone(),
                        level,
                        top,
                        score: pct(level, top),
                        target,
                        target_score: target.map(|g| pct(g, top)),
                        in_store: a.and_then(|a| a.in_store),
                        answered: a.is_some_and(|a| a.level.is_some()),
                        foundations: a.map(|a| a.foundations()).unwrap_or_default(),
                        confidence: a.and_then(|a| a.confidence),
                        evidence: a.map_or(0, |a| a.evidence.len()),
                    }
                })
                .collect();
            total_tracks += tracks.len();
            answered += tracks.iter().filter(|t| t.answered).count();
            let level = tracks.iter().map(|t| t.level).max().unwrap_or(0);
            let score = tracks.iter().map(|t| t.score).fold(0.0, f64::max);
            let target_level = tracks
                .iter()
                .map(|t| t.target.unwrap_or(t.level))
                .max()
                .unwrap_or(0);
            let target_score = tracks
                .iter()
                .map(|t| t.target_score.unwrap_or(t.score))
                .fold(0.0, f64::max);
            families.push(FamilyScore {
                id: family.id.clone(),
                applicable,
                level,
                score,
                target_level,
                target_score,
                gap: target_score - score,
                weight: family.weight,
                tracks,
            });
        }
        let overall = weighted_mean(&families, |f| f.score);
        let target_overall = weighted_mean(&families, |f| f.target_score);
        let (applicable_tracks, in_store, in_store_unanswered) = families
            .iter()
            .filter(|f| f.applicable)
            .flat_map(|f| &f.tracks)
            .fold((0usize, 0usize, 0usize), |(n, yes, unknown), t| {
                (
                    n + 1,
                    yes + usize::from(t.in_store == Some(true)),
                    unknown + usize::from(t.in_store.is_none()),
                )
            });
        let in_store_coverage = if applicable_tracks == 0 {
            0.0
        } else {
            in_store as f64 / applicable_tracks as f64
        };
        let has_targets = families
            .iter()
            .flat_map(|f| &f.tracks)
            .any(|t| t.target.is_some());
        let roadmap = roadmap(&families);
        Scorecard {
            overall,
            stage: framework.stage_index(overall),
            in_store_coverage,
            in_store_unanswered,
            target_overall,
            has_targets,
            answered,
            total_tracks,
            families,
            roadmap,
        }
    }

    /// The score of a family by id.
    pub fn family(&self, id: &str) -> Option<&FamilyScore> {
        self.families.iter().find(|f| f.id == id)
    }

    /// Gap between the target and the reached maturity score.
    pub fn gap(&self) -> f64 {
        self.target_overall - self.overall
    }

    /// Of the answered tracks of the families that apply: how many are checked, how many not
    /// sure, and how many answered.
    pub fn confidence_counts(&self) -> ConfidenceCounts {
        let mut c = ConfidenceCounts::default();
        for t in self
            .families
            .iter()
            .filter(|f| f.applicable)
            .flat_map(|f| &f.tracks)
            .filter(|t| t.answered)
        {
            c.answered += 1;
            match t.confidence {
                Some(Confidence::Checked) => c.checked += 1,
                Some(Confidence::Estimated) => c.estimated += 1,
                Some(Confidence::NotSure) => c.not_sure += 1,
                None => {}
            }
        }
        c
    }

    /// Tracks answered, and tracks asked, of the families that apply (those of a family that
    /// does not apply are not asked): the one count the app, the recovery and the report show.
    pub fn applicable_answered(&self) -> (usize, usize) {
        self.families
            .iter()
            .filter(|f| f.applicable)
            .fold((0, 0), |(answered, total), f| {
                (
                    answered + f.tracks.iter().filter(|t| t.answered).count(),
                    total + f.tracks.len(),
                )
            })
    }
}

/// How sure the answers are: counts over the answered tracks of the families that apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ConfidenceCounts {
    /// Answered tracks.
    pub answered: usize,
    /// Of them, checked in data or systems.
    pub checked: usize,
    /// Estimated.
    pub estimated: usize,
    /// Not sure.
    pub not_sure: usize,
}

/// The few numbers of a scorecard that a portfolio keeps per assessment (levels, scores,
/// in-store answers), without ids, texts or roadmap.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// Per family, in framework order.
    pub families: Vec<FamilyPoint>,
    /// Per track, in framework order (families one after the other).
    pub tracks: Vec<TrackPoint>,
}

/// One family of a [`Profile`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FamilyPoint {
    /// Whether the family applies.
    pub applicable: bool,
    /// Family level.
    pub level: u8,
    /// Family score, 0–100.
    pub score: f64,
}

/// One track of a [`Profile`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrackPoint {
    /// Reached level.
    pub level: u8,
    /// Whether the in-store counterpart exists.
    pub in_store: bool,
}

impl Scorecard {
    /// The compact profile of this scorecard.
    pub fn profile(&self) -> Profile {
        Profile {
            families: self
                .families
                .iter()
                .map(|f| FamilyPoint {
                    applicable: f.applicable,
                    level: f.level,
                    score: f.score,
                })
                .collect(),
            tracks: self
                .families
                .iter()
                .flat_map(|f| &f.tracks)
                .map(|t| TrackPoint {
                    level: t.level,
                    in_store: t.in_store == Some(true),
                })
                .collect(),
        }
    }
}

fn pct(level: u8, top: u8) -> f64 {
    f64::from(level) / f64::from(top) * 100.0
}

fn weighted_mean(families: &[FamilyScore], value: impl Fn(&FamilyScore) -> f64) -> f64 {
    let (sum, weights) = families
        .iter()
        .filter(|f| f.applicable)
        .fold((0.0, 0.0), |(s, w), f| {
            (s + value(f) * f.weight, w + f.weight)
        });
    if weights > 0.0 {
        (sum / weights).clamp(0.0, 100.0)
    } else {
        0.0
    }
}

fn roadmap(families: &[FamilyScore]) -> Vec<RoadmapStep> {
    let mut steps: Vec<RoadmapStep> = families
        .iter()
        .filter(|f| f.applicable)
        .flat_map(|f| {
            f.tracks.iter().filter_map(move |t| {
                let target = t.target?;
                (target > t.level).then(|| RoadmapStep {
                    family: f.id.clone(),
                    track: t.id.clone(),
                    family_gap: f.gap,
                    level: t.level,
                    target,
                    next: t.level + 1,
                })
            })
        })
        .collect();
    // Stable sort: families with the same gap stay in table order.
    steps.sort_by(|a, b| b.family_gap.total_cmp(&a.family_gap));
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fw() -> &'static Framework {
        Framework::builtin()
    }

    fn with(levels: &[(&str, u8)]) -> Assessment {
        let mut a = Assessment::blank(fw());
        for (t, l) in levels {
            a.answer_mut(t).level = Some(*l);
        }
        a
    }

    #[test]
    fn worked_example_by_hand() {
        // e-commerce 5/5 = 100, social 2/5 = 40, recommerce: best of 3/4 = 75 and 1/4 = 25 → 75.
        // Others 0. Mean over 15 families = (100 + 40 + 75) / 15 = 14.333…
        let a = with(&[
            ("e-commerce", 5),
            ("social-commerce", 2),
            ("second-hand", 3),
            ("subscription", 1),
        ]);
        let s = Scorecard::compute(fw(), &a);
        assert_eq!(s.family("e-commerce").unwrap().score, 100.0);
        assert_eq!(s.family("social-commerce").unwrap().score, 40.0);
        let re = s.family("recommerce").unwrap();
        assert_eq!((re.level, re.score), (3, 75.0));
        assert!((s.overall - 215.0 / 15.0).abs() < 1e-9);
        assert_eq!(s.stage, 0);
        assert_eq!(s.answered, 4);
    }

    #[test]
    fn not_applicable_families_leave_the_mean() {
        let mut a = with(&[("e-commerce", 5), ("social-commerce", 1)]);
        for f in &fw().families[2..] {
            a.set_not_applicable(&f.id, true);
        }
        let s = Scorecard::compute(fw(), &a);
        // (100 + 20) / 2 = 60 → stage "advanced" (60–80).
        assert!((s.overall - 60.0).abs() < 1e-9);
        assert_eq!(fw().stages[s.stage].id, "advanced");
    }

    #[test]
    fn weights_weigh() {
        let mut fw = fw().clone();
        fw.families[0].weight = 3.0;
        let a = with(&[("e-commerce", 5)]);
        let s = Scorecard::compute(&fw, &a);
        // 3 × 100 / (3 + 14) = 17.647…
        assert!((s.overall - 300.0 / 17.0).abs() < 1e-9);
    }

    #[test]
    fn in_store_coverage_counts_applicable_tracks() {
        let mut a = Assessment::blank(fw());
        a.answer_mut("e-commerce").in_store = Some(true);
        a.answer_mut("rental").in_store = Some(true);
        a.answer_mut("pre-sales").in_store = Some(true);
        a.answer_mut("subscription").in_store = Some(false);
        a.set_not_applicable("pre-sales", true);
        let s = Scorecard::compute(fw(), &a);
        // 2 of the 16 applicable tracks; a "no" counts like a track not answered yet.
        assert!((s.in_store_coverage - 2.0 / 16.0).abs() < 1e-12);
        assert_eq!(s.in_store_unanswered, 16 - 3, "neither yes nor no");
    }

    #[test]
    fn targets_give_gaps_and_a_roadmap() {
        let mut a = with(&[("e-commerce", 2), ("social-commerce", 1), ("rental", 1)]);
        a.answer_mut("e-commerce").target = Some(3); // gap 20
        a.answer_mut("social-commerce").target = Some(4); // gap 60
        a.answer_mut("rental").target = Some(3); // gap 50
        let s = Scorecard::compute(fw(), &a);
        assert!(s.has_targets);
        assert!((s.gap() - 130.0 / 15.0).abs() < 1e-9);
        let order: Vec<(&str, u8)> = s
            .roadmap
            .iter()
            .map(|r| (r.track.as_str(), r.next))
            .collect();
        assert_eq!(
            order,
            [("social-commerce", 2), ("rental", 2), ("e-commerce", 3)]
        );
    }

    #[test]
    fn a_target_below_the_reached_level_is_no_gap() {
        let mut a = with(&[("e-commerce", 4)]);
        a.answer_mut("e-commerce").target = Some(2);
        let s = Scorecard::compute(fw(), &a);
        assert_eq!(s.family("e-commerce").unwrap().gap, 0.0);
        assert!(s.roadmap.is_empty());
    }

    #[test]
    fn nothing_applicable_scores_zero() {
        let mut a = with(&[("e-commerce", 5)]);
        for f in &fw().families {
            a.set_not_applicable(&f.id, true);
        }
        let s = Scorecard::compute(fw(), &a);
        assert_eq!((s.overall, s.in_store_coverage), (0.0, 0.0));
    }
}
