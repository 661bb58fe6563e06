//! The desktop app: state, the frame's layout, and the commands views ask for, applied after drawing.

mod dialogs;
mod file_ops;

use super::autosave::{self, Autosave, Snapshot};
use super::charts::ChartCache;
use super::compare_view::{self, CompareState};
use super::document::Document;
use super::files::{Dialogs, FilePanel, Purpose};
use super::settings::{Settings, Theme};
use super::{keys, menu, questionnaire, results};
use crate::export::{EXPORTS_DIR, ExportFormat};
use crate::framework::Framework;
use crate::lang::Lang;
use crate::reference::Reference;
use crate::score::Scorecard;
use egui::util::undoer::Undoer;
use std::path::PathBuf;

/// Something a view asks for; applied after the frame is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// A new blank assessment.
    New,
    /// Choose a file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Save to the current file (or choose one).
    Save,
    /// Choose a file to save to.
    SaveAs,
    /// Save to this file.
    SaveTo(PathBuf),
    /// Export in a format (through a dialog when there is one, else into `exports/`).
    Export(ExportFormat),
    /// Export every format into `exports/`.
    ExportAll,
    /// Switch language.
    SetLang(Lang),
    /// Switch theme.
    SetTheme(Theme),
    /// Show a family.
    SelectFamily(usize),
    /// Close the in-app file panel.
    ClosePanel,
    /// Show the questionnaire or the comparison.
    SetMode(Mode),
    /// Scan the known files again for the comparison.
    RefreshCompare,
    /// Choose a file to add to the comparison.
    AddToCompare,
    /// Export the comparison.
    ExportComparison(ExportFormat),
    /// Choose a reference (or assessment) file to pin.
    Pin,
    /// Pin this reference or assessment file.
    PinPath(PathBuf),
    /// Remove the pinned reference.
    Unpin,
    /// Add this file to the comparison.
    AddToCompareKnown(PathBuf),
    /// Undo the last change of the answers or details.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Close the window (after the unsaved-changes question).
    Quit,
    /// Carry out a command whose unsaved-changes question was answered.
    Confirmed(Box<Command>),
    /// Restore the work recovered from the autosave.
    Restore,
    /// Drop the work recovered from the autosave.
    DropRecovery,
}

/// What the main area shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Answer the questionnaire, with live results.
    Questionnaire,
    /// Compare saved assessments.
    Compare,
}

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    /// The text.
    pub text: String,
    /// Whether it reports a failure.
    pub error: bool,
}

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
    /// Rendered charts.
    pub charts: ChartCache,
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
    pub undoer: Undoer<crate::assessment::Assessment>,
    /// The app's data folder (settings, autosave), if any.
    pub data_dir: Option<PathBuf>,
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
            commands: Vec::new(),
            framework,
        };
        if let Some(dir) = &options.data_dir {
            match autosave::load(dir, &app.framework) {
                Ok(found) => app.recovery = found,
                Err(e) => app.error(format!(
                    "{} {e}",
                    app.t(
                        "Sauvegarde automatique illisible, ignorée :",
                        "Unreadable autosave, ignored:"
                    )
                )),
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

    /// Picks a message in the interface language.
    pub fn t<'a>(&self, fr: &'a str, en: &'a str) -> &'a str {
        self.lang.pick(fr, en)
    }

    /// The window title: file, unsaved mark, app name.
    pub fn title(&self) -> String {
        let mark = if self.doc.is_dirty() { "* " } else { "" };
        format!(
            "{mark}{} - retail-maturity",
            self.doc.title(self.t("Sans titre", "Untitled"))
        )
    }

    fn info(&mut self, text: String) {
        self.status = Some(Status { text, error: false });
    }

    /// Shows an error in the status bar.
    pub fn report_error(&mut self, text: String) {
        self.error(text);
    }

    fn error(&mut self, text: String) {
        self.status = Some(Status { text, error: true });
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
        keys::handle(self, &ctx);
        self.take_dropped_files(&ctx);
        egui::Panel::top("menu").show(ui, |ui| menu::ui(self, ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        let right_width = (ctx.content_rect().width() * 0.45).max(380.0);
        match self.mode {
            Mode::Questionnaire => {
                egui::Panel::left("families")
                    .resizable(true)
                    .default_size(250.0)
                    .size_range(200.0..=360.0)
                    .show(ui, |ui| questionnaire::families_ui(self, ui));
                egui::Panel::right("results")
                    .resizable(true)
                    .default_size(right_width)
                    .size_range(340.0..=1400.0)
                    .show(ui, |ui| results::ui(self, ui));
                egui::CentralPanel::default().show(ui, |ui| questionnaire::ladder_ui(self, ui));
            }
            Mode::Compare => {
                egui::Panel::right("comparison")
                    .resizable(true)
                    .default_size(right_width.max(560.0))
                    .size_range(380.0..=1400.0)
                    .show(ui, |ui| compare_view::results_ui(self, ui));
                egui::CentralPanel::default().show(ui, |ui| compare_view::list_ui(self, ui));
            }
        }
        self.file_panel_ui(&ctx);
        self.confirm_ui(&ctx);
        self.recovery_ui(&ctx);
        self.apply_commands(&ctx);
        self.card = Scorecard::compute(&self.framework, &self.doc.assessment);
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
                self.error(format!(
                    "{} {e}",
                    self.t("Échec de la sauvegarde automatique :", "Autosave failed:")
                ));
            }
        }
    }

    /// Whether a command must first ask about unsaved changes.
    fn needs_confirmation(&self, c: &Command) -> bool {
        matches!(
            c,
            Command::New | Command::Open | Command::OpenPath(_) | Command::Quit
        ) && self.doc.is_dirty()
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let counter = match self.mode {
                Mode::Questionnaire => format!(
                    "{} {} / {}",
                    self.t("Pistes renseignées :", "Tracks answered:"),
                    self.card.answered,
                    self.card.total_tracks
                ),
                Mode::Compare => format!(
                    "{} {} / {}",
                    self.t("Évaluations cochées :", "Assessments ticked:"),
                    self.compare.picked.len(),
                    compare_view::MAX_PICKED
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
                ui.colored_label(color, &s.text);
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

    fn apply_commands(&mut self, ctx: &egui::Context) {
        for c in std::mem::take(&mut self.commands) {
            if self.needs_confirmation(&c) {
                self.confirm = Some(c);
                continue;
            }
            let c = match c {
                Command::Confirmed(inner) => *inner,
                other => other,
            };
            match c {
                Command::Confirmed(_) => {}
                Command::Undo => {
                    if let Some(s) = self.undoer.undo(&self.doc.assessment) {
                        self.doc.assessment = s.clone();
                    }
                }
                Command::Redo => {
                    if let Some(s) = self.undoer.redo(&self.doc.assessment) {
                        self.doc.assessment = s.clone();
                    }
                }
                Command::Quit => {
                    self.allow_close = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                Command::Restore => {
                    if let Some(snap) = self.recovery.take() {
                        self.doc = Document::recovered(snap.assessment, snap.file, &self.framework);
                        self.undoer = new_undoer();
                        self.select_family(0);
                        self.info(
                            self.t(
                                "Travail restauré (non enregistré)",
                                "Work restored (not saved yet)",
                            )
                            .into(),
                        );
                    }
                }
                Command::DropRecovery => {
                    self.recovery = None;
                    if let Some(a) = &mut self.autosave {
                        a.discard();
                    }
                }
                Command::New => {
                    self.doc = Document::new(&self.framework);
                    self.undoer = new_undoer();
                    self.family = 0;
                    self.track = 0;
                    self.info(self.t("Nouvelle évaluation", "New assessment").into());
                }
                Command::Open => self.ask(Purpose::Open, ctx),
                Command::OpenPath(p) => self.open_path(&p),
                Command::Save => match self.doc.path.clone() {
                    Some(p) => self.save_to(&p),
                    None => self.ask(Purpose::SaveAs, ctx),
                },
                Command::SaveAs => self.ask(Purpose::SaveAs, ctx),
                Command::SaveTo(p) => self.save_to(&p),
                Command::Export(f) => self.ask(Purpose::Export(f), ctx),
                Command::ExportAll => {
                    for f in ExportFormat::ALL {
                        self.export_into_folder(f);
                    }
                    let dir = self.exports_dir.display().to_string();
                    self.info(format!(
                        "{} {dir}",
                        self.t(
                            "Exports JSON, CSV, PNG et SVG écrits dans",
                            "JSON, CSV, PNG and SVG exports written to"
                        )
                    ));
                }
                Command::SetLang(l) => {
                    self.lang = l;
                    self.settings.lang = Some(l);
                }
                Command::SetTheme(t) => {
                    self.settings.theme = t;
                    apply_theme(ctx, t);
                }
                Command::SelectFamily(i) => self.select_family(i),
                Command::ClosePanel => self.panel = None,
                Command::SetMode(m) => {
                    if m == Mode::Compare && self.compare.candidates.is_empty() {
                        self.refresh_compare();
                    }
                    self.mode = m;
                }
                Command::RefreshCompare => self.refresh_compare(),
                Command::AddToCompare => self.ask(Purpose::AddToCompare, ctx),
                Command::ExportComparison(f) => self.ask(Purpose::ExportComparison(f), ctx),
                Command::Pin => self.ask(Purpose::Pin, ctx),
                Command::PinPath(p) => self.pin_path(&p),
                Command::AddToCompareKnown(p) => self.add_to_compare(p),
                Command::Unpin => {
                    self.pinned = None;
                    self.info(self.t("Référence retirée", "Reference removed").into());
                }
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

fn new_undoer() -> Undoer<crate::assessment::Assessment> {
    Undoer::with_settings(egui::util::undoer::Settings {
        max_undos: 200,
        stable_time: UNDO_STABLE_TIME,
        auto_save_interval: 10.0,
    })
}

fn is_wrong_format(e: &crate::error::FileError) -> bool {
    matches!(e, crate::error::FileError::Invalid { problems, .. } if problems.iter().any(|p| p.at == "$.format"))
}

/// Applies a theme to the context.
pub fn apply_theme(ctx: &egui::Context, t: Theme) {
    ctx.set_theme(match t {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    });
}
