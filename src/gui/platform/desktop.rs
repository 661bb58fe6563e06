//! The desktop: files on disk, the data folder, a worker thread, rfd's dialogs on a thread of
//! their own (they block it; without a portal or zenity they return at once, like a cancel).

use crate::error::{FileError, IoAction};
use crate::gui::files::{Picked, Purpose};
use crate::store::{self, Overwrite};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

/// Whether writing a file downloads it (in a browser) rather than saving it to its path.
pub const DOWNLOADS: bool = false;

/// Writes `bytes` to `path` atomically; returns where it went.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<PathBuf, FileError> {
    store::write_atomic(path, bytes, Overwrite::Allow).map(|()| path.to_path_buf())
}

/// The app's own file `name` in its data folder `dir`; `Ok(None)` when there is none.
pub fn data_read(dir: &Path, name: &str) -> Result<Option<Vec<u8>>, FileError> {
    let path = dir.join(name);
    if !path.exists() {
        return Ok(None);
    }
    store::read_limited(&path, store::MAX_FILE_BYTES).map(Some)
}

/// Writes the app's own file `name` in `dir` (created if needed), atomically.
pub fn data_write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), FileError> {
    std::fs::create_dir_all(dir).map_err(|e| FileError::io(dir, IoAction::CreateFolder, e))?;
    store::write_atomic(&dir.join(name), bytes, Overwrite::Allow)
}

/// Removes the app's own file `name` from `dir`, if it is there.
pub fn data_remove(dir: &Path, name: &str) -> Result<(), String> {
    let path = dir.join(name);
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(format!("{}: {e}", path.display()))
        }
        _ => Ok(()),
    }
}

/// Shows `dir` in the system's file manager (xdg-open, open, explorer), without waiting.
pub fn open_folder(dir: &Path) -> Result<(), String> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
        .map_err(|e| format!("{}: {e}", dir.display()))
}

/// Whether a folder can be shown in a file manager here.
pub const OPENS_FOLDERS: bool = true;

/// Runs jobs in order on a thread of its own.
pub struct Worker {
    tx: Sender<Box<dyn FnOnce() + Send>>,
}

impl Worker {
    /// A new worker thread.
    pub fn new() -> Worker {
        let (tx, rx) = channel::<Box<dyn FnOnce() + Send>>();
        std::thread::spawn(move || {
            for job in rx {
                job();
            }
        });
        Worker { tx }
    }

    /// Runs `job` after the jobs already given.
    pub fn run(&self, job: impl FnOnce() + Send + 'static) {
        let _ = self.tx.send(Box::new(job));
    }

    /// Waits until every job given so far has run.
    pub fn flush(&self) {
        let (done, wait) = channel();
        self.run(move || {
            let _ = done.send(());
        });
        let _ = wait.recv();
    }
}

impl Default for Worker {
    fn default() -> Self {
        Worker::new()
    }
}

/// Runs `job` off the UI thread; its result comes back through the receiver.
pub fn in_background<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> Receiver<T> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let _ = tx.send(job());
    });
    rx
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
                Purpose::Template => d.add_filter("Typst", &["typ"]).pick_file(),
                Purpose::SaveAs | Purpose::Export(..) => d.set_file_name(file_name).save_file(),
            };
            let unavailable = path.is_none() && start.elapsed() < HUMAN_TIME;
            let _ = tx.send(Picked {
                purpose,
                path,
                unavailable,
                dropped: false,
            });
            ctx.request_repaint();
        });
    }

    /// Files dropped on the window: their paths, at once.
    pub fn dropped(
        &mut self,
        files: Vec<egui::DroppedFileHandle>,
        _purpose: Purpose,
        _ctx: &egui::Context,
    ) -> Vec<PathBuf> {
        files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
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

/// The address of the web page the app runs in: none on the desktop (a link to answers needs
/// the web app's address).
pub fn page_address() -> Option<String> {
    None
}

/// A link to answers the page was opened with: none on the desktop (File › Open a link…).
pub fn take_start_link() -> Option<String> {
    None
}

/// How answers were sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Handed to the system's share sheet.
    Shared,
    /// Written (downloaded) as this file.
    Written(PathBuf),
}

/// Whether answers can be sent from here (a browser's share sheet or download): on the
/// desktop they are saved as a file, which one sends as one likes.
pub const SENDS: bool = false;

/// Never asked on the desktop ([`SENDS`]): says so.
pub fn send(
    name: &str,
    _bytes: &[u8],
    _title: &str,
    _link: Option<&str>,
) -> Result<Sent, FileError> {
    Err(FileError::io(
        Path::new(name),
        IoAction::Write,
        std::io::Error::other("the desktop app saves answers as a file"),
    ))
}
