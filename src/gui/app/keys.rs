//! The keyboard: file shortcuts, undo and redo, and the questionnaire's keys (families, tracks,
//! levels by digit or arrow), all read from [`crate::gui::hotkeys`].

use super::App;
use crate::gui::command::{Command, Mode};
use crate::gui::hotkeys;

impl App {
    /// Reads this frame's keys and turns them into commands or answers.
    pub(super) fn handle_keys(&mut self, ctx: &egui::Context) {
        let pressed = |s: &egui::KeyboardShortcut| ctx.input_mut(|i| i.consume_shortcut(s));
        // Shift+Ctrl+S before Ctrl+S, which would also match it.
        if pressed(&hotkeys::SAVE_AS) {
            self.command(Command::SaveAs);
        } else if pressed(&hotkeys::SAVE) {
            self.command(Command::Save);
        }
        if pressed(&hotkeys::NEW) {
            self.command(Command::New);
        }
        if pressed(&hotkeys::OPEN) {
            self.command(Command::Open);
        }
        if pressed(&hotkeys::QUIT) {
            self.command(Command::Quit);
        }
        if pressed(&hotkeys::HELP) {
            self.help_open = !self.help_open;
        }
        if pressed(&hotkeys::PRESENT) {
            self.command(Command::Present(!self.presenting));
        }
        if self.presenting
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.command(Command::Present(false));
        }
        // Undo and redo, except in a text field, which has its own.
        if !ctx.egui_wants_keyboard_input() {
            if pressed(&hotkeys::REDO_SHIFT) || pressed(&hotkeys::REDO) {
                self.command(Command::Redo);
            } else if pressed(&hotkeys::UNDO) {
                self.command(Command::Undo);
            }
        }
        if self.panel.is_some()
            || self.mode != Mode::Questionnaire
            || ctx.egui_wants_keyboard_input()
        {
            return;
        }
        let families = self.framework.families.len();
        if pressed(&hotkeys::NEXT_FAMILY) {
            self.select_family((self.family + 1).min(families - 1));
        }
        if pressed(&hotkeys::PREVIOUS_FAMILY) {
            self.select_family(self.family.saturating_sub(1));
        }
        // Digits pick the level of the current track, whatever has the focus; not in a family
        // marked as not applying (its answers are greyed).
        let family = &self.framework.families[self.family].id;
        let applies = !self.doc.assessment.is_not_applicable(family);
        let top = if applies { self.current_top() } else { 0 };
        for (k, key) in hotkeys::LEVELS.iter().enumerate() {
            if pressed(key) && applies && k as u8 <= top {
                self.set_level(k as u8);
            }
        }
        // Arrows act on the questionnaire only when no widget has the focus (they move it otherwise).
        if ctx.memory(|m| m.focused().is_some()) {
            return;
        }
        let tracks = self.framework.tracks().count();
        if pressed(&hotkeys::NEXT_TRACK) {
            self.select_track((self.track + 1).min(tracks - 1));
        }
        if pressed(&hotkeys::PREVIOUS_TRACK) {
            self.select_track(self.track.saturating_sub(1));
        }
        let level = self.current_level();
        if pressed(&hotkeys::LEVEL_UP) && applies && level < top {
            self.set_level(level + 1);
        }
        if pressed(&hotkeys::LEVEL_DOWN) && applies && level > 0 {
            self.set_level(level - 1);
        }
    }

    fn current_track_id(&self) -> String {
        self.framework
            .tracks()
            .nth(self.track)
            .map(|(_, t)| t.id.clone())
            .unwrap_or_default()
    }

    fn current_top(&self) -> u8 {
        self.framework
            .tracks()
            .nth(self.track)
            .map(|(_, t)| t.top())
            .unwrap_or(0)
    }

    fn current_level(&self) -> u8 {
        self.doc.assessment.level(&self.current_track_id())
    }

    fn set_level(&mut self, level: u8) {
        let id = self.current_track_id();
        self.doc.assessment.answer_mut(&id).level = Some(level);
    }
}
