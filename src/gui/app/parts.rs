//! The app's state in parts, each with one purpose: where the questionnaire is, the results
//! shown beside it, the windows open over it, the Compare view, the remembered settings, the
//! platform's services, the status bar. Only the app (this module's parent) sees their fields;
//! views are handed what they draw.

use super::exports::Job;
use crate::framework::Framework;
use crate::gui::autosave::{Autosave, Snapshot};
use crate::gui::chart_view::ChartView;
use crate::gui::command::{Command, Guide, Mode, Page, Status, Tab};
use crate::gui::compare_state::CompareState;
use crate::gui::files::FilePanel;
use crate::gui::platform::Dialogs;
use crate::gui::settings::Settings;
use crate::lang::Lang;
use crate::reference::Reference;
use std::path::PathBuf;

/// Where the questionnaire is: the family shown, the track the keys act on, the mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Navigation {
    /// Questionnaire or comparison.
    pub(super) mode: Mode,
    /// Index of the family shown.
    pub(super) family: usize,
    /// Index (in framework order) of the track that digits and arrows act on.
    pub(super) track: usize,
    /// On a narrow screen, which of the questionnaire's pages is shown.
    pub(super) page: Page,
    /// Whether the keyboard is walking the widgets (the focused one is ringed).
    pub(super) keyboard_walk: bool,
    /// Whether the keys have just moved to another track (it is scrolled into view).
    pub(super) reveal_track: bool,
    /// A level just answered by a key: its choice takes the focus.
    pub(super) focus_level: Option<u8>,
    /// The guidance open: the track (framework order) and which of its practices.
    pub(super) guide: Option<(usize, Guide)>,
    /// The style set: whether one-column, whether for a touch screen (`None` before the first
    /// frame).
    pub(super) style_for: Option<(bool, bool)>,
}

impl Navigation {
    pub(super) fn new() -> Navigation {
        Navigation {
            mode: Mode::Questionnaire,
            family: 0,
            track: 0,
            page: Page::Questions,
            keyboard_walk: false,
            reveal_track: false,
            focus_level: None,
            guide: None,
            style_for: None,
        }
    }

    /// Shows family `i` and puts the keyboard on its first track.
    pub(super) fn select_family(&mut self, framework: &Framework, i: usize) {
        let i = i.min(framework.families.len() - 1);
        self.family = i;
        self.track = framework.families[..i].iter().map(|f| f.tracks.len()).sum();
    }

    /// Puts the keyboard on track `t` (framework order) and shows its family.
    pub(super) fn select_track(&mut self, framework: &Framework, t: usize) {
        let t = t.min(framework.tracks().count() - 1);
        self.track = t;
        let mut seen = 0;
        for (fi, f) in framework.families.iter().enumerate() {
            if t < seen + f.tracks.len() {
                self.family = fi;
                break;
            }
            seen += f.tracks.len();
        }
    }
}

/// The results beside the questionnaire: the tab shown, the reference pinned under the charts,
/// and the chart kept between frames.
pub(super) struct Results {
    pub(super) tab: Tab,
    pub(super) pinned: Option<Reference>,
    /// Moves on when the pinned reference changes (the chart's data is made again).
    pub(super) pinned_generation: u64,
    pub(super) chart: ChartView,
    /// Whether the chart is shown alone, the whole window.
    pub(super) presenting: bool,
}

/// The windows over the main view.
#[derive(Default)]
pub(super) struct Windows {
    pub(super) help: bool,
    pub(super) welcome: bool,
    /// The in-app file panel (when no system dialog can be shown).
    pub(super) panel: Option<FilePanel>,
    /// A command waiting for the answer to "save the changes?".
    pub(super) confirm: Option<Command>,
    /// Work found in the autosave at start, offered for restoring.
    pub(super) recovery: Option<Snapshot>,
    /// The window where links to answers are pasted.
    pub(super) links: Option<crate::gui::files::LinkPanel>,
    /// Whether the window may close now.
    pub(super) allow_close: bool,
}

/// The Compare view: its list and the chart of the comparison.
#[derive(Default)]
pub(super) struct Compare {
    pub(super) state: CompareState,
    pub(super) chart: ChartView,
}

/// The settings remembered between runs, the interface's language, and what was last written.
pub(super) struct Prefs {
    pub(super) settings: Settings,
    /// The settings as last written (or tried), or as read at start.
    pub(super) written: Settings,
    pub(super) lang: Lang,
}

/// What the platform does for the app: dialogs, the autosave, background reports, folders.
pub(super) struct Services {
    pub(super) dialogs: Dialogs,
    pub(super) autosave: Option<Autosave>,
    /// A report being made on another thread.
    pub(super) job: Option<Job>,
    /// The app's data folder (settings, autosave), if any.
    pub(super) data_dir: Option<PathBuf>,
    /// Where exports go when no dialog is available, when the options chose it (else
    /// [`crate::gui::app::App::exports_folder`] decides).
    pub(super) exports_dir: Option<PathBuf>,
}

/// The status bar's message, and the answers' generation an error about them was shown at (it
/// goes once they change).
#[derive(Default)]
pub(super) struct StatusBar {
    pub(super) status: Option<Status>,
    pub(super) about_generation: Option<u64>,
}
