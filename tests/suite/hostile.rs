//! Hostile input and careless use, as an attacker or a hurried user would try them: texts that
//! carry escapes, formulas, markup or megabytes; FIFOs and links; outputs that collide; runs in
//! parallel. Each class: a clear message or a safe file, never a hang, nothing half written.

use retail_maturity::{Assessment, Framework};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_retail-maturity"));
    c.env("LANG", "en_GB.UTF-8");
    c
}

/// Runs the binary in `dir`; fails the test if it has not ended within a minute (a hang).
fn run_in(dir: &Path, args: &[&str]) -> Output {
    let mut c = bin();
    c.current_dir(dir).args(args).stdin(Stdio::null());
    let (tx, rx) = mpsc::channel();
    let child = std::thread::spawn(move || {
        let _ = tx.send(c.output().expect("the binary runs"));
    });
    let out = rx
        .recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("{args:?} did not end: it hangs"));
    child.join().unwrap();
    out
}

fn corpus(name: &str) -> String {
    format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> String {
    format!("{}/data/examples/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn control_characters_never_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let file = corpus("ok-control-chars.json");
    for args in [
        vec!["score", file.as_str()],
        vec!["validate", file.as_str()],
        vec!["compare", file.as_str(), file.as_str()],
        vec!["portfolio", file.as_str()],
    ] {
        let o = run_in(dir.path(), &args);
        assert!(o.status.success(), "{args:?}");
        for stream in [&o.stdout, &o.stderr] {
            let raw = stream
                .iter()
                .any(|&b| b < 0x20 && b != b'\n' && b != b'\t' || b == 0x7f);
            assert!(!raw, "{args:?} printed a control character");
        }
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(!text.contains('\u{9b}'), "{args:?} printed a C1 control");
    }
    let o = run_in(dir.path(), &["score", &file]);
    assert!(
        String::from_utf8_lossy(&o.stdout)
            .contains("Maison\u{2400}Dupont\u{2407}\u{241b}[31mROUGE")
    );
}

#[test]
fn an_svg_of_any_text_is_valid_xml() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "ok-control-chars.json",
        "ok-markup-in-text.json",
        "ok-formula-injection.json",
    ] {
        let svg = dir.path().join(format!("{name}.svg"));
        let o = run_in(
            dir.path(),
            &["export", &corpus(name), "--svg", svg.to_str().unwrap()],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let text = std::fs::read_to_string(&svg).unwrap();
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: not XML: {e}"));
    }
}

#[test]
fn no_csv_cell_from_a_users_file_is_a_formula() {
    let dir = tempfile::tempdir().unwrap();
    let file = corpus("ok-formula-injection.json");
    let csv = dir.path().join("r.csv");
    let cmp = dir.path().join("c.csv");
    let ranking = dir.path().join("p.csv");
    let p = |p: &Path| p.to_str().unwrap().to_string();
    assert!(
        run_in(dir.path(), &["export", &file, "--csv", &p(&csv)])
            .status
            .success()
    );
    assert!(
        run_in(
            dir.path(),
            &[
                "compare",
                &file,
                &example("maison-dupont-2024"),
                "--csv",
                &p(&cmp)
            ]
        )
        .status
        .success()
    );
    assert!(
        run_in(dir.path(), &["portfolio", &file, "--csv", &p(&ranking)])
            .status
            .success()
    );
    for path in [&csv, &cmp, &ranking] {
        let bytes = std::fs::read(path).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(&bytes[3..]);
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                let dangerous = cell.starts_with(['=', '@', '\t', '\r'])
                    || (cell.starts_with(['+', '-']) && cell[1..].parse::<f64>().is_err());
                assert!(!dangerous, "{}: formula cell {cell:?}", path.display());
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            text.contains("'="),
            "{}: neutralised with a quote",
            path.display()
        );
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_by_every_loader_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.json");
    if !Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        return; // no mkfifo on this system
    }
    let f = fifo.to_str().unwrap();
    let good = example("maison-dupont-2025");
    for args in [
        vec!["validate", f],
        vec!["score", f],
        vec!["--framework", f, "score", good.as_str()],
        vec!["compare", good.as_str(), f],
        vec!["export", good.as_str(), "--reference", f, "--png", "x.png"],
    ] {
        let o = run_in(dir.path(), &args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            all.contains("fifo.json") && all.contains("FIFO"),
            "{args:?}: {all}"
        );
    }
    let o = run_in(dir.path(), &["portfolio", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("FIFO"));
    assert_eq!(files_in(dir.path()), ["fifo.json"], "nothing written");
}

#[test]
fn a_failing_command_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good = example("maison-dupont-2025");
    // A folder that does not exist, for the second of two outputs.
    let o = run_in(
        dir.path(),
        &[
            "export",
            &good,
            "--json",
            "p1.json",
            "--csv",
            "missing-dir/p2.csv",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("p2.csv"));
    // The same path twice, with or without --force.
    for force in [false, true] {
        let mut args = vec![
            "export",
            good.as_str(),
            "--json",
            "same.out",
            "--csv",
            "same.out",
        ];
        if force {
            args.push("--force");
        }
        let o = run_in(dir.path(), &args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("more than once"));
    }
    // An existing file without --force: the other output is not written either.
    std::fs::write(dir.path().join("taken.csv"), b"mine").unwrap();
    let o = run_in(
        dir.path(),
        &["export", &good, "--json", "new.json", "--csv", "taken.csv"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(files_in(dir.path()), ["taken.csv"], "nothing else written");
    assert_eq!(
        std::fs::read(dir.path().join("taken.csv")).unwrap(),
        b"mine"
    );
    // A generated name reserved for an export that then fails is given back.
    let o = run_in(
        dir.path(),
        &["export", &good, "--png", "--csv", "missing-dir/x.csv"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        !dir.path().join("exports").exists() || files_in(&dir.path().join("exports")).is_empty()
    );
}

#[test]
fn parallel_exports_into_the_exports_folder_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let good = example("maison-dupont-2025");
    let children: Vec<_> = (0..4)
        .map(|_| {
            bin()
                .current_dir(dir.path())
                .args(["export", &good, "--json", "--csv"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{err}");
        assert!(!err.contains("--force"), "{err}");
    }
    let written = files_in(&dir.path().join("exports"));
    assert_eq!(written.len(), 8, "{written:?}");
}

#[cfg(unix)]
#[test]
fn portfolio_follows_links_reports_broken_ones_and_stops_at_loops() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let stores = dir.path().join("stores");
    std::fs::create_dir(&stores).unwrap();
    symlink(example("maison-dupont-2025"), stores.join("dupont.json")).unwrap();
    symlink(
        example("boutique-lumiere-2025"),
        stores.join("lumiere.json"),
    )
    .unwrap();
    symlink(dir.path().join("gone.json"), stores.join("broken.json")).unwrap();
    symlink(&stores, stores.join("loop")).unwrap();
    let o = run_in(dir.path(), &["portfolio", stores.to_str().unwrap()]);
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert!(out.starts_with("2 assessments ranked"), "{out}");
    assert!(
        err.contains("broken.json"),
        "the broken link is a failure: {err}"
    );
    assert!(err.contains("loop"), "the loop is reported: {err}");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn images_over_the_documented_size_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(
        dir.path(),
        &[
            "export",
            &example("maison-dupont-2025"),
            "--png",
            "x.png",
            "--size",
            "8000x8000",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("6000x6000"));
    let help = run_in(dir.path(), &["export", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("6000x6000"));
}

/// A retailer's name of a million characters (a valid file under the 4 MiB limit) opens, scores
/// and exports in every format in bounded time: run with
/// `cargo test --test suite hostile:: -- --ignored`.
#[test]
#[ignore]
fn a_name_of_a_million_characters_exports_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut a: Assessment =
        serde_json::from_str(&std::fs::read_to_string(example("maison-dupont-2025")).unwrap())
            .unwrap();
    a.retailer = "Maison Dupont ".repeat(75_000);
    let file = dir.path().join("huge-name.json");
    std::fs::write(&file, a.to_json()).unwrap();
    assert!(Assessment::load(&file, Framework::builtin()).is_ok());
    let start = std::time::Instant::now();
    let f = file.to_str().unwrap();
    let o = run_in(
        dir.path(),
        &[
            "export", f, "--png", "a.png", "--svg", "a.svg", "--csv", "a.csv", "--json", "a.json",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        run_in(dir.path(), &["compare", f, f, "--png", "c.png"])
            .status
            .success()
    );
    // Generous: the quadratic cut of the names took minutes; linear, well under a second.
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
    let _: PathBuf = file;
}
