//! A portfolio: every assessment under some folders, loaded and scored in parallel, ranked, with
//! the distribution of levels per family and the files that failed, each with its reason.

use crate::assessment::Assessment;
use crate::error::FileError;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::reference::Reference;
use crate::score::{Profile, Scorecard};
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// One assessment of the portfolio.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Its file.
    pub path: PathBuf,
    /// Retailer.
    pub retailer: String,
    /// Date.
    pub date: Option<String>,
    /// Its levels and scores, compact (10,000 full scorecards would weigh tens of megabytes).
    #[serde(skip)]
    pub profile: Profile,
    /// Maturity score.
    pub score: f64,
    /// Stage index.
    pub stage: usize,
    /// In-store coverage, 0–1.
    pub in_store_coverage: f64,
    /// Share (0–1) of its answered tracks checked in data or systems (0 when none answered).
    pub checked_share: f64,
}

/// A file that could not be used, and why.
#[derive(Debug)]
pub struct Failure {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub reason: Reason,
}

/// In the JSON export: the path, and the reason in English.
impl Serialize for Failure {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut f = s.serialize_struct("Failure", 2)?;
        f.serialize_field("path", &self.path)?;
        f.serialize_field("reason", &self.render(Lang::EN))?;
        f.end()
    }
}

/// Why a file of a portfolio could not be used.
#[derive(Debug)]
pub enum Reason {
    /// It could not be loaded.
    File(FileError),
    /// A folder or file given does not exist.
    Missing,
    /// A folder could not be read, or a link could not be followed.
    Walk(String),
    /// A link leads back to a folder above it.
    LinkLoop,
}

impl Failure {
    /// Why, in `lang`, the path first.
    pub fn render(&self, lang: Lang) -> String {
        let path = crate::text::terminal_safe(&self.path.display().to_string()).into_owned();
        match &self.reason {
            Reason::File(e) => e.render(lang),
            Reason::Missing => crate::tr!(
                lang,
                "file-error",
                file = path,
                what = lang.t("io-not-found")
            ),
            Reason::Walk(e) => crate::tr!(
                lang,
                "file-error",
                file = path,
                what = crate::tr!(lang, "portfolio-walk", detail = e.as_str())
            ),
            Reason::LinkLoop => crate::tr!(
                lang,
                "file-error",
                file = path,
                what = lang.t("portfolio-link-loop")
            ),
        }
    }
}

/// How the levels of one family are spread over the portfolio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distribution {
    /// Family id.
    pub family: String,
    /// Assessments where it applies.
    pub applicable: usize,
    /// Count of each family level, 0 to 5.
    pub counts: [usize; 6],
    /// Mean level.
    pub mean: f64,
    /// Median level.
    pub median: f64,
}

/// The result of a portfolio run.
#[derive(Debug, Serialize)]
pub struct Portfolio {
    /// Assessments, best score first.
    pub entries: Vec<Entry>,
    /// Files that failed.
    pub failures: Vec<Failure>,
    /// Per family.
    pub distributions: Vec<Distribution>,
}

/// Every `.json` file under `dirs` (recursively, links followed; a file given directly is taken
/// as it is), sorted; folders that cannot be read, broken links and link loops are failures.
pub fn find_files(dirs: &[PathBuf]) -> (Vec<PathBuf>, Vec<Failure>) {
    let mut files = Vec::new();
    let mut failures = Vec::new();
    let is_json = |p: &Path| {
        p.extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("json"))
    };
    for d in dirs {
        if d.is_file() {
            files.push(d.clone());
            continue;
        }
        if !d.exists() {
            failures.push(Failure {
                path: d.clone(),
                reason: Reason::Missing,
            });
            continue;
        }
        // Links are followed (walkdir stops at a loop and says so).
        for e in walkdir::WalkDir::new(d).follow_links(true) {
            match e {
                Ok(e) if !e.file_type().is_dir() && is_json(e.path()) => {
                    match crate::store::not_a_file_type(e.file_type()) {
                        None => files.push(e.into_path()),
                        // A FIFO or a device named .json: a failure with its reason, unopened.
                        Some(kind) => failures.push(Failure {
                            path: e.path().to_path_buf(),
                            reason: Reason::File(FileError::NotAFile {
                                path: e.into_path(),
                                kind,
                            }),
                        }),
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    let path = err
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| d.clone());
                    if err.loop_ancestor().is_some() {
                        failures.push(Failure {
                            path,
                            reason: Reason::LinkLoop,
                        });
                    } else if err.depth() == 0 || is_json(&path) || path.is_dir() || !path.exists()
                    {
                        let detail = err
                            .io_error()
                            .map(|e| e.to_string())
                            .unwrap_or_else(|| err.to_string());
                        failures.push(Failure {
                            path,
                            reason: Reason::Walk(detail),
                        });
                    }
                }
            }
        }
    }
    // Byte order: deterministic, and ten times cheaper than comparing path components.
    files.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    files.dedup();
    // The walk's order is the file system's: said in the order of the paths.
    failures.sort_by(|a, b| a.path.as_os_str().cmp(b.path.as_os_str()));
    (files, failures)
}

impl Portfolio {
    /// Loads, validates and scores `files` in parallel; `tick` is called once per file. The
    /// files are regular files, as [`find_files`] gives them: each is opened without being
    /// looked at first (anything else is still refused once opened, but opening a device may
    /// not be harmless).
    pub fn build(framework: &Framework, files: &[PathBuf], tick: &(dyn Fn() + Sync)) -> Portfolio {
        let results: Vec<Result<Entry, Failure>> = files
            .par_iter()
            .map(|p| {
                let r = crate::store::read_regular(p, crate::store::MAX_FILE_BYTES)
                    .and_then(|bytes| Assessment::from_bytes(p, &bytes, framework))
                    .map(|a| {
                        let card = Scorecard::compute(framework, &a);
                        Entry {
                            path: p.clone(),
                            score: card.overall,
                            stage: card.stage,
                            in_store_coverage: card.in_store_coverage,
                            checked_share: {
                                let c = card.confidence_counts();
                                if c.answered == 0 {
                                    0.0
                                } else {
                                    c.checked as f64 / c.answered as f64
                                }
                            },
                            retailer: a.retailer,
                            date: a.date,
                            profile: card.profile(),
                        }
                    })
                    .map_err(|e| Failure {
                        path: p.clone(),
                        reason: Reason::File(e),
                    });
                tick();
                r
            })
            .collect();
        let mut entries = Vec::with_capacity(results.len());
        let mut failures = Vec::new();
        for r in results {
            match r {
                Ok(e) => entries.push(e),
                Err(f) => failures.push(f),
            }
        }
        entries.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.path.cmp(&b.path))
        });
        let distributions = framework
            .families
            .iter()
            .enumerate()
            .map(|(fi, f)| {
                distribution(
                    &f.id,
                    entries
                        .iter()
                        .map(|e| e.profile.families[fi])
                        .filter(|fp| fp.applicable)
                        .map(|fp| fp.level),
                )
            })
            .collect();
        Portfolio {
            entries,
            failures,
            distributions,
        }
    }

    /// The mean profile, as a reference file's content.
    pub fn reference(&self, framework: &Framework, label: String) -> Reference {
        let profiles: Vec<&Profile> = self.entries.iter().map(|e| &e.profile).collect();
        Reference::from_profiles(framework, &profiles, label)
    }
}

fn distribution(family: &str, levels: impl Iterator<Item = u8>) -> Distribution {
    let mut sorted: Vec<u8> = levels.collect();
    sorted.sort_unstable();
    let mut counts = [0usize; 6];
    for &l in &sorted {
        counts[usize::from(l.min(5))] += 1;
    }
    let n = sorted.len();
    let mean = if n == 0 {
        0.0
    } else {
        sorted.iter().map(|&l| f64::from(l)).sum::<f64>() / n as f64
    };
    let median = match n {
        0 => 0.0,
        n if n % 2 == 1 => f64::from(sorted[n / 2]),
        n => (f64::from(sorted[n / 2 - 1]) + f64::from(sorted[n / 2])) / 2.0,
    };
    Distribution {
        family: family.to_string(),
        applicable: n,
        counts,
        mean,
        median,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distributions_count_mean_and_median() {
        let d = distribution("x", [1u8, 3, 3, 5].into_iter());
        assert_eq!(d.counts, [0, 1, 0, 2, 0, 1]);
        assert_eq!((d.mean, d.median), (3.0, 3.0));
        let d = distribution("x", [0u8, 1, 4].into_iter());
        assert_eq!((d.mean, d.median), (5.0 / 3.0, 1.0));
        let d = distribution("x", std::iter::empty());
        assert_eq!((d.applicable, d.mean), (0, 0.0));
    }
}
