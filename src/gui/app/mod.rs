//! The desktop app: its state in parts ([`parts`]), one frame's layout and views
//! ([`frame`]), the keys ([`keys`]), and the commands the views and keys ask for, applied in one
//! place ([`apply`]) — edits of the document through the [`Editor`].

mod apply;
mod exports;
mod files;
mod frame;
mod keys;
mod links;
mod parts;

use super::autosave::{self, Autosave};
use super::command::{Command, Detail, Mode, Status};
use super::compare_state::CompareState;
use super::document::Document;
use super::editor::Editor;
use super::platform::Dialogs;
use super::settings::{Settings, Theme};
use crate::assessment::Assessment;
use crate::framework::Framework;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::msg;
use crate::reference::Reference;
use crate::score::Scorecard;
use parts::{Compare, Navigation, Prefs, Results, Services, StatusBar, Windows};
use std::path::{Path, PathBuf};

/// The folder of exports made without a dialog, in the documents folder, for an assessment
/// not saved yet.
pub const EXPORTS_FOLDER_NAME: &str = "retail-maturity exports";

/// Options the app starts with.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The framework.
    pub framework: Option<Framework>,
    /// File to open at start (or a link to answers, `…#answers=…`).
    pub open: Option<PathBuf>,
    /// A link to answers to open at start (the web page's address carried one).
    pub link: Option<String>,
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

/// Everything the app holds, in parts.
pub struct App {
    framework: Framework,
    editor: Editor,
    nav: Navigation,
    results: Results,
    compare: Compare,
    windows: Windows,
    prefs: Prefs,
    services: Services,
    status: StatusBar,
    /// Commands asked for while others were applied (a confirmed one, a save before it).
    queued: Vec<Command>,
}

impl App {
    /// A new app.
    pub fn new(options: Options, settings: Settings) -> App {
        let framework = options
            .framework
            .unwrap_or_else(|| Framework::builtin().clone());
        let lang = options.lang.or(settings.lang).unwrap_or_else(Lang::system);
        let written = settings.clone();
        let mut settings = settings;
        if let Some(t) = options.theme {
            settings.theme = t;
        }
        let welcomed = settings.welcomed;
        settings.welcomed |= options.first_start;
        let editor = Editor::new(&framework, Document::new(&framework));
        let mut app = App {
            editor,
            nav: Navigation::new(),
            results: Results {
                tab: super::command::Tab::Profile,
                pinned: None,
                pinned_generation: 0,
                chart: Default::default(),
                presenting: false,
            },
            compare: Compare::default(),
            windows: Windows {
                welcome: options.first_start
                    && !welcomed
                    && options.open.is_none()
                    && options.link.is_none()
                    && options.compare.is_empty(),
                ..Windows::default()
            },
            prefs: Prefs {
                settings,
                written,
                lang,
            },
            services: Services {
                dialogs: Dialogs::new(options.dialogs),
                autosave: None,
                job: None,
                data_dir: options.data_dir.clone(),
                exports_dir: options.exports_dir.clone(),
            },
            status: StatusBar::default(),
            queued: Vec::new(),
            framework,
        };
        if let Some(dir) = &options.data_dir {
            match autosave::load(dir, &app.framework) {
                Ok(found) => app.windows.recovery = found,
                Err(e) => app.error(msg!("ui-autosave-unreadable"), Some(Detail::File(e.into()))),
            }
            app.services.autosave = Some(Autosave::new(dir));
        }
        let last = app.prefs.settings.recent.first().cloned();
        let link = options.link.or_else(|| {
            let given = options.open.as_ref()?.to_string_lossy().into_owned();
            crate::link::carries_answers(&given).then_some(given)
        });
        match (options.open, last) {
            _ if link.is_some() => app.open_link(link.as_deref().unwrap_or_default()),
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
            app.nav.mode = Mode::Compare;
        }
        app
    }

    /// The framework answered.
    pub fn framework(&self) -> &Framework {
        &self.framework
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        self.editor.doc()
    }

    /// The answers.
    pub fn assessment(&self) -> &Assessment {
        self.editor.assessment()
    }

    /// The scores of the answers.
    pub fn scorecard(&self) -> &Scorecard {
        self.editor.card()
    }

    /// The interface's language.
    pub fn lang(&self) -> Lang {
        self.prefs.lang
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        &self.prefs.settings
    }

    /// Questionnaire or comparison.
    pub fn mode(&self) -> Mode {
        self.nav.mode
    }

    /// The family shown.
    pub fn family(&self) -> usize {
        self.nav.family
    }

    /// The track the keys act on (framework order).
    pub fn track(&self) -> usize {
        self.nav.track
    }

    /// The chart of the results.
    pub fn results_chart(&self) -> &super::chart_view::ChartView {
        &self.results.chart
    }

    /// The chart of the comparison.
    pub fn compare_chart(&self) -> &super::chart_view::ChartView {
        &self.compare.chart
    }

    /// The Compare view's list.
    pub fn compare_state(&self) -> &CompareState {
        &self.compare.state
    }

    /// The reference pinned under the charts.
    pub fn pinned(&self) -> Option<&Reference> {
        self.results.pinned.as_ref()
    }

    /// The status bar's message.
    pub fn status(&self) -> Option<&Status> {
        self.status.status.as_ref()
    }

    /// The in-app file panel, when open.
    pub fn file_panel(&self) -> Option<&super::files::FilePanel> {
        self.windows.panel.as_ref()
    }

    /// Whether the welcome is shown.
    pub fn welcome_open(&self) -> bool {
        self.windows.welcome
    }

    /// Whether the help is shown.
    pub fn help_open(&self) -> bool {
        self.windows.help
    }

    /// The command waiting for the answer to "save the changes?", if any.
    pub fn confirming(&self) -> Option<&Command> {
        self.windows.confirm.as_ref()
    }

    /// Whether work found in the autosave is offered for restoring.
    pub fn recovery_offered(&self) -> bool {
        self.windows.recovery.is_some()
    }

    /// Whether the window may close (the unsaved-changes question was answered).
    pub fn may_close(&self) -> bool {
        self.windows.allow_close
    }

    /// The autosave, when the app has a data folder.
    pub fn autosave(&self) -> Option<&Autosave> {
        self.services.autosave.as_ref()
    }

    /// Asks for a command, applied at the start of the next frame (as a key would be).
    pub fn command(&mut self, c: Command) {
        self.queued.push(c);
    }

    /// Applies an edit of the answers at once, as the questionnaire would (tests, benchmarks).
    pub fn edit(&mut self, edit: crate::assessment::Edit) -> bool {
        self.editor.apply(&self.framework, &edit, 0.0)
    }

    /// Removes the status bar's message.
    pub fn clear_status(&mut self) {
        self.status = StatusBar::default();
    }

    /// The window title: file, unsaved mark, app name.
    pub fn title(&self) -> String {
        let doc = self.editor.doc();
        let mark = if doc.is_dirty() { "* " } else { "" };
        format!(
            "{mark}{} - retail-maturity",
            doc.title(self.prefs.lang.t("ui-untitled"))
        )
    }

    /// A browser tab's title: file, unsaved mark, and the score, as the tab is all that shows
    /// of the page among others.
    pub fn title_with_score(&self) -> String {
        let doc = self.editor.doc();
        let l = self.prefs.lang;
        let mark = if doc.is_dirty() { "* " } else { "" };
        let score = crate::chart::data::number(self.editor.card().overall, l);
        format!(
            "{mark}{} · {score} / 100 - retail-maturity",
            doc.title(l.t("ui-untitled"))
        )
    }

    /// The status bar's text in the current language, if any.
    pub fn status_text(&self) -> Option<String> {
        self.status
            .status
            .as_ref()
            .map(|s| s.render(self.prefs.lang))
    }

    fn info(&mut self, msg: Msg, detail: Option<Detail>) {
        self.say(msg, detail, false);
    }

    /// Shows an error in the status bar, until another message comes.
    pub fn error(&mut self, msg: Msg, detail: Option<Detail>) {
        self.say(msg, detail, true);
    }

    fn say(&mut self, msg: Msg, detail: Option<Detail>, error: bool) {
        // A problem stays until it has been seen: an information that comes in the same
        // frame (a file opened at start after a damaged autosave) does not replace it.
        if !error
            && self
                .status
                .status
                .as_ref()
                .is_some_and(|s| s.error && !s.seen)
        {
            return;
        }
        self.status.status = Some(Status {
            msg,
            detail,
            error,
            seen: false,
            folder: None,
        });
        self.status.about_generation = None;
    }

    /// Shows an error about the answers as they are (a date that is not a date): it goes as
    /// soon as they change.
    fn error_about_answers(&mut self, msg: Msg) {
        self.error(msg, None);
        self.status.about_generation = Some(self.editor.generation());
    }

    /// Writes the settings to the data folder when they changed since they were last written
    /// or tried: a failure is said once in the status bar, not retried every frame.
    pub fn keep_settings_saved(&mut self) {
        let Some(dir) = self.services.data_dir.clone() else {
            return;
        };
        if self.prefs.settings == self.prefs.written {
            return;
        }
        self.prefs.written = self.prefs.settings.clone();
        if let Err(e) = self.prefs.settings.save(&dir) {
            let detail = Detail::File(std::sync::Arc::new(e));
            self.error(msg!("ui-settings-not-saved"), Some(detail));
        }
    }

    /// Writes what the autosave still has to write (the window is closing).
    pub fn flush_autosave(&self) {
        if let Some(a) = &self.services.autosave {
            a.flush();
        }
    }

    /// The theme of the settings.
    pub fn theme(&self) -> Theme {
        self.prefs.settings.theme
    }

    /// The data folder, if any.
    pub fn data_dir(&self) -> Option<&Path> {
        self.services.data_dir.as_deref()
    }

    /// Where exports go when no dialog asks (README, "Files"): the folder chosen at start if
    /// any, else beside the assessment's file, else the documents folder's
    /// `retail-maturity exports`.
    pub fn exports_folder(&self) -> PathBuf {
        if let Some(d) = &self.services.exports_dir {
            return d.clone();
        }
        match self.editor.doc().path.as_deref().and_then(Path::parent) {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => files::documents_folder().join(EXPORTS_FOLDER_NAME),
        }
    }
}

/// Applies a theme to the context.
pub fn apply_theme(ctx: &egui::Context, t: Theme) {
    ctx.set_theme(match t {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    });
}
