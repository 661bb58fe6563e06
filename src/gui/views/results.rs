//! Live results: score, stage, in-store coverage, the profile and radar charts (pointed at for
//! details, clicked to open a family) with their data tables, and the action plan.

use super::tips;
use crate::assessment::Assessment;
use crate::chart::{ChartKind, data::number};
use crate::framework::{Framework, Track};
use crate::gui::chart_view::{ChartView, screen_look};
use crate::gui::command::{Command, Page, Tab};
use crate::lang::Lang;
use crate::reference::Reference;
use crate::request::Subject;
use crate::score::Scorecard;

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
    /// The tab shown.
    pub tab: Tab,
    /// A key of what the charts show (answers, language, reference): their data is made again
    /// when it changes.
    pub source: u64,
}

/// Draws the results panel; returns what was asked for.
#[must_use]
pub fn results_ui(ui: &mut egui::Ui, v: &ResultsView<'_>, chart: &mut ChartView) -> Vec<Command> {
    let mut out = Vec::new();
    ui.add_space(6.0);
    summary_ui(ui, v);
    ui.separator();
    out.extend(tabs_ui(ui, v, v.tab, true));
    ui.separator();
    out.extend(body_ui(ui, v, v.tab, chart));
    out
}

/// The results' tabs (`tab` shown; with `roadmap`, the plan is one of them) and, for a chart,
/// the button that shows it alone.
#[must_use]
pub fn tabs_ui(ui: &mut egui::Ui, v: &ResultsView<'_>, tab: Tab, roadmap: bool) -> Vec<Command> {
    let l = v.lang;
    let mut out = Vec::new();
    let mut chosen = tab;
    ui.horizontal_wrapped(|ui| {
        for (t, key) in [
            (Tab::Profile, "ui-tab-profile"),
            (Tab::Radar, "ui-tab-radar"),
            (Tab::Table, "ui-tab-table"),
            (Tab::Roadmap, "ui-tab-roadmap"),
        ] {
            if t != Tab::Roadmap || roadmap {
                ui.selectable_value(&mut chosen, t, l.t(key));
            }
        }
        if matches!(tab, Tab::Profile | Tab::Radar) {
            let key = ui.ctx().format_shortcut(&crate::gui::hotkeys::PRESENT);
            if ui
                .small_button(crate::tr!(l, "ui-present", key = key))
                .on_hover_text(l.t("ui-present-hint"))
                .clicked()
            {
                out.push(Command::Present(true));
            }
        }
    });
    if chosen != tab {
        out.push(Command::ResultsTab(chosen));
    }
    out
}

/// What a results tab shows, scrolled: the chart fitting the room left (no scrolling to see it
/// whole) with its data under it, the table, or the plan.
#[must_use]
pub fn body_ui(
    ui: &mut egui::Ui,
    v: &ResultsView<'_>,
    tab: Tab,
    chart: &mut ChartView,
) -> Vec<Command> {
    let fit = Some((ui.available_height() - 40.0).max(320.0));
    egui::ScrollArea::vertical()
        .id_salt("results")
        .auto_shrink([false, false])
        .show(ui, |ui| match tab {
            Tab::Profile => chart_ui(ui, v, ChartKind::Profile, chart, fit, false),
            Tab::Radar => chart_ui(ui, v, ChartKind::Radar, chart, fit, false),
            Tab::Table => {
                table_ui(ui, v);
                Vec::new()
            }
            Tab::Roadmap => {
                let mut asked = chart_ui(ui, v, ChartKind::Matrix, chart, fit, false);
                ui.add_space(6.0);
                asked.extend(super::plan::plan_ui(ui, v.framework, v.card, v.lang));
                asked
            }
        })
        .inner
}

/// The maturity score and stage, the in-store coverage, the target and gap.
pub fn summary_ui(ui: &mut egui::Ui, v: &ResultsView<'_>) {
    let l = v.lang;
    let card = v.card;
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
}

/// The score and stage in one line (a phone's header): the rest is on the results page.
pub fn compact_summary_ui(ui: &mut egui::Ui, v: &ResultsView<'_>) {
    let l = v.lang;
    let card = v.card;
    let stage = v.framework.stages[card.stage].name.get(l);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            egui::RichText::new(format!("{} / 100", number(card.overall, l)))
                .size(24.0)
                .strong(),
        )
        .on_hover_text(l.t("maturity-score"));
        ui.label(egui::RichText::new(crate::tr!(l, "ui-stage", stage = stage)).strong());
    });
}

/// The chart of `kind`, as high as its width asks but no higher than `room`, pointed at for
/// details, clicked to open a family.
#[must_use]
pub fn chart_ui(
    ui: &mut egui::Ui,
    v: &ResultsView<'_>,
    kind: ChartKind,
    chart: &mut ChartView,
    room: Option<f32>,
    present: bool,
) -> Vec<Command> {
    let l = v.lang;
    let mut out = Vec::new();
    let mut look = screen_look(ui);
    if present {
        // Read from across a meeting room.
        look.min_font *= 1.5;
    }
    let data = chart.data(v.source, look, || {
        let subject = Subject::Assessment {
            assessment: v.assessment,
            reference: v.pinned,
        };
        subject.chart_data(v.framework, l)
    });
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
    // The matrix's steps, apart from the chart (which draws next), for its tips.
    let steps = if kind == ChartKind::Matrix {
        data.steps.clone()
    } else {
        Vec::new()
    };
    let width = ui.available_width().max(200.0);
    let aspect = match kind {
        ChartKind::Profile => 1.05,
        ChartKind::Matrix => 0.72,
        _ => 0.85,
    };
    let height = room.map_or(width * aspect, |r| (width * aspect).min(r));
    // Never so low that labels would sit on one another: the results scroll instead.
    let least = chart.least_height(ui, kind, width);
    let size = egui::vec2(width, height.max(200.0).max(least));
    let pointed = chart.ui(ui, kind, size);
    let family = |row: usize| match kind {
        ChartKind::Profile => v
            .framework
            .tracks()
            .nth(row)
            .and_then(|(f, _)| v.framework.families.iter().position(|x| x.id == f.id)),
        ChartKind::Matrix => steps.get(row).map(|s| s.family_index),
        _ => Some(row),
    };
    let mut response = pointed.response;
    if let Some(row) = pointed.row {
        response = response.on_hover_ui(|ui| match kind {
            ChartKind::Profile => tips::track(ui, v.framework, v.assessment, v.card, row, l),
            ChartKind::Matrix => tips::matrix_step(ui, &steps, row, l),
            _ => tips::family(ui, v.framework, v.card, row, l),
        });
        if response.clicked()
            && let Some(f) = family(row)
        {
            // The family opens in the questionnaire (on a phone, its page).
            out.push(Command::SelectFamily(f));
            out.push(Command::ShowPage(Page::Questions));
        }
    }
    if kind == ChartKind::Matrix {
        ui.label(
            egui::RichText::new(l.t("ui-plan-matrix-hint"))
                .small()
                .weak(),
        );
    } else if !present {
        ui.label(egui::RichText::new(l.t("ui-chart-hint")).small().weak());
        egui::CollapsingHeader::new(l.t("ui-chart-data"))
            .default_open(false)
            .show(ui, |ui| table_ui(ui, v));
    }
    out
}

/// The scores by family, with the in-store answers and the notes.
fn table_ui(ui: &mut egui::Ui, v: &ResultsView<'_>) {
    use super::table::Cell;
    let l = v.lang;
    let headers: Vec<&str> = [
        "col-family",
        "col-level",
        "col-score",
        "col-target",
        "col-in-store-short",
        "col-confidence",
        "report-note",
    ]
    .iter()
    .map(|k| l.t(k))
    .collect();
    let rows: Vec<Vec<Cell>> = v
        .framework
        .families
        .iter()
        .zip(&v.card.families)
        .map(|(f, fs)| {
            let name = Cell::new(f.name.get(l));
            if !fs.applicable {
                let na = || Cell::weak(l.t("not-applicable-short"));
                return vec![
                    name,
                    na(),
                    Cell::default(),
                    Cell::default(),
                    Cell::default(),
                    Cell::default(),
                    Cell::default(),
                ];
            }
            let top = f.tracks.iter().map(Track::top).max().unwrap_or(0);
            let level = crate::cells::level_cell(
                l,
                true,
                fs.level,
                top,
                fs.tracks.iter().map(|t| t.answered),
            );
            let target = if fs.gap > 0.0 {
                format!("{}/{top}", fs.target_level)
            } else {
                String::new()
            };
            let answers: Vec<_> = fs.tracks.iter().map(|t| t.in_store).collect();
            let sure = super::questionnaire::least_sure(fs).map_or("", |c| l.t(c.key()));
            let notes: Vec<String> = f
                .tracks
                .iter()
                .filter_map(|t| v.assessment.answer(&t.id))
                .map(|a| crate::text::short(a.note.trim(), 400).into_owned())
                .filter(|n| !n.is_empty())
                .collect();
            vec![
                name,
                Cell::new(level),
                Cell::new(number(fs.score, l)),
                Cell::new(target),
                Cell::new(crate::cells::in_store_cell(l, &answers)),
                Cell::new(sure),
                Cell::weak(notes.join(" · ")),
            ]
        })
        .collect();
    super::table::table_ui(ui, l.t("ui-a11y-scores-table"), &headers, &rows);
}
