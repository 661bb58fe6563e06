//! The desktop journey as a new user meets it (issue #16): laptop sizes, first start and
//! reopening, help and quit, suggestions, wording, the progress counter, errors that go with
//! their cause, the keyboard, and the CSV for French Excel.
#![cfg(feature = "gui")]

use crate::common::{harness, options};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use retail_maturity::gui::settings::Settings;
use retail_maturity::gui::{App, Options};
use retail_maturity::{Assessment, Framework, Lang};
use std::path::{Path, PathBuf};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/examples")
        .join(format!("{name}.json"))
}

fn sized(options: Options, settings: Settings, w: f32, h: f32) -> Harness<'static, App> {
    let app = App::new(options, settings);
    let mut h = Harness::builder()
        .with_size(egui::vec2(w, h))
        .build_ui_state(|ui, app: &mut App| app.show(ui), app);
    h.run();
    h
}

fn text_field<'a>(h: &'a Harness<'static, App>, label: &'a str) -> egui::Rect {
    h.get(By::new().label(label).role(Role::TextInput)).rect()
}

#[test]
fn at_1024_by_700_the_fields_and_the_level_texts_have_room() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = options(Lang::FR, dir.path());
    o.open = Some(example("maison-dupont-2026"));
    let h = sized(o, Settings::default(), 1024.0, 700.0);
    let retailer = text_field(&h, "Enseigne");
    let date = text_field(&h, "Date (AAAA-MM-JJ)");
    assert!(
        retailer.width() >= 200.0,
        "the retailer field is {} px wide",
        retailer.width()
    );
    assert!(
        date.width() >= 90.0,
        "the date field is {} px",
        date.width()
    );
    // A level's text takes at most two lines.
    let level = h
        .get_by_label("5 · Vente directe (DTC) via un site ou une app mobile dédiée")
        .rect();
    let line = h
        .get_by_label("1 · Affiliation / Dropshipping")
        .rect()
        .height();
    assert!(
        level.height() <= line * 2.2,
        "a level text of {} px for lines of {line} px",
        level.height()
    );
    // The chart keeps the rest, wider than the questionnaire is narrow.
    assert!(retailer.right() < 1024.0 * 0.75);
}

#[test]
fn restarting_reopens_the_last_file_and_a_missing_one_starts_blank() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dupont.json");
    std::fs::copy(example("maison-dupont-2025"), &file).unwrap();
    let mut settings = Settings::default();
    settings.remember(&file);
    let mut o = options(Lang::EN, dir.path());
    o.reopen_last = true;
    let h = sized(o.clone(), settings.clone(), 1280.0, 800.0);
    assert_eq!(h.state().document().path.as_deref(), Some(file.as_path()));
    assert_eq!(h.state().assessment().retailer, "Maison Dupont");
    assert!(!h.state().document().is_dirty());
    assert!(h.state().title().starts_with("dupont.json"));

    std::fs::remove_file(&file).unwrap();
    let h = sized(o, settings, 1280.0, 800.0);
    assert_eq!(
        h.state().document().path,
        None,
        "a file gone is not reopened"
    );
    assert!(
        h.state().status().is_none(),
        "and it is not an error to report"
    );
}

#[test]
fn a_first_start_welcomes_with_the_examples_and_only_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = options(Lang::EN, dir.path());
    o.first_start = true;
    let mut h = sized(o.clone(), Settings::default(), 1280.0, 800.0);
    h.get_by_label("Welcome");
    h.get_by_label("New assessment");
    h.get_by_label_contains("The maturity score (0 to 100)");
    h.get_by_label("maison-dupont-2026").click();
    h.run();
    assert!(!h.state().welcome_open());
    assert_eq!(h.state().assessment().retailer, "Maison Dupont");
    assert_eq!(h.state().assessment().date.as_deref(), Some("2026-03-10"));
    assert!(
        !h.state().document().is_dirty(),
        "an example is not a change"
    );
    assert!(h.state().title().contains("maison-dupont-2026 (example)"));
    assert!(h.state().settings().welcomed);

    // The next start, with the settings this one saves, goes straight to work.
    let settings = h.state().settings().clone();
    let h = sized(o, settings, 1280.0, 800.0);
    assert!(!h.state().welcome_open());
    assert!(h.query_by_label("Welcome").is_none());
}

#[test]
fn help_explains_the_table_and_the_scores_from_the_framework() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::FR, dir.path()));
    h.key_press(Key::F1);
    h.run();
    h.get_by_label("Lire le tableau");
    h.get_by_label_contains("ReCommerce a une échelle par piste");
    // The stages as the framework file names and bounds them.
    for stage in &Framework::builtin().stages {
        let name = stage.name.get(Lang::FR);
        assert!(h.query_all_by_label_contains(name).count() >= 1, "{name}");
    }
    h.get_by_label("Clavier");
    h.get_by_label("Où sont les fichiers");
    h.key_press(Key::F1);
    h.run();
    assert!(h.query_by_label("Lire le tableau").is_none());
}

#[test]
fn quit_asks_about_unsaved_changes_and_closes_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    assert!(h.state().may_close(), "nothing to lose: Ctrl+Q closes");

    let mut h = harness(options(Lang::EN, dir.path()));
    h.key_press(Key::Num3);
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Quit").click();
    h.run();
    assert!(!h.state().may_close(), "unsaved changes: asked first");
    assert!(h.state().confirming().is_some());
}

#[test]
fn without_targets_the_roadmap_suggests_next_steps_that_a_click_makes_targets() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = options(Lang::EN, dir.path());
    o.open = Some(example("boutique-lumiere-2025"));
    let mut h = harness(o);
    assert!(!h.state().scorecard().has_targets);
    h.get_by_label("Roadmap").click();
    h.run();
    h.get_by_label("No target set: suggested next steps");
    // The first suggestion is the lowest family's next level.
    let suggestions =
        retail_maturity::plan::action_plan(Framework::builtin(), h.state().scorecard(), Lang::EN);
    let first = suggestions.first().expect("a suggestion").clone();
    assert!(first.suggested);
    let button = format!("Make level {} the target", first.next);
    h.get_all_by_label(&button).next().unwrap().click();
    h.run();
    assert_eq!(
        h.state().assessment().answer(&first.track).unwrap().target,
        Some(first.next)
    );
    assert!(h.state().scorecard().has_targets);
    assert!(
        h.query_by_label("No target set: suggested next steps")
            .is_none()
    );
}

#[test]
fn notes_show_in_the_results_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    h.state_mut().edit(retail_maturity::assessment::Edit::Note {
        track: "pre-sales".into(),
        note: "Deposit pilot in Lyon".into(),
    });
    h.run();
    h.get_by_label("Table").click();
    h.run();
    // Under its family's row, as a cell of the table: "Note: …".
    let shown = h
        .query_all_by_value("Note: Deposit pilot in Lyon")
        .any(|n| n.accesskit_node().role() == Role::Label);
    assert!(shown, "the note is in the results table");
}

#[test]
fn the_status_bar_speaks_the_language_chosen_after_it_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.json");
    std::fs::write(&bad, "{ \"format\": ").unwrap();
    let mut o = options(Lang::FR, dir.path());
    o.open = Some(bad);
    let mut h = harness(o);
    assert!(
        h.state()
            .status_text()
            .unwrap()
            .starts_with("Impossible d'ouvrir")
    );
    h.get_by_label("English").click();
    h.run_steps(8);
    let now = h.state().status_text().unwrap();
    assert!(now.starts_with("Cannot open"), "{now}");
    assert!(!now.contains("fichier"), "{now}");
}

#[test]
fn french_lists_say_s_o_for_a_family_that_does_not_apply() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = options(Lang::FR, dir.path());
    o.open = Some(example("maison-dupont-2026"));
    let mut h = harness(o);
    h.get_by_label("Tableau").click();
    h.run();
    assert!(h.query_all_by_label("s.o.").count() >= 1);
    assert!(h.query_all_by_label("n/a").next().is_none());
}

fn counter(h: &Harness<'static, App>) -> String {
    h.get_by_label_contains("Tracks answered")
        .value()
        .unwrap_or_default()
}

#[test]
fn the_progress_counter_leaves_out_families_that_do_not_apply() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    assert_eq!(counter(&h), "Tracks answered: 0 / 17");
    let fw = Framework::builtin();
    use retail_maturity::assessment::Edit;
    h.state_mut().edit(Edit::NotApplicable {
        family: "voice-commerce-iot".into(),
        not_applicable: true,
    });
    for (_, t) in fw.tracks() {
        if t.id != "voice-commerce-iot" {
            h.state_mut().edit(Edit::Level {
                track: t.id.clone(),
                level: Some(1),
            });
        }
    }
    h.run();
    assert_eq!(counter(&h), "Tracks answered: 16 / 16");
}

#[test]
fn an_error_goes_once_its_cause_is_undone_and_the_chart_never_titles_a_non_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(0.25)
        .build_ui_state(
            |ui, app: &mut App| app.show(ui),
            App::new(options(Lang::EN, dir.path()), Settings::default()),
        );
    h.run();
    h.state_mut()
        .edit(retail_maturity::assessment::Edit::Retailer(
            "Maison Test".into(),
        ));
    for _ in 0..6 {
        h.step();
    }
    let before = h.state().assessment().date.clone();
    h.state_mut()
        .edit(retail_maturity::assessment::Edit::Date(Some(
            "31/02/2026".into(),
        )));
    for _ in 0..6 {
        h.step();
    }
    let chart = By::new().role(Role::Image).label_contains("Maison Test");
    let alt = h.get(chart).accesskit_node().label().unwrap_or_default();
    assert!(
        alt.starts_with("Maison Test.") && !alt.contains("31/02"),
        "the raw text is not a date: {alt}"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let error = h.state().status().cloned().expect("the date is refused");
    assert!(error.error);
    assert!(h.state().document().path.is_none());
    // Undo (outside a text field) takes the date back: the error goes with it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().assessment().date, before);
    assert!(
        h.state().status().is_none_or(|s| !s.error),
        "no error left about a date that is gone"
    );
}

#[test]
fn level_keys_do_nothing_in_a_family_that_does_not_apply() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    h.state_mut()
        .edit(retail_maturity::assessment::Edit::NotApplicable {
            family: "e-commerce".into(),
            not_applicable: true,
        });
    h.run();
    h.key_press(Key::Num3);
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(
        h.state().assessment().answer("e-commerce").unwrap().level,
        None
    );
    assert!(!h.state().scorecard().families[0].applicable);
}

#[test]
fn tab_goes_from_the_menus_to_the_retailer_field_and_shows_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    // The menus and the mode and language switches come first (reading order), then the
    // assessment's fields: the families are not on the way.
    let mut presses = 0;
    while !h
        .get(By::new().label("Retailer").role(Role::TextInput))
        .is_focused()
    {
        h.key_press(Key::Tab);
        h.run();
        presses += 1;
        assert!(
            presses <= 12,
            "the retailer field after the top bar's widgets"
        );
        // Something has the focus, and egui draws a focused widget with its focus stroke.
        let focused = h
            .query(By::new().predicate(|n| n.is_focused()))
            .and_then(|n| n.accesskit_node().label())
            .unwrap_or_default();
        assert!(!focused.is_empty(), "Tab {presses} shows where it is");
        assert!(
            !Framework::builtin()
                .families
                .iter()
                .any(|f| focused.contains(f.name.get(Lang::EN))),
            "Tab {presses} went to the family {focused}"
        );
    }
    assert!(
        presses > 0,
        "the retailer field is reached by Tab, not focused at start"
    );
    // Families are clicked or walked with Page Up / Page Down, not tabbed through.
    h.key_press(Key::Tab);
    h.run();
    assert!(
        h.get(By::new().label("Assessor").role(Role::TextInput))
            .is_focused()
    );
}

#[test]
fn save_as_proposes_the_folder_of_the_last_assessment_not_the_exports() {
    let dir = tempfile::tempdir().unwrap();
    let audits = dir.path().join("audits");
    std::fs::create_dir(&audits).unwrap();
    let last = audits.join("dupont.json");
    std::fs::copy(example("maison-dupont-2025"), &last).unwrap();
    let mut settings = Settings::default();
    settings.remember(&last);
    let exports = dir.path().join("exports");
    let mut h = sized(options(Lang::EN, &exports), settings, 1280.0, 800.0);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    let proposed = PathBuf::from(&h.state().file_panel().expect("the panel").path);
    assert_eq!(proposed.parent(), Some(audits.as_path()));
}

#[test]
fn the_french_app_writes_csv_for_french_excel() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = options(Lang::FR, dir.path());
    o.open = Some(example("maison-dupont-2026"));
    let mut h = harness(o);
    h.state_mut()
        .command(retail_maturity::gui::command::Command::Export(
            retail_maturity::export::SubjectKind::Assessment,
            retail_maturity::export::Format::Csv,
        ));
    h.run();
    let csv = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "csv"))
        .expect("a CSV in the exports folder");
    let text = std::fs::read_to_string(csv).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.contains(";niveau_cible;"), "{header}");
    let ecommerce = lines.next().unwrap();
    assert!(ecommerce.contains(";100,0;"), "decimal comma: {ecommerce}");
    let cells: Vec<&str> = ecommerce.split(';').collect();
    let col = |name: &str| {
        header
            .trim_start_matches('\u{feff}')
            .split(';')
            .position(|c| c == name)
            .unwrap()
    };
    assert_eq!(cells[col("niveau_cible")], "", "no target set: empty");
    let voice = text
        .lines()
        .find(|l| l.starts_with("voice-commerce-iot;"))
        .unwrap();
    let cells: Vec<&str> = voice.split(';').collect();
    assert_eq!(cells[col("score")], "", "does not apply: no score");
    assert_eq!(cells[col("ecart")], "", "does not apply: no gap");
}

/// A file listed twice (two folders) can be told apart in the Compare list.
#[test]
fn the_compare_list_shows_each_files_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = Settings::default();
    for folder in ["paris", "lyon"] {
        let d = dir.path().join(folder);
        std::fs::create_dir(&d).unwrap();
        let f = d.join("dupont.json");
        std::fs::copy(example("maison-dupont-2025"), &f).unwrap();
        settings.remember(&f);
    }
    let mut h = sized(options(Lang::EN, dir.path()), settings, 1280.0, 800.0);
    h.get_by_label("Compare").click();
    h.run();
    let a = Assessment::load(&example("maison-dupont-2025"), Framework::builtin()).unwrap();
    assert!(h.query_all_by_label_contains(&a.retailer).count() >= 2);
    for folder in ["paris", "lyon"] {
        assert!(
            h.query_all_by_label_contains(folder).count() >= 1,
            "{folder} is shown"
        );
    }
}

/// Export › "Use a report template of my own…" keeps the template in the settings; a file that
/// cannot be read is refused and the setting stays as it was.
#[cfg(feature = "report")]
#[test]
fn a_report_template_of_ones_own_is_chosen_in_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("house.typ");
    std::fs::write(
        &template,
        "#set page(paper: \"a4\")\n= #sys.inputs.summary.retailer\n",
    )
    .unwrap();
    let mut h = harness(options(Lang::EN, dir.path()));
    let choose = |h: &mut Harness<'static, App>, path: &Path| {
        h.get_by_label("Export").click();
        h.run();
        h.get_by_label("Use a report template of my own…").click();
        h.run();
        h.get_by_label("File path")
            .type_text(&path.display().to_string());
        h.run();
        h.key_press(Key::Enter);
        h.run();
    };
    choose(&mut h, &dir.path().join("missing.typ"));
    assert!(h.state().status().is_some_and(|s| s.error));
    assert_eq!(h.state().settings().template, None);
    h.state_mut()
        .command(retail_maturity::gui::command::Command::ClosePanel);
    choose(&mut h, &template);
    assert_eq!(
        h.state().settings().template.as_deref(),
        Some(template.as_path())
    );
    assert!(h.state().status_text().unwrap().contains("house.typ"));
    // The next report is made with it.
    let template = h.state().report_template().expect("the template reads");
    assert!(template.is_some_and(|t| t.source.contains("summary.retailer")));
    // Gone since: the next report says so instead of quietly using the built-in one.
    std::fs::remove_file(dir.path().join("house.typ")).unwrap();
    h.state_mut().clear_status();
    h.get_by_label("Export").click();
    h.run();
    h.get_by_label("Report (PDF)…").click();
    h.run();
    assert!(
        h.state().status().is_some_and(|s| s.error),
        "a missing template is said"
    );
}
