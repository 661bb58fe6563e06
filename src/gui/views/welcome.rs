//! The first start: what the app is for in three lines (levels, score, stages), the bundled
//! examples to try, the recent files, and a new assessment.

use crate::framework::Framework;
use crate::gui::command::Command;
use crate::lang::Lang;
use std::path::PathBuf;

/// The welcome's content; returns what was chosen (`None` also when it is closed).
pub fn welcome_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    lang: Lang,
    recent: &[PathBuf],
    close: &mut bool,
) -> Vec<Command> {
    let l = lang;
    let mut out = Vec::new();
    ui.label(egui::RichText::new(framework.title.get(l)).weak());
    ui.add_space(4.0);
    for key in ["ui-welcome-levels", "ui-welcome-score", "ui-welcome-stages"] {
        ui.label(format!("• {}", l.t(key)));
    }
    ui.add_space(8.0);
    if ui.button(l.t("ui-welcome-new")).clicked() {
        out.push(Command::New);
        *close = true;
    }
    ui.add_space(6.0);
    ui.strong(l.t("ui-welcome-examples"));
    for (i, e) in crate::examples::EXAMPLES.iter().enumerate() {
        if ui.link(e.name).clicked() {
            out.push(Command::OpenExample(i));
            *close = true;
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
                *close = true;
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
        *close = true;
    }
    out
}
