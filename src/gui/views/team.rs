//! The team of one retailer: the ticked respondents consolidated — the profile with each row's
//! range and how many chose each level, the disagreements first, and the consolidated answers
//! to open as a new assessment (notes merged), to discuss and save.

use crate::assessment::Assessment;
use crate::chart::ChartKind;
use crate::export::{Subject, SubjectKind};
use crate::framework::Framework;
use crate::gui::chart_view::{ChartView, screen_look};
use crate::gui::command::Command;
use crate::lang::Lang;
use crate::team::{Consolidation, consolidate};

/// The consolidation of `inputs`; returns what was asked for. `source` is a key of the
/// inputs and the language (the chart's data is made again when it changes).
#[must_use]
pub fn team_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    inputs: &[(String, &Assessment)],
    l: Lang,
    chart: &mut ChartView,
    source: u64,
) -> Vec<Command> {
    let mut out = Vec::new();
    let team = match consolidate(framework, inputs) {
        Ok(t) => t,
        Err(e) => {
            ui.colored_label(ui.visuals().error_fg_color, e.render(l));
            return out;
        }
    };
    let card = crate::score::Scorecard::compute(framework, &team.assessment);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            egui::RichText::new(crate::tr!(
                l,
                "chart-team-subtitle",
                count = team.respondents.len(),
                score = crate::chart::data::number(card.overall, l),
                disagreements = team.disagreements().len()
            ))
            .strong(),
        );
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(l.t("ui-team-open"))
            .on_hover_text(l.t("ui-team-open-hint"))
            .clicked()
        {
            out.push(Command::OpenTeam(Box::new(team.assessment.clone())));
        }
    });
    out.extend(super::menu::export_buttons_ui(ui, l, SubjectKind::Team));
    let room = (ui.available_height() - 40.0).max(320.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            disagreements_ui(ui, framework, &team, l);
            ui.add_space(6.0);
            chart.data(source, screen_look(ui), || {
                Subject::Team { team: &team }.chart_data(framework, l)
            });
            let width = ui.available_width().max(200.0);
            let least = chart.least_height(ui, ChartKind::Profile, width);
            let pointed = chart.ui(
                ui,
                ChartKind::Profile,
                egui::vec2(width, (width * 1.05).min(room).max(least)),
            );
            if let Some(row) = pointed.row {
                pointed
                    .response
                    .on_hover_ui(|ui| respondents_tip(ui, framework, &team, row, l));
            }
        });
    out
}

/// The tracks where the respondents disagree: each one's level, the consolidated level, the spread.
fn disagreements_ui(ui: &mut egui::Ui, framework: &Framework, t: &Consolidation, l: Lang) {
    let rows = t.disagreements();
    if rows.is_empty() {
        ui.label(l.t("report-no-disagreement"));
        return;
    }
    ui.strong(crate::tr!(l, "cli-team-disagreements", count = rows.len()));
    egui::Grid::new("disagreements")
        .striped(true)
        .show(ui, |ui| {
            ui.strong(l.t("col-track"));
            for (i, name) in t.respondents.iter().enumerate() {
                ui.strong(format!("R{}", i + 1)).on_hover_text(name);
            }
            ui.strong(l.t("col-consolidated"));
            ui.strong(l.t("col-spread"));
            ui.end_row();
            for v in rows {
                let name = framework
                    .track(&v.track)
                    .map(|(f, tr)| f.track_label(tr, l))
                    .unwrap_or_default();
                ui.label(name);
                for level in &v.levels {
                    ui.label(level.map_or("-".into(), |x| x.to_string()));
                }
                ui.strong(v.level.map_or("-".into(), |x| x.to_string()));
                let remarks = v.remarks(l);
                let spread = if remarks.is_empty() {
                    v.spread.to_string()
                } else {
                    format!("{} · {remarks}", v.spread)
                };
                ui.label(spread);
                ui.end_row();
            }
        });
    for (i, name) in t.respondents.iter().enumerate() {
        ui.label(
            egui::RichText::new(format!("R{}  {name}", i + 1))
                .small()
                .weak(),
        );
    }
}

fn respondents_tip(
    ui: &mut egui::Ui,
    framework: &Framework,
    t: &Consolidation,
    row: usize,
    l: Lang,
) {
    let (Some((f, tr)), Some(v)) = (framework.tracks().nth(row), t.tracks.get(row)) else {
        return;
    };
    ui.strong(f.track_label(tr, l));
    egui::Grid::new("tip-team").num_columns(2).show(ui, |ui| {
        for (name, level) in t.respondents.iter().zip(&v.levels) {
            ui.label(name);
            ui.label(level.map_or(l.t("ui-not-answered").to_string(), |x| x.to_string()));
            ui.end_row();
        }
        ui.strong(l.t("col-consolidated"));
        ui.strong(v.level.map_or("-".into(), |x| x.to_string()));
        ui.end_row();
    });
}
