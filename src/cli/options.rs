//! Options that several commands share: charts and images, CSV separators.

use crate::chart::ChartKind;
use crate::export::CsvStyle;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Which chart (`--chart`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChartArg {
    /// The profile against the complexity axis.
    Profile,
    /// The radar of family scores.
    Radar,
    /// Per-family changes (comparisons).
    Deltas,
    /// Maturity score over time (dated comparisons).
    Trend,
    /// The impact / effort matrix of the action plan (one assessment).
    Matrix,
    /// Every chart that applies, on one page.
    All,
}

impl From<ChartArg> for ChartKind {
    fn from(c: ChartArg) -> ChartKind {
        match c {
            ChartArg::Profile => ChartKind::Profile,
            ChartArg::Radar => ChartKind::Radar,
            ChartArg::Deltas => ChartKind::Deltas,
            ChartArg::Trend => ChartKind::Trend,
            ChartArg::Matrix => ChartKind::Matrix,
            ChartArg::All => ChartKind::All,
        }
    }
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
    #[arg(long, value_enum, default_value_t = ChartArg::All)]
    pub chart: ChartArg,
    /// Image size in pixels, 200x150 to 6000x6000.
    #[arg(long, value_name = "WxH", default_value = "1600x1000", value_parser = super::output::parse_size)]
    pub size: (u32, u32),
}

/// How `export` and `compare` write: charts, CSV separators, overwriting.
#[derive(Debug, Args)]
pub struct WriteArgs {
    /// Charts to draw and where.
    #[command(flatten)]
    pub images: ImageArgs,
    /// CSV separators.
    #[command(flatten)]
    pub csv_style: CsvArgs,
    /// Overwrite existing output files.
    #[arg(long)]
    pub force: bool,
}

/// CSV options shared by `export`, `compare` and `portfolio`.
#[derive(Debug, Args)]
pub struct CsvArgs {
    /// CSV field separator (`;` suits spreadsheets set to French).
    #[arg(long, value_enum, default_value_t = Delimiter::Comma)]
    pub delimiter: Delimiter,
    /// Decimal mark of numbers in CSV (`comma` suits spreadsheets set to French).
    #[arg(long, value_enum, default_value_t = Decimal::Point)]
    pub decimal: Decimal,
}

impl CsvArgs {
    /// The CSV style asked for.
    pub fn style(&self) -> CsvStyle {
        CsvStyle {
            delimiter: match self.delimiter {
                Delimiter::Comma => ',',
                Delimiter::Semicolon => ';',
                Delimiter::Tab => '\t',
            },
            decimal: match self.decimal {
                Decimal::Point => '.',
                Decimal::Comma => ',',
            },
        }
    }
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

/// Decimal marks.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Decimal {
    /// `12.5`
    Point,
    /// `12,5`
    Comma,
}
