//! Atomic writes: a temporary file in the target's folder, flushed to disk, renamed over the
//! target; temporaries left by a killed run are cleaned up by the next write to that folder.

use crate::error::{FileError, IoAction};
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

/// How the names of our temporary files begin…
pub const TEMP_PREFIX: &str = ".retail-maturity-";
/// …and end.
pub const TEMP_SUFFIX: &str = ".tmp";
/// A temporary file of ours older than this was left by a run that was killed.
const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// Whether an atomic write may replace an existing file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Replace the file if it exists.
    Allow,
    /// Fail with [`FileError::Exists`] if it exists.
    Refuse,
}

/// The folder a file is written in.
pub(crate) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Removes our temporaries older than [`STALE_AFTER`] from `dir`, once per folder and run.
pub(crate) fn clean_stale_temporaries(dir: &Path) {
    static CLEANED: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    {
        let mut cleaned = CLEANED.lock().unwrap_or_else(|p| p.into_inner());
        if !cleaned.get_or_insert_with(HashSet::new).insert(key) {
            return;
        }
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let old = e
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// A temporary file in `dir` holding `bytes`, flushed to disk, with the permissions `path`
/// should get.
pub(crate) fn temporary_with(
    path: &Path,
    bytes: &[u8],
) -> Result<tempfile::NamedTempFile, FileError> {
    let dir = folder_of(path);
    clean_stale_temporaries(dir);
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    if let Some(permissions) = target_permissions(path) {
        builder.permissions(permissions);
    }
    let mut tmp = builder.tempfile_in(dir).map_err(|e| {
        // A folder that exists but takes no new file (`/proc`, a read-only mount) is not "not
        // found": say that it refuses.
        if e.kind() == std::io::ErrorKind::NotFound && dir.is_dir() {
            FileError::io(path, IoAction::FolderRefuses, e)
        } else if e.kind() == std::io::ErrorKind::NotFound {
            FileError::io(path, IoAction::NoFolder, e)
        } else {
            FileError::io(path, IoAction::CreateIn, e)
        }
    })?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| FileError::io(path, IoAction::Write, e))?;
    Ok(tmp)
}

/// Renames a temporary over `path`.
pub(crate) fn persist(
    tmp: tempfile::NamedTempFile,
    path: &Path,
    overwrite: Overwrite,
) -> Result<(), FileError> {
    match overwrite {
        Overwrite::Allow => tmp.persist(path).map(drop),
        Overwrite::Refuse => tmp.persist_noclobber(path).map(drop),
    }
    .map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            FileError::Exists {
                path: path.to_path_buf(),
            }
        } else {
            FileError::io(path, IoAction::Replace, e.error)
        }
    })?;
    // Make the rename itself durable; not every platform can open a folder: best effort.
    if let Ok(d) = std::fs::File::open(folder_of(path)) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over the target. On any failure the old file, if any, is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<(), FileError> {
    if overwrite == Overwrite::Refuse && path.exists() {
        return Err(FileError::Exists {
            path: path.to_path_buf(),
        });
    }
    let tmp = temporary_with(path, bytes)?;
    persist(tmp, path, overwrite)
}

/// The permissions the written file gets: those of the file it replaces, else rw-r--r--
/// (temporary files are otherwise private to their owner).
fn target_permissions(path: &Path) -> Option<std::fs::Permissions> {
    if let Ok(meta) = std::fs::metadata(path) {
        return Some(meta.permissions());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_refuses_as_asked() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        write_atomic(&p, b"one", Overwrite::Refuse).unwrap();
        assert!(matches!(
            write_atomic(&p, b"two", Overwrite::Refuse),
            Err(FileError::Exists { .. })
        ));
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        write_atomic(&p, b"two", Overwrite::Allow).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o644, "saved files are readable by others, as usual");
        }
    }

    #[test]
    fn write_into_a_missing_folder_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("nope").join("a.json");
        let e = write_atomic(&p, b"x", Overwrite::Allow).unwrap_err();
        assert!(e.to_string().contains("a.json"), "{e}");
    }

    #[test]
    fn stale_temporaries_of_a_killed_run_are_removed_by_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(format!("{TEMP_PREFIX}killed{TEMP_SUFFIX}"));
        let fresh = dir
            .path()
            .join(format!("{TEMP_PREFIX}running{TEMP_SUFFIX}"));
        let theirs = dir.path().join("notes.tmp");
        for p in [&stale, &fresh, &theirs] {
            std::fs::write(p, b"x").unwrap();
        }
        let old = SystemTime::now() - Duration::from_secs(3600);
        for p in [&stale, &theirs] {
            std::fs::File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(old)
                .unwrap();
        }
        write_atomic(&dir.path().join("out.json"), b"{}", Overwrite::Allow).unwrap();
        assert!(!stale.exists(), "an old temporary of ours is removed");
        assert!(fresh.exists(), "a recent one may belong to a running write");
        assert!(theirs.exists(), "other files are never touched");
    }
}
