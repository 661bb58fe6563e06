//! The menu bar: files, edit, exports, view (language, theme, families list, CSV, zoom), help,
//! and the mode switch. Shortcuts are shown from [`crate::gui::hotkeys`].

use crate::export::{Format, SubjectKind};
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
    /// Whether the bar has no room for its menus: they fold into one.
    pub folded: bool,
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
    let keys = shortcut.map(|s| ui.ctx().format_shortcut(s));
    if let Some(k) = &keys {
        button = button.shortcut_text(k.as_str());
    }
    let r = ui.add_enabled(enabled, button);
    // To a screen reader: a menu item named by its label, its shortcut apart.
    r.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::MenuItem, enabled, label));
    if let Some(k) = keys {
        ui.ctx()
            .accesskit_node_builder(r.id, |n| n.set_keyboard_shortcut(k));
    }
    if r.clicked() {
        out.push(command);
        ui.close();
    }
}

/// A menu that opens from this one (or from the bar), said to be one: it has a popup, open
/// or not.
fn submenu(ui: &mut egui::Ui, label: &str, content: impl FnOnce(&mut egui::Ui)) {
    let shown = ui.menu_button(label, content);
    let open = shown.inner.is_some();
    let r = shown.response;
    r.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::MenuItem, true, label));
    ui.ctx().accesskit_node_builder(r.id, |n| {
        n.set_has_popup(egui::accesskit::HasPopup::Menu);
        n.set_expanded(open);
    });
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
        l.t("ui-open-link"),
        None,
        true,
        Command::AskLinks(false),
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
    if crate::gui::platform::SENDS {
        ui.separator();
        let send = l.t("ui-send");
        item(ui, out, send, None, true, Command::SendAnswers);
        let copy = l.t("ui-copy-link");
        item(ui, out, copy, None, true, Command::CopyLink);
    }
    ui.separator();
    item(ui, out, l.t("ui-pin"), None, true, Command::Pin);
    if s.pinned {
        item(ui, out, l.t("ui-unpin"), None, true, Command::Unpin);
    }
    ui.separator();
    submenu(ui, l.t("ui-recent"), |ui| {
        if s.recent.is_empty() {
            ui.label(l.t("ui-recent-none"));
        }
        for p in s.recent {
            let name = crate::text::short(&p.display().to_string(), 90).into_owned();
            item(ui, out, &name, None, true, Command::OpenPath(p.clone()));
        }
    });
    submenu(ui, l.t("ui-welcome-examples"), |ui| {
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
    for f in SubjectKind::Assessment.formats() {
        let label = l.t(format_key(*f));
        item(
            ui,
            out,
            label,
            None,
            f.built(),
            Command::Export(SubjectKind::Assessment, *f),
        );
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

/// The menu entry of an export format.
pub fn format_key(f: Format) -> &'static str {
    match f {
        Format::Pdf => "ui-export-pdf",
        Format::Xlsx => "ui-export-xlsx",
        Format::Json => "ui-export-json",
        Format::Csv => "ui-export-csv",
        Format::Png => "ui-export-png",
        Format::Svg => "ui-export-svg",
    }
}

/// The export buttons of a view: the formats `kind` offers (one table: [`SubjectKind::formats`]).
#[must_use]
pub fn export_buttons_ui(ui: &mut egui::Ui, l: Lang, kind: SubjectKind) -> Vec<Command> {
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        ui.label(l.t("ui-export-colon"));
        for f in kind.formats() {
            let name = if *f == Format::Pdf {
                l.t("ui-export-report-short")
            } else {
                f.short_name()
            };
            if ui.add_enabled(f.built(), egui::Button::new(name)).clicked() {
                out.push(Command::Export(kind, *f));
            }
        }
    });
    out
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
    submenu(ui, l.t("ui-csv-separators"), |ui| {
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

fn edit_menu(ui: &mut egui::Ui, s: &MenuState<'_>, out: &mut Vec<Command>) {
    let l = s.lang;
    item(
        ui,
        out,
        l.t("ui-undo"),
        Some(&hotkeys::UNDO),
        s.can_undo,
        Command::Undo,
    );
    item(
        ui,
        out,
        l.t("ui-redo"),
        Some(&hotkeys::REDO),
        s.can_redo,
        Command::Redo,
    );
}

fn help_menu(ui: &mut egui::Ui, s: &MenuState<'_>, out: &mut Vec<Command>) {
    item(
        ui,
        out,
        s.lang.t("ui-help-title"),
        Some(&hotkeys::HELP),
        true,
        Command::ShowHelp(true),
    );
}

/// The menus, as they come in the bar or, folded, in one menu.
fn menus(ui: &mut egui::Ui, s: &MenuState<'_>, out: &mut Vec<Command>) {
    let l = s.lang;
    submenu(ui, l.t("ui-menu-file"), |ui| file_menu(ui, s, out));
    submenu(ui, l.t("ui-menu-edit"), |ui| edit_menu(ui, s, out));
    submenu(ui, l.t("ui-menu-export"), |ui| export_menu(ui, s, out));
    submenu(ui, l.t("ui-menu-view"), |ui| view_menu(ui, s, out));
    submenu(ui, l.t("ui-menu-help"), |ui| help_menu(ui, s, out));
}

/// Draws the menu bar; returns what was asked for.
#[must_use]
pub fn menu_ui(ui: &mut egui::Ui, s: &MenuState<'_>) -> Vec<Command> {
    let l = s.lang;
    let mut out = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        // egui's bar is a menu to screen readers: said to be the menu bar, with its name (one
        // bar: its menus, the views and the language).
        let label = l.t("ui-menu-bar").to_string();
        ui.ctx().accesskit_node_builder(ui.unique_id(), |n| {
            n.set_role(egui::accesskit::Role::MenuBar);
            n.set_label(label);
        });
        if s.folded {
            submenu(ui, l.t("ui-menu"), |ui| menus(ui, s, &mut out));
        } else {
            menus(ui, s, &mut out);
        }
        ui.separator();
        let modes = [
            (Mode::Questionnaire, "ui-mode-questionnaire"),
            (Mode::Compare, "ui-mode-compare"),
        ];
        for (m, key) in modes {
            // Folded, only the way to the other view is shown.
            if s.folded && s.mode == m {
                continue;
            }
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
