//! File operations of the app: dialogs' answers, open, save, exports (through the export
//! pipeline), comparison files, pinning.

use super::App;
use super::exports::Target;
use crate::assessment::ASSESSMENT_VERSION;
use crate::export;
use crate::gui::command::{Command, Detail};
use crate::gui::document::Document;
use crate::gui::files::{FilePanel, Picked, Purpose};
use crate::gui::known::known_files;
use crate::gui::platform;
use crate::msg;
use crate::reference::Reference;

use std::path::{Path, PathBuf};
use std::sync::Arc;

impl App {
    pub(super) fn poll_dialogs(&mut self) {
        // Every answer waiting (a browser sends one per file picked or dropped).
        while let Some(Picked {
            purpose,
            path,
            unavailable,
            dropped,
        }) = self.services.dialogs.poll()
        {
            self.picked(purpose, path, unavailable, dropped);
        }
    }

    fn picked(
        &mut self,
        purpose: Purpose,
        path: Option<PathBuf>,
        unavailable: bool,
        dropped: bool,
    ) {
        match (purpose, path) {
            (Purpose::Open, Some(p)) if dropped => self.queued.push(Command::OpenPath(p)),
            (Purpose::Open, Some(p)) => self.open_path(&p),
            (Purpose::SaveAs, Some(p)) => self.save_to(&p),
            (Purpose::Export(kind, f), Some(p)) => self.export_to(kind, f, Target::Path(p)),
            (Purpose::AddToCompare, Some(p)) => self.add_to_compare(p),
            (Purpose::Pin, Some(p)) => self.pin_path(&p),
            (Purpose::Template, Some(p)) => self.set_template(Some(p)),
            (purpose, None) if unavailable => self.fallback(purpose),
            (_, None) => {}
        }
    }

    /// What happens when no system dialog can be shown.
    pub(super) fn fallback(&mut self, purpose: Purpose) {
        match purpose {
            Purpose::Export(kind, f) => self.export_to(kind, f, Target::Folder),
            p => self.open_panel(p),
        }
    }

    pub(super) fn open_panel(&mut self, purpose: Purpose) {
        let path = match purpose {
            Purpose::SaveAs => {
                let stem = export::stem(self.editor.assessment());
                export::unused_path(&self.save_folder(), &stem, "json")
                    .display()
                    .to_string()
            }
            _ => String::new(),
        };
        self.windows.panel = Some(FilePanel {
            purpose,
            path,
            known: known_files(&self.prefs.settings.recent, &self.exports_folder()),
            fresh: true,
            overwrite: None,
            new_folder: None,
        });
    }

    /// Where Save as proposes to save: the folder of the open file, else of the last file
    /// saved or opened, else the user's documents folder (never `exports/`).
    pub(super) fn save_folder(&self) -> PathBuf {
        self.editor
            .doc()
            .path
            .iter()
            .chain(&self.prefs.settings.recent)
            .filter_map(|p| p.parent())
            .find(|d| d.is_dir())
            .map(Path::to_path_buf)
            .unwrap_or_else(documents_folder)
    }

    pub(super) fn ask(&mut self, purpose: Purpose, ctx: &egui::Context) {
        if !self.services.dialogs.available {
            self.fallback(purpose);
            return;
        }
        let options = self.export_options();
        let name = match &purpose {
            Purpose::Open | Purpose::AddToCompare | Purpose::Pin | Purpose::Template => {
                String::new()
            }
            Purpose::SaveAs => format!("{}.json", export::stem(self.editor.assessment())),
            Purpose::Export(kind, f) => match self.owned(*kind) {
                Some(owned) => {
                    let stem = owned.with(|s| export::file_stem(s, *f, &options));
                    format!("{stem}.{}", f.ext())
                }
                None => String::new(),
            },
        };
        let dir = Some(self.save_folder());
        self.services
            .dialogs
            .request(purpose, name, dir, ctx.clone());
    }

    /// Opens a file; on failure shows the core's message and keeps the current assessment.
    pub fn open_path(&mut self, p: &Path) {
        match Document::open(p, &self.framework) {
            Ok((doc, written_in)) => {
                self.replace_document(doc);
                self.prefs.settings.remember(p);
                let path = p.display().to_string();
                let message = if written_in == ASSESSMENT_VERSION {
                    msg!("ui-opened", path = path)
                } else {
                    msg!(
                        "ui-opened-upgraded",
                        path = path,
                        version = written_in,
                        current = ASSESSMENT_VERSION
                    )
                };
                self.info(message, None);
            }
            Err(e) => self.error(msg!("ui-cannot-open"), Some(Detail::File(Arc::new(e)))),
        }
    }

    /// Opens a built-in example as an unsaved document named after it.
    pub fn open_example(&mut self, i: usize) {
        let Some(e) = crate::examples::EXAMPLES.get(i) else {
            return;
        };
        match e.assessment(&self.framework) {
            Ok(a) => {
                let name = crate::tr!(self.prefs.lang, "ui-example-name", name = e.name);
                self.replace_document(Document::named(a, name, &self.framework));
                self.info(msg!("ui-example-opened", name = e.name), None);
            }
            Err(e) => self.error(msg!("ui-cannot-open"), Some(Detail::File(Arc::new(e)))),
        }
    }

    /// Whether the answers cannot be saved as they are (a date half typed); says so.
    pub(super) fn refuse_to_save(&mut self) -> bool {
        let Some(d) = self
            .editor
            .assessment()
            .date
            .as_deref()
            .filter(|d| !crate::assessment::is_iso_date(d))
        else {
            return false;
        };
        let date = crate::text::short(d, 40).into_owned();
        self.error_about_answers(msg!("ui-not-saved-date", date = date));
        true
    }

    /// Creates the folder `p` is in (the user said so), then saves there.
    pub(super) fn save_to_new_folder(&mut self, p: &Path) {
        if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty())
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            let e = crate::FileError::io(dir, crate::error::IoAction::CreateFolder, e);
            return self.error(msg!("ui-save-failed"), Some(Detail::File(Arc::new(e))));
        }
        self.save_to(p);
    }

    pub(super) fn save_to(&mut self, p: &Path) {
        if self.refuse_to_save() {
            return;
        }
        match self.editor.save_as(p, &self.framework) {
            Ok(()) => {
                self.prefs.settings.remember(p);
                self.windows.panel = None;
                self.info(msg!("ui-saved", path = p.display()), None);
            }
            Err(e) => self.error(msg!("ui-save-failed"), Some(Detail::File(Arc::new(e)))),
        }
    }

    /// Scans the known files again for the Compare view.
    pub fn refresh_compare(&mut self) {
        let extra: Vec<PathBuf> = self.editor.doc().path.iter().cloned().collect();
        let exports = self.exports_folder();
        self.compare.state.refresh(
            &self.prefs.settings.recent,
            &exports,
            &extra,
            &self.framework,
        );
    }

    /// Adds a file to the Compare view and picks it.
    pub fn add_to_compare(&mut self, p: PathBuf) {
        match self.compare.state.add(p.clone(), &self.framework) {
            Ok(()) => {
                self.prefs.settings.remember(&p);
                self.windows.panel = None;
                self.info(msg!("ui-added-to-compare", path = p.display()), None);
            }
            Err(e) => self.error(msg!("ui-cannot-add"), Some(Detail::File(Arc::new(e)))),
        }
    }

    /// Uses a report template of one's own (read now, so that a file that cannot be read is
    /// said at once; typst's own errors, with the line, come with the next report), or the
    /// built-in one.
    pub fn set_template(&mut self, p: Option<PathBuf>) {
        match p {
            None => {
                self.prefs.settings.template = None;
                self.info(msg!("ui-template-builtin-set"), None);
            }
            Some(p) => match crate::report::Template::load(&p) {
                Ok(_) => {
                    self.info(msg!("ui-template-set", path = p.display()), None);
                    self.prefs.settings.template = Some(p);
                    self.windows.panel = None;
                }
                Err(e) => self.error(msg!("ui-template-refused"), Some(Detail::File(Arc::new(e)))),
            },
        }
    }

    /// Pins a reference file, or an assessment file as a reference.
    pub fn pin_path(&mut self, p: &Path) {
        let loaded = platform::read_file(p)
            .and_then(|bytes| Reference::pinnable_from_bytes(p, &bytes, &self.framework));
        match loaded {
            Ok(r) => {
                let label = crate::text::short(&r.label, 120).into_owned();
                self.results.pinned = Some(r);
                self.results.pinned_generation += 1;
                self.windows.panel = None;
                self.info(msg!("ui-pinned", label = label), None);
            }
            Err(e) => self.error(msg!("ui-cannot-pin"), Some(Detail::File(Arc::new(e)))),
        }
    }
}

/// The user's documents folder (`~/Documents` when it exists, else the home folder), else the
/// current folder.
pub(super) fn documents_folder() -> PathBuf {
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from);
    match home {
        Some(h) if h.join("Documents").is_dir() => h.join("Documents"),
        Some(h) if h.is_dir() => h,
        _ => PathBuf::from("."),
    }
}
