//! A report template: the built-in one, or a file a consultancy writes (its logo and other
//! files beside it), and why a template could not make a report.

use crate::error::FileError;
use crate::lang::Lang;
use std::fmt;
use std::path::{Path, PathBuf};

/// The built-in template.
const BUILTIN: &str = include_str!("../../data/report/report.typ");

/// The largest template file read.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// A typst template and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// Its name in messages: the file's path, or `report.typ` for the built-in one.
    pub name: String,
    /// The typst source.
    pub source: String,
    /// The folder its own files (a logo…) are read from; none for the built-in one.
    pub folder: Option<PathBuf>,
}

impl Template {
    /// The built-in template.
    pub fn builtin() -> Template {
        Template {
            name: "report.typ".into(),
            source: BUILTIN.into(),
            folder: None,
        }
    }

    /// A template file (UTF-8), whose folder holds the files it uses.
    pub fn load(path: &Path) -> Result<Template, FileError> {
        let bytes = crate::store::read_limited(path, MAX_TEMPLATE_BYTES)?;
        let source = String::from_utf8(bytes).map_err(|e| {
            FileError::invalid(
                path,
                "$",
                crate::msg!("json-not-utf8", offset = e.utf8_error().valid_up_to()),
            )
        })?;
        Ok(Template {
            name: path.display().to_string(),
            source,
            folder: Some(crate::store::folder_of(path).to_path_buf()),
        })
    }
}

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
