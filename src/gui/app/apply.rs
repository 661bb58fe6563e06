//! The one place commands are applied: edits of the document go to the [`Editor`] (undo, the
//! unsaved mark, the scores, the autosave's generation follow from there); those that would
//! lose unsaved changes ask first.
//!
//! [`Editor`]: crate::gui::editor::Editor

use super::App;
use crate::export::SubjectKind;
use crate::gui::command::{Answer, Command, Detail, Mode, Page};
use crate::gui::document::Document;
use crate::gui::files::Purpose;
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
                | Command::OpenTeam(_)
                | Command::OpenLink(_)
                | Command::Quit
        ) && self.editor.doc().is_dirty()
    }

    /// Applies `commands` in order; what they ask for in turn is applied at once too.
    pub(super) fn apply_all(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        if commands.is_empty() {
            return;
        }
        let mut pending: std::collections::VecDeque<Command> = commands.into();
        while let Some(c) = pending.pop_front() {
            if self.needs_confirmation(&c) {
                self.windows.confirm = Some(c);
                continue;
            }
            self.apply(c, ctx);
            pending.extend(self.queued.drain(..));
        }
        // The views drawn before a change (the menu's undo, the families' progress) show it in
        // the next frame.
        ctx.request_repaint();
    }

    fn apply(&mut self, c: Command, ctx: &egui::Context) {
        // Where to save is not asked for answers that cannot be saved.
        if matches!(c, Command::Save | Command::SaveAs) && self.refuse_to_save() {
            return;
        }
        let fw = &self.framework;
        match c {
            Command::Edit(edit) => {
                let now = ctx.input(|i| i.time);
                self.editor.apply(fw, &edit, now);
            }
            Command::TakeSuggestion { track, level } => {
                let edit = crate::assessment::Edit::Target {
                    track,
                    target: Some(level),
                };
                let now = ctx.input(|i| i.time);
                if self.editor.apply(fw, &edit, now) {
                    self.info(msg!("ui-target-set", level = level), None);
                }
            }
            Command::Undo => {
                self.editor.undo(fw);
            }
            Command::Redo => {
                self.editor.redo(fw);
            }
            Command::Confirmed(inner) => self.apply(*inner, ctx),
            Command::Answer(answer) => self.answer_confirm(answer),
            Command::Quit => {
                self.windows.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::Restore => {
                if let Some(snap) = self.windows.recovery.take() {
                    let doc = Document::recovered(snap.assessment, snap.file, fw);
                    self.replace_document(doc);
                    self.info(msg!("ui-restored"), None);
                }
            }
            Command::DropRecovery => {
                self.windows.recovery = None;
                if let Some(a) = &mut self.services.autosave {
                    a.discard();
                }
            }
            Command::New => {
                self.replace_document(Document::new(fw));
                self.info(msg!("ui-new-assessment"), None);
            }
            Command::Open => self.ask(Purpose::Open, ctx),
            Command::OpenPath(p) => self.open_path(&p),
            Command::OpenExample(i) => self.open_example(i),
            Command::Save => match self.editor.doc().path.clone() {
                Some(p) => self.save_to(&p),
                None => self.ask(Purpose::SaveAs, ctx),
            },
            Command::SaveAs => self.ask(Purpose::SaveAs, ctx),
            Command::SaveTo(p) => self.save_to(&p),
            Command::SaveToNewFolder(p) => self.save_to_new_folder(&p),
            Command::OpenFolder(dir) => {
                if let Err(e) = crate::gui::platform::open_folder(&dir) {
                    self.error(msg!("ui-open-folder-failed"), Some(Detail::Text(e)));
                }
            }
            Command::Export(kind, f) => self.ask(Purpose::Export(kind, f), ctx),
            Command::ExportAll => self.export_all(),
            Command::SetLang(l) => {
                self.prefs.lang = l;
                self.prefs.settings.lang = Some(l);
            }
            Command::SetTheme(t) => {
                self.prefs.settings.theme = t;
                super::apply_theme(ctx, t);
            }
            Command::SelectFamily(i) => self.nav.select_family(fw, i),
            Command::SelectTrack(t) => {
                self.nav.select_track(fw, t);
                self.nav.reveal_track = true;
            }
            Command::FocusLevel(level) => self.nav.focus_level = Some(level),
            Command::OpenTrack(id) => {
                if let Some(t) = fw.tracks().position(|(_, t)| t.id == id) {
                    self.nav.select_track(fw, t);
                    self.nav.reveal_track = true;
                    self.nav.page = Page::Questions;
                }
            }
            Command::ToggleGuide { track, item } => {
                let open = Some((track, item));
                self.nav.guide = if self.nav.guide == open { None } else { open };
            }
            Command::ToggleCurrentGuide => {
                let track = self.nav.track;
                let level = fw
                    .tracks()
                    .nth(track)
                    .map(|(_, t)| self.editor.assessment().level(&t.id).max(1))
                    .unwrap_or(1);
                let open = Some((track, crate::gui::command::Guide::Level(level)));
                self.nav.guide = if self.nav.guide == open { None } else { open };
            }
            Command::ClosePanel => self.windows.panel = None,
            Command::SetMode(m) => {
                if m == Mode::Compare && self.compare.state.candidates.is_empty() {
                    self.refresh_compare();
                }
                self.nav.mode = m;
            }
            Command::RefreshCompare => self.refresh_compare(),
            Command::AddToCompare => self.ask(Purpose::AddToCompare, ctx),
            Command::AddToCompareKnown(p) => self.add_to_compare(p),
            Command::OpenTeam(a) => {
                self.replace_document(Document::recovered(*a, None, fw));
                self.nav.mode = Mode::Questionnaire;
                self.info(msg!("ui-team-opened"), None);
            }
            Command::AskLinks(team) => {
                self.windows.links = Some(crate::gui::files::LinkPanel {
                    team,
                    fresh: true,
                    ..Default::default()
                });
            }
            Command::OpenLink(text) => self.open_link(&text),
            Command::AddLinks(text) => self.add_links(&text),
            Command::CloseLinks => self.windows.links = None,
            Command::CopyLink => self.copy_link(ctx),
            Command::SendAnswers => self.send_answers(),
            Command::Pin => self.ask(Purpose::Pin, ctx),
            Command::ChooseTemplate => self.ask(Purpose::Template, ctx),
            Command::SetTemplate(p) => self.set_template(p),
            Command::PinPath(p) => self.pin_path(&p),
            Command::Present(on) => self.results.presenting = on,
            Command::ResultsTab(t) => self.results.tab = t,
            Command::ShowPage(p) => self.nav.page = p,
            Command::ToggleFamilies => {
                let s = &mut self.prefs.settings;
                s.hide_families = !s.hide_families;
            }
            Command::SetCsv(c) => self.prefs.settings.csv = c,
            Command::ShowHelp(open) => self.windows.help = open,
            Command::CloseWelcome => self.windows.welcome = false,
            Command::Unpin => {
                self.results.pinned = None;
                self.results.pinned_generation += 1;
                self.info(msg!("ui-reference-removed"), None);
            }
        }
    }

    /// Edits another document (new, opened, restored): no history, the first family.
    pub(super) fn replace_document(&mut self, doc: Document) {
        self.editor.replace(&self.framework, doc);
        self.nav.select_family(&self.framework, 0);
        self.nav.page = Page::Questions;
        self.windows.panel = None;
    }

    /// The answer to "save the changes?" about the command waiting.
    fn answer_confirm(&mut self, answer: Answer) {
        let Some(pending) = self.windows.confirm.take() else {
            return;
        };
        match answer {
            Answer::Save => match self.editor.doc().path.clone() {
                Some(p) => {
                    self.save_to(&p);
                    if !self.editor.doc().is_dirty() {
                        self.queued.push(Command::Confirmed(Box::new(pending)));
                    }
                }
                None => {
                    self.queued.push(Command::SaveAs);
                    self.info(msg!("ui-choose-where"), None);
                }
            },
            Answer::Discard => {
                if let Some(a) = &mut self.services.autosave {
                    a.discard();
                }
                self.queued.push(Command::Confirmed(Box::new(pending)));
            }
            Answer::Cancel => {}
        }
    }

    /// Exports the open assessment in every format it offers into the exports folder.
    fn export_all(&mut self) {
        let mut failed = false;
        for f in SubjectKind::Assessment.formats() {
            if f.built() {
                failed |= !self.export_into_folder(*f);
            }
        }
        if failed {
            return;
        }
        // Said as it was done: downloads in a browser, and the PDF only where it is built.
        if crate::gui::platform::DOWNLOADS {
            self.info(msg!("ui-downloaded-all"), None);
        } else {
            let dir = crate::store::absolute(&self.exports_folder())
                .display()
                .to_string();
            let key = if crate::export::Format::Pdf.built() {
                "ui-exported-all"
            } else {
                "ui-exported-all-no-report"
            };
            self.info(msg!(key), Some(Detail::Text(dir)));
        }
    }
}
