//! Never lose work in the app: undo/redo, unsaved-changes questions, autosave and recovery.
#![cfg(feature = "gui")]

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use retail_maturity::Lang;
use retail_maturity::gui::settings::Settings;
use retail_maturity::gui::{App, Options};
use std::path::Path;

fn harness(data: Option<&Path>, exports: &Path) -> Harness<'static, App> {
    let app = App::new(
        Options {
            lang: Some(Lang::EN),
            dialogs: false,
            exports_dir: Some(exports.to_path_buf()),
            data_dir: data.map(Path::to_path_buf),
            ..Options::default()
        },
        Settings::default(),
    );
    // Steps of a quarter second, so that edits settle into undo steps and autosaves quickly.
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(0.25)
        .build_ui_state(|ui, app: &mut App| app.show(ui), app);
    h.run();
    h
}

/// Ctrl+S; when the in-app file panel asks where (no file yet), types `path` and confirms.
fn save_with_ctrl_s(h: &mut Harness<'static, App>, path: &Path) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    if h.state().file_panel().is_some() {
        h.get_by_label("File path")
            .type_text(&path.display().to_string());
        h.run();
        h.key_press(Key::Enter);
        h.run();
    }
}

fn settle(h: &mut Harness<'static, App>) {
    for _ in 0..10 {
        h.step();
    }
}

#[test]
fn undo_and_redo_walk_back_and_forth_through_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(None, dir.path());
    h.get_by_label("2 · Home delivery / lockers").click();
    h.run();
    settle(&mut h);
    h.get_by_label("4 · Sales via a third-party marketplace or e-commerce site")
        .click();
    h.run();
    settle(&mut h);
    assert_eq!(h.state().assessment().level("e-commerce"), 4);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().assessment().level("e-commerce"), 2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().assessment().answer("e-commerce").unwrap().level,
        None
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().assessment().level("e-commerce"), 2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(h.state().assessment().level("e-commerce"), 4);
}

#[test]
fn new_with_unsaved_changes_asks_and_cancel_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(None, dir.path());
    h.get_by_label("3 · Click and collect").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().assessment().level("e-commerce"), 3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    // No file yet: Save asks where (the in-app panel), and New waits.
    assert!(h.state().file_panel().is_some());
    assert_eq!(h.state().assessment().level("e-commerce"), 3);
    let path = dir.path().join("kept.json");
    h.get_by_label("File path")
        .type_text(&path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(path.is_file());
    // Saved: New goes ahead without a question.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(h.state().confirming().is_none());
    assert_eq!(h.state().assessment().level("e-commerce"), 0);
}

#[test]
fn work_is_autosaved_and_offered_back_after_a_crash() {
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    {
        let mut h = harness(Some(data.path()), exports.path());
        h.get_by_label("5 · Direct-to-consumer (DTC) sales via a dedicated website or mobile app")
            .click();
        h.run();
        h.state_mut()
            .edit(retail_maturity::assessment::Edit::Retailer(
                "Crash Test".into(),
            ));
        settle(&mut h);
        h.state().autosave().unwrap().flush();
        assert!(
            data.path().join("autosave.json").is_file(),
            "autosaved within a few seconds"
        );
        // The harness is dropped without saving: as if the app had been killed.
    }
    let mut h = harness(Some(data.path()), exports.path());
    assert!(h.state().recovery_offered());
    h.get_by_label("Unsaved work found");
    // What was found, so that the user can tell whether it is worth restoring.
    h.get_by_label_contains("Crash Test, ");
    h.get_by_label("never saved");
    h.get_by_label("1 / 17");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().assessment().retailer, "Crash Test");
    assert_eq!(h.state().assessment().level("e-commerce"), 5);
    assert!(
        h.state().document().is_dirty(),
        "restored work is still unsaved"
    );
    // Once saved, the autosave is gone.
    let path = exports.path().join("saved.json");
    save_with_ctrl_s(&mut h, &path);
    settle(&mut h);
    h.state().autosave().unwrap().flush();
    assert!(!data.path().join("autosave.json").exists());
}

#[test]
fn a_corrupt_autosave_is_reported_and_the_app_starts_clean() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("autosave.json"), b"\x00\xff garbage").unwrap();
    let exports = tempfile::tempdir().unwrap();
    let h = harness(Some(data.path()), exports.path());
    assert!(!h.state().recovery_offered());
    let status = h.state().status().cloned().unwrap();
    let status_text = status.render(h.state().lang());
    assert!(
        status.error && status_text.contains("autosave.json"),
        "{}",
        status_text
    );
}

#[test]
fn save_as_onto_another_existing_file_asks_before_replacing_it() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("someone-else.json");
    std::fs::write(&other, "precious").unwrap();
    let mut h = harness(None, dir.path());
    h.get_by_label("1 · Affiliation / dropshipping").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    h.get_by_label("File path")
        .type_text(&other.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        "precious",
        "not replaced without asking"
    );
    h.get_by_label_contains("already exists. Save again to replace it.");
    h.get_by_label("Save").click();
    h.run();
    assert_ne!(std::fs::read_to_string(&other).unwrap(), "precious");
    assert_eq!(h.state().document().path.as_deref(), Some(other.as_path()));
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(None, dir.path());
    h.get_by_label("3 · Click and collect").click();
    h.run();
    let close = |h: &mut Harness<'static, App>| {
        h.input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        h.run();
    };
    close(&mut h);
    assert!(!h.state().may_close(), "the close is held back");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().may_close());
    assert_eq!(h.state().assessment().level("e-commerce"), 3);
    close(&mut h);
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.state().may_close(), "discarding lets the window close");
}

#[test]
fn a_half_typed_date_survives_a_crash_and_is_not_saved_until_it_is_a_date() {
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    {
        let mut h = harness(Some(data.path()), exports.path());
        h.get_by_label("3 · Click and collect").click();
        h.run();
        h.state_mut()
            .edit(retail_maturity::assessment::Edit::Date(Some(
                "14/03/20".into(),
            )));
        settle(&mut h);
        h.state().autosave().unwrap().flush();
    }
    let mut h = harness(Some(data.path()), exports.path());
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().assessment().date.as_deref(), Some("14/03/20"));
    assert_eq!(h.state().assessment().level("e-commerce"), 3);
    h.get_by_label("invalid date");

    // Saving now would write a file the app refuses to open: it says why and writes nothing.
    let path = exports.path().join("dated.json");
    save_with_ctrl_s(&mut h, &path);
    assert!(!path.exists());
    let status = h.state().status().cloned().unwrap();
    let status_text = status.render(h.state().lang());
    assert!(
        status.error && status_text.contains("14/03/20") && status_text.contains("YYYY-MM-DD"),
        "{}",
        status_text
    );
    assert!(h.state().document().is_dirty());

    h.state_mut()
        .edit(retail_maturity::assessment::Edit::Date(Some(
            "2025-03-14".into(),
        )));
    h.run();
    save_with_ctrl_s(&mut h, &path);
    let reopened = retail_maturity::Assessment::load(&path, retail_maturity::Framework::builtin())
        .expect("the saved file opens");
    assert_eq!(reopened.date.as_deref(), Some("2025-03-14"));
}

/// Changed settings are written to the data folder; when they cannot be, the status bar says
/// so once, and nothing is retried until they change again.
#[test]
fn settings_are_written_and_a_failure_is_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let mut h = harness(Some(&data), dir.path());
    h.state_mut()
        .command(retail_maturity::gui::command::Command::SetLang(Lang::FR));
    h.run();
    h.state_mut().keep_settings_saved();
    let written = std::fs::read_to_string(data.join("settings.json")).unwrap();
    assert!(written.contains("\"fr\""), "{written}");

    // A data "folder" that is a file: the settings cannot be written there.
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "a file").unwrap();
    let mut h = harness(Some(&blocked), dir.path());
    h.state_mut()
        .command(retail_maturity::gui::command::Command::SetLang(Lang::FR));
    h.run();
    h.state_mut().clear_status();
    h.state_mut().keep_settings_saved();
    assert!(h.state().status().is_some_and(|s| s.error), "said");
    h.state_mut().clear_status();
    h.state_mut().keep_settings_saved();
    assert!(h.state().status().is_none(), "said once, not every frame");
}
