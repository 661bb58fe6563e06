//! The action plan in the app: the roadmap to the targets set, or — with no target — the
//! suggested next steps, clearly marked, each of which a click turns into a target.

use crate::chart::data::number;
use crate::framework::Framework;
use crate::gui::command::Command;
use crate::lang::Lang;
use crate::plan::{PlanStep, action_plan};
use crate::score::Scorecard;

/// Draws the plan; a suggestion's button asks for its target.
#[must_use]
pub fn plan_ui(
    ui: &mut egui::Ui,
    framework: &Framework,
    card: &Scorecard,
    l: Lang,
) -> Vec<Command> {
    let mut out = Vec::new();
    let steps = action_plan(framework, card, l);
    if steps.is_empty() {
        ui.label(l.t("report-no-plan"));
        return out;
    }
    if steps[0].suggested {
        ui.colored_label(ui.visuals().warn_fg_color, l.t("ui-suggested-title"));
        ui.label(egui::RichText::new(l.t("ui-suggested-rule")).small().weak());
        ui.add_space(4.0);
    }
    for step in &steps {
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            out.extend(step_ui(ui, step, l));
        });
    }
    out
}

/// One step: its rank, quadrant and track, the practice, effort and impact, why and what to do
/// first; a suggestion can be made a target, any step opens its family.
fn step_ui(ui: &mut egui::Ui, step: &PlanStep, l: Lang) -> Vec<Command> {
    let mut out = Vec::new();
    let quadrant = step.quadrant.map(|q| l.t(q.key()));
    let heading = match quadrant {
        Some(q) => format!("{}. {q} · {}", step.rank, step.name),
        None => format!("{}. {}", step.rank, step.name),
    };
    ui.strong(heading);
    if step.foundation {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::tr!(l, "ui-plan-foundation", level = step.next),
        );
    } else if step.suggested {
        ui.label(crate::tr!(
            l,
            "ui-roadmap-from-to",
            from = step.from,
            to = step.to
        ));
    } else {
        ui.label(crate::tr!(
            l,
            "ui-roadmap-step-gap",
            from = step.from,
            to = step.to,
            gap = number(step.gap, l)
        ));
    }
    ui.label(crate::tr!(
        l,
        "ui-roadmap-next",
        next = step.next,
        practice = step.practice.as_str()
    ));
    if let (Some(e), Some(i)) = (step.effort, step.impact) {
        let word = |v| crate::report::rating_word(v, l);
        ui.weak(crate::tr!(
            l,
            "ui-plan-rating",
            effort = word(e),
            impact = word(i)
        ));
    }
    if let Some(why) = &step.why {
        ui.label(egui::RichText::new(why.as_str()).small());
    }
    if !step.first_steps.is_empty() {
        egui::CollapsingHeader::new(l.t("report-what-to-do"))
            .id_salt(("plan-steps", &step.track, step.next))
            .show(ui, |ui| {
                for (i, s) in step.first_steps.iter().enumerate() {
                    ui.label(format!("{}. {s}", i + 1));
                }
                if !step.kpis.is_empty() {
                    ui.strong(l.t("report-kpis"));
                    for k in &step.kpis {
                        ui.label(format!("• {k}"));
                    }
                }
            });
    }
    ui.horizontal_wrapped(|ui| {
        if step.suggested
            && ui
                .button(crate::tr!(l, "ui-make-target", level = step.next))
                .clicked()
        {
            out.push(Command::TakeSuggestion {
                track: step.track.clone(),
                level: step.next,
            });
        }
        if ui.small_button(l.t("ui-plan-open-family")).clicked() {
            out.push(Command::OpenTrack(step.track.clone()));
        }
    });
    out
}
