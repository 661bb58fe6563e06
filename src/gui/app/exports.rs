//! The app's exports, through the export pipeline: of the open assessment, the comparison or
//! the team; to a path chosen in a dialog, or under a name reserved in the exports folder. A
//! report (PDF) is made on a thread of its own, so the app stays responsive meanwhile.

use super::App;
use crate::FileError;
use crate::assessment::Assessment;
use crate::export::{self, ExportError, Format, Options, Subject, SubjectKind};
use crate::gui::command::Detail;
use crate::gui::platform;
use crate::i18n::Msg;
use crate::msg;
use crate::reference::Reference;
use crate::store::{Overwrite, Plan};
use crate::team::Consolidation;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::Receiver;

/// Where an export goes.
#[derive(Debug, Clone)]
pub enum Target {
    /// A path chosen in a dialog (which asked about replacing it).
    Path(PathBuf),
    /// A new name in the exports folder.
    Folder,
}

/// What is exported, owned, so that it can be made on another thread.
pub enum Owned {
    /// The open assessment and the reference pinned.
    Assessment(Box<Assessment>, Option<Reference>),
    /// The ticked assessments, with their files.
    Comparison(Vec<(String, Assessment)>),
    /// The ticked assessments consolidated.
    Team(Box<Consolidation>),
}

impl Owned {
    /// Calls `f` with the subject borrowed from this.
    pub fn with<R>(&self, f: impl FnOnce(&Subject<'_>) -> R) -> R {
        match self {
            Owned::Assessment(a, r) => f(&Subject::Assessment {
                assessment: a,
                reference: r.as_ref(),
            }),
            Owned::Comparison(v) => {
                let inputs: Vec<(String, &Assessment)> =
                    v.iter().map(|(s, a)| (s.clone(), a)).collect();
                f(&Subject::Comparison { inputs: &inputs })
            }
            Owned::Team(t) => f(&Subject::Team { team: t }),
        }
    }
}

/// A report being made on another thread.
pub struct Job {
    /// The report, and how many of its characters no font had (printed `?`).
    receiver: Receiver<(Result<Vec<u8>, ExportError>, usize)>,
    target: Target,
    stem: String,
    format: Format,
}

impl App {
    /// The export options of the app: its language and the CSV style of its settings (the
    /// report template is read only when a report is made: [`App::report_template`]).
    pub fn export_options(&self) -> Options {
        let l = self.prefs.lang;
        Options {
            csv: self.prefs.settings.csv_style(l),
            ..Options::new(l)
        }
    }

    /// The report template of the settings, read for a report (`None`: the built-in one).
    pub fn report_template(&self) -> Result<Option<Arc<crate::report::Template>>, FileError> {
        let path = self.prefs.settings.template.as_deref();
        path.map(|p| crate::report::Template::load(p).map(Arc::new))
            .transpose()
    }

    /// What `kind` is now, owned; `None` for a comparison or team of fewer than two, or for a
    /// portfolio (the app has none).
    pub fn owned(&self, kind: SubjectKind) -> Option<Owned> {
        let ticked = || -> Vec<(String, Assessment)> {
            self.compare
                .state
                .picked_assessments()
                .into_iter()
                .map(|(s, a)| (s, a.clone()))
                .collect()
        };
        match kind {
            SubjectKind::Assessment => Some(Owned::Assessment(
                Box::new(self.editor.assessment().clone()),
                self.results.pinned.clone(),
            )),
            SubjectKind::Comparison => Some(ticked())
                .filter(|v| v.len() >= 2)
                .map(Owned::Comparison),
            SubjectKind::Portfolio => None,
            SubjectKind::Team => {
                let v = ticked();
                let inputs: Vec<(String, &Assessment)> =
                    v.iter().map(|(s, a)| (s.clone(), a)).collect();
                let team = crate::team::consolidate(&self.framework, &inputs).ok()?;
                Some(Owned::Team(Box::new(team))).filter(|_| v.len() >= 2)
            }
        }
    }

    /// The bytes of an export of the open assessment.
    pub fn export_bytes(&self, f: Format) -> Result<Vec<u8>, ExportError> {
        let options = self.export_options();
        export::render(&self.framework, &self.subject(), f, &options)
    }

    /// The open assessment, as the export pipeline takes it (with the pinned reference).
    pub fn subject(&self) -> Subject<'_> {
        Subject::Assessment {
            assessment: self.editor.assessment(),
            reference: self.results.pinned.as_ref(),
        }
    }

    /// The bytes of an export of the comparison of the ticked assessments.
    pub fn comparison_bytes(&self, f: Format) -> Option<Result<Vec<u8>, ExportError>> {
        let owned = self.owned(SubjectKind::Comparison)?;
        let options = self.export_options();
        Some(owned.with(|s| export::render(&self.framework, s, f, &options)))
    }

    /// Exports `kind` in `f` to `target`; a report is made on another thread.
    pub(super) fn export_to(&mut self, kind: SubjectKind, f: Format, target: Target) {
        let Some(owned) = self.owned(kind) else {
            self.error(msg!("ui-compare-tick-two"), None);
            return;
        };
        let mut options = self.export_options();
        let stem = owned.with(|s| export::file_stem(s, f, &options));
        if f == Format::Pdf {
            if self.services.job.is_some() {
                return self.info(msg!("ui-report-busy"), None);
            }
            // A template of one's own that is gone or broken is said, not replaced unseen.
            match self.report_template() {
                Ok(template) => options.template = template,
                Err(e) => {
                    let detail = Detail::File(Arc::new(e));
                    return self.error(msg!("ui-template-refused"), Some(detail));
                }
            }
            let framework = self.framework.clone();
            let rx = platform::in_background(move || {
                let made = owned.with(|s| export::render(&framework, s, f, &options));
                (made, crate::report::replaced_characters())
            });
            self.services.job = Some(Job {
                receiver: rx,
                target,
                stem,
                format: f,
            });
            self.info(msg!("ui-report-making"), None);
            return;
        }
        let bytes = owned.with(|s| export::render(&self.framework, s, f, &options));
        self.write(bytes, &target, &stem, f, 0);
    }

    /// A report made on another thread, once it is ready: written where it was asked.
    pub(super) fn poll_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.services.job else {
            return;
        };
        match job.receiver.try_recv() {
            Ok((bytes, replaced)) => {
                let Job {
                    target,
                    stem,
                    format,
                    ..
                } = self.services.job.take().expect("a job");
                self.write(bytes, &target, &stem, format, replaced);
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.services.job = None;
                self.error(msg!("ui-report-lost"), None);
            }
        }
    }

    /// Writes an export and says where, or why not (and how many characters no font had).
    fn write(
        &mut self,
        bytes: Result<Vec<u8>, ExportError>,
        target: &Target,
        stem: &str,
        f: Format,
        replaced: usize,
    ) {
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                self.error(msg!("ui-export-failed"), Some(Detail::Export(Arc::new(e))));
                return;
            }
        };
        let written = match target {
            Target::Path(p) => platform::write_file(p, &bytes),
            // In a browser, a download under the generated name.
            Target::Folder if platform::DOWNLOADS => {
                platform::write_file(Path::new(&format!("{stem}.{}", f.ext())), &bytes)
            }
            Target::Folder => {
                let dir = self.exports_folder();
                if let Err(e) = std::fs::create_dir_all(&dir) {
                    let e = FileError::io(&dir, crate::error::IoAction::CreateFolder, e);
                    self.error(msg!("ui-export-failed"), Some(Detail::File(Arc::new(e))));
                    return;
                }
                let mut plan = Plan::new(Overwrite::Refuse);
                plan.generated(&dir, stem, f.ext()).and_then(|i| {
                    plan.set(i, bytes);
                    plan.commit().map(|mut v| v.remove(0))
                })
            }
        };
        match written {
            Ok(p) => {
                if replaced > 0 {
                    let path = crate::store::absolute(&p);
                    let m = msg!(
                        "ui-exported-replaced",
                        path = path.display(),
                        count = replaced
                    );
                    self.error(m, None);
                } else {
                    self.info(exported(&p), None);
                }
                if !platform::DOWNLOADS
                    && let Some(s) = &mut self.status.status
                {
                    s.folder = p.parent().map(crate::store::absolute);
                }
            }
            Err(e) => self.error(msg!("ui-export-failed"), Some(Detail::File(Arc::new(e)))),
        }
    }

    /// Exports the open assessment into the exports folder with a generated name.
    pub fn export_into_folder(&mut self, f: Format) -> bool {
        self.export_to(SubjectKind::Assessment, f, Target::Folder);
        !self.status.status.as_ref().is_some_and(|s| s.error)
    }
}

fn exported(p: &Path) -> Msg {
    msg!("ui-exported", path = crate::store::absolute(p).display())
}
