//! The desktop app: its state, the frame's layout (views side by side), and the commands the
//! views ask for, applied after drawing.

mod apply;
mod dialogs;
mod file_ops;
mod keys;

use super::autosave::{self, Autosave, Snapshot};
use super::charts::ChartCache;
use super::command::{Command, Detail, Mode, Status};
use super::compare_state::{CompareState, MAX_PICKED};
use super::document::Document;
use super::files::{Dialogs, FilePanel};
use super::settings::{Settings, Theme};
use super::views::{compare, menu, questionnaire, results};
use crate::assessment::Assessment;
use crate::export::EXPORTS_DIR;
use crate::framework::Framework;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::msg;
use crate::reference::Reference;
use crate::score::Scorecard;
use egui::util::undoer::Undoer;
use std::path::PathBuf;

/// Options the app starts with.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The framework.
    pub framework: Option<Framework>,
    /// File to open at start.
    pub open: Option<PathBuf>,
    /// Language forced by the command line.
    pub lang: Option<Lang>,
    /// Whether system file dialogs may be tried.
    pub dialogs: bool,
    /// Where exports go when no dialog is available (default `exports/`).
    pub exports_dir: Option<PathBuf>,
    /// Theme forced by the command line.
    pub theme: Option<Theme>,
    /// Start in the Compare view with these files picked.
    pub compare: Vec<PathBuf>,
    /// Reference to pin at start.
    pub reference: Option<PathBuf>,
    /// The app's data folder (autosave); none: no autosave.
    pub data_dir: Option<PathBuf>,
}

/// Everything the app holds.
pub struct App {
    /// The framework answered.
    pub framework: Framework,
    /// The open document.
    pub doc: Document,
    /// Remembered settings.
    pub settings: Settings,
    /// Interface language.
    pub lang: Lang,
    /// Index of the family shown.
    pub family: usize,
    /// Index (in framework order) of the track that digits and arrows act on.
    pub track: usize,
    /// The status bar message.
    pub status: Option<Status>,
    /// Scores of the current answers.
    pub card: Scorecard,
    /// Rendered charts of the questionnaire's results.
    pub charts: ChartCache,
    /// Rendered charts of the comparison.
    pub compare_charts: ChartCache,
    /// Which results tab is shown.
    pub results_tab: results::Tab,
    /// File dialogs.
    pub dialogs: Dialogs,
    /// The in-app file panel, when open.
    pub panel: Option<FilePanel>,
    /// Where exports go.
    pub exports_dir: PathBuf,
    /// Questionnaire or comparison.
    pub mode: Mode,
    /// The comparison view's state.
    pub compare: CompareState,
    /// The reference drawn under the profile, if pinned.
    pub pinned: Option<Reference>,
    /// Autosave of the work in progress.
    pub autosave: Option<Autosave>,
    /// Work found in the autosave at start, offered for restoring.
    pub recovery: Option<Snapshot>,
    /// A command waiting for the answer to "save the changes?".
    pub confirm: Option<Command>,
    /// Whether the window may close now.
    pub allow_close: bool,
    /// Undo and redo of the answers and details.
    pub undoer: Undoer<Assessment>,
    /// The app's data folder (settings, autosave), if any.
    pub data_dir: Option<PathBuf>,
    /// The answers as they were when the status bar's error was shown: the error goes once
    /// they change (the state it described is gone).
    error_state: Option<Assessment>,
    commands: Vec<Command>,
}

impl App {
    /// A new app.
    pub fn new(options: Options, settings: Settings) -> App {
        let framework = options
            .framework
            .unwrap_or_else(|| Framework::builtin().clone());
        let lang = options.lang.or(settings.lang).unwrap_or_else(Lang::system);
        let mut settings = settings;
        if let Some(t) = options.theme {
            settings.theme = t;
        }
        let doc = Document::new(&framework);
        let card = Scorecard::compute(&framework, &doc.assessment);
        let mut app = App {
            doc,
            card,
            settings,
            lang,
            family: 0,
            track: 0,
            status: None,
            charts: ChartCache::default(),
            compare_charts: ChartCache::default(),
            results_tab: results::Tab::Profile,
            dialogs: Dialogs::new(options.dialogs),
            panel: None,
            exports_dir: options
                .exports_dir
                .unwrap_or_else(|| PathBuf::from(EXPORTS_DIR)),
            mode: Mode::Questionnaire,
            compare: CompareState::default(),
            pinned: None,
            autosave: None,
            recovery: None,
            confirm: None,
            allow_close: false,
            undoer: new_undoer(),
            data_dir: options.data_dir.clone(),
            error_state: None,
            commands: Vec::new(),
            framework,
        };
        if let Some(dir) = &options.data_dir {
            match autosave::load(dir, &app.framework) {
                Ok(found) => app.recovery = found,
                Err(e) => app.error(msg!("ui-autosave-unreadable"), Some(Detail::File(e.into()))),
            }
            app.autosave = Some(Autosave::new(dir));
        }
        if let Some(p) = options.open {
            app.open_path(&p);
        }
        if let Some(p) = options.reference {
            app.pin_path(&p);
        }
        if !options.compare.is_empty() {
            app.refresh_compare();
            for p in options.compare {
                app.add_to_compare(p);
            }
            app.mode = Mode::Compare;
        }
        app
    }

    /// Asks for a command to be applied after this frame.
    pub fn command(&mut self, c: Command) {
        self.commands.push(c);
    }

    /// The window title: file, unsaved mark, app name.
    pub fn title(&self) -> String {
        let mark = if self.doc.is_dirty() { "* " } else { "" };
        format!(
            "{mark}{} - retail-maturity",
            self.doc.title(self.lang.t("ui-untitled"))
        )
    }

    /// The status bar's text in the current language, if any.
    pub fn status_text(&self) -> Option<String> {
        self.status.as_ref().map(|s| s.render(self.lang))
    }

    fn info(&mut self, msg: Msg, detail: Option<Detail>) {
        self.status = Some(Status {
            msg,
            detail,
            error: false,
        });
        self.error_state = None;
    }

    /// Shows an error in the status bar, until another message comes.
    pub fn error(&mut self, msg: Msg, detail: Option<Detail>) {
        self.status = Some(Status {
            msg,
            detail,
            error: true,
        });
        self.error_state = None;
    }

    /// Shows an error about the answers as they are (a date that is not a date): it goes as
    /// soon as they change.
    fn error_about_answers(&mut self, msg: Msg) {
        self.error(msg, None);
        self.error_state = Some(self.doc.assessment.clone());
    }

    /// Draws the whole app in `ui` and applies what was asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.is_dirty() && !self.allow_close
        {
            // Closing the window with unsaved changes asks first: Save / Discard / Cancel.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.command(Command::Quit);
        }
        self.poll_dialogs(&ctx);
        self.handle_keys(&ctx);
        self.take_dropped_files(&ctx);
        let menu_state = menu::MenuState {
            lang: self.lang,
            theme: self.settings.theme,
            mode: self.mode,
            recent: &self.settings.recent,
            can_undo: self.undoer.has_undo(&self.doc.assessment),
            can_redo: self.undoer.has_redo(&self.doc.assessment),
            pinned: self.pinned.is_some(),
        };
        let asked = egui::Panel::top("menu")
            .show(ui, |ui| menu::menu_ui(ui, &menu_state))
            .inner;
        self.commands.extend(asked);
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        let right_width = (ctx.content_rect().width() * 0.45).max(380.0);
        let l = self.lang;
        match self.mode {
            Mode::Questionnaire => {
                let asked = egui::Panel::left("families")
                    .resizable(true)
                    .default_size(250.0)
                    .size_range(200.0..=360.0)
                    .show(ui, |ui| {
                        questionnaire::families_ui(ui, &self.framework, &self.card, l, self.family)
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
                let asked = egui::Panel::right("results")
                    .resizable(true)
                    .default_size(right_width)
                    .size_range(340.0..=1400.0)
                    .show(ui, |ui| {
                        results::results_ui(ui, &view, &mut self.results_tab, &mut self.charts)
                    })
                    .inner;
                self.commands.extend(asked);
                let asked = egui::CentralPanel::default()
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
            }
            Mode::Compare => {
                let asked = egui::Panel::right("comparison")
                    .resizable(true)
                    .default_size(right_width.max(560.0))
                    .size_range(380.0..=1400.0)
                    .show(ui, |ui| {
                        compare::comparison_ui(
                            ui,
                            &mut self.compare,
                            &self.framework,
                            l,
                            &mut self.compare_charts,
                        )
                    })
                    .inner;
                self.commands.extend(asked);
                let asked = egui::CentralPanel::default()
                    .show(ui, |ui| {
                        compare::list_ui(ui, &mut self.compare, &self.framework, l)
                    })
                    .inner;
                self.commands.extend(asked);
            }
        }
        self.file_panel_ui(&ctx);
        self.confirm_ui(&ctx);
        self.recovery_ui(&ctx);
        self.apply_commands(&ctx);
        self.after_frame(&ctx);
    }

    /// Scores, undo steps, autosave, and errors whose cause is gone.
    fn after_frame(&mut self, ctx: &egui::Context) {
        self.card = Scorecard::compute(&self.framework, &self.doc.assessment);
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
                Mode::Questionnaire => crate::tr!(
                    l,
                    "ui-tracks-answered",
                    answered = self.card.answered,
                    total = self.card.total_tracks
                ),
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
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for p in dropped {
            match self.mode {
                Mode::Questionnaire => {
                    self.command(Command::OpenPath(p));
                    break;
                }
                Mode::Compare => self.add_to_compare(p),
            }
        }
    }

    /// Shows family `i` and puts the keyboard on its first track.
    pub fn select_family(&mut self, i: usize) {
        let i = i.min(self.framework.families.len() - 1);
        self.family = i;
        self.track = self.framework.families[..i]
            .iter()
            .map(|f| f.tracks.len())
            .sum();
    }

    /// Puts the keyboard on track `t` (framework order) and shows its family.
    pub fn select_track(&mut self, t: usize) {
        let t = t.min(self.framework.tracks().count() - 1);
        self.track = t;
        let mut seen = 0;
        for (fi, f) in self.framework.families.iter().enumerate() {
            if t < seen + f.tracks.len() {
                self.family = fi;
                break;
            }
            seen += f.tracks.len();
        }
    }
}

/// Seconds an edit rests before it becomes an undo step.
const UNDO_STABLE_TIME: f32 = 0.5;

fn new_undoer() -> Undoer<Assessment> {
    Undoer::with_settings(egui::util::undoer::Settings {
        max_undos: 200,
        stable_time: UNDO_STABLE_TIME,
        auto_save_interval: 10.0,
    })
}

/// Applies a theme to the context.
pub fn apply_theme(ctx: &egui::Context, t: Theme) {
    ctx.set_theme(match t {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    });
}
