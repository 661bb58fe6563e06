//! The desktop app: its state, the frame's layout (views side by side), and the commands the
//! views ask for, applied after drawing.

mod apply;
mod dialogs;
mod exports;
mod file_ops;
mod frame;
mod keys;

use super::autosave::{self, Autosave, Snapshot};
use super::chart_view::ChartView;
use super::command::{Command, Detail, Mode, Status};
use super::compare_state::CompareState;
use super::document::Document;
use super::files::FilePanel;
use super::platform::Dialogs;
use super::settings::{Settings, Theme};
use super::views::results;
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
    /// The welcome may be shown (a real window, not a screenshot run): it is, the first time.
    pub first_start: bool,
    /// Open the last file of the previous run (when no file is given).
    pub reopen_last: bool,
}

/// Everything the app holds.
pub struct App {
    /// The framework answered.
    pub framework: Framework,
    /// The open document.
    pub doc: Document,
    /// Remembered settings.
    pub settings: Settings,
    /// The settings as last written (or tried), or as read at start.
    settings_written: Settings,
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
    /// The chart of the questionnaire's results.
    pub charts: ChartView,
    /// The chart of the comparison.
    pub compare_charts: ChartView,
    /// Whether the chart is shown alone, the whole window.
    pub presenting: bool,
    /// Whether the help window is open.
    pub help_open: bool,
    /// Whether the welcome window is open (first start).
    pub welcome_open: bool,
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
    /// A report being made on another thread.
    job: Option<exports::Job>,
    /// Whether the keyboard is walking the widgets (the focused one is ringed).
    keyboard_walk: bool,
    commands: Vec<Command>,
}

impl App {
    /// A new app.
    pub fn new(options: Options, settings: Settings) -> App {
        let framework = options
            .framework
            .unwrap_or_else(|| Framework::builtin().clone());
        let lang = options.lang.or(settings.lang).unwrap_or_else(Lang::system);
        let settings_written = settings.clone();
        let mut settings = settings;
        if let Some(t) = options.theme {
            settings.theme = t;
        }
        let settings_welcomed = settings.welcomed;
        settings.welcomed |= options.first_start;
        let doc = Document::new(&framework);
        let card = Scorecard::compute(&framework, &doc.assessment);
        let mut app = App {
            doc,
            card,
            settings,
            settings_written,
            lang,
            family: 0,
            track: 0,
            status: None,
            charts: ChartView::default(),
            compare_charts: ChartView::default(),
            presenting: false,
            help_open: false,
            welcome_open: options.first_start
                && !settings_welcomed
                && options.open.is_none()
                && options.compare.is_empty(),
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
            job: None,
            keyboard_walk: false,
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
        let last = app.settings.recent.first().cloned();
        match (options.open, last) {
            (Some(p), _) => app.open_path(&p),
            (None, Some(p)) if options.reopen_last && p.is_file() => app.open_path(&p),
            _ => {}
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

    /// A browser tab's title: file, unsaved mark, and the score, as the tab is all that shows
    /// of the page among others.
    pub fn title_with_score(&self) -> String {
        let mark = if self.doc.is_dirty() { "* " } else { "" };
        let score = crate::chart::data::number(self.card.overall, self.lang);
        format!(
            "{mark}{} · {score} / 100 - retail-maturity",
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

    /// Writes the settings to the data folder when they changed since they were last written
    /// or tried: a failure is said once in the status bar, not retried every frame.
    pub fn keep_settings_saved(&mut self) {
        let Some(dir) = self.data_dir.clone() else {
            return;
        };
        if self.settings == self.settings_written {
            return;
        }
        self.settings_written = self.settings.clone();
        if let Err(e) = self.settings.save(&dir) {
            let detail = Detail::File(std::sync::Arc::new(e));
            self.error(crate::msg!("ui-settings-not-saved"), Some(detail));
        }
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
