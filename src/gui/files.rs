//! File dialogs off the UI thread, and the in-app file panel used when no system dialog exists.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

/// What is exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The open assessment.
    Assessment,
    /// The comparison of the ticked assessments.
    Comparison,
    /// The ticked assessments consolidated as one team.
    Team,
}

/// What a file dialog was opened for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// Open an assessment.
    Open,
    /// Save the assessment under a new name.
    SaveAs,
    /// Export the assessment, the comparison or the team in a format.
    Export(Which, crate::export::Format),
    /// Add an assessment to the comparison.
    AddToCompare,
    /// Pin a reference.
    Pin,
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
}

/// A dialog that returns `None` faster than this was never shown.
const HUMAN_TIME: Duration = Duration::from_millis(400);

/// Runs rfd dialogs on a worker thread; the UI polls for the answer.
pub struct Dialogs {
    tx: Sender<Picked>,
    rx: Receiver<Picked>,
    busy: bool,
    /// False once a dialog turned out to be unavailable, or when disabled (tests, headless).
    pub available: bool,
}

impl Dialogs {
    /// Dialogs, available or not.
    pub fn new(available: bool) -> Dialogs {
        let (tx, rx) = channel();
        Dialogs {
            tx,
            rx,
            busy: false,
            available,
        }
    }

    /// Whether a dialog is open.
    pub fn busy(&self) -> bool {
        self.busy
    }

    /// Opens a dialog on a worker thread; `ctx` is woken up when it closes.
    pub fn request(
        &mut self,
        purpose: Purpose,
        file_name: String,
        dir: Option<PathBuf>,
        ctx: egui::Context,
    ) {
        if self.busy {
            return;
        }
        self.busy = true;
        let tx = self.tx.clone();
        std::thread::spawn(move || {
            let start = Instant::now();
            let mut d = rfd::FileDialog::new();
            if let Some(dir) = dir {
                d = d.set_directory(dir);
            }
            let path = match &purpose {
                Purpose::Open | Purpose::AddToCompare | Purpose::Pin => {
                    d.add_filter("JSON", &["json"]).pick_file()
                }
                Purpose::SaveAs | Purpose::Export(..) => d.set_file_name(file_name).save_file(),
            };
            let unavailable = path.is_none() && start.elapsed() < HUMAN_TIME;
            let _ = tx.send(Picked {
                purpose,
                path,
                unavailable,
            });
            ctx.request_repaint();
        });
    }

    /// The answer of the dialog, once it has closed.
    pub fn poll(&mut self) -> Option<Picked> {
        let picked = self.rx.try_recv().ok()?;
        self.busy = false;
        if picked.unavailable {
            self.available = false;
        }
        Some(picked)
    }
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
}
