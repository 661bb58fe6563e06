//! What an export is asked for: the subject (one assessment, a comparison, a team, a
//! portfolio), the format, and the options. Apart from the pipeline, so that the report, which
//! the pipeline calls, can take them too.

use super::csv::CsvStyle;
use crate::assessment::Assessment;
use crate::chart::ChartKind;
use crate::lang::Lang;
use crate::portfolio::Portfolio;
use crate::reference::Reference;
use crate::report::template::Template;

/// Default image size of exports.
pub const IMAGE_SIZE: (u32, u32) = (1600, 1000);

/// What is exported.
#[derive(Clone, Copy)]
pub enum Subject<'a> {
    /// One assessment, with a reference drawn under its charts if one is pinned.
    Assessment {
        /// The assessment.
        assessment: &'a Assessment,
        /// The pinned reference.
        reference: Option<&'a Reference>,
    },
    /// Two or more assessments, each with where it came from (its file).
    Comparison {
        /// `(source, assessment)` pairs.
        inputs: &'a [(String, &'a Assessment)],
    },
    /// A team's answers, consolidated.
    Team {
        /// The consolidation.
        team: &'a crate::team::Consolidation,
    },
    /// A portfolio and its mean profile.
    Portfolio {
        /// The portfolio.
        portfolio: &'a Portfolio,
        /// Its mean profile.
        mean: &'a Reference,
    },
}

/// A kind of export file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Scored results, JSON.
    Json,
    /// Scored results, CSV.
    Csv,
    /// Charts, PNG.
    Png,
    /// Charts, SVG.
    Svg,
    /// The report, PDF.
    Pdf,
    /// The workbook, XLSX.
    Xlsx,
}

impl Format {
    /// The formats of "Export all".
    pub const ALL: [Format; 4] = [Format::Json, Format::Csv, Format::Png, Format::Svg];

    /// File extension.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Pdf => "pdf",
            Format::Xlsx => "xlsx",
        }
    }
}

/// How to export.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Language of every text.
    pub lang: Lang,
    /// Image size in pixels (PNG, SVG).
    pub size: (u32, u32),
    /// Which chart (PNG, SVG).
    pub chart: ChartKind,
    /// Separators (CSV).
    pub csv: CsvStyle,
    /// The report's template (PDF); the built-in one when none.
    pub template: Option<std::sync::Arc<Template>>,
}

impl Options {
    /// The defaults in `lang`: 1600×1000, every chart, commas and decimal points.
    pub fn new(lang: Lang) -> Options {
        Options {
            lang,
            size: IMAGE_SIZE,
            chart: ChartKind::All,
            csv: CsvStyle::COMMA,
            template: None,
        }
    }
}
