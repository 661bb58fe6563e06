//! The Compare view: the saved assessments (sortable, filterable, 2 to 6 ticked), then their
//! charts overlaid, per-family changes, trend, notes, and the comparison's exports.

use crate::chart::{ChartKind, data::number};
use crate::compare::{Comparison, Direction};
use crate::export::{self, Format, Subject};
use crate::framework::Framework;
use crate::gui::charts::ChartCache;
use crate::gui::command::Command;
use crate::gui::compare_state::{CompareState, MAX_PICKED, SortKey};
use crate::lang::Lang;

/// The list of candidates (central panel); returns what was asked for.
pub fn list_ui(
    ui: &mut egui::Ui,
    state: &mut CompareState,
    framework: &Framework,
    lang: Lang,
) -> Vec<Command> {
    let l = lang;
    let mut out = Vec::new();
    ui.add_space(6.0);
    ui.heading(l.t("ui-compare-title"));
    ui.label(egui::RichText::new(l.t("ui-compare-hint")).weak());
    ui.horizontal(|ui| {
        let label = ui.label(l.t("ui-filter"));
        ui.add(egui::TextEdit::singleline(&mut state.filter).desired_width(200.0))
            .labelled_by(label.id);
        if ui.button(l.t("ui-refresh")).clicked() {
            out.push(Command::RefreshCompare);
        }
        if ui.button(l.t("ui-add-file")).clicked() {
            out.push(Command::AddToCompare);
        }
    });
    ui.separator();
    let visible = state.visible();
    let mut toggle = None;
    let mut sort = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("candidates")
                .striped(true)
                .num_columns(6)
                .show(ui, |ui| {
                    for (key, name) in [
                        (SortKey::Retailer, l.t("col-retailer")),
                        (SortKey::Date, l.t("col-date")),
                        (SortKey::Score, l.t("col-score")),
                    ] {
                        let mark = match (state.sort == key, state.descending) {
                            (true, true) => " v",
                            (true, false) => " ^",
                            _ => "",
                        };
                        if ui.button(format!("{name}{mark}")).clicked() {
                            sort = Some(key);
                        }
                    }
                    ui.strong(l.t("col-stage"));
                    ui.label("");
                    let mark = match (state.sort == SortKey::File, state.descending) {
                        (true, true) => " v",
                        (true, false) => " ^",
                        _ => "",
                    };
                    if ui.button(format!("{}{mark}", l.t("col-folder"))).clicked() {
                        sort = Some(SortKey::File);
                    }
                    ui.end_row();
                    for i in visible {
                        let c = &state.candidates[i];
                        let picked = state.picked.contains(&c.path);
                        let mut on = picked;
                        let full = state.picked.len() >= MAX_PICKED && !picked;
                        let name = if c.assessment.retailer.trim().is_empty() {
                            "?".to_string()
                        } else {
                            crate::text::short(&c.assessment.retailer, 60).into_owned()
                        };
                        let path = c.path.display().to_string();
                        let r = ui
                            .add_enabled(!full, egui::Checkbox::new(&mut on, &name))
                            .on_hover_text(&path);
                        if r.changed() {
                            toggle = Some(c.path.clone());
                        }
                        ui.label(c.assessment.date.clone().unwrap_or_default());
                        ui.label(number(c.score, l));
                        ui.label(framework.stages[c.stage].name.get(l));
                        if ui
                            .small_button(l.t("ui-pin-short"))
                            .on_hover_text(l.t("ui-pin-hint"))
                            .clicked()
                        {
                            out.push(Command::PinPath(c.path.clone()));
                        }
                        let folder = c
                            .path
                            .parent()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default();
                        ui.weak(crate::text::short(&folder, 40))
                            .on_hover_text(&path);
                        ui.end_row();
                    }
                });
            if !state.failures.is_empty() {
                let title = crate::tr!(l, "ui-compare-skipped", count = state.failures.len());
                egui::CollapsingHeader::new(title).show(ui, |ui| {
                    for f in &state.failures {
                        ui.label(egui::RichText::new(f.render(l)).small());
                    }
                });
            }
        });
    if let Some(key) = sort {
        state.sort_by(key);
    }
    if let Some(p) = toggle {
        state.toggle(&p);
    }
    out
}

/// The comparison of the ticked assessments (right panel); returns what was asked for.
pub fn comparison_ui(
    ui: &mut egui::Ui,
    state: &mut CompareState,
    framework: &Framework,
    lang: Lang,
    charts: &mut ChartCache,
) -> Vec<Command> {
    let l = lang;
    let mut out = Vec::new();
    let inputs = state.picked_assessments();
    if inputs.len() < 2 {
        ui.add_space(20.0);
        ui.label(l.t("ui-compare-tick"));
        return out;
    }
    let cmp = Comparison::new(framework, &inputs);
    let data = export::chart_data(framework, &Subject::Comparison { inputs: &inputs }, l);
    ui.add_space(6.0);
    let dir = Direction::of(cmp.overall_delta);
    ui.horizontal_wrapped(|ui| {
        let change = crate::chart::data::signed(cmp.overall_delta, l);
        ui.label(
            egui::RichText::new(crate::tr!(l, "ui-overall-change", change = change))
                .size(20.0)
                .strong()
                .color(direction_color(ui, dir)),
        );
        ui.label(dir.word(l));
        if let Some(t) = &cmp.trend {
            ui.separator();
            let trend = crate::chart::data::signed(t.per_year, l);
            ui.label(crate::tr!(l, "ui-trend", trend = trend));
        }
    });
    for n in &cmp.notes {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::tr!(l, "cli-note", note = n.text(l)),
        );
    }
    ui.horizontal(|ui| {
        let mut kinds = vec![
            (ChartKind::Profile, l.t("ui-chart-profiles")),
            (ChartKind::Radar, l.t("ui-chart-radars")),
            (ChartKind::Deltas, l.t("ui-chart-deltas")),
        ];
        if data.is_time_series() {
            kinds.push((ChartKind::Trend, l.t("ui-chart-trend")));
        }
        if state.chart == ChartKind::Trend && !data.is_time_series() {
            state.chart = ChartKind::Profile;
        }
        for (k, name) in kinds {
            ui.selectable_value(&mut state.chart, k, name);
        }
    });
    ui.horizontal(|ui| {
        ui.label(l.t("ui-export-colon"));
        for (f, name) in [
            (Format::Png, "PNG"),
            (Format::Svg, "SVG"),
            (Format::Csv, "CSV"),
            (Format::Json, "JSON"),
        ] {
            if ui.button(name).clicked() {
                out.push(Command::ExportComparison(f));
            }
        }
    });
    let kind = state.chart;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width().max(200.0);
            let ppp = ui.ctx().pixels_per_point();
            let aspect = match kind {
                ChartKind::Profile => 1.0,
                ChartKind::Radar => 0.85,
                _ => 0.7,
            };
            let size = [(width * ppp) as u32, (width * aspect * ppp) as u32];
            if let Some(tex) = charts.texture(ui.ctx(), kind, &data, size) {
                let [w, h] = tex.size();
                ui.add(
                    egui::Image::new((tex.id(), egui::vec2(width, width * h as f32 / w as f32)))
                        .alt_text(l.t("ui-compare-chart-alt")),
                );
            }
            ui.add_space(6.0);
            table_ui(ui, framework, l, &cmp);
        });
    out
}

fn table_ui(ui: &mut egui::Ui, framework: &Framework, l: Lang, cmp: &Comparison) {
    let na = l.t("not-applicable-short");
    egui::Grid::new("compare-table")
        .striped(true)
        .show(ui, |ui| {
            ui.strong(l.t("col-family"));
            for (i, it) in cmp.items.iter().enumerate() {
                ui.strong(format!("#{}", i + 1)).on_hover_text(it.label());
            }
            ui.strong(l.t("ui-col-change"));
            ui.end_row();
            for (f, row) in framework.families.iter().zip(&cmp.families) {
                ui.label(f.name.get(l));
                for (lv, answered) in row.levels.iter().zip(&row.answered) {
                    match (lv, answered) {
                        (None, _) => ui.weak(na),
                        (Some(_), false) => ui.weak("-"),
                        (Some(v), true) => ui.label(v.to_string()),
                    };
                }
                match row.level_delta {
                    Some(d) => {
                        let dir = Direction::of(f64::from(d));
                        let text = if d == 0 {
                            format!("= {}", dir.word(l))
                        } else {
                            format!("{d:+} {}", dir.word(l))
                        };
                        ui.colored_label(direction_color(ui, dir), text);
                    }
                    None => {
                        ui.weak(na);
                    }
                }
                ui.end_row();
            }
            ui.strong(l.t("maturity-score"));
            for it in &cmp.items {
                ui.strong(number(it.overall, l));
            }
            let dir = Direction::of(cmp.overall_delta);
            let change = crate::chart::data::signed(cmp.overall_delta, l);
            ui.colored_label(direction_color(ui, dir), change);
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

fn direction_color(ui: &egui::Ui, d: Direction) -> egui::Color32 {
    let dark = ui.visuals().dark_mode;
    match (d, dark) {
        (Direction::Up, false) => egui::Color32::from_rgb(0, 100, 160),
        (Direction::Up, true) => egui::Color32::from_rgb(86, 180, 233),
        (Direction::Down, false) => egui::Color32::from_rgb(190, 80, 0),
        (Direction::Down, true) => egui::Color32::from_rgb(240, 140, 60),
        (Direction::Same, _) => ui.visuals().text_color(),
    }
}
