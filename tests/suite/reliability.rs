//! The red team's classes, round three: an input never overwritten, a template kept in its
//! folder and within its budget, no panic of the PDF engine reaching the user, text that costs
//! time and memory linear in its length and never disappears, ids and messages that name things.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Runs the binary in `dir` in English with `env`; fails if it has not ended within two minutes.
fn run_env(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_retail-maturity"));
    c.current_dir(dir)
        .env("LANG", "en_GB.UTF-8")
        .args(args)
        .arg("--lang")
        .arg("en")
        .stdin(Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(c.output().expect("the binary runs"));
    });
    rx.recv_timeout(Duration::from_secs(120))
        .unwrap_or_else(|_| panic!("{args:?} did not end: it hangs"))
}

fn run(dir: &Path, args: &[&str]) -> Output {
    run_env(dir, &[], args)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn example_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("data/examples/{name}.json"))
}

fn example() -> Value {
    serde_json::from_slice(&std::fs::read(example_path("maison-dupont-2026")).unwrap()).unwrap()
}

/// Writes `a` to `dir/name`, returning its path as text.
fn write(dir: &Path, name: &str, a: &Value) -> String {
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_vec_pretty(a).unwrap()).unwrap();
    p.display().to_string()
}

/// The example with `note` on its first track.
fn with_note(note: &str) -> Value {
    let mut a = example();
    a["tracks"][0]["note"] = json!(note);
    a
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

// 1. Data loss.

#[test]
fn force_never_overwrites_a_file_the_command_reads_whatever_its_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let input = write(d, "in.json", &example());
    let before = std::fs::read(&input).unwrap();
    std::os::unix::fs::symlink(d.join("in.json"), d.join("link.json")).unwrap();
    std::fs::hard_link(d.join("in.json"), d.join("hard.json")).unwrap();
    for out in [
        "in.json",
        "./in.json",
        "link.json",
        "hard.json",
        "sub/../in.json",
    ] {
        std::fs::create_dir_all(d.join("sub")).unwrap();
        let o = run(d, &["export", "in.json", "--json", out, "--force"]);
        assert_eq!(o.status.code(), Some(1), "export --json {out}");
        assert!(
            stderr(&o).contains("never overwritten"),
            "{out}: {}",
            stderr(&o)
        );
        assert_eq!(
            std::fs::read(&input).unwrap(),
            before,
            "{out} replaced the input"
        );
    }
    // The same for every command that reads files and writes others.
    let team = example_path("maison-dupont-2025").display().to_string();
    for args in [
        vec!["consolidate", "in.json", &team, "-o", "in.json", "--force"],
        vec!["compare", "in.json", &team, "--csv", "link.json", "--force"],
        vec!["report", "in.json", "--pdf", "hard.json", "--force"],
        vec!["portfolio", ".", "--csv", "in.json", "--force"],
    ] {
        let o = run(d, &args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("never overwritten"),
            "{args:?}: {}",
            stderr(&o)
        );
        assert_eq!(
            std::fs::read(&input).unwrap(),
            before,
            "{args:?} replaced the input"
        );
    }
}

#[test]
fn a_dash_is_refused_as_an_output_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.json", &example());
    for args in [
        vec!["new", "-o", "-"],
        vec!["export", input.as_str(), "--csv", "-"],
    ] {
        let o = run(dir.path(), &args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&o).contains("`-` is not a file name"),
            "{}",
            stderr(&o)
        );
        assert!(
            !dir.path().join("-").exists(),
            "{args:?} wrote a file named -"
        );
    }
}

#[test]
fn a_file_given_twice_to_consolidate_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let team = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/examples/team");
    let claire = team.join("dupont-2026-claire.json").display().to_string();
    let julien = team.join("dupont-2026-julien.json").display().to_string();
    std::os::unix::fs::symlink(&claire, d.join("claire-again.json")).unwrap();
    let o = run(
        d,
        &[
            "consolidate",
            &claire,
            &julien,
            "claire-again.json",
            "--json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("given twice"), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["respondents"].as_array().map(Vec::len), Some(2), "{v}");
}

#[test]
fn a_consolidation_of_a_hundred_talkative_respondents_opens_again() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut files = Vec::new();
    for i in 0..100 {
        let mut a = example();
        a["assessor"] = json!(format!("Respondent {i}"));
        for t in a["tracks"].as_array_mut().unwrap() {
            t["note"] = json!(format!(
                "{i}: {}",
                "Constat détaillé du magasin. ".repeat(40)
            ));
        }
        files.push(write(d, &format!("r{i}.json"), &a));
    }
    let mut args = vec!["consolidate"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["-o", "team.json"]);
    let o = run(d, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    let size = std::fs::metadata(d.join("team.json")).unwrap().len();
    assert!(
        size <= 4 * 1024 * 1024,
        "{size} bytes: over what the app opens"
    );
    let v = run(d, &["validate", "team.json"]);
    assert!(
        v.status.success(),
        "the consolidation is refused: {}",
        stderr(&v)
    );
}

// 2. A template in its folder.

#[test]
fn a_template_reads_nothing_outside_its_folder_through_a_link_or_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("secret.txt"), "SECRET-OUTSIDE").unwrap();
    std::fs::create_dir(d.join("tpl")).unwrap();
    std::os::unix::fs::symlink(d.join("secret.txt"), d.join("tpl/link.txt")).unwrap();
    let input = write(d, "in.json", &example());
    for (name, source) in [
        ("link.typ", "#read(\"link.txt\")"),
        ("dots.typ", "#read(\"../secret.txt\")"),
        ("abs.typ", "#read(\"/../secret.txt\")"),
    ] {
        std::fs::write(d.join("tpl").join(name), source).unwrap();
        let template = format!("tpl/{name}");
        let o = run(
            d,
            &[
                "report",
                &input,
                "--template",
                &template,
                "--pdf",
                "out.pdf",
            ],
        );
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        assert!(
            !stderr(&o).contains("--root"),
            "an option we lack: {}",
            stderr(&o)
        );
        assert!(!d.join("out.pdf").exists(), "{name} made a report");
    }
    // What the folder holds is read.
    std::fs::write(d.join("tpl/logo.txt"), "INSIDE").unwrap();
    std::fs::write(d.join("tpl/ok.typ"), "#read(\"logo.txt\")").unwrap();
    let o = run(
        d,
        &[
            "report",
            &input,
            "--template",
            "tpl/ok.typ",
            "--pdf",
            "out.pdf",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_template_that_is_not_utf8_is_called_a_template() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.json", &example());
    std::fs::write(dir.path().join("latin1.typ"), b"= Rapport \xe9t\xe9\n").unwrap();
    let o = run(dir.path(), &["report", &input, "--template", "latin1.typ"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("latin1.typ") && err.contains("report template"),
        "{err}"
    );
    assert!(!err.contains("JSON"), "{err}");
}

// 3. Budgets.

#[test]
fn a_template_past_its_budget_is_stopped_and_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let input = write(d, "in.json", &example());
    for (name, source, said) in [
        (
            "loop.typ",
            "#for i in range(100000) { for j in range(100000) { [] } }",
            "ran past 2 seconds",
        ),
        (
            "memory.typ",
            "#let s = \"x\" * 2000000000\n#s",
            "MiB of memory",
        ),
        (
            "pages.typ",
            "#for i in range(600) { pagebreak() }",
            "more than 500 pages",
        ),
        ("brackets.typ", &"[".repeat(300_000), "was stopped"),
    ] {
        std::fs::write(d.join(name), source).unwrap();
        let started = std::time::Instant::now();
        let env = [("RETAIL_MATURITY_REPORT_SECONDS", "2")];
        let o = run_env(
            d,
            &env,
            &["report", &input, "--template", name, "--pdf", "x.pdf"],
        );
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains(name) && err.contains(said), "{name}: {err}");
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{name} was not stopped in time"
        );
        assert!(!d.join("x.pdf").exists(), "{name} wrote a report");
    }
}

#[test]
fn long_notes_of_any_script_reach_the_report_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (name, note) in [
        ("cjk.json", "漢字仮名交じり文".repeat(15_000)),
        ("e-acute.json", "é".repeat(50_000)),
        ("arabic.json", "العربية".repeat(10_000)),
        ("combining.json", format!("a{}", "\u{301}".repeat(20_000))),
    ] {
        let input = write(d, name, &with_note(&note));
        let pdf = format!("{name}.pdf");
        let started = std::time::Instant::now();
        let o = run(d, &["report", &input, "--pdf", &pdf]);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{name}: too slow"
        );
        assert!(d.join(&pdf).is_file());
    }
}

// 4. The engine's panic, caught.

#[test]
fn the_pdf_engines_panic_on_a_long_word_is_a_message_never_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let input = write(d, "in.json", &example());
    std::fs::write(d.join("word.typ"), "#(\"é\" * 50000)").unwrap();
    let o = run(
        d,
        &["report", &input, "--template", "word.typ", "--pdf", "x.pdf"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("word.typ") && err.contains("64 KiB"), "{err}");
    assert!(
        !err.contains("panicked"),
        "the panic reached the user: {err}"
    );
    assert!(!d.join("x.pdf").exists());
}

// 6. Text that never disappears.

#[test]
fn a_character_no_font_has_is_printed_visibly_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut a = example();
    // A private-use character of the last plane: no font has it.
    a["retailer"] = json!("Maison \u{10FFFD} Dupont");
    let input = write(d, "in.json", &a);
    let o = run(d, &["report", &input, "--pdf", "out.pdf"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("no font"), "not said: {}", stderr(&o));
    let plain = run(
        d,
        &[
            "report",
            &write(d, "plain.json", &example()),
            "--pdf",
            "p.pdf",
        ],
    );
    assert!(!stderr(&plain).contains("no font"), "{}", stderr(&plain));
}

#[test]
fn bidirectional_controls_never_reach_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut a = example();
    a["retailer"] = json!("Shop \u{202E}live\u{202C} and \u{2067}more\u{2069}");
    let input = write(d, "in.json", &a);
    let o = run(
        d,
        &["export", &input, "--csv", "out.csv", "--svg", "out.svg"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    for f in ["out.csv", "out.svg"] {
        let text = std::fs::read_to_string(d.join(f)).unwrap();
        assert!(text.contains("live"), "{f} lost the text");
        for c in ['\u{202E}', '\u{202C}', '\u{2067}', '\u{2069}'] {
            assert!(!text.contains(c), "{f} carries {c:?}");
        }
    }
    let score = run(d, &["score", &input]);
    let out = String::from_utf8_lossy(&score.stdout);
    assert!(out.contains("live") && !out.contains('\u{202E}'), "{out}");
}

// 7. Validation and messages.

#[test]
fn framework_ids_equal_but_for_case_or_normalisation_are_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let builtin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/framework.json");
    let framework: Value = serde_json::from_slice(&std::fs::read(builtin).unwrap()).unwrap();
    let input = write(d, "in.json", &example());
    let first = framework["families"][0]["id"].as_str().unwrap().to_string();
    for (name, other) in [
        ("case.json", first.to_uppercase()),
        ("nfc.json", "cafe\u{301}".to_string()),
    ] {
        let mut f = framework.clone();
        if name == "nfc.json" {
            f["families"][0]["id"] = json!("caf\u{e9}");
        }
        f["families"][1]["id"] = json!(other);
        let fw = write(d, name, &f);
        let o = run(d, &["--framework", &fw, "validate", &input]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("duplicate family id"),
            "{name}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn a_workbook_of_a_note_over_excels_cell_limit_is_made_with_the_note_cut() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let input = write(d, "in.json", &with_note(&"Observation. ".repeat(4_000)));
    let o = run(d, &["export", &input, "--xlsx", "out.xlsx"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(d.join("out.xlsx").is_file());
}

#[test]
fn consolidating_mixed_retailers_or_versions_names_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut other = example();
    other["retailer"] = json!("Chez Martin");
    let a = write(d, "dupont.json", &example());
    let b = write(d, "martin.json", &other);
    let o = run(d, &["consolidate", &a, &b]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("dupont.json") && err.contains("martin.json"),
        "{err}"
    );
    let mut old = example();
    old["framework"]["version"] = json!("0.9");
    let c = write(d, "old.json", &old);
    let o = run(d, &["consolidate", &a, &c]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("old.json"), "{}", stderr(&o));
    assert_eq!(files_in(d), ["dupont.json", "martin.json", "old.json"]);
}

#[cfg(feature = "gui")]
#[test]
fn a_damaged_autosave_stays_said_when_a_file_opens_at_start() {
    use egui_kittest::kittest::Queryable;
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("autosave.json"), "{ damaged").unwrap();
    let mut o = crate::common::options(retail_maturity::Lang::EN, data.path());
    o.data_dir = Some(data.path().to_path_buf());
    o.open = Some(example_path("maison-dupont-2026"));
    let mut h = crate::common::harness(o);
    h.run();
    h.get_by_label_contains("Unreadable autosave");
}
