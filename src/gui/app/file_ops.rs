//! File operations of the app: dialogs' answers, open, save, exports, comparison files, pinning.

use super::{App, is_wrong_format, new_undoer};
use crate::assessment::ASSESSMENT_VERSION;
use crate::export::{self, ExportFormat};
use crate::gui::document::Document;
use crate::gui::files::{FilePanel, Picked, Purpose, known_files};
use crate::lang::Lang;
use crate::reference::Reference;
use crate::store::{self, Overwrite};
use std::path::{Path, PathBuf};

impl App {
    pub(super) fn poll_dialogs(&mut self, ctx: &egui::Context) {
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
            (Purpose::Export(f), Some(p)) => self.export_to(f, &p),
            (Purpose::AddToCompare, Some(p)) => self.add_to_compare(p),
            (Purpose::Pin, Some(p)) => self.pin_path(&p),
            (Purpose::ExportComparison(f), Some(p)) => self.export_comparison_to(f, &p),
            (purpose, None) if unavailable => self.fallback(purpose, ctx),
            (_, None) => {}
        }
    }

    /// What happens when no system dialog can be shown.
    pub(super) fn fallback(&mut self, purpose: Purpose, _ctx: &egui::Context) {
        match purpose {
            Purpose::Export(f) => self.export_into_folder(f),
            Purpose::ExportComparison(f) => self.export_comparison_into_folder(f),
            p => self.open_panel(p),
        }
    }

    pub(super) fn open_panel(&mut self, purpose: Purpose) {
        let path = match purpose {
            Purpose::SaveAs => {
                let stem = export::stem(&self.doc.assessment);
                export::unused_path(&self.exports_dir, &stem, "json")
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

    pub(super) fn ask(&mut self, purpose: Purpose, ctx: &egui::Context) {
        if !self.dialogs.available {
            self.fallback(purpose, ctx);
            return;
        }
        let stem = export::stem(&self.doc.assessment);
        let name = match &purpose {
            Purpose::Open | Purpose::AddToCompare | Purpose::Pin => String::new(),
            Purpose::SaveAs => format!("{stem}.json"),
            Purpose::Export(f) => format!("{stem}-{}.{}", f.suffix(), f.ext()),
            Purpose::ExportComparison(f) => format!("{}.{}", self.comparison_stem(), f.ext()),
        };
        let dir = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf);
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
                let upgraded = match (written_in, self.lang) {
                    (v, _) if v == ASSESSMENT_VERSION => String::new(),
                    (v, Lang::Fr) => format!(
                        " (format version {v}, mis à jour : l'enregistrement écrira la version \
                         {ASSESSMENT_VERSION}, que les versions plus anciennes de l'application \
                         ne savent pas ouvrir)"
                    ),
                    (v, Lang::En) => format!(
                        " (format version {v}, upgraded: saving writes version \
                         {ASSESSMENT_VERSION}, which older versions of the app cannot open)"
                    ),
                };
                self.info(format!(
                    "{} {}{upgraded}",
                    self.t("Ouvert :", "Opened:"),
                    p.display()
                ));
            }
            Err(e) => self.error(format!(
                "{} {e}",
                self.t("Impossible d'ouvrir :", "Cannot open:")
            )),
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
            let message = match self.lang {
                Lang::Fr => format!(
                    "Non enregistré : la date « {d} » n'est pas une date au format AAAA-MM-JJ \
                     (par exemple 2025-03-14). Corrigez-la dans les détails de l'évaluation."
                ),
                Lang::En => format!(
                    "Not saved: the date “{d}” is not a date as YYYY-MM-DD (for example \
                     2025-03-14). Correct it in the assessment details."
                ),
            };
            self.error(message);
            return;
        }
        if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(dir);
        }
        match self.doc.save_as(p, &self.framework) {
            Ok(()) => {
                self.settings.remember(p);
                self.panel = None;
                self.info(format!(
                    "{} {}",
                    self.t("Enregistré :", "Saved:"),
                    p.display()
                ));
            }
            Err(e) => self.error(format!(
                "{} {e}",
                self.t("Échec de l'enregistrement :", "Save failed:")
            )),
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
                self.info(format!(
                    "{} {}",
                    self.t("Ajouté à la comparaison :", "Added to the comparison:"),
                    p.display()
                ));
            }
            Err(e) => self.error(format!(
                "{} {e}",
                self.t("Impossible d'ajouter :", "Cannot add:")
            )),
        }
    }

    /// Pins a reference file, or an assessment file as a reference.
    pub fn pin_path(&mut self, p: &Path) {
        let loaded = Reference::load(p, &self.framework).or_else(|e| {
            // Not a reference: an assessment can be pinned too; report the reference error
            // only if it is not an assessment either.
            crate::assessment::Assessment::load(p, &self.framework)
                .map(|a| Reference::of_assessment(&self.framework, &a))
                .map_err(|ae| if is_wrong_format(&e) { ae } else { e })
        });
        match loaded {
            Ok(r) => {
                let label = r.label.clone();
                self.pinned = Some(r);
                self.panel = None;
                self.info(format!(
                    "{} {label}",
                    self.t("Référence épinglée :", "Reference pinned:")
                ));
            }
            Err(e) => self.error(format!(
                "{} {e}",
                self.t("Impossible d'épingler :", "Cannot pin:")
            )),
        }
    }

    pub(super) fn comparison_stem(&self) -> String {
        let all: Vec<&crate::assessment::Assessment> = self
            .compare
            .picked_assessments()
            .into_iter()
            .map(|(_, a)| a)
            .collect();
        export::comparison_stem(&all, "all")
    }

    pub(super) fn comparison_bytes(&self, f: ExportFormat) -> Result<Vec<u8>, String> {
        let inputs = self.compare.picked_assessments();
        if inputs.len() < 2 {
            return Err(self
                .t(
                    "cochez au moins deux évaluations",
                    "tick at least two assessments",
                )
                .into());
        }
        let refs: Vec<&crate::assessment::Assessment> = inputs.iter().map(|(_, a)| *a).collect();
        let (w, h) = export::IMAGE_SIZE;
        let data = || crate::chart::ChartData::comparison(&self.framework, &refs, self.lang);
        let cmp = || crate::compare::Comparison::new(&self.framework, &inputs);
        match f {
            ExportFormat::Png => {
                crate::chart::render_png(&data(), crate::chart::ChartKind::All, w, h)
                    .map_err(|e| e.to_string())
            }
            ExportFormat::Svg => {
                crate::chart::render_svg(&data(), crate::chart::ChartKind::All, w, h)
                    .map(String::into_bytes)
                    .map_err(|e| e.to_string())
            }
            ExportFormat::Csv => Ok(crate::report::comparison_csv(
                &self.framework,
                &cmp(),
                self.lang,
            )),
            ExportFormat::Json => serde_json::to_vec_pretty(&cmp()).map_err(|e| e.to_string()),
        }
    }

    pub(super) fn export_to(&mut self, f: ExportFormat, p: &Path) {
        let bytes = export::render(&self.framework, &self.doc.assessment, self.lang, f)
            .map_err(|e| e.to_string());
        self.write_export(bytes, p, self.t("Exporté :", "Exported:"));
    }

    pub(super) fn export_comparison_to(&mut self, f: ExportFormat, p: &Path) {
        let bytes = self.comparison_bytes(f);
        self.write_export(
            bytes,
            p,
            self.t("Comparaison exportée :", "Comparison exported:"),
        );
    }

    /// Writes an export atomically and says where, or why not.
    pub(super) fn write_export(&mut self, bytes: Result<Vec<u8>, String>, p: &Path, done: &str) {
        let result = bytes
            .and_then(|b| store::write_atomic(p, &b, Overwrite::Allow).map_err(|e| e.to_string()));
        match result {
            Ok(()) => self.info(format!("{done} {}", p.display())),
            Err(e) => self.error(format!(
                "{} {e}",
                self.t("Échec de l'export :", "Export failed:")
            )),
        }
    }

    /// A new file name in the exports folder (created if needed), or `None` after saying why.
    pub(super) fn path_in_exports(&mut self, stem: &str, ext: &str) -> Option<PathBuf> {
        match std::fs::create_dir_all(&self.exports_dir) {
            Ok(()) => Some(export::unused_path(&self.exports_dir, stem, ext)),
            Err(e) => {
                let dir = self.exports_dir.display().to_string();
                self.error(format!(
                    "{dir}: {} {e}",
                    self.t(
                        "impossible de créer le dossier :",
                        "cannot create the folder:"
                    )
                ));
                None
            }
        }
    }

    /// Exports into the exports folder with a generated, unused name, and says where.
    pub fn export_into_folder(&mut self, f: ExportFormat) {
        let stem = format!("{}-{}", export::stem(&self.doc.assessment), f.suffix());
        if let Some(p) = self.path_in_exports(&stem, f.ext()) {
            self.export_to(f, &p);
        }
    }

    /// Exports the comparison into the exports folder with a generated name, and says where.
    pub fn export_comparison_into_folder(&mut self, f: ExportFormat) {
        if let Some(p) = self.path_in_exports(&self.comparison_stem(), f.ext()) {
            self.export_comparison_to(f, &p);
        }
    }
}
