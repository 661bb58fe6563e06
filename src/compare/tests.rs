//! Comparisons: ordering, deltas, trends, notes and standings, checked on small cases.

use super::*;

fn fw() -> &'static Framework {
    Framework::builtin()
}

fn dated(retailer: &str, date: &str, ecom: u8) -> Assessment {
    let mut a = Assessment::blank(fw());
    a.retailer = retailer.into();
    a.date = Some(date.into());
    a.answer_mut("e-commerce").level = Some(ecom);
    a
}

#[test]
fn deltas_go_from_oldest_to_newest() {
    let new = dated("Dupont", "2025-01-01", 4);
    let old = dated("Dupont", "2024-01-01", 1);
    let c = Comparison::new(fw(), &[("new".into(), &new), ("old".into(), &old)]);
    assert_eq!(c.items[0].source, "old");
    assert_eq!(c.families[0].level_delta, Some(3));
    assert_eq!(c.families[0].score_delta, Some(60.0));
    assert!((c.overall_delta - 60.0 / 15.0).abs() < 1e-9);
    let t = c.trend.unwrap();
    assert_eq!(t.direction, Direction::Up);
    // 4 points in 366 days (2024 is a leap year).
    assert!(
        (t.per_year - 4.0 * 365.25 / 366.0).abs() < 1e-9,
        "{}",
        t.per_year
    );
}

#[test]
fn a_series_of_three_gives_the_least_squares_slope() {
    // Scores 20/15 → 4/3, 40/15, 100/15 at days 0, 365, 730 (2021–2023, no leap day):
    // slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)² with x in years of 365.25 days.
    let a = dated("Dupont", "2021-01-01", 1);
    let b = dated("Dupont", "2022-01-01", 2);
    let c = dated("Dupont", "2023-01-01", 5);
    let cmp = Comparison::new(
        fw(),
        &[("c".into(), &c), ("a".into(), &a), ("b".into(), &b)],
    );
    let t = cmp.trend.unwrap();
    let xs = [0.0, 365.0 / 365.25, 730.0 / 365.25];
    let ys = [20.0 / 15.0, 40.0 / 15.0, 100.0 / 15.0];
    let (mx, my) = (xs.iter().sum::<f64>() / 3.0, ys.iter().sum::<f64>() / 3.0);
    let slope = xs
        .iter()
        .zip(ys)
        .map(|(x, y)| (x - mx) * (y - my))
        .sum::<f64>()
        / xs.iter().map(|x| (x - mx).powi(2)).sum::<f64>();
    assert!(
        (t.per_year - slope).abs() < 1e-9,
        "{} vs {slope}",
        t.per_year
    );
    assert_eq!(
        t.points.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(),
        ["2021-01-01", "2022-01-01", "2023-01-01"]
    );
}

#[test]
fn not_applicable_has_no_delta() {
    let a = dated("Dupont", "2024-01-01", 1);
    let mut b = dated("Dupont", "2025-01-01", 3);
    b.set_not_applicable("e-commerce", true);
    let c = Comparison::new(fw(), &[("a".into(), &a), ("b".into(), &b)]);
    assert_eq!(c.families[0].levels, vec![Some(1), None]);
    assert_eq!(c.families[0].level_delta, None);
}

#[test]
fn a_family_not_answered_gives_no_change() {
    let mut a = dated("Dupont", "2024-01-01", 1);
    a.answer_mut("e-commerce").level = None;
    let b = dated("Dupont", "2025-01-01", 3);
    let c = Comparison::new(fw(), &[("a".into(), &a), ("b".into(), &b)]);
    assert_eq!(c.families[0].answered, vec![false, true]);
    assert_eq!(c.families[0].level_delta, None);
    assert_eq!(c.families[0].score_delta, None);
}

#[test]
fn different_retailers_are_ranked_with_their_gaps() {
    let a = dated("Dupont", "2024-01-01", 1);
    let b = dated("Martin", "2025-01-01", 4);
    let c = Comparison::new(fw(), &[("a".into(), &a), ("b".into(), &b)]);
    assert!(c.different_retailers());
    let s = c.standing();
    assert_eq!((s[0].item, s[0].rank, s[0].to_best), (1, 1, 0.0));
    assert!((s[1].to_best - (-60.0 / 15.0)).abs() < 1e-9);
    assert!((s[1].to_mean - (-30.0 / 15.0)).abs() < 1e-9);
    assert_eq!(
        s[1].families[0],
        Some((-60.0, -30.0)),
        "e-commerce: 20 vs 80"
    );
    assert_eq!(s[1].families[1], None, "not answered");
}

#[test]
fn different_retailers_get_no_trend_and_a_note() {
    let a = dated("Dupont", "2024-01-01", 1);
    let b = dated("Martin", "2025-01-01", 3);
    let c = Comparison::new(fw(), &[("a".into(), &a), ("b".into(), &b)]);
    assert!(c.trend.is_none());
    assert!(c.notes.contains(&Note::DifferentRetailers));
    assert!(
        Note::DifferentRetailers
            .text(crate::lang::Lang::FR)
            .contains("enseignes différentes")
    );
}

#[test]
fn dates_less_than_a_quarter_apart_give_a_change_but_no_yearly_trend() {
    let a = dated("Maison Dupont", "2026-03-10", 2);
    let b = dated("Maison Dupont", "2026-03-12", 5);
    let c = Comparison::new(fw(), &[("a".into(), &a), ("b".into(), &b)]);
    assert!(c.trend.is_none(), "two days apart: no rate per year");
    assert!(c.overall_delta > 0.0, "the change is still given");
    let later = dated("Maison Dupont", "2026-09-10", 5);
    let c = Comparison::new(fw(), &[("a".into(), &a), ("b".into(), &later)]);
    assert!(c.trend.is_some(), "six months apart: a trend");
}
