//! File operations of the app: dialogs' answers, open, save, exports (through the export
//! pipeline), comparison files, pinning.

use super::exports::Target;
use super::{App, new_undoer};
use crate::assessment::{ASSESSMENT_VERSION, Assessment};
use crate::export;
use crate::gui::command::Detail;
use crate::gui::document::Document;
use crate::gui::files::{FilePanel, Picked, Purpose};
use crate::gui::known::known_files;
use crate::msg;
use crate::reference::Reference;

use std::path::{Path, PathBuf};
use std::sync::Arc;

impl App {
    pub(super) fn poll_dialogs(&mut self, _ctx: &egui::Context) {
        let Some(Picked {
            purpose,
            path,
            unavailable,
        }) = self.dialogs.poll()
        else {
            return;
        };
        match (purpose, path) {
            (Purpose::Open, Some(p)) => self.open_path(&p),
            (Purpose::SaveAs, Some(p)) => self.save_to(&p),
            (Purpose::Export(which, f), Some(p)) => self.export_to(which, f, Target::Path(p)),
            (Purpose::AddToCompare, Some(p)) => self.add_to_compare(p),
            (Purpose::Pin, Some(p)) => self.pin_path(&p),
            (purpose, None) if unavailable => self.fallback(purpose),
            (_, None) => {}
        }
    }

    /// What happens when no system dialog can be shown.
    pub(super) fn fallback(&mut self, purpose: Purpose) {
        match purpose {
            Purpose::Export(which, f) => self.export_to(which, f, Target::Folder),
            p => self.open_panel(p),
        }
    }

    pub(super) fn open_panel(&mut self, purpose: Purpose) {
        let path = match purpose {
            Purpose::SaveAs => {
                let stem = export::stem(&self.doc.assessment);
                export::unused_path(&self.save_folder(), &stem, "json")
                    .display()
                    .to_string()
            }
            _ => String::new(),
        };
        self.panel = Some(FilePanel {
            purpose,
            path,
            known: known_files(&self.settings.recent, &self.exports_dir),
            fresh: true,
            overwrite: None,
        });
    }

    /// Where Save as proposes to save: the folder of the open file, else of the last file
    /// saved or opened, else the current folder.
    pub(super) fn save_folder(&self) -> PathBuf {
        self.doc
            .path
            .iter()
            .chain(&self.settings.recent)
            .filter_map(|p| p.parent())
            .find(|d| d.is_dir())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))
    }

    pub(super) fn ask(&mut self, purpose: Purpose, ctx: &egui::Context) {
        if !self.dialogs.available {
            self.fallback(purpose);
            return;
        }
        let options = self.export_options();
        let name = match &purpose {
            Purpose::Open | Purpose::AddToCompare | Purpose::Pin => String::new(),
            Purpose::SaveAs => format!("{}.json", export::stem(&self.doc.assessment)),
            Purpose::Export(which, f) => match self.owned(*which) {
                Some(owned) => {
                    let stem = owned.with(|s| export::file_stem(s, *f, &options));
                    format!("{stem}.{}", f.ext())
                }
                None => String::new(),
            },
        };
        let dir = Some(self.save_folder());
        self.dialogs.request(purpose, name, dir, ctx.clone());
    }

    /// Opens a file; on failure shows the core's message and keeps the current assessment.
    pub fn open_path(&mut self, p: &Path) {
        match Document::open(p, &self.framework) {
            Ok((doc, written_in)) => {
                self.doc = doc;
                self.undoer = new_undoer();
                self.settings.remember(p);
                self.select_family(0);
                self.panel = None;
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

    pub(super) fn save_to(&mut self, p: &Path) {
        if let Some(d) = self
            .doc
            .assessment
            .date
            .as_deref()
            .filter(|d| !crate::assessment::is_iso_date(d))
        {
            let date = crate::text::short(d, 40).into_owned();
            self.error_about_answers(msg!("ui-not-saved-date", date = date));
            return;
        }
        if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(dir);
        }
        match self.doc.save_as(p, &self.framework) {
            Ok(()) => {
                self.settings.remember(p);
                self.panel = None;
                self.info(msg!("ui-saved", path = p.display()), None);
            }
            Err(e) => self.error(msg!("ui-save-failed"), Some(Detail::File(Arc::new(e)))),
        }
    }

    /// Scans the known files again for the Compare view.
    pub fn refresh_compare(&mut self) {
        let extra: Vec<PathBuf> = self.doc.path.iter().cloned().collect();
        self.compare.refresh(
            &self.settings.recent,
            &self.exports_dir,
            &extra,
            &self.framework,
        );
    }

    /// Adds a file to the Compare view and picks it.
    pub fn add_to_compare(&mut self, p: PathBuf) {
        match self.compare.add(p.clone(), &self.framework) {
            Ok(()) => {
                self.settings.remember(&p);
                self.panel = None;
                self.info(msg!("ui-added-to-compare", path = p.display()), None);
            }
            Err(e) => self.error(msg!("ui-cannot-add"), Some(Detail::File(Arc::new(e)))),
        }
    }

    /// Pins a reference file, or an assessment file as a reference.
    pub fn pin_path(&mut self, p: &Path) {
        let loaded = Reference::load(p, &self.framework).or_else(|e| {
            // Not a reference: an assessment can be pinned too; report the reference error
            // only if it is not an assessment either.
            Assessment::load(p, &self.framework)
                .map(|a| Reference::of_assessment(&self.framework, &a))
                .map_err(|ae| {
                    if e.has_problem("json-wrong-format") {
                        ae
                    } else {
                        e
                    }
                })
        });
        match loaded {
            Ok(r) => {
                let label = crate::text::short(&r.label, 120).into_owned();
                self.pinned = Some(r);
                self.panel = None;
                self.info(msg!("ui-pinned", label = label), None);
            }
            Err(e) => self.error(msg!("ui-cannot-pin"), Some(Detail::File(Arc::new(e)))),
        }
    }
}
