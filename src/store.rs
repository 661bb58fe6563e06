//! Reading files with a size limit, decoding JSON with precise error places, and atomic writes.

use crate::error::{FileError, Problem};
use serde::de::DeserializeOwned;
use std::io::{Read, Write};
use std::path::Path;

/// The largest assessment, framework or reference file the app reads (4 MiB).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a whole file, refusing one over `limit` bytes without reading it into memory.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let file = std::fs::File::open(path).map_err(|e| FileError::io(path, "open", e))?;
    let meta = file
        .metadata()
        .map_err(|e| FileError::io(path, "read", e))?;
    if meta.is_dir() {
        return Err(FileError::invalid(
            path,
            "$",
            "this is a folder, not a file",
        ));
    }
    if meta.len() > limit {
        return Err(FileError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // `take` guards against a file that grows while it is read.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FileError::io(path, "read", e))?;
    if bytes.len() as u64 > limit {
        return Err(FileError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Checks that a JSON document is an object whose `format` is `expected`, the format name of
/// a `kind` of file ("assessment", "reference"…), and says what it is otherwise.
pub fn check_format(
    path: &Path,
    value: &serde_json::Value,
    expected: &str,
    kind: &str,
) -> Result<(), FileError> {
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    if !value.is_object() {
        return Err(FileError::invalid(
            path,
            "$",
            format!("expected a JSON object (a retail-maturity {kind})"),
        ));
    }
    match value.get("format").and_then(|f| f.as_str()) {
        Some(f) if f == expected => Ok(()),
        Some(other) => Err(FileError::invalid(
            path,
            "$.format",
            format!("this is a `{other}` file, not {article} {kind} (`{expected}`)"),
        )),
        None => Err(FileError::invalid(
            path,
            "$.format",
            format!(
                "missing `format`: not a retail-maturity {kind} (expected \"format\": \"{expected}\")"
            ),
        )),
    }
}

/// Decodes UTF-8 JSON text (a leading byte-order mark is accepted) into a JSON value.
pub fn parse_json(path: &Path, bytes: &[u8]) -> Result<serde_json::Value, FileError> {
    let text = decode_text(path, bytes)?;
    serde_json::from_str(text).map_err(|e| json_error(path, &e))
}

/// Decodes a typed document straight from UTF-8 JSON text, naming the JSON path of the first
/// mismatch. Unlike going through a JSON value, this also catches a key given twice.
pub fn from_json_bytes<T: DeserializeOwned>(path: &Path, bytes: &[u8]) -> Result<T, FileError> {
    let text = decode_text(path, bytes)?;
    // The fast path: plain serde_json. Only a failure is parsed again with path tracking,
    // which allocates for every key it passes, to say where the problem is.
    if let Ok(value) = serde_json::from_str::<T>(text) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let at = json_path(&e.path().to_string());
        let inner = e.into_inner();
        // A syntax error is reported by line and column; inside a value (a wrong type where
        // serde_json also says "syntax"), by JSON path.
        if inner.is_eof() || (inner.is_syntax() && at == "$") {
            json_error(path, &inner)
        } else {
            FileError::Invalid {
                path: path.to_path_buf(),
                problems: vec![Problem::new(at, inner.to_string())],
            }
        }
    })?;
    de.end().map_err(|e| json_error(path, &e))?;
    Ok(value)
}

fn json_error(path: &Path, e: &serde_json::Error) -> FileError {
    let what = match e.classify() {
        serde_json::error::Category::Eof => "the JSON ends too early (truncated file?)",
        _ => "not valid JSON",
    };
    FileError::invalid(
        path,
        "$",
        format!(
            "{what}: line {}, column {}: {}",
            e.line(),
            e.column(),
            // serde_json ends its message with the place, given already.
            e.to_string()
                .trim_end_matches(&format!(" at line {} column {}", e.line(), e.column()))
        ),
    )
}

/// The UTF-8 text of a JSON file: a byte-order mark is dropped, other encodings and empty files
/// are refused.
fn decode_text<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        FileError::invalid(
            path,
            "$",
            format!(
                "not UTF-8 text (invalid byte at offset {}); expected a JSON file",
                e.valid_up_to()
            ),
        )
    })?;
    if text.trim().is_empty() {
        return Err(FileError::invalid(
            path,
            "$",
            "the file is empty; expected a JSON document",
        ));
    }
    Ok(text)
}

fn json_path(serde_path: &str) -> String {
    if serde_path == "." || serde_path.is_empty() {
        "$".to_string()
    } else if serde_path.starts_with('[') {
        format!("${serde_path}")
    } else {
        format!("$.{serde_path}")
    }
}

/// Whether an atomic write may replace an existing file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Replace the file if it exists.
    Allow,
    /// Fail with [`FileError::Exists`] if it exists.
    Refuse,
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over the target. On any failure the old file, if any, is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<(), FileError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if overwrite == Overwrite::Refuse && path.exists() {
        return Err(FileError::Exists {
            path: path.to_path_buf(),
        });
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".retail-maturity-").suffix(".tmp");
    if let Some(permissions) = target_permissions(path) {
        builder.permissions(permissions);
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| FileError::io(path, "create a file in its folder", e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| FileError::io(path, "write", e))?;
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
            FileError::io(path, "replace", e.error)
        }
    })?;
    // Make the rename itself durable; not every platform can open a folder, so this is best effort.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
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
    fn oversized_files_are_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.json");
        std::fs::write(&p, vec![b' '; 2000]).unwrap();
        let e = read_limited(&p, 1000).unwrap_err();
        assert!(matches!(e, FileError::TooLarge { size: 2000, .. }), "{e}");
    }

    #[test]
    fn json_errors_say_what_and_where() {
        let p = Path::new("x.json");
        let e = parse_json(p, b"{\"a\": ").unwrap_err().to_string();
        assert!(e.contains("truncated"), "{e}");
        let e = parse_json(p, b"\xff\xfe").unwrap_err().to_string();
        assert!(e.contains("not UTF-8"), "{e}");
        let e = parse_json(p, b"").unwrap_err().to_string();
        assert!(e.contains("empty"), "{e}");
        assert!(
            parse_json(p, b"\xEF\xBB\xBF{}").is_ok(),
            "a BOM is accepted"
        );
    }
}
