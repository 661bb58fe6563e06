//! What a report template receives: the results as data (the same JSON as `export --json`),
//! every text already in the report's language and its numbers in its format, and the charts
//! as SVG. Users' texts are data, never markup.

use super::common::common;
use super::view_comparison;
use crate::assessment::Assessment;
use crate::chart::ChartData;
use crate::chart::data::{number, signed};
use crate::framework::{Framework, Track};
use crate::lang::Lang;
use crate::reference::Reference;
use crate::request::Subject;
use crate::results::Results;
use crate::score::Scorecard;
use serde_json::{Value, json};

/// The view of `subject` for a template, and what its charts draw.
pub fn view(framework: &Framework, subject: &Subject<'_>, lang: Lang) -> (Value, ChartData) {
    let data = match subject {
        Subject::Assessment {
            assessment,
            reference,
        } => assessment_view(framework, assessment, *reference, lang),
        Subject::Comparison { inputs } => view_comparison::view(framework, inputs, lang),
        Subject::Team { team } => {
            let mut data = assessment_view(framework, &team.assessment, None, lang);
            if let Value::Object(m) = &mut data {
                m.insert("team".into(), team_view(framework, team, lang));
            }
            data
        }
        Subject::Portfolio { mean, .. } => {
            let mut m = common(framework, lang, "portfolio");
            m.insert("title".into(), mean.label.clone().into());
            Value::Object(m)
        }
    };
    (data, subject.chart_data(framework, lang))
}

fn assessment_view(
    framework: &Framework,
    a: &Assessment,
    reference: Option<&Reference>,
    lang: Lang,
) -> Value {
    let l = lang;
    let card = Scorecard::compute(framework, a);
    let results = Results::new(framework, a, &card, l);
    let mut m = common(framework, l, "assessment");
    m.insert(
        "results".into(),
        serde_json::to_value(&results).unwrap_or(Value::Null),
    );
    let stage = &framework.stages[card.stage];
    let mut strongest: Vec<(usize, f64)> = card
        .families
        .iter()
        .enumerate()
        .filter(|(_, f)| f.applicable && f.tracks.iter().any(|t| t.answered))
        .map(|(i, f)| (i, f.score))
        .collect();
    strongest.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let plan = crate::plan::action_plan(framework, &card, l);
    let rating = |v: Option<u8>| v.map_or(String::new(), |v| rating_word(v, l));
    let plan_rows: Vec<Value> = plan
        .iter()
        .map(|s| {
            json!({
                "rank": s.rank, "name": s.name, "from": s.from, "next": s.next, "to": s.to,
                "practice": s.practice, "gap": number(s.gap, l), "suggested": s.suggested,
                "foundation": s.foundation,
                "effort": rating(s.effort), "impact": rating(s.impact),
                "quadrant": s.quadrant.map(|q| l.t(q.key())),
                "why": s.why, "first_steps": s.first_steps, "kpis": s.kpis,
            })
        })
        .collect();
    let confidence = card.confidence_counts();
    let (answered, asked) = card.applicable_answered();
    m.insert(
        "summary".into(),
        json!({
            "retailer": a.retailer.trim(),
            "assessor": a.assessor.trim(),
            "date": a.date.as_deref(),
            "score": number(card.overall, l),
            "stage": stage.name.get(l),
            "stage_meaning": stage.description.as_ref().map(|d| d.get(l)),
            "coverage": format!("{} %", number(card.in_store_coverage * 100.0, l)),
            "coverage_unanswered": card.in_store_unanswered,
            "target": card.has_targets.then(|| number(card.target_overall, l)),
            "gap": card.has_targets.then(|| number(card.gap(), l)),
            "strongest": strongest.iter().take(3).map(|(i, s)| json!({
                "name": framework.families[*i].name.get(l),
                "score": number(*s, l),
            })).collect::<Vec<_>>(),
            "first_steps": plan_rows.iter().take(3).cloned().collect::<Vec<_>>(),
            "suggested": plan.first().is_some_and(|s| s.suggested),
            "against": reference.map(|r| against(framework, &card, r, l)),
            "answered": answered,
            "asked": asked,
            "unanswered": asked - answered,
            "completeness": crate::tr!(l, "report-completeness", answered = answered, total = asked,
                in_store = card.in_store_unanswered),
            "mostly_unanswered": (2 * answered < asked).then(|| l.t("report-mostly-unanswered")),
            "mostly_unanswered": (2 * answered < asked).then(|| l.t("report-mostly-unanswered")),
            "checked": confidence.checked,
            "not_sure": confidence.not_sure,
            "confidence": crate::tr!(l, "report-confidence-summary", checked = confidence.checked,
                answered = confidence.answered, not_sure = confidence.not_sure),
            "foundations": plan.iter().filter(|s| s.foundation).count(),
        }),
    );
    m.insert("evidence".into(), evidence_appendix(framework, a, l));
    m.insert("plan".into(), Value::Array(plan_rows));
    m.insert("families".into(), families(framework, a, &card, l));
    Value::Object(m)
}

/// The most respondents whose levels the team's table shows one by one.
const TEAM_COLUMNS: usize = 12;

/// A team: the respondents, and the tracks where they disagree with each one's level.
fn team_view(framework: &Framework, t: &crate::team::Consolidation, l: Lang) -> Value {
    let label = |id: &str| {
        framework
            .track(id)
            .map(|(f, tr)| f.track_label(tr, l))
            .unwrap_or_default()
    };
    let level = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
    // A page has room for a dozen respondents' columns; a larger team's levels are in the
    // workbook, the table gives the range.
    let shown: Vec<&String> = t.respondents.iter().take(TEAM_COLUMNS).collect();
    json!({
        "respondents": t.respondents,
        "shown": shown,
        "more": t.respondents.len().saturating_sub(TEAM_COLUMNS),
        "more_note": crate::tr!(l, "report-team-more",
            count = t.respondents.len().saturating_sub(TEAM_COLUMNS)),
        "disagreements": t.disagreements().iter().map(|v| json!({
            "track": label(&v.track),
            "levels": v.levels.iter().take(TEAM_COLUMNS).map(|x| level(*x)).collect::<Vec<_>>(),
            "range": format!("{}–{}", level(v.min), level(v.max)),
            "level": level(v.level),
            "spread": v.spread,
            "remarks": v.remarks(l),
        })).collect::<Vec<_>>(),
    })
}

/// The assessment against a reference (the previous assessment, a sector mean): overall, and
/// the three largest per-family changes.
fn against(framework: &Framework, card: &Scorecard, r: &Reference, l: Lang) -> Value {
    let mut changes: Vec<(f64, &str)> = framework
        .families
        .iter()
        .zip(&card.families)
        .zip(&r.families)
        .filter(|((_, fs), m)| fs.applicable && m.applicable > 0)
        .map(|((f, fs), m)| (fs.score - m.mean_score, f.name.get(l)))
        .filter(|(d, _)| d.abs() >= 0.05)
        .collect();
    changes.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()));
    json!({
        "label": crate::text::short(&r.label, 200),
        "score": number(r.overall(framework), l),
        "delta": signed(card.overall - r.overall(framework), l),
        "changes": changes.iter().take(3).map(|(d, name)| json!({
            "name": name, "delta": signed(*d, l),
        })).collect::<Vec<_>>(),
    })
}

/// One block per family: each track's reached and next level with their practices, target,
/// in-store counterpart and answer, the assessor's note.
fn families(framework: &Framework, a: &Assessment, card: &Scorecard, l: Lang) -> Value {
    let text = |t: &Track, level: u8| t.level(level).map(|x| x.text.get(l).to_string());
    let blocks: Vec<Value> = framework
        .families
        .iter()
        .zip(&card.families)
        .map(|(f, fs)| {
            let tracks: Vec<Value> = f
                .tracks
                .iter()
                .zip(&fs.tracks)
                .map(|(t, ts)| {
                    let next = (ts.level < ts.top).then_some(ts.level + 1);
                    let answer = a.answer(&t.id);
                    let note = answer.map(|x| x.note.as_str()).unwrap_or_default();
                    let guidance = |level: u8| t.level(level).and_then(|x| x.guidance.as_ref());
                    json!({
                        "name": t.name.as_ref().map(|n| n.get(l)),
                        "answered": ts.answered,
                        "level": ts.level,
                        "top": ts.top,
                        "cell": crate::cells::level_cell(l, fs.applicable, ts.level, ts.top, [ts.answered]),
                        "reached": text(t, ts.level),
                        "next_level": next,
                        "next": next.and_then(|n| text(t, n)),
                        "target": ts.target,
                        "target_text": ts.target.and_then(|g| text(t, g)),
                        "in_store": t.in_store.get(l),
                        "in_store_answer": match ts.in_store {
                            Some(true) => l.t("yes"),
                            Some(false) => l.t("no"),
                            None => l.t("report-not-answered"),
                        },
                        "note": note,
                        "reached_meaning": guidance(ts.level).map(|g| g.meaning.get(l)),
                        "next_why": next.and_then(guidance).map(|g| g.why.get(l)),
                        "next_steps": next.and_then(guidance).map(|g| g.first_steps.get(l)),
                        "foundations": ts.foundations.iter().filter_map(|p| text(t, *p)
                            .map(|x| format!("{p} — {x}"))).collect::<Vec<_>>(),
                        "confidence": ts.confidence.map(|c| l.t(c.key())),
                        "not_sure": ts.confidence == Some(crate::assessment::Confidence::NotSure),
                        "evidence": answer.map(|x| x.evidence.iter().map(|e| e.title.as_str())
                            .collect::<Vec<_>>()).unwrap_or_default(),
                    })
                })
                .collect();
            json!({
                "name": f.name.get(l),
                "applicable": fs.applicable,
                "score": number(fs.score, l),
                "cell": crate::cells::level_cell(l, fs.applicable, fs.level,
                    f.tracks.iter().map(Track::top).max().unwrap_or(0),
                    fs.tracks.iter().map(|t| t.answered)),
                "tracks": tracks,
            })
        })
        .collect();
    Value::Array(blocks)
}

/// An effort or impact, 1 to 3, in words.
pub fn rating_word(v: u8, l: Lang) -> String {
    let key = match v {
        1 => "rating-low",
        2 => "rating-medium",
        _ => "rating-high",
    };
    l.t(key).to_string()
}

/// The evidence behind the answers, by family: each track's titles, references (a link when
/// it is a web address) and who gave them.
fn evidence_appendix(framework: &Framework, a: &Assessment, l: Lang) -> Value {
    let rows: Vec<Value> = framework
        .tracks()
        .filter(|(f, _)| !a.is_not_applicable(&f.id))
        .filter_map(|(f, t)| {
            let answer = a.answer(&t.id)?;
            if answer.evidence.is_empty() {
                return None;
            }
            Some(json!({
                "track": f.track_label(t, l),
                "confidence": answer.confidence.map(|c| l.t(c.key())),
                "items": answer.evidence.iter().map(|e| json!({
                    "title": e.title,
                    "ref": e.reference,
                    "link": e.is_web_link().then(|| e.reference.trim()),
                    "by": e.by,
                })).collect::<Vec<_>>(),
            }))
        })
        .collect();
    Value::Array(rows)
}
