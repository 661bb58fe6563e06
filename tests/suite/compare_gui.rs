//! The Compare view and the pinned reference, driven headlessly as a user would (egui_kittest).
#![cfg(feature = "gui")]

use crate::common::{harness, options};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use retail_maturity::compare::Comparison;
use retail_maturity::gui::{App, Options};
use retail_maturity::reference::Reference;
use retail_maturity::store::Overwrite;
use retail_maturity::{Assessment, Framework, Lang};
use std::path::{Path, PathBuf};

fn fw() -> &'static Framework {
    Framework::builtin()
}

/// Six dated assessments of six stores, saved in `dir`.
fn six_stores(dir: &Path) -> Vec<(PathBuf, Assessment)> {
    (0..6)
        .map(|k| {
            let mut a = Assessment::blank(fw());
            a.retailer = format!(
                "Magasin {}",
                ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"][k]
            );
            a.date = Some(format!("2025-0{}-10", k + 1));
            for (i, t) in a.tracks.iter_mut().enumerate() {
                let top = fw().track(&t.track).unwrap().1.top();
                t.level = Some(((i + k) % (top as usize + 1)) as u8);
            }
            let p = dir.join(format!("store-{k}.json"));
            a.save(&p, Overwrite::Refuse).unwrap();
            (p, a)
        })
        .collect()
}

fn signed(x: f64) -> String {
    if x.abs() < 0.05 {
        "0.0".into()
    } else {
        format!("{x:+.1}")
    }
}

fn tick(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn different_retailers_are_ranked_not_given_a_trend() {
    let dir = tempfile::tempdir().unwrap();
    let stores = six_stores(dir.path());
    let mut h = harness(options(Lang::EN, dir.path()));
    tick(&mut h, "Compare");
    assert!(h.state().compare_state().candidates.len() >= 6);
    h.get_by_label("Tick at least two assessments to compare.");
    tick(&mut h, "Magasin Alpha");
    tick(&mut h, "Magasin Bravo");
    h.get_by_label("Different retailers: how each stands");
    h.get_by_label("Rank");
    assert!(
        h.query_by_label_contains("Overall change").is_none(),
        "no change from one retailer to another"
    );
    assert!(
        h.query_by_label_contains("points per year").is_none(),
        "no trend from one retailer to another"
    );
    assert!(
        h.state().compare_chart().draws >= 1,
        "the comparison chart is drawn"
    );
    for name in [
        "Magasin Charlie",
        "Magasin Delta",
        "Magasin Echo",
        "Magasin Foxtrot",
    ] {
        tick(&mut h, name);
    }
    assert_eq!(h.state().compare_state().picked.len(), 6);
    let all: Vec<(String, &Assessment)> = stores
        .iter()
        .map(|(p, a)| (p.display().to_string(), a))
        .collect();
    let core = Comparison::new(fw(), &all);
    // The last of the ranking, with its gap to the best, as the core computes it.
    let last = core.standing().pop().unwrap();
    assert_eq!(last.rank, 6);
    let gap = signed(last.to_best);
    assert!(
        h.query_all_by_label(&gap).count() >= 1,
        "the gap to the best {gap} is shown"
    );
}

#[test]
fn a_time_series_of_three_dated_files_shows_the_trend() {
    let dir = tempfile::tempdir().unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    let files: Vec<PathBuf> = [
        "maison-dupont-2026",
        "maison-dupont-2024",
        "maison-dupont-2025",
    ]
    .iter()
    .map(|n| examples.join(format!("{n}.json")))
    .collect();
    let mut h = harness(Options {
        compare: files.clone(),
        ..options(Lang::FR, dir.path())
    });
    let loaded: Vec<Assessment> = files
        .iter()
        .map(|p| Assessment::load(p, fw()).unwrap())
        .collect();
    let inputs: Vec<(String, &Assessment)> = files
        .iter()
        .zip(&loaded)
        .map(|(p, a)| (p.display().to_string(), a))
        .collect();
    let core = Comparison::new(fw(), &inputs);
    let trend = core.trend.as_ref().expect("one retailer, three dates");
    assert_eq!(trend.points.len(), 3);
    assert_eq!(trend.points[0].0, "2024-03-14", "ordered by date");
    h.get_by_label(&format!(
        "Tendance : {} points par an",
        signed(trend.per_year).replace('.', ",")
    ));
    tick(&mut h, "Dans le temps");
    assert_eq!(
        h.state().compare_state().chart,
        retail_maturity::chart::ChartKind::Trend
    );
    // The comparison exports into the exports folder.
    tick(&mut h, "CSV");
    let csv = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "csv"))
        .expect("a CSV export");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.contains("Maison Dupont (2024-03-14)") && text.contains("+2"),
        "{text}"
    );
}

#[test]
fn a_pinned_reference_is_drawn_under_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    let stores = six_stores(dir.path());
    let refs: Vec<&Assessment> = stores.iter().map(|(_, a)| a).collect();
    let reference = Reference::mean_of(fw(), &refs, "Moyenne secteur".into());
    let path = dir.path().join("secteur.json");
    reference.save(&path, Overwrite::Refuse).unwrap();
    let mut h = harness(options(Lang::FR, dir.path()));
    let draws = h.state().results_chart().draws;
    tick(&mut h, "Fichier");
    tick(&mut h, "Épingler une référence…");
    let field = h.get_by_label("Chemin du fichier");
    field.type_text(&path.display().to_string());
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().pinned().map(|r| r.label.as_str()),
        Some("Moyenne secteur")
    );
    h.get_by_label_contains("Référence : Moyenne secteur");
    assert!(
        h.state().results_chart().draws > draws,
        "the profile is redrawn with the reference"
    );
    // While the user answers, the reference stays.
    h.get_by_label("3 · Click and Collect").click();
    h.run();
    assert!(h.state().pinned().is_some());
    tick(&mut h, "Retirer");
    assert!(h.state().pinned().is_none());
}

#[test]
fn three_respondents_consolidate_and_open_as_one_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let team_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/team");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&team_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3);
    let mut h = harness(Options {
        compare: files.clone(),
        ..options(Lang::EN, dir.path())
    });
    assert_eq!(h.state().compare_state().picked.len(), 3);
    h.get_by_label("Consolidate as a team").click();
    h.run();
    let loaded: Vec<(String, Assessment)> = files
        .iter()
        .map(|p| (p.display().to_string(), Assessment::load(p, fw()).unwrap()))
        .collect();
    let inputs: Vec<(String, &Assessment)> = loaded.iter().map(|(s, a)| (s.clone(), a)).collect();
    let core = retail_maturity::team::consolidate(fw(), &inputs).unwrap();
    // The disagreements come first, as the core finds them.
    let first = &core.disagreements()[0];
    let track = fw().tracks().find(|(_, t)| t.id == first.track).unwrap();
    let label = track.0.track_label(track.1, Lang::EN);
    assert!(
        h.query_all_by_label_contains(&label).count() >= 1,
        "{label}"
    );
    h.get_by_label("Open as assessment").click();
    h.run();
    assert_eq!(
        h.state().mode(),
        retail_maturity::gui::command::Mode::Questionnaire
    );
    let mut opened = h.state().assessment().clone();
    let mut expected = core.assessment.clone();
    opened.normalize(fw());
    expected.normalize(fw());
    assert_eq!(opened.tracks, expected.tracks);
    assert_eq!(opened.retailer, "Maison Dupont");
    assert!(h.state().document().is_dirty(), "not saved yet");
}
