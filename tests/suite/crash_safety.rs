//! Crash-safe writes: a writer killed at random moments leaves the old or the new file, whole;
//! a full disk or an impossible target gives a clear message and keeps the old file.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_retail-maturity"))
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/examples/{name}.json"))
}

fn export(src: &Path, out: &Path) -> Command {
    let mut c = bin();
    c.args([
        "export",
        src.to_str().unwrap(),
        "--json",
        out.to_str().unwrap(),
        "--force",
        "--lang",
        "fr",
    ]);
    c.stdout(Stdio::null()).stderr(Stdio::null());
    c
}

/// A small deterministic generator for the kill moments.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn a_writer_killed_at_random_moments_never_leaves_a_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        example("maison-dupont-2024"),
        example("boutique-lumiere-2025"),
    ];
    // The two complete files the target may hold.
    let mut complete = Vec::new();
    for (i, s) in sources.iter().enumerate() {
        let out = dir.path().join(format!("complete-{i}.json"));
        assert!(export(s, &out).status().unwrap().success());
        complete.push(std::fs::read(&out).unwrap());
    }
    // How long one warm write takes: the median of a few runs, so that a cold first start
    // (or a busy moment) does not stretch the window in which the kills land.
    let mut durations: Vec<Duration> = (0..7)
        .map(|i| {
            let out = dir.path().join(format!("timing-{i}.json"));
            let start = Instant::now();
            assert!(export(&sources[0], &out).status().unwrap().success());
            start.elapsed()
        })
        .collect();
    durations.sort();
    let typical = durations[durations.len() / 2];
    assert_ne!(complete[0], complete[1]);
    let target = dir.path().join("target.json");
    std::fs::write(&target, &complete[0]).unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Run until enough writers were killed before the end and enough finished, whatever the
    // machine's speed today; the cap only stops a machine on which kills never land.
    let (wanted_killed, wanted_finished, cap) = (80, 20, 3000);
    let (mut killed_mid_run, mut finished, mut runs) = (0, 0, 0);
    while (killed_mid_run < wanted_killed || finished < wanted_finished) && runs < cap {
        let mut child = export(&sources[runs % 2], &target).spawn().unwrap();
        // Kill at a random moment between the start and a little after a normal run's end.
        let delay = Duration::from_micros(rng.next() % (typical.as_micros() as u64 * 12 / 10 + 1));
        std::thread::sleep(delay);
        let _ = child.kill();
        if child.wait().unwrap().success() {
            finished += 1;
        } else {
            killed_mid_run += 1;
        }
        let now = std::fs::read(&target).expect("the target is always there");
        assert!(
            now == complete[0] || now == complete[1],
            "run {runs}: the target is neither the old nor the new file ({} bytes)",
            now.len()
        );
        runs += 1;
    }
    assert!(
        killed_mid_run >= wanted_killed && finished >= wanted_finished,
        "after {runs} runs only {killed_mid_run} were interrupted and {finished} finished"
    );
    eprintln!(
        "{runs} runs, {killed_mid_run} killed before the end, {finished} finished; \
         the target was whole every time"
    );
}

#[test]
fn writing_onto_a_folder_or_into_a_file_fails_clearly_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("looks-like-a-file.json");
    std::fs::create_dir(&folder).unwrap();
    let o = export(&example("maison-dupont-2024"), &folder)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("looks-like-a-file.json"), "{err}");
    assert!(folder.is_dir());
    let file = dir.path().join("plain.txt");
    std::fs::write(&file, "keep").unwrap();
    let o = export(&example("maison-dupont-2024"), &file.join("out.json"))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("plain.txt/out.json"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");
    // Nothing but what was there: no temporary file left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// Needs root to mount a tiny tmpfs; run by `.ci/run`
/// (`cargo test --test suite crash_safety:: -- --ignored`), where it must not pass untested.
#[test]
#[ignore]
fn a_full_disk_gives_a_clear_message_and_keeps_the_old_file() {
    let mnt = tempfile::tempdir().unwrap();
    let ok = Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            "size=64k",
            "tmpfs",
            mnt.path().to_str().unwrap(),
        ])
        .status();
    assert!(
        ok.is_ok_and(|s| s.success()),
        "cannot mount a tmpfs here: this test needs root"
    );
    let result = std::panic::catch_unwind(|| {
        let target = mnt.path().join("results.json");
        std::fs::write(&target, "old, complete").unwrap();
        // Fill the disk.
        let filler = mnt.path().join("filler");
        let mut f = std::fs::File::create(&filler).unwrap();
        let chunk = vec![0u8; 4096];
        while std::io::Write::write_all(&mut f, &chunk).is_ok() {}
        drop(f);
        let o = export(&example("maison-dupont-2025"), &target)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            // In the language asked for (`--lang fr`), not the system's English wording.
            err.contains("results.json") && err.contains("plus de place sur le disque"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old, complete");
        let leftovers = std::fs::read_dir(mnt.path()).unwrap().count();
        assert_eq!(leftovers, 2, "no temporary file is left on the full disk");
    });
    let _ = Command::new("umount").arg(mnt.path()).status();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}
