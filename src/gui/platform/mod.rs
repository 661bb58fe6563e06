//! What the app does differently on the desktop and in the browser, behind one set of names:
//! reading a file the user chose, writing one (to its path; in a browser, a download), the
//! app's own data (a folder; the browser's local storage), work done off the UI thread, and the
//! file dialogs. Everything else in the app is the same code on both.

#[cfg(not(target_arch = "wasm32"))]
mod desktop;
#[cfg(not(target_arch = "wasm32"))]
pub use desktop::*;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;

#[cfg(target_arch = "wasm32")]
mod aria;
#[cfg(target_arch = "wasm32")]
pub use aria::{install_aria, set_lang};

use crate::error::FileError;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Files handed over as bytes (picked or dropped in a browser, the built-in examples), by the
/// name they are known by.
static HANDED: Mutex<Option<HashMap<PathBuf, Arc<[u8]>>>> = Mutex::new(None);

/// Keeps `bytes` as the file `name`, so that it opens like a file on disk.
pub fn hand_over(name: &Path, bytes: Arc<[u8]>) {
    let mut files = HANDED.lock().unwrap_or_else(|p| p.into_inner());
    files
        .get_or_insert_with(HashMap::new)
        .insert(name.to_path_buf(), bytes);
}

/// Keeps `bytes` as a new file named after `name`: the same name when it is free (or holds the
/// same bytes), else `name (2)`, `name (3)`…, so that two files of one name from different
/// folders both stay. Returns the name given.
pub fn hand_over_new(name: &Path, bytes: Arc<[u8]>) -> PathBuf {
    let mut files = HANDED.lock().unwrap_or_else(|p| p.into_inner());
    let files = files.get_or_insert_with(HashMap::new);
    let stem = name
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = name
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let mut candidate = name.to_path_buf();
    let mut n = 1;
    while files.get(&candidate).is_some_and(|b| *b != bytes) {
        n += 1;
        candidate = name.with_file_name(format!("{stem} ({n}){ext}"));
    }
    files.insert(candidate.clone(), bytes);
    candidate
}

/// The files handed over whose bytes `keep` accepts, sorted by name.
pub fn handed_over(keep: impl Fn(&[u8]) -> bool) -> Vec<PathBuf> {
    let files = HANDED.lock().unwrap_or_else(|p| p.into_inner());
    let mut v: Vec<PathBuf> = files
        .iter()
        .flatten()
        .filter(|(_, bytes)| keep(bytes))
        .map(|(name, _)| name.clone())
        .collect();
    v.sort();
    v
}

/// A file's bytes: one handed over under this name, else the file on disk (bounded in size).
pub fn read_file(path: &Path) -> Result<Vec<u8>, FileError> {
    let handed = HANDED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .and_then(|m| m.get(path).cloned());
    match handed {
        Some(b) if b.len() as u64 > crate::store::MAX_FILE_BYTES => Err(FileError::TooLarge {
            path: path.to_path_buf(),
            size: b.len() as u64,
            limit: crate::store::MAX_FILE_BYTES,
        }),
        Some(b) => Ok(b.to_vec()),
        None => crate::store::read_limited(path, crate::store::MAX_FILE_BYTES),
    }
}
