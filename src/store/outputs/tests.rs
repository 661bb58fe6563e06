//! All-or-nothing outputs: what a failed commit leaves (nothing), and what a success writes.

use super::*;

fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_missing_folder_is_found_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::new(Overwrite::Refuse);
    plan.given(&dir.path().join("p1.json")).unwrap();
    let e = plan
        .given(&dir.path().join("missing-dir/p2.csv"))
        .unwrap_err();
    assert!(e.to_string().contains("p2.csv"), "{e}");
    drop(plan);
    assert!(listing(dir.path()).is_empty());
}

#[test]
fn the_same_file_twice_is_refused_whatever_its_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::new(Overwrite::Allow);
    plan.given(&dir.path().join("same.out")).unwrap();
    let twice = dir.path().join(".").join("same.out");
    let e = plan.given(&twice).unwrap_err();
    assert!(e.to_string().contains("more than once"), "{e}");
}

#[test]
fn a_failed_rename_takes_back_what_was_already_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    std::fs::write(&a, b"old a").unwrap();
    let mut plan = Plan::new(Overwrite::Allow);
    let ia = plan.given(&a).unwrap();
    let ib = plan.given(&b).unwrap();
    plan.set(ia, b"new a".to_vec());
    plan.set(ib, b"new b".to_vec());
    // Between the checks and the writes, b becomes a folder that cannot be replaced.
    std::fs::create_dir(&b).unwrap();
    std::fs::write(b.join("inside"), b"x").unwrap();
    assert!(plan.commit().is_err());
    assert_eq!(std::fs::read(&a).unwrap(), b"old a", "a is as it was");
    assert_eq!(
        listing(dir.path()),
        ["a.json", "b.json"],
        "no temporary left"
    );
}

#[test]
fn new_files_of_a_failed_commit_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    let mut plan = Plan::new(Overwrite::Refuse);
    let ia = plan.given(&a).unwrap();
    let ib = plan.given(&b).unwrap();
    plan.set(ia, b"a".to_vec());
    plan.set(ib, b"b".to_vec());
    std::fs::write(&b, b"someone else's").unwrap();
    assert!(matches!(plan.commit(), Err(FileError::Exists { .. })));
    assert!(!a.exists(), "a, written by this plan, is removed");
    assert_eq!(std::fs::read(&b).unwrap(), b"someone else's");
}

#[test]
fn reserved_names_are_given_back_unless_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::new(Overwrite::Refuse);
    let i = plan.generated(dir.path(), "x", "png").unwrap();
    assert!(plan.path(i).exists(), "reserved on disk");
    drop(plan);
    assert!(listing(dir.path()).is_empty());
    let mut plan = Plan::new(Overwrite::Refuse);
    let i = plan.generated(dir.path(), "x", "png").unwrap();
    plan.set(i, b"png".to_vec());
    let written = plan.commit().unwrap();
    assert_eq!(std::fs::read(&written[0]).unwrap(), b"png");
}

#[test]
fn parallel_reservations_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| s.spawn(|| reserve(dir.path(), "x", "json").unwrap()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut unique = paths.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 8, "{paths:?}");
}
