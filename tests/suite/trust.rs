//! Answers a board can trust (format version 3): the practices in place, how sure each answer
//! is and the evidence behind it — ticked and typed in the app, saved, reopened, undone; kept by
//! the file, the exports, the report and the team's consolidation.

use retail_maturity::assessment::{Confidence, Edit, Evidence};
use retail_maturity::export::{self, Format, Options, Subject};
use retail_maturity::{Assessment, Framework, Lang, Scorecard};
use std::path::Path;
use std::process::Command;

fn fw() -> &'static Framework {
    Framework::builtin()
}

fn example(name: &str) -> Assessment {
    let p = format!("{}/data/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    Assessment::load(Path::new(&p), fw()).unwrap()
}

#[test]
fn a_version_3_file_round_trips_and_a_level_against_its_practices_is_refused() {
    let a = example("maison-dupont-2026");
    let e = a.answer("e-commerce").unwrap();
    assert_eq!(e.practices.as_deref(), Some(&[2, 3, 4, 5][..]));
    assert_eq!(e.confidence, Some(Confidence::Checked));
    assert_eq!(e.evidence.len(), 2);
    assert_eq!(e.foundations(), vec![1]);
    let back = Assessment::from_bytes(Path::new("a.json"), a.to_json().as_bytes(), fw()).unwrap();
    assert_eq!(back, a);
    let mut v: serde_json::Value = serde_json::from_str(&a.to_json()).unwrap();
    v["tracks"][0]["level"] = 3.into();
    let err = Assessment::from_bytes(Path::new("b.json"), v.to_string().as_bytes(), fw())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("$.tracks[0].level") && err.contains("`e-commerce`") && err.contains("5"),
        "{err}"
    );
    v["tracks"][0]["level"] = 5.into();
    v["tracks"][0]["practices"] = serde_json::json!([5, 5]);
    let err = Assessment::from_bytes(Path::new("c.json"), v.to_string().as_bytes(), fw())
        .unwrap_err()
        .to_string();
    assert!(err.contains("$.tracks[0].practices[1]"), "{err}");
    v["tracks"][0]["practices"] = serde_json::json!([5]);
    v["tracks"][0]["evidence"] = serde_json::json!(
        (0..21)
            .map(|i| serde_json::json!({ "title": format!("piece {i}") }))
            .collect::<Vec<_>>()
    );
    let err = Assessment::from_bytes(Path::new("d.json"), v.to_string().as_bytes(), fw())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("$.tracks[0].evidence") && err.contains("at most 20"),
        "{err}"
    );
}

#[test]
fn a_version_2_file_is_read_as_version_3_with_the_same_scores() {
    let mut v: serde_json::Value =
        serde_json::from_str(&example("maison-dupont-2025").to_json()).unwrap();
    v["version"] = 2.into();
    let (a, was) =
        Assessment::from_bytes_versioned(Path::new("v2.json"), v.to_string().as_bytes(), fw())
            .unwrap();
    assert_eq!((was, a.version), (2, 3));
    let before = Scorecard::compute(fw(), &example("maison-dupont-2025"));
    assert_eq!(Scorecard::compute(fw(), &a), before);
    assert!(
        a.tracks
            .iter()
            .all(|t| t.practices.is_none() && t.evidence.is_empty())
    );
}

fn results(a: &Assessment, f: Format, lang: Lang) -> Vec<u8> {
    let s = Subject::Assessment {
        assessment: a,
        reference: None,
    };
    export::render(fw(), &s, f, &Options::new(lang)).unwrap()
}

#[test]
fn the_csv_and_the_json_carry_practices_confidence_and_evidence() {
    let a = example("maison-dupont-2026");
    let csv = String::from_utf8(results(&a, Format::Csv, Lang::EN)).unwrap();
    let mut r =
        csv::ReaderBuilder::new().from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = r.headers().unwrap().clone();
    let col = |h: &str| {
        header
            .iter()
            .position(|x| x == h)
            .unwrap_or_else(|| panic!("{h}"))
    };
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let ecom = &rows[0];
    assert_eq!(&ecom[col("Practices in place")], "2 3 4 5");
    assert_eq!(&ecom[col("To consolidate")], "1");
    assert_eq!(&ecom[col("Confidence")], "checked");
    let evidence = &ecom[col("Evidence")];
    assert!(
        evidence.contains("Tableau de bord des ventes en ligne")
            && evidence.contains("<https://bi.maison-dupont.example/ventes-web>"),
        "{evidence}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&results(&a, Format::Json, Lang::EN)).unwrap();
    let checked = a
        .tracks
        .iter()
        .filter(|t| t.confidence == Some(Confidence::Checked))
        .count();
    assert_eq!(json["confidence"]["checked"], checked);
    let t = &json["families"][0]["tracks"][0];
    assert_eq!(t["confidence"], "checked");
    assert_eq!(t["evidence"][1]["ref"], "Contrats/marketplace-2025.pdf");
    let plan = json["plan"].as_array().unwrap();
    let foundation = plan
        .iter()
        .find(|s| s["track"] == "e-commerce" && s["foundation"] == true)
        .expect("the foundation to consolidate is in the plan");
    assert_eq!(foundation["next"], 1);
    assert!(
        plan.iter()
            .all(|s| s["rank"].is_u64() && s["quadrant"].is_string())
    );
}

#[cfg(feature = "report")]
#[test]
fn the_report_shows_the_evidence_and_how_many_answers_are_checked() {
    let a = example("maison-dupont-2026");
    let text: String = pdf_extract::extract_text_from_mem(&results(&a, Format::Pdf, Lang::EN))
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let counts = Scorecard::compute(fw(), &a).confidence_counts();
    let summary = format!("{} of {} answers checked", counts.checked, counts.answered);
    assert!(text.contains(&summary), "{summary}");
    assert!(text.contains(&format!("{} not sure", counts.not_sure)));
    for t in &a.tracks {
        for e in &t.evidence {
            let start: String = e
                .title
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(&start), "evidence {} in the report", e.title);
        }
    }
    assert!(text.contains("Evidence behind the answers"));
}

#[test]
fn the_team_keeps_and_attributes_evidence_and_takes_the_least_sure() {
    let files: Vec<String> = ["claire", "julien", "sophie"]
        .iter()
        .map(|n| {
            format!(
                "{}/data/examples/team/dupont-2026-{n}.json",
                env!("CARGO_MANIFEST_DIR")
            )
        })
        .collect();
    let loaded: Vec<Assessment> = files
        .iter()
        .map(|f| Assessment::load(Path::new(f), fw()).unwrap())
        .collect();
    let inputs: Vec<(String, &Assessment)> = files.iter().cloned().zip(&loaded).collect();
    let t = retail_maturity::team::consolidate(fw(), &inputs).unwrap();
    let e = t.assessment.answer("e-commerce").unwrap();
    assert_eq!(e.level, Some(5));
    assert_eq!(
        e.confidence,
        Some(Confidence::Estimated),
        "the least sure of those at 5"
    );
    assert_eq!(e.evidence.len(), 1);
    assert!(e.evidence[0].by.starts_with("Claire Martin"));
    let view = t.tracks.iter().find(|v| v.track == "e-commerce").unwrap();
    assert!(
        view.confidence_split && view.disagreement,
        "checked against not sure"
    );
    assert!(
        view.remarks(Lang::EN)
            .contains("one checked, another not sure")
    );
    // The consolidation is a file every command opens again.
    let back = Assessment::from_bytes(Path::new("t.json"), t.assessment.to_json().as_bytes(), fw());
    assert!(back.is_ok(), "{back:?}");
}

#[test]
fn edits_of_practices_confidence_and_evidence_keep_the_file_valid() {
    let mut a = Assessment::blank(fw());
    for e in [
        Edit::Practice {
            track: "rental".into(),
            position: 3,
            in_place: true,
        },
        Edit::Confidence {
            track: "rental".into(),
            confidence: Some(Confidence::NotSure),
        },
        Edit::AddEvidence {
            track: "rental".into(),
        },
        Edit::EditEvidence {
            track: "rental".into(),
            index: 0,
            title: "Contrat loueur".into(),
            reference: "Contrats/loueur.pdf".into(),
        },
    ] {
        assert!(a.apply(&e));
    }
    assert!(a.problems(fw()).is_empty(), "{:?}", a.problems(fw()));
    assert_eq!(
        a.answer("rental").unwrap().evidence[0],
        Evidence {
            title: "Contrat loueur".into(),
            reference: "Contrats/loueur.pdf".into(),
            by: String::new(),
        }
    );
    let o = Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
        .args(["schema"])
        .output()
        .unwrap();
    let schema = String::from_utf8_lossy(&o.stdout);
    assert!(
        schema.contains("\"practices\"") && schema.contains("not-sure"),
        "the schema says it"
    );
}

#[cfg(feature = "gui")]
mod app {
    use crate::common::{harness, options};
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    use retail_maturity::Lang;
    use retail_maturity::assessment::Confidence;

    #[test]
    fn ticking_practices_sets_the_level_and_undo_walks_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(options(Lang::EN, dir.path()));
        h.get_by_label("Tick the practices in place").click();
        h.run();
        h.get_by_label("5 · Direct-to-consumer (DTC) sales via a dedicated website or mobile app")
            .click();
        h.run();
        h.get_by_label("2 · Home delivery / lockers").click();
        h.run();
        let a = h.state().assessment().answer("e-commerce").unwrap().clone();
        assert_eq!((a.level, a.practices.clone()), (Some(5), Some(vec![2, 5])));
        h.get_by_label_contains("To consolidate");
        // Unticking the highest lowers the level.
        h.get_by_label("5 · Direct-to-consumer (DTC) sales via a dedicated website or mobile app")
            .click();
        h.run();
        assert_eq!(h.state().assessment().level("e-commerce"), 2);
        h.get_by_label("None of these yet").click();
        h.run();
        let a = h.state().assessment().answer("e-commerce").unwrap().clone();
        assert_eq!((a.level, a.practices), (Some(0), Some(vec![])));
        // Undo, step by step, back to the ticks.
        for _ in 0..4 {
            h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
            h.run();
        }
        let a = h.state().assessment().answer("e-commerce").unwrap().clone();
        assert_eq!(
            (a.level, a.practices),
            (Some(0), Some(vec![])),
            "back to no tick yet"
        );
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
        assert_eq!(
            h.state()
                .assessment()
                .answer("e-commerce")
                .unwrap()
                .practices,
            None
        );
    }

    #[test]
    fn a_confidence_and_two_pieces_of_evidence_are_saved_reopened_and_undone() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(options(Lang::EN, dir.path()));
        h.get_all_by_label("checked").next().unwrap().click();
        h.run();
        h.get_by_label("Evidence (none)").click();
        h.run();
        for (title, reference) in [
            ("Sales dashboard", "https://bi.example/sales"),
            ("Audit 2026", ""),
        ] {
            h.get_by_label("Add evidence").click();
            h.run();
            let n = h
                .state()
                .assessment()
                .answer("e-commerce")
                .unwrap()
                .evidence
                .len();
            h.get_all_by_label("Title").nth(n - 1).unwrap().focus();
            h.run();
            h.get_all_by_label("Title")
                .nth(n - 1)
                .unwrap()
                .type_text(title);
            h.run();
            if !reference.is_empty() {
                h.get_all_by_label("Link or reference")
                    .nth(n - 1)
                    .unwrap()
                    .focus();
                h.run();
                h.get_all_by_label("Link or reference")
                    .nth(n - 1)
                    .unwrap()
                    .type_text(reference);
                h.run();
            }
        }
        let a = h.state().assessment().answer("e-commerce").unwrap().clone();
        assert_eq!(a.confidence, Some(Confidence::Checked));
        let titles: Vec<&str> = a.evidence.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["Sales dashboard", "Audit 2026"]);
        assert_eq!(a.evidence[0].reference, "https://bi.example/sales");
        // Saved and opened again.
        let path = dir.path().join("trust.json");
        h.state_mut()
            .command(retail_maturity::gui::command::Command::SaveTo(path.clone()));
        h.run();
        let saved = retail_maturity::Assessment::load(&path, retail_maturity::Framework::builtin())
            .unwrap();
        assert_eq!(saved.answer("e-commerce").unwrap().evidence, a.evidence);
        h.state_mut()
            .command(retail_maturity::gui::command::Command::New);
        h.run();
        h.state_mut()
            .command(retail_maturity::gui::command::Command::OpenPath(
                path.clone(),
            ));
        h.run();
        assert_eq!(h.state().assessment().answer("e-commerce").unwrap(), &a);
        // Removed, then undone.
        h.get_by_label("Remove evidence 1").click();
        h.run();
        assert_eq!(
            h.state()
                .assessment()
                .answer("e-commerce")
                .unwrap()
                .evidence
                .len(),
            1
        );
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
        assert_eq!(
            h.state()
                .assessment()
                .answer("e-commerce")
                .unwrap()
                .evidence
                .len(),
            2
        );
    }

    #[test]
    fn a_practices_guidance_opens_under_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(options(Lang::FR, dir.path()));
        let g = retail_maturity::Framework::builtin()
            .track("e-commerce")
            .unwrap()
            .1
            .level(3)
            .unwrap()
            .guidance
            .clone()
            .unwrap();
        assert!(h.query_by_label(&g.meaning.fr).is_none(), "closed at first");
        h.get_by_label("À propos : Click and Collect").click();
        h.run();
        h.get_by_label(&g.meaning.fr);
        h.get_by_label(&format!("• {}", g.signs.fr[0]));
        // The key I opens the current track's level; again closes it.
        h.get_by_label("À propos : Click and Collect").click();
        h.run();
        h.key_press(Key::Num3);
        h.run();
        h.key_press(Key::I);
        h.run();
        h.get_by_label(&g.meaning.fr);
        h.key_press(Key::I);
        h.run();
        assert!(h.query_by_label(&g.meaning.fr).is_none());
    }
}
