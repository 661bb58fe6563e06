//! The journey, round three: what a new user stumbled on — modal windows and the keyboard,
//! comparisons that read as changes, ties, the report's and the workbook's wording, where
//! exports go, and messages in one language.

use retail_maturity::export::{self, Format, Options, Subject};
use retail_maturity::{Assessment, Framework, Lang};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fw() -> &'static Framework {
    Framework::builtin()
}

fn example_path(name: &str) -> PathBuf {
    PathBuf::from(format!(
        "{}/data/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn example(name: &str) -> Assessment {
    Assessment::load(&example_path(name), fw()).unwrap()
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn answers_two_days_apart_give_the_change_not_a_yearly_trend() {
    let team: Vec<String> = ["claire", "julien", "sophie"]
        .iter()
        .map(|n| {
            format!(
                "{}/data/examples/team/dupont-2026-{n}.json",
                env!("CARGO_MANIFEST_DIR")
            )
        })
        .collect();
    let mut args = vec!["compare"];
    args.extend(team.iter().map(String::as_str));
    args.extend(["--lang", "fr"]);
    let out = String::from_utf8_lossy(&cli(&args).stdout).into_owned();
    assert!(out.contains("Écart global"), "{out}");
    assert!(
        !out.contains("Tendance"),
        "no trend from dates two days apart: {out}"
    );
}

#[test]
fn the_best_of_a_family_names_everyone_who_shares_it() {
    let mut a = example("maison-dupont-2025");
    let mut b = example("boutique-lumiere-2025");
    let mut c = example("maison-dupont-2024");
    c.retailer = "Troisième".into();
    for x in [&mut a, &mut b, &mut c] {
        x.answer_mut("private-sales").level = Some(3);
        x.not_applicable.clear();
    }
    a.answer_mut("private-sales").level = Some(1);
    let inputs = vec![
        ("a".to_string(), &a),
        ("b".to_string(), &b),
        ("c".to_string(), &c),
    ];
    let cmp = retail_maturity::compare::Comparison::new(fw(), &inputs);
    let fi = fw()
        .families
        .iter()
        .position(|f| f.id == "private-sales")
        .unwrap();
    let mut best = cmp.best_of(fi);
    best.sort_unstable();
    assert_eq!(best.len(), 2, "a tie names both: {best:?}");
}

#[cfg(feature = "report")]
fn report_text(subject: &Subject<'_>, lang: Lang) -> String {
    let bytes = export::render(fw(), subject, Format::Pdf, &Options::new(lang)).unwrap();
    pdf_extract::extract_text_from_mem(&bytes)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(feature = "report")]
#[test]
fn two_retailers_in_the_report_are_standings_not_changes() {
    let a = example("maison-dupont-2025");
    let b = example("boutique-lumiere-2025");
    let inputs = vec![("a".to_string(), &a), ("b".to_string(), &b)];
    let text = report_text(&Subject::Comparison { inputs: &inputs }, Lang::EN);
    assert!(
        !text.contains("Changes by family"),
        "no change from one retailer to another"
    );
    assert!(text.contains("Levels by family") && text.contains("To the mean"));
}

#[cfg(feature = "report")]
#[test]
fn the_report_says_a_target_level_and_how_complete_the_assessment_is() {
    let a = example("maison-dupont-2025");
    let text = report_text(
        &Subject::Assessment {
            assessment: &a,
            reference: None,
        },
        Lang::FR,
    );
    assert!(text.contains("Niveau cible"), "a target is a level");
    assert!(!text.contains("Score cible 5"), "not a score");
    assert!(
        text.contains("digital-commerce-15"),
        "the framework id is not hyphenated"
    );
    // Most of it unanswered, in-store answers missing: the summary says so.
    let mut sparse = Assessment::blank(fw());
    sparse.retailer = "Épicerie".into();
    for t in [
        "e-commerce",
        "social-commerce",
        "promotional-offers",
        "pre-sales",
        "rental",
    ] {
        sparse.answer_mut(t).level = Some(2);
    }
    let text = report_text(
        &Subject::Assessment {
            assessment: &sparse,
            reference: None,
        },
        Lang::EN,
    );
    assert!(text.contains("5 of 17 questions answered"), "{text}");
    assert!(text.contains("17 in-store answers not given"));
    assert!(text.contains("Most questions are not answered yet"));
}

#[test]
fn the_workbook_gives_no_next_step_to_a_family_that_does_not_apply() {
    use calamine::{Data, Reader, Xlsx};
    let a = example("maison-dupont-2025");
    assert!(a.is_not_applicable("voice-commerce-iot"));
    let bytes = export::render(
        fw(),
        &Subject::Assessment {
            assessment: &a,
            reference: None,
        },
        Format::Xlsx,
        &Options::new(Lang::EN),
    )
    .unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let families = book.worksheet_range("Families").unwrap();
    let row = families
        .rows()
        .find(|r| r[0] == Data::String("Voice commerce & IoT".into()))
        .expect("the voice row");
    assert_eq!(row[6], Data::Empty, "no next level");
    assert!(
        matches!(&row[7], Data::Empty) || row[7] == Data::String(String::new()),
        "no next practice"
    );
}

#[test]
fn messages_are_in_one_language_and_say_what_a_folder_is() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"format\": \"retail-maturity-assessment\",").unwrap();
    let o = cli(&["validate", broken.to_str().unwrap(), "--lang", "fr"]);
    let out = String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr);
    assert!(
        out.contains("tronqué") && !out.contains("EOF") && !out.contains("while"),
        "{out}"
    );
    std::fs::write(&broken, "{\"format\" \"x\"}").unwrap();
    let o = cli(&["validate", broken.to_str().unwrap(), "--lang", "fr"]);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        out.contains("deux-points") && !out.contains("expected"),
        "{out}"
    );
    if Path::new("/proc").is_dir() {
        let o = cli(&["new", "/proc/x.json", "--lang", "en"]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("takes no new file") && !err.contains("no such file"),
            "{err}"
        );
    }
    let missing = dir.path().join("typo").join("x.json");
    let o = cli(&["new", missing.to_str().unwrap(), "--lang", "en"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("its folder does not exist"));
    assert!(!missing.parent().unwrap().exists(), "no folder made");
}

#[cfg(feature = "gui")]
mod app {
    use super::*;
    use crate::common::{harness, options};
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    use retail_maturity::gui::command::Command as AppCommand;

    #[test]
    fn the_welcome_takes_the_keyboard_and_closes_on_escape() {
        let dir = tempfile::tempdir().unwrap();
        let mut o = options(Lang::EN, dir.path());
        o.first_start = true;
        let mut h = harness(o);
        assert!(h.state().welcome_open());
        h.key_press(Key::Num3);
        h.run();
        assert_eq!(
            h.state().assessment().level("e-commerce"),
            0,
            "no answer behind it"
        );
        h.key_press(Key::Escape);
        h.run();
        assert!(!h.state().welcome_open(), "Escape closes it");
        h.key_press(Key::F1);
        h.run();
        assert!(h.state().help_open());
        h.get_by_label_contains("Ctrl+Shift+Z");
        h.key_press(Key::Escape);
        h.run();
        assert!(!h.state().help_open(), "Escape closes the help too");
    }

    #[test]
    fn ctrl_n_over_the_welcome_starts_a_new_assessment() {
        let dir = tempfile::tempdir().unwrap();
        let mut o = options(Lang::EN, dir.path());
        o.first_start = true;
        let mut h = harness(o);
        h.key_press_modifiers(Modifiers::COMMAND, Key::N);
        h.run();
        assert!(!h.state().welcome_open());
        assert!(
            h.state()
                .status_text()
                .unwrap_or_default()
                .contains("New assessment")
        );
    }

    #[test]
    fn down_brings_the_keys_track_into_view() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = retail_maturity_harness(dir.path(), 1024.0, 700.0);
        h.state_mut().command(AppCommand::SelectFamily(6));
        h.run();
        for k in [
            Key::Num2,
            Key::ArrowDown,
            Key::Num0,
            Key::ArrowDown,
            Key::Num1,
        ] {
            h.key_press(k);
            h.run();
        }
        let a = h.state().assessment();
        assert_eq!(
            (
                a.level("second-hand"),
                a.level("rental"),
                a.level("subscription")
            ),
            (2, 0, 1)
        );
        let r = h.get_by_label("1 · To content / an API / data").rect();
        assert!(
            r.top() >= 0.0 && r.bottom() <= 700.0,
            "the answered track is in view: {r:?}"
        );
    }

    fn retail_maturity_harness(
        dir: &Path,
        w: f32,
        height: f32,
    ) -> egui_kittest::Harness<'static, retail_maturity::gui::App> {
        let app = retail_maturity::gui::App::new(
            options(Lang::EN, dir),
            retail_maturity::gui::settings::Settings::default(),
        );
        let mut h = egui_kittest::Harness::builder()
            .with_size(egui::vec2(w, height))
            .build_ui_state(|ui, app: &mut retail_maturity::gui::App| app.show(ui), app);
        h.run();
        h
    }

    #[test]
    fn the_keys_keep_working_after_a_checkbox_is_ticked_with_the_keyboard() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(options(Lang::EN, dir.path()));
        h.get_by_label("This family does not apply to the retailer")
            .focus();
        h.run();
        h.key_press(Key::Space);
        h.run();
        assert!(h.state().assessment().is_not_applicable("e-commerce"));
        h.key_press(Key::PageDown);
        h.run();
        assert_eq!(h.state().family(), 1, "Page Down with the checkbox focused");
        h.key_press(Key::Num2);
        h.run();
        assert_eq!(h.state().assessment().level("social-commerce"), 2);
        // A digit and the arrows while a level's radio has the focus.
        h.get_by_label("3 · Shops on the various social networks (Ftstv, Amazon, IG)")
            .focus();
        h.run();
        h.key_press(Key::ArrowRight);
        h.run();
        assert_eq!(h.state().assessment().level("social-commerce"), 3);
    }

    #[test]
    fn two_retailers_compared_are_not_offered_changes() {
        let dir = tempfile::tempdir().unwrap();
        let mut o = options(Lang::EN, dir.path());
        o.compare = vec![
            example_path("maison-dupont-2025"),
            example_path("boutique-lumiere-2025"),
        ];
        let h = harness(o);
        assert!(h.query_by_label("Changes").is_none(), "no changes chart");
        h.get_by_label("To the mean");
    }

    #[test]
    fn saving_into_a_folder_that_does_not_exist_asks_first() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(options(Lang::EN, dir.path()));
        let target = dir.path().join("typo").join("dupont.json");
        h.key_press_modifiers(Modifiers::COMMAND, Key::S);
        h.run();
        let save = |h: &mut egui_kittest::Harness<'static, retail_maturity::gui::App>| {
            h.get_by_label("File path").focus();
            h.run();
            h.key_press_modifiers(Modifiers::COMMAND, Key::A);
            h.get_by_label("File path")
                .type_text(&target.display().to_string());
            h.run();
            h.key_press(Key::Enter);
            h.run();
        };
        save(&mut h);
        assert!(
            !target.exists() && !target.parent().unwrap().exists(),
            "not yet"
        );
        h.get_by_label_contains("does not exist. Save again to create it.");
        save(&mut h);
        assert!(target.is_file(), "made once agreed");
    }

    #[test]
    fn exports_go_beside_the_assessment_and_the_status_says_the_whole_path() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("dupont.json");
        std::fs::copy(example_path("maison-dupont-2025"), &file).unwrap();
        let mut o = options(Lang::EN, dir.path());
        o.exports_dir = None;
        o.open = Some(file.clone());
        let mut h = harness(o);
        h.state_mut().command(AppCommand::Export(
            retail_maturity::export::SubjectKind::Assessment,
            retail_maturity::export::Format::Csv,
        ));
        h.run();
        let csv = dir.path().join("maison-dupont-2025-03-12-results.csv");
        assert!(
            csv.is_file(),
            "{}",
            h.state().status_text().unwrap_or_default()
        );
        let status = h.state().status_text().unwrap();
        assert!(status.contains(&csv.display().to_string()), "{status}");
        h.get_by_label("Open the folder");
    }
}

#[cfg(feature = "gui")]
#[test]
fn the_recovery_counts_the_tracks_as_the_status_bar_does() {
    use egui_kittest::kittest::Queryable;
    let data = tempfile::tempdir().unwrap();
    let a = example("maison-dupont-2025");
    assert!(a.is_not_applicable("voice-commerce-iot"));
    let snapshot = serde_json::json!({
        "format": "retail-maturity-autosave",
        "version": 1,
        "saved_at": "2026-12-01T10:00:00+01:00",
        "file": null,
        "assessment": a,
    });
    std::fs::write(data.path().join("autosave.json"), snapshot.to_string()).unwrap();
    let mut o = crate::common::options(Lang::EN, data.path());
    o.data_dir = Some(data.path().to_path_buf());
    let h = crate::common::harness(o);
    assert!(h.state().recovery_offered());
    h.get_by_label("16 / 16");
}
