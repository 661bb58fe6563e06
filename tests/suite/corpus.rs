//! Every loader against a corpus of broken and hostile files (`tests/corpus/`, with the message
//! each must give in `expected.tsv`): a clear error naming the file, never a panic.

#[cfg(feature = "gui")]
use retail_maturity::gui::settings::Settings;
#[cfg(feature = "gui")]
use retail_maturity::gui::{App, Options};
use retail_maturity::reference::Reference;
use retail_maturity::{Assessment, FileError, Framework};
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> Vec<(PathBuf, Option<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let manifest = std::fs::read_to_string(dir.join("expected.tsv")).unwrap();
    manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (name, expect) = l.split_once('\t').unwrap();
            (
                dir.join(name),
                (!expect.is_empty()).then(|| expect.to_string()),
            )
        })
        .collect()
}

fn fw() -> &'static Framework {
    Framework::builtin()
}

#[test]
fn the_corpus_has_at_least_thirty_broken_files() {
    let c = corpus();
    assert!(c.iter().filter(|(_, e)| e.is_some()).count() >= 30);
    for (p, _) in &c {
        assert!(p.is_file(), "{} listed but missing", p.display());
    }
}

#[test]
fn every_broken_assessment_gets_a_clear_message() {
    for (path, expect) in corpus() {
        let result = Assessment::load(&path, fw());
        match (result, expect) {
            (Ok(_), None) => {}
            (Ok(_), Some(e)) => panic!("{} loaded, expected an error with {e:?}", path.display()),
            (Err(err), None) => panic!("{} should load: {err}", path.display()),
            (Err(err), Some(e)) => {
                let msg = err.to_string();
                let name = path.file_name().unwrap().to_string_lossy();
                assert!(
                    msg.contains(name.as_ref()),
                    "{name}: message does not name the file: {msg}"
                );
                assert!(msg.contains(&e), "{name}: expected {e:?} in: {msg}");
                if matches!(err, FileError::Invalid { .. }) {
                    assert!(msg.contains("at $"), "{name}: no JSON path in: {msg}");
                }
            }
        }
    }
}

#[test]
fn other_loaders_refuse_the_corpus_without_panicking() {
    #[cfg(feature = "gui")]
    let dir = tempfile::tempdir().unwrap();
    for (path, _) in corpus() {
        if !path.ends_with("framework-given.json") {
            assert!(
                Framework::load(&path).is_err(),
                "{} taken as a framework",
                path.display()
            );
        }
        assert!(
            Reference::load(&path, fw()).is_err(),
            "{} taken as a reference",
            path.display()
        );
        // Settings: a bad file gives the defaults and says why.
        #[cfg(feature = "gui")]
        {
            std::fs::copy(&path, dir.path().join("settings.json")).unwrap();
            let (s, _warning) = Settings::load(dir.path());
            let _ = s;
            std::fs::copy(&path, dir.path().join("autosave.json")).unwrap();
            let _ = retail_maturity::gui::autosave::load(dir.path(), fw());
        }
    }
}

#[test]
fn the_cli_exits_non_zero_on_each_broken_file_and_names_it() {
    for (path, expect) in corpus() {
        let o = Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
            .args(["score", path.to_str().unwrap(), "--json"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("panicked"), "{}: {err}", path.display());
        match expect {
            Some(_) => {
                assert_eq!(o.status.code(), Some(1), "{}", path.display());
                assert!(
                    err.contains(path.file_name().unwrap().to_str().unwrap()),
                    "{err}"
                );
            }
            None => assert!(o.status.success(), "{}: {err}", path.display()),
        }
    }
}

#[cfg(feature = "gui")]
#[test]
fn the_app_keeps_its_assessment_when_a_broken_file_is_opened() {
    let mut app = App::new(
        Options {
            dialogs: false,
            ..Options::default()
        },
        Settings::default(),
    );
    app.edit(retail_maturity::assessment::Edit::Level {
        track: "e-commerce".into(),
        level: Some(4),
    });
    let before = app.assessment().clone();
    for (path, expect) in corpus() {
        if expect.is_none() {
            continue;
        }
        app.open_path(&path);
        assert_eq!(app.assessment(), &before, "{}", path.display());
        let status = app.status().cloned().unwrap();
        let status_text = status.render(app.lang());
        assert!(status.error && status_text.contains(path.file_name().unwrap().to_str().unwrap()));
    }
}

#[test]
fn huge_files_are_refused_by_size_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    // A 200 MB file (sparse: it costs no disk) and a 5 MB string just over the limit.
    let big = dir.path().join("big.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    let e = Assessment::load(&big, fw()).unwrap_err().to_string();
    assert!(
        e.contains("big.json") && e.contains("209715200 bytes") && e.contains("not read"),
        "{e}"
    );
    let long = dir.path().join("long-string.json");
    let text = format!(
        "{{\"format\": \"retail-maturity-assessment\", \"version\": 1, \"retailer\": \"{}\"}}",
        "A".repeat(5 * 1024 * 1024)
    );
    std::fs::write(&long, text).unwrap();
    assert!(matches!(
        Assessment::load(&long, fw()),
        Err(FileError::TooLarge { .. })
    ));
    let o = Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
        .args(["validate", big.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("over the limit"));
}

const VERSION_1: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/corpus/ok-version-1.json"
);

/// `ok-version-1.json` was written by a version-1 build (`new`, then partly answered): in store,
/// `false` on a track nobody looked at becomes "not answered"; every answer given is kept.
#[test]
fn a_version_1_file_is_read_and_upgraded() {
    let (a, written_in) = Assessment::load_versioned(Path::new(VERSION_1), fw()).unwrap();
    assert_eq!((written_in, a.version), (1, 3));
    let in_store = |t: &str| a.answer(t).unwrap().in_store;
    assert_eq!(in_store("e-commerce"), Some(true), "a yes is kept");
    assert_eq!(
        in_store("social-commerce"),
        Some(false),
        "answered track: no"
    );
    assert_eq!(
        in_store("private-sales"),
        Some(false),
        "level 0 is an answer"
    );
    assert_eq!(
        in_store("pre-sales"),
        Some(false),
        "absent read as no, as v1 did"
    );
    assert_eq!(
        in_store("promotional-offers"),
        Some(true),
        "a lone yes is kept"
    );
    assert_eq!(in_store("digital-influencers"), None, "never looked at");
    assert_eq!(
        a.answer("e-commerce").unwrap().note,
        "Click and collect en place"
    );
    let card = retail_maturity::Scorecard::compute(fw(), &a);
    assert_eq!(card.answered, 4);
    assert!((card.in_store_coverage - 2.0 / 17.0).abs() < 1e-12);
    // Written again, it is a file of the current version that reads back the same.
    let json = a.to_json();
    assert!(json.contains("\"version\": 3") && json.contains("\"in_store\": null"));
    let (b, v) =
        Assessment::from_bytes_versioned(Path::new("v3.json"), json.as_bytes(), fw()).unwrap();
    assert_eq!((b, v), (a, 3));
}

#[test]
fn validate_says_which_files_are_in_the_older_format() {
    let current = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/maison-dupont-2025.json"
    );
    let o = Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
        .args(["validate", VERSION_1, current, "--lang", "en"])
        .output()
        .unwrap();
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("ok")
            && lines[0].contains("ok-version-1.json")
            && lines[0].contains("format version 1, read as version 3"),
        "{out}"
    );
    assert!(!lines[1].contains("format version"), "{out}");
}
