//! What views ask for — commands applied by the app after the frame — and the status bar's
//! message, kept as data so that it is shown in the current language.

use crate::assessment::Edit;
use crate::error::FileError;
use crate::export::{ExportError, Format, SubjectKind};
use crate::i18n::Msg;
use crate::lang::Lang;
use std::path::PathBuf;
use std::sync::Arc;

use super::settings::Theme;

/// Something a view or a key asks for; the app applies it as soon as the view that asked has
/// been drawn (so the views drawn after it show its effect in the same frame).
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// A change of the answers or details.
    Edit(Edit),
    /// A new blank assessment.
    New,
    /// Choose a file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open the example at this index of [`crate::examples::EXAMPLES`].
    OpenExample(usize),
    /// Save to the current file (or choose one).
    Save,
    /// Choose a file to save to.
    SaveAs,
    /// Save to this file.
    SaveTo(PathBuf),
    /// Create the folder of this file (the user agreed), then save to it.
    SaveToNewFolder(PathBuf),
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
    /// Export the assessment, the comparison or the team in a format (through a dialog when
    /// there is one, else into the exports folder).
    Export(SubjectKind, Format),
    /// Export the assessment in every format it offers into the exports folder.
    ExportAll,
    /// Switch language.
    SetLang(Lang),
    /// Switch theme.
    SetTheme(Theme),
    /// Show a family.
    SelectFamily(usize),
    /// Put the keyboard on a track (framework order).
    SelectTrack(usize),
    /// Show a track's family in the questionnaire (from the plan).
    OpenTrack(String),
    /// Move the focus to this level's choice of the keys' track (after a key answered it, so
    /// that a screen reader says the answer).
    FocusLevel(u8),
    /// Close the in-app file panel.
    ClosePanel,
    /// Show the window where links to answers are pasted: to open one (`false`), or to add a
    /// team's to the comparison (`true`).
    AskLinks(bool),
    /// Open the answers this link carries (as a new, unsaved assessment).
    OpenLink(String),
    /// Add the answers of these links (one a line) to the comparison, as a team's.
    AddLinks(String),
    /// Close the links window.
    CloseLinks,
    /// Copy a link carrying the answers (in a browser: the page's address).
    CopyLink,
    /// Send the answers: the share sheet, else a download (in a browser).
    SendAnswers,
    /// Show the questionnaire or the comparison.
    SetMode(Mode),
    /// Scan the known files again for the comparison.
    RefreshCompare,
    /// Choose a file to add to the comparison.
    AddToCompare,
    /// Add this file to the comparison.
    AddToCompareKnown(PathBuf),
    /// Open a team's consolidated answers as a new, unsaved assessment.
    OpenTeam(Box<crate::assessment::Assessment>),
    /// Choose a report template file.
    ChooseTemplate,
    /// Use this report template (`None`: the built-in one).
    SetTemplate(Option<PathBuf>),
    /// Choose a reference (or assessment) file to pin.
    Pin,
    /// Pin this reference or assessment file.
    PinPath(PathBuf),
    /// Remove the pinned reference.
    Unpin,
    /// Make a suggested next step a target.
    TakeSuggestion {
        /// The track.
        track: String,
        /// The level aimed at.
        level: u8,
    },
    /// Open (or close, when open) the guidance of a practice of a track (framework order).
    ToggleGuide {
        /// The track.
        track: usize,
        /// Which practice.
        item: Guide,
    },
    /// Open or close the guidance of the keys' track's level (the reached one, else the first).
    ToggleCurrentGuide,
    /// Show a results tab.
    ResultsTab(Tab),
    /// On a narrow screen, show a page of the questionnaire.
    ShowPage(Page),
    /// Show the chart alone, the whole window (or back).
    Present(bool),
    /// Show or hide the families list.
    ToggleFamilies,
    /// Choose the separators of CSV exports.
    SetCsv(super::settings::CsvChoice),
    /// Open (or close) the help.
    ShowHelp(bool),
    /// Close the welcome.
    CloseWelcome,
    /// Undo the last change of the answers or details.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Close the window (after the unsaved-changes question).
    Quit,
    /// Carry out a command whose unsaved-changes question was answered.
    Confirmed(Box<Command>),
    /// The answer to the unsaved-changes question.
    Answer(Answer),
    /// Restore the work recovered from the autosave.
    Restore,
    /// Drop the work recovered from the autosave.
    DropRecovery,
}

/// The results tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Profile chart.
    Profile,
    /// Radar chart.
    Radar,
    /// Scores by family.
    Table,
    /// Next steps.
    Roadmap,
}

/// The pages of the questionnaire on a narrow screen (a phone), one shown at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The current family's questions.
    Questions,
    /// The score, charts and table.
    Results,
    /// The action plan.
    Plan,
}

/// A practice whose guidance can be opened: a level of a track, or its in-store counterpart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guide {
    /// The practice at this position.
    Level(u8),
    /// The in-store counterpart.
    InStore,
}

/// The answer to "save the changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Save, then carry on.
    Save,
    /// Carry on without saving.
    Discard,
    /// Do nothing.
    Cancel,
}

/// What the main area shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Answer the questionnaire, with live results.
    Questionnaire,
    /// Compare saved assessments.
    Compare,
}

/// What follows the message of the status bar: a core error, or a path.
#[derive(Debug, Clone)]
pub enum Detail {
    /// A file's error, rendered in the current language.
    File(Arc<FileError>),
    /// An export's error.
    Export(Arc<ExportError>),
    /// A path or another text shown as it is.
    Text(String),
}

/// A message in the status bar.
#[derive(Debug, Clone)]
pub struct Status {
    /// The message.
    pub msg: Msg,
    /// What follows it.
    pub detail: Option<Detail>,
    /// Whether it reports a failure.
    pub error: bool,
    /// Whether the user has acted since it was shown (a problem stays until then, not replaced
    /// by news that came at the same moment).
    pub seen: bool,
    /// A folder the message is about (where an export went), offered to open.
    pub folder: Option<PathBuf>,
}

impl Status {
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut s = self.msg.render(lang);
        if let Some(detail) = &self.detail {
            s.push(' ');
            s.push_str(&detail.render(lang));
        }
        s
    }
}

impl Detail {
    /// The detail in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Detail::File(e) => e.render(lang),
            Detail::Export(e) => e.render(lang),
            Detail::Text(t) => t.clone(),
        }
    }
}
