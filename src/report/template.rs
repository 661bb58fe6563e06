//! Why a report could not be made.

use crate::lang::Lang;
use std::fmt;

/// Why a report could not be made.
#[derive(Debug, Clone, PartialEq)]
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
