//! `consolidate` as a user runs it: one valid assessment out of a team's files, the
//! disagreements first, the order of the files irrelevant, other retailers refused.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
        .current_dir(dir)
        .args(args)
        .arg("--lang")
        .arg("en")
        .output()
        .unwrap()
}

fn team() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/examples/team");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn a_team_consolidates_into_a_valid_assessment_disagreements_first() {
    let dir = tempfile::tempdir().unwrap();
    let files = team();
    let mut args = vec!["consolidate"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["-o", "team.json", "--csv", "team.csv", "--png", "team.png"]);
    let o = run(dir.path(), &args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    let disagree = out
        .find("where the respondents disagree")
        .expect("disagreements listed");
    let every = out.find("Every track").unwrap();
    assert!(disagree < every, "disagreements first");
    assert!(
        out[disagree..every].contains("Video livestreaming"),
        "{out}"
    );
    let v = run(dir.path(), &["validate", "team.json"]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stdout));
    let png = std::fs::read(dir.path().join("team.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    let csv = std::fs::read_to_string(dir.path().join("team.csv")).unwrap();
    let video = csv
        .lines()
        .find(|l| l.starts_with("Video livestreaming,"))
        .expect("a row per family");
    assert!(video.ends_with(",3,yes"), "spread 3, flagged: {video}");
}

#[test]
fn the_order_of_the_files_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let files = team();
    let mut forward = vec!["consolidate", "--json"];
    forward.extend(files.iter().map(String::as_str));
    let mut backward = vec!["consolidate", "--json"];
    backward.extend(files.iter().rev().map(String::as_str));
    let a = run(dir.path(), &forward);
    let b = run(dir.path(), &backward);
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn another_retailers_file_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let files = team();
    let other = format!(
        "{}/data/examples/boutique-lumiere-2025.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = run(
        dir.path(),
        &["consolidate", &files[0], &other, "-o", "team.json"],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("Boutique Lumière") && err.contains("Maison Dupont"),
        "{err}"
    );
    assert!(!dir.path().join("team.json").exists());
}
