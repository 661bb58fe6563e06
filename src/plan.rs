//! The action plan: the roadmap to the targets set, or — with no target set — suggested next
//! steps, each family's next level with its practice text, lowest families first.
//!
//! Rule of the suggestions (README, "Scoring"): every applicable track below its top gets its
//! next level; tracks are ordered by their family's score (lowest first), then by the family's
//! weight (heaviest first), then in the table's order. A suggestion is only that: a click in
//! the app (or a target in the file) turns it into a target.

use crate::framework::Framework;
use crate::lang::Lang;
use crate::score::Scorecard;
use serde::Serialize;

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanStep {
    /// Family id.
    pub family: String,
    /// Track id.
    pub track: String,
    /// Family name, plus track name where the family has several.
    pub name: String,
    /// Reached level.
    pub from: u8,
    /// The next level to reach.
    pub next: u8,
    /// The level aimed at: the target, or the next level for a suggestion.
    pub to: u8,
    /// Practice of the next level.
    pub practice: String,
    /// Points the family's score still has to gain: to its target, or to the next level.
    pub gap: f64,
    /// Whether it is a suggestion (no target was set).
    pub suggested: bool,
}

/// The plan of `card`: its roadmap when targets are set, else the suggested next steps.
pub fn action_plan(framework: &Framework, card: &Scorecard, lang: Lang) -> Vec<PlanStep> {
    if card.roadmap.is_empty() {
        suggestions(framework, card, lang)
    } else {
        roadmap(framework, card, lang)
    }
}

/// The roadmap to the targets set, largest family gap first.
pub fn roadmap(framework: &Framework, card: &Scorecard, lang: Lang) -> Vec<PlanStep> {
    card.roadmap
        .iter()
        .filter_map(|s| {
            let (f, t) = framework.track(&s.track)?;
            Some(PlanStep {
                family: s.family.clone(),
                track: s.track.clone(),
                name: f.track_label(t, lang),
                from: s.level,
                next: s.next,
                to: s.target,
                practice: t.level(s.next)?.text.get(lang).to_string(),
                gap: s.family_gap,
                suggested: false,
            })
        })
        .collect()
}

/// Suggested next steps: each applicable track's next level, lowest families first.
pub fn suggestions(framework: &Framework, card: &Scorecard, lang: Lang) -> Vec<PlanStep> {
    let mut steps: Vec<(f64, f64, usize, PlanStep)> = Vec::new();
    let mut order = 0;
    for (f, fs) in framework.families.iter().zip(&card.families) {
        for (t, ts) in f.tracks.iter().zip(&fs.tracks) {
            order += 1;
            if !fs.applicable || ts.level >= ts.top {
                continue;
            }
            let next = ts.level + 1;
            let Some(level) = t.level(next) else { continue };
            let step = PlanStep {
                family: f.id.clone(),
                track: t.id.clone(),
                name: f.track_label(t, lang),
                from: ts.level,
                next,
                to: next,
                practice: level.text.get(lang).to_string(),
                gap: 100.0 / f64::from(ts.top),
                suggested: true,
            };
            steps.push((fs.score, fs.weight, order, step));
        }
    }
    steps.sort_by(|a, b| {
        a.0.total_cmp(&b.0)
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
    });
    steps.into_iter().map(|(_, _, _, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Assessment;

    fn fw() -> &'static Framework {
        Framework::builtin()
    }

    #[test]
    fn without_targets_the_lowest_families_come_first() {
        let mut a = Assessment::blank(fw());
        for (_, t) in fw().tracks() {
            a.answer_mut(&t.id).level = Some(2.min(t.top()));
        }
        a.answer_mut("e-commerce").level = Some(1);
        a.answer_mut("payment-methods").level = Some(5);
        a.set_not_applicable("pre-sales", true);
        let card = Scorecard::compute(fw(), &a);
        let plan = action_plan(fw(), &card, Lang::EN);
        assert!(plan.iter().all(|s| s.suggested));
        assert_eq!(plan[0].track, "e-commerce", "the lowest family first");
        assert_eq!((plan[0].from, plan[0].next), (1, 2));
        assert_eq!(plan[0].practice, "Home delivery / lockers");
        assert!(
            plan.iter().all(|s| s.track != "payment-methods"),
            "at its top"
        );
        assert!(
            plan.iter().all(|s| s.family != "pre-sales"),
            "does not apply"
        );
        let scores: Vec<f64> = plan
            .iter()
            .map(|s| card.family(&s.family).unwrap().score)
            .collect();
        assert!(scores.windows(2).all(|w| w[0] <= w[1]), "{scores:?}");
    }

    #[test]
    fn heavier_families_come_first_among_equals() {
        let mut framework = fw().clone();
        framework.families[3].weight = 3.0;
        let card = Scorecard::compute(&framework, &Assessment::blank(&framework));
        let plan = action_plan(&framework, &card, Lang::EN);
        assert_eq!(plan[0].family, framework.families[3].id);
    }

    #[test]
    fn with_targets_the_plan_is_the_roadmap() {
        let mut a = Assessment::blank(fw());
        a.answer_mut("social-commerce").level = Some(1);
        a.answer_mut("social-commerce").target = Some(3);
        let card = Scorecard::compute(fw(), &a);
        let plan = action_plan(fw(), &card, Lang::FR);
        assert_eq!(plan.len(), 1);
        assert!(!plan[0].suggested);
        assert_eq!((plan[0].from, plan[0].next, plan[0].to), (1, 2, 3));
        assert_eq!(plan[0].practice, "FB & Insta Shops (checkout)");
    }
}
