//! The guidance on every practice: complete, bounded, in two languages that differ, never one
//! text for two practices; and where the user meets it: `guide`, the matrix, the report.

use retail_maturity::export::{self, Format, Options, Subject};
use retail_maturity::framework::Guidance;
use retail_maturity::plan::action_plan;
use retail_maturity::{Assessment, Framework, Lang, Scorecard};
use std::collections::HashMap;
use std::process::Command;

fn fw() -> &'static Framework {
    Framework::builtin()
}

/// Every practice's guidance with where it is: `track level N` or `track in store`.
fn all() -> Vec<(String, &'static Guidance)> {
    let mut v = Vec::new();
    for (_, t) in fw().tracks() {
        for l in &t.levels {
            let g = l
                .guidance
                .as_ref()
                .unwrap_or_else(|| panic!("{} level {} has no guidance", t.id, l.position));
            v.push((format!("{} level {}", t.id, l.position), g));
        }
        let g = t
            .in_store_guidance
            .as_ref()
            .unwrap_or_else(|| panic!("{} in store has no guidance", t.id));
        v.push((format!("{} in store", t.id), g));
    }
    v
}

#[test]
fn every_practice_has_its_six_fields_in_both_languages_within_their_lengths() {
    let all = all();
    assert_eq!(all.len(), 82 + 17);
    for (at, g) in &all {
        for (what, t, min, max) in [("meaning", &g.meaning, 120, 700), ("why", &g.why, 50, 450)] {
            for text in [&t.fr, &t.en] {
                let n = text.chars().count();
                assert!((min..=max).contains(&n), "{at} {what}: {n} characters");
            }
            assert_ne!(t.fr, t.en, "{at} {what}: the two languages differ");
        }
        for (what, list, lo, hi) in [
            ("signs", &g.signs, 2, 4),
            ("first_steps", &g.first_steps, 2, 4),
            ("kpis", &g.kpis, 1, 3),
        ] {
            assert!(
                (lo..=hi).contains(&list.fr.len()),
                "{at} {what}: {} items",
                list.fr.len()
            );
            assert_eq!(
                list.fr.len(),
                list.en.len(),
                "{at} {what}: as many items in each language"
            );
            for (fr, en) in list.fr.iter().zip(&list.en) {
                assert!(
                    (15..=240).contains(&fr.chars().count()),
                    "{at} {what}: {fr}"
                );
                assert!(
                    (15..=240).contains(&en.chars().count()),
                    "{at} {what}: {en}"
                );
                assert_ne!(fr, en, "{at} {what}");
            }
        }
        assert!(
            (1..=3).contains(&g.effort) && (1..=3).contains(&g.impact),
            "{at}"
        );
    }
}

#[test]
fn no_two_practices_share_a_text() {
    let mut seen: HashMap<String, String> = HashMap::new();
    for (at, g) in all() {
        let texts = [&g.meaning.fr, &g.meaning.en, &g.why.fr, &g.why.en]
            .into_iter()
            .chain(g.signs.fr.iter().chain(&g.signs.en))
            .chain(g.first_steps.fr.iter().chain(&g.first_steps.en))
            .chain(g.kpis.fr.iter().chain(&g.kpis.en));
        for t in texts {
            if let Some(other) = seen.insert(t.to_lowercase(), at.clone()) {
                assert_eq!(other, at, "shared by {other} and {at}: {t}");
            }
        }
    }
}

#[test]
fn the_effort_and_impact_scale_is_written_once_and_uses_the_whole_range() {
    let scale = fw().guidance_scale.as_ref().expect("the scale's reading");
    assert!(scale.effort.fr.contains("1 =") && scale.impact.en.contains("3 ="));
    for pick in [|g: &Guidance| g.effort, |g: &Guidance| g.impact] {
        let values: std::collections::BTreeSet<u8> = all().iter().map(|(_, g)| pick(g)).collect();
        assert_eq!(values.into_iter().collect::<Vec<_>>(), vec![1, 2, 3]);
    }
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn guide_prints_a_levels_guidance_and_refuses_an_unknown_track() {
    let o = run(&["guide", "e-commerce", "--level", "3", "--lang", "fr"]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    let g = fw().track("e-commerce").unwrap().1.level(3).unwrap();
    let guidance = g.guidance.as_ref().unwrap();
    assert!(out.contains("3 · Click and Collect"), "{out}");
    assert!(
        out.contains(&guidance.meaning.fr) && out.contains(&guidance.kpis.fr[0]),
        "{out}"
    );
    assert!(
        !out.contains("Home delivery") && !out.contains("2 · "),
        "one level only: {out}"
    );
    let all = String::from_utf8_lossy(&run(&["guide", "--lang", "en"]).stdout).into_owned();
    assert_eq!(all.matches("What it means").count(), 82 + 17);
    let bad = run(&["guide", "teleportation", "--lang", "en"]);
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("teleportation") && err.contains("rental"),
        "{err}"
    );
}

fn example(name: &str) -> Assessment {
    let p = format!("{}/data/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    Assessment::load(std::path::Path::new(&p), fw()).unwrap()
}

fn subject(a: &Assessment) -> Subject<'_> {
    Subject::Assessment {
        assessment: a,
        reference: None,
    }
}

#[test]
fn the_matrix_lists_each_next_step_in_its_cell() {
    let mut a = example("maison-dupont-2024");
    for t in &mut a.tracks {
        t.target = None;
    }
    let card = Scorecard::compute(fw(), &a);
    let plan = action_plan(fw(), &card, Lang::EN);
    let options = Options {
        chart: retail_maturity::chart::ChartKind::Matrix,
        size: (1600, 1200),
        ..Options::new(Lang::EN)
    };
    let svg = String::from_utf8(export::render(fw(), &subject(&a), Format::Svg, &options).unwrap())
        .unwrap();
    assert!(
        svg.contains("Quick win") && svg.contains("Major project"),
        "quadrants named"
    );
    let data = subject(&a).chart_data(fw(), Lang::EN);
    let cells = retail_maturity::chart::matrix::cells(&data, 1600.0, 1200.0);
    let listed: usize = cells
        .iter()
        .map(|(_, ranks, more)| ranks.len() + more)
        .sum();
    assert_eq!(
        listed,
        plan.len(),
        "every step is in a cell, listed or counted"
    );
    for ((col, row), ranks, _) in &cells {
        for r in ranks {
            let s = &plan[r - 1];
            assert_eq!(
                (*col, *row),
                (
                    usize::from(s.effort.unwrap() - 1),
                    usize::from(3 - s.impact.unwrap())
                ),
                "step {r} in the cell of its effort and impact"
            );
            let label = format!("{r}. {}", s.name);
            let shown = label.chars().take(8).collect::<String>();
            assert!(svg.contains(&shown), "{label} in the SVG");
        }
    }
}

#[cfg(feature = "report")]
#[test]
fn the_report_says_why_and_what_to_do_first() {
    let a = example("maison-dupont-2025");
    let card = Scorecard::compute(fw(), &a);
    let first = action_plan(fw(), &card, Lang::FR)
        .into_iter()
        .next()
        .unwrap();
    let bytes = export::render(fw(), &subject(&a), Format::Pdf, &Options::new(Lang::FR)).unwrap();
    let squash = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}')
            .collect::<String>()
    };
    let text = squash(&pdf_extract::extract_text_from_mem(&bytes).unwrap());
    let why = first.why.unwrap();
    assert!(text.contains(&squash(&why)), "why: {why}");
    for step in &first.first_steps {
        assert!(text.contains(&squash(step)), "first step: {step}");
    }
    for kpi in &first.kpis {
        assert!(text.contains(&squash(kpi)), "kpi: {kpi}");
    }
}
