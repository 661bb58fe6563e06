//! Live results: score, stage, in-store coverage, the profile and radar charts with their data
//! tables, and the roadmap.

use crate::assessment::Assessment;
use crate::chart::{ChartKind, data::number};
use crate::export::{self, Subject};
use crate::framework::{Framework, Track};
use crate::gui::charts::ChartCache;
use crate::gui::command::Command;
use crate::lang::Lang;
use crate::reference::Reference;
use crate::score::Scorecard;

/// The results tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Profile chart.
    Profile,
    /// Radar chart.
    Radar,
    /// Scores by family.
    Table,
    /// Next steps.
    Roadmap,
}

/// What the results panel shows.
pub struct ResultsView<'a> {
    /// The framework.
    pub framework: &'a Framework,
    /// Interface language.
    pub lang: Lang,
    /// The assessment answered.
    pub assessment: &'a Assessment,
    /// Its scores.
    pub card: &'a Scorecard,
    /// The reference pinned under the charts.
    pub pinned: Option<&'a Reference>,
}

/// Draws the results panel; returns what was asked for.
pub fn results_ui(
    ui: &mut egui::Ui,
    v: &ResultsView<'_>,
    tab: &mut Tab,
    charts: &mut ChartCache,
) -> Vec<Command> {
    let l = v.lang;
    let card = v.card;
    let mut out = Vec::new();
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(format!("{} / 100", number(card.overall, l)))
                .size(28.0)
                .strong(),
        );
        ui.vertical(|ui| {
            ui.label(l.t("maturity-score"));
            let stage = v.framework.stages[card.stage].name.get(l);
            ui.label(egui::RichText::new(crate::tr!(l, "ui-stage", stage = stage)).strong());
        });
    });
    ui.horizontal_wrapped(|ui| {
        let coverage = number(card.in_store_coverage * 100.0, l);
        ui.label(crate::tr!(l, "ui-coverage", percent = coverage))
            .on_hover_text(l.t("ui-coverage-hint"));
        if card.in_store_unanswered > 0 {
            ui.weak(crate::tr!(
                l,
                "ui-coverage-unanswered",
                count = card.in_store_unanswered
            ));
        }
        if card.has_targets {
            ui.separator();
            ui.label(crate::tr!(
                l,
                "ui-target-gap",
                target = number(card.target_overall, l),
                gap = number(card.gap(), l)
            ));
        }
    });
    ui.separator();
    ui.horizontal(|ui| {
        for (t, key) in [
            (Tab::Profile, "ui-tab-profile"),
            (Tab::Radar, "ui-tab-radar"),
            (Tab::Table, "ui-tab-table"),
            (Tab::Roadmap, "ui-tab-roadmap"),
        ] {
            ui.selectable_value(tab, t, l.t(key));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match tab {
            Tab::Profile => chart_ui(ui, v, ChartKind::Profile, charts, &mut out),
            Tab::Radar => chart_ui(ui, v, ChartKind::Radar, charts, &mut out),
            Tab::Table => table_ui(ui, v),
            Tab::Roadmap => roadmap_ui(ui, v),
        });
    out
}

fn chart_ui(
    ui: &mut egui::Ui,
    v: &ResultsView<'_>,
    kind: ChartKind,
    charts: &mut ChartCache,
    out: &mut Vec<Command>,
) {
    let l = v.lang;
    let subject = Subject::Assessment {
        assessment: v.assessment,
        reference: v.pinned,
    };
    let data = export::chart_data(v.framework, &subject, l);
    if let (Some(r), Some(drawn)) = (v.pinned, &data.reference) {
        let score = number(r.overall(v.framework), l);
        ui.horizontal_wrapped(|ui| {
            ui.label(crate::tr!(
                l,
                "ui-reference-score",
                label = drawn.label.as_str(),
                score = score
            ));
            if ui.small_button(l.t("ui-remove")).clicked() {
                out.push(Command::Unpin);
            }
        });
    }
    let width = ui.available_width().max(200.0);
    let aspect = if kind == ChartKind::Profile {
        0.95
    } else {
        0.8
    };
    let ppp = ui.ctx().pixels_per_point();
    let size = [(width * ppp) as u32, (width * aspect * ppp) as u32];
    if let Some(tex) = charts.texture(ui.ctx(), kind, &data, size) {
        let [w, h] = tex.size();
        let shown = egui::vec2(width, width * h as f32 / w as f32);
        ui.add(egui::Image::new((tex.id(), shown)).alt_text(l.t("ui-chart-alt")));
    }
    egui::CollapsingHeader::new(l.t("ui-chart-data"))
        .default_open(false)
        .show(ui, |ui| table_ui(ui, v));
}

fn table_ui(ui: &mut egui::Ui, v: &ResultsView<'_>) {
    let l = v.lang;
    egui::Grid::new("scores")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for key in [
                "col-family",
                "col-level",
                "col-score",
                "col-target",
                "col-in-store-short",
            ] {
                ui.strong(l.t(key));
            }
            ui.end_row();
            for (f, fs) in v.framework.families.iter().zip(&v.card.families) {
                ui.label(f.name.get(l));
                if !fs.applicable {
                    ui.weak(l.t("not-applicable-short"));
                    ui.end_row();
                    continue;
                }
                let top = f.tracks.iter().map(Track::top).max().unwrap_or(0);
                ui.label(crate::cells::level_cell(
                    l,
                    true,
                    fs.level,
                    top,
                    fs.tracks.iter().map(|t| t.answered),
                ));
                ui.label(number(fs.score, l));
                ui.label(if fs.gap > 0.0 {
                    format!("{}/{top}", fs.target_level)
                } else {
                    String::new()
                });
                let answers: Vec<_> = fs.tracks.iter().map(|t| t.in_store).collect();
                ui.label(crate::cells::in_store_cell(l, &answers));
                ui.end_row();
            }
        });
}

fn roadmap_ui(ui: &mut egui::Ui, v: &ResultsView<'_>) {
    let l = v.lang;
    if v.card.roadmap.is_empty() {
        ui.label(l.t("ui-roadmap-empty"));
        return;
    }
    for (i, step) in v.card.roadmap.iter().enumerate() {
        let Some((f, t)) = v.framework.track(&step.track) else {
            continue;
        };
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.strong(format!(
                "{}. {}",
                i + 1,
                crate::tr!(
                    l,
                    "ui-roadmap-step",
                    name = f.track_label(t, l),
                    gap = number(step.family_gap, l)
                )
            ));
            ui.label(crate::tr!(
                l,
                "ui-roadmap-from-to",
                from = step.level,
                to = step.target
            ));
            if let Some(next) = t.level(step.next) {
                ui.label(crate::tr!(
                    l,
                    "ui-roadmap-next",
                    next = step.next,
                    practice = next.text.get(l)
                ));
            }
        });
    }
}
