//! The Compare view: saved assessments listed (sortable, filterable), 2 to 6 picked, their
//! charts overlaid, per-family changes, trend, notes, and exports of the comparison.

use super::app::{App, Command};
use super::charts::ChartCache;
use super::files::known_files;
use crate::assessment::Assessment;
use crate::chart::{ChartData, ChartKind, data::number};
use crate::compare::{Comparison, Direction};
use crate::export::ExportFormat;
use crate::score::Scorecard;
use std::path::PathBuf;

/// Most assessments drawn together.
pub const MAX_PICKED: usize = 6;

/// A saved assessment the view knows.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Its file.
    pub path: PathBuf,
    /// Its content.
    pub assessment: Assessment,
    /// Maturity score.
    pub score: f64,
    /// Stage index.
    pub stage: usize,
}

/// Sort keys of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// Retailer name.
    Retailer,
    /// Date.
    Date,
    /// Score.
    Score,
}

/// The view's state.
pub struct CompareState {
    /// Known assessments.
    pub candidates: Vec<Candidate>,
    /// Files that could not be read, with the reason.
    pub failures: Vec<String>,
    /// Picked candidates, by path, in the order picked.
    pub picked: Vec<PathBuf>,
    /// Filter text.
    pub filter: String,
    /// Sort key.
    pub sort: SortKey,
    /// Descending order.
    pub descending: bool,
    /// Chart shown.
    pub chart: ChartKind,
    /// Rendered charts.
    pub charts: ChartCache,
}

impl Default for CompareState {
    fn default() -> Self {
        CompareState {
            candidates: Vec::new(),
            failures: Vec::new(),
            picked: Vec::new(),
            filter: String::new(),
            sort: SortKey::Date,
            descending: false,
            chart: ChartKind::Profile,
            charts: ChartCache::default(),
        }
    }
}

impl CompareState {
    /// Scans the files the app knows: recent ones, `exports/`, `data/examples/`, the open file.
    pub fn refresh(
        &mut self,
        app_recent: &[PathBuf],
        exports_dir: &std::path::Path,
        extra: &[PathBuf],
        framework: &crate::framework::Framework,
    ) {
        let mut paths = known_files(app_recent, exports_dir);
        for p in extra {
            if !paths.contains(p) {
                paths.push(p.clone());
            }
        }
        self.candidates.clear();
        self.failures.clear();
        for p in paths {
            match Assessment::load(&p, framework) {
                Ok(a) => {
                    let card = Scorecard::compute(framework, &a);
                    self.candidates.push(Candidate {
                        path: p,
                        assessment: a,
                        score: card.overall,
                        stage: card.stage,
                    });
                }
                // Other JSON files (results, references) are not assessments: say so, quietly.
                Err(e) => self.failures.push(e.to_string()),
            }
        }
        self.picked
            .retain(|p| self.candidates.iter().any(|c| &c.path == p));
    }

    /// Adds a file (opened or dropped) to the list, and picks it.
    pub fn add(
        &mut self,
        path: PathBuf,
        framework: &crate::framework::Framework,
    ) -> Result<(), crate::error::FileError> {
        let a = Assessment::load(&path, framework)?;
        let card = Scorecard::compute(framework, &a);
        self.candidates.retain(|c| c.path != path);
        self.candidates.push(Candidate {
            path: path.clone(),
            assessment: a,
            score: card.overall,
            stage: card.stage,
        });
        if !self.picked.contains(&path) && self.picked.len() < MAX_PICKED {
            self.picked.push(path);
        }
        Ok(())
    }

    /// Candidates shown: filtered and sorted.
    pub fn visible(&self) -> Vec<usize> {
        let needle = self.filter.trim().to_lowercase();
        let mut v: Vec<usize> = (0..self.candidates.len())
            .filter(|&i| {
                let c = &self.candidates[i];
                needle.is_empty()
                    || c.assessment.retailer.to_lowercase().contains(&needle)
                    || c.assessment.date.as_deref().unwrap_or("").contains(&needle)
                    || c.path
                        .display()
                        .to_string()
                        .to_lowercase()
                        .contains(&needle)
            })
            .collect();
        let key = self.sort;
        v.sort_by(|&a, &b| {
            let (a, b) = (&self.candidates[a], &self.candidates[b]);
            let o = match key {
                SortKey::Retailer => a
                    .assessment
                    .retailer
                    .to_lowercase()
                    .cmp(&b.assessment.retailer.to_lowercase()),
                SortKey::Date => a.assessment.date.cmp(&b.assessment.date),
                SortKey::Score => a.score.total_cmp(&b.score),
            };
            o.then_with(|| a.path.cmp(&b.path))
        });
        if self.descending {
            v.reverse();
        }
        v
    }

    /// The picked assessments, with their sources.
    pub fn picked_assessments(&self) -> Vec<(String, &Assessment)> {
        self.picked
            .iter()
            .filter_map(|p| self.candidates.iter().find(|c| &c.path == p))
            .map(|c| (c.path.display().to_string(), &c.assessment))
            .collect()
    }
}

/// Draws the list of candidates (central panel).
pub fn list_ui(app: &mut App, ui: &mut egui::Ui) {
    let l = app.lang;
    ui.add_space(6.0);
    ui.heading(l.pick("Comparer des évaluations", "Compare assessments"));
    ui.label(egui::RichText::new(l.pick(
        "Cochez de 2 à 6 évaluations. Liste : fichiers récents, exports/, data/examples/, fichiers ouverts ou déposés.",
        "Tick 2 to 6 assessments. List: recent files, exports/, data/examples/, files opened or dropped.",
    )).weak());
    ui.horizontal(|ui| {
        let label = ui.label(l.pick("Filtrer", "Filter"));
        ui.add(egui::TextEdit::singleline(&mut app.compare.filter).desired_width(200.0))
            .labelled_by(label.id);
        if ui.button(l.pick("Actualiser", "Refresh")).clicked() {
            app.command(Command::RefreshCompare);
        }
        if ui
            .button(l.pick("Ajouter un fichier…", "Add a file…"))
            .clicked()
        {
            app.command(Command::AddToCompare);
        }
    });
    ui.separator();
    let visible = app.compare.visible();
    let mut toggle = None;
    let mut pin = None;
    let mut sort = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("candidates")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    ui.label("");
                    for (key, name) in [
                        (SortKey::Retailer, l.pick("Enseigne", "Retailer")),
                        (SortKey::Date, "Date"),
                        (SortKey::Score, "Score"),
                    ] {
                        let mark = if app.compare.sort == key {
                            if app.compare.descending { " v" } else { " ^" }
                        } else {
                            ""
                        };
                        if ui.button(format!("{name}{mark}")).clicked() {
                            sort = Some(key);
                        }
                    }
                    ui.strong(l.pick("Étape", "Stage"));
                    ui.end_row();
                    for i in visible {
                        let c = &app.compare.candidates[i];
                        let picked = app.compare.picked.contains(&c.path);
                        let mut on = picked;
                        let full = app.compare.picked.len() >= MAX_PICKED && !picked;
                        let name = if c.assessment.retailer.is_empty() {
                            "?".to_string()
                        } else {
                            c.assessment.retailer.clone()
                        };
                        let r = ui
                            .add_enabled(!full, egui::Checkbox::new(&mut on, &name))
                            .on_hover_text(c.path.display().to_string());
                        if r.changed() {
                            toggle = Some(c.path.clone());
                        }
                        ui.label(c.assessment.date.clone().unwrap_or_default());
                        ui.label(number(c.score, l));
                        ui.label(app.framework.stages[c.stage].name.get(l));
                        if ui
                            .small_button(l.pick("Épingler", "Pin"))
                            .on_hover_text(l.pick(
                                "Épingler comme référence sous le profil du questionnaire",
                                "Pin as the reference under the questionnaire's profile",
                            ))
                            .clicked()
                        {
                            pin = Some(c.path.clone());
                        }
                        ui.end_row();
                    }
                });
            if !app.compare.failures.is_empty() {
                egui::CollapsingHeader::new(format!(
                    "{} {}",
                    app.compare.failures.len(),
                    l.pick(
                        "fichiers JSON ignorés (pas des évaluations valides)",
                        "JSON files skipped (not valid assessments)"
                    )
                ))
                .show(ui, |ui| {
                    for f in &app.compare.failures {
                        ui.label(egui::RichText::new(f).small());
                    }
                });
            }
        });
    if let Some(key) = sort {
        if app.compare.sort == key {
            app.compare.descending = !app.compare.descending;
        } else {
            app.compare.sort = key;
            app.compare.descending = key == SortKey::Score;
        }
    }
    if let Some(p) = toggle {
        if let Some(i) = app.compare.picked.iter().position(|x| x == &p) {
            app.compare.picked.remove(i);
        } else if app.compare.picked.len() < MAX_PICKED {
            app.compare.picked.push(p);
        }
    }
    if let Some(p) = pin {
        app.command(Command::PinPath(p));
    }
}

/// Draws the comparison (right panel).
pub fn results_ui(app: &mut App, ui: &mut egui::Ui) {
    let l = app.lang;
    let inputs = app.compare.picked_assessments();
    if inputs.len() < 2 {
        ui.add_space(20.0);
        ui.label(l.pick(
            "Cochez au moins deux évaluations à comparer.",
            "Tick at least two assessments to compare.",
        ));
        return;
    }
    let cmp = Comparison::new(&app.framework, &inputs);
    let refs: Vec<&Assessment> = inputs.iter().map(|(_, a)| *a).collect();
    let data = ChartData::comparison(&app.framework, &refs, l);
    ui.add_space(6.0);
    let dir = Direction::of(cmp.overall_delta);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            egui::RichText::new(format!(
                "{} {}",
                l.pick("Écart global :", "Overall change:"),
                signed(cmp.overall_delta, l)
            ))
            .size(20.0)
            .strong()
            .color(direction_color(ui, dir)),
        );
        ui.label(dir.word(l));
        if let Some(t) = &cmp.trend {
            ui.separator();
            ui.label(format!(
                "{} {} {}",
                l.pick("Tendance :", "Trend:"),
                signed(t.per_year, l),
                l.pick("points par an", "points per year")
            ));
        }
    });
    for n in &cmp.notes {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("{} {}", l.pick("Note :", "Note:"), n.text(l)),
        );
    }
    ui.horizontal(|ui| {
        let mut kinds = vec![
            (ChartKind::Profile, l.pick("Profils", "Profiles")),
            (ChartKind::Radar, "Radars"),
            (ChartKind::Deltas, l.pick("Écarts", "Changes")),
        ];
        if data.is_time_series() {
            kinds.push((ChartKind::Trend, l.pick("Dans le temps", "Over time")));
        }
        if app.compare.chart == ChartKind::Trend && !data.is_time_series() {
            app.compare.chart = ChartKind::Profile;
        }
        for (k, name) in kinds {
            ui.selectable_value(&mut app.compare.chart, k, name);
        }
    });
    ui.horizontal(|ui| {
        ui.label(l.pick("Exporter :", "Export:"));
        for (f, name) in [
            (ExportFormat::Png, "PNG"),
            (ExportFormat::Svg, "SVG"),
            (ExportFormat::Csv, "CSV"),
            (ExportFormat::Json, "JSON"),
        ] {
            if ui.button(name).clicked() {
                app.command(Command::ExportComparison(f));
            }
        }
    });
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width().max(200.0);
            let ppp = ui.ctx().pixels_per_point();
            let kind = app.compare.chart;
            let aspect = match kind {
                ChartKind::Profile => 1.0,
                ChartKind::Radar => 0.85,
                _ => 0.7,
            };
            let size = [(width * ppp) as u32, (width * aspect * ppp) as u32];
            if let Some(tex) = app.compare.charts.texture(ui.ctx(), kind, &data, size) {
                let [w, h] = tex.size();
                ui.add(
                    egui::Image::new((tex.id(), egui::vec2(width, width * h as f32 / w as f32)))
                        .alt_text(l.pick("Graphique de comparaison", "Comparison chart")),
                );
            }
            ui.add_space(6.0);
            table_ui(app, ui, &cmp);
        });
}

fn table_ui(app: &App, ui: &mut egui::Ui, cmp: &Comparison) {
    let l = app.lang;
    egui::Grid::new("compare-table")
        .striped(true)
        .show(ui, |ui| {
            ui.strong(l.pick("Famille", "Family"));
            for (i, it) in cmp.items.iter().enumerate() {
                ui.strong(format!("#{}", i + 1)).on_hover_text(it.label());
            }
            ui.strong(l.pick("Écart", "Change"));
            ui.end_row();
            for (f, row) in app.framework.families.iter().zip(&cmp.families) {
                ui.label(f.name.get(l));
                for lv in &row.levels {
                    ui.label(lv.map_or("n/a".to_string(), |v| v.to_string()));
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
                        ui.weak("n/a");
                    }
                }
                ui.end_row();
            }
            ui.strong(l.pick("Score de maturité", "Maturity score"));
            for it in &cmp.items {
                ui.strong(number(it.overall, l));
            }
            let dir = Direction::of(cmp.overall_delta);
            ui.colored_label(direction_color(ui, dir), signed(cmp.overall_delta, l));
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

fn signed(x: f64, l: crate::lang::Lang) -> String {
    crate::chart::data::signed(x, l)
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
