//! The app's modal windows: unsaved changes, recovered work, and the in-app file panel.

use super::App;
use crate::gui::command::Command;
use crate::gui::files::Purpose;
use crate::msg;
use std::path::PathBuf;

impl App {
    pub(super) fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(pending) = self.confirm.clone() else {
            return;
        };
        let l = self.lang;
        let mut answer = None;
        egui::Window::new(l.t("ui-unsaved-title"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                let name = self.doc.title(l.t("ui-untitled"));
                ui.label(crate::tr!(l, "ui-unsaved-question", name = name));
                ui.horizontal(|ui| {
                    if ui.button(l.t("ui-save-button")).clicked() {
                        answer = Some(0);
                    }
                    if ui.button(l.t("ui-discard")).clicked() {
                        answer = Some(1);
                    }
                    if ui.button(l.t("ui-cancel")).clicked()
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
                        self.info(msg!("ui-choose-where"), None);
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
        let l = self.lang;
        let file = snap
            .file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| l.t("ui-never-saved").into());
        let when = match chrono::DateTime::parse_from_rfc3339(&snap.saved_at) {
            Ok(t) => t
                .with_timezone(&chrono::Local)
                .format(l.t("ui-date-time-format"))
                .to_string(),
            Err(_) => snap.saved_at.clone(),
        };
        let a = &snap.assessment;
        let name = if a.retailer.trim().is_empty() {
            l.t("ui-unnamed").to_string()
        } else {
            crate::text::short(a.retailer.trim(), 80).into_owned()
        };
        let who = match &a.date {
            Some(d) => format!("{name}, {d}"),
            None => name,
        };
        let answered = a.tracks.iter().filter(|t| t.level.is_some()).count();
        let total = self.framework.tracks().count();
        let rows = [
            (l.t("ui-recovery-assessment"), who),
            (l.t("col-file"), file),
            (l.t("ui-recovery-saved-on"), when),
            (l.t("ui-recovery-answered"), format!("{answered} / {total}")),
        ];
        let mut answer = None;
        egui::Window::new(l.t("ui-recovery-title"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(l.t("ui-recovery-text"));
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
                    if ui.button(l.t("ui-restore")).clicked() {
                        answer = Some(true);
                    }
                    if ui.button(l.t("ui-discard-recovery")).clicked() {
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
        let l = self.lang;
        let mut keep = true;
        let saving = panel.purpose == Purpose::SaveAs;
        let title = match panel.purpose {
            Purpose::SaveAs => l.t("ui-panel-save-as"),
            Purpose::AddToCompare => l.t("ui-panel-add"),
            Purpose::Pin => l.t("ui-panel-pin"),
            Purpose::Template => l.t("ui-panel-template"),
            _ => l.t("ui-panel-open"),
        };
        egui::Window::new(title)
            .collapsible(false)
            .resizable(true)
            .default_width(520.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(l.t("ui-panel-no-dialog"));
                let label = ui.label(l.t("ui-panel-path"));
                let edit = ui
                    .add(egui::TextEdit::singleline(&mut panel.path).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
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
                    ui.label(l.t("ui-panel-known"));
                    egui::ScrollArea::vertical()
                        .max_height(220.0)
                        .show(ui, |ui| {
                            for p in &panel.known {
                                if ui
                                    .selectable_label(false, p.display().to_string())
                                    .clicked()
                                {
                                    panel.path = p.display().to_string();
                                }
                            }
                        });
                }
                ui.separator();
                if let Some(p) = &panel.overwrite {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        crate::tr!(l, "ui-panel-exists", path = p.display()),
                    );
                }
                ui.horizontal(|ui| {
                    let go = if saving {
                        l.t("ui-save-button")
                    } else {
                        l.t("ui-open-button")
                    };
                    if (ui.button(go).clicked() || enter) && !panel.path.trim().is_empty() {
                        let p = PathBuf::from(panel.path.trim());
                        // Saving over another existing file asks first.
                        let replaces_other =
                            saving && p.exists() && self.doc.path.as_ref() != Some(&p);
                        if replaces_other && panel.overwrite.as_ref() != Some(&p) {
                            panel.overwrite = Some(p);
                            return;
                        }
                        self.commands.push(match panel.purpose {
                            Purpose::SaveAs => Command::SaveTo(p),
                            Purpose::Pin => Command::PinPath(p),
                            Purpose::Template => Command::SetTemplate(Some(p)),
                            Purpose::AddToCompare => Command::AddToCompareKnown(p),
                            // The unsaved-changes question was asked before the panel opened.
                            _ => Command::Confirmed(Box::new(Command::OpenPath(p))),
                        });
                    }
                    if ui.button(l.t("ui-cancel")).clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        keep = false;
                    }
                });
            });
        if keep && self.panel.is_none() {
            self.panel = Some(panel);
        }
    }
}
