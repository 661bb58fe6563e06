//! The questionnaire: the list of families with progress, the assessment's details, and the
//! current family's ladders.

use crate::framework::{Framework, Track};
use crate::gui::command::Command;
use crate::gui::document::Document;
use crate::lang::Lang;
use crate::score::Scorecard;

/// The families list, with each family's progress; returns the family clicked.
pub fn families_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    card: &Scorecard,
    lang: Lang,
    selected: usize,
) -> Option<Command> {
    ui.add_space(6.0);
    ui.heading(lang.t("ui-families"));
    ui.label(
        egui::RichText::new(lang.t("ui-families-hint"))
            .small()
            .weak(),
    );
    ui.add_space(4.0);
    let mut clicked = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, f) in framework.families.iter().enumerate() {
            let fs = &card.families[i];
            let answered = fs.tracks.iter().all(|t| t.answered);
            let top = f.tracks.iter().map(Track::top).max().unwrap_or(0);
            let progress = crate::cells::level_cell(
                lang,
                fs.applicable,
                fs.level,
                top,
                fs.tracks.iter().map(|t| t.answered),
            );
            let text = format!("{:>2}. {}", i + 1, f.name.get(lang));
            let progress = if !answered && fs.applicable {
                egui::RichText::new(progress).weak()
            } else {
                egui::RichText::new(progress)
            };
            // Clicked, not focused: Tab goes from the menus to the assessment's fields, and
            // families are walked with Page Up / Page Down.
            let r = ui.add(
                egui::Button::selectable(selected == i, text)
                    .right_text(progress)
                    .sense(egui::Sense::CLICK)
                    .min_size(egui::vec2(ui.available_width(), 0.0)),
            );
            if r.clicked() {
                clicked = Some(Command::SelectFamily(i));
            }
        }
    });
    clicked
}

/// The current family: assessment details, then a ladder per track. Answers are edited in
/// `doc`; moving between families and tracks is returned.
pub fn ladder_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    lang: Lang,
    doc: &mut Document,
    family: usize,
    track: usize,
) -> Vec<Command> {
    let mut out = Vec::new();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            details_ui(ui, lang, doc);
            ui.separator();
            let f = &framework.families[family];
            ui.heading(format!("{}. {}", family + 1, f.name.get(lang)));
            let mut na = doc.assessment.is_not_applicable(&f.id);
            if ui.checkbox(&mut na, lang.t("ui-not-applicable")).changed() {
                doc.assessment.set_not_applicable(&f.id, na);
            }
            ui.label(egui::RichText::new(lang.t("ui-levels-hint")).weak());
            let first_track: usize = framework.families[..family]
                .iter()
                .map(|f| f.tracks.len())
                .sum();
            for (k, t) in f.tracks.iter().enumerate() {
                let index = first_track + k;
                let stroke = if track == index {
                    ui.visuals().selection.stroke
                } else {
                    ui.visuals().widgets.noninteractive.bg_stroke
                };
                egui::Frame::group(ui.style())
                    .stroke(stroke)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.add_enabled_ui(!na, |ui| {
                            if track_ui(ui, lang, doc, t) {
                                out.push(Command::SelectTrack(index));
                            }
                        });
                    });
                ui.add_space(6.0);
            }
            ui.horizontal(|ui| {
                if family > 0 && ui.button(lang.t("ui-previous-family")).clicked() {
                    out.push(Command::SelectFamily(family - 1));
                }
                if family + 1 < framework.families.len()
                    && ui.button(lang.t("ui-next-family")).clicked()
                {
                    out.push(Command::SelectFamily(family + 1));
                }
            });
        });
    out
}

/// The name fields' width: what the column leaves beside the widest label, within reason.
/// Measured before the grid, so that the grid's columns settle in one frame.
fn field_width(ui: &egui::Ui, lang: Lang) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let label_w = ["ui-retailer", "ui-assessor", "ui-date"]
        .iter()
        .map(|k| {
            ui.ctx().fonts_mut(|f| {
                f.layout_no_wrap(lang.t(k).to_string(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(0.0, f32::max);
    (ui.available_width() - label_w - DETAILS_SPACING - 4.0).clamp(140.0, 420.0)
}

/// Between a detail's label and its field.
const DETAILS_SPACING: f32 = 12.0;

fn details_ui(ui: &mut egui::Ui, lang: Lang, doc: &mut Document) {
    let field_w = field_width(ui, lang);
    egui::Grid::new("details")
        .num_columns(2)
        .spacing([DETAILS_SPACING, 6.0])
        .show(ui, |ui| {
            let a = &mut doc.assessment;
            let label = ui.label(lang.t("ui-retailer"));
            ui.add(egui::TextEdit::singleline(&mut a.retailer).desired_width(field_w))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.t("ui-assessor"));
            ui.add(egui::TextEdit::singleline(&mut a.assessor).desired_width(field_w))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.t("ui-date"));
            let mut date = a.date.clone().unwrap_or_default();
            ui.horizontal(|ui| {
                let field = ui
                    .add(egui::TextEdit::singleline(&mut date).desired_width(110.0))
                    .labelled_by(label.id);
                if field.changed() {
                    a.date = (!date.trim().is_empty()).then(|| date.trim().to_string());
                }
                // A date typed day first (14/03/2025) is written the file's way on leaving.
                if field.lost_focus()
                    && let Some(iso) = crate::assessment::date_from_day_first(&date)
                {
                    date = iso.clone();
                    a.date = Some(iso);
                }
                if !date.is_empty() && !crate::assessment::is_iso_date(date.trim()) {
                    ui.colored_label(ui.visuals().error_fg_color, lang.t("ui-invalid-date"));
                }
            });
            ui.end_row();
        });
}

/// One track's ladder, target, in-store answer and note; true when a level, target or
/// in-store answer was changed (the keyboard then moves to this track).
fn track_ui(ui: &mut egui::Ui, lang: Lang, doc: &mut Document, track: &Track) -> bool {
    let title = match &track.name {
        Some(n) => n.get(lang),
        None => lang.t("ui-reached-level"),
    };
    ui.strong(title);
    let answer = doc
        .assessment
        .answer(&track.id)
        .cloned()
        .unwrap_or_default();
    let mut level = answer.level;
    let mut changed = false;
    let zero = format!("0 · {}", lang.t("ui-not-practised"));
    changed |= ui.radio_value(&mut level, Some(0), zero).changed();
    for l in track.ladder() {
        let text = format!("{} · {}", l.position, l.text.get(lang));
        changed |= ui.radio_value(&mut level, Some(l.position), text).changed();
    }
    ui.add_space(4.0);
    let mut target = answer.target;
    ui.label(lang.t("ui-target-level"));
    ui.horizontal_wrapped(|ui| {
        changed |= ui
            .radio_value(&mut target, None, lang.t("ui-target-none"))
            .changed();
        for p in 1..=track.top() {
            let text = crate::tr!(lang, "ui-target-n", level = p);
            changed |= ui.radio_value(&mut target, Some(p), text).changed();
        }
    });
    let mut in_store = answer.in_store;
    ui.add_space(4.0);
    ui.label(crate::tr!(
        lang,
        "ui-in-store-practice",
        practice = track.in_store.get(lang)
    ));
    ui.horizontal_wrapped(|ui| {
        for (value, text) in [
            (Some(true), lang.yes_no(true)),
            (Some(false), lang.yes_no(false)),
            (None, lang.t("ui-not-answered")),
        ] {
            changed |= ui.radio_value(&mut in_store, value, text).changed();
        }
    });
    let mut note = answer.note.clone();
    let label = ui.label(lang.t("ui-note"));
    let note_changed = ui
        .add(
            egui::TextEdit::multiline(&mut note)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed();
    if changed || note_changed {
        let a = doc.assessment.answer_mut(&track.id);
        a.level = level;
        a.target = target;
        a.in_store = in_store;
        a.note = note;
    }
    changed
}
