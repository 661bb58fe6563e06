//! One export pipeline: the app and the command line make the same bytes for the same export,
//! and every message follows the user's language (the French app shows a failed load in French).
#![cfg(feature = "gui")]

use crate::common::{harness, options};
use retail_maturity::Lang;
use retail_maturity::export::Format;
use retail_maturity::gui::Options;
use std::path::{Path, PathBuf};
use std::process::Command;

fn example(name: &str) -> PathBuf {
    PathBuf::from(format!(
        "{}/data/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
        .args(args)
        .output()
        .unwrap()
}

fn run_ok(args: &[&str]) {
    let o = cli(args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn the_app_and_the_command_line_export_one_assessment_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let file = example("maison-dupont-2025");
    let h = harness(Options {
        open: Some(file.clone()),
        ..options(Lang::FR, dir.path())
    });
    let out = |ext: &str| dir.path().join(format!("cli.{ext}"));
    let s = |p: &Path| p.display().to_string();
    let f = s(&file);
    // The French app's CSV: semicolons and decimal commas.
    run_ok(&[
        "export",
        &f,
        "--lang",
        "fr",
        "--json",
        &s(&out("json")),
        "--png",
        &s(&out("png")),
        "--svg",
        &s(&out("svg")),
        "--csv",
        &s(&out("csv")),
        "--delimiter",
        "semicolon",
        "--decimal",
        "comma",
    ]);
    for (format, ext) in [
        (Format::Json, "json"),
        (Format::Csv, "csv"),
        (Format::Png, "png"),
        (Format::Svg, "svg"),
    ] {
        let app = h.state().export_bytes(format).unwrap();
        assert_eq!(app, std::fs::read(out(ext)).unwrap(), "{ext} differs");
    }
}

#[test]
fn the_app_and_the_command_line_export_a_comparison_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let files = [example("maison-dupont-2024"), example("maison-dupont-2026")];
    let h = harness(Options {
        compare: files.to_vec(),
        ..options(Lang::EN, dir.path())
    });
    assert_eq!(h.state().compare_state().picked.len(), 2);
    let png = dir.path().join("cmp.png");
    let csv = dir.path().join("cmp.csv");
    let (a, b) = (
        files[0].display().to_string(),
        files[1].display().to_string(),
    );
    run_ok(&[
        "compare",
        &a,
        &b,
        "--lang",
        "en",
        "--png",
        png.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(
        h.state().comparison_bytes(Format::Png).unwrap().unwrap(),
        std::fs::read(&png).unwrap()
    );
    assert_eq!(
        h.state().comparison_bytes(Format::Csv).unwrap().unwrap(),
        std::fs::read(&csv).unwrap()
    );
    let json = cli(&["compare", &a, &b, "--lang", "en", "--json"]);
    assert_eq!(
        h.state().comparison_bytes(Format::Json).unwrap().unwrap(),
        json.stdout
    );
}

#[test]
fn the_french_app_shows_a_failed_load_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("x-results.json");
    run_ok(&[
        "export",
        &example("maison-dupont-2025").display().to_string(),
        "--json",
        results.to_str().unwrap(),
    ]);
    let mut h = harness(options(Lang::FR, dir.path()));
    h.state_mut().open_path(&results);
    h.run();
    let text = h.state().status_text().unwrap();
    assert!(text.starts_with("Impossible d'ouvrir"), "{text}");
    assert!(text.contains("pas une évaluation"), "{text}");
    assert!(
        !text.contains("this is a") && !text.contains(" not "),
        "no English: {text}"
    );
    // The same message follows the language when it is switched.
    h.state_mut()
        .command(retail_maturity::gui::command::Command::SetLang(Lang::EN));
    h.run();
    let text = h.state().status_text().unwrap();
    assert!(
        text.starts_with("Cannot open") && text.contains("not an assessment"),
        "{text}"
    );
}

#[test]
fn the_command_line_speaks_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\"format\": \"retail-maturity-assessment\", \"version\": 9}",
    )
    .unwrap();
    let b = bad.to_str().unwrap();
    let fr = cli(&["validate", b, "--lang", "fr"]);
    let fr = String::from_utf8_lossy(&fr.stdout);
    assert!(
        fr.contains("invalide") && fr.contains("plus récente"),
        "{fr}"
    );
    let en = cli(&["validate", b, "--lang", "en"]);
    let en = String::from_utf8_lossy(&en.stdout);
    assert!(
        en.contains("invalid") && en.contains("is newer than this build"),
        "{en}"
    );
    let fr = cli(&["score", "/no/such.json", "--lang", "fr"]);
    let fr = String::from_utf8_lossy(&fr.stderr);
    assert!(
        fr.contains("erreur") && fr.contains("impossible d'ouvrir"),
        "{fr}"
    );
}
