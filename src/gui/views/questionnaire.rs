//! The questionnaire: the list of families with progress (or, where there is no room for it, a
//! stepper with a picker), the assessment's details, and the current family's ladders. Every
//! answer typed or clicked is returned as an edit; nothing here changes the document.

use crate::assessment::{Assessment, Edit};
use crate::framework::{Framework, Track};
use crate::gui::command::{Command, Guide};
use crate::lang::Lang;
use crate::score::Scorecard;

/// What the questionnaire's views draw.
pub struct QuestionnaireView<'a> {
    /// The framework answered.
    pub framework: &'a Framework,
    /// Interface language.
    pub lang: Lang,
    /// The answers.
    pub assessment: &'a Assessment,
    /// Their scores.
    pub card: &'a Scorecard,
    /// Index of the family shown.
    pub family: usize,
    /// Index (framework order) of the track the keys act on.
    pub track: usize,
    /// Whether that track has just been moved to by the keys (it is scrolled into view).
    pub reveal_track: bool,
    /// A level of that track just answered by a key: its choice takes the focus.
    pub focus_level: Option<u8>,
    /// The guidance open: the track (framework order) and which of its practices.
    pub guide: Option<(usize, Guide)>,
}

impl QuestionnaireView<'_> {
    /// A family's progress as the lists show it: `3/5`, `-`, `n/a`.
    fn progress(&self, i: usize) -> (String, bool) {
        let f = &self.framework.families[i];
        let fs = &self.card.families[i];
        let top = f.tracks.iter().map(Track::top).max().unwrap_or(0);
        let text = crate::cells::level_cell(
            self.lang,
            fs.applicable,
            fs.level,
            top,
            fs.tracks.iter().map(|t| t.answered),
        );
        let done = !fs.applicable || fs.tracks.iter().all(|t| t.answered);
        // How sure the answers are: the least sure of the family's tracks.
        let mark = match least_sure(fs) {
            Some(crate::assessment::Confidence::Checked) => " \u{221a}",
            Some(crate::assessment::Confidence::Estimated) => " \u{2248}",
            Some(crate::assessment::Confidence::NotSure) => " ?",
            None => "",
        };
        (format!("{text}{mark}"), done)
    }

    fn first_track(&self) -> usize {
        self.framework.families[..self.family]
            .iter()
            .map(|f| f.tracks.len())
            .sum()
    }
}

/// The least sure confidence among a family's answered tracks (none when none is said).
pub fn least_sure(fs: &crate::score::FamilyScore) -> Option<crate::assessment::Confidence> {
    use crate::assessment::Confidence;
    fs.tracks
        .iter()
        .filter(|t| t.answered)
        .filter_map(|t| t.confidence)
        .max_by_key(|c| Confidence::ALL.iter().position(|x| x == c))
}

/// The families list, with each family's progress; returns the family clicked.
#[must_use]
pub fn families_ui(ui: &mut egui::Ui, v: &QuestionnaireView<'_>) -> Vec<Command> {
    let lang = v.lang;
    ui.add_space(6.0);
    ui.heading(lang.t("ui-families"));
    ui.label(
        egui::RichText::new(lang.t("ui-families-hint"))
            .small()
            .weak(),
    )
    .on_hover_text(lang.t("ui-families-marks"));
    ui.add_space(4.0);
    let mut out = Vec::new();
    egui::ScrollArea::vertical()
        .id_salt("families")
        .show(ui, |ui| {
            for (i, f) in v.framework.families.iter().enumerate() {
                let (progress, done) = v.progress(i);
                let text = format!("{:>2}. {}", i + 1, f.name.get(lang));
                let progress = if done {
                    egui::RichText::new(progress)
                } else {
                    egui::RichText::new(progress).weak()
                };
                // Clicked, not focused: Tab goes from the menus to the assessment's fields, and
                // families are walked with Page Up / Page Down.
                let r = ui.add(
                    egui::Button::selectable(v.family == i, text)
                        .right_text(progress)
                        .sense(egui::Sense::CLICK)
                        .min_size(egui::vec2(ui.available_width(), 0.0)),
                );
                let selected = v.family == i;
                // Said without the alignment's spaces, with its progress (made only when a
                // screen reader asks).
                r.widget_info(|| {
                    let (progress, _) = v.progress(i);
                    let said = format!("{}. {}, {}", i + 1, f.name.get(lang), progress.trim());
                    egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, selected, said)
                });
                if r.clicked() {
                    out.push(Command::SelectFamily(i));
                }
            }
        });
    out
}

/// Where there is no room for the families list: previous, the family picker (the 15 with
/// their progress), next.
#[must_use]
pub fn stepper_ui(ui: &mut egui::Ui, v: &QuestionnaireView<'_>) -> Vec<Command> {
    let l = v.lang;
    let n = v.framework.families.len();
    let mut out = Vec::new();
    let name = |i: usize| {
        let (progress, _) = v.progress(i);
        format!(
            "{}/{n} · {} · {progress}",
            i + 1,
            v.framework.families[i].name.get(l)
        )
    };
    // Exactly `width` wide, whatever the family's name: a combo box's width is only its least
    // (a long name pushed Next off a phone's screen), so it is given no more room than that
    // and its text is cut to fit.
    let picker = |ui: &mut egui::Ui, width: f32, out: &mut Vec<Command>| {
        let size = egui::vec2(width, ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(
            size,
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_max_width(width);
                egui::ComboBox::from_id_salt("family-picker")
                    .width(width)
                    .truncate()
                    .selected_text(name(v.family))
                    .show_ui(ui, |ui| {
                        for i in 0..n {
                            if ui.selectable_label(i == v.family, name(i)).clicked() {
                                out.push(Command::SelectFamily(i));
                            }
                        }
                    })
                    .response
                    .on_hover_text(l.t("ui-family-picker"));
            },
        );
    };
    let step = |ui: &mut egui::Ui, key: &'static str, enabled: bool, width: f32| {
        let size = egui::vec2(width, ui.spacing().interact_size.y);
        ui.add_enabled(enabled, egui::Button::new(l.t(key)).min_size(size))
            .clicked()
    };
    let gap = ui.spacing().item_spacing.x;
    let column = ui.available_width();
    let button_w = |ui: &egui::Ui, key: &'static str| {
        let font = egui::TextStyle::Button.resolve(ui.style());
        let text = ui.fonts_mut(|f| {
            f.layout_no_wrap(l.t(key).to_string(), font, egui::Color32::WHITE)
                .size()
                .x
        });
        text + 2.0 * ui.spacing().button_padding.x
    };
    let (prev_w, next_w) = (
        button_w(ui, "ui-previous-short"),
        button_w(ui, "ui-next-short"),
    );
    let left = column - prev_w - next_w - 2.0 * gap;
    if left >= 220.0 {
        ui.horizontal(|ui| {
            if step(ui, "ui-previous-short", v.family > 0, prev_w) {
                out.push(Command::SelectFamily(v.family - 1));
            }
            // The picker takes what the two buttons leave (its arrow and margins are inside).
            picker(ui, left, &mut out);
            if step(ui, "ui-next-short", v.family + 1 < n, next_w) {
                out.push(Command::SelectFamily(v.family + 1));
            }
        });
    } else {
        // A phone: the picker the column's width, then Previous and Next, half each.
        picker(ui, column, &mut out);
        ui.horizontal(|ui| {
            let half = (column - gap) / 2.0;
            if step(ui, "ui-previous-short", v.family > 0, half) {
                out.push(Command::SelectFamily(v.family - 1));
            }
            if step(ui, "ui-next-short", v.family + 1 < n, half) {
                out.push(Command::SelectFamily(v.family + 1));
            }
        });
    }
    out
}

/// The current family: the assessment's details (when `details`), then a ladder per track.
#[must_use]
pub fn ladder_ui(ui: &mut egui::Ui, v: &QuestionnaireView<'_>, details: bool) -> Vec<Command> {
    let mut out = Vec::new();
    let lang = v.lang;
    egui::ScrollArea::vertical()
        .id_salt("ladder")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if details {
                out.extend(details_ui(ui, lang, v.assessment));
                ui.separator();
            }
            let f = &v.framework.families[v.family];
            ui.heading(format!("{}. {}", v.family + 1, f.name.get(lang)));
            let mut na = v.assessment.is_not_applicable(&f.id);
            if ui.checkbox(&mut na, lang.t("ui-not-applicable")).changed() {
                out.push(Command::Edit(Edit::NotApplicable {
                    family: f.id.clone(),
                    not_applicable: na,
                }));
            }
            ui.label(egui::RichText::new(lang.t("ui-levels-hint")).weak());
            let first = v.first_track();
            for (k, t) in f.tracks.iter().enumerate() {
                let index = first + k;
                let stroke = if v.track == index {
                    ui.visuals().selection.stroke
                } else {
                    ui.visuals().widgets.noninteractive.bg_stroke
                };
                let framed = egui::Frame::group(ui.style())
                    .stroke(stroke)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        let tv = super::ladder::TrackView {
                            lang,
                            assessment: v.assessment,
                            track: t,
                            family: f.name.get(lang),
                            index,
                            open: v.guide.filter(|(i, _)| *i == index).map(|(_, g)| g),
                            focus: v.focus_level.filter(|_| v.track == index),
                        };
                        ui.add_enabled_ui(!na, |ui| super::ladder::track_ui(ui, &tv))
                            .inner
                    });
                let asked = framed.inner;
                if !asked.is_empty() && index != v.track {
                    out.push(Command::SelectTrack(index));
                }
                out.extend(asked);
                if v.track == index && v.reveal_track {
                    // The keys' track comes into view when they move to it (Up / Down).
                    framed.response.scroll_to_me(Some(egui::Align::Center));
                }
                ui.add_space(6.0);
            }
            ui.horizontal(|ui| {
                if v.family > 0 && ui.button(lang.t("ui-previous-family")).clicked() {
                    out.push(Command::SelectFamily(v.family - 1));
                }
                if v.family + 1 < v.framework.families.len()
                    && ui.button(lang.t("ui-next-family")).clicked()
                {
                    out.push(Command::SelectFamily(v.family + 1));
                }
            });
        });
    out
}

/// The date's field (typed day first, it becomes the file's way on leaving), and what is
/// wrong with it.
fn date_ui(ui: &mut egui::Ui, lang: Lang, a: &Assessment, label: egui::Id) -> Vec<Command> {
    let mut out = Vec::new();
    let mut date = a.date.clone().unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        let field = ui
            .add(egui::TextEdit::singleline(&mut date).desired_width(110.0))
            .labelled_by(label);
        if field.changed() {
            let typed = (!date.trim().is_empty()).then(|| date.trim().to_string());
            out.push(Command::Edit(Edit::Date(typed)));
        }
        // A date typed day first (14/03/2025) is written the file's way on leaving.
        if field.lost_focus()
            && let Some(iso) = crate::assessment::date_from_day_first(&date)
        {
            date = iso.clone();
            out.push(Command::Edit(Edit::Date(Some(iso))));
        }
        if !date.is_empty() && !crate::assessment::is_iso_date(date.trim()) {
            ui.colored_label(ui.visuals().error_fg_color, lang.t("ui-invalid-date"));
        }
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
    (ui.available_width() - label_w - DETAILS_SPACING - FIELD_MARGINS).min(420.0)
}

/// What a text field's frame adds to the width it is given.
const FIELD_MARGINS: f32 = 12.0;

/// Between a detail's label and its field.
const DETAILS_SPACING: f32 = 12.0;

/// The retailer, the assessor and the date; each change is an edit.
#[must_use]
pub fn details_ui(ui: &mut egui::Ui, lang: Lang, a: &Assessment) -> Vec<Command> {
    let mut out = Vec::new();
    let field_w = field_width(ui, lang);
    if field_w < 160.0 {
        // A phone: each label above its field, as wide as the column.
        let w = ui.available_width() - FIELD_MARGINS;
        for (key, value, make) in [
            (
                "ui-retailer",
                &a.retailer,
                Edit::Retailer as fn(String) -> Edit,
            ),
            ("ui-assessor", &a.assessor, Edit::Assessor),
        ] {
            let label = ui.label(lang.t(key));
            let mut text = value.clone();
            let r = ui
                .add(egui::TextEdit::singleline(&mut text).desired_width(w))
                .labelled_by(label.id);
            if r.changed() {
                out.push(Command::Edit(make(text)));
            }
        }
        let label = ui.label(lang.t("ui-date"));
        out.extend(date_ui(ui, lang, a, label.id));
        return out;
    }
    egui::Grid::new("details")
        .num_columns(2)
        .spacing([DETAILS_SPACING, 6.0])
        .show(ui, |ui| {
            for (key, value, make) in [
                (
                    "ui-retailer",
                    &a.retailer,
                    Edit::Retailer as fn(String) -> Edit,
                ),
                ("ui-assessor", &a.assessor, Edit::Assessor),
            ] {
                let label = ui.label(lang.t(key));
                let mut text = value.clone();
                let r = ui
                    .add(egui::TextEdit::singleline(&mut text).desired_width(field_w))
                    .labelled_by(label.id);
                if r.changed() {
                    out.push(Command::Edit(make(text)));
                }
                ui.end_row();
            }
            let label = ui.label(lang.t("ui-date"));
            out.extend(date_ui(ui, lang, a, label.id));
            ui.end_row();
        });
    out
}
