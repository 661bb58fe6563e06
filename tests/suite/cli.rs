//! The command line as a user runs it: the binary, real files, exit codes, stdout and stderr.

use retail_maturity::{Assessment, Framework, Scorecard};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_retail-maturity"));
    c.env("LANG", "en_GB.UTF-8");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn example(name: &str) -> String {
    format!("{}/data/examples/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn validate_accepts_the_examples() {
    let files: Vec<String> = [
        "maison-dupont-2024",
        "maison-dupont-2025",
        "maison-dupont-2026",
        "boutique-lumiere-2025",
    ]
    .iter()
    .map(|n| example(n))
    .collect();
    let mut args = vec!["validate"];
    args.extend(files.iter().map(String::as_str));
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).lines().filter(|l| l.starts_with("ok")).count(),
        4
    );
}

#[test]
fn validate_names_each_bad_file_and_its_problem() {
    let dir = tempfile::tempdir().unwrap();
    let good = example("maison-dupont-2024");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&good).unwrap()).unwrap();
    v["tracks"][2]["level"] = 9.into();
    let bad = write(dir.path(), "bad.json", &v.to_string());
    let trunc = write(
        dir.path(),
        "truncated.json",
        &std::fs::read_to_string(&good).unwrap()[..200],
    );
    let o = run(&[
        "validate",
        &good,
        bad.to_str().unwrap(),
        trunc.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("bad.json: at $.tracks[2].level: level 9 is not offered"),
        "{out}"
    );
    assert!(
        out.contains("truncated.json") && out.contains("truncated"),
        "{out}"
    );
    assert!(stderr(&o).contains("2 of 3 files invalid"));
}

#[test]
fn score_json_is_the_core_score() {
    let path = example("maison-dupont-2025");
    let o = run(&["score", &path, "--json", "--lang", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let fw = Framework::builtin();
    let a = Assessment::load(Path::new(&path), fw).unwrap();
    let card = Scorecard::compute(fw, &a);
    assert!((v["overall_score"].as_f64().unwrap() - card.overall).abs() < 0.01);
    assert_eq!(v["stage"]["name"], fw.stages[card.stage].name.fr.as_str());
    assert!((v["in_store_coverage"].as_f64().unwrap() - card.in_store_coverage).abs() < 1e-3);
    let fams = v["families"].as_array().unwrap();
    assert_eq!(fams.len(), 15);
    assert_eq!(fams[0]["id"], "e-commerce");
    assert_eq!(fams[0]["level"], card.families[0].level);
    assert_eq!(fams[0]["score"].as_f64().unwrap(), card.families[0].score);
}

#[test]
fn score_table_speaks_the_chosen_language() {
    let path = example("maison-dupont-2025");
    let fr = stdout(&run(&["score", &path, "--lang", "fr"]));
    let en = stdout(&run(&["score", &path, "--lang", "en"]));
    assert!(
        fr.contains("Score de maturité") && fr.contains("Offre Promotionnelles"),
        "{fr}"
    );
    assert!(
        en.contains("Maturity score") && en.contains("Promotional offers"),
        "{en}"
    );
    assert!(
        en.contains("Action plan") || en.contains("Suggested next steps"),
        "{en}"
    );
}

#[test]
fn compare_orders_by_date_and_gives_deltas() {
    let o = run(&[
        "compare",
        &example("maison-dupont-2026"),
        &example("maison-dupont-2024"),
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["items"][0]["date"], "2024-03-14");
    assert_eq!(v["families"][0]["level_delta"], 2);
    assert!(v["overall_delta"].as_f64().unwrap() > 0.0);
    let text = stdout(&run(&[
        "compare",
        &example("maison-dupont-2024"),
        &example("boutique-lumiere-2025"),
    ]));
    assert!(text.contains("different retailers"), "{text}");
}

#[test]
fn compare_of_different_retailers_gives_standings_not_changes() {
    let o = run(&[
        "compare",
        &example("maison-dupont-2025"),
        &example("boutique-lumiere-2025"),
        "--lang",
        "en",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        !text.contains("Δ level") && !text.contains("delta"),
        "{text}"
    );
    // Boutique Lumière (64.0) ranks first, 8.8 over the mean of 46.4 and 64.0.
    let first = text
        .lines()
        .find(|l| l.trim_start().starts_with("1. #2"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        first.contains("Boutique Lumière") && first.contains("to the mean +8.8"),
        "{first}"
    );
    // Payment methods: both at level 3, the best is a tie that names both.
    let payment = text
        .lines()
        .find(|l| l.starts_with("Payment methods"))
        .unwrap();
    assert!(payment.trim_end().ends_with("#1, #2"), "{payment}");
    let dupont = text
        .lines()
        .find(|l| l.trim_start().starts_with("2. #1"))
        .unwrap();
    assert!(dupont.contains("to the best -17.6"), "{dupont}");
}

#[test]
fn compare_needs_two_files() {
    let o = run(&["compare", &example("maison-dupont-2024")]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn export_writes_json_and_csv_and_never_overwrites_silently() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("r.json");
    let csv = dir.path().join("r.csv");
    let src = example("boutique-lumiere-2025");
    let args = [
        "export",
        &src,
        "--json",
        json.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
        "--lang",
        "en",
    ];
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(v["retailer"], "Boutique Lumière");
    let bytes = std::fs::read(&csv).unwrap();
    let mut rd = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(rd.records().count(), 15);
    // Second run: refused, files untouched.
    std::fs::write(&csv, "keep me").unwrap();
    let o = run(&args);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), "keep me");
    let mut forced = args.to_vec();
    forced.push("--force");
    assert!(run(&forced).status.success());
    assert_ne!(std::fs::read_to_string(&csv).unwrap(), "keep me");
}

#[test]
fn a_bad_input_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.json", "{ not json");
    let out = dir.path().join("out.json");
    let o = run(&[
        "export",
        bad.to_str().unwrap(),
        "--json",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("bad.json") && stderr(&o).contains("not valid JSON"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
}

#[test]
fn missing_files_and_folders_get_clear_messages() {
    let o = run(&["score", "/no/such/file.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("/no/such/file.json: cannot open"),
        "{}",
        stderr(&o)
    );
    let o = run(&["score", env!("CARGO_MANIFEST_DIR")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("folder"), "{}", stderr(&o));
    let o = run(&[
        "export",
        &example("maison-dupont-2024"),
        "--json",
        "/no/such/dir/x.json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/no/such/dir/x.json"), "{}", stderr(&o));
}

#[cfg(not(feature = "gui"))]
#[test]
fn without_the_gui_feature_the_binary_says_so_and_points_to_the_commands() {
    let o = run(&["--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no desktop app") && stderr(&o).contains("--help"));
}

#[test]
fn new_writes_a_blank_valid_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("blank.json");
    let o = run(&[
        "new",
        "-o",
        p.to_str().unwrap(),
        "--retailer",
        "Épicerie Fine",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let a = Assessment::load(&p, Framework::builtin()).unwrap();
    assert_eq!(a.retailer, "Épicerie Fine");
    assert_eq!(a.tracks.len(), 17);
    assert!(
        a.tracks
            .iter()
            .all(|t| t.level.is_none() && t.in_store.is_none()),
        "nothing answered, in store included"
    );
    assert_eq!(
        run(&["new", "-o", p.to_str().unwrap()]).status.code(),
        Some(1)
    );
    // The file may also be given as an argument, as most commands take theirs.
    let q = dir.path().join("second.json");
    let o = run(&["new", q.to_str().unwrap(), "--retailer", "Morel"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        Assessment::load(&q, Framework::builtin()).unwrap().retailer,
        "Morel"
    );
    assert_eq!(run(&["new", q.to_str().unwrap()]).status.code(), Some(1));
    let both = run(&["new", q.to_str().unwrap(), "-o", p.to_str().unwrap()]);
    assert_eq!(both.status.code(), Some(2), "one output only");
    let o = run(&["new"]);
    assert!(stdout(&o).contains("\"format\": \"retail-maturity-assessment\""));
}

#[test]
fn wrong_flags_are_usage_errors() {
    let o = run(&["score", &example("maison-dupont-2024"), "--colour"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["score", &example("maison-dupont-2024"), "--lang", "de"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown language"), "{}", stderr(&o));
}

#[test]
fn a_foreign_framework_is_validated() {
    let dir = tempfile::tempdir().unwrap();
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("../../data/framework.json")).unwrap();
    v["families"][4]["tracks"][0]["levels"][2]["position"] = 0.into();
    let fw = write(dir.path(), "fw.json", &v.to_string());
    let o = run(&[
        "--framework",
        fw.to_str().unwrap(),
        "validate",
        &example("maison-dupont-2024"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("fw.json") && e.contains("$.families[4].tracks[0].levels[2].position"),
        "{e}"
    );
    // A valid copy with another id refuses assessments of the built-in one.
    v["families"][4]["tracks"][0]["levels"][2]["position"] = 3.into();
    v["id"] = "other".into();
    let fw = write(dir.path(), "fw2.json", &v.to_string());
    let o = run(&[
        "--framework",
        fw.to_str().unwrap(),
        "validate",
        &example("maison-dupont-2024"),
    ]);
    assert!(stdout(&o).contains("$.framework.id"), "{}", stdout(&o));
}

#[cfg(feature = "gui")]
#[test]
fn without_a_display_the_app_says_so_and_points_to_the_cli() {
    let o = bin()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("no display") && e.contains("--help"), "{e}");
    assert!(!e.contains("panicked"));
}

#[cfg(feature = "gui")]
#[test]
fn opening_a_broken_file_at_start_fails_before_any_window() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.json", "[]");
    let o = bin()
        .args(["--open", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("bad.json"), "{}", stderr(&o));
}

#[test]
fn portfolio_ranks_good_files_and_reports_broken_ones() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("region").join("nord");
    std::fs::create_dir_all(&sub).unwrap();
    for n in [
        "maison-dupont-2024",
        "maison-dupont-2025",
        "boutique-lumiere-2025",
    ] {
        std::fs::copy(example(n), sub.join(format!("{n}.json"))).unwrap();
    }
    write(
        dir.path(),
        "broken.json",
        "{\"format\": \"retail-maturity-assessment\", \"version\": 1,",
    );
    write(
        &sub,
        "wrong-level.json",
        &std::fs::read_to_string(example("maison-dupont-2024"))
            .unwrap()
            .replace("\"level\": 3", "\"level\": 8"),
    );
    write(dir.path(), "notes.txt", "not json, not read");
    let reference = dir.path().join("ref.json");
    let csv_out = dir.path().join("ranking.csv");
    let o = run(&[
        "portfolio",
        dir.path().to_str().unwrap(),
        "--reference",
        reference.to_str().unwrap(),
        "--csv",
        csv_out.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(1), "failures make the exit non-zero");
    let out = stdout(&o);
    assert!(
        out.starts_with("3 assessments ranked by score (2 files failed)"),
        "{out}"
    );
    // Ranked by score: Lumière 64.0, Dupont 2025 46.4, Dupont 2024 22.9.
    let lumiere = out.find("Boutique Lumière").unwrap();
    let d25 = out.find("2025-03-12").unwrap();
    let d24 = out.find("2024-03-14").unwrap();
    assert!(lumiere < d25 && d25 < d24, "{out}");
    assert!(out.contains("Levels per family"));
    let err = stderr(&o);
    assert!(
        err.contains("broken.json") && err.contains("truncated"),
        "{err}"
    );
    assert!(
        err.contains("wrong-level.json") && err.contains("level 8 is not offered"),
        "{err}"
    );
    let r = retail_maturity::reference::Reference::load(&reference, Framework::builtin()).unwrap();
    assert_eq!(r.count, 3);
    let bytes = std::fs::read(&csv_out).unwrap();
    assert_eq!(csv::Reader::from_reader(&bytes[3..]).records().count(), 3);
}

#[test]
fn portfolio_of_a_missing_folder_fails_cleanly() {
    let o = run(&["portfolio", "/no/such/folder"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("/no/such/folder: no such file or folder"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn output_into_a_closed_pipe_ends_quietly_and_the_files_are_still_written() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("ranking.csv");
    let examples = format!("{}/data/examples", env!("CARGO_MANIFEST_DIR"));
    let runs: Vec<Vec<String>> = vec![
        vec!["score".into(), example("maison-dupont-2025")],
        vec![
            "compare".into(),
            example("maison-dupont-2024"),
            example("maison-dupont-2025"),
        ],
        vec!["schema".into()],
        vec![
            "portfolio".into(),
            examples,
            "--csv".into(),
            csv.display().to_string(),
        ],
    ];
    for args in runs {
        // As in `retail-maturity … | head -0`: the reader is gone before the first line.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let o = bin()
            .args(&args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let err = stderr(&o);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
    }
    assert!(csv.is_file(), "the portfolio still wrote its CSV");
}

#[test]
fn a_portfolio_with_nothing_to_rank_says_why_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let csv = dir.path().join("ranking.csv");
    let o = run(&[
        "portfolio",
        empty.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!(
            "no assessment file (*.json) in {}",
            empty.display()
        )),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty(), "no empty table: {}", stdout(&o));
    assert!(!csv.exists());

    write(&empty, "broken.json", "{");
    let o = run(&["portfolio", empty.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("broken.json: at $: the JSON ends too early"),
        "{err}"
    );
    assert!(err.contains("is not a valid assessment"), "{err}");
}

#[test]
fn score_tells_in_store_answers_not_given_yet_from_noes() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = Assessment::blank(Framework::builtin());
    a.answer_mut("e-commerce").in_store = Some(true);
    a.answer_mut("social-commerce").in_store = Some(false);
    let path = write(dir.path(), "a.json", &a.to_json());
    let o = run(&["score", path.to_str().unwrap(), "--lang", "en"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("In-store coverage: 6 % (1 / 17 applicable tracks; 15 not answered)"),
        "{out}"
    );
    // The k-th column after the family's name: 0 level, 1 score, 2 in store (no target set).
    let column = |family: &str, k: usize| {
        let line = out.lines().find(|l| l.starts_with(family)).unwrap();
        line.split_whitespace()
            .nth(family.split(' ').count() + k)
            .unwrap()
            .to_string()
    };
    assert_eq!(
        (
            column("E-commerce", 2),
            column("Social commerce", 2),
            column("Pre-sales", 2)
        ),
        ("yes".into(), "no".into(), "—".into())
    );
    assert_eq!(
        (column("E-commerce", 0), column("E-commerce", 1)),
        ("-".into(), "0".into()),
        "a level not answered yet is a dash, not 0/5; its score counts as 0"
    );
}

#[test]
fn the_app_starts_on_a_link_and_refuses_a_damaged_one_before_any_window() {
    // Without a display: a good link passes the check and stops at "no display"; a damaged
    // one stops first, with the link's message, and neither starts a window.
    let framework = Framework::builtin();
    let a = Assessment::load(Path::new(&example("maison-dupont-2025")), framework).unwrap();
    let good = retail_maturity::link::make("https://example.org/app/", &a).unwrap();
    let start = |link: &str| {
        bin()
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .args(["--open", link, "--lang", "en"])
            .output()
            .expect("the binary runs")
    };
    let o = start(&good);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no display"), "{}", stderr(&o));
    let damaged = format!("{}x!", &good[..good.len() - 12]);
    let o = start(&damaged);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("the link") && err.contains("damaged or cut"),
        "{err}"
    );
    assert!(
        !err.contains("no display") && !err.contains("no such file"),
        "{err}"
    );
}
