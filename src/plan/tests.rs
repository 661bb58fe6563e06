//! The plan's steps and their order by value, on the built-in framework and on made-up ones.

use super::*;
use crate::assessment::{Assessment, Edit};
use proptest::prelude::*;

fn fw() -> &'static Framework {
    Framework::builtin()
}

#[test]
fn without_targets_every_track_gets_its_next_level_ordered_by_value() {
    let mut a = Assessment::blank(fw());
    for (_, t) in fw().tracks() {
        a.answer_mut(&t.id).level = Some(2.min(t.top()));
    }
    a.answer_mut("payment-methods").level = Some(5);
    a.set_not_applicable("pre-sales", true);
    let card = Scorecard::compute(fw(), &a);
    let plan = action_plan(fw(), &card, Lang::EN);
    assert!(plan.iter().all(|s| s.suggested && !s.foundation));
    assert!(
        plan.iter().all(|s| s.track != "payment-methods"),
        "at its top"
    );
    assert!(
        plan.iter().all(|s| s.family != "pre-sales"),
        "does not apply"
    );
    let quadrants: Vec<usize> = plan.iter().map(|s| s.quadrant.unwrap() as usize).collect();
    assert!(quadrants.windows(2).all(|w| w[0] <= w[1]), "{quadrants:?}");
    assert_eq!(plan[0].quadrant, Some(Quadrant::QuickWin));
    assert!(plan.iter().enumerate().all(|(i, s)| s.rank == i + 1));
    let e = plan.iter().find(|s| s.track == "e-commerce").unwrap();
    assert_eq!(
        (e.from, e.next, e.practice.as_str()),
        (2, 3, "Click and collect")
    );
    assert!(!e.first_steps.is_empty() && !e.kpis.is_empty() && e.why.is_some());
}

#[test]
fn with_targets_the_plan_goes_to_them() {
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

#[test]
fn practices_below_the_level_not_in_place_are_foundations_to_consolidate() {
    let mut a = Assessment::blank(fw());
    for p in [5, 2] {
        a.apply(&Edit::Practice {
            track: "e-commerce".into(),
            position: p,
            in_place: true,
        });
    }
    let card = Scorecard::compute(fw(), &a);
    let plan = action_plan(fw(), &card, Lang::EN);
    let foundations: Vec<u8> = plan
        .iter()
        .filter(|s| s.track == "e-commerce" && s.foundation)
        .map(|s| s.next)
        .collect();
    let mut sorted = foundations.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, vec![1, 3, 4]);
    let click = plan.iter().find(|s| s.foundation && s.next == 3).unwrap();
    assert_eq!(click.practice, "Click and collect");
    assert_eq!(click.gap, 0.0, "the score counts the reached level");
    assert!(click.effort.is_some() && click.impact.is_some());
}

#[test]
fn a_framework_without_guidance_keeps_a_plan_by_gap_and_weight() {
    let mut framework = fw().clone();
    for f in &mut framework.families {
        for t in &mut f.tracks {
            for l in &mut t.levels {
                l.guidance = None;
            }
        }
    }
    framework.families[3].weight = 3.0;
    let card = Scorecard::compute(&framework, &Assessment::blank(&framework));
    let plan = action_plan(&framework, &card, Lang::EN);
    assert!(plan.iter().all(|s| s.quadrant.is_none()));
    assert_eq!(plan[0].family, framework.families[3].id, "heaviest first");
}

/// The sort key the rule gives a step: quadrant, then gap, weight, table order.
fn key(framework: &Framework, card: &Scorecard, s: &PlanStep) -> (usize, f64, f64, usize, u8) {
    let (fi, f) = framework
        .families
        .iter()
        .enumerate()
        .find(|(_, f)| f.id == s.family)
        .unwrap();
    let fs = &card.families[fi];
    let order = framework
        .tracks()
        .position(|(_, t)| t.id == s.track)
        .unwrap();
    let ts = fs.tracks.iter().find(|t| t.id == s.track).unwrap();
    let gap = if s.foundation {
        0.0
    } else if s.suggested {
        100.0 - ts.score
    } else {
        fs.gap
    };
    let q = s.quadrant.map_or(4, |q| q as usize);
    (q, -gap, -f.weight, order, s.next)
}

proptest! {
    #[test]
    fn the_plan_follows_the_rule_on_made_up_cases(
        ratings in proptest::collection::vec((1u8..=3, 1u8..=3), 82),
        levels in proptest::collection::vec(0u8..=5, 17),
        targets in proptest::collection::vec(proptest::option::of(1u8..=5), 17),
        weights in proptest::collection::vec(1u8..=3, 15),
    ) {
        let mut framework = fw().clone();
        let mut r = ratings.iter();
        for (f, w) in framework.families.iter_mut().zip(&weights) {
            f.weight = f64::from(*w);
            for t in &mut f.tracks {
                for l in &mut t.levels {
                    let (e, i) = r.next().unwrap();
                    let g = l.guidance.as_mut().unwrap();
                    g.effort = *e;
                    g.impact = *i;
                }
            }
        }
        let mut a = Assessment::blank(&framework);
        for ((_, t), (l, g)) in framework.tracks().zip(levels.iter().zip(&targets)) {
            let ans = a.answer_mut(&t.id);
            ans.level = Some((*l).min(t.top()));
            ans.target = g.map(|g| g.min(t.top()));
        }
        let card = Scorecard::compute(&framework, &a);
        let plan = action_plan(&framework, &card, Lang::EN);
        for w in plan.windows(2) {
            let (x, y) = (key(&framework, &card, &w[0]), key(&framework, &card, &w[1]));
            prop_assert!(x.partial_cmp(&y) != Some(std::cmp::Ordering::Greater), "{x:?} before {y:?}");
        }
        for s in &plan {
            let (e, i) = (s.effort.unwrap(), s.impact.unwrap());
            prop_assert_eq!(s.quadrant, Some(Quadrant::of(e, i)));
        }
    }
}

#[test]
fn the_quadrants_split_the_matrix_as_written() {
    assert_eq!(Quadrant::of(1, 3), Quadrant::QuickWin);
    assert_eq!(Quadrant::of(1, 2), Quadrant::QuickWin);
    assert_eq!(Quadrant::of(2, 2), Quadrant::MajorProject);
    assert_eq!(Quadrant::of(3, 3), Quadrant::MajorProject);
    assert_eq!(Quadrant::of(1, 1), Quadrant::FillIn);
    assert_eq!(Quadrant::of(2, 1), Quadrant::Deprioritise);
}
