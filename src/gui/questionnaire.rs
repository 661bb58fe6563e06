//! The questionnaire: the list of families with progress, and the current family's ladders.

use super::app::{App, Command};

/// The families list, with each family's progress.
pub fn families_ui(app: &mut App, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    ui.heading(app.t("Familles", "Families"));
    ui.label(
        egui::RichText::new(app.t("niveau atteint / maximum", "reached level / top"))
            .small()
            .weak(),
    );
    ui.add_space(4.0);
    let mut clicked = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, f) in app.framework.families.iter().enumerate() {
            let fs = &app.card.families[i];
            let answered = fs.tracks.iter().all(|t| t.answered);
            let top = f.tracks.iter().map(|t| t.top()).max().unwrap_or(0);
            let progress = crate::cells::level_cell(
                fs.applicable,
                fs.level,
                top,
                fs.tracks.iter().map(|t| t.answered),
            );
            let name = f.name.get(app.lang);
            let text = format!("{:>2}. {name}", i + 1);
            let selected = app.family == i;
            let weak = !answered && fs.applicable;
            let progress = if weak {
                egui::RichText::new(progress).weak()
            } else {
                egui::RichText::new(progress)
            };
            let r = ui.add(
                egui::Button::selectable(selected, text)
                    .right_text(progress)
                    .min_size(egui::vec2(ui.available_width(), 0.0)),
            );
            if r.clicked() {
                clicked = Some(i);
            }
        }
    });
    if let Some(i) = clicked {
        app.command(Command::SelectFamily(i));
    }
}

/// The current family: assessment details, then a ladder per track.
pub fn ladder_ui(app: &mut App, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        details_ui(app, ui);
        ui.separator();
        let fi = app.family;
        let family = app.framework.families[fi].clone();
        let lang = app.lang;
        ui.horizontal(|ui| {
            ui.heading(format!("{}. {}", fi + 1, family.name.get(lang)));
        });
        let mut na = app.doc.assessment.is_not_applicable(&family.id);
        if ui.checkbox(&mut na, app.t("Cette famille ne s'applique pas à l'enseigne", "This family does not apply to the retailer")).changed() {
            app.doc.assessment.set_not_applicable(&family.id, na);
        }
        ui.label(egui::RichText::new(app.t(
            "Niveaux du plus simple et commun (1) au plus avancé et innovant (5) ; 0 = pas encore pratiqué.",
            "Levels from the simplest and most common (1) to the most advanced and innovative (5); 0 = not practised yet.",
        )).weak());
        let first_track: usize = app.framework.families[..fi].iter().map(|f| f.tracks.len()).sum();
        for (k, track) in family.tracks.iter().enumerate() {
            let index = first_track + k;
            let current = app.track == index;
            let stroke = if current { ui.visuals().selection.stroke } else { ui.visuals().widgets.noninteractive.bg_stroke };
            egui::Frame::group(ui.style()).stroke(stroke).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add_enabled_ui(!na, |ui| track_ui(app, ui, track, index));
            });
            ui.add_space(6.0);
        }
        ui.horizontal(|ui| {
            if fi > 0 && ui.button(app.t("Famille précédente", "Previous family")).clicked() {
                app.command(Command::SelectFamily(fi - 1));
            }
            if fi + 1 < app.framework.families.len() && ui.button(app.t("Famille suivante", "Next family")).clicked() {
                app.command(Command::SelectFamily(fi + 1));
            }
        });
    });
}

fn details_ui(app: &mut App, ui: &mut egui::Ui) {
    egui::Grid::new("details")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let a = &mut app.doc.assessment;
            let label = ui.label(app.lang.pick("Enseigne", "Retailer"));
            ui.add(egui::TextEdit::singleline(&mut a.retailer).desired_width(280.0))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(app.lang.pick("Évaluateur", "Assessor"));
            ui.add(egui::TextEdit::singleline(&mut a.assessor).desired_width(280.0))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(app.lang.pick("Date (AAAA-MM-JJ)", "Date (YYYY-MM-DD)"));
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
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        app.lang.pick("date invalide", "invalid date"),
                    );
                }
            });
            ui.end_row();
        });
}

fn track_ui(app: &mut App, ui: &mut egui::Ui, track: &crate::framework::Track, index: usize) {
    let lang = app.lang;
    let title = match &track.name {
        Some(n) => n.get(lang).to_string(),
        None => lang.pick("Niveau atteint", "Reached level").to_string(),
    };
    ui.strong(title);
    let answer = app
        .doc
        .assessment
        .answer(&track.id)
        .cloned()
        .unwrap_or_default();
    let mut level = answer.level;
    let mut changed = false;
    let r = ui.radio_value(
        &mut level,
        Some(0),
        format!(
            "0 · {}",
            lang.pick("Pas encore pratiqué", "Not practised yet")
        ),
    );
    changed |= r.changed();
    for l in track.ladder() {
        let r = ui.radio_value(
            &mut level,
            Some(l.position),
            format!("{} · {}", l.position, l.text.get(lang)),
        );
        changed |= r.changed();
    }
    ui.add_space(4.0);
    let mut target = answer.target;
    ui.label(lang.pick("Niveau cible (facultatif) :", "Target level (optional):"));
    ui.horizontal_wrapped(|ui| {
        changed |= ui
            .radio_value(&mut target, None, lang.pick("aucun", "none"))
            .changed();
        for p in 1..=track.top() {
            changed |= ui
                .radio_value(
                    &mut target,
                    Some(p),
                    format!("{} {p}", lang.pick("cible", "target")),
                )
                .changed();
        }
    });
    let mut in_store = answer.in_store;
    let store_text = format!(
        "{} : {}",
        lang.pick("En magasin", "In store"),
        track.in_store.get(lang)
    );
    let store_text = if lang == crate::lang::Lang::En {
        store_text.replace(" : ", ": ")
    } else {
        store_text
    };
    ui.add_space(4.0);
    ui.label(store_text);
    ui.horizontal_wrapped(|ui| {
        for (value, text) in [
            (Some(true), lang.yes_no(true)),
            (Some(false), lang.yes_no(false)),
            (None, lang.pick("pas encore renseigné", "not answered yet")),
        ] {
            changed |= ui.radio_value(&mut in_store, value, text).changed();
        }
    });
    let mut note = answer.note.clone();
    let label = ui.label(lang.pick("Note", "Note"));
    let note_changed = ui
        .add(
            egui::TextEdit::multiline(&mut note)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed();
    if changed || note_changed {
        let a = app.doc.assessment.answer_mut(&track.id);
        a.level = level;
        a.target = target;
        a.in_store = in_store;
        a.note = note;
        if changed {
            app.track = index;
        }
    }
}
