//! The menu bar: files, exports, recent files, language, theme and zoom.

use super::app::{App, Command, Mode};
use super::settings::Theme;
use crate::export::ExportFormat;
use crate::lang::Lang;

/// Draws the menu bar.
pub fn ui(app: &mut App, ui: &mut egui::Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(app.t("Fichier", "File"), |ui| {
            let items = [
                (app.t("Nouveau", "New"), "Ctrl+N", Command::New),
                (app.t("Ouvrir…", "Open…"), "Ctrl+O", Command::Open),
                (app.t("Enregistrer", "Save"), "Ctrl+S", Command::Save),
                (app.t("Enregistrer sous…", "Save as…"), "Shift+Ctrl+S", Command::SaveAs),
            ];
            for (label, keys, c) in items {
                if ui.add(egui::Button::new(label).shortcut_text(keys)).clicked() {
                    app.command(c);
                    ui.close();
                }
            }
            ui.separator();
            if ui.button(app.t("Épingler une référence…", "Pin a reference…")).clicked() {
                app.command(Command::Pin);
                ui.close();
            }
            if app.pinned.is_some() && ui.button(app.t("Retirer la référence", "Remove the reference")).clicked() {
                app.command(Command::Unpin);
                ui.close();
            }
            ui.separator();
            ui.menu_button(app.t("Fichiers récents", "Recent files"), |ui| {
                if app.settings.recent.is_empty() {
                    ui.label(app.t("(aucun)", "(none)"));
                }
                for p in app.settings.recent.clone() {
                    if ui.button(p.display().to_string()).clicked() {
                        app.command(Command::OpenPath(p));
                        ui.close();
                    }
                }
            });
        });
        ui.menu_button(app.t("Édition", "Edit"), |ui| {
            let can_undo = app.undoer.has_undo(&app.doc.assessment);
            let can_redo = app.undoer.has_redo(&app.doc.assessment);
            if ui.add_enabled(can_undo, egui::Button::new(app.t("Annuler", "Undo")).shortcut_text("Ctrl+Z")).clicked() {
                app.command(Command::Undo);
                ui.close();
            }
            if ui.add_enabled(can_redo, egui::Button::new(app.t("Rétablir", "Redo")).shortcut_text("Ctrl+Y")).clicked() {
                app.command(Command::Redo);
                ui.close();
            }
        });
        ui.menu_button(app.t("Exporter", "Export"), |ui| {
            for (label, f) in [
                (app.t("Résultats JSON…", "Results JSON…"), ExportFormat::Json),
                (app.t("Résultats CSV…", "Results CSV…"), ExportFormat::Csv),
                (app.t("Graphiques PNG…", "Charts PNG…"), ExportFormat::Png),
                (app.t("Graphiques SVG…", "Charts SVG…"), ExportFormat::Svg),
            ] {
                if ui.button(label).clicked() {
                    app.command(Command::Export(f));
                    ui.close();
                }
            }
            ui.separator();
            if ui.button(app.t("Tout exporter dans exports/", "Export all into exports/")).clicked() {
                app.command(Command::ExportAll);
                ui.close();
            }
        });
        ui.menu_button(app.t("Affichage", "View"), |ui| {
            for l in Lang::ALL {
                let name = l.pick("Français", "English");
                if ui.radio(app.lang == l, name).clicked() {
                    app.command(Command::SetLang(l));
                    ui.close();
                }
            }
            ui.separator();
            for (t, name) in [(Theme::Light, app.t("Thème clair", "Light theme")), (Theme::Dark, app.t("Thème sombre", "Dark theme"))] {
                if ui.radio(app.settings.theme == t, name).clicked() {
                    app.command(Command::SetTheme(t));
                    ui.close();
                }
            }
            ui.separator();
            ui.label(app.t("Zoom : Ctrl + / Ctrl - / Ctrl 0", "Zoom: Ctrl + / Ctrl - / Ctrl 0"));
        });
        ui.menu_button(app.t("Aide", "Help"), |ui| {
            ui.label(app.t(
                "Page préc./suiv. : famille précédente / suivante\nHaut / Bas : piste précédente / suivante\n0 à 5, Gauche / Droite : niveau atteint\nTab : champ suivant",
                "Page Up / Down: previous / next family\nUp / Down: previous / next track\n0 to 5, Left / Right: reached level\nTab: next field",
            ));
        });
        ui.separator();
        for (m, name) in [(Mode::Questionnaire, app.t("Questionnaire", "Questionnaire")), (Mode::Compare, app.t("Comparer", "Compare"))] {
            if ui.selectable_label(app.mode == m, name).clicked() && app.mode != m {
                app.command(Command::SetMode(m));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let other = match app.lang {
                Lang::Fr => Lang::En,
                Lang::En => Lang::Fr,
            };
            if ui.button(other.pick("Français", "English")).clicked() {
                app.command(Command::SetLang(other));
            }
        });
    });
}
