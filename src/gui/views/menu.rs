//! The menu bar: files, edit, exports, view (language, theme, families list, CSV, zoom), help,
//! and the mode switch. Shortcuts are shown from [`crate::gui::hotkeys`].

use crate::export::Format;
use crate::gui::command::{Command, Mode};
use crate::gui::hotkeys;
use crate::gui::settings::{CsvChoice, Theme};
use crate::lang::Lang;
use egui::KeyboardShortcut;
use std::path::PathBuf;

/// What the menu bar shows.
pub struct MenuState<'a> {
    /// Interface language.
    pub lang: Lang,
    /// Theme.
    pub theme: Theme,
    /// Questionnaire or comparison.
    pub mode: Mode,
    /// Recent files, most recent first.
    pub recent: &'a [PathBuf],
    /// Whether there is something to undo…
    pub can_undo: bool,
    /// …or to redo.
    pub can_redo: bool,
    /// Whether a reference is pinned.
    pub pinned: bool,
    /// Whether the families list is shown.
    pub families_shown: bool,
    /// The separators of CSV exports.
    pub csv: CsvChoice,
    /// The report template of one's own, if any.
    pub template: Option<&'a std::path::Path>,
}

/// A menu entry with its shortcut shown; pushes `command` when clicked.
fn item(
    ui: &mut egui::Ui,
    out: &mut Vec<Command>,
    label: &str,
    shortcut: Option<&KeyboardShortcut>,
    enabled: bool,
    command: Command,
) {
    let mut button = egui::Button::new(label);
    if let Some(s) = shortcut {
        button = button.shortcut_text(ui.ctx().format_shortcut(s));
    }
    if ui.add_enabled(enabled, button).clicked() {
        out.push(command);
        ui.close();
    }
}

fn file_menu(ui: &mut egui::Ui, s: &MenuState<'_>, out: &mut Vec<Command>) {
    let l = s.lang;
    item(
        ui,
        out,
        l.t("ui-new"),
        Some(&hotkeys::NEW),
        true,
        Command::New,
    );
    item(
        ui,
        out,
        l.t("ui-open"),
        Some(&hotkeys::OPEN),
        true,
        Command::Open,
    );
    item(
        ui,
        out,
        l.t("ui-save"),
        Some(&hotkeys::SAVE),
        true,
        Command::Save,
    );
    item(
        ui,
        out,
        l.t("ui-save-as"),
        Some(&hotkeys::SAVE_AS),
        true,
        Command::SaveAs,
    );
    ui.separator();
    item(ui, out, l.t("ui-pin"), None, true, Command::Pin);
    if s.pinned {
        item(ui, out, l.t("ui-unpin"), None, true, Command::Unpin);
    }
    ui.separator();
    ui.menu_button(l.t("ui-recent"), |ui| {
        if s.recent.is_empty() {
            ui.label(l.t("ui-recent-none"));
        }
        for p in s.recent {
            let name = crate::text::short(&p.display().to_string(), 90).into_owned();
            item(ui, out, &name, None, true, Command::OpenPath(p.clone()));
        }
    });
    ui.menu_button(l.t("ui-welcome-examples"), |ui| {
        for (i, e) in crate::examples::EXAMPLES.iter().enumerate() {
            item(ui, out, e.name, None, true, Command::OpenExample(i));
        }
    });
    ui.separator();
    item(
        ui,
        out,
        l.t("ui-quit"),
        Some(&hotkeys::QUIT),
        true,
        Command::Quit,
    );
}

fn export_menu(ui: &mut egui::Ui, s: &MenuState<'_>, out: &mut Vec<Command>) {
    let l = s.lang;
    for (key, f) in [
        ("ui-export-pdf", Format::Pdf),
        ("ui-export-xlsx", Format::Xlsx),
        ("ui-export-json", Format::Json),
        ("ui-export-csv", Format::Csv),
        ("ui-export-png", Format::Png),
        ("ui-export-svg", Format::Svg),
    ] {
        let available = f != Format::Pdf || cfg!(feature = "report");
        item(ui, out, l.t(key), None, available, Command::Export(f));
    }
    ui.separator();
    item(
        ui,
        out,
        l.t("ui-export-all"),
        None,
        true,
        Command::ExportAll,
    );
    if cfg!(feature = "report") {
        ui.separator();
        let current = match s.template {
            Some(p) => crate::text::short(&p.display().to_string(), 60).into_owned(),
            None => l.t("ui-template-builtin").to_string(),
        };
        ui.label(
            egui::RichText::new(crate::tr!(l, "ui-template-current", template = current)).weak(),
        );
        item(
            ui,
            out,
            l.t("ui-template-choose"),
            None,
            true,
            Command::ChooseTemplate,
        );
        if s.template.is_some() {
            item(
                ui,
                out,
                l.t("ui-template-reset"),
                None,
                true,
                Command::SetTemplate(None),
            );
        }
    }
}

fn view_menu(ui: &mut egui::Ui, s: &MenuState<'_>, out: &mut Vec<Command>) {
    let l = s.lang;
    for lang in Lang::all() {
        if ui.radio(l == lang, lang.name()).clicked() {
            out.push(Command::SetLang(lang));
            ui.close();
        }
    }
    ui.separator();
    for (t, key) in [
        (Theme::Light, "ui-theme-light"),
        (Theme::Dark, "ui-theme-dark"),
    ] {
        if ui.radio(s.theme == t, l.t(key)).clicked() {
            out.push(Command::SetTheme(t));
            ui.close();
        }
    }
    ui.separator();
    let mut shown = s.families_shown;
    if ui.checkbox(&mut shown, l.t("ui-families-list")).clicked() {
        out.push(Command::ToggleFamilies);
        ui.close();
    }
    ui.menu_button(l.t("ui-csv-separators"), |ui| {
        for (c, key) in [
            (CsvChoice::Auto, "ui-csv-auto"),
            (CsvChoice::Semicolon, "ui-csv-semicolon"),
            (CsvChoice::Comma, "ui-csv-comma"),
        ] {
            if ui.radio(s.csv == c, l.t(key)).clicked() {
                out.push(Command::SetCsv(c));
                ui.close();
            }
        }
    });
    ui.separator();
    let zoom = [
        egui::gui_zoom::kb_shortcuts::ZOOM_IN,
        egui::gui_zoom::kb_shortcuts::ZOOM_OUT,
        egui::gui_zoom::kb_shortcuts::ZOOM_RESET,
    ]
    .map(|k| ui.ctx().format_shortcut(&k))
    .join(" / ");
    ui.label(crate::tr!(l, "ui-zoom", keys = zoom));
}

/// Draws the menu bar; returns what was asked for.
pub fn menu_ui(ui: &mut egui::Ui, s: &MenuState<'_>) -> Vec<Command> {
    let l = s.lang;
    let mut out = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(l.t("ui-menu-file"), |ui| file_menu(ui, s, &mut out));
        ui.menu_button(l.t("ui-menu-edit"), |ui| {
            item(
                ui,
                &mut out,
                l.t("ui-undo"),
                Some(&hotkeys::UNDO),
                s.can_undo,
                Command::Undo,
            );
            item(
                ui,
                &mut out,
                l.t("ui-redo"),
                Some(&hotkeys::REDO),
                s.can_redo,
                Command::Redo,
            );
        });
        ui.menu_button(l.t("ui-menu-export"), |ui| export_menu(ui, s, &mut out));
        ui.menu_button(l.t("ui-menu-view"), |ui| view_menu(ui, s, &mut out));
        ui.menu_button(l.t("ui-menu-help"), |ui| {
            item(
                ui,
                &mut out,
                l.t("ui-help-title"),
                Some(&hotkeys::HELP),
                true,
                Command::ShowHelp,
            );
        });
        ui.separator();
        for (m, key) in [
            (Mode::Questionnaire, "ui-mode-questionnaire"),
            (Mode::Compare, "ui-mode-compare"),
        ] {
            if ui.selectable_label(s.mode == m, l.t(key)).clicked() && s.mode != m {
                out.push(Command::SetMode(m));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let next = l.next();
            if ui.button(next.name()).clicked() {
                out.push(Command::SetLang(next));
            }
        });
    });
    out
}
