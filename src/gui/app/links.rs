//! Answers sent and received as links ([`crate::link`]): *Send my answers* (the share sheet, else
//! a download), *Copy a link to my answers*, File › *Open a link…*, and the Team view's *Paste
//! links…* that adds each respondent's answers to the comparison.

use super::App;
use crate::gui::command::Detail;
use crate::gui::document::Document;
use crate::gui::platform;
use crate::msg;
use std::path::{Path, PathBuf};
use std::sync::Arc;

impl App {
    /// The link to the answers as they are, or why there is none (no web address, too long).
    fn answers_link(&self) -> Result<String, Detail> {
        let base = platform::page_address().ok_or(Detail::Text("no web address".into()))?;
        crate::link::make(&base, self.editor.assessment()).map_err(|e| Detail::File(Arc::new(e)))
    }

    /// Copies the link to the answers to the clipboard.
    pub(super) fn copy_link(&mut self, ctx: &egui::Context) {
        match self.answers_link() {
            Ok(link) => {
                let count = link.chars().count();
                ctx.copy_text(link);
                self.info(msg!("ui-link-copied", count = count), None);
            }
            Err(d) => self.error(msg!("ui-link-refused"), Some(d)),
        }
    }

    /// Sends the answers: the share sheet with the file (or the link), else a download.
    pub(super) fn send_answers(&mut self) {
        if self.refuse_to_save() {
            return;
        }
        let a = self.editor.assessment();
        let name = format!("{}.json", crate::export::stem(a));
        let title = crate::tr!(
            self.prefs.lang,
            "ui-send-title",
            retailer = a.retailer.trim()
        );
        let bytes = a.to_json().into_bytes();
        let link = self.answers_link().ok();
        match platform::send(&name, &bytes, &title, link.as_deref()) {
            Ok(platform::Sent::Shared) => self.info(msg!("ui-sent-shared"), None),
            Ok(platform::Sent::Written(p)) => {
                self.info(msg!("ui-sent-downloaded", path = p.display()), None)
            }
            Err(e) => self.error(msg!("ui-export-failed"), Some(Detail::File(Arc::new(e)))),
        }
    }

    /// Opens the answers a link carries as a new, unsaved assessment; a bad link is said as a
    /// bad file is, and the current assessment stays.
    pub fn open_link(&mut self, text: &str) {
        let name = self.prefs.lang.t("ui-link-name");
        match crate::link::read(text, Path::new(name), &self.framework) {
            Ok(a) => {
                let who = who(&a);
                let title = crate::tr!(self.prefs.lang, "ui-link-document", who = who.as_str());
                self.replace_document(Document::named(a, title, &self.framework));
                self.windows.links = None;
                self.info(msg!("ui-link-opened", who = who), None);
            }
            Err(e) => {
                let detail = Detail::File(Arc::new(e));
                if let Some(panel) = &mut self.windows.links {
                    panel.problems = vec![detail.render(self.prefs.lang)];
                }
                self.error(msg!("ui-cannot-open"), Some(detail));
            }
        }
    }

    /// Adds the answers of every link in `text` (one a line) to the comparison, ticked, as a
    /// team's; the links that cannot be read are listed in the panel, the others still added.
    pub fn add_links(&mut self, text: &str) {
        let l = self.prefs.lang;
        let mut added = 0;
        let mut problems = Vec::new();
        let lines = text.lines().map(str::trim).filter(|s| !s.is_empty());
        for (n, line) in lines.enumerate() {
            let name = crate::tr!(l, "ui-link-numbered", number = n + 1);
            match crate::link::read(line, Path::new(&name), &self.framework) {
                Ok(a) => {
                    let file = PathBuf::from(format!("links/{}.json", crate::export::stem(&a)));
                    let file = platform::hand_over_new(&file, a.to_json().into_bytes().into());
                    match self.compare.state.add(file, &self.framework) {
                        Ok(()) => added += 1,
                        Err(e) => problems.push(crate::error::Localized::render(&e, l)),
                    }
                }
                Err(e) => problems.push(crate::error::Localized::render(&e, l)),
            }
        }
        if added > 0 {
            self.compare.state.team = true;
        }
        if problems.is_empty() && added > 0 {
            self.windows.links = None;
            self.info(msg!("ui-links-added", count = added), None);
        } else if let Some(panel) = &mut self.windows.links {
            if added == 0 && problems.is_empty() {
                problems.push(l.t("link-no-answers").to_string());
            }
            panel.problems = problems;
            if added > 0 {
                panel.text.clear();
                self.info(msg!("ui-links-added", count = added), None);
            }
        }
    }
}

/// Who answered: the assessor, else the retailer, else "someone".
fn who(a: &crate::assessment::Assessment) -> String {
    let name = if a.assessor.trim().is_empty() {
        a.retailer.trim()
    } else {
        a.assessor.trim()
    };
    crate::text::short(name, 60).into_owned()
}
