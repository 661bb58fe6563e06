//! One frame of the app: the layout for the width there is ([`crate::gui::layout`]), the views
//! in the order their commands must take effect (the questionnaire before the results, so a new
//! answer's score shows in the frame it is given), the chart alone when presenting, the modal
//! windows, and after drawing: the autosave and errors whose cause is gone.

use super::App;
use crate::gui::chart_view::ChartView;
use crate::gui::command::{Command, Mode, Page, Tab};
use crate::gui::compare_state::MAX_PICKED;
use crate::gui::files::Purpose;
use crate::gui::layout::{self, GAP, Layout};
use crate::gui::views::questionnaire::{self, QuestionnaireView};
use crate::gui::views::{compare, comparison, dialogs, menu, results};
use crate::msg;
use std::hash::{Hash, Hasher};

impl App {
    /// Draws the whole app in `ui` and applies what was asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.before_frame(&ctx);
        let width = ctx.content_rect().width();
        let mut layout = Layout::for_width(width);
        self.keep_style(&ctx, layout);
        if let (Layout::Wide { ladder, .. }, true) = (layout, self.prefs.settings.hide_families) {
            layout = Layout::Medium { ladder };
        }
        let keys = self.keys(&ctx);
        self.apply_all(&ctx, keys);
        if self.results.presenting {
            self.presentation_ui(ui);
        } else {
            self.main_ui(ui, layout, width);
        }
        self.windows_ui(&ctx);
        self.focus_ring(&ctx);
        self.after_frame(&ctx);
        // The window, to a screen reader, is named as its title bar.
        let title = self.title();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |n| n.set_label(title));
    }

    /// The window's close button, the theme, the dialogs' and the report's answers; a message
    /// the user has acted on since it was shown may now be replaced.
    fn before_frame(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && self.editor.doc().is_dirty()
            && !self.windows.allow_close
        {
            // Closing the window with unsaved changes asks first: Save / Discard / Cancel.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.queued.push(Command::Quit);
        }
        let theme = match self.prefs.settings.theme {
            crate::gui::settings::Theme::Light => egui::Theme::Light,
            crate::gui::settings::Theme::Dark => egui::Theme::Dark,
        };
        if ctx.theme() != theme {
            ctx.set_theme(theme);
        }
        let acted = ctx.input(|i| {
            i.pointer.any_click()
                || i.events
                    .iter()
                    .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }))
        });
        if acted && let Some(s) = &mut self.status.status {
            s.seen = true;
        }
        self.poll_dialogs();
        self.poll_job(ctx);
        self.take_dropped_files(ctx);
        let queued = std::mem::take(&mut self.queued);
        self.apply_all(ctx, queued);
    }

    /// Sets the style of the layout when the layout changes kind (one column or more) or a
    /// touch screen shows itself (a tablet gets a finger's targets too).
    fn keep_style(&mut self, ctx: &egui::Context, layout: Layout) {
        let kind = (
            layout == Layout::Narrow,
            ctx.input(|i| i.has_touch_screen()),
        );
        if self.nav.style_for == Some(kind) {
            return;
        }
        self.nav.style_for = Some(kind);
        ctx.all_styles_mut(|s| *s = layout::style_for(layout, kind.1, s));
    }

    /// The menu, the status bar, and the view of the mode shown.
    fn main_ui(&mut self, ui: &mut egui::Ui, layout: Layout, width: f32) {
        let ctx = ui.ctx().clone();
        let asked = egui::Panel::top("menu")
            .show(ui, |ui| menu::menu_ui(ui, &self.menu_state(width)))
            .inner;
        self.apply_all(&ctx, asked);
        let asked = egui::Panel::bottom("status")
            .show(ui, |ui| self.status_ui(ui))
            .inner;
        self.apply_all(&ctx, asked.into_iter().collect());
        egui::CentralPanel::default().show(ui, |ui| match self.nav.mode {
            Mode::Questionnaire => self.questionnaire_ui(ui, layout),
            Mode::Compare => self.compare_ui(ui, width),
        });
    }

    fn menu_state(&self, width: f32) -> menu::MenuState<'_> {
        menu::MenuState {
            lang: self.prefs.lang,
            theme: self.prefs.settings.theme,
            mode: self.nav.mode,
            recent: &self.prefs.settings.recent,
            can_undo: self.editor.can_undo(),
            can_redo: self.editor.can_redo(),
            pinned: self.results.pinned.is_some(),
            families_shown: !self.prefs.settings.hide_families,
            csv: self.prefs.settings.csv,
            template: self.prefs.settings.template.as_deref(),
            folded: !layout::menu_bar_fits(width),
        }
    }

    fn questionnaire_view(&self) -> QuestionnaireView<'_> {
        QuestionnaireView {
            framework: &self.framework,
            lang: self.prefs.lang,
            assessment: self.editor.assessment(),
            card: self.editor.card(),
            family: self.nav.family,
            track: self.nav.track,
            reveal_track: self.nav.reveal_track,
            focus_level: self.nav.focus_level,
            guide: self.nav.guide,
        }
    }

    /// A key of what the results' charts show: they are made again when it changes.
    fn results_source(&self) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (
            self.editor.generation(),
            self.prefs.lang.code(),
            self.results.pinned_generation,
        )
            .hash(&mut h);
        h.finish()
    }

    /// What the results show, and their chart to draw it in (borrowed apart).
    fn results_parts(&mut self) -> (results::ResultsView<'_>, &mut ChartView) {
        let source = self.results_source();
        let v = results::ResultsView {
            framework: &self.framework,
            lang: self.prefs.lang,
            assessment: self.editor.assessment(),
            card: self.editor.card(),
            pinned: self.results.pinned.as_ref(),
            tab: self.results.tab,
            source,
        };
        (v, &mut self.results.chart)
    }

    /// The questionnaire in the columns of `layout`. The ladder is drawn first: its edits are
    /// applied before the families' progress and the results are drawn.
    fn questionnaire_ui(&mut self, ui: &mut egui::Ui, layout: Layout) {
        let ctx = ui.ctx().clone();
        let full = ui.available_rect_before_wrap();
        let (families, ladder, results) = match layout {
            Layout::Wide { families, ladder } => {
                let (f, rest) = split(full, families);
                let (l, r) = split(rest, ladder);
                (Some(f), l, r)
            }
            Layout::Medium { ladder } => {
                let (l, r) = split(full, ladder);
                (None, l, r)
            }
            Layout::Narrow => return self.narrow_ui(ui),
        };
        let asked = in_rect(ui, "ladder-column", ladder, |ui| {
            let v = self.questionnaire_view();
            let mut asked = Vec::new();
            if families.is_none() {
                asked.extend(questionnaire::stepper_ui(ui, &v));
                ui.add_space(4.0);
            }
            asked.extend(questionnaire::ladder_ui(ui, &v, true));
            asked
        });
        self.nav.reveal_track = false;
        self.nav.focus_level = None;
        self.apply_all(&ctx, asked);
        if let Some(rect) = families {
            let asked = in_rect(ui, "families-column", rect, |ui| {
                questionnaire::families_ui(ui, &self.questionnaire_view())
            });
            self.apply_all(&ctx, asked);
            separator(ui, rect.right() + GAP / 2.0, full);
        }
        separator(ui, ladder.right() + GAP / 2.0, full);
        let asked = in_rect(ui, "results-column", results, |ui| {
            let (v, chart) = self.results_parts();
            results::results_ui(ui, &v, chart)
        });
        self.apply_all(&ctx, asked);
    }

    /// One column (a phone): the score, the pages (questions, results, plan), and the page.
    fn narrow_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let l = self.prefs.lang;
        results::compact_summary_ui(ui, &self.results_parts().0);
        let mut page = self.nav.page;
        ui.horizontal(|ui| {
            let pages = [
                (Page::Questions, "ui-page-questions"),
                (Page::Results, "ui-page-results"),
                (Page::Plan, "ui-page-plan"),
            ];
            let w = (ui.available_width() - 2.0 * ui.spacing().item_spacing.x) / 3.0;
            for (p, key) in pages {
                let b = egui::Button::selectable(page == p, l.t(key))
                    .min_size(egui::vec2(w, ui.spacing().interact_size.y));
                if ui.add(b).clicked() {
                    page = p;
                }
            }
        });
        if page != self.nav.page {
            self.apply_all(&ctx, vec![Command::ShowPage(page)]);
        }
        ui.separator();
        let asked = match self.nav.page {
            Page::Questions => {
                let v = self.questionnaire_view();
                let mut asked = questionnaire::stepper_ui(ui, &v);
                ui.add_space(4.0);
                asked.extend(questionnaire::ladder_ui(ui, &v, true));
                self.nav.reveal_track = false;
                self.nav.focus_level = None;
                asked
            }
            Page::Results => {
                let (v, chart) = self.results_parts();
                let tab = if v.tab == Tab::Roadmap {
                    Tab::Profile
                } else {
                    v.tab
                };
                results::summary_ui(ui, &v);
                let mut asked = results::tabs_ui(ui, &v, tab, false);
                asked.extend(results::body_ui(ui, &v, tab, chart));
                asked
            }
            Page::Plan => {
                let (v, chart) = self.results_parts();
                results::body_ui(ui, &v, Tab::Roadmap, chart)
            }
        };
        self.apply_all(&ctx, asked);
    }

    /// The Compare view: the list beside the comparison, or above it where there is no room.
    fn compare_ui(&mut self, ui: &mut egui::Ui, width: f32) {
        let ctx = ui.ctx().clone();
        let l = self.prefs.lang;
        let full = ui.available_rect_before_wrap();
        let (list, view) = match layout::compare_list_width(width) {
            Some(w) => split(full, w),
            None => {
                let h = (full.height() * 0.42).max(160.0);
                let (top, bottom) = full.split_top_bottom_at_y(full.top() + h);
                (top, bottom.shrink2(egui::vec2(0.0, GAP / 2.0)))
            }
        };
        let asked = in_rect(ui, "compare-list", list, |ui| {
            compare::list_ui(ui, &mut self.compare.state, &self.framework, l)
        });
        self.apply_all(&ctx, asked);
        let asked = in_rect(ui, "comparison", view, |ui| {
            comparison::comparison_ui(
                ui,
                &mut self.compare.state,
                &self.framework,
                l,
                &mut self.compare.chart,
            )
        });
        self.apply_all(&ctx, asked);
    }

    /// The chart alone, the whole window (for a meeting-room screen); Esc comes back.
    fn presentation_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let l = self.prefs.lang;
        let kind = if self.results.tab == Tab::Radar {
            crate::chart::ChartKind::Radar
        } else {
            crate::chart::ChartKind::Profile
        };
        let asked = egui::CentralPanel::default()
            .show(ui, |ui| {
                let (v, chart) = self.results_parts();
                let mut asked = Vec::new();
                ui.horizontal(|ui| {
                    let name = crate::text::short(v.assessment.retailer.trim(), 80);
                    ui.heading(format!(
                        "{name}  {} / 100",
                        crate::chart::data::number(v.card.overall, l)
                    ));
                    if ui.button(l.t("ui-present-leave")).clicked() {
                        asked.push(Command::Present(false));
                    }
                });
                let h = ui.available_height() - 8.0;
                asked.extend(results::chart_ui(ui, &v, kind, chart, Some(h), true));
                asked
            })
            .inner;
        self.apply_all(&ctx, asked);
    }

    /// The modal windows: the recovered work first, then the unsaved-changes question, the
    /// file panel, the welcome and the help.
    fn windows_ui(&mut self, ctx: &egui::Context) {
        let l = self.prefs.lang;
        let asked = if let Some(snap) = &self.windows.recovery {
            dialogs::recovery_ui(ctx, &self.framework, l, snap)
        } else if let Some(pending) = &self.windows.confirm {
            let name = self.editor.doc().title(l.t("ui-untitled"));
            dialogs::confirm_ui(ctx, l, &name, pending)
        } else if let Some(panel) = &mut self.windows.panel {
            dialogs::file_panel_ui(ctx, l, panel, self.editor.doc().path.as_deref())
        } else if let Some(panel) = &mut self.windows.links {
            dialogs::links_ui(ctx, l, panel)
        } else if self.windows.welcome {
            dialogs::welcome_ui(ctx, &self.framework, l, &self.prefs.settings.recent)
        } else if self.windows.help {
            let exports = crate::store::absolute(&self.exports_folder());
            let v = crate::gui::views::help::HelpView {
                framework: &self.framework,
                lang: l,
                data_dir: self.services.data_dir.as_deref(),
                exports_dir: &exports,
            };
            dialogs::help_ui(ctx, &v)
        } else {
            Vec::new()
        };
        self.apply_all(ctx, asked);
    }

    /// While the keyboard walks the widgets (Tab), a ring around the one that has the focus:
    /// egui's own cue for a focused button or radio is faint.
    fn focus_ring(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.key_pressed(egui::Key::Tab)) {
            self.nav.keyboard_walk = true;
        } else if ctx.input(|i| i.pointer.any_pressed()) {
            self.nav.keyboard_walk = false;
        }
        let focused = ctx
            .memory(|m| m.focused())
            .and_then(|id| ctx.read_response(id));
        let (true, Some(r)) = (self.nav.keyboard_walk, focused) else {
            return;
        };
        // Above the widget's own layer (a modal's ring over the modal), never above a modal
        // from behind it.
        let layer = egui::LayerId::new(r.layer_id.order, egui::Id::unique("focus-ring"));
        ctx.set_sublayer(r.layer_id, layer);
        let stroke = egui::Stroke::new(2.0, ctx.global_style().visuals.selection.stroke.color);
        ctx.layer_painter(layer).rect_stroke(
            r.rect.expand(1.0),
            3.0,
            stroke,
            egui::StrokeKind::Outside,
        );
    }

    /// The autosave, and errors about answers that have changed since.
    fn after_frame(&mut self, ctx: &egui::Context) {
        if self
            .status
            .about_generation
            .is_some_and(|g| g != self.editor.generation())
        {
            self.status.status = None;
            self.status.about_generation = None;
        }
        let now = ctx.input(|i| i.time);
        if let Some(auto) = &mut self.services.autosave {
            let doc = self.editor.doc();
            let due = auto.tick(
                now,
                doc.is_dirty(),
                doc.path.as_deref(),
                self.editor.generation(),
                &doc.assessment,
            );
            if let Some(secs) = due {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(secs.max(0.05)));
            }
            if let Some(e) = auto.error.take() {
                self.error(
                    msg!("ui-autosave-failed"),
                    Some(crate::gui::command::Detail::Text(e)),
                );
            }
        }
    }

    #[must_use]
    fn status_ui(&mut self, ui: &mut egui::Ui) -> Option<Command> {
        let l = self.prefs.lang;
        let narrow = self.nav.style_for.is_some_and(|(narrow, _)| narrow);
        ui.horizontal_wrapped(|ui| {
            let counter = match self.nav.mode {
                // Tracks of families that do not apply are not asked.
                Mode::Questionnaire => {
                    let (answered, total) = self.editor.card().applicable_answered();
                    crate::tr!(l, "ui-tracks-answered", answered = answered, total = total)
                }
                Mode::Compare => crate::tr!(
                    l,
                    "ui-ticked",
                    ticked = self.compare.state.picked.len(),
                    max = MAX_PICKED
                ),
            };
            ui.label(counter);
            ui.separator();
            let mut open = None;
            if let Some(s) = &self.status.status {
                let color = if s.error {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                // A long message (a path) wraps, broken anywhere if it must, never past the edge.
                let text = egui::RichText::new(s.render(l)).color(color);
                if narrow {
                    // A phone keeps its screen for the questions: one line, the whole on hover.
                    let full = s.render(l);
                    ui.add(egui::Label::new(text).truncate())
                        .on_hover_text(full);
                } else {
                    ui.add(egui::Label::new(text).wrap());
                }
                if let (Some(dir), true) = (&s.folder, crate::gui::platform::OPENS_FOLDERS)
                    && ui.small_button(l.t("ui-open-folder")).clicked()
                {
                    open = Some(Command::OpenFolder(dir.clone()));
                }
            }
            open
        })
        .inner
    }

    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let files = ctx.input(|i| i.raw.dropped_files.clone());
        if files.is_empty() {
            return;
        }
        let purpose = match self.nav.mode {
            Mode::Questionnaire => Purpose::Open,
            Mode::Compare => Purpose::AddToCompare,
        };
        // On the desktop, their paths now; in a browser, read first, then they come back
        // through the dialogs' answers.
        for p in self.services.dialogs.dropped(files, purpose, ctx) {
            match self.nav.mode {
                Mode::Questionnaire => {
                    self.queued.push(Command::OpenPath(p));
                    break;
                }
                Mode::Compare => self.add_to_compare(p),
            }
        }
    }
}

/// `rect` cut in two at `width` from its left, with a gap between.
fn split(rect: egui::Rect, width: f32) -> (egui::Rect, egui::Rect) {
    let (left, right) = rect.split_left_right_at_x(rect.left() + width);
    (left, right.with_min_x(right.left() + GAP))
}

/// Runs `add` in a child of `ui` that fills `rect`, its content clipped to it.
fn in_rect<R>(
    ui: &mut egui::Ui,
    id: &str,
    rect: egui::Rect,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .id_salt(id)
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    add(&mut child)
}

/// A vertical line between two columns.
fn separator(ui: &egui::Ui, x: f32, full: egui::Rect) {
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    ui.painter().vline(x, full.y_range(), stroke);
}
