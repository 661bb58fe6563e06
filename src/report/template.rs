//! Why a report could not be made.

use crate::lang::Lang;
use std::fmt;

/// What stopped a report's engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Budget {
    /// It ran past its time.
    Time,
    /// It used more memory than it may.
    Memory,
    /// It made more pages than a report may have.
    Pages,
    /// The engine itself failed (a panic, no process to run it in).
    Engine,
}

impl Budget {
    /// Seconds a report may take.
    pub const SECONDS: u64 = 20;
    /// Bytes of memory the engine may use.
    pub const MEMORY: u64 = 1536 * 1024 * 1024;
    /// Pages a report may have.
    pub const PAGES: usize = 500;

    /// The seconds a report may take here: [`Budget::SECONDS`], or
    /// `RETAIL_MATURITY_REPORT_SECONDS` (tests use it to stop sooner).
    pub fn seconds() -> u64 {
        std::env::var("RETAIL_MATURITY_REPORT_SECONDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .filter(|s| *s > 0)
            .unwrap_or(Self::SECONDS)
    }
}

/// Why a report could not be made.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ReportError {
    /// The template has an error: its name, the line (and column) where typst found it, and
    /// typst's message.
    Template {
        /// The template's name (its path).
        template: String,
        /// Line, from 1.
        line: Option<usize>,
        /// Column, from 1.
        column: Option<usize>,
        /// Typst's message (and its hints).
        message: String,
    },
    /// A chart of the report could not be drawn.
    Chart(String),
    /// The engine was stopped past its budget, or failed.
    Stopped {
        /// The template's name (its path).
        template: String,
        /// What was exceeded.
        budget: Budget,
        /// What the engine said, if anything.
        detail: String,
    },
    /// This build was made without the `report` feature.
    NotBuilt,
}

impl ReportError {
    /// The error in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            ReportError::Template {
                template,
                line: Some(line),
                column,
                message,
            } => crate::tr!(
                lang,
                "report-template-error-at",
                template = template.as_str(),
                line = *line,
                column = column.unwrap_or(1),
                message = message.as_str()
            ),
            ReportError::Template {
                template, message, ..
            } => crate::tr!(
                lang,
                "report-template-error",
                template = template.as_str(),
                message = message.as_str()
            ),
            ReportError::Chart(detail) => crate::tr!(lang, "chart-draw", detail = detail.as_str()),
            ReportError::Stopped {
                template,
                budget,
                detail,
            } => {
                let (key, limit) = match budget {
                    Budget::Time => ("report-stopped-time", Budget::seconds()),
                    Budget::Memory => ("report-stopped-memory", Budget::MEMORY / (1024 * 1024)),
                    Budget::Pages => ("report-stopped-pages", Budget::PAGES as u64),
                    Budget::Engine => ("report-stopped-engine", 0),
                };
                crate::tr!(
                    lang,
                    key,
                    template = template.as_str(),
                    limit = limit,
                    detail = crate::text::short(detail, 300).into_owned()
                )
            }
            ReportError::NotBuilt => lang.t("report-not-built").to_string(),
        }
    }
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::EN))
    }
}

impl std::error::Error for ReportError {}

impl crate::error::Localized for ReportError {
    fn render(&self, lang: crate::lang::Lang) -> String {
        ReportError::render(self, lang)
    }
}
