//! What an export is asked for — the shared vocabulary of the export pipeline, the report and
//! their callers: the subject (one assessment, a comparison, a team, a portfolio), what each
//! kind of subject can be exported as (one table), the format, the options, and the report's
//! template. It imports neither the pipeline nor the report, so both can use it.

use crate::assessment::Assessment;
use crate::chart::{ChartData, ChartKind};
use crate::error::FileError;
use crate::framework::Framework;
use crate::lang::Lang;
use crate::portfolio::Portfolio;
use crate::reference::Reference;
use crate::score::Scorecard;
use std::path::{Path, PathBuf};

/// Field separator and decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    /// Between fields: `,`, `;` or a tab.
    pub delimiter: char,
    /// In numbers: `.` or `,`.
    pub decimal: char,
}

impl CsvStyle {
    /// Commas and decimal points (most spreadsheets set to English).
    pub const COMMA: CsvStyle = CsvStyle {
        delimiter: ',',
        decimal: '.',
    };
    /// Semicolons and decimal commas (spreadsheets set to French).
    pub const SEMICOLON: CsvStyle = CsvStyle {
        delimiter: ';',
        decimal: ',',
    };

    /// What a spreadsheet in `lang` expects: semicolons and decimal commas where the decimal
    /// mark is a comma.
    pub fn for_lang(lang: Lang) -> CsvStyle {
        if lang.decimal() == ',' {
            CsvStyle::SEMICOLON
        } else {
            CsvStyle::COMMA
        }
    }
}

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

impl Subject<'_> {
    /// What the charts of this subject draw (the one place chart data is made from a subject:
    /// the exports, the report and the app's views call it).
    pub fn chart_data(&self, framework: &Framework, lang: Lang) -> ChartData {
        match self {
            Subject::Assessment {
                assessment,
                reference,
            } => {
                let card = Scorecard::compute(framework, assessment);
                let data = ChartData::single(framework, assessment, &card, lang);
                match reference {
                    Some(r) => data.with_reference(framework, r),
                    None => data,
                }
            }
            Subject::Comparison { inputs } => {
                let all: Vec<&Assessment> = inputs.iter().map(|(_, a)| *a).collect();
                ChartData::comparison(framework, &all, lang)
            }
            Subject::Portfolio { mean, .. } => ChartData::reference_only(framework, mean, lang),
            Subject::Team { team } => ChartData::team(framework, team, lang),
        }
    }

    /// The kind of subject.
    pub fn kind(&self) -> SubjectKind {
        match self {
            Subject::Assessment { .. } => SubjectKind::Assessment,
            Subject::Comparison { .. } => SubjectKind::Comparison,
            Subject::Team { .. } => SubjectKind::Team,
            Subject::Portfolio { .. } => SubjectKind::Portfolio,
        }
    }
}

/// The kinds of subject, for what each can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubjectKind {
    /// One assessment.
    Assessment,
    /// A comparison of assessments.
    Comparison,
    /// A team's consolidation.
    Team,
    /// A portfolio of assessments.
    Portfolio,
}

impl SubjectKind {
    /// What this kind of subject can be exported as: the one table the command line, the menus
    /// and the Compare and Team views read (a portfolio has no report: its summary is the
    /// ranking and the mean profile).
    pub fn formats(self) -> &'static [Format] {
        match self {
            SubjectKind::Assessment | SubjectKind::Comparison | SubjectKind::Team => &Format::ALL,
            SubjectKind::Portfolio => &[
                Format::Json,
                Format::Csv,
                Format::Png,
                Format::Svg,
                Format::Xlsx,
            ],
        }
    }

    /// Whether this kind of subject can be exported as `format`.
    pub fn offers(self, format: Format) -> bool {
        self.formats().contains(&format)
    }
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
    /// Every format, in the order menus list them: the documents first.
    pub const ALL: [Format; 6] = [
        Format::Pdf,
        Format::Xlsx,
        Format::Json,
        Format::Csv,
        Format::Png,
        Format::Svg,
    ];

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

    /// Its short name on buttons (`PDF`, `Excel`…), the same in every language.
    pub fn short_name(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Csv => "CSV",
            Format::Png => "PNG",
            Format::Svg => "SVG",
            Format::Pdf => "PDF",
            Format::Xlsx => "Excel",
        }
    }

    /// Whether this build makes it (the PDF report needs the `report` feature).
    pub fn built(self) -> bool {
        self != Format::Pdf || cfg!(feature = "report")
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

/// The built-in template.
const BUILTIN: &str = include_str!("../data/report/report.typ");

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
                crate::msg!("template-not-utf8", offset = e.utf8_error().valid_up_to()),
            )
        })?;
        Ok(Template {
            name: path.display().to_string(),
            source,
            folder: Some(crate::store::folder_of(path).to_path_buf()),
        })
    }
}
