//! What the app remembers between runs: language, theme, recent files, the last file.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, clap::ValueEnum)]
pub enum Theme {
    /// Light.
    #[default]
    Light,
    /// Dark.
    Dark,
}

/// The state that we persist (serialize).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    /// Language of the interface; the system's when never chosen.
    pub lang: Option<Lang>,
    /// Theme.
    pub theme: Theme,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
}

impl Settings {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &std::path::Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut s = Settings::default();
        for i in 0..15 {
            s.remember(std::path::Path::new(&format!("/tmp/x{i}.json")));
        }
        s.remember(std::path::Path::new("/tmp/x3.json"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert_eq!(s.recent[0], PathBuf::from("/tmp/x3.json"));
        assert_eq!(
            s.recent.iter().filter(|p| p.ends_with("x3.json")).count(),
            1
        );
    }
}
