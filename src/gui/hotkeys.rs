//! The keyboard shortcuts, in one place: the key handler reads them, the menus show them
//! (`ctx.format_shortcut`), so no shortcut is ever typed by hand.

use egui::{Key, KeyboardShortcut, Modifiers};

/// File › New.
pub const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
/// File › Open.
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// File › Save.
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
/// File › Save as.
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
/// Edit › Undo.
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Edit › Redo.
pub const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
/// Edit › Redo, the other way.
pub const REDO_SHIFT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
/// Next family.
pub const NEXT_FAMILY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::PageDown);
/// Previous family.
pub const PREVIOUS_FAMILY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::PageUp);
/// Next track.
pub const NEXT_TRACK: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::ArrowDown);
/// Previous track.
pub const PREVIOUS_TRACK: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::ArrowUp);
/// One level up.
pub const LEVEL_UP: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::ArrowRight);
/// One level down.
pub const LEVEL_DOWN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::ArrowLeft);
/// Levels 0 to 5, by digit.
pub const LEVELS: [KeyboardShortcut; 6] = [
    KeyboardShortcut::new(Modifiers::NONE, Key::Num0),
    KeyboardShortcut::new(Modifiers::NONE, Key::Num1),
    KeyboardShortcut::new(Modifiers::NONE, Key::Num2),
    KeyboardShortcut::new(Modifiers::NONE, Key::Num3),
    KeyboardShortcut::new(Modifiers::NONE, Key::Num4),
    KeyboardShortcut::new(Modifiers::NONE, Key::Num5),
];
/// Open or close the guidance of the current track's level.
pub const GUIDE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::I);
/// Show the chart alone, the whole window.
pub const PRESENT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F11);
/// File › Quit.
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
/// Help.
pub const HELP: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F1);
