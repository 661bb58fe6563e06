//! What the app remembers between runs: language, theme, recent files, CSV separators.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
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
    /// Separators of CSV exports.
    pub csv: CsvChoice,
    /// The families list is hidden (more room on a small screen).
    pub hide_families: bool,
    /// A report template of one's own (typst), instead of the built-in one.
    pub template: Option<PathBuf>,
    /// The welcome has been shown (it is shown at the first start only).
    pub welcomed: bool,
}

/// The separators of the app's CSV exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum CsvChoice {
    /// What a spreadsheet in the interface's language expects (`;` and decimal commas in French).
    #[default]
    Auto,
    /// Commas and decimal points.
    Comma,
    /// Semicolons and decimal commas.
    Semicolon,
}

impl Settings {
    /// The CSV style of exports made in `lang`.
    pub fn csv_style(&self, lang: Lang) -> crate::export::CsvStyle {
        use crate::export::CsvStyle;
        match self.csv {
            CsvChoice::Auto => CsvStyle::for_lang(lang),
            CsvChoice::Comma => CsvStyle::COMMA,
            CsvChoice::Semicolon => CsvStyle::SEMICOLON,
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &std::path::Path) {
        // A browser's files are names of what was picked in this visit: gone after it.
        if crate::gui::platform::DOWNLOADS {
            return;
        }
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

/// The settings file's name in the data folder.
pub const FILE_NAME: &str = "settings.json";

impl Settings {
    /// Reads the settings from `dir`; defaults, with the reason, when the file is missing or bad.
    pub fn load(dir: &std::path::Path) -> (Settings, Option<String>) {
        let path = dir.join(FILE_NAME);
        let read = crate::gui::platform::data_read(dir, FILE_NAME).and_then(|b| match b {
            Some(b) => crate::store::from_json_bytes::<Settings>(&path, &b).map(Some),
            None => Ok(None),
        });
        match read {
            Ok(s) => (s.unwrap_or_default(), None),
            Err(e) => (Settings::default(), Some(e.to_string())),
        }
    }

    /// Writes the settings to `dir` atomically (in a browser, to its storage).
    pub fn save(&self, dir: &std::path::Path) -> Result<(), crate::error::FileError> {
        let mut s = serde_json::to_string_pretty(self).expect("settings always serialize");
        s.push('\n');
        crate::gui::platform::data_write(dir, FILE_NAME, s.as_bytes())
    }
}

#[cfg(test)]
mod file_tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_bad_files_fall_back_to_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let s = Settings {
            lang: Some(Lang::EN),
            theme: Theme::Dark,
            recent: vec!["/tmp/a.json".into()],
            csv: CsvChoice::Semicolon,
            hide_families: true,
            template: None,
            welcomed: true,
        };
        s.save(dir.path()).unwrap();
        assert_eq!(Settings::load(dir.path()), (s, None));
        std::fs::write(dir.path().join(FILE_NAME), "{\"theme\": 42}").unwrap();
        let (loaded, warning) = Settings::load(dir.path());
        assert_eq!(loaded, Settings::default());
        let warning = warning.unwrap();
        assert!(warning.contains("$.theme"), "{warning}");
    }
}
