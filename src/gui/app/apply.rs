//! The commands of a frame, applied after it was drawn; those that would lose unsaved changes
//! ask first.

use super::{App, apply_theme, new_undoer};
use crate::export::Format;
use crate::gui::command::{Command, Detail, Mode};
use crate::gui::document::Document;
use crate::gui::files::{Purpose, Which};
use crate::msg;

impl App {
    /// Whether a command must first ask about unsaved changes.
    fn needs_confirmation(&self, c: &Command) -> bool {
        matches!(
            c,
            Command::New
                | Command::Open
                | Command::OpenPath(_)
                | Command::OpenExample(_)
                | Command::Quit
        ) && self.doc.is_dirty()
    }

    pub(super) fn apply_commands(&mut self, ctx: &egui::Context) {
        for c in std::mem::take(&mut self.commands) {
            if self.needs_confirmation(&c) {
                self.confirm = Some(c);
                continue;
            }
            let c = match c {
                Command::Confirmed(inner) => *inner,
                other => other,
            };
            self.apply(c, ctx);
        }
    }

    fn apply(&mut self, c: Command, ctx: &egui::Context) {
        match c {
            Command::Confirmed(inner) => self.apply(*inner, ctx),
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
                    self.info(msg!("ui-restored"), None);
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
                self.select_family(0);
                self.info(msg!("ui-new-assessment"), None);
            }
            Command::Open => self.ask(Purpose::Open, ctx),
            Command::OpenPath(p) => self.open_path(&p),
            Command::OpenExample(i) => self.open_example(i),
            // Where to save is not asked for answers that cannot be saved.
            Command::Save | Command::SaveAs if self.refuse_to_save() => {}
            Command::Save => match self.doc.path.clone() {
                Some(p) => self.save_to(&p),
                None => self.ask(Purpose::SaveAs, ctx),
            },
            Command::SaveAs => self.ask(Purpose::SaveAs, ctx),
            Command::SaveTo(p) => self.save_to(&p),
            Command::Export(f) => self.ask(Purpose::Export(Which::Assessment, f), ctx),
            Command::ExportAll => {
                let mut failed = false;
                for f in Format::ALL {
                    failed |= !self.export_into_folder(f);
                }
                if !failed {
                    let dir = self.exports_dir.display().to_string();
                    self.info(msg!("ui-exported-all"), Some(Detail::Text(dir)));
                }
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
            Command::SelectTrack(t) => self.select_track(t),
            Command::ClosePanel => self.panel = None,
            Command::SetMode(m) => {
                if m == Mode::Compare && self.compare.candidates.is_empty() {
                    self.refresh_compare();
                }
                self.mode = m;
            }
            Command::RefreshCompare => self.refresh_compare(),
            Command::AddToCompare => self.ask(Purpose::AddToCompare, ctx),
            Command::AddToCompareKnown(p) => self.add_to_compare(p),
            Command::ExportComparison(f) => self.ask(Purpose::Export(Which::Comparison, f), ctx),
            Command::ExportTeam(f) => self.ask(Purpose::Export(Which::Team, f), ctx),
            Command::OpenTeam(a) => {
                self.doc = Document::recovered(*a, None, &self.framework);
                self.undoer = new_undoer();
                self.select_family(0);
                self.mode = Mode::Questionnaire;
                self.info(msg!("ui-team-opened"), None);
            }
            Command::Pin => self.ask(Purpose::Pin, ctx),
            Command::ChooseTemplate => self.ask(Purpose::Template, ctx),
            Command::SetTemplate(p) => self.set_template(p),
            Command::PinPath(p) => self.pin_path(&p),
            Command::SetTarget { track, level } => {
                self.doc.assessment.answer_mut(&track).target = Some(level);
                self.info(msg!("ui-target-set", level = level), None);
            }
            Command::Present(on) => self.presenting = on,
            Command::ToggleFamilies => self.settings.hide_families = !self.settings.hide_families,
            Command::SetCsv(c) => self.settings.csv = c,
            Command::ShowHelp => self.help_open = true,
            Command::Unpin => {
                self.pinned = None;
                self.info(msg!("ui-reference-removed"), None);
            }
        }
    }
}
