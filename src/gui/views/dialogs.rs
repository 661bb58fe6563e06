//! The modal windows: recovered work, the unsaved-changes question, the in-app file panel, the
//! links to answers, the welcome and the help. Each takes the keyboard while it is open (focus stays inside, Tab
//! walks its own buttons, keys do not reach what is behind), closes on Escape, and returns
//! what was chosen.

use super::help::{HelpView, help_ui as help_content};
use crate::framework::Framework;
use crate::gui::autosave::Snapshot;
use crate::gui::command::{Answer, Command};
use crate::gui::files::{FilePanel, LinkPanel, Purpose};
use crate::lang::Lang;
use std::path::{Path, PathBuf};

/// A modal window titled `title`, its first button focused when it opens; `content` returns
/// what was chosen and the button to focus.
fn modal(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    width: f32,
    content: impl FnOnce(&mut egui::Ui) -> (Vec<Command>, Option<egui::Response>),
) -> (Vec<Command>, bool) {
    let shown = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(width.min(ctx.content_rect().width() - 32.0));
        ui.heading(title);
        ui.add_space(4.0);
        content(ui)
    });
    let close = shown.should_close();
    let layer = shown.response.layer_id;
    let (out, first) = shown.inner;
    // Focus moves into the window when it opens (or when it was left behind).
    let inside = ctx
        .memory(|m| m.focused())
        .and_then(|f| ctx.read_response(f))
        .is_some_and(|r| r.layer_id == layer);
    if !inside && let Some(first) = first {
        first.request_focus();
    }
    (out, close)
}

/// Work found in the autosave: restore it or discard it (Escape restores: nothing is lost).
#[must_use]
pub fn recovery_ui(
    ctx: &egui::Context,
    framework: &Framework,
    l: Lang,
    snap: &Snapshot,
) -> Vec<Command> {
    let file = snap
        .file
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| l.t("ui-never-saved").into());
    let when = match chrono::DateTime::parse_from_rfc3339(&snap.saved_at) {
        Ok(t) => t
            .with_timezone(&chrono::Local)
            .format(l.t("ui-date-time-format"))
            .to_string(),
        Err(_) => snap.saved_at.clone(),
    };
    let a = &snap.assessment;
    let name = if a.retailer.trim().is_empty() {
        l.t("ui-unnamed").to_string()
    } else {
        crate::text::short(a.retailer.trim(), 80).into_owned()
    };
    let who = match &a.date {
        Some(d) => format!("{name}, {}", crate::text::short(d, 40)),
        None => name,
    };
    // Counted as the status bar counts them: the tracks of the families that apply.
    let (answered, total) = crate::score::Scorecard::compute(framework, a).applicable_answered();
    let rows = [
        (l.t("ui-recovery-assessment"), who),
        (l.t("col-file"), file),
        (l.t("ui-recovery-saved-on"), when),
        (l.t("ui-recovery-answered"), format!("{answered} / {total}")),
    ];
    let (mut out, close) = modal(ctx, "recovery", l.t("ui-recovery-title"), 560.0, |ui| {
        let mut out = Vec::new();
        ui.label(l.t("ui-recovery-text"));
        ui.add_space(4.0);
        egui::Grid::new("recovery-details")
            .num_columns(2)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for (key, value) in &rows {
                    ui.weak(*key);
                    ui.label(value);
                    ui.end_row();
                }
            });
        ui.add_space(4.0);
        let first = ui
            .horizontal_wrapped(|ui| {
                let restore = ui.button(l.t("ui-restore"));
                if restore.clicked() {
                    out.push(Command::Restore);
                }
                if ui.button(l.t("ui-discard-recovery")).clicked() {
                    out.push(Command::DropRecovery);
                }
                restore
            })
            .inner;
        (out, Some(first))
    });
    if close && out.is_empty() {
        out.push(Command::Restore);
    }
    out
}

/// "Save the changes to …?": Save, Discard or Cancel (Escape cancels).
#[must_use]
pub fn confirm_ui(ctx: &egui::Context, l: Lang, name: &str, _pending: &Command) -> Vec<Command> {
    let (mut out, close) = modal(ctx, "confirm", l.t("ui-unsaved-title"), 520.0, |ui| {
        let mut out = Vec::new();
        ui.label(crate::tr!(l, "ui-unsaved-question", name = name));
        let first = ui
            .horizontal_wrapped(|ui| {
                let save = ui.button(l.t("ui-save-button"));
                if save.clicked() {
                    out.push(Command::Answer(Answer::Save));
                }
                if ui.button(l.t("ui-discard")).clicked() {
                    out.push(Command::Answer(Answer::Discard));
                }
                if ui.button(l.t("ui-cancel")).clicked() {
                    out.push(Command::Answer(Answer::Cancel));
                }
                save
            })
            .inner;
        (out, Some(first))
    });
    if close && out.is_empty() {
        out.push(Command::Answer(Answer::Cancel));
    }
    out
}

/// Where no system dialog can be shown: type a path, or pick a known assessment. Saving over
/// another existing file asks once more.
#[must_use]
pub fn file_panel_ui(
    ctx: &egui::Context,
    l: Lang,
    panel: &mut FilePanel,
    current: Option<&Path>,
) -> Vec<Command> {
    let saving = panel.purpose == Purpose::SaveAs;
    let title = match panel.purpose {
        Purpose::SaveAs => l.t("ui-panel-save-as"),
        Purpose::AddToCompare => l.t("ui-panel-add"),
        Purpose::Pin => l.t("ui-panel-pin"),
        Purpose::Template => l.t("ui-panel-template"),
        _ => l.t("ui-panel-open"),
    };
    let (mut out, close) = modal(ctx, "file-panel", title, 620.0, |ui| {
        let mut out = Vec::new();
        ui.label(l.t("ui-panel-no-dialog"));
        let label = ui.label(l.t("ui-panel-path"));
        let edit = ui
            .add(egui::TextEdit::singleline(&mut panel.path).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        let field = edit.clone();
        if std::mem::take(&mut panel.fresh) {
            // The suggested path is selected, so typing replaces it.
            if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), edit.id) {
                let all = egui::text::CCursorRange::two(
                    egui::text::CCursor::new(0),
                    egui::text::CCursor::new(panel.path.chars().count()),
                );
                state.cursor.set_char_range(Some(all));
                state.store(ui.ctx(), edit.id);
            }
            edit.request_focus();
        }
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if !panel.known.is_empty() && !saving {
            ui.separator();
            ui.label(l.t("ui-panel-known"));
            egui::ScrollArea::vertical()
                .max_height(220.0)
                .show(ui, |ui| {
                    for p in &panel.known {
                        if ui
                            .selectable_label(false, p.display().to_string())
                            .clicked()
                        {
                            panel.path = p.display().to_string();
                        }
                    }
                });
        }
        ui.separator();
        if let Some(p) = &panel.overwrite {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                crate::tr!(l, "ui-panel-exists", path = p.display()),
            );
        }
        if let Some(dir) = panel.new_folder.as_deref().and_then(Path::parent) {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                crate::tr!(l, "ui-panel-new-folder", folder = dir.display()),
            );
        }
        ui.horizontal_wrapped(|ui| {
            let go = if saving {
                l.t("ui-save-button")
            } else {
                l.t("ui-open-button")
            };
            if (ui.button(go).clicked() || enter) && !panel.path.trim().is_empty() {
                let p = PathBuf::from(panel.path.trim());
                // Saving into a folder that does not exist asks first (a typo is not a folder).
                let missing = p
                    .parent()
                    .is_some_and(|d| !d.as_os_str().is_empty() && !d.is_dir());
                if saving && missing {
                    if panel.new_folder.as_ref() != Some(&p) {
                        panel.new_folder = Some(p);
                    } else {
                        out.push(Command::SaveToNewFolder(p));
                    }
                    return;
                }
                // Saving over another existing file asks first.
                let replaces_other = saving && p.exists() && current != Some(p.as_path());
                if replaces_other && panel.overwrite.as_ref() != Some(&p) {
                    panel.overwrite = Some(p);
                    return;
                }
                out.push(match panel.purpose {
                    Purpose::SaveAs => Command::SaveTo(p),
                    Purpose::Pin => Command::PinPath(p),
                    Purpose::Template => Command::SetTemplate(Some(p)),
                    Purpose::AddToCompare => Command::AddToCompareKnown(p),
                    // The unsaved-changes question was asked before the panel opened.
                    _ => Command::Confirmed(Box::new(Command::OpenPath(p))),
                });
            }
            if ui.button(l.t("ui-cancel")).clicked() {
                out.push(Command::ClosePanel);
            }
        });
        // The path field keeps the keyboard (a click that opened the panel ends after it).
        (out, Some(field))
    });
    if close && out.is_empty() {
        out.push(Command::ClosePanel);
    }
    out
}

/// The first start: what the app is for in three lines (levels, score, stages), the bundled
/// examples to try, the recent files, and a new assessment.
#[must_use]
pub fn welcome_ui(
    ctx: &egui::Context,
    framework: &Framework,
    l: Lang,
    recent: &[PathBuf],
) -> Vec<Command> {
    let (mut out, close) = modal(ctx, "welcome", l.t("ui-welcome-title"), 560.0, |ui| {
        let mut out = Vec::new();
        ui.label(egui::RichText::new(framework.title.get(l)).weak());
        ui.add_space(4.0);
        for key in ["ui-welcome-levels", "ui-welcome-score", "ui-welcome-stages"] {
            ui.label(format!("• {}", l.t(key)));
        }
        ui.add_space(8.0);
        let new = ui.button(l.t("ui-welcome-new"));
        if new.clicked() {
            out.push(Command::New);
        }
        ui.add_space(6.0);
        ui.strong(l.t("ui-welcome-examples"));
        for (i, e) in crate::examples::EXAMPLES.iter().enumerate() {
            if ui.link(e.name).clicked() {
                out.push(Command::OpenExample(i));
            }
        }
        if !recent.is_empty() {
            ui.add_space(6.0);
            ui.strong(l.t("ui-recent"));
            for p in recent.iter().take(6) {
                if ui
                    .link(crate::text::short(&p.display().to_string(), 80))
                    .clicked()
                {
                    out.push(Command::OpenPath(p.clone()));
                }
            }
        }
        ui.add_space(8.0);
        let help = ui.ctx().format_shortcut(&crate::gui::hotkeys::HELP);
        ui.label(
            egui::RichText::new(crate::tr!(l, "ui-welcome-help", key = help))
                .small()
                .weak(),
        );
        if ui.button(l.t("ui-welcome-start")).clicked() {
            out.push(Command::CloseWelcome);
        }
        (out, Some(new))
    });
    if !out.is_empty() || close {
        out.insert(0, Command::CloseWelcome);
    }
    out
}

/// The help, over the app; Escape or its button closes it.
#[must_use]
pub fn help_ui(ctx: &egui::Context, v: &HelpView<'_>) -> Vec<Command> {
    let l = v.lang;
    let height = (ctx.content_rect().height() - 120.0).max(200.0);
    let (mut out, close) = modal(ctx, "help", l.t("ui-help-title"), 680.0, |ui| {
        let mut out = Vec::new();
        let done = ui.button(l.t("ui-close"));
        if done.clicked() {
            out.push(Command::ShowHelp(false));
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(height)
            .show(ui, |ui| help_content(ui, v));
        (out, Some(done))
    });
    if close && out.is_empty() {
        out.push(Command::ShowHelp(false));
    }
    out
}

/// Links to answers pasted: one to open, or a team's (one a line) to add to the comparison.
/// A link that cannot be read is said under the field, as a bad file is.
#[must_use]
pub fn links_ui(ctx: &egui::Context, l: Lang, panel: &mut LinkPanel) -> Vec<Command> {
    let title = if panel.team {
        l.t("ui-links-team-title")
    } else {
        l.t("ui-link-open-title")
    };
    let (mut out, close) = modal(ctx, "links", title, 620.0, |ui| {
        let mut out = Vec::new();
        let hint = if panel.team {
            l.t("ui-links-team-hint")
        } else {
            l.t("ui-link-open-hint")
        };
        let label = ui.label(hint);
        let rows = if panel.team { 6 } else { 3 };
        let edit = ui
            .add(
                egui::TextEdit::multiline(&mut panel.text)
                    .desired_rows(rows)
                    .desired_width(f32::INFINITY)
                    .hint_text("https://…#answers=1.…"),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut panel.fresh) {
            edit.request_focus();
        }
        for p in &panel.problems {
            ui.colored_label(ui.visuals().error_fg_color, p);
        }
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            let go = if panel.team {
                l.t("ui-links-add")
            } else {
                l.t("ui-link-open")
            };
            let enabled = !panel.text.trim().is_empty();
            if ui.add_enabled(enabled, egui::Button::new(go)).clicked() {
                let text = panel.text.clone();
                out.push(if panel.team {
                    Command::AddLinks(text)
                } else {
                    Command::OpenLink(text)
                });
            }
            if ui.button(l.t("ui-cancel")).clicked() {
                out.push(Command::CloseLinks);
            }
        });
        (out, Some(edit))
    });
    if close && out.is_empty() {
        out.push(Command::CloseLinks);
    }
    out
}
