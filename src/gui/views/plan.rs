//! The action plan in the app: the roadmap to the targets set, or — with no target — the
//! suggested next steps, clearly marked, each of which a click turns into a target.

use crate::chart::data::number;
use crate::framework::Framework;
use crate::gui::command::Command;
use crate::lang::Lang;
use crate::plan::action_plan;
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
    for (i, step) in steps.iter().enumerate() {
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            let heading = if step.suggested {
                crate::tr!(l, "ui-suggestion-step", name = step.name.as_str())
            } else {
                crate::tr!(
                    l,
                    "ui-roadmap-step",
                    name = step.name.as_str(),
                    gap = number(step.gap, l)
                )
            };
            ui.strong(format!("{}. {heading}", i + 1));
            ui.label(crate::tr!(
                l,
                "ui-roadmap-from-to",
                from = step.from,
                to = step.to
            ));
            ui.label(crate::tr!(
                l,
                "ui-roadmap-next",
                next = step.next,
                practice = step.practice.as_str()
            ));
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
        });
    }
    out
}
