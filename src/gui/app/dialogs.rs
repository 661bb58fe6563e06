//! The app's modal windows: unsaved changes, recovered work, and the in-app file panel.

use super::{App, Command};
use crate::gui::files::Purpose;
use crate::lang::Lang;
use std::path::PathBuf;

impl App {
    pub(super) fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(pending) = self.confirm.clone() else {
            return;
        };
        let mut answer = None;
        egui::Window::new(self.t("Modifications non enregistrées", "Unsaved changes"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                let name = self.doc.title(self.t("Sans titre", "Untitled"));
                let question = match self.lang {
                    Lang::Fr => format!("Enregistrer les modifications de « {name} » ?"),
                    Lang::En => format!("Save the changes to \"{name}\"?"),
                };
                ui.label(question);
                ui.horizontal(|ui| {
                    if ui.button(self.t("Enregistrer", "Save")).clicked() {
                        answer = Some(0);
                    }
                    if ui.button(self.t("Ne pas enregistrer", "Discard")).clicked() {
                        answer = Some(1);
                    }
                    if ui.button(self.t("Annuler", "Cancel")).clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        answer = Some(2);
                    }
                });
            });
        match answer {
            Some(0) => {
                self.confirm = None;
                match self.doc.path.clone() {
                    Some(p) => {
                        self.save_to(&p);
                        if !self.doc.is_dirty() {
                            self.commands.push(Command::Confirmed(Box::new(pending)));
                        }
                    }
                    None => {
                        self.commands.push(Command::SaveAs);
                        self.info(
                            self.t(
                                "Choisissez où enregistrer, puis recommencez.",
                                "Choose where to save, then try again.",
                            )
                            .into(),
                        );
                    }
                }
            }
            Some(1) => {
                self.confirm = None;
                if let Some(a) = &mut self.autosave {
                    a.discard();
                }
                self.commands.push(Command::Confirmed(Box::new(pending)));
            }
            Some(_) => {
                self.confirm = None;
            }
            None => {}
        }
    }

    pub(super) fn recovery_ui(&mut self, ctx: &egui::Context) {
        let Some(snap) = &self.recovery else { return };
        let file = snap
            .file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| self.t("jamais enregistrée", "never saved").into());
        let when = match chrono::DateTime::parse_from_rfc3339(&snap.saved_at) {
            Ok(t) => t
                .with_timezone(&chrono::Local)
                .format(self.t("%d/%m/%Y à %H:%M", "%Y-%m-%d at %H:%M"))
                .to_string(),
            Err(_) => snap.saved_at.clone(),
        };
        let a = &snap.assessment;
        let name = if a.retailer.trim().is_empty() {
            self.t("(sans nom)", "(unnamed)").to_string()
        } else {
            a.retailer.trim().to_string()
        };
        let who = match &a.date {
            Some(d) => format!("{name}, {d}"),
            None => name,
        };
        let answered = a.tracks.iter().filter(|t| t.level.is_some()).count();
        let total = self.framework.tracks().count();
        let rows = [
            (self.t("Évaluation", "Assessment"), who),
            (self.t("Fichier", "File"), file),
            (self.t("Sauvegardée le", "Saved on"), when),
            (
                self.t("Pistes renseignées", "Tracks answered"),
                format!("{answered} / {total}"),
            ),
        ];
        let mut answer = None;
        egui::Window::new(self.t("Travail non enregistré retrouvé", "Unsaved work found"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(self.t(
                    "L'application s'est arrêtée sans enregistrer. Une sauvegarde automatique a été retrouvée :",
                    "The app stopped without saving. An autosave was found:",
                ));
                ui.add_space(4.0);
                egui::Grid::new("recovery-details")
                    .num_columns(2)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        for (key, value) in &rows {
                            ui.weak(*key);
                            ui.label(value);
                            ui.end_row();
                        }
                    });
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    if ui.button(self.t("Restaurer", "Restore")).clicked() {
                        answer = Some(true);
                    }
                    if ui.button(self.t("Ignorer", "Discard")).clicked() {
                        answer = Some(false);
                    }
                });
            });
        match answer {
            Some(true) => self.commands.push(Command::Restore),
            Some(false) => self.commands.push(Command::DropRecovery),
            None => {}
        }
    }

    pub(super) fn file_panel_ui(&mut self, ctx: &egui::Context) {
        let Some(mut panel) = self.panel.take() else {
            return;
        };
        let mut keep = true;
        let saving = panel.purpose == Purpose::SaveAs;
        let title = match panel.purpose {
            Purpose::SaveAs => self.t("Enregistrer sous", "Save as"),
            Purpose::AddToCompare => self.t("Ajouter à la comparaison", "Add to the comparison"),
            Purpose::Pin => self.t("Épingler une référence", "Pin a reference"),
            _ => self.t("Ouvrir une évaluation", "Open an assessment"),
        };
        egui::Window::new(title)
            .collapsible(false)
            .resizable(true)
            .default_width(520.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(self.t(
                    "Aucune boîte de dialogue système n'est disponible : saisissez un chemin ou choisissez un fichier.",
                    "No system file dialog is available: type a path or pick a file.",
                ));
                let label = ui.label(self.t("Chemin du fichier", "File path"));
                let edit = ui.add(egui::TextEdit::singleline(&mut panel.path).desired_width(f32::INFINITY)).labelled_by(label.id);
                if std::mem::take(&mut panel.fresh) {
                    // The suggested path is selected, so typing replaces it.
                    if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), edit.id) {
                        let all = egui::text::CCursorRange::two(
                            egui::text::CCursor::new(0),
                            egui::text::CCursor::new(panel.path.chars().count()),
                        );
                        state.cursor.set_char_range(Some(all));
                        state.store(ui.ctx(), edit.id);
                    }
                    edit.request_focus();
                }
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if !panel.known.is_empty() && !saving {
                    ui.separator();
                    ui.label(self.t("Fichiers connus", "Known files"));
                    egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
                        for p in &panel.known {
                            if ui.selectable_label(false, p.display().to_string()).clicked() {
                                panel.path = p.display().to_string();
                            }
                        }
                    });
                }
                ui.separator();
                if let Some(p) = &panel.overwrite {
                    ui.colored_label(ui.visuals().warn_fg_color, match self.lang {
                        Lang::Fr => format!("{} existe déjà. Enregistrer à nouveau pour le remplacer.", p.display()),
                        Lang::En => format!("{} already exists. Save again to replace it.", p.display()),
                    });
                }
                ui.horizontal(|ui| {
                    let go = if saving { self.t("Enregistrer", "Save") } else { self.t("Ouvrir", "Open") };
                    if (ui.button(go).clicked() || enter) && !panel.path.trim().is_empty() {
                        let p = PathBuf::from(panel.path.trim());
                        // Saving over another existing file asks first.
                        let replaces_other = saving && p.exists() && self.doc.path.as_ref() != Some(&p);
                        if replaces_other && panel.overwrite.as_ref() != Some(&p) {
                            panel.overwrite = Some(p);
                            return;
                        }
                        self.commands.push(match panel.purpose {
                            Purpose::SaveAs => Command::SaveTo(p),
                            Purpose::Pin => Command::PinPath(p),
                            Purpose::AddToCompare => Command::AddToCompareKnown(p),
                            // The unsaved-changes question was asked before the panel opened.
                            _ => Command::Confirmed(Box::new(Command::OpenPath(p))),
                        });
                    }
                    if ui.button(self.t("Annuler", "Cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                        keep = false;
                    }
                });
            });
        if keep && self.panel.is_none() {
            self.panel = Some(panel);
        }
    }
}
