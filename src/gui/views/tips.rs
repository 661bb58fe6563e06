//! What a chart shows when pointed at: a track's answers with their practices, a family's
//! score, each compared assessment's level, a point of the score over time.

use crate::assessment::Assessment;
use crate::chart::data::number;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::score::Scorecard;

/// A row of the profile: the track, its reached level and practice, its target, its in-store
/// counterpart and answer, the note.
pub fn track(
    ui: &mut egui::Ui,
    framework: &Framework,
    a: &Assessment,
    card: &Scorecard,
    row: usize,
    l: Lang,
) {
    let Some((f, t)) = framework.tracks().nth(row) else {
        return;
    };
    let Some(fi) = framework.families.iter().position(|x| x.id == f.id) else {
        return;
    };
    let fs = &card.families[fi];
    let Some(ts) = fs.tracks.iter().find(|x| x.id == t.id) else {
        return;
    };
    ui.set_max_width(360.0);
    ui.strong(f.track_label(t, l));
    if !fs.applicable {
        ui.weak(l.t("report-not-applicable"));
        return;
    }
    let level_text = |level: u8| match t.level(level) {
        Some(x) => format!("{level} · {}", x.text.get(l)),
        None => format!("0 · {}", l.t("ui-not-practised")),
    };
    egui::Grid::new("tip-track").num_columns(2).show(ui, |ui| {
        ui.weak(l.t("report-reached"));
        if ts.answered {
            ui.label(level_text(ts.level));
        } else {
            ui.weak(l.t("ui-not-answered"));
        }
        ui.end_row();
        if let Some(g) = ts.target {
            ui.weak(l.t("col-target"));
            ui.label(level_text(g));
            ui.end_row();
        }
        ui.weak(l.t("col-in-store"));
        let answer = ts.in_store.map_or(l.t("ui-not-answered"), |y| l.yes_no(y));
        ui.label(format!("{} · {answer}", t.in_store.get(l)));
        ui.end_row();
        if let Some(note) = a
            .answer(&t.id)
            .map(|x| x.note.trim())
            .filter(|n| !n.is_empty())
        {
            ui.weak(l.t("report-note"));
            ui.label(crate::text::short(note, 300));
            ui.end_row();
        }
    });
    ui.weak(l.t("ui-click-to-open"));
}

/// A family of the radar: its score (and target).
pub fn family(ui: &mut egui::Ui, framework: &Framework, card: &Scorecard, fi: usize, l: Lang) {
    let (Some(f), Some(fs)) = (framework.families.get(fi), card.families.get(fi)) else {
        return;
    };
    ui.strong(f.name.get(l));
    if !fs.applicable {
        ui.weak(l.t("report-not-applicable"));
        return;
    }
    ui.label(crate::tr!(l, "ui-tip-score", score = number(fs.score, l)));
    if fs.gap > 0.0 {
        ui.label(crate::tr!(
            l,
            "ui-tip-target",
            score = number(fs.target_score, l)
        ));
    }
    ui.weak(l.t("ui-click-to-open"));
}

/// A row of compared profiles: each assessment's level.
pub fn compared_row(
    ui: &mut egui::Ui,
    framework: &Framework,
    series: &[crate::chart::data::Series],
    row: usize,
    l: Lang,
) {
    let Some((f, t)) = framework.tracks().nth(row) else {
        return;
    };
    ui.strong(f.track_label(t, l));
    egui::Grid::new("tip-compared")
        .num_columns(2)
        .show(ui, |ui| {
            for s in series {
                ui.label(crate::text::short(&s.label, 60));
                let cell = match (s.levels[row], s.answered[row]) {
                    (None, _) => l.t("not-applicable-short").to_string(),
                    (Some(_), false) => l.t("ui-not-answered").to_string(),
                    (Some(v), true) => match t.level(v) {
                        Some(x) => format!("{v} · {}", x.text.get(l)),
                        None => v.to_string(),
                    },
                };
                ui.label(cell);
                ui.end_row();
            }
        });
}

/// A point of the score over time: the date and the score.
pub fn point(ui: &mut egui::Ui, s: &crate::chart::data::Series, l: Lang) {
    ui.strong(crate::text::short(&s.label, 80));
    ui.label(crate::tr!(l, "ui-tip-score", score = number(s.overall, l)));
}

/// A step of the impact / effort matrix: its rank and track, the practice, effort and impact.
pub fn matrix_step(ui: &mut egui::Ui, steps: &[crate::chart::data::MatrixStep], i: usize, l: Lang) {
    let Some(s) = steps.get(i) else {
        return;
    };
    ui.set_max_width(360.0);
    ui.strong(format!("{}. {}", s.rank, s.label));
    ui.label(s.practice.as_str());
    let word = |v| crate::report::rating_word(v, l);
    ui.weak(crate::tr!(
        l,
        "ui-plan-rating",
        effort = word(s.effort),
        impact = word(s.impact)
    ));
    if s.foundation {
        ui.weak(l.t("report-foundation"));
    }
    ui.weak(l.t("ui-click-to-open"));
}
