//! Live results: score, stage, in-store coverage, the profile and radar charts with their data
//! tables, and the roadmap.

use super::app::App;
use crate::chart::{ChartData, ChartKind, data::number};

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

/// Draws the results panel.
pub fn ui(app: &mut App, ui: &mut egui::Ui) {
    let l = app.lang;
    let card = app.card.clone();
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(format!("{} / 100", number(card.overall, l)))
                .size(28.0)
                .strong(),
        );
        ui.vertical(|ui| {
            ui.label(l.pick("Score de maturité", "Maturity score"));
            ui.label(
                egui::RichText::new(format!(
                    "{} {}",
                    l.pick("Étape :", "Stage:"),
                    app.framework.stages[card.stage].name.get(l)
                ))
                .strong(),
            );
        });
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{} {} %",
            l.pick("Couverture en magasin :", "In-store coverage:"),
            number(card.in_store_coverage * 100.0, l)
        ))
        .on_hover_text(l.pick(
            "Part des pistes applicables dont l'équivalent en magasin existe",
            "Share of the applicable tracks whose in-store counterpart exists",
        ));
        if card.in_store_unanswered > 0 {
            ui.weak(format!(
                "({} {})",
                card.in_store_unanswered,
                l.pick("sans réponse en magasin", "not answered in store"),
            ));
        }
        if card.has_targets {
            ui.separator();
            ui.label(format!(
                "{} {} ({} {})",
                l.pick("Cible :", "Target:"),
                number(card.target_overall, l),
                l.pick("écart", "gap"),
                number(card.gap(), l)
            ));
        }
    });
    ui.separator();
    ui.horizontal(|ui| {
        for (tab, name) in [
            (Tab::Profile, l.pick("Profil", "Profile")),
            (Tab::Radar, "Radar"),
            (Tab::Table, l.pick("Tableau", "Table")),
            (Tab::Roadmap, l.pick("Feuille de route", "Roadmap")),
        ] {
            ui.selectable_value(&mut app.results_tab, tab, name);
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match app.results_tab {
            Tab::Profile => chart_ui(app, ui, ChartKind::Profile),
            Tab::Radar => chart_ui(app, ui, ChartKind::Radar),
            Tab::Table => table_ui(app, ui),
            Tab::Roadmap => roadmap_ui(app, ui),
        });
}

fn chart_ui(app: &mut App, ui: &mut egui::Ui, kind: ChartKind) {
    let mut data = ChartData::single(&app.framework, &app.doc.assessment, &app.card, app.lang);
    if let Some(r) = app.pinned.clone() {
        data = data.with_reference(&app.framework, &r);
        let label = data
            .reference
            .as_ref()
            .map(|r| r.label.clone())
            .unwrap_or_default();
        let score = number(r.overall(&app.framework), app.lang);
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{label} (score {score})"));
            if ui
                .small_button(app.lang.pick("Retirer", "Remove"))
                .clicked()
            {
                app.command(super::app::Command::Unpin);
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
    if let Some(tex) = app.charts.texture(ui.ctx(), kind, &data, size) {
        let [w, h] = tex.size();
        let shown = egui::vec2(width, width * h as f32 / w as f32);
        let alt = app.t("Graphique du profil de maturité", "Maturity profile chart");
        ui.add(egui::Image::new((tex.id(), shown)).alt_text(alt));
    }
    egui::CollapsingHeader::new(app.t("Données du graphique", "Chart data"))
        .default_open(false)
        .show(ui, |ui| table_ui(app, ui));
}

fn table_ui(app: &mut App, ui: &mut egui::Ui) {
    let l = app.lang;
    egui::Grid::new("scores")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for h in [
                l.pick("Famille", "Family"),
                l.pick("Niveau", "Level"),
                "Score",
                l.pick("Cible", "Target"),
                l.pick("Magasin", "In store"),
            ] {
                ui.strong(h);
            }
            ui.end_row();
            for (f, fs) in app.framework.families.iter().zip(&app.card.families) {
                ui.label(f.name.get(l));
                if !fs.applicable {
                    ui.weak("n/a");
                    ui.end_row();
                    continue;
                }
                let top = f.tracks.iter().map(|t| t.top()).max().unwrap_or(0);
                ui.label(crate::cells::level_cell(
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

fn roadmap_ui(app: &mut App, ui: &mut egui::Ui) {
    let l = app.lang;
    if app.card.roadmap.is_empty() {
        ui.label(l.pick(
            "Aucun écart : fixez des niveaux cibles dans le questionnaire pour obtenir une feuille de route.",
            "No gap: set target levels in the questionnaire to get a roadmap.",
        ));
        return;
    }
    for (i, step) in app.card.roadmap.iter().enumerate() {
        let Some((f, t)) = app.framework.track(&step.track) else {
            continue;
        };
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.strong(format!(
                "{}. {} ({} {})",
                i + 1,
                f.track_label(t, l),
                l.pick("écart", "gap"),
                number(step.family_gap, l)
            ));
            ui.label(format!(
                "{} {} {} {}",
                l.pick("Niveau", "Level"),
                step.level,
                l.pick("vers", "to"),
                step.target
            ));
            if let Some(next) = t.level(step.next) {
                ui.label(format!(
                    "{} {} : {}",
                    l.pick("Prochain niveau", "Next level"),
                    step.next,
                    next.text.get(l)
                ));
            }
        });
    }
}
