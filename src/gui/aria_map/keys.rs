//! The keys of the mirror: a shortcut as `aria-keyshortcuts` says it, and what a key pressed
//! on a mirror element does (the browser's, a click, or egui's).

use super::Tag;
use egui::accesskit::Action;
use std::borrow::Cow;

/// A shortcut as `aria-keyshortcuts` writes it (`Control+Shift+S`, `Meta+O`), from how egui
/// shows it (`Ctrl+Shift+S`, or `⇧⌘S` on a Mac: `Context::format_shortcut`).
pub fn aria_key_shortcuts(shown: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut rest = shown.trim();
    // The Mac's symbols, before the key.
    while let Some(c) = rest.chars().next() {
        let m = match c {
            '⌃' => "Control",
            '⌥' => "Alt",
            '⇧' => "Shift",
            '⌘' => "Meta",
            _ => break,
        };
        out.push_str(m);
        out.push('+');
        rest = &rest[c.len_utf8()..];
    }
    let (mods, key) = match rest.strip_suffix("++") {
        Some(m) => (m, "Plus"),
        None => match rest.rsplit_once('+') {
            Some((m, k)) => (m, k),
            None => ("", rest),
        },
    };
    for m in mods.split('+').filter(|m| !m.is_empty()) {
        out.push_str(match m.trim() {
            "Ctrl" | "Control" => "Control",
            "Cmd" | "Command" | "Meta" | "Super" => "Meta",
            "Alt" | "Option" | "Opt" => "Alt",
            other => other,
        });
        out.push('+');
    }
    out.push_str(key.trim());
    if out == shown {
        Cow::Borrowed(shown)
    } else {
        Cow::Owned(out)
    }
}

/// What a mirror element is, as far as its keys go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyTarget {
    /// A button, radio, menu item…: Enter and Space activate it.
    Control,
    /// A slider or spin button: the arrows step it.
    Stepper,
    /// A single-line text field: the browser edits it.
    SingleLine,
    /// A multi-line text field.
    MultiLine,
}

impl KeyTarget {
    /// The target for an element: its tag and ARIA role.
    pub fn of(tag: Tag, role: Option<&str>) -> Self {
        match (tag, role) {
            (Tag::Input | Tag::Password, _) => KeyTarget::SingleLine,
            (Tag::TextArea, _) => KeyTarget::MultiLine,
            (Tag::Div, Some("slider" | "spinbutton")) => KeyTarget::Stepper,
            (Tag::Div, _) => KeyTarget::Control,
        }
    }
}

/// What a key pressed on a mirror element does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyRoute {
    /// Nothing of ours: the browser's (Tab, typing in a field, a modifier alone).
    Browser,
    /// An AccessKit click on the element (Enter, Space on a control); the browser's own
    /// action is prevented.
    Click,
    /// An AccessKit increment or decrement (the arrows on a slider); prevented.
    Step(Action),
    /// The key goes to egui as a key event, for its shortcuts (egui's web runner only listens
    /// to keys on the canvas); `prevent_default`: the browser's own action is prevented.
    Forward {
        /// The key, as egui names it.
        key: egui::Key,
        /// Whether the browser must not act on it too.
        prevent_default: bool,
    },
}

/// What a key (the DOM event's `key` and `code`) pressed with `mods` on an element does:
/// Tab stays the browser's (it walks the mirror); Enter and Space click a control; a text
/// field keeps its editing keys and passes on Escape, the function keys, Enter (single line)
/// and the command shortcuts; everything else goes to egui, whose shortcuts work wherever the
/// focus is.
pub fn route_key(key: &str, code: &str, mods: egui::Modifiers, target: KeyTarget) -> KeyRoute {
    use egui::Key as K;
    let Some(k) = K::from_name(key).or_else(|| K::from_name(code)) else {
        return KeyRoute::Browser;
    };
    if k == K::Tab {
        return KeyRoute::Browser;
    }
    let command = mods.ctrl || mods.command || mods.mac_cmd;
    let forward = |prevent_default| KeyRoute::Forward {
        key: k,
        prevent_default,
    };
    // The browser's own use of these would leave the page (print, open) or do nothing useful.
    let browser_shortcut = command && matches!(k, K::S | K::O | K::P | K::Comma);
    match target {
        KeyTarget::Control | KeyTarget::Stepper
            if matches!(k, K::Enter | K::Space) && !command && !mods.alt =>
        {
            KeyRoute::Click
        }
        KeyTarget::Stepper if mods.is_none() && matches!(k, K::ArrowUp | K::ArrowRight) => {
            KeyRoute::Step(Action::Increment)
        }
        KeyTarget::Stepper if mods.is_none() && matches!(k, K::ArrowDown | K::ArrowLeft) => {
            KeyRoute::Step(Action::Decrement)
        }
        KeyTarget::Control | KeyTarget::Stepper => forward(
            browser_shortcut
                || (command && matches!(k, K::Z | K::Y))
                || matches!(
                    k,
                    K::ArrowUp
                        | K::ArrowDown
                        | K::ArrowLeft
                        | K::ArrowRight
                        | K::PageUp
                        | K::PageDown
                        | K::Home
                        | K::End
                        | K::F1
                ),
        ),
        KeyTarget::SingleLine | KeyTarget::MultiLine => {
            let editing = matches!(
                k,
                K::A | K::C
                    | K::V
                    | K::X
                    | K::Z
                    | K::Y
                    | K::Backspace
                    | K::Delete
                    | K::Home
                    | K::End
                    | K::ArrowUp
                    | K::ArrowDown
                    | K::ArrowLeft
                    | K::ArrowRight
            );
            let function = matches!(
                k,
                K::F1
                    | K::F2
                    | K::F3
                    | K::F4
                    | K::F5
                    | K::F6
                    | K::F7
                    | K::F8
                    | K::F9
                    | K::F10
                    | K::F11
                    | K::F12
            );
            if k == K::Escape
                || function
                || (k == K::Enter && target == KeyTarget::SingleLine && !command)
                || (command && !editing)
            {
                forward(browser_shortcut || k == K::F1)
            } else {
                KeyRoute::Browser
            }
        }
    }
}
