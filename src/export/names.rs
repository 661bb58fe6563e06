//! Generated file names of exports: `<retailer>-<date>-<what>.<ext>`, safe on every file system.

use crate::assessment::Assessment;
use std::path::{Path, PathBuf};

/// The folder exports go to when no path is chosen.
pub const EXPORTS_DIR: &str = "exports";

/// A file-system-safe slug: ASCII letters and digits, words joined by `-`, at most 60
/// characters (only the start of a long text is looked at).
pub fn slug(s: &str) -> String {
    // 240 characters are more than 60 slug characters need, whatever the transliteration.
    let start = crate::text::short(s, 240);
    let ascii = deunicode::deunicode(&start).to_ascii_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "assessment".into()
    } else {
        out.to_string()
    }
}

/// `<retailer>-<date>`, safe for file names.
pub fn stem(a: &Assessment) -> String {
    match &a.date {
        Some(d) => format!("{}-{}", slug(&a.retailer), slug(d)),
        None => slug(&a.retailer),
    }
}

/// `comparison-<retailer>-<first date>-<last date>-<what>`, safe for file names.
pub fn comparison_stem(all: &[&Assessment], what: &str) -> String {
    let mut retailers: Vec<String> = all.iter().map(|a| slug(&a.retailer)).collect();
    retailers.sort();
    retailers.dedup();
    let who = if retailers.len() == 1 {
        retailers.remove(0)
    } else {
        format!("{}-retailers", retailers.len())
    };
    let mut dates: Vec<String> = all
        .iter()
        .filter_map(|a| a.date.as_deref())
        .map(slug)
        .collect();
    dates.sort_unstable();
    let span = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a != b => format!("-{a}-{b}"),
        (Some(a), _) => format!("-{a}"),
        _ => String::new(),
    };
    format!("comparison-{who}{span}-{what}")
}

/// A path in `dir` named `stem.ext` that does not exist yet (`stem-2.ext`, … otherwise): a
/// suggestion only; writing a generated name reserves it ([`crate::store::reserve`]).
pub fn unused_path(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Boutique Lumière"), "boutique-lumiere");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("  "), "assessment");
        assert_eq!(slug("Café & Co — 2025/03"), "cafe-co-2025-03");
        assert_eq!(slug(&"x".repeat(1_000_000)).len(), 60);
    }

    #[test]
    fn suggested_names_skip_existing_files() {
        let dir = tempfile::tempdir().unwrap();
        let a = unused_path(dir.path(), "x", "png");
        std::fs::write(&a, b"1").unwrap();
        let b = unused_path(dir.path(), "x", "png");
        assert_eq!(b.file_name().unwrap(), "x-2.png");
    }
}
