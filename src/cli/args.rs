//! Command-line arguments (clap): the app with no command, and the headless commands.

use crate::chart::ChartKind;
use crate::lang::Lang;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Examples printed under `--help`.
const EXAMPLES: &str = "\
Examples:
  retail-maturity                                     open the desktop app
  retail-maturity new dupont-2026.json --retailer \"Maison Dupont\"
  retail-maturity validate audits/*.json
  retail-maturity score dupont-2026.json --lang en
  retail-maturity export dupont-2026.json --png --svg --csv    (into exports/)
  retail-maturity compare dupont-2025.json dupont-2026.json --png
  retail-maturity portfolio audits/ --csv ranking.csv --reference sector.json";

/// Digital-commerce maturity self-assessment for retailers.
///
/// With no command, opens the desktop app.
#[derive(Debug, Parser)]
#[command(name = "retail-maturity", version, about, long_about = None, after_help = EXAMPLES)]
pub struct Cli {
    /// A framework file to use instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub framework: Option<PathBuf>,
    /// Language of texts and labels (default: the system's).
    #[arg(long, global = true, value_name = "fr|en")]
    pub lang: Option<Lang>,
    /// Desktop app: open this assessment at start.
    #[arg(long, value_name = "FILE")]
    pub open: Option<PathBuf>,
    /// Desktop app: start in the Compare view with these assessments picked.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub compare: Vec<PathBuf>,
    /// Desktop app: pin this reference (or assessment) under the profile.
    #[arg(long, value_name = "FILE")]
    pub reference: Option<PathBuf>,
    /// Desktop app: close as soon as the first frame is painted (start-up benchmarks).
    #[arg(long, hide = true)]
    pub quit_after_first_frame: bool,
    /// Desktop app: render the window once, save a screenshot to this PNG and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// Desktop app: light or dark theme (default: the one last chosen).
    #[arg(long, value_enum, value_name = "light|dark")]
    pub theme: Option<crate::gui::settings::Theme>,
    /// The command; none opens the desktop app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a blank assessment to fill in.
    New {
        /// Output file (default: print to standard output); same as -o.
        #[arg(value_name = "FILE", conflicts_with = "output")]
        file: Option<PathBuf>,
        /// Output file (default: print to standard output).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Retailer name.
        #[arg(long)]
        retailer: Option<String>,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Check assessment files and say why each one is invalid.
    Validate {
        /// Assessment files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Score an assessment.
    Score {
        /// Assessment file.
        file: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Compare assessments: per-family deltas, overall delta, trend (ordered by date).
    Compare {
        /// Two or more assessment files.
        #[arg(required = true, num_args = 2.., value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Charts to draw and where.
        #[command(flatten)]
        images: ImageArgs,
        /// Overwrite existing output files.
        #[arg(long)]
        force: bool,
    },
    /// Export scored results (JSON, CSV) and charts (PNG, SVG).
    Export(ExportArgs),
    /// Score every assessment under folders (recursively): ranking, levels per family, failures.
    Portfolio(PortfolioArgs),
    /// Print the JSON Schema of the assessment file.
    Schema,
}

/// Options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Assessment file.
    pub file: PathBuf,
    /// Write results as JSON (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub json: Option<Option<PathBuf>>,
    /// Write results as CSV, one row per family (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub csv: Option<Option<PathBuf>>,
    /// Charts to draw and where.
    #[command(flatten)]
    pub images: ImageArgs,
    /// CSV field separator (`;` suits spreadsheets set to French).
    #[arg(long, value_enum, default_value_t = Delimiter::Comma)]
    pub delimiter: Delimiter,
    /// Overwrite existing output files.
    #[arg(long)]
    pub force: bool,
}

/// Options of `portfolio`.
#[derive(Debug, Args)]
pub struct PortfolioArgs {
    /// Folders to search for assessment files (`*.json`), or files.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Write the ranking as CSV (one row per assessment, with its family levels).
    #[arg(long, value_name = "OUT")]
    pub csv: Option<PathBuf>,
    /// Write the ranking, distributions and failures as JSON.
    #[arg(long, value_name = "OUT")]
    pub json: Option<PathBuf>,
    /// Draw the mean profile and radar as PNG.
    #[arg(long, value_name = "OUT")]
    pub png: Option<PathBuf>,
    /// Write the mean profile as a reference file the app can pin.
    #[arg(long, value_name = "OUT")]
    pub reference: Option<PathBuf>,
    /// Name of the reference (default: "Portfolio mean (N assessments)").
    #[arg(long)]
    pub label: Option<String>,
    /// Show only the first N of the ranking on the terminal.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Overwrite existing output files.
    #[arg(long)]
    pub force: bool,
}

/// Chart options shared by `export` and `compare`.
#[derive(Debug, Args)]
pub struct ImageArgs {
    /// Write the chart as PNG (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub png: Option<Option<PathBuf>>,
    /// Write the chart as SVG (to OUT, or to a generated name in exports/).
    #[arg(long, value_name = "OUT", num_args = 0..=1)]
    pub svg: Option<Option<PathBuf>>,
    /// Which chart.
    #[arg(long, value_enum, default_value_t = ChartKind::All)]
    pub chart: ChartKind,
    /// Image size in pixels.
    #[arg(long, value_name = "WxH", default_value = "1600x1000", value_parser = crate::cli::output::parse_size)]
    pub size: (u32, u32),
}

/// CSV field separators.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Delimiter {
    /// `,`
    Comma,
    /// `;`
    Semicolon,
    /// tab
    Tab,
}

impl Delimiter {
    /// The byte.
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }
}
