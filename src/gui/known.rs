//! The assessment files the app knows without asking: recent ones, then those in the exports
//! folder and in `data/examples/` — only files that are assessments (not results or references).

use crate::assessment::ASSESSMENT_FORMAT;
use std::io::Read;
use std::path::{Path, PathBuf};

/// How much of a file is looked at to tell whether it is an assessment.
const SNIFF_BYTES: u64 = 64 * 1024;

/// Whether `path` looks like an assessment file: a regular file whose JSON says
/// `"format": "retail-maturity-assessment"` near its start (loading it checks the rest).
pub fn is_assessment_file(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(SNIFF_BYTES).read_to_end(&mut head));
    if read.is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&head);
    let mut rest = text.as_ref();
    while let Some(at) = rest.find("\"format\"") {
        let after = rest[at + 8..].trim_start();
        if let Some(value) = after.strip_prefix(':') {
            let value = value.trim_start();
            if value.starts_with(&format!("\"{ASSESSMENT_FORMAT}\"")) {
                return true;
            }
        }
        rest = &rest[at + 8..];
    }
    false
}

/// Assessment files the app knows: recent ones, then those in the exports folder and in
/// `data/examples/`, each once.
pub fn known_files(recent: &[PathBuf], exports_dir: &Path) -> Vec<PathBuf> {
    // Files handed over (in a browser, those picked or dropped, and the examples) first.
    let mut out = crate::gui::platform::handed_over();
    out.extend(recent.iter().filter(|p| is_assessment_file(p)).cloned());
    for dir in [exports_dir, Path::new("data/examples")] {
        if let Ok(entries) = std::fs::read_dir(dir) {
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .filter(|p| is_assessment_file(p))
                .collect();
            found.sort();
            for p in found {
                let canon = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
                if !out.contains(&canon) && !out.contains(&p) {
                    out.push(p);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_assessments_are_offered() {
        let dir = tempfile::tempdir().unwrap();
        let fw = crate::Framework::builtin();
        let a = crate::Assessment::blank(fw);
        std::fs::write(dir.path().join("a.json"), a.to_json()).unwrap();
        let results = crate::export::render(
            fw,
            &crate::export::Subject::Assessment {
                assessment: &a,
                reference: None,
            },
            crate::export::Format::Json,
            &crate::export::Options::new(crate::Lang::EN),
        )
        .unwrap();
        std::fs::write(dir.path().join("a-results.json"), results).unwrap();
        std::fs::write(dir.path().join("other.json"), "{\"format\" : \"x\"}").unwrap();
        let found = known_files(&[], dir.path());
        let names: Vec<_> = found
            .iter()
            .filter(|p| p.starts_with(dir.path()))
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.json"]);
    }
}
