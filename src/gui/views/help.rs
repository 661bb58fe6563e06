//! Help: how to read the table, how the scores and stages are computed (from the framework
//! file, so another framework explains itself), the keyboard, and where files are kept.

use crate::chart::data::number;
use crate::framework::Framework;
use crate::gui::hotkeys as keys;
use crate::lang::Lang;
use egui::KeyboardShortcut;
use std::path::Path;

/// What help shows about this run.
pub struct HelpView<'a> {
    /// The framework answered.
    pub framework: &'a Framework,
    /// Interface language.
    pub lang: Lang,
    /// The app's data folder (settings, autosave), if any.
    pub data_dir: Option<&'a Path>,
    /// Where exports go.
    pub exports_dir: &'a Path,
}

/// The help window's content.
pub fn help_ui(ui: &mut egui::Ui, v: &HelpView<'_>) {
    let l = v.lang;
    let fw = v.framework;
    {
        ui.heading(l.t("ui-help-reading"));
        let ax = &fw.axes;
        ui.label(crate::tr!(
            l,
            "ui-help-axes",
            complexity = ax.complexity.get(l),
            simple = ax.simple.get(l),
            advanced = ax.advanced.get(l),
            maturity = ax.maturity.get(l),
            common = ax.common.get(l),
            innovative = ax.innovative.get(l)
        ));
        ui.label(l.t("ui-help-levels-text"));
        let multi: Vec<String> = fw
            .families
            .iter()
            .filter(|f| f.tracks.len() > 1)
            .map(|f| {
                let tracks: Vec<&str> = f
                    .tracks
                    .iter()
                    .filter_map(|t| t.name.as_ref().map(|n| n.get(l)))
                    .collect();
                crate::tr!(
                    l,
                    "ui-help-tracks-of",
                    family = f.name.get(l),
                    tracks = tracks.join(", ")
                )
            })
            .collect();
        for m in multi {
            ui.label(m);
        }
        ui.label(crate::tr!(
            l,
            "ui-help-in-store",
            column = ax.in_store.get(l)
        ));
        egui::CollapsingHeader::new(l.t("ui-help-reading-file"))
            .show(ui, |ui| ui.label(fw.reading.get(l)));

        ui.add_space(8.0);
        ui.heading(l.t("ui-help-scoring"));
        for key in crate::score::RULES {
            ui.label(format!("• {}", l.t(key)));
        }
        let weighted: Vec<String> = fw
            .families
            .iter()
            .filter(|f| (f.weight - 1.0).abs() > 1e-9)
            .map(|f| format!("{} × {}", f.name.get(l), f.weight))
            .collect();
        if !weighted.is_empty() {
            ui.label(crate::tr!(
                l,
                "ui-help-weights",
                weights = weighted.join(", ")
            ));
        }
        egui::Grid::new("help-stages")
            .striped(true)
            .num_columns(3)
            .show(ui, |ui| {
                for (i, s) in fw.stages.iter().enumerate() {
                    let to = fw.stages.get(i + 1).map_or(100.0, |n| n.from);
                    ui.strong(s.name.get(l));
                    ui.label(crate::tr!(
                        l,
                        "report-band",
                        from = number(s.from, l),
                        to = number(to, l)
                    ));
                    ui.label(s.description.as_ref().map_or("", |d| d.get(l)));
                    ui.end_row();
                }
            });

        ui.add_space(8.0);
        ui.heading(l.t("ui-help-guidance"));
        ui.label(l.t("ui-help-guidance-text"));
        if let Some(scale) = &fw.guidance_scale {
            ui.label(scale.effort.get(l));
            ui.label(scale.impact.get(l));
        }
        ui.label(l.t("ui-help-plan-order"));
        ui.label(l.t("ui-help-trust"));

        ui.add_space(8.0);
        ui.heading(l.t("ui-help-keyboard"));
        let ctx = ui.ctx().clone();
        let key = |k: &KeyboardShortcut| ctx.format_shortcut(k);
        let rows: Vec<(String, &str)> = vec![
            (
                format!(
                    "{} / {}",
                    key(&keys::PREVIOUS_FAMILY),
                    key(&keys::NEXT_FAMILY)
                ),
                "ui-help-key-families",
            ),
            (
                format!(
                    "{} / {}",
                    key(&keys::PREVIOUS_TRACK),
                    key(&keys::NEXT_TRACK)
                ),
                "ui-help-key-tracks",
            ),
            (
                format!(
                    "0 … 5, {} / {}",
                    key(&keys::LEVEL_DOWN),
                    key(&keys::LEVEL_UP)
                ),
                "ui-help-key-levels",
            ),
            ("Tab / Shift+Tab".into(), "ui-help-key-tab"),
            (
                format!(
                    "{} / {} / {}",
                    key(&keys::NEW),
                    key(&keys::OPEN),
                    key(&keys::SAVE)
                ),
                "ui-help-key-files",
            ),
            (key(&keys::SAVE_AS), "ui-save-as"),
            (
                format!(
                    "{} / {}, {}",
                    key(&keys::UNDO),
                    key(&keys::REDO_SHIFT),
                    key(&keys::REDO)
                ),
                "ui-help-key-undo",
            ),
            (key(&keys::GUIDE), "ui-help-key-guide"),
            (key(&keys::PRESENT), "ui-present-hint"),
            (key(&keys::HELP), "ui-help-key-help"),
            (key(&keys::QUIT), "ui-quit"),
        ];
        egui::Grid::new("help-keys")
            .striped(true)
            .num_columns(2)
            .show(ui, |ui| {
                for (k, what) in rows {
                    ui.monospace(k);
                    ui.label(l.t(what));
                    ui.end_row();
                }
            });

        ui.add_space(8.0);
        ui.heading(l.t("ui-help-files"));
        let data = v
            .data_dir
            .map(|d| d.display().to_string())
            .unwrap_or_else(|| l.t("ui-help-no-data-folder").into());
        ui.label(crate::tr!(l, "ui-help-data-folder", folder = data));
        ui.label(crate::tr!(
            l,
            "ui-help-exports-folder",
            folder = v.exports_dir.display()
        ));
    }
}
