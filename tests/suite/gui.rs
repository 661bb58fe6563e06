//! The desktop app driven headlessly through its labels and keys, as a user would (egui_kittest).
#![cfg(feature = "gui")]

use crate::common::{harness, options};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use retail_maturity::gui::App;
use retail_maturity::{Assessment, Framework, Lang, Scorecard};
use std::path::{Path, PathBuf};

fn fw() -> &'static Framework {
    Framework::builtin()
}

/// The level each track gets in the journey (varied, within each track's ladder).
fn chosen_level(i: usize, top: u8) -> u8 {
    ((i * 3 + 1) % (top as usize + 1)) as u8
}

fn number(x: f64, l: Lang) -> String {
    let s = format!("{x:.1}");
    if l == Lang::FR {
        s.replace('.', ",")
    } else {
        s
    }
}

#[test]
fn answering_every_family_by_clicking_gives_the_core_score() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::FR, dir.path()));
    let mut expected = Assessment::blank(fw());
    let mut track_index = 0;
    for (fi, family) in fw().families.iter().enumerate() {
        let name = format!("{}. {}", fi + 1, family.name.fr);
        let by = By::new().label_contains(&name).role(Role::Button);
        h.get(by).click();
        h.run();
        assert_eq!(h.state().family(), fi);
        for track in &family.tracks {
            let level = chosen_level(track_index, track.top());
            let label = match track.level(level) {
                Some(l) => format!("{level} · {}", l.text.fr),
                None => "0 · Pas encore pratiqué".to_string(),
            };
            // ReCommerce has three "0 · …" radios; the n-th belongs to the n-th track.
            let k = family.tracks.iter().position(|t| t.id == track.id).unwrap();
            let nth = if level == 0 { k } else { 0 };
            // Scroll to it first, as a user would for the tracks below the fold.
            h.get_all_by_label(&label).nth(nth).unwrap().scroll_to_me();
            h.run();
            h.get_all_by_label(&label).nth(nth).unwrap().click();
            h.run();
            expected.answer_mut(&track.id).level = Some(level);
            track_index += 1;
        }
    }
    let core = Scorecard::compute(fw(), &expected);
    assert_eq!(h.state().assessment().tracks, expected.tracks);
    assert!((h.state().scorecard().overall - core.overall).abs() < 1e-9);
    h.get_by_label(&format!("{} / 100", number(core.overall, Lang::FR)));
    assert_eq!(h.state().scorecard().answered, 17);
}

#[test]
fn switching_language_changes_the_interface_and_the_framework_texts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::FR, dir.path()));
    h.get_by_label("Score de maturité");
    h.get_by_label_contains("3. Offre Promotionnelles");
    h.get_by_label("English").click();
    h.run();
    assert_eq!(h.state().lang(), Lang::EN);
    h.get_by_label("Maturity score");
    h.get_by_label_contains("3. Promotional offers");
    h.get_by_label("1 · Affiliation / dropshipping");
    assert!(h.query_by_label("Score de maturité").is_none());
}

fn type_path_and_confirm(h: &mut Harness<'static, App>, path: &Path) {
    assert!(
        h.state().file_panel().is_some(),
        "the in-app file panel is open"
    );
    h.run();
    let field = h.get_by_label("File path");
    field.focus();
    h.run();
    // Select what is there and replace it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("File path")
        .type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

#[test]
fn save_into_a_folder_then_reopen_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    h.get_by_label("3 · Click and collect").click();
    h.run();
    h.state_mut()
        .edit(retail_maturity::assessment::Edit::Retailer(
            "Épicerie Fine".into(),
        ));
    h.run();
    assert!(
        h.state().title().starts_with("* "),
        "unsaved mark in the title"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let path = dir.path().join("epicerie.json");
    type_path_and_confirm(&mut h, &path);
    assert!(
        path.is_file(),
        "{}",
        h.state().status_text().unwrap_or_default()
    );
    assert!(!h.state().title().starts_with("* "));
    assert!(h.state().title().contains("epicerie.json"));
    let saved = h.state().assessment().clone();

    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert_eq!(h.state().assessment().level("e-commerce"), 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    type_path_and_confirm(&mut h, &path);
    assert_eq!(h.state().assessment(), &saved);
    assert_eq!(h.state().document().path.as_deref(), Some(path.as_path()));
    assert!(
        h.state()
            .settings()
            .recent
            .iter()
            .any(|p| p.ends_with("epicerie.json"))
    );
}

#[test]
fn a_broken_file_shows_its_message_and_leaves_the_assessment_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.json");
    std::fs::write(&bad, r#"{"format": "retail-maturity-assessment", "version": 1, "framework": {"id": "digital-commerce-15", "version": "1.0"}, "tracks": [{"track": "e-commerce", "level": 9}]}"#).unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    h.get_by_label("4 · Sales via a third-party marketplace or e-commerce site")
        .click();
    h.run();
    let before = h.state().assessment().clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    // Unsaved changes: the app asks first.
    h.get_by_label("Save the changes to \"Untitled\"?");
    h.get_by_label("Discard").click();
    h.run();
    type_path_and_confirm(&mut h, &bad);
    assert_eq!(h.state().assessment(), &before);
    let status = h.state().status().cloned().unwrap();
    let status_text = status.render(h.state().lang());
    assert!(status.error);
    assert!(
        status_text.contains("broken.json") && status_text.contains("$.tracks[0].level"),
        "{}",
        status_text
    );
    h.get_by_label_contains("level 9 is not offered");
}

#[test]
fn the_whole_journey_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::FR, dir.path()));
    // Level of E-Commerce with a digit, then up with the right arrow.
    h.key_press(Key::Num2);
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(h.state().assessment().level("e-commerce"), 3);
    // Next track with the down arrow: Social Commerce.
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().family(), 1);
    h.key_press(Key::Num4);
    h.run();
    assert_eq!(h.state().assessment().level("social-commerce"), 4);
    // Family by family with Page Down, to ReCommerce, whose tracks stop at 4.
    for _ in 0..5 {
        h.key_press(Key::PageDown);
        h.run();
    }
    assert_eq!(fw().families[h.state().family()].id, "recommerce");
    h.key_press(Key::Num5);
    h.run();
    assert_eq!(
        h.state().assessment().level("second-hand"),
        0,
        "5 is not offered by a ReCommerce track"
    );
    h.key_press(Key::Num4);
    h.key_press(Key::ArrowDown);
    h.key_press(Key::Num1);
    h.run();
    assert_eq!(h.state().assessment().level("second-hand"), 4);
    assert_eq!(h.state().assessment().level("rental"), 1);
    // Save with Ctrl+S, type the path, Enter.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let path = dir.path().join("clavier.json");
    h.get_by_label("Chemin du fichier")
        .type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let saved = Assessment::load(&path, fw()).expect("saved with the keyboard");
    assert_eq!(saved.level("rental"), 1);
    assert_eq!(saved.level("e-commerce"), 3);
}

#[test]
fn export_without_a_dialog_goes_into_the_exports_folder_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    h.state_mut()
        .edit(retail_maturity::assessment::Edit::Retailer(
            "Maison Test".into(),
        ));
    h.state_mut()
        .export_into_folder(retail_maturity::export::Format::Png);
    h.run();
    let files: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    let name = files[0].file_name().unwrap().to_string_lossy().to_string();
    assert!(
        name.starts_with("maison-test-") && name.ends_with("-all.png"),
        "{name}"
    );
    let status = h.state().status().cloned().unwrap();
    let status_text = status.render(h.state().lang());
    assert!(status_text.contains(&name), "{}", status_text);
}

#[test]
fn charts_render_once_until_the_answers_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    let after_start = h.state().results_chart().draws;
    assert!(after_start >= 1);
    for _ in 0..10 {
        h.step();
    }
    assert_eq!(
        h.state().results_chart().draws,
        after_start,
        "no re-render while nothing changes"
    );
    h.get_by_label("2 · Home delivery / lockers").click();
    h.run();
    assert!(h.state().results_chart().draws > after_start);
}

#[test]
fn idle_means_no_repaint_loop() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::FR, dir.path()));
    // Once settled, a frame asks for no further frame.
    let steps = h.try_run().expect("the app settles");
    assert!(steps <= 3, "{steps} frames after settling");
}

#[test]
fn ctrl_plus_zooms_and_the_chart_is_redrawn_sharp() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    let draws = h.state().results_chart().draws;
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(
        (h.ctx.zoom_factor() - 1.1).abs() < 1e-3,
        "{}",
        h.ctx.zoom_factor()
    );
    assert!(
        h.state().results_chart().draws > draws,
        "the chart follows the new pixel size"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.ctx.zoom_factor(), 1.0);
}

#[test]
fn a_date_typed_day_first_is_written_the_files_way_on_leaving_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::FR, dir.path()));
    h.get_by_label("Date (AAAA-MM-JJ)").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Date (AAAA-MM-JJ)").type_text("14/03/2025");
    h.run();
    assert_eq!(h.state().assessment().date.as_deref(), Some("14/03/2025"));
    h.get_by_label("date invalide");
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(h.state().assessment().date.as_deref(), Some("2025-03-14"));
    assert!(h.query_by_label("date invalide").is_none());
}

#[test]
fn a_version_1_file_opens_upgraded_says_so_and_saves_as_version_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("morel.json");
    let v1 = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/ok-version-1.json"
    );
    std::fs::copy(v1, &path).unwrap();
    let mut h = harness(retail_maturity::gui::Options {
        open: Some(path.clone()),
        ..options(Lang::EN, dir.path())
    });
    let status = h.state().status().cloned().unwrap();
    let status_text = status.render(h.state().lang());
    assert!(
        !status.error
            && status_text.contains("format version 1, upgraded: saving writes version 3"),
        "{}",
        status_text
    );
    h.get_by_label_contains("format version 1, upgraded");
    assert!(
        !h.state().title().starts_with("* "),
        "opening is not a change"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        std::fs::read(v1).unwrap(),
        "the file on disk is untouched until saved"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let (saved, version) = Assessment::load_versioned(&path, fw()).unwrap();
    assert_eq!(version, 3);
    assert_eq!(saved.answer("digital-influencers").unwrap().in_store, None);
    assert_eq!(saved.answer("e-commerce").unwrap().in_store, Some(true));
}

#[test]
fn the_in_store_answer_is_yes_no_or_not_answered_yet() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    let in_store = |h: &Harness<'static, App>| {
        h.state()
            .assessment()
            .answer("e-commerce")
            .unwrap()
            .in_store
    };
    assert_eq!(in_store(&h), None, "a new assessment has not answered it");
    h.get_by_label_contains("In store: Home delivery");
    for (click, expected) in [
        ("yes", Some(true)),
        ("no", Some(false)),
        ("not answered yet", None),
    ] {
        h.get_by_label(click).click();
        h.run();
        assert_eq!(in_store(&h), expected, "after clicking {click:?}");
    }
    h.get_by_label("yes").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(in_store(&h), None, "undone");
}

#[test]
fn a_key_answer_shows_its_score_in_the_frame_of_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    h.get_by_label(&format!("{} / 100", number(0.0, Lang::EN)));
    // One frame: the key's press. The ladder applies it before the results are drawn.
    h.event(egui::Event::Key {
        key: Key::Num5,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
    let expected = number(100.0 / 15.0, Lang::EN);
    h.get_by_label(&format!("{expected} / 100"));
}

#[test]
fn each_view_offers_the_exports_of_the_one_table() {
    use retail_maturity::export::{Format, SubjectKind};
    assert_eq!(
        SubjectKind::Team.formats(),
        &Format::ALL,
        "the team has its SVG"
    );
    assert!(!SubjectKind::Portfolio.offers(Format::Pdf));
    let dir = tempfile::tempdir().unwrap();
    let team: Vec<PathBuf> = ["claire", "julien", "sophie"]
        .iter()
        .map(|n| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("data/examples/team/dupont-2026-{n}.json"))
        })
        .collect();
    let mut o = options(Lang::EN, dir.path());
    o.compare = team;
    let mut h = harness(o);
    h.get_by_label("Consolidate as a team").click();
    h.run();
    for f in SubjectKind::Team.formats() {
        let name = if *f == Format::Pdf {
            "Report"
        } else {
            f.short_name()
        };
        assert!(
            h.query_by_label(name).is_some(),
            "the Team view offers {name}"
        );
    }
}
