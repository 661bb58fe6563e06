//! Scored results of one assessment as a document, with texts in the chosen language: what the
//! JSON export holds, and what the CSV, the report and the workbook are made from.

use crate::assessment::{Assessment, Confidence, Evidence};
use crate::framework::Framework;
use crate::lang::Lang;
use crate::plan::PlanStep;
use crate::score::{ConfidenceCounts, Scorecard};
use serde::Serialize;

/// The format name of an exported results file.
pub const RESULTS_FORMAT: &str = "retail-maturity-results";
/// The results format version: 3 since the plan (ordered by value, with effort, impact,
/// quadrant and rank) replaced the roadmap, and answers carry their practices in place,
/// confidence and evidence (2: a track's `in_store` may be null).
pub const RESULTS_VERSION: u32 = 3;

/// Scored results of one assessment, ready to serialize.
#[derive(Debug, Clone, Serialize)]
pub struct Results {
    /// Always `retail-maturity-results`.
    pub format: &'static str,
    /// Format version.
    pub version: u32,
    /// Language of the texts.
    pub lang: Lang,
    /// Framework id.
    pub framework: String,
    /// Framework version.
    pub framework_version: String,
    /// Retailer.
    pub retailer: String,
    /// Assessor.
    pub assessor: String,
    /// Date.
    pub date: Option<String>,
    /// Maturity score, 0–100.
    pub overall_score: f64,
    /// Stage.
    pub stage: StageOut,
    /// In-store coverage, 0–1.
    pub in_store_coverage: f64,
    /// Applicable tracks whose in-store answer is not given yet (counted as "no" in coverage).
    pub in_store_unanswered: usize,
    /// Maturity score on target levels.
    pub target_score: f64,
    /// `target_score − overall_score`.
    pub gap: f64,
    /// Tracks answered.
    pub answered_tracks: usize,
    /// All tracks.
    pub total_tracks: usize,
    /// How sure the answers are (answered tracks of the families that apply).
    pub confidence: ConfidenceCounts,
    /// Per family.
    pub families: Vec<FamilyOut>,
    /// The action plan, ordered by value (README, "Scoring"): to the targets, or the suggested
    /// next steps, and the foundations to consolidate.
    pub plan: Vec<PlanStep>,
}

/// A stage, named.
#[derive(Debug, Clone, Serialize)]
pub struct StageOut {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// A family's results.
#[derive(Debug, Clone, Serialize)]
pub struct FamilyOut {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// False when not applicable.
    pub applicable: bool,
    /// Reached level.
    pub level: u8,
    /// Highest position of its tracks.
    pub top: u8,
    /// Score, 0–100.
    pub score: f64,
    /// Target level.
    pub target_level: u8,
    /// Target score.
    pub target_score: f64,
    /// Gap.
    pub gap: f64,
    /// Weight.
    pub weight: f64,
    /// Tracks.
    pub tracks: Vec<TrackOut>,
}

/// A track's results.
#[derive(Debug, Clone, Serialize)]
pub struct TrackOut {
    /// Id.
    pub id: String,
    /// Family name, plus track name where the family has several.
    pub name: String,
    /// Reached level (0 when not answered yet).
    pub level: u8,
    /// Whether the reached level is answered.
    pub answered: bool,
    /// Highest position.
    pub top: u8,
    /// Practice of the reached level (empty at level 0).
    pub practice: String,
    /// Score.
    pub score: f64,
    /// Target level.
    pub target: Option<u8>,
    /// In-store counterpart exists; null when not answered yet.
    pub in_store: Option<bool>,
    /// The in-store counterpart practice.
    pub in_store_practice: String,
    /// Note.
    pub note: String,
    /// The practices in place, when said.
    pub practices: Option<Vec<u8>>,
    /// Practices below the reached level not in place.
    pub foundations: Vec<u8>,
    /// How sure the answer is, when said.
    pub confidence: Option<Confidence>,
    /// What the answer rests on.
    pub evidence: Vec<Evidence>,
}

impl Results {
    /// Builds the results document of `assessment` in `lang`.
    pub fn new(
        framework: &Framework,
        assessment: &Assessment,
        card: &Scorecard,
        lang: Lang,
    ) -> Results {
        let stage = &framework.stages[card.stage];
        let families = framework
            .families
            .iter()
            .zip(&card.families)
            .map(|(f, fs)| FamilyOut {
                id: f.id.clone(),
                name: f.name.get(lang).to_string(),
                applicable: fs.applicable,
                level: fs.level,
                top: f.tracks.iter().map(|t| t.top()).max().unwrap_or(0),
                score: fs.score,
                target_level: fs.target_level,
                target_score: fs.target_score,
                gap: fs.gap,
                weight: fs.weight,
                tracks: f
                    .tracks
                    .iter()
                    .zip(&fs.tracks)
                    .map(|(t, ts)| {
                        let answer = assessment.answer(&t.id);
                        TrackOut {
                            id: t.id.clone(),
                            name: f.track_label(t, lang),
                            level: ts.level,
                            answered: ts.answered,
                            top: ts.top,
                            practice: t
                                .level(ts.level)
                                .map(|l| l.text.get(lang).to_string())
                                .unwrap_or_default(),
                            score: ts.score,
                            target: ts.target,
                            in_store: ts.in_store,
                            in_store_practice: t.in_store.get(lang).to_string(),
                            note: answer.map(|a| a.note.clone()).unwrap_or_default(),
                            practices: answer.and_then(|a| a.practices.clone()),
                            foundations: ts.foundations.clone(),
                            confidence: ts.confidence,
                            evidence: answer.map(|a| a.evidence.clone()).unwrap_or_default(),
                        }
                    })
                    .collect(),
            })
            .collect();
        Results {
            format: RESULTS_FORMAT,
            version: RESULTS_VERSION,
            lang,
            framework: framework.id.clone(),
            framework_version: framework.version.clone(),
            retailer: assessment.retailer.clone(),
            assessor: assessment.assessor.clone(),
            date: assessment.date.clone(),
            overall_score: round2(card.overall),
            stage: StageOut {
                id: stage.id.clone(),
                name: stage.name.get(lang).to_string(),
            },
            in_store_coverage: round4(card.in_store_coverage),
            in_store_unanswered: card.in_store_unanswered,
            target_score: round2(card.target_overall),
            gap: round2(card.gap()),
            answered_tracks: card.answered,
            total_tracks: card.total_tracks,
            confidence: card.confidence_counts(),
            families,
            plan: crate::plan::action_plan(framework, card, lang),
        }
    }

    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("results always serialize");
        s.push('\n');
        s
    }
}

pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

pub(crate) fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}
