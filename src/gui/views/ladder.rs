//! One track of the questionnaire: its ladder of practices (a level chosen, or the practices in
//! place ticked), each with its guidance one click away; the target; the in-store counterpart;
//! how sure the answer is and the evidence behind it; the note. Every change is an edit.

use crate::assessment::{Assessment, Confidence, Edit, Evidence, TrackAnswer};
use crate::framework::{Guidance, Track};
use crate::gui::command::{Command, Guide};
use crate::lang::Lang;

/// What one track's questions are drawn from.
pub struct TrackView<'a> {
    /// Interface language.
    pub lang: Lang,
    /// The answers.
    pub assessment: &'a Assessment,
    /// The track.
    pub track: &'a Track,
    /// Its family's name (radio groups are named after it).
    pub family: &'a str,
    /// Its index in the framework (the keys' track when it is the current one).
    pub index: usize,
    /// The guidance open on this track, if any.
    pub open: Option<Guide>,
    /// A level just answered by a key: its choice takes the focus.
    pub focus: Option<u8>,
}

/// The track's questions; returns what was asked for.
#[must_use]
pub fn track_ui(ui: &mut egui::Ui, v: &TrackView<'_>) -> Vec<Command> {
    let lang = v.lang;
    let track = v.track;
    let mut out = Vec::new();
    let answer = v.assessment.answer(&track.id).cloned().unwrap_or_default();
    let id = || track.id.clone();
    let title = match &track.name {
        Some(n) => n.get(lang),
        None => lang.t("ui-reached-level"),
    };
    let detailed = answer.practices.is_some();
    let mut head = |ui: &mut egui::Ui| {
        ui.strong(title);
        let mut on = detailed;
        if ui
            .checkbox(&mut on, lang.t("ui-tick-practices"))
            .on_hover_text(lang.t("ui-tick-practices-hint"))
            .changed()
        {
            out.push(Command::Edit(Edit::DetailPractices { track: id(), on }));
        }
    };
    // On a phone the title and the box each have their line.
    if ui.available_width() < 440.0 {
        head(ui);
    } else {
        ui.horizontal_wrapped(head);
    }
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(if detailed {
                egui::accesskit::Role::Group
            } else {
                egui::accesskit::Role::RadioGroup
            })
            .accessibility_label(crate::tr!(
                lang,
                "ui-a11y-level-group",
                family = v.family,
                track = title
            )),
        |ui| {
            if detailed {
                out.extend(practices_ui(ui, v, &answer));
            } else {
                out.extend(levels_ui(ui, v, &answer));
            }
        },
    );
    ui.add_space(4.0);
    out.extend(target_ui(ui, v, &answer));
    out.extend(in_store_ui(ui, v, &answer));
    out.extend(confidence_ui(ui, v, &answer));
    out.extend(evidence_ui(ui, v, &answer));
    let mut note = answer.note;
    let label = ui.label(lang.t("ui-note"));
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut note)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if r.changed() {
        out.push(Command::Edit(Edit::Note { track: id(), note }));
    }
    out
}

/// The level chosen among the practices (0: none yet), each practice with its guidance.
fn levels_ui(ui: &mut egui::Ui, v: &TrackView<'_>, answer: &TrackAnswer) -> Vec<Command> {
    let lang = v.lang;
    let mut out = Vec::new();
    let mut level = answer.level;
    let zero = format!("0 · {}", lang.t("ui-not-practised"));
    let r = ui.radio_value(&mut level, Some(0), zero);
    if v.focus == Some(0) {
        r.request_focus();
    }
    let mut changed = r.changed();
    for l in v.track.ladder() {
        let text = format!("{} · {}", l.position, l.text.get(lang));
        let guide = (
            Guide::Level(l.position),
            l.guidance.as_ref(),
            l.text.get(lang),
        );
        let (r, asked) = row_ui(ui, v, guide, |ui| {
            ui.radio_value(&mut level, Some(l.position), text)
        });
        changed |= r.changed();
        if v.focus == Some(l.position) {
            r.request_focus();
        }
        out.extend(asked);
    }
    if changed {
        out.push(Command::Edit(Edit::Level {
            track: v.track.id.clone(),
            level,
        }));
    }
    out
}

/// The practices in place, ticked (any of them); the level is the highest ticked.
fn practices_ui(ui: &mut egui::Ui, v: &TrackView<'_>, answer: &TrackAnswer) -> Vec<Command> {
    let lang = v.lang;
    let mut out = Vec::new();
    let ticked = answer.practices.clone().unwrap_or_default();
    for l in v.track.ladder() {
        let mut on = ticked.contains(&l.position);
        let text = format!("{} · {}", l.position, l.text.get(lang));
        let guide = (
            Guide::Level(l.position),
            l.guidance.as_ref(),
            l.text.get(lang),
        );
        let (r, asked) = row_ui(ui, v, guide, |ui| ui.checkbox(&mut on, text));
        if v.focus == Some(l.position) {
            r.request_focus();
        }
        if r.changed() {
            out.push(Command::Edit(Edit::Practice {
                track: v.track.id.clone(),
                position: l.position,
                in_place: on,
            }));
        }
        out.extend(asked);
    }
    ui.horizontal_wrapped(|ui| {
        let none = ticked.is_empty();
        if ui
            .add_enabled(!none, egui::Button::new(lang.t("ui-none-yet")))
            .clicked()
        {
            out.push(Command::Edit(Edit::NoPractices {
                track: v.track.id.clone(),
            }));
        }
        let level = answer.level.unwrap_or(0);
        ui.label(crate::tr!(lang, "ui-reached-from-practices", level = level));
    });
    let foundations = answer.foundations();
    if !foundations.is_empty() {
        let list: Vec<String> = foundations.iter().map(u8::to_string).collect();
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::tr!(lang, "ui-foundations", levels = list.join(", ")),
        );
    }
    out
}

/// A practice's row — its radio or checkbox, and a button that opens its guidance — and the
/// guidance under it when open.
fn row_ui(
    ui: &mut egui::Ui,
    v: &TrackView<'_>,
    (item, guidance, practice): (Guide, Option<&Guidance>, &str),
    choice: impl FnOnce(&mut egui::Ui) -> egui::Response,
) -> (egui::Response, Vec<Command>) {
    let mut out = Vec::new();
    let open = v.open == Some(item);
    // The guidance button is a square a finger can hit, beside the choice.
    let side = ui.spacing().interact_size.y.max(24.0);
    let button_w = if guidance.is_some() {
        side + ui.spacing().item_spacing.x + 2.0
    } else {
        0.0
    };
    let r = ui
        .horizontal_top(|ui| {
            // The choice wraps in what the button leaves (never wider than the column).
            let room = egui::vec2((ui.available_width() - button_w).max(60.0), 0.0);
            let r = ui
                .allocate_ui_with_layout(room, egui::Layout::top_down(egui::Align::Min), choice)
                .inner;
            if guidance.is_some() {
                let mark = if open { "-" } else { "?" };
                let b = ui
                    .add(
                        egui::Button::new(mark)
                            .selected(open)
                            .min_size(egui::vec2(side, side)),
                    )
                    .on_hover_text(v.lang.t("ui-guidance-hint"));
                // Named only when a screen reader asks (egui calls this only then).
                b.widget_info(|| {
                    let label = crate::tr!(v.lang, "ui-a11y-guidance", practice = practice);
                    egui::WidgetInfo::selected(egui::Role::Button, true, open, label)
                });
                if b.clicked() {
                    out.push(Command::ToggleGuide {
                        track: v.index,
                        item,
                    });
                }
            }
            r
        })
        .inner;
    if let (true, Some(g)) = (open, guidance) {
        guidance_ui(ui, v.lang, g);
    }
    (r, out)
}

/// A practice's guidance: what it means, the signs that tell you do it, effort and impact.
pub fn guidance_ui(ui: &mut egui::Ui, l: Lang, g: &Guidance) {
    let frame = egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(8, 6));
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(g.meaning.get(l));
        ui.add_space(2.0);
        ui.strong(l.t("ui-guidance-signs"));
        for s in g.signs.get(l) {
            ui.label(format!("• {s}"));
        }
        ui.add_space(2.0);
        let rating = |v: u8| crate::report::rating_word(v, l);
        let q = crate::plan::Quadrant::of(g.effort, g.impact);
        ui.label(
            egui::RichText::new(crate::tr!(
                l,
                "ui-guidance-rating",
                effort = rating(g.effort),
                impact = rating(g.impact),
                quadrant = l.t(q.key())
            ))
            .weak(),
        );
        egui::CollapsingHeader::new(l.t("ui-guidance-more"))
            .id_salt(("guidance-more", g.meaning.fr.len()))
            .show(ui, |ui| {
                ui.strong(l.t("report-why"));
                ui.label(g.why.get(l));
                ui.strong(l.t("report-what-to-do"));
                for (i, s) in g.first_steps.get(l).iter().enumerate() {
                    ui.label(format!("{}. {s}", i + 1));
                }
                ui.strong(l.t("report-kpis"));
                for s in g.kpis.get(l) {
                    ui.label(format!("• {s}"));
                }
            });
    });
}

fn target_ui(ui: &mut egui::Ui, v: &TrackView<'_>, answer: &TrackAnswer) -> Vec<Command> {
    let lang = v.lang;
    let mut out = Vec::new();
    let mut target = answer.target;
    ui.label(lang.t("ui-target-level"));
    let mut changed = false;
    let label = crate::tr!(
        lang,
        "ui-a11y-target-group",
        family = v.family,
        track = track_part(v)
    );
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(egui::accesskit::Role::RadioGroup)
            .accessibility_label(label),
        |ui| {
            ui.horizontal_wrapped(|ui| {
                changed |= ui
                    .radio_value(&mut target, None, lang.t("ui-target-none"))
                    .changed();
                for p in 1..=v.track.top() {
                    let text = crate::tr!(lang, "ui-target-n", level = p);
                    changed |= ui.radio_value(&mut target, Some(p), text).changed();
                }
            });
        },
    );
    if changed {
        out.push(Command::Edit(Edit::Target {
            track: v.track.id.clone(),
            target,
        }));
    }
    out
}

fn in_store_ui(ui: &mut egui::Ui, v: &TrackView<'_>, answer: &TrackAnswer) -> Vec<Command> {
    let lang = v.lang;
    let mut out = Vec::new();
    ui.add_space(4.0);
    let practice = v.track.in_store.get(lang);
    let guide = (Guide::InStore, v.track.in_store_guidance.as_ref(), practice);
    let (_, asked) = row_ui(ui, v, guide, |ui| {
        ui.label(crate::tr!(
            lang,
            "ui-in-store-practice",
            practice = practice
        ))
    });
    out.extend(asked);
    let mut in_store = answer.in_store;
    let mut changed = false;
    let label = crate::tr!(
        lang,
        "ui-a11y-in-store-group",
        family = v.family,
        practice = practice
    );
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(egui::accesskit::Role::RadioGroup)
            .accessibility_label(label),
        |ui| {
            ui.horizontal_wrapped(|ui| {
                for (value, text) in [
                    (Some(true), lang.yes_no(true)),
                    (Some(false), lang.yes_no(false)),
                    (None, lang.t("ui-not-answered")),
                ] {
                    changed |= ui.radio_value(&mut in_store, value, text).changed();
                }
            });
        },
    );
    if changed {
        out.push(Command::Edit(Edit::InStore {
            track: v.track.id.clone(),
            answer: in_store,
        }));
    }
    out
}

fn confidence_ui(ui: &mut egui::Ui, v: &TrackView<'_>, answer: &TrackAnswer) -> Vec<Command> {
    let lang = v.lang;
    let mut out = Vec::new();
    let mut confidence = answer.confidence;
    let mut changed = false;
    ui.add_space(4.0);
    let label = crate::tr!(
        lang,
        "ui-a11y-confidence-group",
        family = v.family,
        track = track_part(v)
    );
    ui.scope_builder(
        egui::UiBuilder::new()
            .accessibility_role(egui::accesskit::Role::RadioGroup)
            .accessibility_label(label),
        |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(lang.t("ui-confidence"))
                    .on_hover_text(lang.t("ui-confidence-hint"));
                for c in Confidence::ALL {
                    changed |= ui
                        .radio_value(&mut confidence, Some(c), lang.t(c.key()))
                        .changed();
                }
                changed |= ui
                    .radio_value(&mut confidence, None, lang.t("ui-confidence-unsaid"))
                    .changed();
            });
        },
    );
    if changed {
        out.push(Command::Edit(Edit::Confidence {
            track: v.track.id.clone(),
            confidence,
        }));
    }
    out
}

fn evidence_ui(ui: &mut egui::Ui, v: &TrackView<'_>, answer: &TrackAnswer) -> Vec<Command> {
    let lang = v.lang;
    let mut out = Vec::new();
    let title = crate::tr!(lang, "ui-evidence-count", count = answer.evidence.len());
    egui::CollapsingHeader::new(title)
        .id_salt(("evidence", &v.track.id))
        .default_open(!answer.evidence.is_empty())
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(lang.t("ui-evidence-hint"))
                    .small()
                    .weak(),
            );
            for (i, e) in answer.evidence.iter().enumerate() {
                out.extend(evidence_item_ui(ui, v, i, e));
            }
            let room = answer.evidence.len() < crate::assessment::MAX_EVIDENCE;
            if ui
                .add_enabled(room, egui::Button::new(lang.t("ui-evidence-add")))
                .clicked()
            {
                out.push(Command::Edit(Edit::AddEvidence {
                    track: v.track.id.clone(),
                }));
            }
        });
    out
}

fn evidence_item_ui(ui: &mut egui::Ui, v: &TrackView<'_>, i: usize, e: &Evidence) -> Vec<Command> {
    let lang = v.lang;
    let mut out = Vec::new();
    let (mut title, mut reference) = (e.title.clone(), e.reference.clone());
    let mut changed = false;
    let label_w = [lang.t("ui-evidence-title"), lang.t("ui-evidence-ref")]
        .iter()
        .map(|t| {
            let font = egui::TextStyle::Body.resolve(ui.style());
            ui.fonts_mut(|f| {
                f.layout_no_wrap(t.to_string(), font, egui::Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(0.0, f32::max);
    // A field's frame adds its margins to the width asked.
    let margins = 2.0 * ui.spacing().button_padding.x.max(4.0) + 2.0;
    let gap = ui.spacing().item_spacing.x;
    let beside = ui.available_width() - label_w - gap - margins;
    let mut field =
        |ui: &mut egui::Ui, key: &'static str, text: &mut String, hint: Option<&str>, w: f32| {
            let label = ui.label(lang.t(key));
            let mut edit = egui::TextEdit::singleline(text).desired_width(w);
            if let Some(h) = hint {
                edit = edit.hint_text(h);
            }
            changed |= ui.add(edit).labelled_by(label.id).changed();
        };
    let hint = lang.t("ui-evidence-ref-hint");
    if beside >= 180.0 {
        egui::Grid::new(("evidence-item", &v.track.id, i))
            .num_columns(2)
            .spacing([gap, 4.0])
            .show(ui, |ui| {
                field(ui, "ui-evidence-title", &mut title, None, beside);
                ui.end_row();
                field(ui, "ui-evidence-ref", &mut reference, Some(hint), beside);
                ui.end_row();
            });
    } else {
        // A phone: each label above its field, the field the column's width.
        let w = ui.available_width() - margins;
        field(ui, "ui-evidence-title", &mut title, None, w);
        field(ui, "ui-evidence-ref", &mut reference, Some(hint), w);
    }
    ui.horizontal(|ui| {
        if !e.by.is_empty() {
            ui.weak(crate::tr!(lang, "ui-evidence-by", by = e.by.as_str()));
        }
        let remove = crate::tr!(lang, "ui-evidence-remove", n = i + 1);
        if ui.small_button(remove).clicked() {
            out.push(Command::Edit(Edit::RemoveEvidence {
                track: v.track.id.clone(),
                index: i,
            }));
        }
    });
    ui.separator();
    if changed {
        out.push(Command::Edit(Edit::EditEvidence {
            track: v.track.id.clone(),
            index: i,
            title: crate::text::short(&title, crate::assessment::MAX_EVIDENCE_TITLE).into_owned(),
            reference: crate::text::short(&reference, crate::assessment::MAX_EVIDENCE_REF)
                .into_owned(),
        }));
    }
    out
}

/// The track in a group's name: " (Rental)" for a family of several tracks, nothing for one.
fn track_part(v: &TrackView<'_>) -> String {
    v.track
        .name
        .as_ref()
        .map(|n| format!(" ({})", n.get(v.lang)))
        .unwrap_or_default()
}
