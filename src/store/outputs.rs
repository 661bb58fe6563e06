//! All-or-nothing sets of output files: every output is checked before anything is written
//! (distinct paths, folders that exist, no file replaced without leave), written into
//! temporaries, then renamed into place; if a rename fails, what was already put in place is
//! taken back. Generated names are reserved atomically, so parallel runs never collide.

use super::write::{Overwrite, folder_of, persist, temporary_with};
use crate::error::{FileError, IoAction};
use crate::msg;
use std::path::{Path, PathBuf};

/// Reserves `dir/stem.ext` (or `stem-2.ext`, …): the first of these names that does not exist
/// is created, empty, in one atomic step, so that no other run can take it.
pub fn reserve(dir: &Path, stem: &str, ext: &str) -> Result<PathBuf, FileError> {
    std::fs::create_dir_all(dir).map_err(|e| FileError::io(dir, IoAction::CreateFolder, e))?;
    for n in 1u32.. {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let path = dir.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(FileError::io(&path, IoAction::CreateIn, e)),
        }
    }
    unreachable!("some suffix is free")
}

/// One output of a [`Plan`].
struct Output {
    path: PathBuf,
    /// The path as the file system knows it, to tell two spellings of one file apart.
    identity: PathBuf,
    /// An empty file reserved for a generated name, removed if the plan is not carried out.
    reserved: bool,
    bytes: Option<Vec<u8>>,
}

/// Outputs to write together, or not at all.
pub struct Plan {
    outputs: Vec<Output>,
    overwrite: Overwrite,
    done: bool,
    /// The files the command reads: never an output, whatever `overwrite` says.
    inputs: Vec<PathBuf>,
    /// Their identities, looked up once, when an output given already exists (only an existing
    /// file can be one of them: a portfolio of 10,000 files is not looked at 10,000 times more
    /// to write to a new file, or to nothing).
    input_ids: std::cell::OnceCell<Vec<(FileId, usize)>>,
}

/// Which file a path is, whatever its spelling (a link, `./`, a hard link): its device and
/// inode on Unix, its canonical path elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

impl FileId {
    /// The identity of the file at `path`, if there is one.
    pub fn of(path: &Path) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let m = std::fs::metadata(path).ok()?;
            Some(FileId((m.dev(), m.ino())))
        }
        #[cfg(not(unix))]
        {
            std::fs::canonicalize(path).ok().map(FileId)
        }
    }
}

/// The absolute path of `path` with its folder's links resolved (and its own, if it exists).
fn identity(path: &Path) -> PathBuf {
    if let Ok(p) = std::fs::canonicalize(path) {
        return p;
    }
    let folder = std::fs::canonicalize(folder_of(path)).unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|d| d.join(folder_of(path)))
            .unwrap_or_else(|_| folder_of(path).to_path_buf())
    });
    match path.file_name() {
        Some(name) => folder.join(name),
        None => folder,
    }
}

impl Plan {
    /// An empty plan; `overwrite` says whether given paths may replace existing files.
    pub fn new(overwrite: Overwrite) -> Plan {
        Plan {
            outputs: Vec::new(),
            overwrite,
            done: false,
            inputs: Vec::new(),
            input_ids: std::cell::OnceCell::new(),
        }
    }

    /// The files the command reads: refused as outputs, even with `--force`.
    pub fn reading<P: AsRef<Path>>(&mut self, inputs: impl IntoIterator<Item = P>) {
        self.inputs
            .extend(inputs.into_iter().map(|p| p.as_ref().to_path_buf()));
        self.input_ids.take();
    }

    /// The file read that `id` is, if any.
    fn input_with(&self, id: &FileId) -> Option<&PathBuf> {
        let ids = self.input_ids.get_or_init(|| {
            self.inputs
                .iter()
                .enumerate()
                .filter_map(|(i, p)| FileId::of(p).map(|id| (id, i)))
                .collect()
        });
        ids.iter()
            .find(|(i, _)| i == id)
            .map(|(_, at)| &self.inputs[*at])
    }

    fn push(&mut self, path: PathBuf, reserved: bool) -> Result<usize, FileError> {
        let identity = identity(&path);
        if self.outputs.iter().any(|o| o.identity == identity) {
            return Err(FileError::invalid(&path, "$", msg!("output-twice")));
        }
        self.outputs.push(Output {
            path,
            identity,
            reserved,
            bytes: None,
        });
        Ok(self.outputs.len() - 1)
    }

    /// Adds an output at a path the user gave: its folder must exist, and the file must not
    /// unless the plan may overwrite (it must then be a regular file).
    pub fn given(&mut self, path: &Path) -> Result<usize, FileError> {
        // `-` is not a file name here (nor standard output, which the documents' bytes would
        // garble): refused, so no file named `-` appears by mistake.
        if path.as_os_str() == "-" {
            return Err(FileError::invalid(path, "$", msg!("output-dash")));
        }
        let folder = folder_of(path);
        match std::fs::metadata(folder) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                return Err(FileError::io(
                    path,
                    IoAction::CreateIn,
                    std::io::Error::from(std::io::ErrorKind::NotADirectory),
                ));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(FileError::io(path, IoAction::NoFolder, e));
            }
            Err(e) => return Err(FileError::io(path, IoAction::CreateIn, e)),
        }
        if let Some(id) = FileId::of(path)
            && let Some(input) = self.input_with(&id)
        {
            return Err(FileError::IsAnInput {
                path: path.to_path_buf(),
                input: input.clone(),
            });
        }
        if let Ok(meta) = std::fs::metadata(path) {
            if let Some(kind) = super::not_a_file(&meta) {
                return Err(FileError::NotAFile {
                    path: path.to_path_buf(),
                    kind,
                });
            }
            if self.overwrite == Overwrite::Refuse {
                return Err(FileError::Exists {
                    path: path.to_path_buf(),
                });
            }
        }
        self.push(path.to_path_buf(), false)
    }

    /// Adds an output under a generated name in `dir` (created if needed), reserved now.
    pub fn generated(&mut self, dir: &Path, stem: &str, ext: &str) -> Result<usize, FileError> {
        let path = reserve(dir, stem, ext)?;
        let at = self.push(path.clone(), true);
        if at.is_err() {
            let _ = std::fs::remove_file(&path);
        }
        at
    }

    /// The path of output `i`.
    pub fn path(&self, i: usize) -> &Path {
        &self.outputs[i].path
    }

    /// Gives output `i` its content.
    pub fn set(&mut self, i: usize, bytes: Vec<u8>) {
        self.outputs[i].bytes = Some(bytes);
    }

    /// Writes every output (each must have its content), or none: returns the paths written.
    pub fn commit(mut self) -> Result<Vec<PathBuf>, FileError> {
        // 1. Every content into a temporary beside its target: a full disk or a read-only
        //    folder fails here, before any target is touched.
        let mut temporaries = Vec::with_capacity(self.outputs.len());
        for o in &self.outputs {
            let bytes = o.bytes.as_deref().unwrap_or_default();
            temporaries.push(temporary_with(&o.path, bytes)?);
        }
        // 2. Each temporary renamed over its target, keeping what it replaces until the end.
        let mut placed: Vec<(usize, Option<tempfile::TempPath>)> = Vec::new();
        for (i, tmp) in temporaries.into_iter().enumerate() {
            let o = &self.outputs[i];
            let overwrite = if o.reserved {
                Overwrite::Allow
            } else {
                self.overwrite
            };
            let backup = if !o.reserved && o.path.exists() {
                match keep_copy(&o.path) {
                    Ok(b) => Some(b),
                    Err(e) => {
                        self.take_back(placed);
                        return Err(e);
                    }
                }
            } else {
                None
            };
            if let Err(e) = persist(tmp, &o.path, overwrite) {
                self.take_back(placed);
                return Err(e);
            }
            placed.push((i, backup));
        }
        self.done = true;
        Ok(self.outputs.iter().map(|o| o.path.clone()).collect())
    }

    /// Undoes the renames of a failed commit: replaced files come back, new files go.
    fn take_back(&self, placed: Vec<(usize, Option<tempfile::TempPath>)>) {
        for (i, backup) in placed.into_iter().rev() {
            let path = &self.outputs[i].path;
            match backup {
                Some(b) => {
                    let _ = b.persist(path);
                }
                None if !self.outputs[i].reserved => {
                    let _ = std::fs::remove_file(path);
                }
                None => {}
            }
        }
    }
}

/// A copy of an existing file beside it (a hard link where the file system allows), removed
/// when dropped.
fn keep_copy(path: &Path) -> Result<tempfile::TempPath, FileError> {
    let tmp = tempfile::Builder::new()
        .prefix(super::TEMP_PREFIX)
        .suffix(super::TEMP_SUFFIX)
        .tempfile_in(folder_of(path))
        .map_err(|e| FileError::io(path, IoAction::CreateIn, e))?
        .into_temp_path();
    let linked = std::fs::remove_file(&tmp)
        .and_then(|()| std::fs::hard_link(path, &tmp))
        .is_ok();
    if !linked {
        std::fs::copy(path, &tmp).map_err(|e| FileError::io(path, IoAction::Read, e))?;
    }
    Ok(tmp)
}

impl Drop for Plan {
    /// A plan not carried out gives back the names it reserved.
    fn drop(&mut self) {
        if !self.done {
            for o in self.outputs.iter().filter(|o| o.reserved) {
                let _ = std::fs::remove_file(&o.path);
            }
        }
    }
}

#[cfg(test)]
mod tests;
