//! Keyboard shortcuts: files (Ctrl+N/O/S, Shift+Ctrl+S), families and tracks, levels by digit or arrow.

use super::app::{App, Command, Mode};
use egui::{Key, KeyboardShortcut, Modifiers};

/// Reads this frame's keys and turns them into commands or answers.
pub fn handle(app: &mut App, ctx: &egui::Context) {
    let shortcut =
        |m: Modifiers, k: Key| ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(m, k)));
    // Shift+Ctrl+S before Ctrl+S, which would also match it.
    if shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::S) {
        app.command(Command::SaveAs);
    } else if shortcut(Modifiers::COMMAND, Key::S) {
        app.command(Command::Save);
    }
    if shortcut(Modifiers::COMMAND, Key::N) {
        app.command(Command::New);
    }
    if shortcut(Modifiers::COMMAND, Key::O) {
        app.command(Command::Open);
    }
    // Undo and redo, except in a text field, which has its own.
    if !ctx.egui_wants_keyboard_input() {
        if shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
            || shortcut(Modifiers::COMMAND, Key::Y)
        {
            app.command(Command::Redo);
        } else if shortcut(Modifiers::COMMAND, Key::Z) {
            app.command(Command::Undo);
        }
    }
    if app.panel.is_some() || app.mode != Mode::Questionnaire || ctx.egui_wants_keyboard_input() {
        return;
    }
    let families = app.framework.families.len();
    if shortcut(Modifiers::NONE, Key::PageDown) {
        app.select_family((app.family + 1).min(families - 1));
    }
    if shortcut(Modifiers::NONE, Key::PageUp) {
        app.select_family(app.family.saturating_sub(1));
    }
    // Digits pick the level of the current track, whatever has the focus.
    let top = current_top(app);
    for (k, key) in [
        Key::Num0,
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
    ]
    .into_iter()
    .enumerate()
    {
        if shortcut(Modifiers::NONE, key) && k as u8 <= top {
            set_level(app, k as u8);
        }
    }
    // Arrows act on the questionnaire only when no widget has the focus (they move it otherwise).
    if ctx.memory(|m| m.focused().is_some()) {
        return;
    }
    let tracks = app.framework.tracks().count();
    if shortcut(Modifiers::NONE, Key::ArrowDown) {
        app.select_track((app.track + 1).min(tracks - 1));
    }
    if shortcut(Modifiers::NONE, Key::ArrowUp) {
        app.select_track(app.track.saturating_sub(1));
    }
    let level = current_level(app);
    if shortcut(Modifiers::NONE, Key::ArrowRight) && level < top {
        set_level(app, level + 1);
    }
    if shortcut(Modifiers::NONE, Key::ArrowLeft) && level > 0 {
        set_level(app, level - 1);
    }
}

fn current_track_id(app: &App) -> String {
    app.framework
        .tracks()
        .nth(app.track)
        .map(|(_, t)| t.id.clone())
        .unwrap_or_default()
}

fn current_top(app: &App) -> u8 {
    app.framework
        .tracks()
        .nth(app.track)
        .map(|(_, t)| t.top())
        .unwrap_or(0)
}

fn current_level(app: &App) -> u8 {
    app.doc.assessment.level(&current_track_id(app))
}

fn set_level(app: &mut App, level: u8) {
    let id = current_track_id(app);
    app.doc.assessment.answer_mut(&id).level = Some(level);
}
