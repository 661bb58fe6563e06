//! One frame of the app: the panels side by side (families, questionnaire, results; or the
//! list and the comparison), the chart alone when presenting, the windows, and after drawing:
//! the commands, scores, undo steps, autosave.

use super::{App, UNDO_STABLE_TIME};
use crate::gui::command::{Command, Detail, Mode};
use crate::gui::compare_state::MAX_PICKED;
use crate::gui::files::Purpose;
use crate::gui::views::{compare, comparison, help, menu, questionnaire, results, welcome};
use crate::msg;
use crate::score::Scorecard;

impl App {
    /// Draws the whole app in `ui` and applies what was asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.is_dirty() && !self.allow_close
        {
            // Closing the window with unsaved changes asks first: Save / Discard / Cancel.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.command(Command::Quit);
        }
        let theme = match self.settings.theme {
            crate::gui::settings::Theme::Light => egui::Theme::Light,
            crate::gui::settings::Theme::Dark => egui::Theme::Dark,
        };
        if ctx.theme() != theme {
            ctx.set_theme(theme);
        }
        self.poll_dialogs(&ctx);
        self.poll_job(&ctx);
        self.handle_keys(&ctx);
        self.take_dropped_files(&ctx);
        if self.presenting {
            self.presentation_ui(ui);
        } else {
            self.panels_ui(ui, &ctx);
        }
        self.windows_ui(&ctx);
        self.focus_ring(&ctx);
        self.apply_commands(&ctx);
        self.after_frame(&ctx);
    }

    /// The menu, the status bar, and the panels of the mode shown.
    fn panels_ui(&mut self, ui: &mut egui::Ui, ctx: &egui::Context) {
        let menu_state = menu::MenuState {
            lang: self.lang,
            theme: self.settings.theme,
            mode: self.mode,
            recent: &self.settings.recent,
            can_undo: self.undoer.has_undo(&self.doc.assessment),
            can_redo: self.undoer.has_redo(&self.doc.assessment),
            pinned: self.pinned.is_some(),
            families_shown: !self.settings.hide_families,
            csv: self.settings.csv,
            template: self.settings.template.as_deref(),
        };
        let asked = egui::Panel::top("menu")
            .show(ui, |ui| menu::menu_ui(ui, &menu_state))
            .inner;
        self.commands.extend(asked);
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        let width = ctx.content_rect().width();
        let l = self.lang;
        match self.mode {
            Mode::Questionnaire => {
                // Left to right, as they are read (and as Tab goes): families, the
                // questionnaire, the results; what is left of the width goes to the charts.
                let families_w = (width * 0.17).clamp(160.0, 250.0);
                if !self.settings.hide_families {
                    let asked = side_panel("families", families_w, 150.0..=320.0)
                        .show(ui, |ui| {
                            questionnaire::families_ui(
                                ui,
                                &self.framework,
                                &self.card,
                                l,
                                self.family,
                            )
                        })
                        .inner;
                    self.commands.extend(asked);
                }
                let ladder_w = ((width - families_w) * 0.48).clamp(360.0, 620.0);
                let asked = side_panel("questionnaire", ladder_w, 320.0..=900.0)
                    .show(ui, |ui| {
                        questionnaire::ladder_ui(
                            ui,
                            &self.framework,
                            l,
                            &mut self.doc,
                            self.family,
                            self.track,
                        )
                    })
                    .inner;
                self.commands.extend(asked);
                let view = results::ResultsView {
                    framework: &self.framework,
                    lang: l,
                    assessment: &self.doc.assessment,
                    card: &self.card,
                    pinned: self.pinned.as_ref(),
                };
                let asked = egui::CentralPanel::default()
                    .show(ui, |ui| {
                        results::results_ui(ui, &view, &mut self.results_tab, &mut self.charts)
                    })
                    .inner;
                self.commands.extend(asked);
            }
            Mode::Compare => {
                let asked = side_panel(
                    "candidates",
                    (width * 0.36).clamp(360.0, 560.0),
                    320.0..=900.0,
                )
                .show(ui, |ui| {
                    compare::list_ui(ui, &mut self.compare, &self.framework, l)
                })
                .inner;
                self.commands.extend(asked);
                let asked = egui::CentralPanel::default()
                    .show(ui, |ui| {
                        comparison::comparison_ui(
                            ui,
                            &mut self.compare,
                            &self.framework,
                            l,
                            &mut self.compare_charts,
                        )
                    })
                    .inner;
                self.commands.extend(asked);
            }
        }
    }

    /// The chart alone, the whole window (for a meeting-room screen); Esc comes back.
    fn presentation_ui(&mut self, ui: &mut egui::Ui) {
        let l = self.lang;
        let kind = if self.results_tab == results::Tab::Radar {
            crate::chart::ChartKind::Radar
        } else {
            crate::chart::ChartKind::Profile
        };
        let view = results::ResultsView {
            framework: &self.framework,
            lang: l,
            assessment: &self.doc.assessment,
            card: &self.card,
            pinned: self.pinned.as_ref(),
        };
        let mut asked = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                let name = crate::text::short(self.doc.assessment.retailer.trim(), 80);
                ui.heading(format!(
                    "{name}  {} / 100",
                    crate::chart::data::number(self.card.overall, l)
                ));
                if ui.button(l.t("ui-present-leave")).clicked() {
                    asked.push(Command::Present(false));
                }
            });
            let h = ui.available_height() - 8.0;
            results::chart_ui(ui, &view, kind, &mut self.charts, &mut asked, Some(h), true);
        });
        self.commands.extend(asked);
    }

    /// Help, the welcome, the file panel, the questions.
    fn windows_ui(&mut self, ctx: &egui::Context) {
        let l = self.lang;
        if self.help_open {
            let v = help::HelpView {
                framework: &self.framework,
                lang: l,
                data_dir: self.data_dir.as_deref(),
                exports_dir: &self.exports_dir,
            };
            let mut open = true;
            egui::Window::new(l.t("ui-help-title"))
                .open(&mut open)
                .default_size([620.0, 520.0])
                .show(ctx, |ui| help::help_ui(ui, &v));
            self.help_open = open;
        }
        if self.welcome_open && self.recovery.is_none() {
            let mut close = false;
            let mut asked = Vec::new();
            egui::Window::new(l.t("ui-welcome-title"))
                .collapsible(false)
                .resizable(false)
                .default_width(520.0)
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ctx, |ui| {
                    asked = welcome::welcome_ui(
                        ui,
                        &self.framework,
                        l,
                        &self.settings.recent,
                        &mut close,
                    )
                });
            self.commands.extend(asked);
            if close {
                self.welcome_open = false;
            }
        }
        self.file_panel_ui(ctx);
        self.confirm_ui(ctx);
        self.recovery_ui(ctx);
    }

    /// While the keyboard walks the widgets (Tab), a ring around the one that has the focus:
    /// egui's own cue for a focused button or radio is faint.
    fn focus_ring(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.key_pressed(egui::Key::Tab)) {
            self.keyboard_walk = true;
        } else if ctx.input(|i| i.pointer.any_pressed()) {
            self.keyboard_walk = false;
        }
        let focused = ctx
            .memory(|m| m.focused())
            .and_then(|id| ctx.read_response(id));
        let (true, Some(r)) = (self.keyboard_walk, focused) else {
            return;
        };
        let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("focus-ring"));
        let stroke = egui::Stroke::new(2.0, ctx.global_style().visuals.selection.stroke.color);
        ctx.layer_painter(layer).rect_stroke(
            r.rect.expand(1.0),
            3.0,
            stroke,
            egui::StrokeKind::Outside,
        );
    }

    /// Scores, undo steps, autosave, and errors whose cause is gone.
    fn after_frame(&mut self, ctx: &egui::Context) {
        let card = Scorecard::compute(&self.framework, &self.doc.assessment);
        if card != self.card {
            // This frame showed the scores before the change: one more frame shows them.
            self.card = card;
            ctx.request_repaint();
        }
        if self
            .error_state
            .as_ref()
            .is_some_and(|a| a != &self.doc.assessment)
        {
            self.status = None;
            self.error_state = None;
        }
        let now = ctx.input(|i| i.time);
        self.undoer.feed_state(now, &self.doc.assessment);
        if self.undoer.is_in_flux() {
            ctx.request_repaint_after(std::time::Duration::from_secs_f32(UNDO_STABLE_TIME));
        }
        if let Some(auto) = &mut self.autosave {
            let due = auto.tick(
                now,
                self.doc.is_dirty(),
                self.doc.path.as_deref(),
                &self.doc.assessment,
            );
            if let Some(secs) = due {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(secs.max(0.05)));
            }
            if let Some(e) = auto.error.take() {
                self.error(msg!("ui-autosave-failed"), Some(Detail::Text(e)));
            }
        }
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        let l = self.lang;
        ui.horizontal(|ui| {
            let counter = match self.mode {
                // Tracks of families that do not apply are not asked.
                Mode::Questionnaire => {
                    let applicable = self.card.families.iter().filter(|f| f.applicable);
                    let (answered, total) = applicable.fold((0, 0), |(a, t), f| {
                        (
                            a + f.tracks.iter().filter(|x| x.answered).count(),
                            t + f.tracks.len(),
                        )
                    });
                    crate::tr!(l, "ui-tracks-answered", answered = answered, total = total)
                }
                Mode::Compare => crate::tr!(
                    l,
                    "ui-ticked",
                    ticked = self.compare.picked.len(),
                    max = MAX_PICKED
                ),
            };
            ui.label(counter);
            ui.separator();
            if let Some(s) = &self.status {
                let color = if s.error {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                ui.colored_label(color, s.render(l));
            }
        });
    }

    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let files = ctx.input(|i| i.raw.dropped_files.clone());
        if files.is_empty() {
            return;
        }
        let purpose = match self.mode {
            Mode::Questionnaire => Purpose::Open,
            Mode::Compare => Purpose::AddToCompare,
        };
        // On the desktop, their paths now; in a browser, read first, then they come back
        // through the dialogs' answers.
        for p in self.dialogs.dropped(files, purpose, ctx) {
            match self.mode {
                Mode::Questionnaire => {
                    self.command(Command::OpenPath(p));
                    break;
                }
                Mode::Compare => self.add_to_compare(p),
            }
        }
    }
}

/// A resizable panel on the left: `default` wide at first, within `range`.
fn side_panel(id: &str, default: f32, range: std::ops::RangeInclusive<f32>) -> egui::Panel {
    egui::Panel::left(id)
        .resizable(true)
        .default_size(default)
        .size_range(range)
}
