//! The team rule, checked on small cases: medians, disagreements, refusals.

use super::*;

fn fw() -> &'static Framework {
    Framework::builtin()
}

fn respondent(assessor: &str, levels: &[(&str, Option<u8>)]) -> Assessment {
    let mut a = Assessment::blank(fw());
    a.retailer = "Maison Dupont".into();
    a.assessor = assessor.into();
    for (t, l) in levels {
        a.answer_mut(t).level = *l;
    }
    a
}

fn run(all: &[Assessment]) -> Consolidation {
    let inputs: Vec<(String, &Assessment)> = all
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("r{i}.json"), a))
        .collect();
    consolidate(fw(), &inputs).unwrap()
}

#[test]
fn the_lower_median_is_what_a_strict_majority_reached() {
    assert_eq!(lower_median(&mut [1, 2, 3, 4]), Some(2));
    assert_eq!(lower_median(&mut [4, 1, 3]), Some(3));
    assert_eq!(lower_median(&mut [5]), Some(5));
    assert_eq!(lower_median(&mut []), None);
}

#[test]
fn levels_spreads_and_disagreements() {
    let t = run(&[
        respondent(
            "E-commerce lead",
            &[("e-commerce", Some(4)), ("social-commerce", Some(2))],
        ),
        respondent(
            "Marketing",
            &[("e-commerce", Some(1)), ("social-commerce", Some(3))],
        ),
        respondent(
            "Stores",
            &[("e-commerce", Some(5)), ("social-commerce", None)],
        ),
    ]);
    let ecom = &t.tracks[0];
    assert_eq!(
        (ecom.level, ecom.min, ecom.max, ecom.spread),
        (Some(4), Some(1), Some(5), 4)
    );
    assert!(ecom.disagreement);
    let social = &t.tracks[1];
    assert_eq!(
        social.level,
        Some(2),
        "two answers: the lower median; the missing one is no 0"
    );
    assert!(!social.disagreement, "a spread of 1");
    assert_eq!(t.tracks[2].level, None, "nobody answered");
    assert_eq!(t.disagreements()[0].track, "e-commerce");
    assert_eq!(t.assessment.assessor, "E-commerce lead, Marketing, Stores");
}

#[test]
fn in_store_targets_families_notes_and_dates() {
    let mut a = respondent("A", &[]);
    let mut b = respondent("B", &[]);
    let mut c = respondent("C", &[]);
    a.answer_mut("e-commerce").in_store = Some(true);
    b.answer_mut("e-commerce").in_store = Some(true);
    c.answer_mut("e-commerce").in_store = Some(false);
    a.answer_mut("social-commerce").in_store = Some(true);
    b.answer_mut("social-commerce").in_store = Some(false);
    a.answer_mut("e-commerce").target = Some(5);
    b.answer_mut("e-commerce").target = Some(3);
    a.set_not_applicable("pre-sales", true);
    b.set_not_applicable("pre-sales", true);
    c.set_not_applicable("recommerce", true); // one of three: still applies
    a.answer_mut("e-commerce").note = "Drive ouvert".into();
    c.answer_mut("e-commerce").note = "Pas encore".into();
    a.date = Some("2025-01-10".into());
    b.date = Some("2025-02-01".into());
    c.date = None;
    let t = run(&[a, b, c]);
    assert_eq!(t.tracks[0].in_store, Some(true), "two of three say yes");
    assert_eq!(t.tracks[1].in_store, None, "one yes, one no: no majority");
    assert!(t.tracks[1].in_store_split && t.tracks[1].disagreement);
    assert_eq!(t.tracks[0].target, Some(3), "lower median of 5 and 3");
    assert_eq!(t.assessment.not_applicable, ["pre-sales"]);
    assert_eq!(
        t.assessment.tracks[0].note,
        "[A] Drive ouvert\n[C] Pas encore"
    );
    assert_eq!(t.assessment.date.as_deref(), Some("2025-02-01"));
    assert!(t.assessment.problems(fw()).is_empty(), "a valid assessment");
}

#[test]
fn different_retailers_are_refused_with_their_names() {
    let a = respondent("A", &[]);
    let mut b = respondent("B", &[]);
    b.retailer = "Boutique Lumière".into();
    let inputs = [("a".to_string(), &a), ("b".to_string(), &b)];
    let e = consolidate(fw(), &inputs).unwrap_err();
    assert_eq!(
        e,
        TeamError::DifferentRetailers(vec![
            "Boutique Lumière: b".into(),
            "Maison Dupont: a".into()
        ])
    );
    assert!(e.render(Lang::FR).contains("Boutique Lumière"));
    let mut c = respondent("C", &[]);
    c.framework.version = "2.0".into();
    let inputs = [("a".to_string(), &a), ("c".to_string(), &c)];
    assert!(matches!(
        consolidate(fw(), &inputs),
        Err(TeamError::FrameworkVersions(_))
    ));
}
