//! The assessment files the app knows without asking: recent ones, then those in the exports
//! folder and in `data/examples/` — only files that are assessments (not results or references).

use crate::assessment::{SNIFF_BYTES, looks_like_assessment};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Whether `path` looks like an assessment file: a regular file whose start
/// [`looks_like_assessment`].
pub fn is_assessment_file(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    let mut head = Vec::new();
    let read =
        std::fs::File::open(path).and_then(|f| f.take(SNIFF_BYTES as u64).read_to_end(&mut head));
    read.is_ok() && looks_like_assessment(&head)
}

/// Assessment files the app knows: recent ones, then those in the exports folder and in
/// `data/examples/`, each once.
pub fn known_files(recent: &[PathBuf], exports_dir: &Path) -> Vec<PathBuf> {
    // Files handed over (in a browser, those picked or dropped, and the examples) first.
    let mut out = crate::gui::platform::handed_over(looks_like_assessment);
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
