//! The charts on screen, as a user meets them (kittest): pointed at, they tell a track's
//! answers; clicked, they open its family; their text grows with the zoom; dark in the dark theme.
#![cfg(feature = "gui")]

use crate::common::{harness, options};
use egui_kittest::kittest::Queryable;
use retail_maturity::gui::Options;
use retail_maturity::{Assessment, Framework, Lang};
use std::path::PathBuf;

fn example() -> PathBuf {
    PathBuf::from(format!(
        "{}/data/examples/maison-dupont-2025.json",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn opened(
    lang: Lang,
    dir: &std::path::Path,
) -> egui_kittest::Harness<'static, retail_maturity::gui::App> {
    harness(Options {
        open: Some(example()),
        ..options(lang, dir)
    })
}

#[test]
fn pointing_at_a_profile_row_tells_its_practice_and_clicking_opens_its_family() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = opened(Lang::EN, dir.path());
    let fw = Framework::builtin();
    let a = Assessment::load(&example(), fw).unwrap();
    h.get_by_label_contains("Maison Dupont — 2025-03-12")
        .hover();
    h.run();
    let row = h
        .state()
        .results_chart()
        .pointed
        .expect("a row under the pointer");
    let (family, track) = fw.tracks().nth(row).unwrap();
    let level = a.level(&track.id);
    let practice = track.level(level).map(|l| l.text.en.clone()).unwrap();
    let in_store = track.in_store.en.clone();
    assert!(
        h.query_all_by_label_contains(&in_store).count() >= 1,
        "the tooltip tells the in-store counterpart {in_store}"
    );
    assert!(
        h.query_all_by_label_contains(&practice).count() >= 1,
        "{practice}"
    );
    h.get_by_label_contains("Maison Dupont — 2025-03-12")
        .click();
    h.run();
    let fi = fw.families.iter().position(|f| f.id == family.id).unwrap();
    assert_eq!(
        h.state().family(),
        fi,
        "the family of the row clicked is shown"
    );
}

#[test]
fn the_charts_text_grows_with_the_zoom() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = opened(Lang::FR, dir.path());
    let before = h.state().results_chart().smallest_text().unwrap();
    assert!(before >= 13.0, "never below the body text ({before} px)");
    h.ctx.set_zoom_factor(1.5);
    h.run();
    h.run();
    let after = h.state().results_chart().smallest_text().unwrap();
    assert!(after >= before * 1.4, "{before} px then {after} px");
}

#[test]
fn the_dark_theme_has_dark_charts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = opened(Lang::FR, dir.path());
    let light = h.state().results_chart().background().unwrap();
    assert!(light.r() > 200, "light theme: a light chart");
    h.state_mut()
        .command(retail_maturity::gui::command::Command::SetTheme(
            retail_maturity::gui::settings::Theme::Dark,
        ));
    h.run();
    h.run();
    let dark = h.state().results_chart().background().unwrap();
    assert!(dark.r() < 60 && dark.g() < 60 && dark.b() < 60, "{dark:?}");
    // In the Compare view too.
    h.state_mut()
        .command(retail_maturity::gui::command::Command::SetMode(
            retail_maturity::gui::command::Mode::Compare,
        ));
    h.run();
    let files: Vec<PathBuf> = ["maison-dupont-2024", "maison-dupont-2026"]
        .iter()
        .map(|n| {
            PathBuf::from(format!(
                "{}/data/examples/{n}.json",
                env!("CARGO_MANIFEST_DIR")
            ))
        })
        .collect();
    for f in files {
        h.state_mut().add_to_compare(f);
    }
    h.run();
    let cmp = h.state().compare_chart().background().unwrap();
    assert!(cmp.r() < 60, "{cmp:?}");
}
