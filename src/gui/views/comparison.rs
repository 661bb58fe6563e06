//! The comparison of the ticked assessments: the change and trend of one retailer over time,
//! or how different retailers stand; the charts overlaid (pointed at for each one's level);
//! the per-family table; the exports; and the team consolidation of one retailer's respondents.

use super::tips;
use crate::chart::ChartKind;
use crate::chart::data::{number, signed};
use crate::compare::{Comparison, Direction};
use crate::export::{Subject, SubjectKind};
use crate::framework::Framework;
use crate::gui::chart_view::{ChartView, screen_look};
use crate::gui::command::Command;
use crate::gui::compare_state::CompareState;
use crate::lang::Lang;

/// The comparison (central panel); returns what was asked for.
#[must_use]
pub fn comparison_ui(
    ui: &mut egui::Ui,
    state: &mut CompareState,
    framework: &Framework,
    lang: Lang,
    chart: &mut ChartView,
) -> Vec<Command> {
    let l = lang;
    let mut out = Vec::new();
    // The ticked assessments are borrowed from the state: what the view changes is kept
    // apart and written back at the end.
    let (mut team_mode, mut kind) = (state.team, state.chart);
    let inputs = state.picked_assessments();
    if inputs.len() < 2 {
        ui.add_space(20.0);
        ui.label(l.t("ui-compare-tick"));
        return out;
    }
    let cmp = Comparison::new(framework, &inputs);
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(&mut team_mode, false, l.t("ui-compare-mode"));
        let one_retailer = !cmp.different_retailers();
        ui.add_enabled_ui(one_retailer, |ui| {
            ui.selectable_value(&mut team_mode, true, l.t("ui-team-mode"))
                .on_hover_text(l.t("ui-team-hint"))
                .on_disabled_hover_text(l.t("ui-team-one-retailer"));
        });
        if !one_retailer {
            team_mode = false;
        }
    });
    ui.separator();
    if team_mode {
        out.extend(super::team::team_ui(
            ui,
            framework,
            &inputs,
            l,
            chart,
            source(&inputs, l, 1),
        ));
        state.team = team_mode;
        return out;
    }
    summary_ui(ui, &cmp, l);
    let subject = Subject::Comparison { inputs: &inputs };
    let data = chart.data(source(&inputs, l, 0), screen_look(ui), || {
        subject.chart_data(framework, l)
    });
    let time_series = data.is_time_series();
    // For the tips, apart from the chart (which draws next).
    let series = data.series.clone();
    ui.horizontal_wrapped(|ui| {
        let mut kinds = vec![
            (ChartKind::Profile, l.t("ui-chart-profiles")),
            (ChartKind::Radar, l.t("ui-chart-radars")),
        ];
        // Changes are of one retailer; different retailers are compared by standing.
        if cmp.different_retailers() {
            if kind == ChartKind::Deltas {
                kind = ChartKind::Profile;
            }
        } else {
            kinds.push((ChartKind::Deltas, l.t("ui-chart-deltas")));
        }
        if time_series {
            kinds.push((ChartKind::Trend, l.t("ui-chart-trend")));
        }
        if kind == ChartKind::Trend && !time_series {
            kind = ChartKind::Profile;
        }
        for (k, name) in kinds {
            ui.selectable_value(&mut kind, k, name);
        }
    });
    out.extend(super::menu::export_buttons_ui(
        ui,
        l,
        SubjectKind::Comparison,
    ));
    let room = (ui.available_height() - 40.0).max(320.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width().max(200.0);
            let aspect = match kind {
                ChartKind::Profile => 1.05,
                ChartKind::Radar => 0.85,
                _ => 0.7,
            };
            let height = (width * aspect)
                .min(room)
                .max(chart.least_height(ui, kind, width));
            let pointed = chart.ui(ui, kind, egui::vec2(width, height));
            let response = pointed.response;
            match (kind, pointed.row, pointed.point) {
                (ChartKind::Profile, Some(row), _) => {
                    response.on_hover_ui(|ui| tips::compared_row(ui, framework, &series, row, l));
                }
                (ChartKind::Radar | ChartKind::Deltas, Some(fi), _) => {
                    response.on_hover_ui(|ui| family_tip(ui, framework, &cmp, fi, l));
                }
                (ChartKind::Trend, _, Some(k)) => {
                    response.on_hover_ui(|ui| tips::point(ui, &series[k], l));
                }
                _ => {}
            }
            ui.add_space(6.0);
            table_ui(ui, framework, l, &cmp);
        });
    drop(inputs);
    state.team = team_mode;
    state.chart = kind;
    out
}

/// One retailer over time: the change and the trend; different retailers: the ranking.
fn summary_ui(ui: &mut egui::Ui, cmp: &Comparison, l: Lang) {
    if cmp.different_retailers() && ui.available_width() < 560.0 {
        // A phone: one wrapped line per retailer.
        ui.strong(l.t("ui-standing-title"));
        for s in cmp.standing() {
            ui.label(format!(
                "{}. {} — {} · {} {} · {} {}",
                s.rank,
                cmp.items[s.item].label(),
                number(cmp.items[s.item].overall, l),
                l.t("ui-to-best"),
                signed(s.to_best, l),
                l.t("report-to-mean"),
                signed(s.to_mean, l)
            ));
        }
    } else if cmp.different_retailers() {
        ui.strong(l.t("ui-standing-title"));
        egui::Grid::new("standing")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                for key in [
                    "col-rank",
                    "col-retailer",
                    "col-score",
                    "ui-to-best",
                    "report-to-mean",
                ] {
                    ui.strong(l.t(key));
                }
                ui.end_row();
                for s in cmp.standing() {
                    ui.label(s.rank.to_string());
                    ui.label(cmp.items[s.item].label());
                    ui.label(number(cmp.items[s.item].overall, l));
                    ui.label(signed(s.to_best, l));
                    ui.label(signed(s.to_mean, l));
                    ui.end_row();
                }
            });
    } else {
        let dir = Direction::of(cmp.overall_delta);
        ui.horizontal_wrapped(|ui| {
            let change = signed(cmp.overall_delta, l);
            ui.label(
                egui::RichText::new(crate::tr!(l, "ui-overall-change", change = change))
                    .size(20.0)
                    .strong()
                    .color(direction_color(ui, dir)),
            );
            ui.label(dir.word(l));
            if let Some(t) = &cmp.trend {
                ui.separator();
                ui.label(crate::tr!(l, "ui-trend", trend = signed(t.per_year, l)));
            }
        });
    }
    for n in cmp
        .notes
        .iter()
        .filter(|n| **n != crate::compare::Note::DifferentRetailers)
    {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::tr!(l, "cli-note", note = n.text(l)),
        );
    }
}

/// A family of the radar or of the changes: each assessment's score, and the change.
fn family_tip(ui: &mut egui::Ui, framework: &Framework, cmp: &Comparison, fi: usize, l: Lang) {
    let (Some(f), Some(row)) = (framework.families.get(fi), cmp.families.get(fi)) else {
        return;
    };
    ui.strong(f.name.get(l));
    egui::Grid::new("tip-family").num_columns(2).show(ui, |ui| {
        for (it, (score, answered)) in cmp.items.iter().zip(row.scores.iter().zip(&row.answered)) {
            ui.label(it.label());
            ui.label(match (score, answered) {
                (None, _) => l.t("not-applicable-short").to_string(),
                (Some(_), false) => l.t("ui-not-answered").to_string(),
                (Some(s), true) => number(*s, l),
            });
            ui.end_row();
        }
    });
    if let Some(d) = row.score_delta {
        ui.label(crate::tr!(l, "ui-overall-change", change = signed(d, l)));
    }
}

fn table_ui(ui: &mut egui::Ui, framework: &Framework, l: Lang, cmp: &Comparison) {
    let na = l.t("not-applicable-short");
    // On a narrow screen the families' names are shortened (whole on hover) and the changes
    // are signs and numbers (their colour says the direction).
    let narrow = ui.available_width() < 560.0;
    let name_chars = ((ui.available_width() - 60.0 * (cmp.items.len() as f32 + 1.0)) / 8.5)
        .clamp(8.0, 60.0) as usize;
    let standing = cmp.different_retailers().then(|| cmp.standing());
    egui::Grid::new("compare-table")
        .striped(true)
        .show(ui, |ui| {
            ui.strong(l.t("col-family"));
            for (i, it) in cmp.items.iter().enumerate() {
                ui.strong(format!("#{}", i + 1)).on_hover_text(it.label());
            }
            ui.strong(if standing.is_some() {
                l.t("ui-best")
            } else {
                l.t("ui-col-change")
            });
            ui.end_row();
            for (fi, (f, row)) in framework.families.iter().zip(&cmp.families).enumerate() {
                let name = f.name.get(l);
                if narrow {
                    ui.label(crate::text::short(name, name_chars))
                        .on_hover_text(name);
                } else {
                    ui.label(name);
                }
                for (lv, answered) in row.levels.iter().zip(&row.answered) {
                    match (lv, answered) {
                        (None, _) => ui.weak(na),
                        (Some(_), false) => ui.weak("-"),
                        (Some(v), true) => ui.label(v.to_string()),
                    };
                }
                match (&standing, row.level_delta) {
                    (Some(_), _) => {
                        // The best of this family: every one who shares it.
                        let best: Vec<String> = cmp
                            .best_of(fi)
                            .iter()
                            .map(|i| format!("#{}", i + 1))
                            .collect();
                        ui.label(if best.is_empty() {
                            "-".to_string()
                        } else {
                            best.join(", ")
                        });
                    }
                    (None, Some(d)) => {
                        let dir = Direction::of(f64::from(d));
                        let text = match (d, narrow) {
                            (0, true) => "=".to_string(),
                            (_, true) => format!("{d:+}"),
                            (0, false) => format!("= {}", dir.word(l)),
                            _ => format!("{d:+} {}", dir.word(l)),
                        };
                        ui.colored_label(direction_color(ui, dir), text);
                    }
                    (None, None) => {
                        ui.weak(na);
                    }
                }
                ui.end_row();
            }
            ui.strong(l.t("maturity-score"));
            for it in &cmp.items {
                ui.strong(number(it.overall, l));
            }
            if standing.is_none() {
                let dir = Direction::of(cmp.overall_delta);
                ui.colored_label(direction_color(ui, dir), signed(cmp.overall_delta, l));
            }
            ui.end_row();
        });
    ui.add_space(4.0);
    for (i, it) in cmp.items.iter().enumerate() {
        ui.label(
            egui::RichText::new(format!("#{} {} - {}", i + 1, it.label(), it.source))
                .small()
                .weak(),
        );
    }
}

/// A key of what the comparison's charts show (the files ticked, the language, the view).
fn source(inputs: &[(String, &crate::assessment::Assessment)], l: Lang, view: u8) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for (path, _) in inputs {
        path.hash(&mut h);
    }
    (l.code(), view).hash(&mut h);
    h.finish()
}

/// Up in blue, down in orange (Okabe–Ito), in the theme's shade.
pub fn direction_color(ui: &egui::Ui, d: Direction) -> egui::Color32 {
    let dark = ui.visuals().dark_mode;
    match (d, dark) {
        (Direction::Up, false) => egui::Color32::from_rgb(0, 100, 160),
        (Direction::Up, true) => egui::Color32::from_rgb(86, 180, 233),
        (Direction::Down, false) => egui::Color32::from_rgb(190, 80, 0),
        (Direction::Down, true) => egui::Color32::from_rgb(240, 140, 60),
        (Direction::Same, _) => ui.visuals().text_color(),
    }
}
