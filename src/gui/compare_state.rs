//! The Compare view's state, free of egui: the saved assessments it knows (scanned, filtered,
//! sorted) and the 2 to 6 picked.

use super::known::known_files;
use crate::assessment::Assessment;
use crate::chart::ChartKind;
use crate::error::FileError;
use crate::framework::Framework;
use crate::score::Scorecard;
use std::path::{Path, PathBuf};

/// Most assessments drawn together.
pub const MAX_PICKED: usize = 6;

/// A saved assessment the view knows.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Its file.
    pub path: PathBuf,
    /// Its content.
    pub assessment: Assessment,
    /// Maturity score.
    pub score: f64,
    /// Stage index.
    pub stage: usize,
}

/// Sort keys of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// Retailer name.
    Retailer,
    /// Date.
    Date,
    /// Score.
    Score,
    /// Folder and file name.
    File,
}

/// The view's state.
#[derive(Debug)]
pub struct CompareState {
    /// Known assessments.
    pub candidates: Vec<Candidate>,
    /// Files that claim to be assessments but could not be read, with the reason.
    pub failures: Vec<FileError>,
    /// Picked candidates, by path, in the order picked.
    pub picked: Vec<PathBuf>,
    /// Filter text.
    pub filter: String,
    /// Sort key.
    pub sort: SortKey,
    /// Descending order.
    pub descending: bool,
    /// Chart shown.
    pub chart: ChartKind,
    /// Whether the ticked assessments are shown consolidated, as one team's answers.
    pub team: bool,
}

impl Default for CompareState {
    fn default() -> Self {
        CompareState {
            candidates: Vec::new(),
            failures: Vec::new(),
            picked: Vec::new(),
            filter: String::new(),
            sort: SortKey::Date,
            descending: false,
            chart: ChartKind::Profile,
            team: false,
        }
    }
}

fn candidate(path: PathBuf, framework: &Framework) -> Result<Candidate, FileError> {
    let bytes = crate::gui::platform::read_file(&path)?;
    let a = Assessment::from_bytes(&path, &bytes, framework)?;
    let card = Scorecard::compute(framework, &a);
    Ok(Candidate {
        path,
        assessment: a,
        score: card.overall,
        stage: card.stage,
    })
}

impl CompareState {
    /// Scans the files the app knows: recent ones, `exports/`, `data/examples/`, and `extra`.
    pub fn refresh(
        &mut self,
        recent: &[PathBuf],
        exports_dir: &Path,
        extra: &[PathBuf],
        framework: &Framework,
    ) {
        let mut paths = known_files(recent, exports_dir);
        for p in extra {
            if !paths.contains(p) {
                paths.push(p.clone());
            }
        }
        self.candidates.clear();
        self.failures.clear();
        for p in paths {
            match candidate(p, framework) {
                Ok(c) => self.candidates.push(c),
                Err(e) => self.failures.push(e),
            }
        }
        self.picked
            .retain(|p| self.candidates.iter().any(|c| &c.path == p));
    }

    /// Adds a file (opened or dropped) to the list, and picks it.
    pub fn add(&mut self, path: PathBuf, framework: &Framework) -> Result<(), FileError> {
        let c = candidate(path.clone(), framework)?;
        self.candidates.retain(|c| c.path != path);
        self.candidates.push(c);
        if !self.picked.contains(&path) && self.picked.len() < MAX_PICKED {
            self.picked.push(path);
        }
        Ok(())
    }

    /// Picks or unpicks a candidate (at most [`MAX_PICKED`] are picked).
    pub fn toggle(&mut self, path: &Path) {
        if let Some(i) = self.picked.iter().position(|x| x == path) {
            self.picked.remove(i);
        } else if self.picked.len() < MAX_PICKED {
            self.picked.push(path.to_path_buf());
        }
    }

    /// Sorts by `key`; the same key again reverses the order.
    pub fn sort_by(&mut self, key: SortKey) {
        if self.sort == key {
            self.descending = !self.descending;
        } else {
            self.sort = key;
            self.descending = key == SortKey::Score;
        }
    }

    /// Candidates shown: filtered and sorted.
    pub fn visible(&self) -> Vec<usize> {
        let needle = self.filter.trim().to_lowercase();
        let mut v: Vec<usize> = (0..self.candidates.len())
            .filter(|&i| {
                let c = &self.candidates[i];
                needle.is_empty()
                    || c.assessment.retailer.to_lowercase().contains(&needle)
                    || c.assessment.date.as_deref().unwrap_or("").contains(&needle)
                    || c.path
                        .display()
                        .to_string()
                        .to_lowercase()
                        .contains(&needle)
            })
            .collect();
        let key = self.sort;
        v.sort_by(|&a, &b| {
            let (a, b) = (&self.candidates[a], &self.candidates[b]);
            let o = match key {
                SortKey::Retailer => a
                    .assessment
                    .retailer
                    .to_lowercase()
                    .cmp(&b.assessment.retailer.to_lowercase()),
                SortKey::Date => a.assessment.date.cmp(&b.assessment.date),
                SortKey::Score => a.score.total_cmp(&b.score),
                SortKey::File => a.path.cmp(&b.path),
            };
            o.then_with(|| a.path.cmp(&b.path))
        });
        if self.descending {
            v.reverse();
        }
        v
    }

    /// The picked assessments, with their sources.
    pub fn picked_assessments(&self) -> Vec<(String, &Assessment)> {
        self.picked
            .iter()
            .filter_map(|p| self.candidates.iter().find(|c| &c.path == p))
            .map(|c| (c.path.display().to_string(), &c.assessment))
            .collect()
    }
}
