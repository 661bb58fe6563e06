//! The Compare view's list: the saved assessments (sortable, filterable, with their folder),
//! 2 to 6 ticked.

use crate::chart::data::number;
use crate::framework::Framework;
use crate::gui::command::Command;
use crate::gui::compare_state::{CompareState, MAX_PICKED, SortKey};
use crate::lang::Lang;

/// The list of candidates (central panel); returns what was asked for.
#[must_use]
pub fn list_ui(
    ui: &mut egui::Ui,
    state: &mut CompareState,
    framework: &Framework,
    lang: Lang,
) -> Vec<Command> {
    let l = lang;
    let mut out = Vec::new();
    ui.add_space(6.0);
    ui.heading(l.t("ui-compare-title"));
    ui.label(egui::RichText::new(l.t("ui-compare-hint")).weak());
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(l.t("ui-filter"));
        ui.add(egui::TextEdit::singleline(&mut state.filter).desired_width(200.0))
            .labelled_by(label.id);
        if ui.button(l.t("ui-refresh")).clicked() {
            out.push(Command::RefreshCompare);
        }
        if ui.button(l.t("ui-add-file")).clicked() {
            out.push(Command::AddToCompare);
        }
        let paste = ui
            .button(l.t("ui-links-paste"))
            .on_hover_text(l.t("ui-links-team-hint"));
        if paste.clicked() {
            out.push(Command::AskLinks(true));
        }
    });
    ui.separator();
    let visible = state.visible();
    let mut toggle = None;
    let mut sort = None;
    // One line per assessment where the grid has no room: a narrow column, or a phone's
    // larger text and targets.
    let phone = ui.spacing().interact_size.y >= 40.0;
    if ui.available_width() < COMPACT_BELOW || phone {
        compact_ui(ui, state, &visible, l, &mut toggle, &mut out);
        if let Some(p) = toggle {
            state.toggle(&p);
        }
        return out;
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("candidates")
                .striped(true)
                .num_columns(6)
                .show(ui, |ui| {
                    for (key, name) in [
                        (SortKey::Retailer, l.t("col-retailer")),
                        (SortKey::Date, l.t("col-date")),
                        (SortKey::Score, l.t("col-score")),
                    ] {
                        let mark = match (state.sort == key, state.descending) {
                            (true, true) => " v",
                            (true, false) => " ^",
                            _ => "",
                        };
                        if ui.button(format!("{name}{mark}")).clicked() {
                            sort = Some(key);
                        }
                    }
                    ui.strong(l.t("col-stage"));
                    ui.label("");
                    let mark = match (state.sort == SortKey::File, state.descending) {
                        (true, true) => " v",
                        (true, false) => " ^",
                        _ => "",
                    };
                    if ui.button(format!("{}{mark}", l.t("col-folder"))).clicked() {
                        sort = Some(SortKey::File);
                    }
                    ui.end_row();
                    for i in visible {
                        let c = &state.candidates[i];
                        let picked = state.picked.contains(&c.path);
                        let mut on = picked;
                        let full = state.picked.len() >= MAX_PICKED && !picked;
                        let name = if c.assessment.retailer.trim().is_empty() {
                            "?".to_string()
                        } else {
                            crate::text::short(&c.assessment.retailer, 60).into_owned()
                        };
                        let path = c.path.display().to_string();
                        let r = ui
                            .add_enabled(!full, egui::Checkbox::new(&mut on, &name))
                            .on_hover_text(&path);
                        if r.changed() {
                            toggle = Some(c.path.clone());
                        }
                        ui.label(c.assessment.date.clone().unwrap_or_default());
                        ui.label(number(c.score, l));
                        ui.label(framework.stages[c.stage].name.get(l));
                        if ui
                            .small_button(l.t("ui-pin-short"))
                            .on_hover_text(l.t("ui-pin-hint"))
                            .clicked()
                        {
                            out.push(Command::PinPath(c.path.clone()));
                        }
                        let folder = c
                            .path
                            .parent()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default();
                        ui.weak(crate::text::short(&folder, 40))
                            .on_hover_text(&path);
                        ui.end_row();
                    }
                });
            if !state.failures.is_empty() {
                let title = crate::tr!(l, "ui-compare-skipped", count = state.failures.len());
                egui::CollapsingHeader::new(title).show(ui, |ui| {
                    for f in &state.failures {
                        ui.label(egui::RichText::new(f.render(l)).small());
                    }
                });
            }
        });
    if let Some(key) = sort {
        state.sort_by(key);
    }
    if let Some(p) = toggle {
        state.toggle(&p);
    }
    out
}

/// Narrower than this, the list is one line per assessment (a phone, a zoomed window).
const COMPACT_BELOW: f32 = 420.0;

/// The list on a narrow screen: each assessment ticked by its retailer, date and score (the
/// file on hover), its Pin button at the end of the line; sorted as the wide list was.
fn compact_ui(
    ui: &mut egui::Ui,
    state: &CompareState,
    visible: &[usize],
    l: Lang,
    toggle: &mut Option<std::path::PathBuf>,
    out: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical()
        .id_salt("compare-compact")
        .auto_shrink([false, false])
        .max_height(ui.available_height())
        .show(ui, |ui| {
            for &i in visible {
                let c = &state.candidates[i];
                let picked = state.picked.contains(&c.path);
                let full = state.picked.len() >= MAX_PICKED && !picked;
                let name = if c.assessment.retailer.trim().is_empty() {
                    "?".to_string()
                } else {
                    crate::text::short(&c.assessment.retailer, 40).into_owned()
                };
                let date = c.assessment.date.clone().unwrap_or_default();
                // The folder's name tells apart two files of one name.
                let folder = c
                    .path
                    .parent()
                    .and_then(|p| p.file_name())
                    .map(|f| format!(" · {}", crate::text::short(&f.to_string_lossy(), 24)))
                    .unwrap_or_default();
                let text = format!("{name} · {date} · {}{folder}", number(c.score, l));
                let path = c.path.display().to_string();
                ui.horizontal(|ui| {
                    let pin = l.t("ui-pin-short");
                    let font = egui::TextStyle::Button.resolve(ui.style());
                    let pin_w = ui.fonts_mut(|f| {
                        f.layout_no_wrap(pin.to_string(), font, egui::Color32::WHITE)
                            .size()
                            .x
                    }) + 2.0 * ui.spacing().button_padding.x
                        + ui.spacing().item_spacing.x;
                    let room = egui::vec2((ui.available_width() - pin_w).max(80.0), 0.0);
                    let mut on = picked;
                    let r = ui
                        .allocate_ui_with_layout(
                            room,
                            egui::Layout::top_down(egui::Align::Min),
                            |ui| ui.add_enabled(!full, egui::Checkbox::new(&mut on, text)),
                        )
                        .inner
                        .on_hover_text(&path);
                    if r.changed() {
                        *toggle = Some(c.path.clone());
                    }
                    if ui.button(pin).on_hover_text(l.t("ui-pin-hint")).clicked() {
                        out.push(Command::PinPath(c.path.clone()));
                    }
                });
            }
        });
}
