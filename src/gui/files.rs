//! What file dialogs are asked for and answer (the dialogs themselves are the platform's), and
//! the in-app file panel used when no system dialog exists.

use std::path::PathBuf;

/// What a file dialog was opened for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// Open an assessment.
    Open,
    /// Save the assessment under a new name.
    SaveAs,
    /// Export the assessment, the comparison or the team in a format.
    Export(crate::export::SubjectKind, crate::export::Format),
    /// Add an assessment to the comparison.
    AddToCompare,
    /// Pin a reference.
    Pin,
    /// Choose a report template.
    Template,
}

/// What came back from a dialog.
#[derive(Debug)]
pub struct Picked {
    /// What it was for.
    pub purpose: Purpose,
    /// The chosen path; `None` for a cancel or when no dialog could be shown.
    pub path: Option<PathBuf>,
    /// Whether it returned too fast for a person to have answered: no dialog was shown.
    pub unavailable: bool,
    /// A file dropped on the window (not chosen in a dialog): opening it asks about unsaved
    /// changes first.
    pub dropped: bool,
}

/// The in-app panel to type a path or pick a known file.
#[derive(Debug, Clone, PartialEq)]
pub struct FilePanel {
    /// Open or save.
    pub purpose: Purpose,
    /// The path being typed.
    pub path: String,
    /// Files the app knows about.
    pub known: Vec<PathBuf>,
    /// True until the path field has been given the keyboard focus once.
    pub fresh: bool,
    /// An existing file the user was warned about; saving to it again replaces it.
    pub overwrite: Option<PathBuf>,
    /// A path in a folder that does not exist, the user warned: saving again creates it.
    pub new_folder: Option<PathBuf>,
}

/// The in-app window where links are pasted.
#[derive(Debug, Clone, Default)]
pub struct LinkPanel {
    /// For the Team view (several links, each respondent added to the comparison), or to open
    /// one link as the current assessment.
    pub team: bool,
    /// What was pasted.
    pub text: String,
    /// Why the links pasted last were refused, one line each.
    pub problems: Vec<String>,
    /// Whether the text field is to take the focus (the panel has just opened).
    pub fresh: bool,
}
