//! The keyboard: file shortcuts, undo and redo, and the questionnaire's keys (families, tracks,
//! levels by digit or arrow), all read from [`crate::gui::hotkeys`] and turned into commands.
//! The questionnaire's keys work wherever the focus is, except in a text field; a modal window
//! keeps them from what is behind it.

use super::App;
use crate::assessment::Edit;
use crate::gui::command::{Command, Mode};
use crate::gui::hotkeys;

impl App {
    /// Reads this frame's keys; returns what they ask for.
    pub(super) fn keys(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let pressed = |s: &egui::KeyboardShortcut| ctx.input_mut(|i| i.consume_shortcut(s));
        let mut out = Vec::new();
        let w = &self.windows;
        let question = w.recovery.is_some() || w.confirm.is_some() || w.panel.is_some();
        if question {
            // A question is answered first: nothing behind it reacts.
            return out;
        }
        if pressed(&hotkeys::HELP) {
            out.push(Command::CloseWelcome);
            out.push(Command::ShowHelp(!w.help));
            return out;
        }
        if w.help {
            return out;
        }
        // Shift+Ctrl+S before Ctrl+S, which would also match it.
        if pressed(&hotkeys::SAVE_AS) {
            out.push(Command::SaveAs);
        } else if pressed(&hotkeys::SAVE) {
            out.push(Command::Save);
        }
        for (key, command) in [
            (hotkeys::NEW, Command::New),
            (hotkeys::OPEN, Command::Open),
            (hotkeys::QUIT, Command::Quit),
        ] {
            if pressed(&key) {
                out.push(command);
            }
        }
        if w.welcome {
            // The welcome's own choices are made with its buttons; a file shortcut closes it.
            if !out.is_empty() {
                out.insert(0, Command::CloseWelcome);
            }
            return out;
        }
        if pressed(&hotkeys::PRESENT) {
            out.push(Command::Present(!self.results.presenting));
        }
        if self.results.presenting
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            out.push(Command::Present(false));
        }
        let typing = ctx.text_edit_focused();
        // Undo and redo, except in a text field, which has its own.
        if !typing {
            if pressed(&hotkeys::REDO_SHIFT) || pressed(&hotkeys::REDO) {
                out.push(Command::Redo);
            } else if pressed(&hotkeys::UNDO) {
                out.push(Command::Undo);
            }
        }
        if self.nav.mode != Mode::Questionnaire || typing || egui::Popup::is_any_open(ctx) {
            return out;
        }
        out.extend(self.questionnaire_keys(ctx));
        // The arrows are the questionnaire's wherever the focus is (a radio, a checkbox): egui
        // would otherwise move the focus with them.
        if let Some(id) = ctx.memory(|m| m.focused()) {
            let filter = egui::EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                ..Default::default()
            };
            ctx.memory_mut(|m| m.set_focus_lock_filter(id, filter));
        }
        out
    }

    /// Page Up / Down, Up / Down, the digits, Left / Right.
    fn questionnaire_keys(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let pressed = |s: &egui::KeyboardShortcut| ctx.input_mut(|i| i.consume_shortcut(s));
        let mut out = Vec::new();
        let fw = &self.framework;
        let families = fw.families.len();
        if pressed(&hotkeys::NEXT_FAMILY) {
            out.push(Command::SelectFamily(
                (self.nav.family + 1).min(families - 1),
            ));
        }
        if pressed(&hotkeys::PREVIOUS_FAMILY) {
            out.push(Command::SelectFamily(self.nav.family.saturating_sub(1)));
        }
        let tracks = fw.tracks().count();
        if pressed(&hotkeys::NEXT_TRACK) {
            out.push(Command::SelectTrack((self.nav.track + 1).min(tracks - 1)));
        }
        if pressed(&hotkeys::PREVIOUS_TRACK) {
            out.push(Command::SelectTrack(self.nav.track.saturating_sub(1)));
        }
        // The keys act on the track they were on when pressed (a Down then a digit in one
        // frame: the digit goes to the new track).
        let mut nav = self.nav;
        for c in &out {
            match c {
                Command::SelectFamily(i) => nav.select_family(fw, *i),
                Command::SelectTrack(t) => nav.select_track(fw, *t),
                _ => {}
            }
        }
        if pressed(&hotkeys::GUIDE) {
            out.push(Command::ToggleCurrentGuide);
        }
        let Some((family, track)) = fw.tracks().nth(nav.track) else {
            return out;
        };
        // Not in a family marked as not applying (its answers are greyed).
        if self.editor.assessment().is_not_applicable(&family.id) {
            return out;
        }
        let top = track.top();
        let current = self.editor.assessment().level(&track.id);
        let mut level = None;
        for (k, key) in hotkeys::LEVELS.iter().enumerate() {
            if pressed(key) && k as u8 <= top {
                level = Some(k as u8);
            }
        }
        if pressed(&hotkeys::LEVEL_UP) && current < top {
            level = Some(current + 1);
        }
        if pressed(&hotkeys::LEVEL_DOWN) && current > 0 {
            level = Some(current - 1);
        }
        if let Some(level) = level {
            out.push(Command::Edit(Edit::Level {
                track: track.id.clone(),
                level: Some(level),
            }));
            out.push(Command::FocusLevel(level));
        }
        out
    }
}
