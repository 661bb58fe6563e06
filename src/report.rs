//! Scored results as documents: the JSON and CSV exports, with texts in the chosen language.

use crate::assessment::Assessment;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::score::Scorecard;
use serde::Serialize;

/// The format name of an exported results file.
pub const RESULTS_FORMAT: &str = "retail-maturity-results";
/// The results format version: 2 since a track's `in_store` may be null (not answered yet).
pub const RESULTS_VERSION: u32 = 2;

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
    /// Per family.
    pub families: Vec<FamilyOut>,
    /// Next steps, largest gap first.
    pub roadmap: Vec<StepOut>,
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
}

/// A roadmap step, with texts.
#[derive(Debug, Clone, Serialize)]
pub struct StepOut {
    /// Family id.
    pub family: String,
    /// Track id.
    pub track: String,
    /// Track label.
    pub name: String,
    /// Family gap in points.
    pub gap: f64,
    /// Reached level.
    pub level: u8,
    /// Target level.
    pub target: u8,
    /// Next level.
    pub next: u8,
    /// Practice of the next level.
    pub next_practice: String,
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
                    .map(|(t, ts)| TrackOut {
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
                        note: assessment
                            .answer(&t.id)
                            .map(|a| a.note.clone())
                            .unwrap_or_default(),
                    })
                    .collect(),
            })
            .collect();
        let roadmap = card
            .roadmap
            .iter()
            .filter_map(|s| {
                let (f, t) = framework.track(&s.track)?;
                Some(StepOut {
                    family: s.family.clone(),
                    track: s.track.clone(),
                    name: f.track_label(t, lang),
                    gap: s.family_gap,
                    level: s.level,
                    target: s.target,
                    next: s.next,
                    next_practice: t
                        .level(s.next)
                        .map(|l| l.text.get(lang).to_string())
                        .unwrap_or_default(),
                })
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
            families,
            roadmap,
        }
    }

    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("results always serialize");
        s.push('\n');
        s
    }

    /// CSV, one row per family, UTF-8 with a byte-order mark so spreadsheets read the accents.
    pub fn to_csv(&self, delimiter: u8) -> Vec<u8> {
        let lang = self.lang;
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(b"\xEF\xBB\xBF".to_vec());
        let header = [
            "family_id",
            lang.pick("famille", "family"),
            lang.pick("applicable", "applicable"),
            lang.pick("niveau", "level"),
            lang.pick("niveau_max", "top_level"),
            "score",
            lang.pick("niveau_cible", "target_level"),
            lang.pick("score_cible", "target_score"),
            lang.pick("ecart", "gap"),
            lang.pick("poids", "weight"),
            lang.pick("en_magasin", "in_store"),
            lang.pick("pratique_atteinte", "reached_practice"),
            "notes",
        ];
        w.write_record(header).expect("writing to memory");
        for f in &self.families {
            let answers: Vec<_> = f.tracks.iter().map(|t| t.in_store).collect();
            // A CSV cell is empty, not a dash, where nothing was answered.
            let in_store = match answers.as_slice() {
                [None] => String::new(),
                _ => crate::cells::in_store_cell(lang, &answers),
            };
            let multi = f.tracks.len() > 1;
            let join = |get: &dyn Fn(&TrackOut) -> &str| {
                f.tracks
                    .iter()
                    .filter(|t| !get(t).is_empty())
                    .map(|t| {
                        if multi {
                            format!("{}: {}", t.name, get(t))
                        } else {
                            get(t).to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            w.write_record([
                f.id.clone(),
                f.name.clone(),
                lang.yes_no(f.applicable).to_string(),
                // Empty where nothing is answered yet (the score counts it as 0).
                if f.tracks.iter().any(|t| t.answered) {
                    f.level.to_string()
                } else {
                    String::new()
                },
                f.top.to_string(),
                format!("{:.1}", f.score),
                f.target_level.to_string(),
                format!("{:.1}", f.target_score),
                format!("{:.1}", f.gap),
                format!("{}", f.weight),
                in_store,
                join(&|t| &t.practice),
                join(&|t| &t.note),
            ])
            .expect("writing to memory");
        }
        w.into_inner().expect("writing to memory")
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// A comparison as CSV: one row per family, the level in each assessment, then the changes.
pub fn comparison_csv(
    framework: &Framework,
    c: &crate::compare::Comparison,
    lang: Lang,
) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut header = vec![
        "family_id".to_string(),
        lang.pick("famille", "family").to_string(),
    ];
    header.extend(c.items.iter().map(|i| i.label()));
    header.push(lang.pick("ecart_niveau", "level_change").into());
    header.push(lang.pick("ecart_score", "score_change").into());
    w.write_record(&header).expect("writing to memory");
    for (f, row) in framework.families.iter().zip(&c.families) {
        let mut r = vec![f.id.clone(), f.name.get(lang).to_string()];
        r.extend(
            row.levels
                .iter()
                .map(|l| l.map_or("n/a".into(), |v| v.to_string())),
        );
        r.push(row.level_delta.map_or("n/a".into(), |d| format!("{d:+}")));
        r.push(row.score_delta.map_or("n/a".into(), |d| format!("{d:+.1}")));
        w.write_record(&r).expect("writing to memory");
    }
    let mut total = vec![
        String::new(),
        lang.pick("Score de maturité", "Maturity score").to_string(),
    ];
    total.extend(c.items.iter().map(|i| format!("{:.1}", i.overall)));
    total.push(String::new());
    total.push(format!("{:+.1}", c.overall_delta));
    w.write_record(&total).expect("writing to memory");
    w.into_inner().expect("writing to memory")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_one_row_per_family_and_quotes_what_it_must() {
        let fw = Framework::builtin();
        let mut a = Assessment::blank(fw);
        a.answer_mut("e-commerce").level = Some(3);
        a.answer_mut("e-commerce").note = "Drive, \"retrait\" 2h; ok".into();
        let card = Scorecard::compute(fw, &a);
        let r = Results::new(fw, &a, &card, Lang::Fr);
        let bytes = r.to_csv(b',');
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let mut rd = csv::Reader::from_reader(&bytes[3..]);
        let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 15);
        assert_eq!(&rows[0][1], "E-Commerce");
        assert_eq!(&rows[0][3], "3");
        assert_eq!(&rows[0][5], "60.0");
        assert_eq!(&rows[0][11], "Click and Collect");
        assert_eq!(&rows[0][12], "Drive, \"retrait\" 2h; ok");
        assert_eq!(&rows[6][10], "0/3", "ReCommerce counts its three tracks");
    }

    #[test]
    fn in_store_is_yes_no_or_left_blank_when_not_answered() {
        let fw = Framework::builtin();
        let mut a = Assessment::blank(fw);
        a.answer_mut("e-commerce").in_store = Some(true);
        a.answer_mut("social-commerce").in_store = Some(false);
        a.answer_mut("rental").in_store = Some(true);
        let card = Scorecard::compute(fw, &a);
        let r = Results::new(fw, &a, &card, Lang::En);
        let bytes = r.to_csv(b',');
        let mut rd = csv::Reader::from_reader(&bytes[3..]);
        let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
        let cells: Vec<&str> = rows.iter().map(|r| &r[10]).collect();
        assert_eq!(&cells[..3], ["yes", "no", ""]);
        assert_eq!(&rows[0][3], "", "no level answered: no level written");
        assert_eq!(&rows[0][5], "0.0", "but the score counts it as 0");
        assert_eq!(cells[6], "1/3", "ReCommerce: one of three");
        let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(json["version"], 2);
        assert_eq!(json["in_store_unanswered"], 17 - 3);
        assert_eq!(json["families"][0]["tracks"][0]["answered"], false);
        let tracks = |f: usize| &json["families"][f]["tracks"][0]["in_store"];
        assert_eq!(
            (tracks(0), tracks(1), tracks(2)),
            (&true.into(), &false.into(), &serde_json::Value::Null)
        );
    }
}
