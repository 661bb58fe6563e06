//! The one export pipeline: what is exported (one assessment, a comparison, a portfolio, a
//! team consolidation) × the format (JSON, CSV, PNG, SVG, PDF, XLSX) × options (language,
//! size, chart, CSV style) → bytes and a default file name. The app and the command line only
//! choose and write; a new format is one function and one variant of [`Format`].

mod csv;
mod names;
mod xlsx;

pub use crate::request::{CsvStyle, Format, IMAGE_SIZE, Options, Subject, SubjectKind, Template};
pub use csv::{comparison_csv, ranking_csv, results_csv, team_csv};
pub use names::{EXPORTS_DIR, comparison_stem, slug, stem, unused_path};

use crate::assessment::Assessment;
use crate::chart::{self, ChartError};
use crate::compare::Comparison;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::report::ReportError;
use crate::results::Results;
use crate::score::Scorecard;
use std::fmt;

/// An export: its bytes and the name it gets when no path is chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    /// The file's content.
    pub bytes: Vec<u8>,
    /// `<stem>.<ext>`.
    pub file_name: String,
}

/// Why an export could not be made.
#[derive(Debug)]
pub enum ExportError {
    /// The chart could not be drawn.
    Chart(ChartError),
    /// This format is not made for this subject.
    Unsupported {
        /// The format asked for.
        format: Format,
    },
    /// The report could not be made.
    Report(ReportError),
    /// The workbook could not be made.
    Workbook(String),
}

impl ExportError {
    /// The error in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            ExportError::Chart(e) => e.render(lang),
            ExportError::Unsupported { format } => {
                crate::tr!(lang, "export-unsupported", format = format.ext())
            }
            ExportError::Report(e) => e.render(lang),
            ExportError::Workbook(e) => crate::tr!(lang, "xlsx-failed", detail = e.as_str()),
        }
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::EN))
    }
}

impl std::error::Error for ExportError {}

impl crate::error::Localized for ExportError {
    fn render(&self, lang: crate::lang::Lang) -> String {
        ExportError::render(self, lang)
    }
}

impl From<ChartError> for ExportError {
    fn from(e: ChartError) -> Self {
        ExportError::Chart(e)
    }
}

/// The export of `subject` in `format`: its bytes and its default file name.
pub fn export(
    framework: &Framework,
    subject: &Subject<'_>,
    format: Format,
    options: &Options,
) -> Result<Export, ExportError> {
    Ok(Export {
        bytes: render(framework, subject, format, options)?,
        file_name: format!("{}.{}", file_stem(subject, format, options), format.ext()),
    })
}

/// The default file name of an export, without its extension (known before it is made, so that
/// the name can be reserved first).
pub fn file_stem(subject: &Subject<'_>, format: Format, options: &Options) -> String {
    let what = match format {
        Format::Json | Format::Csv => "results",
        Format::Png | Format::Svg => options.chart.name(),
        Format::Pdf => "report",
        Format::Xlsx => "workbook",
    };
    match subject {
        Subject::Assessment { assessment, .. } => format!("{}-{what}", stem(assessment)),
        Subject::Comparison { inputs } => {
            let all: Vec<&Assessment> = inputs.iter().map(|(_, a)| *a).collect();
            let what = match format {
                Format::Json | Format::Csv => "all",
                _ => what,
            };
            comparison_stem(&all, what)
        }
        Subject::Portfolio { portfolio, .. } => {
            format!("portfolio-{}-{what}", portfolio.entries.len())
        }
        Subject::Team { team } => format!("team-{}-{what}", stem(&team.assessment)),
    }
}

/// The bytes of the export of `subject` in `format`.
pub fn render(
    framework: &Framework,
    subject: &Subject<'_>,
    format: Format,
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    if !subject.kind().offers(format) {
        return Err(ExportError::Unsupported { format });
    }
    let lang = options.lang;
    match (subject, format) {
        (Subject::Assessment { assessment, .. }, Format::Json | Format::Csv) => {
            let card = Scorecard::compute(framework, assessment);
            let results = Results::new(framework, assessment, &card, lang);
            Ok(match format {
                Format::Json => results.to_json().into_bytes(),
                _ => results_csv(&results, options.csv),
            })
        }
        (Subject::Comparison { inputs }, Format::Json) => {
            let c = Comparison::new(framework, inputs);
            let mut s = serde_json::to_string_pretty(&c).expect("a comparison always serializes");
            s.push('\n');
            Ok(s.into_bytes())
        }
        (Subject::Comparison { inputs }, Format::Csv) => {
            let c = Comparison::new(framework, inputs);
            Ok(comparison_csv(framework, &c, lang, options.csv))
        }
        (Subject::Portfolio { portfolio, .. }, Format::Json) => {
            let mut s =
                serde_json::to_string_pretty(portfolio).expect("a portfolio always serializes");
            s.push('\n');
            Ok(s.into_bytes())
        }
        (Subject::Portfolio { portfolio, .. }, Format::Csv) => {
            Ok(ranking_csv(portfolio, framework, lang, options.csv))
        }
        (Subject::Team { team }, Format::Json) => {
            let mut s =
                serde_json::to_string_pretty(team).expect("a consolidation always serializes");
            s.push('\n');
            Ok(s.into_bytes())
        }
        (Subject::Team { team }, Format::Csv) => Ok(team_csv(framework, team, lang, options.csv)),
        (_, Format::Xlsx) => xlsx::workbook(framework, subject, lang)
            .map_err(|e| ExportError::Workbook(e.to_string())),
        (_, Format::Pdf) => {
            let builtin;
            let template = match &options.template {
                Some(t) => t.as_ref(),
                None => {
                    builtin = Template::builtin();
                    &builtin
                }
            };
            crate::report::pdf(framework, subject, options, template).map_err(ExportError::Report)
        }
        (_, Format::Png | Format::Svg) => {
            let data = subject.chart_data(framework, lang);
            let (w, h) = options.size;
            Ok(match format {
                Format::Png => chart::render_png(&data, options.chart, w, h)?,
                _ => chart::render_svg(&data, options.chart, w, h)?.into_bytes(),
            })
        }
    }
}
