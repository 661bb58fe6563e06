//! What every report's view shares: the labels by their template names, user text made safe
//! for a PDF, the common inputs (language, app, framework, appendix), the charts as SVG.

use crate::chart::data::number;
#[cfg(engine)]
use crate::chart::{self, ChartData, ChartError, ChartKind};
use crate::framework::Framework;
use crate::lang::Lang;
use serde_json::{Value, json};

/// The labels of the report (`report-…` in the catalogue), by the name templates use:
/// `report-executive-summary` is `labels.executive_summary`.
const LABELS: &[&str] = &[
    "report-title",
    "report-comparison-title",
    "report-contents",
    "report-executive-summary",
    "report-profile",
    "report-radar",
    "report-families",
    "report-action-plan",
    "report-appendix",
    "report-retailer",
    "report-assessor",
    "report-date",
    "report-framework",
    "report-score",
    "report-stage",
    "report-coverage",
    "report-target",
    "report-gap",
    "report-strongest",
    "report-first-steps",
    "report-suggested-note",
    "report-against",
    "report-largest-changes",
    "report-family",
    "report-track",
    "report-level",
    "report-reached",
    "report-next",
    "report-in-store",
    "report-note",
    "report-not-applicable",
    "report-not-answered",
    "report-none",
    "report-at-top",
    "report-from-to",
    "report-practice",
    "report-data-table",
    "report-reading",
    "report-scoring",
    "report-stages",
    "report-stage-band",
    "report-versions",
    "report-app-version",
    "report-page",
    "report-generated",
    "report-assessments",
    "report-overall-change",
    "report-trend",
    "report-changes",
    "report-over-time",
    "report-change",
    "report-notes",
    "report-yes",
    "report-no",
    "report-no-plan",
    "report-colon",
    "report-to-best",
    "report-to-mean",
    "report-score-short",
    "report-points-per-year",
    "report-delta-level",
    "report-delta-score",
    "report-team",
    "report-respondents",
    "report-disagreements",
    "report-no-disagreement",
    "report-consolidated",
    "report-spread",
    "report-effort",
    "report-impact",
    "report-quadrant",
    "report-why",
    "report-what-to-do",
    "report-kpis",
    "report-matrix",
    "report-matrix-text",
    "report-foundation",
    "report-foundations",
    "report-meaning",
    "report-next-takes",
    "report-confidence",
    "report-not-sure-mark",
    "report-evidence",
    "report-no-evidence",
    "report-completeness-title",
    "report-by",
    "report-guidance-scale",
    "report-levels-by-family",
    "report-target-level",
    "report-alt-profile",
    "report-alt-radar",
    "report-alt-deltas",
    "report-alt-trend",
];

/// The labels in `lang`, by their template name.
fn labels(lang: Lang) -> Value {
    let mut m = serde_json::Map::new();
    for key in LABELS.iter().chain(crate::score::RULES) {
        let name = key.trim_start_matches("report-").replace('-', "_");
        m.insert(name, lang.t(key).into());
    }
    Value::Object(m)
}

/// What every report carries: language, labels, app and framework.
pub(super) fn common(
    framework: &Framework,
    lang: Lang,
    kind: &str,
) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    m.insert("kind".into(), kind.into());
    m.insert("lang".into(), lang.code().into());
    m.insert("labels".into(), labels(lang));
    m.insert(
        "meta".into(),
        json!({
            "app_version": env!("CARGO_PKG_VERSION"),
            "framework_id": framework.id,
            "framework_version": framework.version,
            "framework_name": framework.title.get(lang),
            "generated": chrono::Local::now().date_naive().to_string(),
        }),
    );
    let stages: Vec<Value> = framework
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let to = framework.stages.get(i + 1).map_or(100.0, |n| n.from);
            json!({
                "name": s.name.get(lang),
                "band": crate::tr!(lang, "report-band", from = number(s.from, lang), to = number(to, lang)),
                "description": s.description.as_ref().map(|d| d.get(lang)),
            })
        })
        .collect();
    m.insert(
        "appendix".into(),
        json!({ "reading": framework.reading.get(lang), "stages": stages }),
    );
    m
}

/// The profile and radar (and, for comparisons, the changes and the score over time) as SVG;
/// a chart that cannot be drawn fails the report (never a report with a chart missing).
#[cfg(engine)]
pub(super) fn charts(data: &ChartData) -> Result<Vec<Chart>, ChartError> {
    let comparison = data.series.len() > 1;
    // Drawn small, shown the width of the page: the charts' text comes out at about 9 pt.
    let mut kinds = vec![
        ("profile", ChartKind::Profile, 580, 720),
        ("radar", ChartKind::Radar, 580, 500),
    ];
    if data.series.len() == 1 {
        kinds.push(("matrix", ChartKind::Matrix, 580, 460));
    }
    if comparison {
        kinds.push(("deltas", ChartKind::Deltas, 580, 430));
        if data.is_time_series() {
            kinds.push(("trend", ChartKind::Trend, 580, 330));
        }
    }
    let l = data.labels.lang;
    kinds
        .into_iter()
        .map(|(name, kind, w, h)| {
            let alt = match kind {
                ChartKind::Matrix => crate::tr!(l, "xlsx-matrix-alt", count = data.steps.len()),
                ChartKind::Profile => {
                    crate::tr!(l, "report-alt-profile", summary = data.alt.as_str())
                }
                ChartKind::Radar => crate::tr!(l, "report-alt-radar", summary = data.alt.as_str()),
                ChartKind::Deltas => {
                    crate::tr!(l, "report-alt-deltas", summary = data.alt.as_str())
                }
                _ => crate::tr!(l, "report-alt-trend", summary = data.alt.as_str()),
            };
            Ok(Chart {
                name,
                svg: chart::render_svg_body(data, kind, w, h, "Ubuntu")?,
                alt,
            })
        })
        .collect()
}

/// A chart of the report: its name for the template, its SVG, its text alternative.
#[cfg(engine)]
pub(super) struct Chart {
    pub name: &'static str,
    pub svg: String,
    pub alt: String,
}
